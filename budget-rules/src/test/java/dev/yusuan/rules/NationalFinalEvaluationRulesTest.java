package dev.yusuan.rules;

import static dev.yusuan.model.FactDimension.FUNCTION;
import static dev.yusuan.model.FactDimension.FUND_SOURCE;
import static dev.yusuan.model.FactDimension.PERIOD;
import static dev.yusuan.model.FactDimension.PROJECT;
import static dev.yusuan.model.FactDimension.SPENDING_TYPE;
import static dev.yusuan.rules.DocBuilder.c;
import static dev.yusuan.rules.DocBuilder.col;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.TargetComparator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A triggering fixture for each rule the national 部门决算 pack gained with the 年初预算数 columns and the 绩效自评表
 * ({@code nf.budget-rate}, {@code nf.evaluation.execution-rate}, {@code nf.evaluation.score}): an honest
 * document gets no finding of them; one printed rate or score changed beyond rounding is an ERROR located at it.
 */
class NationalFinalEvaluationRulesTest {
  static final String PROJECT_NAME = "业务培训专项";

  /**
   * 公开05表 with 年初预算数 | 合计 | 决算数为预算数的% (rate {@code rate}), and a 项目支出绩效自评表: 全年预算数 120.00,
   * 全年执行数 108.00, 执行率 {@code executed}, its score 9.00 of 10; one indicator scoring {@code score} of 90;
   * 总分 {@code total}.
   */
  static BudgetDocument document(String rate, String executed, String score, String total) {
    DocBuilder b = new DocBuilder("national-final.pdf", 2024);
    b.template = "national-final";
    b.kind = DocumentKind.FINAL_ACCOUNT;
    b.table("T05", "nf.gpb", "一般公共预算财政拨款支出决算表").codes(FUNCTION)
        .concept(dev.yusuan.model.Concept.EXPENDITURE, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET))
        .columns(col("年初预算数", x -> x.with(PERIOD, FiscalPeriod.CURRENT_BUDGET.name())), col("合计", x -> x),
            col("决算数为预算数的%", null))
        .rows("\t合计\t200.00\t190.00\t95.00\n201\t一般公共服务支出\t200.00\t190.00\t" + rate).done();
    b.table("T10", "nf.project-evaluation", "项目支出绩效自评表")
        .concept(dev.yusuan.model.Concept.EXPENDITURE, c(SPENDING_TYPE, SpendingType.PROJECT, PROJECT, PROJECT_NAME))
        .columns(col("全年预算数", x -> x.with(PERIOD, FiscalPeriod.FULL_YEAR_BUDGET.name())), col("全年执行数", x -> x))
        .rows("\t年度资金总额\t120.00\t108.00").done();
    DisclosureTable form = b.tables.get(1);
    int line = form.rows().get(0).line().orElseThrow();
    b.targets.add(scored("年度资金总额", "", "执行率", "", executed, "10", "9.00", line));
    b.targets.add(scored("产出指标", "数量指标", "培训人次", "500", "520人次", "90", score, line + 1));
    b.targets.add(scored("总分", "", "总分", "", "", "100", total, line + 2));
    return b.build();
  }

  static PerformanceTarget scored(String l1, String l2, String indicator, String value, String actual, String weight,
      String score, int line) {
    return PerformanceTarget.builder().unit("").project(PROJECT_NAME).level1(l1).level2(l2).indicator(indicator)
        .comparator(value.isEmpty() ? Optional.empty() : Optional.of(TargetComparator.GE))
        .comparatorText(value.isEmpty() ? "" : "≥").value(value).measureUnit(value.isEmpty() ? "" : "人次")
        .actualValue(actual).weight(new BigDecimal(weight)).score(new BigDecimal(score))
        .provenance(Provenance.builder().source("national-final.pdf").tableId("T10").tableTitle("项目支出绩效自评表")
            .rowLabel(l1).line(line).text(score).build())
        .build();
  }

  static List<Finding> findings(BudgetDocument d, String rule) {
    return Validator.of(StandardRules.nationalFinal()).validate(d).findings().stream()
        .filter(f -> f.ruleId().equals(rule)).toList();
  }

  static void assertErrorAt(BudgetDocument d, String rule, String text) {
    assertThat(findings(d, rule)).as(rule).anyMatch(f -> f.severity() == Severity.ERROR
        && f.locations().stream().anyMatch(l -> l.text().orElse("").equals(text)));
  }

  @Test
  void anHonestDocumentGetsNoFindingOfTheNewRules() {
    BudgetDocument d = document("95.00", "90.00%", "85.50", "94.50");
    for (String rule : List.of("nf.budget-rate", "nf.evaluation.execution-rate", "nf.evaluation.score")) {
      assertThat(findings(d, rule)).as(rule).isEmpty();
    }
  }

  @Test
  void aRateNotTheActualOverTheInitialBudgetIsAnError() {
    assertErrorAt(document("97.00", "90.00%", "85.50", "94.50"), "nf.budget-rate", "97.00");
  }

  @Test
  void anExecutionRateNotTheActualOverTheFullYearBudgetIsAnError() {
    assertErrorAt(document("95.00", "85.00%", "85.50", "94.50"), "nf.evaluation.execution-rate", "85.00%");
  }

  @Test
  void aScoreAboveItsWeightOrATotalNotTheSumIsAnError() {
    assertErrorAt(document("95.00", "90.00%", "91.00", "100.00"), "nf.evaluation.score", "91.00");
    assertErrorAt(document("95.00", "90.00%", "85.50", "96.50"), "nf.evaluation.score", "96.50");
  }
}
