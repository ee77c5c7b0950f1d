package dev.yusuan.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Statements that contradict themselves, each with a consistent twin that stays quiet, read from
 * narrative text and checked with the generic pack (no table at all).
 */
class NarrativeContradictionTest {
  private static List<Finding> errors(String heading, String text) {
    return Narratives.findings(heading, text).stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  @Test
  void anIncreaseLargerThanTheAmountMeansANegativePriorYear() {
    assertThat(errors("(三) 政府性基金预算支出情况说明", "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元。"))
        .singleElement().satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("narrative.self");
          assertThat(f.messageZh()).contains("上年数为负");
        });
    assertThat(errors("(三) 政府性基金预算支出情况说明", "政府性基金拨款支出预算1421.25万元，比2022年预算增加1421.25万元。"))
        .isEmpty();
  }

  @Test
  void flatWithAChangeContradicts() {
    assertThat(errors("(七) 机关运行经费", "机关运行经费预算10.00万元，比上年增加0.50万元，与上年持平。"))
        .extracting(Finding::ruleId).contains("narrative.self");
    assertThat(errors("(七) 机关运行经费", "机关运行经费预算10.00万元，比上年增加0.00万元，与上年持平。"))
        .isEmpty();
  }

  @Test
  void decreasedToZeroAndFlatContradict() {
    assertThat(errors("(六) “三公”经费", "公务用车购置费减少为0.00万元，与上年持平。"))
        .singleElement().satisfies(f -> assertThat(f.ruleId()).isEqualTo("narrative.self"));
    assertThat(errors("(六) “三公”经费", "公务用车购置费为0.00万元，与上年持平。")).isEmpty();
    assertThat(errors("(六) “三公”经费", "公务用车购置费比上年减少为0.00万元。")).isEmpty();
  }

  @Test
  void aPercentChangeInconsistentWithTheAmounts() {
    assertThat(errors("(七) 机关运行经费", "机关运行经费预算110.00万元，比上年增加10.00万元，增长12.00%。"))
        .extracting(Finding::ruleId).containsExactly("narrative.change");
    assertThat(errors("(七) 机关运行经费", "机关运行经费预算110.00万元，比上年增加10.00万元，增长10.00%。"))
        .isEmpty();
  }

  @Test
  void aDecreaseOfMoreThanAHundredPercent() {
    assertThat(errors("(七) 机关运行经费", "机关运行经费预算10.00万元，比上年下降120.00%。"))
        .extracting(Finding::ruleId).contains("narrative.self");
    assertThat(errors("(七) 机关运行经费", "机关运行经费预算10.00万元，比上年下降20.00%。")).isEmpty();
  }

  @Test
  void oneWrongShareOfAnUnpublishedWholeIsReportedItself() {
    // 人员支出 71.65%, 日常公用支出 20.00%, 项目支出 8.35% of 1000: "71.73%" is the wrong one
    String wrong = "支出预算中，人员支出716.50万元，占71.73%；日常公用支出200.00万元，占20.00%；"
        + "项目支出83.50万元，占8.35%；单位预留机动经费0.00万元，占0.00%。";
    String honest = wrong.replace("71.73", "71.65");
    List<Finding> f = Narratives.findings("(四) 支出预算", wrong).stream()
        .filter(x -> x.ruleId().equals("narrative.share")).toList();
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.messageZh()).contains("人员支出");
      assertThat(x.locations().get(0).text().orElse("")).contains("71.73");
    });
    assertThat(Narratives.findings("(四) 支出预算", honest)).filteredOn(x -> x.ruleId().startsWith("narrative"))
        .isEmpty();
  }

  @Test
  void theYearsBudgetOfAFinalAccountIsNoActual() {
    // 决算 2.10 against 年初预算 2.85: 减少 0.75 is consistent; no amount is misread as another
    List<Finding> f = Narratives.findings(DocumentKind.FINAL_ACCOUNT, "(六) “三公”经费财政拨款支出决算情况说明",
        "2023年度“三公”经费财政拨款支出决算为2.10万元，年初预算为2.85万元，决算数比年初预算减少0.75万元。");
    assertThat(f).filteredOn(x -> x.severity() == Severity.ERROR).isEmpty();
  }
}
