package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.ReadingCoverage;
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
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * 部门预算 in the national template, written by {@link NationalBudgetFixture} with every variation at once
 * (captions, 部门 / 财政拨款 / department-and-year prefixes in titles, 预算数 / 金额, joined or 类|款|项 codes, a
 * continued page, 元 / 万元, a blank 政府性基金 table, the 国有资本经营 table absent or blank, 上年预算数 columns
 * in the “三公” table, every source column of 收入总表 or only the used ones, an optional 机关运行经费 table): an honest document is read
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
                .as((split, continued, fund, state, prior, all, cost) -> new NationalBudgetFixture.Shape(seed, year,
                    wan, caption, prefix, dept, fiscal, amount, split, continued, fund, state, prior, all, cost, null,
                    BigDecimal.ZERO)));
  }

  static BudgetDocument read(NationalBudgetFixture fx) throws Exception {
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    return new PdfReader().read(new ByteArrayInputStream(pdf), "national-budget.pdf");
  }

  static List<String> kinds(NationalBudgetFixture.Shape shape) {
    List<String> kinds = new ArrayList<>(List.of("nb.summary", "nb.revenue", "nb.expenditure", "nb.fiscal-summary",
        "nb.gpb", "nb.gpb-basic", "nb.three-public", "nb.gov-fund"));
    if (shape.stateCapital() > 0) {
      kinds.add("nb.state-capital");
    }
    if (shape.operatingCost()) {
      kinds.add("nb.operating-cost");
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
    assertThat(d.tables()).extracting(DisclosureTable::kind).as(shape.toString()).isEqualTo(kinds(shape));
    MoneyUnit unit = shape.wan() ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    assertThat(d.tables()).extracting(DisclosureTable::unit).containsOnly(unit);
    assertThat(d.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO).as(shape.toString())
        .extracting(g -> g.messageEn() + " @" + g.location()).isEmpty();
    int printed = d.tables().stream().map(DisclosureTable::coverage)
        .mapToInt(c -> c.map(ReadingCoverage::amountsPrinted).orElse(0)).sum();
    int read = d.tables().stream().map(DisclosureTable::coverage)
        .mapToInt(c -> c.map(ReadingCoverage::amountsRead).orElse(0)).sum();
    assertThat(printed).as(shape.toString()).isEqualTo(fx.cells().size());
    assertThat(read).isEqualTo(printed);
    assertThat(d.facts()).hasSize(fx.cells().size());
    // 收入总计 and 支出总计 of 收支总表 are REVENUE{} and USES_TOTAL{}
    String total = fx.cells().stream().filter(c -> c.key().equals("01|total-in")).findFirst().orElseThrow().text();
    assertThat(PdfReaderRealTest.value(d, Concept.REVENUE, "")).isEqualByComparingTo(total.replace(",", ""));
    assertThat(PdfReaderRealTest.value(d, Concept.USES_TOTAL, "")).isEqualByComparingTo(total.replace(",", ""));
    assertThat(StandardRules.departmentBudget(d).name()).isEqualTo("national-budget");
    Report r = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(r.findings()).filteredOn(f -> f.severity().atLeast(Severity.WARNING)).as(shape.toString())
        .extracting(f -> f.ruleId() + ": " + f.messageEn()).isEmpty();
  }

  @Property(tries = 40)
  void aPrintedFigureChangedBeyondRoundingIsAnErrorAtThatCell(@ForAll("shapes") NationalBudgetFixture.Shape shape,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 5_000) int cents,
      @ForAll boolean up) throws Exception {
    NationalBudgetFixture probe = new NationalBudgetFixture(shape);
    probe.write(PdfFixture.requireCjkFont());
    NationalBudgetFixture.Printed target = probe.cells().get(which % probe.cells().size());
    BigDecimal value = new BigDecimal(target.text().replace(",", ""));
    BigDecimal delta = BigDecimal.valueOf(cents, 2);
    if (!up && value.compareTo(delta) > 0) {
      delta = delta.negate();
    }
    NationalBudgetFixture wrong = new NationalBudgetFixture(shape.withPerturb(target.key(), delta));
    BudgetDocument d = read(wrong);
    NationalBudgetFixture.Printed changed = wrong.cells().stream().filter(c -> c.key().equals(target.key()))
        .findFirst().orElseThrow();
    List<Provenance> at = d.facts().stream().map(Fact::provenance)
        .filter(p -> p.page().orElse(-1) == changed.page() && p.text().orElse("").equals(changed.text())).toList();
    assertThat(at).as("the changed cell %s = %s was read", changed.key(), changed.text()).isNotEmpty();
    Report r = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(r.findings()).as("%s changed by %s to %s", target.key(), delta, changed.text())
        .anyMatch(f -> f.severity() == Severity.ERROR && f.locations().stream().anyMatch(at::contains));
  }
}
