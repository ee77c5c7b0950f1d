package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.ReadingCoverage;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Rows printed without a code are resolved by their catalogue name, and a total row whose label no
 * layout knows is recognised by arithmetic. Generated PDFs of a function-classification table vary
 * which rows leave their code blank (any subset, including the 项 行政运行 whose name several codes
 * share, resolved under the row above it), the year (2018 prints 210 under its old name
 * 医疗卫生与计划生育支出), wrapped labels, the caption, a continued page, and the total row's label
 * (a known 合计 / 总计, wording no lexicon has, or none: a blank stub; first or last). Every printed
 * amount becomes a fact at its code; the rows resolved by name are doubtful, so nothing built on
 * them is an ERROR.
 */
class CodelessRowsProperties {

  record Variant(int year, Set<Integer> codeless, boolean wrap, String caption, boolean continued,
      String totalLabel, boolean totalFirst) {}

  /** code, name in 2019+, name in 2018 (null: same), 合计, 基本支出, 项目支出. */
  private static final String[][] ROWS = {
    {"201", "一般公共服务支出", null, "1,000.00", "600.00", "400.00"},
    {"20106", "财政事务", null, "1,000.00", "600.00", "400.00"},
    {"2010601", "行政运行", null, "600.00", "600.00", null},
    {"2010602", "一般行政管理事务", null, "400.00", null, "400.00"},
    {"208", "社会保障和就业支出", null, "300.00", "300.00", null},
    {"20805", "行政事业单位养老支出", null, "300.00", "300.00", null},
    {"2080505", "机关事业单位基本养老保险缴费支出", null, "300.00", "300.00", null},
    {"210", "卫生健康支出", "医疗卫生与计划生育支出", "50.25", "50.25", null},
    {"21011", "行政事业单位医疗", null, "50.25", "50.25", null},
    {"2101101", "行政单位医疗", null, "50.25", "50.25", null},
  };
  private static final String[] TOTAL = {"1,350.25", "950.25", "400.00"};

  @Provide
  Arbitrary<Variant> variants() {
    Arbitrary<Set<Integer>> codeless = Arbitraries.integers().between(0, ROWS.length - 1).set()
        .ofMaxSize(ROWS.length);
    return Combinators.combine(Arbitraries.of(2018, 2019, 2025), codeless,
        Arbitraries.of(true, false), Arbitraries.of("", "表3", "公开表三"), Arbitraries.of(true, false),
        Arbitraries.of("合计", "总计", "支出总额", "全部支出共计", ""), Arbitraries.of(true, false))
        .as(Variant::new);
  }

  @Property(tries = 40)
  void rowsWithoutCodesAndUnlabelledTotalsAreRead(@ForAll("variants") Variant v) throws Exception {
    BudgetDocument doc = read(v, ROWS[7][3]);

    assertThat(doc.tables()).as("one table: %s", v).hasSize(1);
    DisclosureTable t = doc.tables().get(0);
    int printed = 3 * 2 + 2 + 2 + 2 * 3 + 2 * 3 + 3;
    assertThat(t.coverage()).as("coverage: %s", v).contains(new ReadingCoverage(printed, printed));
    List<Fact> facts = doc.facts().stream()
        .filter(f -> f.provenance().tableId().filter(t.id()::equals).isPresent()).toList();
    for (int i = 0; i < ROWS.length; i++) {
      String[] r = ROWS[i];
      boolean byName = v.codeless().contains(i);
      assertThat(facts).as("合计 of %s: %s", r[0], v).anyMatch(f ->
          f.coordinates().get(FactDimension.FUNCTION).filter(r[0]::equals).isPresent()
              && f.coordinates().get(FactDimension.SPENDING_TYPE).isEmpty()
              && f.amount().value().compareTo(new BigDecimal(r[3].replace(",", ""))) == 0
              && f.provenance().doubtful() == byName);
    }
    assertThat(facts).as("the total row: %s", v).anyMatch(f -> !f.coordinates().has(
        FactDimension.FUNCTION) && !f.coordinates().has(FactDimension.SPENDING_TYPE)
        && f.amount().value().compareTo(new BigDecimal(TOTAL[0].replace(",", ""))) == 0);
    assertThat(doc.diagnostics()).as("nothing unread: %s", v).noneMatch(d ->
        d.severity() == Severity.WARNING && d.location().tableId().isPresent());
  }

  @Example
  void aMisprintedAmountOnARowResolvedByNameIsAWarningNotAnError() throws Exception {
    // 卫生健康支出 prints 50.35 while its 款 and 项 print 50.25; its code is resolved by name
    Variant v = new Variant(2019, Set.of(7), false, "", false, "合计", false);
    BudgetDocument doc = read(v, "50.35");
    assertThat(Validator.of(StandardRules.departmentBudget(doc)).validate(doc).findings())
        .filteredOn(f -> f.locations().stream().anyMatch(p -> p.rowCode().filter("210"::equals)
            .isPresent()))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.severity()).isNotEqualTo(Severity.ERROR));
  }

  @Example
  void aNameTwoCodesShareIsNotGuessedWithoutARowAbove() throws Exception {
    // 行政运行 printed first, with no code before it: ambiguous, reported, never guessed
    Variant v = new Variant(2025, Set.of(0, 1, 2), false, "", false, "合计", false);
    BudgetDocument doc = read(v, ROWS[7][3], 2);
    assertThat(doc.facts()).noneMatch(f -> f.provenance().rowLabel().filter("行政运行"::equals)
        .isPresent() && f.coordinates().has(FactDimension.FUNCTION));
    assertThat(doc.diagnostics()).anyMatch(d -> d.severity() == Severity.WARNING
        && d.location().rowLabel().filter("行政运行"::equals).isPresent());
  }

  @Example
  void aNameWhoseCodeAnotherRowPrintsIsNotGivenThatCodeAgain() throws Exception {
    // a second, code-less 财政事务 row: 20106 is printed above, so the name is not resolved to it
    Variant v = new Variant(2025, Set.of(), false, "", false, "合计", true);
    BudgetDocument doc = read(v, ROWS[7][3], -1, new String[] {null, "财政事务", "5.00", "5.00",
        null});
    // the 20106 facts are the printed 20106 row's (the second row is not read as 20106 again)
    assertThat(doc.facts()).filteredOn(f -> f.coordinates().get(FactDimension.FUNCTION)
        .filter("20106"::equals).isPresent()).isNotEmpty().allSatisfy(f -> {
          assertThat(f.provenance().rowCode()).hasValue("20106");
          assertThat(f.provenance().text()).isNotEqualTo(java.util.Optional.of("5.00"));
        });
    assertThat(doc.diagnostics()).anyMatch(d -> d.severity() == Severity.WARNING
        && d.location().text().filter("5.00"::equals).isPresent());
    // that row's amount is not read, so the table's facts are doubtful: a sum it may belong to fails
    // at most as a WARNING
    assertThat(doc.facts()).allSatisfy(f -> assertThat(f.provenance().doubtful()).isTrue());
  }

  private static BudgetDocument read(Variant v, String health) throws Exception {
    return read(v, health, -1);
  }

  private static BudgetDocument read(Variant v, String health, int first) throws Exception {
    return read(v, health, first, null);
  }

  /**
   * Writes and reads the variant; {@code first} (≥ 0) prints that row first, alone; {@code extra}
   * (nullable) is printed after the rows, before a last total.
   */
  private static BudgetDocument read(Variant v, String health, int first, String[] extra)
      throws Exception {
    Path font = PdfFixture.requireCjkFont();
    try (PdfFixture f = new PdfFixture(font)) {
      f.page();
      f.center(421, 40, 18, "某某局" + v.year() + "年部门预算");
      float y = f.heading(80, v.caption().isEmpty() ? null : v.caption(),
          v.year() + "年一般公共预算支出功能分类预算表", "万元");
      float[] edges = {40, 130, 330, 480, 630, 800};
      boolean[] numeric = {false, false, true, true, true};
      List<String[]> body = new ArrayList<>();
      String[] total = {null, v.totalLabel(), TOTAL[0], TOTAL[1], TOTAL[2]};
      List<Integer> order = new ArrayList<>();
      if (first >= 0) {
        order.add(first);
      }
      for (int i = 0; i < ROWS.length; i++) {
        if (i != first) {
          order.add(i);
        }
      }
      for (int i : order) {
        String[] r = ROWS[i];
        String name = v.year() <= 2018 && r[2] != null ? r[2] : r[1];
        if (v.wrap() && name.length() > 12) {
          name = name.substring(0, 10) + "\n" + name.substring(10);
        }
        String value = i == 7 ? health : r[3];
        body.add(new String[] {v.codeless().contains(i) ? null : r[0], name, value, i == 7 ? health
            : r[4], r[5]});
      }
      if (extra != null) {
        body.add(extra);
      }
      if (v.totalFirst()) {
        body.add(0, total);
      } else {
        body.add(total);
      }
      PdfFixture.Table t = f.table(y, edges, numeric);
      t.header(0, 0, "科目编码", 1, 1, "科目名称", 2, 2, "合计", 3, 3, "基本支出", 4, 4, "项目支出");
      int cut = v.continued() ? 6 : body.size();
      for (int i = 0; i < cut; i++) {
        t.row(body.get(i));
      }
      if (v.continued()) {
        f.page();
        t = f.table(50, edges, numeric);
        t.header(0, 0, "科目编码", 1, 1, "科目名称", 2, 2, "合计", 3, 3, "基本支出", 4, 4, "项目支出");
        for (int i = cut; i < body.size(); i++) {
          t.row(body.get(i));
        }
      }
      return new PdfReader().read(new ByteArrayInputStream(f.bytes()), "gen.pdf");
    }
  }
}
