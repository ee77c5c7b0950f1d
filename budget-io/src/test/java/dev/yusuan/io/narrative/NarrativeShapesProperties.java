package dev.yusuan.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Change and share statements worded as regions other than Zhejiang, Jiangsu and Shanghai word them
 * (docs/formats.md, "Narrative statements"): 同比增加, 较上年增加了 … 增幅, 比 2023 年度 (spaced), 增长 P%
 * before the amount, 较上年的 P 万元减少 D 万元, 与 2023 年度相比 in a later sentence, "其中：A X 万元，占
 * P%；B …" lists. Every figure is computed from exact amounts in 元 and printed rounded half up, each in
 * 元 or 万元, percentages to 0, 1 or 2 decimals; the paragraph may be hard-wrapped at random points (as
 * PDF text is) and printed in full-width digits. Honest paragraphs are read and raise no narrative
 * finding; one figure changed beyond its rounding is caught.
 */
class NarrativeShapesProperties {
  private static final String HEADING = "(一) 情况说明";
  private static final List<String> SUBJECTS = List.of("机关运行经费预算", "政府采购预算", "“三公”经费财政拨款预算",
      "一般公共预算拨款收入", "财政拨款收入", "事业收入",
      // other regions' wordings (real-narrative/statements.tsv): 四川, 广西
      "因公出国(境)经费", "本年一般公共预算支出", "一般公共预算拨款支出", "项目支出预算");
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** How a figure in 元 is printed: in 元 (whole) or in 万元 rounded half up to two decimals. */
  static String money(long yuan, boolean wan) {
    if (!wan) {
      return yuan + "元";
    }
    return BigDecimal.valueOf(yuan).divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP).toPlainString() + "万元";
  }

  static String percent(long part, long whole, int scale) {
    return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP)
        .toPlainString() + "%";
  }

  /**
   * A change of one subject: exact current and prior amounts in 元, the wording, how each figure is
   * printed ({@code units} bit i: figure i in 万元), the percent's decimals, and a seed for where the
   * paragraph wraps (0: not wrapped) and whether it is printed in full-width digits.
   */
  record Change(String subject, long current, long prior, int wording, int units, int scale, long wrap,
      boolean wide) {
    boolean up() {
      return current > prior;
    }

    /** The sentence, with the percent {@code shift} whole points off (0: honest). */
    String text(int shift, long priorShift) {
      long d = Math.abs(current - prior);
      String cur = money(current, (units & 1) != 0);
      String delta = money(d, (units & 2) != 0);
      String base = money(prior + priorShift, (units & 4) != 0);
      String pct = prior == 0 ? null : shifted(percent(d, prior, scale), shift);
      String add = up() ? "增加" : "减少";
      String grow = up() ? "增长" : "下降";
      String head = subject + cur + "，";
      String s;
      if (current == prior) {
        s = head + switch (wording % 4) {
          case 0 -> "与上年持平。";
          case 1 -> "同比增加0元，增长0%。";
          case 2 -> "同比无变化。"; // 广西
          default -> "较上年无增减变化。";
        };
      } else if (pct == null) {
        s = head + "同比增加" + delta + "，上年未安排该项预算，增长率无可比性。";
      } else {
        s = switch (wording) {
          case 0 -> head + "同比" + add + delta + "，" + grow + pct + "。";
          case 1 -> head + "较上年" + add + "了" + delta + "，" + (up() ? "增幅" : "降幅") + pct + "。";
          case 2 -> head + "比 2023 年度" + add + " " + delta + "，" + grow + " " + pct + "。";
          case 3 -> head + "较上年" + grow + pct + "，" + add + delta + "。";
          case 4 -> head + "较上年的" + base + add + delta + "，" + grow + pct + "。";
          case 5 -> subject + cur + "，主要用于保障机关运转。与 2023 年度相比，" + add + delta + "，" + grow + pct + "。";
          // 广西: the direction word repeated with 同比 before the percent
          case 6 -> head + "同比" + add + delta + "，同比" + grow + pct + "。";
          // 广东: a completion rate with its budget figure between the amount and the change (both unread)
          default -> head + "完成全年预算" + base + "的" + percent(current, Math.max(prior, 1), 1) + "，比上年决算数"
              + add + delta + "，" + grow + pct + "。";
        };
      }
      return dress(s, wrap, wide);
    }
  }

  static String shifted(String pct, int shift) {
    if (shift == 0) {
      return pct;
    }
    BigDecimal p = new BigDecimal(pct.substring(0, pct.length() - 1)).add(BigDecimal.valueOf(shift));
    return p.toPlainString() + "%";
  }

  /** The paragraph hard-wrapped at 1 to 4 random points (seed 0: not), and in full-width digits. */
  static String dress(String s, long wrap, boolean wide) {
    String out = s;
    if (wide) {
      StringBuilder b = new StringBuilder();
      for (char c : out.toCharArray()) {
        b.append(c >= '0' && c <= '9' || c == '%' || c == '.' ? (char) (c + 0xFEE0) : c);
      }
      out = b.toString();
    }
    if (wrap != 0) {
      Random r = new Random(wrap);
      int n = 1 + r.nextInt(4);
      StringBuilder b = new StringBuilder(out);
      for (int i = 0, tries = 0; i < n && tries < 50; tries++) {
        int at = 1 + r.nextInt(b.length() - 1);
        b.insert(at, '\n');
        if (pageNumberLike(b)) {
          b.deleteCharAt(at); // a break a page would not print: an empty line, or a line of a lone number
        } else {
          i++;
        }
      }
      out = b.toString();
    }
    return out;
  }

  /**
   * Whether a line of the text is empty or holds nothing but a number's characters: a PDF's page number (- 3 -, 3) is
   * such a line, and a reader drops it; a paragraph wrapped by a page's width never leaves a number alone on a line
   * (found by anHonestCompletionRateIsReadAndNeverFlagged: 45.05万元 wrapped as 45. / 0 / 5万元).
   */
  static boolean pageNumberLike(CharSequence text) {
    for (String line : text.toString().split("\n", -1)) {
      if (line.isEmpty() || line.chars().allMatch(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９' || c == '.'
          || c == '．' || c == '%' || c == '％')) {
        return true;
      }
    }
    return false;
  }

  @Provide
  Arbitrary<Change> changes() {
    Arbitrary<Long> yuan = Arbitraries.oneOf(Arbitraries.longs().between(0, 2_000_000_000L),
        Arbitraries.longs().between(0, 20_000L));
    return Combinators.combine(Arbitraries.of(SUBJECTS), yuan, yuan, Arbitraries.integers().between(0, 7),
        Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 2),
        Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, Long.MAX_VALUE)),
        Arbitraries.of(false, false, true)).as(Change::new);
  }

  private static List<Finding> narrativeFindings(String text) {
    return Narratives.findings(HEADING, text).stream().filter(f -> f.ruleId().startsWith("narrative.")).toList();
  }

  @Property(tries = 400)
  void honestChangesAreReadAndNeverFlagged(@ForAll("changes") Change c) {
    String text = c.text(0, 0);
    BudgetDocument d = Narratives.document(DocumentKind.DEPARTMENT_BUDGET, HEADING, text);
    List<Claim> changes = d.claims().stream().filter(x -> x.kind() == ClaimKind.CHANGE).toList();
    assertThat(changes).as(text).isNotEmpty();
    if (c.current() != c.prior() && c.prior() != 0) {
      assertThat(changes).as(text).anySatisfy(x -> {
        assertThat(x.delta()).isPresent();
        assertThat(x.percent()).isPresent();
      });
    }
    assertThat(Narratives.GENERIC.validate(d).findings()).as(text)
        .filteredOn(f -> f.ruleId().startsWith("narrative.")).isEmpty();
  }

  /**
   * Amounts of at least 100 万元 changed by at least 10 万元 and by at most 400 %: a percent off by three
   * whole points then lies outside every rounding interval, by more than one last digit.
   */
  @Provide
  Arbitrary<Change> checkable() {
    return changes().map(c -> {
      long prior = Math.max(c.prior(), 1_000_000L);
      long cur = c.current() > prior ? Math.min(Math.max(c.current(), prior + 100_000L), prior * 5)
          : Math.max(0, Math.min(c.current(), prior - 100_000L));
      return new Change(c.subject(), Math.max(cur, prior / 5), prior, c.wording(), c.units(), c.scale(), c.wrap(),
          c.wide());
    });
  }

  @Property(tries = 300)
  void aPercentOffBeyondRoundingIsAnError(@ForAll("checkable") Change c,
      @ForAll @IntRange(min = 3, max = 40) int shift, @ForAll boolean down) {
    Assume.that(c.current() != c.prior());
    long d = Math.abs(c.current() - c.prior());
    BigDecimal exact = BigDecimal.valueOf(d).multiply(HUNDRED).divide(BigDecimal.valueOf(c.prior()), 2,
        RoundingMode.HALF_UP);
    int s = down && exact.compareTo(BigDecimal.valueOf(shift + 1)) > 0 ? -shift : shift;
    String text = c.text(s, 0);
    assertThat(narrativeFindings(text)).as(text)
        .anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  /** 较上年的 P 万元减少 D 万元: a base figure that does not fit the change is an ERROR. */
  @Property(tries = 200)
  void aStatedBaseThatDoesNotFitIsAnError(@ForAll("checkable") Change c,
      @ForAll @IntRange(min = 20_000, max = 50_000_000) int off) {
    Assume.that(c.current() != c.prior());
    Change w = new Change(c.subject(), c.current(), c.prior(), 4, c.units(), c.scale(), c.wrap(), c.wide());
    String text = w.text(0, off);
    assertThat(narrativeFindings(text)).as(text)
        .anySatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
  }

  // ------------------------------------------------------------------------------------ 其中 lists

  private static final List<String> PARTS = List.of("财政拨款收入", "事业收入", "上级补助收入", "其他收入");
  private static final List<String> HEADS = List.of("本年收入合计", "收入预算");

  /** "HEAD T，其中：A a，占 p%；B b，占 q%…": shares of the head, each figure printed in 元 or 万元. */
  static String list(String head, List<Long> parts, int units, int scale, int wrong, int shift, long wrap) {
    long total = parts.stream().mapToLong(Long::longValue).sum();
    List<String> items = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String pct = percent(parts.get(i), total, scale);
      items.add(PARTS.get(i) + money(parts.get(i), (units >> i & 1) != 0) + "，占"
          + (i == wrong ? shifted(pct, shift) : pct));
    }
    return dress(head + money(total, (units & 16) == 0) + "，其中：" + String.join("；", items) + "。", wrap, false);
  }

  @Provide
  Arbitrary<List<Long>> parts() {
    // each part at least 1,000,000 元 and at most 30 times another: a share off by 3 points is beyond rounding
    return Arbitraries.longs().between(1_000_000L, 30_000_000L).list().ofMinSize(2).ofMaxSize(4);
  }

  @Property(tries = 300)
  void honestListsAreReadAsSharesOfTheirHead(@ForAll("parts") List<Long> parts, @ForAll @IntRange(min = 0, max = 1)
      int h, @ForAll @IntRange(min = 0, max = 31) int units, @ForAll @IntRange(min = 0, max = 2) int scale,
      @ForAll long wrap) {
    String text = list(HEADS.get(h), parts, units, scale, -1, 0, wrap);
    BudgetDocument d = Narratives.document(DocumentKind.FINAL_ACCOUNT, "(二) 收入决算情况说明", text);
    assertThat(d.claims()).as(text).filteredOn(x -> x.kind() == ClaimKind.SHARE).hasSize(parts.size());
    assertThat(Narratives.GENERIC.validate(d).findings()).as(text)
        .filteredOn(f -> f.ruleId().startsWith("narrative.")).isEmpty();
  }

  @Property(tries = 200)
  void aShareOffBeyondRoundingIsAnError(@ForAll("parts") List<Long> parts, @ForAll @IntRange(min = 0, max = 1) int h,
      @ForAll @IntRange(min = 0, max = 31) int units, @ForAll @IntRange(min = 0, max = 2) int scale,
      @ForAll @IntRange(min = 0, max = 3) int w, @ForAll @IntRange(min = 3, max = 20) int shift, @ForAll long wrap) {
    int wrong = w % parts.size();
    String text = list(HEADS.get(h), parts, units, scale, wrong, shift, wrap);
    List<Finding> f = Narratives.findings(DocumentKind.FINAL_ACCOUNT, "(二) 收入决算情况说明", text).stream()
        .filter(x -> x.ruleId().startsWith("narrative.share")).toList();
    assertThat(f).as(text).anySatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
  }

  // ------------------------------------------------------------------------------ 完成年初预算的 P%

  private static final String GPB_HEADING = "(五) 一般公共预算财政拨款支出决算情况";

  /**
   * A 决算's actual and its 年初预算 (exact, in 元), how the actual is printed ({@code wan}: 万元 to two decimals),
   * the rate's decimals and wording, a paragraph dressing; the table prints both figures in 万元 to two decimals.
   */
  record Completion(long actual, long budget, boolean wan, int scale, boolean wordingIs, long wrap, boolean wide) {
    String text(int shift) {
      String rate = shifted(percent(actual, budget, scale), shift);
      return dress("一般公共预算财政拨款支出" + money(actual, wan) + "，" + (wordingIs ? "为" : "完成") + "年初预算的" + rate
          + "。", wrap, wide);
    }

    BudgetDocument document(int shift) {
      dev.yusuan.model.Provenance at = dev.yusuan.model.Provenance.builder().source("t.pdf").tableId("T05")
          .rowLabel("合计").build();
      dev.yusuan.model.Coordinates gpb = dev.yusuan.model.Coordinates.of(dev.yusuan.model.FactDimension.FUND_SOURCE,
          dev.yusuan.model.FundSource.GENERAL_PUBLIC_BUDGET.name());
      return BudgetDocument.builder().from(Narratives.document(DocumentKind.FINAL_ACCOUNT, GPB_HEADING, text(shift)))
          .addFacts(dev.yusuan.model.Fact.of(dev.yusuan.model.Concept.EXPENDITURE, gpb, wan(actual), at))
          .addFacts(dev.yusuan.model.Fact.of(dev.yusuan.model.Concept.EXPENDITURE,
              gpb.with(dev.yusuan.model.FactDimension.PERIOD, dev.yusuan.model.FiscalPeriod.CURRENT_BUDGET.name()),
              wan(budget), at))
          .build();
    }

    private static dev.yusuan.model.Amount wan(long yuan) {
      return dev.yusuan.model.Amount.of(BigDecimal.valueOf(yuan).divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)
          .toPlainString(), dev.yusuan.model.MoneyUnit.WAN_YUAN);
    }
  }

  /** Budgets of at least 100 万元, actuals from a fifth of it to four times it. */
  @Provide
  Arbitrary<Completion> completions() {
    return Combinators.combine(Arbitraries.longs().between(1_000_000L, 2_000_000_000L),
        Arbitraries.integers().between(20, 400), Arbitraries.of(true, false), Arbitraries.integers().between(0, 2),
        Arbitraries.of(true, false), Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(1, 1L << 40)),
        Arbitraries.of(false, false, true)).as((budget, pct, wan, scale, is, wrap, wide) ->
            new Completion(budget * pct / 100, budget, wan, scale, is, wrap, wide));
  }

  /** 完成年初预算的 P%, honest, is read as a share of the 年初预算 and agrees with the table's figures. */
  @Property(tries = 300)
  void anHonestCompletionRateIsReadAndNeverFlagged(@ForAll("completions") Completion c) {
    BudgetDocument d = c.document(0);
    assertThat(d.claims()).as(c.text(0)).anySatisfy(x -> {
      assertThat(x.kind()).isEqualTo(ClaimKind.SHARE);
      assertThat(x.whole().flatMap(w -> w.get(dev.yusuan.model.FactDimension.PERIOD)))
          .contains(dev.yusuan.model.FiscalPeriod.CURRENT_BUDGET.name());
    });
    assertThat(Narratives.GENERIC.validate(d).findings()).as(c.text(0))
        .filteredOn(f -> f.ruleId().startsWith("narrative.") && f.severity().atLeast(Severity.WARNING)).isEmpty();
  }

  /** A completion rate three or more points off the table's actual ÷ 年初预算 is an ERROR. */
  /** Found in the fresh-clone CI: the generator wrapped the amount as 20. / (empty) / 0 / 0万元, a page-number line. */
  @net.jqwik.api.Example
  void aCompletionRateWrappedInsideItsAmountIsRead() {
    anHonestCompletionRateIsReadAndNeverFlagged(new Completion(200000, 1000000, true, 1, false, 399, false));
    anHonestCompletionRateIsReadAndNeverFlagged(new Completion(450531, 1001180, true, 1, false, 399, true));
  }

  @Property(tries = 300)
  void aCompletionRateOffBeyondRoundingIsAnError(@ForAll("completions") Completion c,
      @ForAll @IntRange(min = 3, max = 40) int shift, @ForAll boolean down) {
    int s = down && c.actual() * 100 / c.budget() > shift + 1 ? -shift : shift;
    BudgetDocument d = c.document(s);
    assertThat(Narratives.GENERIC.validate(d).findings()).as(c.text(s))
        .anySatisfy(f -> {
          assertThat(f.ruleId()).isEqualTo("narrative.share");
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });
  }

  // ----------------------------------------------------------------------------- N 个百分点

  /**
   * 比上年提高 / 下降 N 个百分点 after an amount and its share: the share's change, not the amount's. Whatever the
   * amount did against last year's actual (published), and whatever the word, nothing is claimed of it (no
   * direction of the amount, no count of N things) and nothing is flagged. On main the word was read as the
   * amount's direction (an ERROR when the amount moved the other way) and 提高 N 个 as a count.
   */
  @Property(tries = 200)
  void percentagePointsAreNeitherTheAmountsDirectionNorACount(
      @ForAll @IntRange(min = 1_000_000, max = 2_000_000_000) int now,
      @ForAll @IntRange(min = 1_000_000, max = 2_000_000_000) int before,
      @ForAll("pointWords") String word, @ForAll @IntRange(min = 1, max = 300) int tenths, @ForAll boolean whole) {
    String points = whole ? String.valueOf(tenths) : BigDecimal.valueOf(tenths, 1).toPlainString();
    String text = "机关运行经费支出" + money(now, true) + "，占本年支出合计的50.00%，比上年" + word + points + "个百分点。";
    dev.yusuan.model.Provenance at = dev.yusuan.model.Provenance.builder().source("t.pdf").tableId("T11")
        .rowLabel("机关运行经费").columnHeader("上年决算数").build();
    BudgetDocument d = BudgetDocument.builder().from(Narratives.document(DocumentKind.FINAL_ACCOUNT, HEADING, text))
        .addFacts(dev.yusuan.model.Fact.of(dev.yusuan.model.Concept.OPERATING_COST,
            dev.yusuan.model.Coordinates.of(dev.yusuan.model.FactDimension.PERIOD,
                dev.yusuan.model.FiscalPeriod.PRIOR_ACTUAL.name()),
            dev.yusuan.model.Amount.of(BigDecimal.valueOf(before).divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)
                .toPlainString(), dev.yusuan.model.MoneyUnit.WAN_YUAN), at))
        .build();
    assertThat(d.claims()).as(text).noneMatch(x -> x.kind() == ClaimKind.CHANGE || x.kind() == ClaimKind.COUNT);
    assertThat(Narratives.GENERIC.validate(d).findings()).as(text)
        .filteredOn(f -> f.ruleId().startsWith("narrative.") && f.severity().atLeast(Severity.WARNING)).isEmpty();
  }

  @Provide
  Arbitrary<String> pointWords() {
    return Arbitraries.of("提高", "增长", "增加", "上升", "下降", "减少", "降低", "提高了", "下降了");
  }
}
