package dev.yusuan.rules;

import static dev.yusuan.model.FactDimension.FUND_SOURCE;
import static dev.yusuan.model.FactDimension.PROCUREMENT_TYPE;
import static dev.yusuan.model.FactDimension.THREE_PUBLIC_ITEM;
import static dev.yusuan.rules.DocBuilder.c;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.ProcurementType;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every rule of the standard pack has a fixture that triggers it. */
class StandardRulesTest {
  static final RulePack PACK = StandardRules.zhejiangBudget();
  static final Validator V = Validator.of(PACK);

  static BudgetDocument k() {
    return KeqiaoFixture.document();
  }

  static Map<String, Supplier<BudgetDocument>> triggers() {
    Map<String, Supplier<BudgetDocument>> m = new LinkedHashMap<>();
    m.put("zj.sum.function", () -> Mutate.set(k(), Mutate.cell("T03", "2010101", "总计"), "1459.12"));
    m.put("zj.sum.economic", () -> Mutate.set(k(), Mutate.cell("T06", "30101", "合计"), "254.39"));
    m.put("zj.sum.spending-type", () -> Mutate.set(k(), Mutate.cell("T03", "2010101", "基本支出/人员支出"), "1311.49"));
    m.put("zj.sum.fund-source", () -> Mutate.set(k(), Mutate.cell("T01", "一般公共预算", "预算数"), "2700.00"));
    m.put("zj.sum.three-public", () -> Mutate.set(k(), Mutate.cell("T07", "合计", "公务接待费"), "25.00"));
    m.put("zj.sum.budget-unit", () -> Mutate.set(k(), Mutate.cell("T07", KeqiaoFixture.CENTER, "“三公”经费合计"), "6.00"));
    m.put("zj.sum.project", () -> Mutate.set(k(), Mutate.cell("T10-2", "常委考察调研", "总计"), "50.00"));
    m.put("zj.sum.procurement", () -> Mutate.set(k(),
        Mutate.narrative(Concept.PROCUREMENT, c(PROCUREMENT_TYPE, ProcurementType.GOODS)), "25"));
    m.put("zj.balance.totals", () -> Mutate.set(k(), Mutate.cell("T01", "支出总计", "预算数"), "2700.00"));
    m.put("zj.balance.current-revenue", () -> Mutate.set(k(), Mutate.cell("T01", "本年收入合计", "预算数"), "2700.00"));
    m.put("zj.balance.revenue-total", () -> Mutate.set(k(), Mutate.cell("T01", "收入总计", "预算数"), "2700.00"));
    m.put("zj.balance.uses-total", () -> Mutate.set(k(), Mutate.cell("T01", "本年支出合计", "预算数"), "2700.00"));
    m.put("zj.balance.fiscal", () -> Mutate.set(k(), Mutate.cell("T04", "收入总计", "预算数"), "2700.00"));
    m.put("zj.balance.fiscal-expenditure", () -> Mutate.addFact(k(), Fact.of(Concept.EXPENDITURE,
        c(FUND_SOURCE, FundSource.FISCAL_APPROPRIATION), Amount.of("2700.00", MoneyUnit.WAN_YUAN),
        Provenance.builder().source("x").tableId("T04").rowLabel("本年支出合计").columnHeader("预算数").build())));
    m.put("zj.cross.pension", () -> Mutate.set(k(), Mutate.cell("T06", "30108", "合计"), "140.36"));
    m.put("zj.cross.annuity", () -> Mutate.set(k(), Mutate.cell("T06", "30109", "合计"), "70.68"));
    m.put("zj.cross.housing-fund", () -> Mutate.set(k(), Mutate.cell("T06", "30113", "合计"), "180.63"));
    m.put("zj.cross.medical", () -> Mutate.set(k(), Mutate.cell("T06", "30110", "合计"), "50.27"));
    m.put("zj.cross.operating-cost", () -> Mutate.set(k(),
        Mutate.narrative(Concept.OPERATING_COST, Coordinates.EMPTY), "200.00"));
    m.put("dup.tables", () -> Mutate.set(k(), Mutate.cell("T01", "行政运行", "预算数"), "1459.12"));
    m.put("narrative.amount", StandardRulesTest::k);
    m.put("narrative.share", () -> Mutate.percent(k(), "人员支出", "70.36"));
    m.put("narrative.share-sum", () -> Mutate.percent(k(), "上年结转", "5.0"));
    m.put("narrative.change", () -> Mutate.claims(k(), c -> c.subject().equals("收入预算"),
        b -> b.percent(dev.yusuan.model.Percentage.of(new BigDecimal("0.35")))));
    m.put("narrative.prior", () -> Mutate.claims(k(), c -> c.subject().equals("“三公”经费预算数"),
        b -> b.delta(Amount.of("25.24", MoneyUnit.WAN_YUAN))));
    m.put("zj.projects.count", () -> Mutate.claims(k(), c -> c.kind() == ClaimKind.COUNT,
        b -> b.count(BigDecimal.valueOf(4))));
    m.put("zj.projects.levels", () -> Mutate.set(k(), Mutate.cell("T10-2", "常委考察调研", "总计"), "50.00"));
    m.put("structure.contents", StandardRulesTest::k);
    m.put("narrative.base-year", () -> Mutate.claims(k(), c -> c.subject().equals("收入预算") && c.delta().isPresent(),
        b -> b.baseYear(1990)));
    m.put("narrative.three-public-detail", () -> Perturb.threePublicCount().apply(k()).doc());
    m.put("structure.empty-table", () -> Mutate.tables(k(),
        t -> t.id().equals("T08") ? DisclosureTable.builder().from(t).notes(List.of()).build() : t));
    // T08 (政府性基金) notes "故本表无数据": a non-zero figure in it contradicts the note
    m.put("structure.empty-note", () -> Mutate.addFact(k(), Fact.of(Concept.EXPENDITURE,
        c(FUND_SOURCE, FundSource.GOVERNMENT_FUND), Amount.of("5.00", MoneyUnit.WAN_YUAN),
        Provenance.builder().source("x").tableId("T08").rowLabel("合计").columnHeader("合计").build())));
    m.put("structure.required-tables", () -> BudgetDocument.builder().from(k())
        .tables(k().tables().stream().filter(t -> !t.id().equals("T08")).toList()).build());
    m.put("narrative.self", () -> Mutate.claims(k(), c -> c.subject().equals("收入预算") && c.delta().isPresent(),
        b -> b.delta(Amount.of("3000.00", MoneyUnit.WAN_YUAN))));
    m.put("structure.units", () -> Mutate.tables(k(),
        t -> t.id().equals("T07") ? DisclosureTable.builder().from(t).unit(MoneyUnit.YUAN).build() : t));
    m.put("structure.coverage", () -> Mutate.tables(k(), t -> t.id().equals("T07")
        ? DisclosureTable.builder().from(t).coverage(new dev.yusuan.model.ReadingCoverage(20, 10)).build() : t));
    m.put("structure.year", () -> Mutate.tables(k(),
        t -> t.id().equals("T01") ? DisclosureTable.builder().from(t).title("2023年部门收支预算总表").build() : t));
    m.put("structure.catalogue", () -> BudgetDocument.builder().from(k()).facts(k().facts().stream()
        .map(f -> f.provenance().rowCode().orElse("").equals("30239")
            ? Fact.builder().from(f).provenance(Provenance.builder().from(f.provenance()).rowLabel("其它交通").build())
                .build() : f).toList()).build());
    m.put("targets.known-project", StandardRulesTest::k);
    m.put("targets.every-project", StandardRulesTest::k);
    m.put("targets.plausible", StandardRulesTest::k);
    m.put("targets.duplicate", StandardRulesTest::k);
    return m;
  }

  @Test
  void everyRuleOfThePackHasATriggeringFixture() {
    assertThat(triggers().keySet()).containsExactlyInAnyOrderElementsOf(
        PACK.rules().stream().map(Rule::id).toList());
  }

  @TestFactory
  Stream<DynamicTest> eachRuleFiresOnItsFixture() {
    return triggers().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      Report r = V.validate(e.getValue().get());
      assertThat(r.findings()).as(e.getKey()).anyMatch(f -> f.ruleId().equals(e.getKey()));
      Rule rule = PACK.rule(e.getKey()).orElseThrow();
      if (rule.isArithmetic() && !e.getKey().equals("narrative.amount")) {
        // a change far beyond rounding is reported at the rule's own severity, and never as a rule crash
        assertThat(r.findings()).as(e.getKey())
            .anyMatch(f -> f.ruleId().equals(e.getKey()) && f.severity() == rule.severity());
      }
      assertThat(r.findings()).as(e.getKey()).noneMatch(f -> f.messageEn().contains("failed to run"));
    }));
  }

  @Test
  void theUnchangedKeqiaoFixtureHasNoArithmeticErrorsButTheNarrativeContradiction() {
    Report r = V.validate(k());
    List<Finding> arithmeticErrors = r.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .filter(f -> PACK.rule(f.ruleId()).map(Rule::isArithmetic).orElse(true))
        .toList();
    assertThat(arithmeticErrors).extracting(Finding::ruleId).containsExactly("narrative.amount");
  }

  @Test
  void oneWrongCellBreakingSeveralSumsIsGroupedWithItsCulprit() {
    BudgetDocument d = Mutate.set(k(), Mutate.cell("T05", "2010101", "基本支出/人员经费"), "1311.49");
    Report r = V.validate(d);
    List<Finding> grouped = r.findings().stream().filter(f -> f.group().isPresent()).toList();
    assertThat(grouped.size()).isGreaterThanOrEqualTo(2);
    String g = grouped.get(0).group().get();
    assertThat(grouped).filteredOn(f -> f.group().get().equals(g))
        .allSatisfy(f -> assertThat(f.culprit()).hasValueSatisfying(p -> {
          assertThat(p.tableId()).contains("T05");
          assertThat(p.rowCode()).contains("2010101");
          assertThat(p.columnHeader()).contains("基本支出/人员经费");
        }));
  }

  /**
   * The 说明 of the Keqiao fixture states a 基本支出 the tables contradict (one narrative.amount ERROR). With
   * that claim printed once more, elsewhere: the same sentence twice is one witness, so the table cell
   * (which both checks share) is not named over the hand-typed sentence; two different sentences
   * stating the same wrong figure are two witnesses, and the cell they both contradict is named.
   */
  @Test
  void aSentencePrintedTwiceIsOneWitnessAndTwoSentencesNameTheCell() {
    BudgetDocument d = k();
    Finding once = V.validate(d).findings().stream().filter(f -> f.ruleId().equals("narrative.amount"))
        .findFirst().orElseThrow();
    dev.yusuan.model.Claim claim = d.claims().stream()
        .filter(c -> once.locations().contains(c.provenance())).findFirst().orElseThrow();
    Provenance at = claim.provenance();
    Provenance again = Provenance.builder().from(at).line(at.line().orElse(0) + 500).build();
    List<Finding> twice = narrativeAmounts(with(d, dev.yusuan.model.Claim.builder().from(claim)
        .provenance(again).build()));
    assertThat(twice).hasSize(2).allSatisfy(f -> assertThat(f.culprit()).hasValueSatisfying(p -> {
      assertThat(p.tableId()).as("a claim, not a table cell").isEmpty();
      assertThat(p).isIn(at, again);
    }));
    Provenance other = Provenance.builder().from(again).text(at.text().orElseThrow() + "（另见附表）").build();
    List<Finding> two = narrativeAmounts(with(d, dev.yusuan.model.Claim.builder().from(claim)
        .provenance(other).build()));
    assertThat(two).hasSize(2).allSatisfy(f -> assertThat(f.culprit()).hasValueSatisfying(p ->
        assertThat(p.tableId()).as("the cell both sentences contradict").isPresent()));
  }

  private static BudgetDocument with(BudgetDocument d, dev.yusuan.model.Claim extra) {
    List<dev.yusuan.model.Claim> claims = new java.util.ArrayList<>(d.claims());
    claims.add(extra);
    return BudgetDocument.builder().from(d).claims(claims).build();
  }

  /**
   * A table its reader set aside as another year's disclosure ({@code pdf.year-mismatch} at the table: two years'
   * sets joined in one file) is not this document's misprinted year: no {@code structure.year}. The same title
   * without that diagnostic is a misprint, an ERROR at the table.
   */
  @Test
  void aTableSetAsideAsAnotherYearsIsNotAMisprintedYear() {
    BudgetDocument misprinted = Mutate.tables(k(),
        t -> t.id().equals("T01") ? DisclosureTable.builder().from(t).title("2025年部门收支预算总表").build() : t);
    assertThat(V.validate(misprinted).findings()).filteredOn(f -> f.ruleId().equals("structure.year"))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.locations()).anyMatch(l -> l.tableId().orElse("").equals("T01"));
        });
    DisclosureTable t01 = misprinted.tables().stream().filter(t -> t.id().equals("T01")).findFirst().orElseThrow();
    BudgetDocument setAside = BudgetDocument.builder().from(misprinted)
        .addDiagnostics(dev.yusuan.model.Diagnostic.of(Severity.WARNING, "pdf.year-mismatch", "另一年度", "another year",
            t01.provenance()))
        .build();
    assertThat(V.validate(setAside).findings()).noneMatch(f -> f.ruleId().equals("structure.year"));
  }

  private static List<Finding> narrativeAmounts(BudgetDocument d) {
    return V.validate(d).findings().stream().filter(f -> f.ruleId().equals("narrative.amount")).toList();
  }
}
