package dev.yusuan.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * Honest narratives are never flagged; the same statement with one defect is. Sentences are written
 * in the wording of the Zhejiang, Jiangsu and Shanghai narratives and read by {@link ClaimExtractor}.
 */
class NarrativeContradictionProperties {
  private static final List<String> SUBJECTS = List.of("机关运行经费预算", "“三公”经费财政拨款预算",
      "政府采购预算", "一般公共预算拨款收入", "政府性基金拨款支出预算");
  private static final List<String> BASES = List.of("比上年", "比上年预算", "较上年", "比2023年预算");

  record Change(String subject, String base, long current, long prior, int wording) {
    String sentence() {
      BigDecimal c = BigDecimal.valueOf(current, 2);
      BigDecimal p = BigDecimal.valueOf(prior, 2);
      BigDecimal d = c.subtract(p);
      String head = subject + c.toPlainString() + "万元，";
      if (d.signum() == 0) {
        return head + (wording == 0 ? "与上年持平。" : base + "增加0.00万元，增长0.00%。");
      }
      String up = d.signum() > 0 ? "增加" : "减少";
      String up2 = d.signum() > 0 ? "增长" : "下降";
      String pct = d.abs().multiply(BigDecimal.valueOf(100)).divide(p, 2, RoundingMode.HALF_UP).toPlainString();
      return switch (wording) {
        case 0 -> head + base + up + d.abs().toPlainString() + "万元，" + up2 + pct + "%。";
        case 1 -> head + base + up + d.abs().toPlainString() + "万元。";
        default -> head + "与上年相比" + up + d.abs().toPlainString() + "万元，" + up2 + pct + "%。";
      };
    }
  }

  @Provide
  Arbitrary<Change> changes() {
    return Combinators.combine(Arbitraries.of(SUBJECTS), Arbitraries.of(BASES),
        Arbitraries.longs().between(0, 100_000_000L), Arbitraries.longs().between(1, 100_000_000L),
        Arbitraries.integers().between(0, 2)).as(Change::new);
  }

  private static List<Finding> narrativeFindings(String text) {
    return Narratives.findings("(一) 情况说明", text).stream()
        .filter(f -> f.ruleId().startsWith("narrative.")).toList();
  }

  @Property(tries = 300)
  void honestChangesAreNeverFlagged(@ForAll("changes") Change c) {
    assertThat(narrativeFindings(c.sentence())).as(c.sentence()).isEmpty();
  }

  /** Beyond the rounding of both figures and one more last digit: an ERROR (a near miss is a WARNING). */
  @Property(tries = 200)
  void anIncreaseLargerThanTheAmountIsCaught(@ForAll("changes") Change c,
      @ForAll @IntRange(min = 3, max = 1_000_000) int excess) {
    BigDecimal cur = BigDecimal.valueOf(c.current(), 2);
    BigDecimal delta = cur.add(BigDecimal.valueOf(excess, 2));
    String s = c.subject() + cur.toPlainString() + "万元，" + c.base() + "增加" + delta.toPlainString() + "万元。";
    assertThat(narrativeFindings(s)).as(s).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("narrative.self");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
    });
  }

  @Property(tries = 200)
  void flatWithAChangeIsCaught(@ForAll("changes") Change c, @ForAll @IntRange(min = 1, max = 1_000_000) int delta) {
    BigDecimal cur = BigDecimal.valueOf(c.current(), 2);
    String d = BigDecimal.valueOf(delta, 2).toPlainString();
    String s = c.subject() + cur.toPlainString() + "万元，" + c.base() + (delta % 2 == 0 ? "减少" : "增加") + d
        + "万元，与上年持平。";
    assertThat(narrativeFindings(s)).as(s).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("narrative.self"));
  }

  private static final List<String> PARTS = List.of("人员支出", "日常公用支出", "项目支出", "单位预留机动经费");

  /** Shares of a whole no table publishes, stated honestly (rounded half up to two decimals). */
  static List<String> shareSentences(List<Long> cents, int wrong, int shiftHundredths) {
    long total = cents.stream().mapToLong(Long::longValue).sum();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < cents.size(); i++) {
      BigDecimal pct = BigDecimal.valueOf(cents.get(i) * 100).divide(BigDecimal.valueOf(total), 2,
          RoundingMode.HALF_UP);
      if (i == wrong) {
        pct = pct.add(BigDecimal.valueOf(shiftHundredths, 2));
      }
      out.add(PARTS.get(i) + BigDecimal.valueOf(cents.get(i), 2).toPlainString() + "万元，占" + pct.toPlainString()
          + "%");
    }
    return out;
  }

  @Provide
  Arbitrary<List<Long>> parts() {
    // each part at least 5% of the whole: 3 or 4 parts of 1,000.00 to 3,000.00 万元
    return Arbitraries.longs().between(100_000, 300_000).list().ofMinSize(3).ofMaxSize(4);
  }

  @Property(tries = 200)
  void honestSharesAreNeverFlagged(@ForAll("parts") List<Long> cents) {
    String text = "支出预算中，" + String.join("；", shareSentences(cents, -1, 0)) + "。";
    assertThat(narrativeFindings(text)).as(text).isEmpty();
  }

  @Property(tries = 200)
  void oneWrongShareIsReportedItself(@ForAll("parts") List<Long> cents, @ForAll @IntRange(min = 0, max = 3) int w,
      @ForAll @IntRange(min = 10, max = 300) int shift, @ForAll boolean down) {
    int wrong = w % cents.size();
    String text = "支出预算中，" + String.join("；", shareSentences(cents, wrong, down ? -shift : shift)) + "。";
    List<Finding> f = narrativeFindings(text).stream().filter(x -> x.ruleId().equals("narrative.share")).toList();
    assertThat(f).as(text).singleElement().satisfies(x -> {
      assertThat(x.messageZh()).contains(PARTS.get(wrong));
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
    });
  }
}
