package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.ReadingCoverage;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * 部门决算 in the national template (公开01表–公开09表), written by {@link NationalFinalFixture} with every
 * variation at once (captions, prefixes, 编制单位 / 部门, 行次, 栏次, 金额 / 决算数, joined or 类|款|项 codes, a
 * continued page, 元 / 万元, a blank 政府性基金 table, 其他收入, 结余分配, and from the seed's bits a zero printed
 * blank / "-" / "—" / "0.00", 单位 on the title row, 注 lines): an honest document is read completely
 * (every printed amount one fact, 行次 and 栏次 counted as neither, no WARNING) and its pack finds nothing; one
 * printed figure changed beyond rounding is an ERROR located at that cell.
 */
class NationalFinalProperties {
  @Provide
  Arbitrary<NationalFinalFixture.Shape> shapes() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(2020, 2024), b,
        Arbitraries.integers().between(0, 2), b, b, b, b).flatAs((seed, year, wan, caption, prefix, dept, rn, cn) ->
            Combinators.combine(b, b, b, b, b, b).as((amount, split, continued, fund, other, dist) ->
                new NationalFinalFixture.Shape(seed, year, wan, caption, prefix, dept, rn, cn, amount, split,
                    continued, fund, other, dist, null, BigDecimal.ZERO)));
  }

  static BudgetDocument read(NationalFinalFixture fx) throws Exception {
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    return new PdfReader().read(new ByteArrayInputStream(pdf), "national-final.pdf");
  }

  @Property(tries = 40)
  void anHonestNationalFinalIsReadCompletelyAndPassesItsPack(
      @ForAll("shapes") NationalFinalFixture.Shape shape) throws Exception {
    NationalFinalFixture fx = new NationalFinalFixture(shape);
    BudgetDocument d = read(fx);
    assertThat(d.kind()).isEqualTo(DocumentKind.FINAL_ACCOUNT);
    assertThat(d.year()).isEqualTo(shape.year());
    assertThat(d.department().name()).isEqualTo(NationalFinalFixture.DEPARTMENT);
    assertThat(d.template()).contains(shape.national() ? "national-final" : "shanghai-final");
    String prefix = shape.national() ? "nf." : "sh.final-";
    List<String> kinds = new java.util.ArrayList<>(List.of(prefix + "summary",
        prefix + "revenue", prefix + "expenditure", prefix + "fiscal-summary", prefix + "gpb", prefix + "gpb-basic",
        prefix + "three-public", prefix + "gov-fund", prefix + "state-capital"));
    for (int i = 0; i < fx.evaluations.size(); i++) {
      kinds.add(fx.overallEvaluation() && i == 0 ? "nf.overall-evaluation" : "nf.project-evaluation");
    }
    assertThat(d.tables()).extracting(DisclosureTable::kind).as(shape.toString()).containsExactlyElementsOf(kinds);
    // every drawn amount is counted as printed and read; 行次 / 栏次 numbers are neither
    assertReadCompletely(d, shape.wan(), fx.cells(), shape.toString());
    assertThat(d.facts()).noneMatch(f -> f.provenance().columnHeader().orElse("").endsWith("行次"));
    // each indicator row of the 自评表 (and its 执行率 and 总分) is a target with its values as printed
    assertThat(d.targets()).as(shape.toString()).extracting(t -> String.join("|", t.project(), t.indicator(),
        t.comparatorText() + t.value() + t.measureUnit(), t.actualValue(), t.weight().map(BigDecimal::toPlainString).orElse(""),
        t.score().map(BigDecimal::toPlainString).orElse("")))
        .containsExactlyElementsOf(fx.evaluatedTargets.stream()
            .map(x -> dev.yusuan.model.Names.normalize(String.join("|", x))).toList());
    // the totals printed on both sides of 公开01表 are the two facts of 总计
    assertPackFindsNothing(d, fx.cells(), shape.toString());
  }

  /**
   * Every table in the unit drawn ({@code wan}: 万元, else 元), no diagnostic above INFO, every drawn amount
   * ({@code cells}) counted as printed and read and one fact.
   */
  static void assertReadCompletely(BudgetDocument d, boolean wan, List<NationalFinalFixture.Printed> cells,
      String as) {
    MoneyUnit unit = wan ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    assertThat(d.tables()).extracting(DisclosureTable::unit).containsOnly(unit);
    assertEveryAmountRead(d, cells, as);
  }

  /**
   * No diagnostic above INFO, every drawn amount ({@code cells}) counted as printed and read and one fact of a table,
   * with its page, text and value (the narrative's amount claims are facts besides).
   */
  static void assertEveryAmountRead(BudgetDocument d, List<NationalFinalFixture.Printed> cells, String as) {
    assertThat(d.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO).as(as)
        .extracting(g -> g.messageEn() + " @" + g.location()).isEmpty();
    int printed = d.tables().stream().map(DisclosureTable::coverage)
        .mapToInt(c -> c.map(ReadingCoverage::amountsPrinted).orElse(0)).sum();
    int read = d.tables().stream().map(DisclosureTable::coverage)
        .mapToInt(c -> c.map(ReadingCoverage::amountsRead).orElse(0)).sum();
    assertThat(printed).as(as).isEqualTo(cells.size());
    assertThat(read).isEqualTo(printed);
    assertThat(d.facts()).filteredOn(f -> f.provenance().tableId().isPresent()).hasSize(cells.size());
    // each printed amount is read with its sign and value (negatives as -, −, (…) or （…）)
    for (NationalFinalFixture.Printed c : cells) {
      BigDecimal v = NationalFinalFixture.value(c.text());
      assertThat(d.facts()).as("%s printed %s", c.key(), c.text()).anyMatch(f -> f.provenance().page().orElse(-1)
          == c.page() && sameText(f.provenance(), c.text()) && f.amount().value().compareTo(v) == 0);
    }
  }

  /**
   * The total drawn at {@code 01|total-in} is both REVENUE{} and USES_TOTAL{}, and the document's pack reports
   * no WARNING or ERROR.
   */
  static void assertPackFindsNothing(BudgetDocument d, List<NationalFinalFixture.Printed> cells, String as) {
    String total = cells.stream().filter(c -> c.key().equals("01|total-in")).findFirst().orElseThrow().text();
    assertThat(PdfReaderRealTest.value(d, dev.yusuan.model.Concept.REVENUE, ""))
        .isEqualByComparingTo(total.replace(",", ""));
    assertThat(PdfReaderRealTest.value(d, dev.yusuan.model.Concept.USES_TOTAL, ""))
        .isEqualByComparingTo(total.replace(",", ""));
    Report r = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(r.findings()).filteredOn(f -> f.severity().atLeast(Severity.WARNING)).as(as)
        .extracting(f -> f.ruleId() + ": " + f.messageEn()).isEmpty();
  }

  @Property(tries = 40)
  void aPrintedFigureChangedBeyondRoundingIsAnErrorAtThatCell(@ForAll("shapes") NationalFinalFixture.Shape shape,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 5_000) int cents,
      @ForAll boolean up) throws Exception {
    NationalFinalFixture probe = new NationalFinalFixture(shape);
    probe.write(PdfFixture.requireCjkFont());
    NationalFinalFixture.Printed target = probe.cells().get(which % probe.cells().size());
    BigDecimal delta = delta(target.text(), cents, up);
    NationalFinalFixture wrong = new NationalFinalFixture(shape.withPerturb(target.key(), delta));
    assertErrorAtChangedCell(read(wrong), wrong.cells(), target.key(), delta);
  }

  /**
   * A printed 决算数为预算数的%, 执行率, 得分 or 总分 changed by 1.00–50.00 (points or percentage points) is an ERROR
   * located at it: the rate against its two amounts, a score against 总分 = Σ 得分 (or above its 分值).
   */
  @Property(tries = 40)
  void aPrintedRateOrScoreChangedIsAnErrorAtThatCell(@ForAll("shapes") NationalFinalFixture.Shape shape,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 5_000) int cents,
      @ForAll boolean up) throws Exception {
    NationalFinalFixture probe = new NationalFinalFixture(shape);
    probe.write(PdfFixture.requireCjkFont());
    net.jqwik.api.Assume.that(!probe.rates.isEmpty());
    NationalFinalFixture.Printed target = probe.rates.get(which % probe.rates.size());
    BigDecimal printed = new BigDecimal(target.text().replace("%", ""));
    BigDecimal delta = BigDecimal.valueOf(cents, 2);
    delta = !up && printed.compareTo(delta) > 0 ? delta.negate() : delta;
    NationalFinalFixture wrong = new NationalFinalFixture(shape.withPerturb(target.key(), delta));
    BudgetDocument d = read(wrong);
    NationalFinalFixture.Printed changed = wrong.rates.stream().filter(c -> c.key().equals(target.key()))
        .findFirst().orElseThrow();
    Report r = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(r.findings()).as("%s changed by %s to %s", target.key(), delta, changed.text())
        .anyMatch(f -> f.severity() == Severity.ERROR && f.locations().stream().anyMatch(l -> l.page().orElse(-1)
            == changed.page() && sameText(l, changed.text())));
  }

  /** The cell text read at {@code p} is {@code printed} (as the reader normalises it: full-width folded, − as -). */
  static boolean sameText(Provenance p, String printed) {
    return dev.yusuan.model.Names.normalize(p.text().orElse("")).equals(dev.yusuan.model.Names.normalize(printed));
  }

  /** {@code cents} / 100 of the table's unit, downwards when {@code up} is false and the printed value allows. */
  static BigDecimal delta(String printed, int cents, boolean up) {
    BigDecimal delta = BigDecimal.valueOf(cents, 2);
    return !up && NationalFinalFixture.value(printed).compareTo(delta) > 0 ? delta.negate() : delta;
  }

  /**
   * The cell {@code key} of {@code cells} (as printed in {@code d}, changed by {@code delta}) was read, and the
   * document's pack reports an ERROR located at it.
   */
  static void assertErrorAtChangedCell(BudgetDocument d, List<NationalFinalFixture.Printed> cells, String key,
      BigDecimal delta) {
    NationalFinalFixture.Printed changed = cells.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    List<Provenance> at = d.facts().stream().map(Fact::provenance)
        .filter(p -> p.page().orElse(-1) == changed.page() && sameText(p, changed.text())).toList();
    assertErrorAt(d, at, key + " changed by " + delta + " to " + changed.text());
  }

  /** The changed figure was read ({@code at} its facts' provenances) and the pack reports an ERROR located there. */
  static void assertErrorAt(BudgetDocument d, List<Provenance> at, String what) {
    assertThat(at).as("%s: read", what).isNotEmpty();
    Report r = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(r.findings()).as(what)
        .anyMatch(f -> f.severity() == Severity.ERROR && f.locations().stream().anyMatch(at::contains));
  }
}
