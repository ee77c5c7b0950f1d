package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The national 部门预算 template chosen by the tables' titles: national titles → {@code national-budget}
 * whatever their prefixes; the Jiangsu and Shanghai sets, whose titles the regional layouts recognise,
 * keep their templates.
 */
class NationalBudgetTest {
  static NationalBudgetFixture.Shape shape(boolean department, boolean fiscal, int caption) {
    return new NationalBudgetFixture.Shape(11, 2023, true, caption, true, department, fiscal, false, true, true,
        true, 1, true, true, true, NationalBudgetFixture.Extras.NONE, null,
        BigDecimal.ZERO);
  }

  @Test
  void nationalTitlesChooseTheNationalBudgetTemplateAndTheWordingDoesNotChangeTheFacts() throws Exception {
    BudgetDocument plain = NationalBudgetProperties.read(new NationalBudgetFixture(shape(false, false, 0)));
    BudgetDocument worded = NationalBudgetProperties.read(new NationalBudgetFixture(shape(true, true, 1)));
    for (BudgetDocument d : List.of(plain, worded)) {
      assertThat(d.template()).contains("national-budget");
      assertThat(d.tables()).extracting(DisclosureTable::kind).allMatch(k -> k.startsWith("nb."));
      assertThat(d.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO).isEmpty();
    }
    assertThat(NationalFinalTest.facts(worded)).isEqualTo(NationalFinalTest.facts(plain));
    // the “三公” table's 上年预算数 group is the prior budget, 本年预算数 the year's own figures
    assertThat(plain.facts()).anyMatch(f -> f.coordinates().getOrNull(FactDimension.PERIOD) != null
        && f.coordinates().getOrNull(FactDimension.PERIOD).equals(FiscalPeriod.PRIOR_BUDGET.name()));
    assertThat(plain.tables().get(1).title()).contains("收入总表");
    assertThat(worded.tables().get(1).title()).contains("部门收入总表");
  }

  @Test
  void aProjectTableListingSomeProjectsDisagreesWithTheTotalsAsAWarningOnly() throws Exception {
    for (int projects : new int[] {1, 3}) {
      NationalBudgetFixture.Shape s = new NationalBudgetFixture.Shape(5, 2024, true, 0, false, false, false, false,
          false, false, true, 0, false, false, false,
          new NationalBudgetFixture.Extras(projects, true, true, 3, false, false, false), null, BigDecimal.ZERO);
      BudgetDocument d = NationalBudgetProperties.read(new NationalBudgetFixture(s));
      assertThat(d.tables()).extracting(DisclosureTable::kind)
          .contains("nb.projects", "nb.procurement", "nb.purchased-services");
      List<Finding> found = Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
          .filter(f -> f.severity().atLeast(Severity.WARNING)).toList();
      if (projects == 1) {
        // every project listed: the totals agree with 支出总表 and 一般公共预算支出表
        assertThat(found).isEmpty();
      } else {
        // one project left out: the table adds up, its totals fall short of the department's 项目支出
        assertThat(found).extracting(Finding::ruleId).containsOnly("nb.cross.projects");
        assertThat(found).extracting(Finding::severity).containsOnly(Severity.WARNING);
      }
    }
  }

  @Test
  void changeColumnsAreFactsOfTheirOwnAndRatesAreCheckedNotCounted() throws Exception {
    // the first seed (with the comparison columns) drawing an item new this year: 上年 0, printed with no rate
    NationalBudgetFixture.Shape shape = null;
    NationalBudgetFixture fx = null;
    for (long seed = 11; fx == null || !newItem(fx); seed++) {
      shape = new NationalBudgetFixture.Shape(seed | 3L << 20, 2024, true, 0, false, false, false, false, false,
          false, true, 0, true, false, false, NationalBudgetFixture.Extras.NONE, null, BigDecimal.ZERO);
      fx = new NationalBudgetFixture(shape);
    }
    BudgetDocument d = NationalBudgetProperties.read(fx);
    assertThat(fx.changes()).isTrue();
    NationalFinalProperties.assertReadCompletely(d, true, fx.cells(), shape.toString());
    NationalFinalProperties.assertPackFindsNothing(d, fx.cells(), shape.toString());
    // 上年预算数 and 增减额 are facts of 一般公共预算支出表 (PERIOD=PRIOR_BUDGET / CHANGE_FROM_PRIOR_BUDGET), some of
    // the differences negative; the rates are printed but are no amounts (not counted, not facts)
    List<dev.yusuan.model.Fact> changes = d.facts().stream().filter(f -> FiscalPeriod.CHANGE_FROM_PRIOR_BUDGET.name()
        .equals(f.coordinates().getOrNull(FactDimension.PERIOD))).toList();
    assertThat(changes).isNotEmpty().allMatch(f -> f.provenance().tableTitle().orElse("").contains("一般公共预算"));
    assertThat(changes).anyMatch(f -> f.amount().value().signum() < 0);
    assertThat(fx.rates).isNotEmpty();
    assertThat(d.facts()).noneMatch(f -> f.provenance().columnHeader().orElse("").contains("增减率"));
    // a row whose 上年 is 0 prints no rate: one rate per row with a 上年 other than 0, and the “三公” 合计's
    assertThat(fx.rates).hasSize(1 + (int) d.facts().stream().filter(f -> FiscalPeriod.PRIOR_BUDGET.name()
        .equals(f.coordinates().getOrNull(FactDimension.PERIOD)) && f.amount().value().signum() != 0
        && f.concept() == dev.yusuan.model.Concept.EXPENDITURE).count());
    assertThat(changes).anyMatch(f -> f.concept() == dev.yusuan.model.Concept.THREE_PUBLIC);
    assertThat(fx.rates.size()).isLessThan(changes.size());
    // one 增减额 changed by 1.00 is an ERROR of nb.change at its cell
    NationalFinalFixture.Printed delta = fx.cells().stream().filter(c -> c.key().endsWith("|增减额")).findFirst()
        .orElseThrow();
    NationalBudgetFixture wrong = new NationalBudgetFixture(shape.withPerturb(delta.key(), BigDecimal.ONE));
    BudgetDocument w = NationalBudgetProperties.read(wrong);
    NationalFinalFixture.Printed changed = wrong.cells().stream().filter(c -> c.key().equals(delta.key()))
        .findFirst().orElseThrow();
    assertThat(Validator.of(StandardRules.departmentBudget(w)).validate(w).findings())
        .anyMatch(f -> f.severity() == Severity.ERROR && f.ruleId().equals("nb.change")
            && f.locations().stream().anyMatch(p -> p.page().orElse(-1) == changed.page()
                && NationalFinalProperties.sameText(p, changed.text())));
  }

  /** A leaf of 一般公共预算支出表 spent this year with no 上年预算数. */
  private static boolean newItem(NationalBudgetFixture fx) {
    return fx.prior.entrySet().stream().anyMatch(e -> e.getValue() == 0 && fx.leaves.get(e.getKey())[0]
        + fx.leaves.get(e.getKey())[1] + fx.leaves.get(e.getKey())[2] != 0);
  }

  /** The summary tables with comparison columns: 上年 first or not, a change style ({@code summaryChange}), 万元. */
  private static NationalBudgetFixture summaryCompared(boolean priorFirst, int change) {
    long seed = 11 | (priorFirst ? 1L : 0) << 29 | (long) change << 30;
    return NationalBudgetProperties.compared(new NationalBudgetFixture.Shape(seed, 2024, true, 0, false, false,
        false, false, false, false, true, 0, true, false, false, NationalBudgetFixture.Extras.NONE, null,
        BigDecimal.ZERO));
  }

  private static List<dev.yusuan.model.Fact> of(BudgetDocument d, String kind, FiscalPeriod period) {
    String id = d.tables().stream().filter(t -> t.kind().equals(kind)).findFirst().orElseThrow().id();
    return d.facts().stream().filter(f -> f.provenance().tableId().orElse("").equals(id)
        && period.name().equals(f.coordinates().getOrNull(FactDimension.PERIOD))).toList();
  }

  @Test
  void summaryComparisonColumnsAreFactsOfTheirPeriodAndRatesAreNoAmounts() throws Exception {
    NationalBudgetFixture fx = summaryCompared(true, 2);
    BudgetDocument d = NationalBudgetProperties.read(fx);
    NationalFinalProperties.assertReadCompletely(d, true, fx.cells(), "summary comparisons");
    NationalFinalProperties.assertPackFindsNothing(d, fx.cells(), "summary comparisons");
    // 上年 and 增减额 of both sides of 收支总表, of the 合计 of 收入总表 / 支出总表, of 财政拨款收支总表's 上年 columns
    for (String kind : List.of("nb.summary", "nb.revenue", "nb.expenditure", "nb.fiscal-summary")) {
      assertThat(of(d, kind, FiscalPeriod.PRIOR_BUDGET)).as(kind).isNotEmpty();
    }
    for (String kind : List.of("nb.summary", "nb.revenue", "nb.expenditure")) {
      assertThat(of(d, kind, FiscalPeriod.CHANGE_FROM_PRIOR_BUDGET)).as(kind).isNotEmpty();
    }
    assertThat(of(d, "nb.summary", FiscalPeriod.PRIOR_BUDGET)).extracting(dev.yusuan.model.Fact::concept)
        .contains(dev.yusuan.model.Concept.REVENUE, dev.yusuan.model.Concept.EXPENDITURE,
            dev.yusuan.model.Concept.USES_TOTAL);
    assertThat(fx.rates).anyMatch(r -> r.key().startsWith("01|"));
    assertThat(d.facts()).noneMatch(f -> f.provenance().columnHeader().orElse("").contains("增减率"));
  }

  @Test
  void aChangedPriorFigureOfABalancedSummaryIsAnErrorOfItsBalanceAndAChangedSummaryRateOfNbChange()
      throws Exception {
    // no 增减 printed: only the 上年 column's own balance can find a changed 上年 收入总计
    NationalBudgetFixture honest = summaryCompared(false, 0);
    honest.write(PdfFixture.requireCjkFont());
    NationalFinalFixture.Printed total = honest.cells().stream().filter(c -> c.key().equals("01|total-in|上年"))
        .findFirst().orElseThrow();
    NationalBudgetProperties.assertErrorOfRuleAt("nb.balance.prior",
        NationalBudgetProperties.compared(honest.shape().withPerturb(total.key(), BigDecimal.ONE)), false,
        total.key(), "changed by 1");
    // 增减额 | 增减率 on both sides of 收支总表: a rate of the 支出 side changed by 5 points is an ERROR at it
    NationalBudgetFixture rates = summaryCompared(false, 3);
    rates.write(PdfFixture.requireCjkFont());
    NationalFinalFixture.Printed rate = rates.rates.stream().filter(r -> r.key().equals("01|spent|增减率"))
        .findFirst().orElseThrow();
    NationalBudgetProperties.assertErrorOfRuleAt("nb.change", NationalBudgetProperties.compared(
        rates.shape().withPerturb(rate.key(), new BigDecimal("5.00"))), true, rate.key(), "changed by 5 points");
  }

  @Test
  void aTableIn千元IsReportedNotReadInAnotherUnit() throws Exception {
    NationalBudgetFixture fx = new NationalBudgetFixture(new NationalBudgetFixture.Shape(7, 2024, false, 0, false,
        false, false, false, false, false, true, 0, true, false, false, NationalBudgetFixture.Extras.NONE, null,
        BigDecimal.ZERO));
    fx.thousandYuan = "三公";
    BudgetDocument d = NationalBudgetProperties.read(fx);
    DisclosureTable three = d.tables().stream().filter(t -> t.title().contains("三公")).findFirst().orElseThrow();
    int printed = three.coverage().orElseThrow().amountsPrinted();
    assertThat(printed).isPositive();
    assertThat(three.coverage().orElseThrow().amountsRead()).isZero();
    assertThat(d.facts()).noneMatch(f -> f.provenance().tableId().equals(java.util.Optional.of(three.id())));
    assertThat(d.diagnostics()).filteredOn(g -> g.code().endsWith("unsupported-unit"))
        .singleElement().satisfies(g -> assertThat(g.messageZh()).contains("千元"));
    // every printed amount of it is reported at its cell, the other tables read as before (in 元)
    assertThat(d.diagnostics()).filteredOn(g -> g.code().endsWith("unread-amount")).hasSize(printed)
        .allMatch(g -> g.location().tableId().equals(java.util.Optional.of(three.id())));
    assertThat(d.unit()).isEqualTo(dev.yusuan.model.MoneyUnit.YUAN);
    assertThat(d.tables()).filteredOn(t -> t != three).allMatch(t -> t.coverage().orElseThrow().amountsRead()
        == t.coverage().orElseThrow().amountsPrinted());
  }

  @ParameterizedTest
  @ValueSource(strings = {"jiangsu-cppcc-office-2017-budget-tables.pdf",
      "jiangsu-party-committee-office-2018-budget-tables.pdf", "jiangsu-npcsc-office-2019-budget-tables.pdf"})
  void aJiangsuTitledSetStaysJiangsu(String file) throws Exception {
    BudgetDocument d = new PdfReader().read(PdfReaderRealTest.real(file));
    assertThat(d.template()).contains("jiangsu");
    assertThat(d.tables()).extracting(DisclosureTable::kind).noneMatch(k -> k.startsWith("nb."));
  }

  @Test
  void aShanghaiTitledSetStaysShanghai() throws Exception {
    byte[] pdf = ShanghaiFixtures.budget(PdfFixture.requireCjkFont());
    BudgetDocument d = new PdfReader().read(new ByteArrayInputStream(pdf), "shanghai.pdf");
    assertThat(d.template()).contains("shanghai");
    assertThat(d.tables()).extracting(DisclosureTable::kind).allMatch(k -> k.startsWith("sh."));
  }
}
