package dev.yusuan.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "比20XX年…" statements resolved against the document's year, amounts stated for another year, and
 * the "三公" detail (团组/批次/人次/车辆) — each defect with a consistent twin that stays quiet. The
 * narrative documents are of 2024 ({@link Narratives}).
 */
class NarrativeYearsAndCountsTest {
  private static final String TP = "(二) “三公”经费财政拨款支出决算具体情况说明";

  private static List<Finding> of(List<Finding> all, String rule) {
    return all.stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  private static List<Finding> problems(List<Finding> all) {
    return all.stream().filter(f -> f.severity().atLeast(Severity.WARNING)).toList();
  }

  @Test
  void aChangeAgainstAnotherYearIsReportedAndNotTakenAsLastYear() {
    List<Finding> other = Narratives.findings("(七) 机关运行经费", "机关运行经费预算110.00万元，比2021年增加10.00万元，增长10.00%。");
    assertThat(of(other, "narrative.base-year")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.messageZh()).contains("2021").contains("2023");
    });
    assertThat(problems(Narratives.findings("(七) 机关运行经费",
        "机关运行经费预算110.00万元，比2023年增加10.00万元，增长10.00%。"))).isEmpty();
    assertThat(problems(Narratives.findings("(七) 机关运行经费",
        "机关运行经费预算110.00万元，比上年增加10.00万元，增长10.00%。"))).isEmpty();
  }

  @Test
  void theNamedYearDecidesWhetherAPublishedPriorFigureIsCompared() {
    // the tables publish last year's figure 50.00: "比2023年增加10.00" contradicts it, "比2021年…" is not about it
    Fact prior = Fact.of(Concept.OPERATING_COST,
        Coordinates.of(FactDimension.PERIOD, FiscalPeriod.PRIOR_ACTUAL.name()), Amount.of("50.00", MoneyUnit.WAN_YUAN),
        Provenance.builder().source("n.txt").tableId("T11").rowLabel("机关运行经费").columnHeader("上年执行数").build());
    BudgetDocument lastYear = BudgetDocument.builder().from(Narratives.document(DocumentKind.DEPARTMENT_BUDGET,
        "(七) 机关运行经费", "机关运行经费预算110.00万元，比2023年执行数增加10.00万元。")).addFacts(prior).build();
    assertThat(of(Narratives.GENERIC.validate(lastYear).findings(), "narrative.change"))
        .anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    BudgetDocument otherYear = BudgetDocument.builder().from(Narratives.document(DocumentKind.DEPARTMENT_BUDGET,
        "(七) 机关运行经费", "机关运行经费预算110.00万元，比2021年增加10.00万元。")).addFacts(prior).build();
    List<Finding> f = Narratives.GENERIC.validate(otherYear).findings();
    assertThat(of(f, "narrative.change")).isEmpty();
    assertThat(of(f, "narrative.base-year")).hasSize(1);
  }

  @Test
  void thisYearsBudgetOfAFinalAccountIsItsBase() {
    BudgetDocument d = Narratives.document(DocumentKind.FINAL_ACCOUNT, "(七) 机关运行经费",
        "机关运行经费决算110.00万元，比2024年预算增加10.00万元。");
    Claim change = d.claims().stream().filter(c -> c.kind() == ClaimKind.CHANGE).findFirst().orElseThrow();
    assertThat(change.basePeriod()).contains(FiscalPeriod.CURRENT_BUDGET);
    assertThat(change.baseYear()).hasValue(2024);
    assertThat(of(Narratives.GENERIC.validate(d).findings(), "narrative.base-year")).isEmpty();
  }

  @Test
  void anAmountStatedForAnotherYearIsNoFigureOfThisDocument() {
    BudgetDocument stale = Narratives.document(DocumentKind.DEPARTMENT_BUDGET, "(一) 收支预算总体情况",
        "2021年收支总预算2706.24万元。");
    assertThat(stale.claims()).isEmpty();
    assertThat(stale.diagnostics()).filteredOn(x -> x.code().equals("narrative.other-year"))
        .singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    BudgetDocument lastYear = Narratives.document(DocumentKind.DEPARTMENT_BUDGET, "(一) 收支预算总体情况",
        "2023年收支总预算2706.24万元。");
    assertThat(lastYear.claims()).isEmpty();
    assertThat(lastYear.diagnostics()).filteredOn(x -> x.code().equals("narrative.other-year"))
        .singleElement().satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
    BudgetDocument own = Narratives.document(DocumentKind.DEPARTMENT_BUDGET, "(一) 收支预算总体情况",
        "2024年收支总预算2706.24万元。");
    assertThat(own.claims()).singleElement().satisfies(c -> assertThat(c.concept()).isEqualTo(Concept.REVENUE));
  }

  @Test
  void theThreePublicDetailIsReadAsExactCountsWithTheirUnit() {
    BudgetDocument d = Narratives.document(DocumentKind.FINAL_ACCOUNT, TP,
        "1、因公出国(境)费支出5.00万元。全年安排因公出国(境)团组2个、累计7人次。\n"
            + "2、公务用车购置及运行维护费支出8.00万元。其中：公务用车购置支出为0.00万元，购置公务用车0辆。"
            + "公务用车运行维护支出8.00万元。公务用车保有量为3辆。\n"
            + "3、公务接待费支出2.00万元。共接待国内公务接待12批次、150人次。");
    List<Claim> counts = d.claims().stream().filter(c -> c.kind() == ClaimKind.COUNT).toList();
    assertThat(counts).extracting(c -> c.coordinates().getOrNull(FactDimension.THREE_PUBLIC_ITEM) + " "
            + c.count().get().toPlainString() + " " + c.countUnit().get())
        .containsExactly("OUTBOUND_TRAVEL 2 团组", "OUTBOUND_TRAVEL 7 人次", "VEHICLE_PURCHASE 0 辆",
            "VEHICLE_OPERATION 3 辆", "RECEPTION 12 批次", "RECEPTION 150 人次");
    assertThat(counts).allSatisfy(c -> assertThat(c.concept()).isEqualTo(Concept.THREE_PUBLIC));
    assertThat(problems(Narratives.GENERIC.validate(d).findings())).isEmpty();
  }

  @Test
  void anItemsExpenditureIsTheItemNotTheTotal() {
    // the Shanghai 决算 wording: "因公出国（境）费支出决算 X 万元，占 P%；…；公务接待费支出决算 X 万元"
    BudgetDocument d = Narratives.document(DocumentKind.FINAL_ACCOUNT, "(二) “三公”经费财政拨款支出决算情况说明",
        "因公出国（境）费支出决算5.00万元，占50.00%；公务用车购置及运行维护费支出决算3.00万元，占30.00%；"
            + "公务接待费支出决算2.00万元，占20.00%。机关运行经费支出决算40.00万元。");
    assertThat(d.claims()).filteredOn(c -> c.kind() == ClaimKind.AMOUNT)
        .extracting(c -> c.concept() + " " + c.coordinates().getOrNull(FactDimension.THREE_PUBLIC_ITEM))
        .containsExactly("THREE_PUBLIC OUTBOUND_TRAVEL", "THREE_PUBLIC VEHICLES", "THREE_PUBLIC RECEPTION",
            "OPERATING_COST null");
  }

  @Test
  void aCostWithNoGroupsOrGroupsWithNoCost() {
    List<Finding> cost = Narratives.findings(DocumentKind.FINAL_ACCOUNT, TP,
        "因公出国(境)费支出5.00万元。全年安排因公出国(境)团组0个、累计0人次。");
    assertThat(of(cost, "narrative.three-public-detail")).hasSize(2)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    List<Finding> none = Narratives.findings(DocumentKind.FINAL_ACCOUNT, TP,
        "公务接待费支出0.00万元。共接待国内公务接待12批次、150人次。");
    assertThat(of(none, "narrative.three-public-detail")).hasSize(2);
    assertThat(problems(Narratives.findings(DocumentKind.FINAL_ACCOUNT, TP,
        "公务接待费支出0.00万元。共接待国内公务接待0批次、0人次。"))).isEmpty();
    List<Finding> car = Narratives.findings(DocumentKind.FINAL_ACCOUNT, TP,
        "公务用车运行维护支出8.00万元。公务用车保有量为0辆。公务用车购置费0.00万元，购置公务用车2辆。");
    assertThat(of(car, "narrative.three-public-detail")).hasSize(2);
  }

  /**
   * A count after 比上年/较上年 and a direction word is a change, not the count (比上年增加1个团组、2人次
   * gave "2团组, then 1团组" as an ERROR); 减少为 N is the count; a count after a new phrase is one.
   */
  @Test
  void aChangeInACountIsNoSecondCount() {
    BudgetDocument d = Narratives.document(DocumentKind.FINAL_ACCOUNT, TP,
        "1、因公出国(境)费支出5.00万元。全年安排因公出国(境)团组2个、累计7人次，比上年增加1个团组、2人次。\n"
            + "2、公务接待费支出2.00万元。共接待国内公务接待12批次、150人次，较上年减少3批次、40人次。\n"
            + "3、公务用车购置及运行维护费支出8.00万元。公务用车保有量比上年减少为3辆。");
    assertThat(d.claims()).filteredOn(c -> c.kind() == ClaimKind.COUNT)
        .extracting(c -> c.coordinates().getOrNull(FactDimension.THREE_PUBLIC_ITEM) + " "
            + c.count().get().toPlainString() + " " + c.countUnit().get())
        .containsExactly("OUTBOUND_TRAVEL 2 团组", "OUTBOUND_TRAVEL 7 人次", "RECEPTION 12 批次",
            "RECEPTION 150 人次", "VEHICLE_OPERATION 3 辆");
    assertThat(problems(Narratives.GENERIC.validate(d).findings())).isEmpty();
    BudgetDocument after = Narratives.document(DocumentKind.FINAL_ACCOUNT, TP,
        "因公出国(境)费支出5.00万元，比上年增加1个团组，共安排因公出国(境)团组3个、9人次。");
    assertThat(after.claims()).filteredOn(c -> c.kind() == ClaimKind.COUNT)
        .extracting(c -> c.count().get().toPlainString() + " " + c.countUnit().get())
        .containsExactly("3 团组", "9 人次");
    BudgetDocument bare = Narratives.document(DocumentKind.FINAL_ACCOUNT, TP,
        "公务接待费支出2.00万元。共接待国内公务接待12批次、150人次，主要因会议增加，增加3批次。");
    assertThat(bare.claims()).filteredOn(c -> c.kind() == ClaimKind.COUNT)
        .extracting(c -> c.count().get().toPlainString() + " " + c.countUnit().get())
        .containsExactly("12 批次", "150 人次");
  }

  @Test
  void fewerPersonsThanGroupsContradicts() {
    List<Finding> f = Narratives.findings(DocumentKind.FINAL_ACCOUNT, TP,
        "因公出国(境)费支出5.00万元。全年安排因公出国(境)团组3个、累计2人次。");
    assertThat(of(f, "narrative.three-public-detail")).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    assertThat(problems(Narratives.findings(DocumentKind.FINAL_ACCOUNT, TP,
        "因公出国(境)费支出5.00万元。全年安排因公出国(境)团组3个、累计3人次。"))).isEmpty();
  }

  /** A count stated with two values may count a part (其中) or another period: a WARNING, not an ERROR. */
  @Test
  void aCountWithTwoValuesIsAWarning() {
    List<Finding> f = Narratives.findings(DocumentKind.FINAL_ACCOUNT, TP,
        "因公出国(境)费支出5.00万元。全年安排因公出国(境)团组3个、累计9人次，其中赴港澳因公出国(境)团组1个、2人次。");
    assertThat(of(f, "narrative.three-public-detail")).isNotEmpty()
        .allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aFinalAccountStatesTheDetailItsTemplateAsksFor() {
    List<Finding> missing = Narratives.findings(DocumentKind.FINAL_ACCOUNT, TP, "公务接待费支出2.00万元。主要用于会议接待。");
    assertThat(of(missing, "narrative.three-public-detail")).singleElement()
        .satisfies(x -> assertThat(x.messageZh()).contains("批次"));
    // a budget does not state them
    assertThat(problems(Narratives.findings(DocumentKind.DEPARTMENT_BUDGET, "(九) “三公”经费预算情况说明",
        "公务接待费预算2.00万元。"))).isEmpty();
  }

  @Test
  void receptionsOutsideTheThreePublicAreNoThreePublicDetail() {
    BudgetDocument d = Narratives.document(DocumentKind.DEPARTMENT_BUDGET, "二、部门主要工作任务及目标",
        "认真做好外事工作。预计全年将接待港澳台侨同胞及国际友好人士10批200多人次。本部门共有车辆46辆，其中，一般公务用车46辆。");
    assertThat(d.claims()).noneMatch(c -> c.concept() == Concept.THREE_PUBLIC);
  }
}
