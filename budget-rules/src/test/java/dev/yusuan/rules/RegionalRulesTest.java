package dev.yusuan.rules;

import static dev.yusuan.model.FactDimension.ECONOMIC;
import static dev.yusuan.model.FactDimension.FUNCTION;
import static dev.yusuan.model.FactDimension.FUND_SOURCE;
import static dev.yusuan.model.FactDimension.SPENDING_TYPE;
import static dev.yusuan.model.FactDimension.THREE_PUBLIC_ITEM;
import static dev.yusuan.rules.DocBuilder.c;
import static dev.yusuan.rules.Perturb.fact;
import static dev.yusuan.rules.Perturb.shift;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Severity;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.DisclosureTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule of the Jiangsu, Shanghai budget and Shanghai final-account packs has a triggering fixture:
 * a generated, consistent document of that template (on which the pack reports no ERROR or WARNING)
 * with one published value changed far beyond rounding; the rule then reports, at its own severity, a
 * finding located at the changed cell.
 */
class RegionalRulesTest {
  static final long SEED = 7;

  /** A pack, its consistent-document generator and one triggering change per rule id. */
  record PackCase(RulePack pack, LongFunction<BudgetDocument> generator, Map<String, Perturb.Change> triggers) {}

  static Coordinates fs(FundSource f) {
    return c(FUND_SOURCE, f);
  }

  static final Coordinates GPB = fs(FundSource.GENERAL_PUBLIC_BUDGET);
  static final Coordinates FA = fs(FundSource.FISCAL_APPROPRIATION);
  static final Coordinates NONE = Coordinates.EMPTY;

  static Perturb.Change firstWith(String table, dev.yusuan.model.FactDimension dim, String deltaWan) {
    return shift(f -> f.provenance().tableId().orElse("").equals(table) && f.coordinates().getOrNull(dim) != null,
        deltaWan);
  }

  /**
   * js.sum.unit: 支出预算总表 printed by unit as well, the department's own unit with the whole total and a
   * second unit with 100 万元: the units no longer add up to the 合计.
   */
  static Perturb.Change carryOverUsedAboveCarryOver() {
    return d -> {
      dev.yusuan.model.Fact total = d.facts().stream().filter(Perturb.fact("T02", Concept.REVENUE, NONE))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("no T02 total"));
      List<dev.yusuan.model.Fact> facts = new java.util.ArrayList<>(d.facts());
      java.math.BigDecimal carry = d.facts().stream()
          .filter(Perturb.fact("T02", Concept.REVENUE, fs(FundSource.CARRY_OVER))).findFirst()
          .map(f -> f.amount().value()).orElse(null);
      dev.yusuan.model.Provenance at = dev.yusuan.model.Provenance.builder().from(total.provenance())
          .rowLabel("其中：动用上年结转和结余资金").line(total.provenance().line().orElse(0) + 40).build();
      if (carry == null) {
        carry = java.math.BigDecimal.ZERO;
        facts.add(dev.yusuan.model.Fact.builder().from(total)
            .amount(dev.yusuan.model.Amount.of(carry.setScale(2), total.amount().unit()))
            .coordinates(fs(FundSource.CARRY_OVER)).provenance(dev.yusuan.model.Provenance.builder()
                .from(total.provenance()).rowLabel("小计").line(total.provenance().line().orElse(0) + 39).build())
            .build());
      }
      java.math.BigDecimal above = carry.add(dev.yusuan.model.MoneyUnit.WAN_YUAN.convert(
          new java.math.BigDecimal("100.00"), total.amount().unit()));
      facts.add(dev.yusuan.model.Fact.builder().from(total)
          .amount(dev.yusuan.model.Amount.of(above, total.amount().unit()))
          .coordinates(fs(FundSource.CARRY_OVER_USED)).provenance(at).build());
      return new Perturb.Perturbed(BudgetDocument.builder().from(d).facts(facts).build(), p -> p.equals(at),
          "其中：动用上年结转和结余资金 = 上年结转 + 100 万元");
    };
  }

  static Perturb.Change unitsOff() {
    return d -> {
      dev.yusuan.model.Fact total = d.facts().stream().filter(Perturb.fact("T03", Concept.EXPENDITURE, NONE))
          .findFirst().orElseThrow(() -> new IllegalArgumentException("no T03 total"));
      dev.yusuan.model.Provenance own = dev.yusuan.model.Provenance.builder().from(total.provenance())
          .rowLabel("本级").line(total.provenance().line().orElse(0) + 1).build();
      dev.yusuan.model.Provenance other = dev.yusuan.model.Provenance.builder().from(total.provenance())
          .rowLabel("下属中心").line(total.provenance().line().orElse(0) + 2).build();
      dev.yusuan.model.Amount hundred = dev.yusuan.model.Amount.of(dev.yusuan.model.MoneyUnit.WAN_YUAN.convert(
          new java.math.BigDecimal("100.00"), total.amount().unit()), total.amount().unit());
      List<dev.yusuan.model.Fact> facts = new java.util.ArrayList<>(d.facts());
      facts.add(dev.yusuan.model.Fact.builder().from(total)
          .coordinates(NONE.with(dev.yusuan.model.FactDimension.BUDGET_UNIT, "本级")).provenance(own).build());
      facts.add(dev.yusuan.model.Fact.builder().from(total).amount(hundred)
          .coordinates(NONE.with(dev.yusuan.model.FactDimension.BUDGET_UNIT, "下属中心")).provenance(other).build());
      return new Perturb.Perturbed(BudgetDocument.builder().from(d).facts(facts).build(),
          p -> p.equals(other) || p.equals(own) || p.equals(total.provenance()),
          "units 本级 = 合计 and 下属中心 = 100 万元");
    };
  }

  static Map<String, Perturb.Change> jiangsuTriggers() {
    Map<String, Perturb.Change> m = new LinkedHashMap<>();
    m.put("js.sum.function", shift("T07", Concept.EXPENDITURE, GPB.with(FUNCTION, "2010101"), "100"));
    m.put("js.sum.economic", shift("T08", Concept.EXPENDITURE, GPB.with(SPENDING_TYPE, "BASIC").with(ECONOMIC, "30201"), "100"));
    m.put("js.sum.spending-type", shift("T03", Concept.EXPENDITURE, c(SPENDING_TYPE, SpendingType.PROJECT), "100"));
    m.put("js.sum.fund-source", shift("T02", Concept.REVENUE, GPB, "100"));
    m.put("js.sum.three-public", shift("T09", Concept.THREE_PUBLIC, c(THREE_PUBLIC_ITEM, "RECEPTION"), "100"));
    m.put("js.sum.three-public-table", Perturb.cellText("T09", 0, "合计", "100"));
    m.put("js.sum.procurement", shift("T12", Concept.PROCUREMENT, NONE, "100"));
    m.put("js.sum.procurement-projects", firstWith("T12", dev.yusuan.model.FactDimension.PROJECT, "100"));
    m.put("js.balance.totals", shift("T01", Concept.USES_TOTAL, NONE, "100"));
    m.put("js.balance.revenue-total", shift("T01", Concept.REVENUE, NONE, "100"));
    m.put("js.sum.unit", unitsOff());
    m.put("js.part.carry-over-used", carryOverUsedAboveCarryOver());
    m.put("js.balance.uses-total", shift("T01", Concept.EXPENDITURE, NONE, "100"));
    m.put("js.balance.fiscal", shift("T04", Concept.EXPENDITURE, FA, "100"));
    m.put("js.balance.fiscal-expenditure", shift("T07", Concept.EXPENDITURE, GPB, "100"));
    m.put("js.balance.fiscal-basic", shift("T04", Concept.EXPENDITURE, FA.with(SPENDING_TYPE, "BASIC"), "-1"));
    m.put("js.balance.fiscal-within-total", shift("T01", Concept.REVENUE, FA, "10000"));
    m.put("js.cross.pension", shift("T08", Concept.EXPENDITURE, GPB.with(SPENDING_TYPE, "BASIC").with(ECONOMIC, "30108"), "100"));
    m.put("js.cross.annuity", shift("T08", Concept.EXPENDITURE, GPB.with(SPENDING_TYPE, "BASIC").with(ECONOMIC, "30109"), "100"));
    m.put("js.cross.housing-fund", shift("T08", Concept.EXPENDITURE, GPB.with(SPENDING_TYPE, "BASIC").with(ECONOMIC, "30113"), "100"));
    m.put("js.cross.operating-cost", shift("T11", Concept.OPERATING_COST, NONE, "100"));
    m.put("js.cross.vehicle-operation", shift("T09", Concept.THREE_PUBLIC, c(THREE_PUBLIC_ITEM, "VEHICLE_OPERATION"), "100"));
    m.put("js.cross.meeting", shift("T08", Concept.EXPENDITURE, GPB.with(SPENDING_TYPE, "BASIC").with(ECONOMIC, "30215"), "100"));
    m.put("dup.tables", shift("T02", Concept.REVENUE, NONE, "100"));
    m.put("narrative.amount", shift(null, Concept.REVENUE, GPB, "100"));
    m.put("narrative.share", Perturb.percent("基本支出", "5"));
    m.put("narrative.share-sum", Perturb.percent("项目支出", "5"));
    m.put("narrative.change", Perturb.percent("支出预算", "7"));
    m.put("narrative.prior", Perturb.delta("“三公”经费", "10"));
    m.put("structure.units", Perturb.table("T09", t -> DisclosureTable.builder().from(t).unit(MoneyUnit.YUAN).build(), "unit 元"));
    m.put("structure.coverage", Perturb.table("T09", t -> DisclosureTable.builder().from(t)
        .coverage(new dev.yusuan.model.ReadingCoverage(20, 10)).build(), "coverage 10/20"));
    m.put("structure.year", Perturb.table("T01", t -> DisclosureTable.builder().from(t).title("2023年测试部门收支预算总表").build(),
        "title 2023"));
    m.put("structure.catalogue", Perturb.code(fact("T07", Concept.EXPENDITURE, GPB.with(FUNCTION, "2010101")), FUNCTION,
        "2010198"));
    sharedTriggers(m, "T01", "T09");
    return m;
  }

  /**
   * Triggers of the rules every regional pack shares beyond arithmetic: a note "本表为空表" on a table
   * with figures, a required table dropped, a table without numbers nor note, and an increase larger
   * than the amount of the "“三公”经费" statement.
   */
  static void sharedTriggers(Map<String, Perturb.Change> m, String fullTable, String requiredTable) {
    m.put("structure.empty-note", Perturb.table(fullTable, t -> DisclosureTable.builder().from(t)
        .addNotes("注：本表为空表。").build(), "note 本表为空表"));
    m.put("structure.required-tables", d -> new Perturb.Perturbed(BudgetDocument.builder().from(d)
        .tables(d.tables().stream().filter(t -> !t.id().equals(requiredTable)).toList()).build(),
        p -> p.source().equals(d.source()), "drop " + requiredTable));
    m.put("structure.empty-table", d -> {
      DisclosureTable t = d.tables().get(0);
      DisclosureTable empty = DisclosureTable.builder().from(t).id("T99").title("2024年测试部门空表").rows(List.of())
          .notes(List.of()).provenance(dev.yusuan.model.Provenance.builder().from(t.provenance()).tableId("T99")
              .build()).build();
      return new Perturb.Perturbed(BudgetDocument.builder().from(d).addTables(empty).build(),
          p -> p.tableId().orElse("").equals("T99"), "an empty table without note");
    });
    m.put("structure.contents", Perturb.contentsWithAbsentTable());
    m.put("narrative.base-year", Perturb.claim("“三公”经费", b -> b.baseYear(1990), "比1990年"));
    m.put("narrative.three-public-detail", Perturb.threePublicCount());
    m.put("narrative.self", Perturb.claim("“三公”经费", b -> b.direction(dev.yusuan.model.Direction.INCREASE)
        .delta(dev.yusuan.model.Amount.of("99999.00", MoneyUnit.WAN_YUAN)).percent(java.util.Optional.empty()),
        "增加 99999.00"));
  }

  static Map<String, Perturb.Change> shanghaiTriggers() {
    Map<String, Perturb.Change> m = new LinkedHashMap<>();
    Coordinates basic = GPB.with(SPENDING_TYPE, "BASIC");
    m.put("sh.sum.function", shift("T05", Concept.EXPENDITURE, GPB.with(FUNCTION, "2010301"), "100"));
    m.put("sh.sum.economic", shift("T08", Concept.EXPENDITURE, basic.with(ECONOMIC, "30201"), "100"));
    m.put("sh.sum.spending-type", shift("T03", Concept.EXPENDITURE, c(SPENDING_TYPE, SpendingType.PROJECT), "100"));
    m.put("sh.sum.fund-source", shift("T02", Concept.REVENUE, GPB, "100"));
    m.put("sh.sum.three-public", shift("T09", Concept.THREE_PUBLIC, c(THREE_PUBLIC_ITEM, "RECEPTION"), "100"));
    m.put("sh.balance.totals", shift("T01", Concept.EXPENDITURE, NONE, "100"));
    m.put("sh.balance.fiscal", shift("T04", Concept.REVENUE, FA, "100"));
    m.put("sh.balance.fiscal-expenditure", shift("T04", Concept.EXPENDITURE, FA, "100"));
    m.put("sh.cross.pension", shift("T08", Concept.EXPENDITURE, basic.with(ECONOMIC, "30108"), "100"));
    m.put("sh.cross.annuity", shift("T08", Concept.EXPENDITURE, basic.with(ECONOMIC, "30109"), "100"));
    m.put("sh.cross.housing-fund", shift("T08", Concept.EXPENDITURE, basic.with(ECONOMIC, "30113"), "100"));
    m.put("sh.cross.basic", shift("T08", Concept.EXPENDITURE, GPB.with(SPENDING_TYPE, "PERSONNEL"), "100"));
    m.put("sh.cross.operating-cost", shift("T09", Concept.OPERATING_COST, NONE, "10000"));
    m.put("sh.cross.vehicle-operation", shift("T09", Concept.THREE_PUBLIC, c(THREE_PUBLIC_ITEM, "VEHICLE_OPERATION"), "100"));
    m.put("dup.tables", shift("T03", Concept.EXPENDITURE, NONE, "100"));
    m.put("narrative.amount", shift(null, Concept.REVENUE, NONE, "100"));
    m.put("narrative.share", Perturb.percent("基本支出", "5"));
    m.put("narrative.share-sum", Perturb.percent("项目支出", "5"));
    m.put("narrative.change", Perturb.percent("支出预算", "7"));
    m.put("narrative.prior", Perturb.delta("“三公”经费", "10"));
    m.put("structure.units", Perturb.table("T09", t -> DisclosureTable.builder().from(t).unit(MoneyUnit.YUAN).build(), "unit 元"));
    m.put("structure.coverage", Perturb.table("T09", t -> DisclosureTable.builder().from(t)
        .coverage(new dev.yusuan.model.ReadingCoverage(20, 10)).build(), "coverage 10/20"));
    m.put("structure.catalogue", Perturb.code(fact("T05", Concept.EXPENDITURE, GPB.with(FUNCTION, "2010301")), FUNCTION,
        "2010398"));
    sharedTriggers(m, "T01", "T09");
    return m;
  }

  static Map<String, Perturb.Change> shanghaiFinalTriggers() {
    Map<String, Perturb.Change> m = new LinkedHashMap<>();
    m.put("shf.sum.function", shift("T05", Concept.EXPENDITURE, GPB.with(FUNCTION, "2010301"), "100"));
    m.put("shf.sum.economic", shift("T06", Concept.EXPENDITURE, GPB.with(SPENDING_TYPE, "BASIC").with(ECONOMIC, "30201"), "100"));
    m.put("shf.sum.spending-type", shift("T03", Concept.EXPENDITURE, c(SPENDING_TYPE, SpendingType.PROJECT), "100"));
    m.put("shf.sum.fund-source", shift("T02", Concept.REVENUE, FA, "100"));
    m.put("shf.sum.three-public", shift("T07", Concept.THREE_PUBLIC, c(THREE_PUBLIC_ITEM, "RECEPTION"), "100"));
    m.put("shf.balance.totals", shift("T01", Concept.USES_TOTAL, NONE, "100"));
    m.put("shf.balance.revenue-total", shift("T01", Concept.REVENUE, NONE, "100"));
    m.put("shf.balance.uses-total", shift("T01", Concept.EXPENDITURE, NONE, "100"));
    m.put("shf.balance.fiscal", shift("T04", Concept.REVENUE, fs(FundSource.FISCAL_TOTAL), "100"));
    m.put("shf.balance.general-public-budget", shift("T04", Concept.EXPENDITURE, GPB, "100"));
    m.put("shf.balance.government-fund", shift("T01", Concept.REVENUE, fs(FundSource.GOVERNMENT_FUND), "100"));
    m.put("shf.balance.state-capital", shift("T01", Concept.REVENUE, fs(FundSource.STATE_CAPITAL), "100"));
    m.put("shf.balance.fund-rows", shift(f -> f.provenance().tableId().orElse("").equals("T08")
        && f.concept() == Concept.REVENUE && f.coordinates().getOrNull(FUNCTION) != null
        && f.coordinates().getOrNull(FUNCTION).length() == 7, "100"));
    m.put("shf.cross.basic", shift("T05", Concept.EXPENDITURE, GPB.with(SPENDING_TYPE, "PERSONNEL"), "100"));
    m.put("shf.three-public.within-budget", shift("T07", Concept.THREE_PUBLIC, NONE, "10000"));
    m.put("dup.tables", shift("T03", Concept.EXPENDITURE, NONE, "100"));
    m.put("narrative.amount", shift(null, Concept.REVENUE, NONE, "100"));
    m.put("narrative.share", Perturb.percent("基本支出", "5"));
    m.put("narrative.share-sum", Perturb.percent("项目支出", "5"));
    m.put("narrative.change", Perturb.percent("本年支出", "7"));
    m.put("narrative.prior", Perturb.delta("“三公”经费", "10"));
    m.put("structure.units", Perturb.table("T07", t -> DisclosureTable.builder().from(t).unit(MoneyUnit.YUAN).build(), "unit 元"));
    m.put("structure.coverage", Perturb.table("T07", t -> DisclosureTable.builder().from(t)
        .coverage(new dev.yusuan.model.ReadingCoverage(20, 10)).build(), "coverage 10/20"));
    m.put("structure.catalogue", Perturb.code(fact("T05", Concept.EXPENDITURE, GPB.with(FUNCTION, "2010301")), FUNCTION,
        "2010398"));
    sharedTriggers(m, "T01", "T09");
    return m;
  }

  static List<PackCase> cases() {
    return List.of(
        new PackCase(StandardRules.jiangsuBudget(), s -> GeneratedJiangsu.generate(s, s % 2 == 0), jiangsuTriggers()),
        new PackCase(StandardRules.shanghaiBudget(), s -> GeneratedShanghai.generate(s, s % 2 == 0), shanghaiTriggers()),
        new PackCase(StandardRules.shanghaiFinal(), s -> GeneratedShanghaiFinal.generate(s, s % 2 == 0),
            shanghaiFinalTriggers()));
  }

  static boolean problem(Finding f) {
    return f.severity().atLeast(Severity.WARNING);
  }

  @TestFactory
  Stream<DynamicContainer> everyRuleOfEachRegionalPackHasATriggeringFixture() {
    return cases().stream().map(pc -> DynamicContainer.dynamicContainer(pc.pack().name(), Stream.concat(
        Stream.of(DynamicTest.dynamicTest("every rule id has a trigger", () -> assertThat(pc.triggers().keySet())
            .containsExactlyInAnyOrderElementsOf(pc.pack().rules().stream().map(Rule::id).toList()))),
        pc.triggers().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
          Rule rule = pc.pack().rule(e.getKey()).orElseThrow(() -> new AssertionError("no rule " + e.getKey()));
          BudgetDocument consistent = pc.generator().apply(SEED);
          assertThat(Validator.of(pc.pack()).validate(consistent).findings()).filteredOn(f -> f.ruleId().equals(rule.id()))
              .as("%s on the consistent document", rule.id()).noneMatch(RegionalRulesTest::problem);
          Perturb.Perturbed p = e.getValue().apply(consistent);
          Report r = Validator.of(pc.pack()).validate(p.doc());
          assertThat(r.findings()).as("%s after %s: %s", rule.id(), p.what(), r.findings())
              .anyMatch(f -> f.ruleId().equals(rule.id()) && f.severity() == rule.severity()
                  && f.locations().stream().anyMatch(p.at()));
          assertThat(r.findings()).noneMatch(f -> f.messageEn().contains("failed to run"));
        })))));
  }

  @TestFactory
  Stream<DynamicTest> consistentDocumentsGetNoErrorOrWarning() {
    return cases().stream().map(pc -> DynamicTest.dynamicTest(pc.pack().name(), () -> {
      for (long seed = 0; seed < 40; seed++) {
        Report r = Validator.of(pc.pack()).validate(pc.generator().apply(seed));
        assertThat(r.findings()).as("%s seed %d", pc.pack().name(), seed).filteredOn(RegionalRulesTest::problem)
            .extracting(Finding::messageEn).isEmpty();
      }
    }));
  }

  @Test
  void theStandardPacksSelectTheRegionalPackByTemplate() {
    List<RulePack> all = StandardRules.all();
    for (PackCase pc : cases()) {
      BudgetDocument d = pc.generator().apply(SEED);
      assertThat(RulePack.selectFor(all, d)).extracting(RulePack::name).containsExactly(pc.pack().name());
      assertThat(StandardRules.departmentBudget(d).name()).isEqualTo(pc.pack().name());
    }
  }
}
