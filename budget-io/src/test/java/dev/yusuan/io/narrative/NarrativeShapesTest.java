package dev.yusuan.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sentence shapes of docs/formats.md ("Narrative statements"), one honest sentence each (own
 * wording, generated figures): what is read (the claims, in order) and that no narrative finding of
 * WARNING or ERROR is raised. A shape that is not read must leave its numbers as unclaimed INFO
 * diagnostics, never as a claim of another subject.
 */
class NarrativeShapesTest {
  /** Document kind (B: 部门预算, F: 部门决算), heading, text, the claims read ("kind concept coordinates"). */
  record Shape(String kind, String heading, String text, List<String> claims) {}

  static final String H = "(一) 情况说明";

  static final List<Shape> SHAPES = List.of(
      new Shape("B", H, "政府采购预算17.00万元，同比增加5.00万元，增长41.67%。",
          List.of("AMOUNT PROCUREMENT ", "CHANGE PROCUREMENT  d p")),
      new Shape("B", H, "会议费预算3.00万元，同比增加3.00万元，上年未列该项预算，增长率无可比性。",
          List.of("AMOUNT MEETING_COST ", "CHANGE MEETING_COST  d")),
      new Shape("B", H, "政府采购预算170000元，同比增加50000元，增长41.67%。",
          List.of("AMOUNT PROCUREMENT ", "CHANGE PROCUREMENT  d p")),
      new Shape("F", "(一) 收入决算情况", "本年收入合计100.00万元，其中：财政拨款收入90.00万元，占90.00%；事业收入10.00万元，占10.00%。",
          List.of("AMOUNT REVENUE FUND_SOURCE=CURRENT_YEAR", "AMOUNT REVENUE FUND_SOURCE=FISCAL_APPROPRIATION",
              "SHARE REVENUE FUND_SOURCE=FISCAL_APPROPRIATION", "AMOUNT REVENUE FUND_SOURCE=BUSINESS_INCOME",
              "SHARE REVENUE FUND_SOURCE=BUSINESS_INCOME")),
      new Shape("B", "(一) 收支预算总体情况", "收入预算100.00万元，其中：财政拨款收入90.00万元，比2023年预算增加9.00万元；事业收入10.00万元；其他收入0万元。",
          List.of("AMOUNT REVENUE ", "AMOUNT REVENUE FUND_SOURCE=FISCAL_APPROPRIATION",
              "CHANGE REVENUE FUND_SOURCE=FISCAL_APPROPRIATION d", "AMOUNT REVENUE FUND_SOURCE=BUSINESS_INCOME",
              "AMOUNT REVENUE FUND_SOURCE=OTHER_INCOME")),
      new Shape("B", H, "机关运行经费预算1,23\n4.56万元，比上年增加34.56万元。",
          List.of("AMOUNT OPERATING_COST ", "CHANGE OPERATING_COST  d")),
      new Shape("B", H, "机关运行经费预算１２３．４５万元，比上年增加２３．４５万元，增长２３．４５％。",
          List.of("AMOUNT OPERATING_COST ", "CHANGE OPERATING_COST  d p")),
      new Shape("B", H, "公务接待费0.63万元，比上年增加0.43万元，增长215.00%。",
          List.of("AMOUNT THREE_PUBLIC THREE_PUBLIC_ITEM=RECEPTION", "CHANGE THREE_PUBLIC THREE_PUBLIC_ITEM=RECEPTION d p")),
      new Shape("F", H, "机关运行经费支出 110.00 万元，比 2023 年度增加 10.00 万元，增长 10.00%。",
          List.of("AMOUNT OPERATING_COST ", "CHANGE OPERATING_COST  d p")),
      new Shape("F", "(一) 收入支出决算总体情况", "2024 年度收入支出总计 110.00 万元。与 2023 年\n度相比，收入支出总计增加 10.00 万元，增长 10.00%。",
          List.of("AMOUNT REVENUE ", "CHANGE REVENUE  d p")),
      new Shape("F", "(五) 一般公共预算财政拨款支出决算情况",
          "一般公共预算财政拨款支出年初预算为 100.00 万元，支出决算为 95.00 万元，完成年初预算的 95.00%。",
          // 支出决算为 after the subject's budget: the same subject's actual, and the rate of it (RealNarrativeTest)
          List.of("AMOUNT EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET,PERIOD=CURRENT_BUDGET",
              "AMOUNT EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET", "SHARE EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET")),
      // 完成年初预算的 P% after the actual: a share of this year's 年初预算 of the same subject
      new Shape("F", "(五) 一般公共预算财政拨款支出决算情况", "一般公共预算财政拨款支出 95.00 万元，完成年初预算的 95.00%。",
          List.of("AMOUNT EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET",
              "SHARE EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET")),
      new Shape("F", "(五) 一般公共预算财政拨款支出决算情况",
          "一般公共预算财政拨款支出95.00万元，为年初预算的95%，比上年增加5.00万元，增长5.56%。",
          List.of("AMOUNT EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET",
              "SHARE EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET", "CHANGE EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET d p")),
      // a bare 完成预算的 P% may be of the 年初 or the 调整 budget: not read
      new Shape("F", "(五) 一般公共预算财政拨款支出决算情况", "一般公共预算财政拨款支出 95.00 万元，完成预算的 95.00%。",
          List.of("AMOUNT EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET")),
      // N 个百分点: a share's or a rate's change, neither the amount's direction nor a count
      new Shape("F", H, "一般公共预算财政拨款支出 100.00 万元，占本年支出合计的 80.00%，比上年提高 2.50 个百分点。",
          List.of("AMOUNT EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET", "SHARE EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET")),
      new Shape("F", "(一) 收入决算情况", "本年收入合计100.00万元，其中：财政拨款收入90.00万元，占90.00%，较上年提高 5 个百分点。",
          List.of("AMOUNT REVENUE FUND_SOURCE=CURRENT_YEAR", "AMOUNT REVENUE FUND_SOURCE=FISCAL_APPROPRIATION",
              "SHARE REVENUE FUND_SOURCE=FISCAL_APPROPRIATION")),
      new Shape("F", H, "机关运行经费支出 110.00 万元，比 2023 年度增加 10.00 万元，增长 10.00%，增幅下降 3.5 个百分点。",
          List.of("AMOUNT OPERATING_COST ", "CHANGE OPERATING_COST  d p")),
      new Shape("B", H, "“三公”经费预算总额为19.69万元，较上年的21.90万元减少2.21万元，下降10.1%。",
          List.of("AMOUNT THREE_PUBLIC ", "CHANGE THREE_PUBLIC  d p", "AMOUNT THREE_PUBLIC PERIOD=PRIOR_ACTUAL")),
      new Shape("B", H, "财 政 业 务 费 10.00 万 元 ， 信 息 费 6.66 万 元 。", List.of()),
      new Shape("B", H, "“三公”经费预算33.28万元。其中，因公出国(境)费0.50万元，公务接待费4.78万元，公务用车购置及运行费28.00万元。"
          + "同口径比上年减少8.30万元，下降20%。",
          List.of("AMOUNT THREE_PUBLIC ", "AMOUNT THREE_PUBLIC THREE_PUBLIC_ITEM=OUTBOUND_TRAVEL",
              "AMOUNT THREE_PUBLIC THREE_PUBLIC_ITEM=RECEPTION", "AMOUNT THREE_PUBLIC THREE_PUBLIC_ITEM=VEHICLES")),
      new Shape("B", "(一) 政府采购", "政府采购预算1.70万元。其中：货物类采购1.00万元，占政府采购预算58.8%；服务类采购0.70万元，占政府采购预算41.2%。",
          List.of("AMOUNT PROCUREMENT ", "AMOUNT PROCUREMENT PROCUREMENT_TYPE=GOODS", "SHARE PROCUREMENT PROCUREMENT_TYPE=GOODS",
              "AMOUNT PROCUREMENT PROCUREMENT_TYPE=SERVICES", "SHARE PROCUREMENT PROCUREMENT_TYPE=SERVICES")),
      new Shape("B", H, "机关运行经费预算90.00万元，比上年下降10%，减少10.00万元。",
          List.of("AMOUNT OPERATING_COST ", "CHANGE OPERATING_COST  d p")),
      new Shape("B", H, "机关运行经费预算105.00万元，较上年增加了5.00万元，增长5.00%。",
          List.of("AMOUNT OPERATING_COST ", "CHANGE OPERATING_COST  d p")),
      new Shape("B", H, "机关运行经费预算105.00万元，比去年增加5.00万元，增长5.00%。",
          List.of("AMOUNT OPERATING_COST ", "CHANGE OPERATING_COST  d p")),
      new Shape("B", H, "机关运行经费预算105.00万元，比上年增加5.00万元，增幅5.00%。",
          List.of("AMOUNT OPERATING_COST ", "CHANGE OPERATING_COST  d p")),
      new Shape("B", H, "机关运行经费预算105.00万元，同比增长5.00%。",
          List.of("AMOUNT OPERATING_COST ", "CHANGE OPERATING_COST  p")),
      new Shape("F", H, "一般公共预算财政拨款支出 100.00 万元，占本年支出合计的 80.00%。与 2023 年度相比，一般公共预算财政拨款支出增加 "
          + "10.00 万元，增长 11.11%。",
          List.of("AMOUNT EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET", "SHARE EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET",
              "CHANGE EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET d p")),
      new Shape("B", H, "机关运行经费预算105.00万元，比上年\n增加5.00万元，增\n长5.00%。",
          List.of("AMOUNT OPERATING_COST ", "CHANGE OPERATING_COST  d p")),
      new Shape("B", H, "机关运行经费预算105.00万元，比上年增加5.\n00万元，增长5.0\n0%。",
          List.of("AMOUNT OPERATING_COST ", "CHANGE OPERATING_COST  d p")),
      new Shape("B", H, "一般公共预算拨款支出预算100.00万元，比上年减少20.00万元，下降16.67%，其中：基本支出60.00万元，占60.00%。",
          List.of("AMOUNT EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET", "CHANGE EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET d p",
              "AMOUNT EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET,SPENDING_TYPE=BASIC",
              "SHARE EXPENDITURE FUND_SOURCE=GENERAL_PUBLIC_BUDGET,SPENDING_TYPE=BASIC")),
      new Shape("B", H, "基本支出60.00万元，占一般公共预算支出的60.00%；项目支出40.00万元，占部门全部支出的40.00%。",
          List.of("AMOUNT EXPENDITURE SPENDING_TYPE=BASIC", "SHARE EXPENDITURE SPENDING_TYPE=BASIC",
              "AMOUNT EXPENDITURE SPENDING_TYPE=PROJECT")));

  static String describe(Claim c) {
    return c.kind() + " " + c.concept() + " " + c.coordinates()
        + (c.delta().isPresent() ? " d" : "")
        + (c.percent().isPresent() && c.kind() == dev.yusuan.model.ClaimKind.CHANGE ? " p" : "");
  }

  /**
   * A budget's 比上年 / 同比 without 执行 or 决算 may compare with last year's budget: against a published
   * 上年执行数 it disagrees with, a WARNING saying the base is unsure; with 执行数 named, an ERROR.
   */
  @Test
  void anUnqualifiedBaseOfABudgetIsUnsure() {
    dev.yusuan.model.Fact prior = dev.yusuan.model.Fact.of(dev.yusuan.model.Concept.OPERATING_COST,
        dev.yusuan.model.Coordinates.of(dev.yusuan.model.FactDimension.PERIOD,
            dev.yusuan.model.FiscalPeriod.PRIOR_ACTUAL.name()),
        dev.yusuan.model.Amount.of("50.00", dev.yusuan.model.MoneyUnit.WAN_YUAN),
        dev.yusuan.model.Provenance.builder().source("n.txt").tableId("T11").rowLabel("机关运行经费")
            .columnHeader("上年执行数").build());
    for (String base : List.of("比上年", "同比", "比去年", "比执行数")) {
      boolean named = base.contains("执行");
      String text = "机关运行经费预算110.00万元，" + (named ? "比上年执行数" : base) + "增加10.00万元。";
      BudgetDocument d = BudgetDocument.builder().from(Narratives.document(DocumentKind.DEPARTMENT_BUDGET, H, text))
          .addFacts(prior).build();
      List<Finding> f = Narratives.GENERIC.validate(d).findings().stream()
          .filter(x -> x.ruleId().equals("narrative.change")).toList();
      assertThat(f).as(text).singleElement().satisfies(x -> {
        assertThat(x.severity()).isEqualTo(named ? Severity.ERROR : Severity.WARNING);
        if (!named) {
          assertThat(x.messageZh()).contains("比较基数不确定");
        }
      });
    }
  }

  /**
   * 完成年初预算的 P% is checked against the published figures: the actual ÷ the 年初预算 the table prints, in
   * interval arithmetic (95.00 ÷ 100.00 = 95.00%: nothing; 90.00%: an ERROR at the sentence). Before, the
   * percent was an unclaimed number; and 比上年提高 2.50 个百分点 after a share was read as the amount's direction
   * (an ERROR when the amount fell), 提高 5 个百分点 as a count of 5 state assets.
   */
  @Test
  void aCompletionRateIsCheckedAgainstTheBudgetTheTablePrints() {
    dev.yusuan.model.Provenance at = dev.yusuan.model.Provenance.builder().source("n.txt").tableId("T05")
        .rowLabel("合计").build();
    dev.yusuan.model.Coordinates gpb = dev.yusuan.model.Coordinates.of(dev.yusuan.model.FactDimension.FUND_SOURCE,
        dev.yusuan.model.FundSource.GENERAL_PUBLIC_BUDGET.name());
    List<dev.yusuan.model.Fact> facts = List.of(
        dev.yusuan.model.Fact.of(dev.yusuan.model.Concept.EXPENDITURE, gpb,
            dev.yusuan.model.Amount.of("95.00", dev.yusuan.model.MoneyUnit.WAN_YUAN), at),
        dev.yusuan.model.Fact.of(dev.yusuan.model.Concept.EXPENDITURE,
            gpb.with(dev.yusuan.model.FactDimension.PERIOD, dev.yusuan.model.FiscalPeriod.CURRENT_BUDGET.name()),
            dev.yusuan.model.Amount.of("100.00", dev.yusuan.model.MoneyUnit.WAN_YUAN), at));
    for (String rate : List.of("95.00", "95.0", "95", "90.00", "99")) {
      String text = "一般公共预算财政拨款支出 95.00 万元，完成年初预算的 " + rate + "%。";
      BudgetDocument d = BudgetDocument.builder().from(Narratives.document(DocumentKind.FINAL_ACCOUNT,
          "(五) 一般公共预算财政拨款支出决算情况", text)).addAllFacts(facts).build();
      List<Finding> f = Narratives.GENERIC.validate(d).findings().stream()
          .filter(x -> x.ruleId().startsWith("narrative.") && x.severity().atLeast(Severity.WARNING)).toList();
      boolean honest = new java.math.BigDecimal(rate).compareTo(new java.math.BigDecimal("95")) == 0;
      if (honest) {
        assertThat(f).as(text).isEmpty();
      } else {
        assertThat(f).as(text).singleElement().satisfies(x -> {
          assertThat(x.ruleId()).isEqualTo("narrative.share");
          assertThat(x.severity()).isEqualTo(Severity.ERROR);
        });
      }
    }
  }

  @Test
  void eachShapeIsReadAsMeasuredAndRaisesNoFinding() {
    for (Shape s : SHAPES) {
      DocumentKind k = s.kind().equals("F") ? DocumentKind.FINAL_ACCOUNT : DocumentKind.DEPARTMENT_BUDGET;
      BudgetDocument d = Narratives.document(k, s.heading(), s.text());
      List<String> read = d.claims().stream().map(NarrativeShapesTest::describe).map(String::strip)
          .collect(Collectors.toList());
      assertThat(read).as(s.text()).containsExactlyElementsOf(s.claims().stream().map(String::strip).toList());
      List<Finding> f = Narratives.GENERIC.validate(d).findings().stream()
          .filter(x -> x.ruleId().startsWith("narrative.") && x.severity().atLeast(Severity.WARNING)).toList();
      assertThat(f).as(s.text()).isEmpty();
    }
  }
}
