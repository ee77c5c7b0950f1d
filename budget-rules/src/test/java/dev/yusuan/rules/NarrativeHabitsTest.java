package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Near misses of narrative shares and changes are lowered to a WARNING only when a known publishing
 * habit explains them: shares adjusted to add up to 100% (largest remainder), or a value truncated
 * instead of rounded. Keqiao 收入预算: 2706.24 万元, 增加 6.69 万元, so the growth is 6.69 / 2699.55 =
 * 0.2478%, published "0.25%".
 */
class NarrativeHabitsTest {
  private static final Validator V = Validator.of(StandardRules.zhejiangBudget());

  static List<Finding> changeFindings(String pct) {
    BudgetDocument d = Mutate.claims(KeqiaoFixture.document(),
        c -> c.subject().equals("收入预算") && c.concept() == Concept.REVENUE && c.percent().isPresent(),
        b -> b.percent(Percentage.parse(pct)));
    return V.validate(d).findings().stream().filter(f -> f.ruleId().equals("narrative.change"))
        .filter(f -> f.messageZh().contains("收入预算")).toList();
  }

  @Test
  void theRoundedPercentIsNoFinding() {
    assertThat(changeFindings("0.25")).isEmpty();
  }

  @Test
  void aTruncatedPercentIsAWarningThatSaysSo() {
    // 0.2478% truncated to two decimals is 0.24: beyond rounding, explained by truncation
    assertThat(changeFindings("0.24")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.messageEn()).contains("truncated instead of rounded");
      assertThat(f.messageZh()).contains("截断");
    });
  }

  @Test
  void aNearMissNoHabitExplainsIsAnError() {
    // within one last digit of rounding, but neither rounding nor truncation gives 0.26 or 0.3
    for (String pct : List.of("0.26", "0.3")) {
      assertThat(changeFindings(pct)).as(pct).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.messageEn()).contains("at most one last published digit")
            .contains("neither rounding, truncation nor adjusting shares to 100% explains it")
            .doesNotContain("most likely");
      });
    }
  }

  @Test
  void farOffIsAnErrorWithoutHabitTalk() {
    assertThat(changeFindings("0.35")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.messageEn()).doesNotContain("last published digit").doesNotContain("truncated");
    });
  }

  @Test
  void keqiaoDailyOperationShareStaysAWarningExplainedByTheLargestRemainder() {
    Report r = V.validate(KeqiaoFixture.document());
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("narrative.share"))
        .filteredOn(f -> f.messageZh().contains("日常公用支出")).singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.messageEn()).contains("largest remainder").doesNotContain("truncated");
          assertThat(f.messageZh()).contains("最大余数法");
        });
  }

  @Test
  void aShareOffByOneDigitWhoseSharesDoNotAddUpTo100IsAnError() {
    // 日常公用支出 154.08 / 2706.24 = 5.6935%: "5.70%" is explained only by the shares adding to 100%;
    // once another share of the same whole changes, no habit explains it
    BudgetDocument d = Mutate.percent(KeqiaoFixture.document(), "人员支出", "70.36");
    assertThat(V.validate(d).findings()).filteredOn(f -> f.ruleId().equals("narrative.share"))
        .filteredOn(f -> f.messageZh().contains("日常公用支出")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }
}
