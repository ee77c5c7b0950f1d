package dev.yusuan.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.spark.FactRow;
import java.io.InputStream;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;

class RowsProperties {
  static BudgetDocument keqiao;

  @BeforeContainer
  static void read() throws Exception {
    try (InputStream in = BudgetIo.class.getResourceAsStream("/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt")) {
      keqiao = BudgetIo.read(in, "keqiao.txt");
    }
  }

  /** Any published amount, printed plainly, grouped or in brackets, survives row and back with its scale. */
  @Property
  void aFactSurvivesTheRow(@ForAll @BigRange(min = "-99999999999", max = "99999999999") BigDecimal unscaled,
      @ForAll @IntRange(min = 0, max = 10) int scale, @ForAll MoneyUnit unit, @ForAll Concept concept,
      @ForAll FactDimension dim, @ForAll boolean grouped, @ForAll boolean bracketed) {
    BigDecimal v = new BigDecimal(unscaled.toBigInteger(), scale);
    String text = v.abs().toPlainString();
    if (grouped) {
      text = new java.text.DecimalFormat("#,##0" + (scale > 0 ? "." + "0".repeat(scale) : "")).format(v.abs());
    }
    if (v.signum() < 0) {
      text = bracketed ? "(" + text + ")" : "-" + text;
    }
    Amount a = Amount.parse(text, unit).orElseThrow();
    Fact f = Fact.of(concept, Coordinates.of(dim, dim.name().startsWith("F") ? "201" : "X"), a,
        Provenance.builder().source("s.txt").line(7).rowLabel("行").build());
    FactRow row = Rows.fact("doc", keqiao, f);
    Fact back = row.toFact();
    assertThat(back).isEqualTo(f);
    assertThat(back.amount().scale()).isEqualTo(scale);
    assertThat(back.amount().format()).isEqualTo(a.format());
    assertThat(row.getScale()).isEqualTo(scale);
    // the decimal columns hold a number exactly or not at all
    if (v.stripTrailingZeros().scale() <= Rows.AMOUNT_SCALE) {
      assertThat(row.getAmount()).isEqualByComparingTo(v);
    } else {
      assertThat(row.getAmount()).isNull();
    }
    if (a.interval().lo().stripTrailingZeros().scale() <= Rows.AMOUNT_SCALE + 1) {
      assertThat(row.getLo()).isEqualByComparingTo(a.interval().lo());
      assertThat(row.getHi()).isEqualByComparingTo(a.interval().hi());
    } else {
      assertThat(row.getLo()).isNull();
      assertThat(row.getHi()).isNull();
    }
  }

  /** Every fact of the Keqiao budget survives the row. */
  @Property(tries = 1)
  void everyKeqiaoFactSurvives() {
    for (Fact f : keqiao.facts()) {
      assertThat(Rows.fact("doc", keqiao, f).toFact()).isEqualTo(f);
    }
  }
}
