package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * 部门预算 in the national template, written by {@link NationalBudgetFixture} with every variation at once
 * (captions, 部门 / 财政拨款 / department-and-year prefixes in titles, 预算数 / 金额, joined or 类|款|项 codes, a
 * continued page, 元 / 万元, a blank 政府性基金 table, the 国有资本经营 table absent or blank, 上年预算数 columns
 * in the “三公” table, every source column of 收入总表 or only the used ones, an optional 机关运行经费 table, the
 * optional 项目支出表 / 政府采购预算表 / 政府购买服务预算表, the 绩效目标 forms (0 to 3 项目支出绩效目标表, a
 * 部门整体支出绩效目标表, a form continued on the next page, wrapped text cells: seed bits 24-28) and the sweep's
 * printing variations of
 * {@link NationalBudgetFixture.Extras}: zero as blank, "-", "—", "0.00" or "0", 注 lines, 单位 on the title row,
 * indented 科目名称): an honest document is read
 * completely (every printed amount one fact, no WARNING), chosen as {@code national-budget} and its pack
 * finds nothing; one printed figure changed beyond rounding is an ERROR located at that cell.
 */
class NationalBudgetProperties {
  @Provide
  Arbitrary<NationalBudgetFixture.Shape> shapes() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(2019, 2025), b,
        Arbitraries.integers().between(0, 3), b, b, b, b).flatAs((seed, year, wan, caption, prefix, dept, fiscal,
            amount) -> Combinators.combine(b, b, b, Arbitraries.integers().between(0, 1), b, b, b)
                .flatAs((split, continued, fund, state, prior, all, cost) -> extras().map(x ->
                    new NationalBudgetFixture.Shape(seed, year, wan, caption, prefix, dept, fiscal, amount, split,
                        continued, fund, state, prior, all, cost, x, null, BigDecimal.ZERO))));
  }

  /** The optional 项目支出表 / 政府采购 / 政府购买服务 tables and the printing variations of the sweep. */
  static Arbitrary<NationalBudgetFixture.Extras> extras() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(Arbitraries.integers().between(0, 2), b, b, Arbitraries.integers().between(0, 4), b,
        b, b).as(NationalBudgetFixture.Extras::new);
  }

  static BudgetDocument read(NationalBudgetFixture fx) throws Exception {
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    return new PdfReader().read(new ByteArrayInputStream(pdf), "national-budget.pdf");
  }

  static List<String> kinds(NationalBudgetFixture fx) {
    NationalBudgetFixture.Shape shape = fx.shape();
    List<String> kinds = new ArrayList<>(List.of("nb.summary", "nb.revenue", "nb.expenditure", "nb.fiscal-summary",
        "nb.gpb", "nb.gpb-basic", "nb.three-public", "nb.gov-fund"));
    if (shape.stateCapital() > 0) {
      kinds.add("nb.state-capital");
    }
    if (shape.operatingCost()) {
      kinds.add("nb.operating-cost");
    }
    if (shape.extras().projects() > 0) {
      kinds.add("nb.projects");
    }
    if (shape.extras().procurement()) {
      kinds.add("nb.procurement");
    }
    if (shape.extras().services()) {
      kinds.add("nb.purchased-services");
    }
    if (fx.overallForm()) {
      kinds.add("nb.overall-targets");
    }
    for (int i = 0; i < fx.targetForms(); i++) {
      kinds.add("nb.project-targets");
    }
    return kinds;
  }

  @Property(tries = 40)
  void anHonestNationalBudgetIsReadCompletelyAndPassesItsPack(
      @ForAll("shapes") NationalBudgetFixture.Shape shape) throws Exception {
    NationalBudgetFixture fx = new NationalBudgetFixture(shape);
    BudgetDocument d = read(fx);
    assertThat(d.kind()).isEqualTo(DocumentKind.DEPARTMENT_BUDGET);
    assertThat(d.year()).isEqualTo(shape.year());
    assertThat(d.department().name()).isEqualTo(NationalBudgetFixture.DEPARTMENT);
    assertThat(d.template()).contains("national-budget");
    assertThat(d.tables()).extracting(DisclosureTable::kind).as(shape.toString()).isEqualTo(kinds(fx));
    NationalFinalProperties.assertReadCompletely(d, shape.wan(), fx.cells(), shape.toString());
    // every indicator row of the 绩效目标 forms is a performance target with its value as printed
    assertThat(d.targets()).as(shape.toString()).extracting(t -> t.project() + "|" + t.indicator() + "|"
        + t.comparatorText() + t.value() + t.measureUnit())
        .containsExactlyElementsOf(fx.targetsPrinted.stream()
            .map(t -> dev.yusuan.model.Names.normalize(t[0] + "|" + t[1] + "|" + t[2])).toList());
    // 收入总计 and 支出总计 of 收支总表 are REVENUE{} and USES_TOTAL{}; the national-budget pack is silent
    assertThat(StandardRules.departmentBudget(d).name()).isEqualTo("national-budget");
    NationalFinalProperties.assertPackFindsNothing(d, fx.cells(), shape.toString());
  }

  @Property(tries = 40)
  void aPrintedFigureChangedBeyondRoundingIsAnErrorAtThatCell(@ForAll("shapes") NationalBudgetFixture.Shape shape,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 5_000) int cents,
      @ForAll boolean up) throws Exception {
    NationalBudgetFixture probe = new NationalBudgetFixture(shape);
    probe.write(PdfFixture.requireCjkFont());
    NationalFinalFixture.Printed target = probe.cells().get(which % probe.cells().size());
    // a zero printed as a bare "0" is read at precision 0 (±0.5 of the unit), and a sum of several bare zeros
    // allows their half-units together: with three of them (财政拨款收支总表's 结转下年 by fund) a change of 2 units is
    // within one last digit of that allowance, what rounding nearly explains (a WARNING), so that variation changes
    // by 6 units or more
    int by = shape.extras().zero() == 4 ? Math.max(cents, 600) : cents;
    BigDecimal delta = NationalFinalProperties.delta(target.text(), by, up);
    NationalBudgetFixture wrong = new NationalBudgetFixture(shape.withPerturb(target.key(), delta));
    NationalFinalProperties.assertErrorAtChangedCell(read(wrong), wrong.cells(), target.key(), delta);
  }

  /**
   * 一般公共预算支出表 with 上年预算数, 增减额 and 增减率(%) (seed bits 20 and 21 set): one printed rate changed by 1 to 50
   * percentage points is an ERROR of {@code nb.change} located at that rate cell (the rate is a percentage, not a
   * fact: it is checked against the printed 增减额 and 上年预算数 of its row).
   */
  @Property(tries = 20)
  void aPrintedRateChangedBeyondRoundingIsAnErrorAtThatCell(@ForAll("shapes") NationalBudgetFixture.Shape any,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 5_000) int cents,
      @ForAll boolean up) throws Exception {
    NationalBudgetFixture.Shape shape = any.withSeed(any.seed() | 3L << 20);
    NationalBudgetFixture probe = new NationalBudgetFixture(shape);
    probe.write(PdfFixture.requireCjkFont());
    Assume.that(!probe.rates.isEmpty());
    NationalFinalFixture.Printed target = probe.rates.get(which % probe.rates.size());
    BigDecimal delta = BigDecimal.valueOf(up ? cents : -cents, 2);
    NationalBudgetFixture wrong = new NationalBudgetFixture(shape.withPerturb(target.key(), delta));
    assertErrorOfRuleAt("nb.change", wrong, true, target.key(), "changed by " + delta);
  }

  /**
   * The document {@code wrong} (read here) has an ERROR of {@code rule} located at its printed cell {@code key}
   * (a rate of {@link NationalBudgetFixture#rates} or an amount of its cells).
   */
  static void assertErrorOfRuleAt(String rule, NationalBudgetFixture wrong, boolean rate, String key, String as)
      throws Exception {
    BudgetDocument d = read(wrong);
    NationalFinalFixture.Printed changed = (rate ? wrong.rates : wrong.cells()).stream()
        .filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    Report r = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(r.findings()).as("%s %s to %s", key, as, changed.text())
        .anyMatch(f -> f.severity() == Severity.ERROR && f.ruleId().equals(rule)
            && f.locations().stream().anyMatch(p -> p.page().orElse(-1) == changed.page()
                && NationalFinalProperties.sameText(p, changed.text())));
  }

  /** The drawn shape with the summary tables' comparison columns (seed bit 33, {@code summaryComparisons}). */
  static NationalBudgetFixture compared(NationalBudgetFixture.Shape shape) {
    NationalBudgetFixture fx = new NationalBudgetFixture(shape.withSeed(shape.seed() | 1L << 33));
    fx.summaryComparisons = true;
    return fx;
  }

  /**
   * 收支总表, 收入总表, 支出总表 and 财政拨款收支总表 with 上年预算数 (before or after the year's figures, headed 上年预算数
   * or 上年预算) and 增减 / 增减额 | 增减率(%) columns (seed bits 29-32): read completely, every comparison column
   * a fact of its PERIOD (rates are no amounts), and the pack finds nothing.
   */
  @Property(tries = 25)
  void anHonestBudgetComparingWithLastYearIsReadCompletelyAndPasses(
      @ForAll("shapes") NationalBudgetFixture.Shape any) throws Exception {
    NationalBudgetFixture fx = compared(any);
    BudgetDocument d = read(fx);
    String as = fx.shape() + " summaryChange=" + fx.summaryChange();
    assertThat(d.tables()).extracting(DisclosureTable::kind).as(as).isEqualTo(kinds(fx));
    NationalFinalProperties.assertReadCompletely(d, fx.shape().wan(), fx.cells(), as);
    NationalFinalProperties.assertPackFindsNothing(d, fx.cells(), as);
  }

  /** One printed figure of those documents (a 上年预算数 or 增减 among them) changed beyond rounding: an ERROR there. */
  @Property(tries = 25)
  void aFigureOfABudgetComparingWithLastYearChangedIsAnErrorAtThatCell(
      @ForAll("shapes") NationalBudgetFixture.Shape any, @ForAll @IntRange(min = 0, max = 100_000) int which,
      @ForAll @IntRange(min = 100, max = 5_000) int cents, @ForAll boolean up) throws Exception {
    NationalBudgetFixture probe = compared(any);
    probe.write(PdfFixture.requireCjkFont());
    // the comparison cells first half the time: they are what this property is about
    List<NationalFinalFixture.Printed> cells = probe.cells().stream()
        .filter(c -> which % 2 == 0 || c.key().contains("上年") || c.key().contains("增减")).toList();
    NationalFinalFixture.Printed target = cells.get(which / 2 % cells.size());
    int by = any.extras().zero() == 4 ? Math.max(cents, 600) : cents;
    BigDecimal delta = NationalFinalProperties.delta(target.text(), by, up);
    NationalBudgetFixture wrong = compared(probe.shape().withPerturb(target.key(), delta));
    NationalFinalProperties.assertErrorAtChangedCell(read(wrong), wrong.cells(), target.key(), delta);
  }

  /** A printed 增减率 of a summary table changed by 1 to 50 percentage points: an ERROR of nb.change at that cell. */
  @Property(tries = 15)
  void aSummaryRateChangedIsAnErrorAtThatCell(@ForAll("shapes") NationalBudgetFixture.Shape any,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 5_000) int cents,
      @ForAll boolean up) throws Exception {
    NationalBudgetFixture probe = compared(any.withSeed(any.seed() | 2L << 30));
    probe.write(PdfFixture.requireCjkFont());
    List<NationalFinalFixture.Printed> rates = probe.rates.stream()
        .filter(r -> r.key().startsWith("01|") || r.key().startsWith("02|") || r.key().startsWith("03|")).toList();
    Assume.that(!rates.isEmpty());
    NationalFinalFixture.Printed target = rates.get(which % rates.size());
    BigDecimal delta = BigDecimal.valueOf(up ? cents : -cents, 2);
    NationalBudgetFixture wrong = compared(probe.shape().withPerturb(target.key(), delta));
    assertErrorOfRuleAt("nb.change", wrong, true, target.key(), "changed by " + delta);
  }

  /** A 元 document whose negatives print in full-width brackets (seed bits 22-23 = 3), zeros as "-" (shrunk samples). */
  private static NationalBudgetFixture.Shape yuanInFullWidthBrackets(long seed, int year, int caption, boolean prefix,
      boolean govFund) {
    return new NationalBudgetFixture.Shape(seed, year, false, caption, prefix, true, true, true, true, true, govFund, 0,
        true, false, true, new NationalBudgetFixture.Extras(0, true, true, 1, true, true, true), null, BigDecimal.ZERO);
  }

  /**
   * Found with 5 × the tries (seed -8634264142751792335): 收入总表 of a 元 document with seven sources, 上年预算 and
   * 增减额 | 增减率 drew its columns 61 pt wide, narrower than a 增减额 in full-width brackets (（100,324.36）, 64 pt):
   * it touched the zero's "-" left of it and read as -（100,324.36）, not a number. The generator no longer draws the
   * 增减 columns into a table too narrow for them.
   */
  @Example
  void aYuanRevenueTableComparingWithLastYearFitsItsBracketedNegatives() throws Exception {
    anHonestBudgetComparingWithLastYearIsReadCompletelyAndPasses(yuanInFullWidthBrackets(-8, 2020, 0, true, false));
  }

  /**
   * Found with 5 × the tries (seed 6948905900076929183): the same too narrow 收入总表 left amounts unread, so the changed
   * 增减率 was found only as a WARNING on a doubtful table.
   */
  @Example
  void aSummaryRateChangedInAYuanRevenueTableIsAnError() throws Exception {
    aSummaryRateChangedIsAnErrorAtThatCell(yuanInFullWidthBrackets(-116, 2022, 2, false, true), 1610, 140, false);
  }
}
