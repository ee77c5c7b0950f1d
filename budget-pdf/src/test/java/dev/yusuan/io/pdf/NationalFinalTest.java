package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The national 部门决算 template chosen by content: 行次 or 栏次 printed → {@code national-final}; neither →
 * the Shanghai district set, which reads the same facts. 行次 numbers are neither facts nor diagnostics.
 */
class NationalFinalTest {
  static NationalFinalFixture.Shape shape(boolean rowNumbers, boolean columnNumbers) {
    return new NationalFinalFixture.Shape(7, 2022, true, 1, true, true, rowNumbers, columnNumbers, false, true,
        true, true, true, true, null, BigDecimal.ZERO);
  }

  static List<String> facts(BudgetDocument d) {
    return d.facts().stream().map(f -> f.concept() + f.coordinates().toString() + "="
        + f.amount().value().toPlainString()).sorted().toList();
  }

  @Test
  void theTemplateFollowsTheRowAndColumnNumbersAndTheFactsDoNot() throws Exception {
    BudgetDocument rows = NationalFinalProperties.read(new NationalFinalFixture(shape(true, false)));
    BudgetDocument columns = NationalFinalProperties.read(new NationalFinalFixture(shape(false, true)));
    BudgetDocument neither = NationalFinalProperties.read(new NationalFinalFixture(shape(false, false)));
    assertThat(rows.template()).contains("national-final");
    assertThat(columns.template()).contains("national-final");
    assertThat(neither.template()).contains("shanghai-final");
    assertThat(rows.tables()).extracting(DisclosureTable::kind).allMatch(k -> k.startsWith("nf."));
    assertThat(neither.tables()).extracting(DisclosureTable::kind).allMatch(k -> k.startsWith("sh.final-"));
    assertThat(facts(rows)).isEqualTo(facts(neither)).isEqualTo(facts(columns));
    assertThat(rows.facts()).anyMatch(f -> f.concept() == Concept.SURPLUS_DISTRIBUTION);
  }

  @Test
  void rowNumbersAreNeitherAmountsNorFactsNorDiagnostics() throws Exception {
    NationalFinalFixture fx = new NationalFinalFixture(shape(true, true));
    BudgetDocument d = NationalFinalProperties.read(fx);
    DisclosureTable summary = d.tables().get(0);
    assertThat(summary.kind()).isEqualTo("nf.summary");
    assertThat(summary.columns()).anyMatch(c -> c.header().endsWith("行次"));
    long drawn = fx.cells().stream().filter(c -> c.key().startsWith("01|")).count();
    assertThat(summary.coverage()).hasValueSatisfying(c -> {
      assertThat(c.amountsPrinted()).isEqualTo((int) drawn);
      assertThat(c.amountsRead()).isEqualTo((int) drawn);
    });
    assertThat(d.facts()).noneMatch(f -> f.provenance().columnHeader().orElse("").endsWith("行次"));
    assertThat(d.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO).isEmpty();
  }
}
