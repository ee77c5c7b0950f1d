package dev.yusuan.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
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
 * The "三公" detail of a 决算 narrative and the years named in change statements: honest sentences in
 * the templates' wordings are never flagged; fewer persons than groups is an ERROR; a cost with no
 * groups a WARNING; a change against a year that is not last year a WARNING and never an ERROR.
 */
class NarrativeDetailProperties {
  private static final String HEADING = "(二) “三公”经费财政拨款支出决算具体情况说明";

  /**
   * One item's cost (in 分 of 万元), groups or batches, persons, which wording, and a change against
   * last year stated after the counts (比上年增加 N 个团组、M 人次), or none when {@code change} is 0.
   */
  record Detail(boolean abroad, long cents, int groups, int persons, int wording, int change) {
    Detail(boolean abroad, long cents, int groups, int persons, int wording) {
      this(abroad, cents, groups, persons, wording, 0);
    }

    String sentence() {
      String cost = BigDecimal.valueOf(cents, 2).toPlainString();
      String delta = change == 0 ? "" : (change > 0 ? "，比上年增加" : "，较上年减少") + Math.abs(change)
          + (abroad ? "个团组、" : "批次、") + (Math.abs(change) * 3 + 1) + "人次";
      if (abroad) {
        String head = "因公出国(境)费支出" + cost + "万元。";
        return head + (wording == 0 ? "全年安排因公出国(境)团组" + groups + "个、累计" + persons + "人次" + delta + "。"
            : "全年因公出国(境)团组" + groups + "个，" + persons + "人次" + delta + "。");
      }
      String head = "公务接待费支出" + cost + "万元。";
      return head + (wording == 0 ? "共接待国内公务接待" + groups + "批次、" + persons + "人次" + delta + "。"
          : "主要用于会议接待，全年公务接待" + groups + "批次，接待" + persons + "人次" + delta + "。");
    }
  }

  /** Honest: no cost and no one, or a cost with at least one group and at least one person per group. */
  @Provide
  Arbitrary<Detail> honest() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.longs().between(0, 10_000_000L),
        Arbitraries.integers().between(1, 300), Arbitraries.integers().between(0, 3000),
        Arbitraries.integers().between(0, 1), Arbitraries.integers().between(-20, 20))
        .as((abroad, cents, groups, extra, wording, change) -> cents == 0
            ? new Detail(abroad, 0, 0, 0, wording, change)
            : new Detail(abroad, cents, groups, groups + extra, wording, change));
  }

  static List<Finding> problems(String text) {
    return Narratives.findings(DocumentKind.FINAL_ACCOUNT, HEADING, text).stream()
        .filter(f -> f.ruleId().startsWith("narrative.") && f.severity().atLeast(Severity.WARNING)).toList();
  }

  @Property(tries = 300)
  void honestDetailIsNeverFlagged(@ForAll("honest") Detail d) {
    assertThat(problems(d.sentence())).as(d.sentence()).isEmpty();
  }

  @Property(tries = 200)
  void fewerPersonsThanGroupsIsAnError(@ForAll("honest") Detail d, @ForAll @IntRange(min = 1, max = 50) int fewer) {
    Detail wrong = new Detail(d.abroad(), Math.max(d.cents(), 100), d.groups() + fewer, d.groups(), d.wording(), d.change());
    assertThat(problems(wrong.sentence())).as(wrong.sentence())
        .anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  @Property(tries = 200)
  void aCostWithNoOneIsAWarning(@ForAll("honest") Detail d) {
    Detail wrong = new Detail(d.abroad(), Math.max(d.cents(), 1), 0, 0, d.wording(), d.change());
    assertThat(problems(wrong.sentence())).as(wrong.sentence())
        .anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("narrative.three-public-detail"));
  }

  /** An honest change against {@code year} in a 2024 budget: flagged exactly when the year is not 2023. */
  @Property(tries = 200)
  void aChangeAgainstAnotherYearIsReportedNeverAsAnError(@ForAll @IntRange(min = 2010, max = 2024) int year,
      @ForAll @IntRange(min = 1, max = 10_000_000) int priorCents, @ForAll @IntRange(min = 0, max = 10_000_000) int cents) {
    BigDecimal cur = BigDecimal.valueOf(cents, 2);
    BigDecimal prior = BigDecimal.valueOf(priorCents, 2);
    BigDecimal d = cur.subtract(prior);
    String s = "机关运行经费预算" + cur.toPlainString() + "万元，比" + year + "年预算"
        + (d.signum() == 0 ? "持平。" : (d.signum() > 0 ? "增加" : "减少") + d.abs().toPlainString() + "万元。");
    List<Finding> f = Narratives.findings("(七) 机关运行经费", s).stream()
        .filter(x -> x.severity().atLeast(Severity.WARNING)).toList();
    assertThat(f).as(s).noneMatch(x -> x.severity() == Severity.ERROR);
    if (year == 2023) {
      assertThat(f).as(s).isEmpty();
    } else {
      assertThat(f).as(s).extracting(Finding::ruleId).containsExactly("narrative.base-year");
    }
  }
}
