package dev.yusuan.io.narrative;

import dev.yusuan.model.Amount;
import dev.yusuan.model.AmountFormatException;
import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Code;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Direction;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.Names;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.ProcurementType;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.Section;
import dev.yusuan.model.Severity;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.ThreePublicItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts {@link Claim}s from narrative sections, following docs/fact-conventions.md. Amount claims
 * also become {@link Fact}s (provenance: section, line, span and text) so that the duplicate rule
 * compares narrative and tables. Numbers followed by 万元, 元 or % that state no recognised claim are
 * reported as INFO diagnostics, so nothing is dropped silently.
 *
 * <p>Sections are read with {@link Section#text()} lines numbered from the line after the heading
 * ({@code provenance().line() + 1}); a sentence broken across lines or blank lines is joined before
 * matching, so "一般公共预算拨款\n\n收入 2706.24 万元" is one statement.
 */
public final class ClaimExtractor {
  // AMOUNT and VALUE_TOKEN: Run.run skips them for a text without 元 (and %): keep their units in step
  static final Pattern AMOUNT =
      Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(亿\\s*元|万\\s*元|元)");
  static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d+(?:\\.\\d+)?)\\s*%");
  static final Pattern COUNT =
      Pattern.compile("(?<![\\d.,])(\\d+)\\s*(辆|个(?!\\s*百分点)|台\\s*\\(\\s*套\\s*\\)|台|套)");
  /**
   * The year compared with: 上年(度), 上一年度, a year (2022年, 比2022年预算), or 年初 (年初预算 of a 决算:
   * the budget of the same year).
   */
  private static final String BASE = "(?<base>上一?年度?|去年度?|20\\d\\d\\s*年度?|年初)";
  /** What of that year: 执行数, 预算(数), 决算(数), 数. */
  /**
   * A count of the "三公" detail: 团组 N 个, N 人次, N 批次, 购置 N 辆, 保有量 N 辆 (only where its
   * sentence names the item: {@link #threePublicCount}).
   */
  static final Pattern THREE_PUBLIC_COUNT =
      Pattern.compile("(?<![\\d.])(?<!\\d,)(\\d+)\\s*(人次|批次|批|个(?!\\s*百分点)|辆|人)(?![\\d次])");
  /** A year named in a phrase: 2023年, 2023 年度 (not 2024年8月31日). */
  private static final Pattern NAMED_YEAR = Pattern.compile("(?<!\\d)(20\\d\\d)\\s*年(?:度)?(?!\\s*\\d)");
  private static final String QUAL = "(?<qual>执行数|预算数|预算|决算数|决算|数)?";
  private static final String DIR = "(?<dir>增加|减少|增长|下降|降低|持平)";
  static final Pattern CHANGE = Pattern.compile(
      "^\\s*[,，]?\\s*(?:(?:较|比)\\s*" + BASE + "\\s*" + QUAL + "|同比)\\s*(?:相比)?\\s*" + DIR + "了?");
  /**
   * Jiangsu wording: 与上年(数|预算数)?相比(，)?(收、支预算总计)?各?增加X万元，增长Y%; a short phrase
   * naming the figure again (收、支预算总计, 财政拨款支出) may stand between 相比 and the direction word.
   */
  static final Pattern CHANGE_JS = Pattern.compile(
      "^\\s*[,，。]?\\s*与\\s*" + BASE + "\\s*" + QUAL + "\\s*相比\\s*[,，]?\\s*"
          + "(?:[^\\d,，。;；:：\\n]{0,16}?各?)?" + DIR + "了?");
  /** "Same as last year": 与上年(预算数|数)?一致, 与上年相比无变化, 与上年持平, 与上年相同. */
  static final Pattern FLAT_JS = Pattern.compile(
      "^\\s*[,，。]?\\s*与\\s*" + BASE + "\\s*" + QUAL + "\\s*(?:相比)?\\s*(?:一致|无变化|基本持平|持平|相同|相等)");
  /** "No change" without 与: 同比无变化, 同比无增减变化, 较上年无变化 (a 持平 in other words). */
  static final Pattern FLAT_SAME = Pattern.compile(
      "^\\s*[,，。]?\\s*(?:同比|(?:较|比)\\s*" + BASE + "\\s*" + QUAL + ")\\s*(?:相比)?\\s*(?:无增减变化|无增减|无变化|未发生变化)");
  /**
   * 完成(全年|调整)预算 X 万元的 P% between an amount and its change (支出决算为62.07万元，完成全年预算84.82万元的
   * 73.2%，比上年决算数增加…): the budget figure and the rate stay unread (a bare 预算 may be the 年初 or the
   * adjusted one), the change after them is the amount's.
   */
  static final Pattern COMPLETION_OF = Pattern.compile(
      "^\\s*[,，]\\s*(?:完成了?|为|占|达到?)\\s*(?:全年|调整|年初|年度)?(?:后)?预算数?\\s*"
          + "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(?:亿\\s*元|万\\s*元|元)\\s*的\\s*\\d+(?:\\.\\d+)?\\s*%");
  /** A further 持平 right after a change (…增加5万元，与上年持平): the sentence contradicts itself. */
  private static final Pattern THEN_FLAT = Pattern.compile(
      "^\\s*[,，]\\s*(?:与\\s*" + BASE + "\\s*" + QUAL + "\\s*(?:相比)?)?\\s*(?:基本)?持平");
  /**
   * A phrase ending with a direction word: the number after it is a change, not the subject's amount
   * (机关运行经费比上年减少0.15万元) — unless the word reads "to" (减少为/增加到/下降至 X: X is the amount).
   */
  private static final String DELTA_WORDS = "增加|减少|增长|下降|降低|节约|节省|压减|压缩|增|减|多|少";
  static final Pattern DELTA_BEFORE = Pattern.compile(".*(?:" + DELTA_WORDS + ")了?\\s*$");
  /** The last characters of {@link #DELTA_WORDS}: a phrase ending with none of them is no DELTA_BEFORE. */
  private static final String DELTA_WORD_ENDS = java.util.Arrays.stream(DELTA_WORDS.split("\\|"))
      .map(w -> w.substring(w.length() - 1)).distinct().collect(java.util.stream.Collectors.joining());
  /** A direction word after 比/较: the counts that follow are changes (see {@code isCountChange}). */
  private static final Pattern COUNT_DIRECTION =
      Pattern.compile("增加|减少|增长|下降|降低|上升|节约|压减|压缩|持平|增|减|多|少");
  /** 增加为 / 减少到 / 下降至 X: X is the count itself. */
  private static final Pattern COUNT_TO = Pattern.compile("(?:增加|减少|增长|下降|降低|上升)了?(?:为|到|至)\\s*$");
  static final Pattern TO_AMOUNT = Pattern.compile(
      "(?:(?:较|比)" + BASE + QUAL + ")?(?<dir>增加|减少|增长|下降|降低|上升)(?:了)?(?:为|到|至)\\s*$");
  /**
   * Parts of a procurement total that are no procurement total (面向中小企业预留, 授予小微企业合同金额,
   * 节能环保产品): not read as the 政府采购 figure.
   */
  /** Items whose 支出预算 / 支出决算 is theirs, not a total: the "三公" items, 机关运行经费. */
  private static final Pattern NAMED_ITEM = Pattern.compile("因公出国|公务接待|公务用车|三公|机关运行经费");
  /** 年初预算(数)?为 in a phrase: the figure after it is this year's budget (of a 决算), not the actual. */
  private static final Pattern YEAR_BUDGET = Pattern.compile("年初预算数?(?:为|是)?");
  /**
   * Words that make a 支出预算 a part of the total: 经营, 专项, 项目, 基本, 人员, 公用, 机动, 上缴, 补助, and the
   * classes of the economic classification (工资福利, 商品和服务, 对个人和家庭补助, 资本性).
   */
  private static final Pattern PART_OF_TOTAL = Pattern.compile(
      "经营|专项|项目|基本|人员|公用|机动|上缴|补助|结转|采购|三公|会议|培训|运行|资本性|债务"
          // the economic classification's classes (工资福利支出预算, 商品和服务支出预算): parts, never the total
          + "|工资福利|商品和服务|对个人和家庭|对企业|转移性");
  /** A phrase that names only a period: 决算为, 年初预算数为, 预算数为, 执行数为, 支出决算为. */
  private static final Pattern PERIOD_ONLY = Pattern.compile(
      "(?:其中|而|但)?(?:支出)?((?:年初|调整)?预算数?|决算数?|执行数?)(?:为|是)?");
  private static final Pattern PROCUREMENT_PART = Pattern.compile(
      ".*(?:中小企业|小微企业|小型|微型|预留|授予|监狱企业|残疾人|节能|环保|绿色|合同金额|份额).*");
  /** A part of a procurement list by its type: 货物类采购, 服务采购预算, 工程类. */
  private static final Pattern PROCUREMENT_PART_NAME =
      Pattern.compile("(?:拟)?(?:采购|购买)?(货物|工程|服务)类?(?:采购|支出)*(?:预算|金额)?(?:为)?");
  /** A list of figures whose subjects are named before it (分别为 X、Y 和 Z): any figure of it. */
  private static final Pattern RESPECTIVELY = Pattern.compile("分别(?:为|是|达到?)");
  /** A budget figure followed by the actual in the same clause (支出预算为 X 万元，支出决算为 Y 万元). */
  private static final Pattern BUDGET_IS = Pattern.compile("预算数?(?:为|是)$");
  private static final Pattern THEN_ACTUAL = Pattern.compile("决算数?(?:为|是)");
  /** A leading year of a phrase: 2024年, 2024年度. */
  static final Pattern LEAD_YEAR = Pattern.compile("^20\\d\\d年度?");
  /** Revenue lines by their exact name (docs/fact-conventions.md: the summary tables' income rows). */
  private static final java.util.Map<String, FundSource> REVENUE_LINES = java.util.Map.ofEntries(
      java.util.Map.entry("财政拨款收入", FundSource.FISCAL_APPROPRIATION),
      java.util.Map.entry("一般公共预算财政拨款收入", FundSource.GENERAL_PUBLIC_BUDGET),
      java.util.Map.entry("政府性基金预算财政拨款收入", FundSource.GOVERNMENT_FUND),
      java.util.Map.entry("政府性基金预算拨款收入", FundSource.GOVERNMENT_FUND),
      java.util.Map.entry("国有资本经营预算财政拨款收入", FundSource.STATE_CAPITAL),
      java.util.Map.entry("国有资本经营预算拨款收入", FundSource.STATE_CAPITAL),
      java.util.Map.entry("财政专户管理资金收入", FundSource.SPECIAL_ACCOUNT),
      java.util.Map.entry("事业收入", FundSource.BUSINESS_INCOME),
      java.util.Map.entry("事业单位经营收入", FundSource.OPERATING_INCOME),
      java.util.Map.entry("经营收入", FundSource.OPERATING_INCOME),
      java.util.Map.entry("上级补助收入", FundSource.SUPERIOR_SUBSIDY),
      java.util.Map.entry("附属单位上缴收入", FundSource.AFFILIATED_REMITTANCE),
      java.util.Map.entry("其他收入", FundSource.OTHER_INCOME),
      java.util.Map.entry("本年收入合计", FundSource.CURRENT_YEAR));
  /** 财政拨款支出 of a fund (or of all), as the 决算 narratives name it; 一般公共预算拨款支出 without 财政. */
  static final Pattern FISCAL_EXPENDITURE_LINE =
      Pattern.compile("(?:(一般公共预算|政府性基金预算|国有资本经营预算)?财政|(一般公共预算|政府性基金预算|国有资本经营预算))拨款支出(?:决算)?");
  /** Where a change stated in a later sentence of the same item starts. */
  private static final String LATER_CHANGE = "与";
  /**
   * Every number followed by a money unit or %, however malformed (e.g. {@code 1,2万元}): what is
   * not part of a claim is reported.
   */
  public static final Pattern VALUE_TOKEN =
      Pattern.compile("(?<![\\d.,])\\d[\\d,.]*\\s*(?:亿\\s*元|万\\s*元|元|%)");
  static final Pattern SHARE = Pattern.compile("^\\s*[,，]?\\s*占\\s*");

  /**
   * 完成年初预算的 P% right after a 决算 amount: the actual ÷ this year's 年初预算 of the same subject, a share
   * of the budget (whole: the subject with PERIOD=CURRENT_BUDGET). A bare 完成预算的 P% may be of the 年初 or of
   * the 调整 (全年) budget: not read (its numbers stay unclaimed).
   */
  static final Pattern COMPLETION = Pattern.compile(
      "^\\s*[,，]?\\s*(?:完成了?|为|是|达到?)\\s*年初预算数?的?\\s*(\\d+(?:\\.\\d+)?)\\s*%");

  /**
   * A change in percentage points (提高 2.5 个百分点): of a share or a rate, never of the amount before it. The
   * direction word is not the amount's and N is no count: the number stays unclaimed.
   */
  static final Pattern POINTS = Pattern.compile("^\\s*了?\\s*\\d+(?:\\.\\d+)?\\s*个?\\s*百分点");
  /** What stands between 占 and the percent without naming a whole: 占比 P%. */
  private static final java.util.Set<String> UNNAMED_WHOLE = java.util.Set.of("比");
  /** The whole named between 占 and the percent: 占"三公"经费的13.77%, 占本年支出合计的99.4%. */
  private static final Pattern SHARE_WHOLE =
      Pattern.compile("^([^\\d,，。;；:：\\n%]{1,16}?)的?\\s*(?=\\d)");
  /** Names of a classification path; brackets inside a name (党委办公厅(室)) do not split it. */
  private static final Pattern PATH = Pattern.compile("(.+?)\\((类|款|项)\\)");
  static final Pattern LIST_START = Pattern.compile(
      "(?:\\d+\\s*[.、](?!\\d)|\\(\\d+\\)|\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+、|-\\s)");
  /** The percent after a change amount: 增加 D 万元，增长 P% (also 增幅 / 降幅 / 增长率 / 下降率 P%). */
  private static final Pattern MORE = Pattern.compile(
      "^\\s*[,，]\\s*(?:同比)?\\s*(增长率|下降率|增长|下降|降低|增加|减少|增幅|降幅)(?:为|了)?\\s*");
  /** The amount after a percent change: 增长 P%，增加 D 万元 (the word must agree with the direction). */
  private static final Pattern MORE_AMOUNT = Pattern.compile("^\\s*[,，]\\s*(增加|减少)了?\\s*");
  /**
   * A base stated with its figure: 较上年的 P 万元减少 D 万元, 比2023年预算数 P 万元增加 D 万元 (the
   * prior figure, then the direction word).
   */
  static final Pattern CHANGE_FROM = Pattern.compile(
      "^\\s*[,，]?\\s*(?:较|比)\\s*" + BASE + "\\s*" + QUAL + "\\s*的?\\s*(?=\\d)");
  private static final Pattern FROM_DIR = Pattern.compile("^\\s*(?:相比)?\\s*[,，]?\\s*" + DIR + "了?");
  // the fixed patterns of the phrase tests below, compiled once (String.matches/replaceFirst compile per call)
  private static final Pattern TRAILING_DE = Pattern.compile("的$");
  private static final Pattern EXPENDITURE_TOTAL = Pattern.compile("(?:本年|当年)?支出(?:预算)?(?:合计|总计|小计)|支出总预算");
  private static final Pattern REVENUE_TOTAL = Pattern.compile("(?:本年|当年)?收入(?:预算)?(?:合计|总计)");
  /** A fund's expenditure named as a whole: 占一般公共预算支出的, 占政府性基金预算拨款支出的. */
  private static final Pattern FUND_EXPENDITURE_WHOLE = Pattern.compile(
      "(一般公共预算|政府性基金预算|国有资本经营预算|财政拨款)(?:财政)?(?:拨款)?支出(?:预算|决算)?(?:合计|总额)?");
  /** The whole of procurement shares: 政府采购预算, 政府采购支出(预算)(总额). */
  private static final Pattern PROCUREMENT_WHOLE = Pattern.compile("(?:本年|当年)?政府采购(?:支出)?(?:预算|决算)?(?:总额)?");
  static final Pattern ENDS_WITH_DIGIT = Pattern.compile(".*\\d$");
  static final Pattern LEAD_NUMBER = Pattern.compile("^(?:\\d+\\s*[.、]|\\(\\d+\\))\\s*");
  static final Pattern LEAD_WORD = Pattern.compile("^(?:其中|包括|主要包括)\\s*");
  static final Pattern FISCAL_GRAND_TOTAL = Pattern.compile(".*财政拨款收(?:入)?、?支(?:出)?(?:决算|预算)?总计");
  static final Pattern GRAND_TOTAL = Pattern.compile(
      "(?:20\\d\\d年度?)?(?:[^\\d]{0,12}?(?:年度?|部门|单位))?收(?:入)?、?支(?:出)?(?:决算|预算)?总计");
  static final Pattern REVENUE_GRAND_TOTAL = Pattern.compile("(?:\\([一二三四五六七八九十]+\\))?收入预算总计");
  static final Pattern RESERVE = Pattern.compile(".*单位预留机动经费(?:预算数为|预算为)?");
  static final Pattern MEETING_TRAINING = Pattern.compile(".*(?:会议费|培训费)(?:预算)?(?:支出)?(?:预算)?");
  static final Pattern NAME_TAIL = Pattern.compile("(?:支出)?(?:安排|预算数为|预算为|预算数|预算|决算数为|决算为|决算数|决算|为)$");
  private static final Pattern SUBJECT_TAIL = Pattern.compile("科目$");
  private static final Pattern FUND_TOTAL_TAIL = Pattern.compile("(?:支出总预算|支出预算|支出决算)$");
  private static final Pattern FUND_TOTAL_WORDS = Pattern.compile("20\\d\\d年度?|本年度?|全年|当年|本部门|部门|本单位|单位|安排的?|的|合计|总计|总");
  private static final Pattern FUND_NAMES = Pattern.compile("政府性基金预算|政府性基金|国有资本经营预算|国有资本经营|一般公共预算|财政专户管理资金|财政专户");
  private static final Pattern APPROPRIATION_WORDS = Pattern.compile("财政拨款|预算拨款|拨款|资金");
  /** First characters of the units of {@link #AMOUNT}, {@link #THREE_PUBLIC_COUNT}, {@link #COUNT}, … */
  static final String AMOUNT_UNITS = "亿万元";
  static final String THREE_PUBLIC_UNITS = "人批个辆";
  static final String COUNT_UNITS = "辆个台套";
  static final String VALUE_UNITS = "亿万元%";
  private static final String PHRASE_DELIMS = ",，;；。、:：\n";
  private static final String CLAUSE_DELIMS = ";；。\n";

  private ClaimExtractor() {}

  /**
   * Claims, the facts of amount claims, and diagnostics.
   *
   * @param claims the claims, in document order
   * @param facts the facts stated by amount claims
   * @param diagnostics statements that could not be read as claims, and other problems
   */
  public record Result(List<Claim> claims, List<Fact> facts, List<Diagnostic> diagnostics) {}

  /**
   * Extracts claims from sections in document order (levels give the heading context).
   *
   * @param sections the narrative sections, in document order
   * @param ctx the source, default unit and code resolver
   * @return the claims, their facts and the diagnostics
   */
  public static Result extract(List<Section> sections, NarrativeContext ctx) {
    List<Claim> claims = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    List<Diagnostic> diags = new ArrayList<>();
    List<Section> stack = new ArrayList<>();
    List<String> stackKeys = new ArrayList<>(); // each heading keyed once, not once per section below it
    for (Section s : sections) {
      while (!stack.isEmpty() && stack.get(stack.size() - 1).level() >= s.level()) {
        stack.remove(stack.size() - 1);
        stackKeys.remove(stackKeys.size() - 1);
      }
      stack.add(s);
      stackKeys.add(Names.key(s.heading()));
      if (!holdsDigit(s.text())) {
        continue; // every scan of a Run starts at a digit (DigitLed): a section without one states nothing
      }
      StringBuilder context = new StringBuilder();
      stackKeys.forEach(k -> context.append(k).append('|'));
      try {
        new Run(s, context.toString(), ctx, claims, facts, diags).run();
      } catch (RuntimeException e) {
        diags.add(Diagnostic.of(Severity.ERROR, "narrative.internal",
            "说明文字解析出错: " + e, "error while reading narrative: " + e,
            Provenance.builder().source(ctx.source()).section(s.heading())
                .line(s.provenance().line()).build()));
      }
    }
    return new Result(claims, facts, diags);
  }

  /** Subject of a statement: concept, coordinates, and the whole of a share. */
  private record Subject(Concept concept, Coordinates coords, Coordinates whole) {}

  /**
   * The line and column of every character of a joined section text, stored per run of characters
   * cut from one line (consecutive columns), not per character: {@link #line}/{@link #column} of
   * character {@code i} find its run by binary search.
   */
  static final class Positions {
    /** Index in the text of each run's first character; its line; its first character's column. */
    private int[] starts = new int[16];
    private int[] lines = new int[16];
    private int[] columns = new int[16];
    private int runs;
    private int size;

    /** One character at {@code (line, column)}. */
    void add(int line, int column) {
      addRun(line, column, column + 1);
    }

    /** The characters of columns {@code from} to {@code to - 1} of {@code line}, in order. */
    void addRun(int line, int from, int to) {
      if (to <= from) {
        return;
      }
      if (runs == starts.length) {
        starts = java.util.Arrays.copyOf(starts, runs * 2);
        lines = java.util.Arrays.copyOf(lines, runs * 2);
        columns = java.util.Arrays.copyOf(columns, runs * 2);
      }
      starts[runs] = size;
      lines[runs] = line;
      columns[runs++] = from;
      size += to - from;
    }

    int size() {
      return size;
    }

    int line(int i) {
      return lines[run(i)];
    }

    int column(int i) {
      int r = run(i);
      return columns[r] + i - starts[r];
    }

    /** The run holding character {@code i} (0 ≤ i < size): the last whose start is ≤ i. */
    private int run(int i) {
      int lo = 0;
      int hi = runs - 1;
      while (lo < hi) {
        int mid = (lo + hi + 1) >>> 1;
        if (starts[mid] <= i) {
          lo = mid;
        } else {
          hi = mid - 1;
        }
      }
      return lo;
    }
  }

  /**
   * {@link Matcher#find()} for the patterns whose every match starts with an ASCII digit that does not
   * follow one ({@link #AMOUNT}, {@link #THREE_PUBLIC_COUNT}, {@link #COUNT}, {@link #VALUE_TOKEN}:
   * each starts with a look-behind refusing a digit before {@code \d}): the pattern is tried only
   * where such a digit stands, not at every character (the look-behind tried at every position was
   * most of these scans). Each {@link #find} gives the match {@code find} gives: the same leftmost
   * start at or after the end of the last match, and from that start the same match (the region's
   * bounds are transparent, so the look-arounds see the text around it).
   *
   * <p>Each of these patterns reads a number of digits, commas and dots, white space, then its unit:
   * the number ends where the run of {@code [0-9,.]} from the digit ends (a character of the run is
   * neither white space nor a unit), so the pattern is tried only where, after that run and white
   * space, a first character of one of its units follows ({@code unitStarts}).
   */
  static final class DigitLed {
    /**
     * The pattern's matcher, made at the first digit a unit follows (most sections have no count and
     * many no amount: no matcher is made for them); after {@link #find} has returned true, its match.
     */
    Matcher matcher;
    private final Pattern pattern;
    private final String text;
    private final String unitStarts;
    private int from;

    /** {@link #digitStarts} of the text, shared by the scans of one text. */
    private final int[] starts;
    private int next;

    DigitLed(Pattern pattern, String text, String unitStarts, int[] starts) {
      this.pattern = pattern;
      this.text = text;
      this.unitStarts = unitStarts;
      this.starts = starts;
    }

    /** Every index of {@code t} holding a digit 0-9 that does not follow one, in order (-1 ends it). */
    static int[] digitStarts(String t) {
      int n = t.length();
      int count = 0;
      boolean before = false;
      for (int p = 0; p < n; p++) {
        char c = t.charAt(p);
        boolean digit = c >= '0' && c <= '9';
        if (digit && !before) {
          count++;
        }
        before = digit;
      }
      int[] out = new int[count + 1]; // counted first: not one int per character of the text
      int k = 0;
      boolean digitBefore = false;
      for (int p = 0; p < n; p++) {
        char c = t.charAt(p);
        boolean digit = c >= '0' && c <= '9';
        if (digit && !digitBefore) {
          out[k++] = p;
        }
        digitBefore = digit;
      }
      out[k] = -1;
      return out;
    }

    boolean find() {
      String t = text;
      int n = t.length();
      for (int p = starts[next]; p >= 0; p = starts[++next]) {
        if (p >= from && unitFollows(t, p)) {
          if (matcher == null) {
            matcher = pattern.matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
          }
          matcher.region(p, n);
          if (matcher.lookingAt()) {
            from = matcher.end();
            next++;
            return true;
          }
        }
      }
      from = n;
      return false;
    }

    private boolean unitFollows(String t, int p) {
      int n = t.length();
      int e = p;
      while (e < n && (t.charAt(e) >= '0' && t.charAt(e) <= '9' || t.charAt(e) == ',' || t.charAt(e) == '.')) {
        e++;
      }
      while (e < n && " \t\n\u000B\f\r".indexOf(t.charAt(e)) >= 0) {
        e++;
      }
      return e < n && unitStarts.indexOf(t.charAt(e)) >= 0;
    }
  }

  /**
   * A necessary condition of {@link #TO_AMOUNT}, without the regular expression (its {@code find}
   * tries every start of the phrase): after trailing whitespace and line ends, the phrase ends
   * with 为, 到 or 至.
   */
  static boolean mayEndWithTo(String phrase) {
    int e = phrase.length();
    while (e > 0 && " \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(phrase.charAt(e - 1)) >= 0) {
      e--;
    }
    return e > 0 && "为到至".indexOf(phrase.charAt(e - 1)) >= 0;
  }

  /**
   * The phrase without a leading list number (1. / 1、 / (1)) and leading 其中 / 包括 / 主要包括, stripped.
   * Each pattern runs only on a phrase starting with what it needs (a digit or {@code (}; 其, 包, 主).
   */
  static String stripLead(String phrase) {
    String p = phrase.strip();
    if (!p.isEmpty() && (p.charAt(0) >= '0' && p.charAt(0) <= '9' || p.charAt(0) == '(')) {
      p = LEAD_NUMBER.matcher(p).replaceFirst("");
    }
    if (!p.isEmpty() && "其包主".indexOf(p.charAt(0)) >= 0) {
      p = LEAD_WORD.matcher(p).replaceFirst("");
    }
    return p.strip();
  }

  /**
   * A necessary condition of {@link #CHANGE}, {@link #CHANGE_JS} and {@link #FLAT_JS} at {@code pos},
   * without the patterns: after whitespace, one of ,，。 and whitespace, the text goes on with 较, 比
   * or 与 (most amounts are followed by none of them).
   */
  static boolean mayStartChange(String t, int pos) {
    int i = afterSeparator(t, pos, ",，。");
    return i < t.length() && "较比与同".indexOf(t.charAt(i)) >= 0;
  }

  /**
   * Where the text goes on after {@code pos}: past whitespace, at most one of {@code punctuation} and
   * whitespace again (the {@code \\s*[,，]?\\s*} of the patterns after an amount).
   */
  private static int afterSeparator(String t, int pos, String punctuation) {
    int n = t.length();
    int i = pos;
    while (i < n && " \t\n\u000B\f\r".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    if (i < n && punctuation.indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    while (i < n && " \t\n\u000B\f\r".indexOf(t.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /**
   * {@code ENDS_WITH_DIGIT.matcher(s).matches()} ({@code .*\\d$}) without the pattern: the last
   * character is 0-9 and no character is a line terminator ({@code .} matches none).
   */
  static boolean endsWithDigit(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(n - 1) < '0' || s.charAt(n - 1) > '9') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /**
   * A necessary condition of {@link #SHARE} at {@code pos}: after whitespace, one of ,， and
   * whitespace, the text goes on with 占 (most amounts are followed by none).
   */
  static boolean mayStartShare(String t, int pos) {
    int i = afterSeparator(t, pos, ",，");
    return i < t.length() && t.charAt(i) == '占';
  }

  /**
   * {@code SUBJECT_TAIL.matcher(NAME_TAIL.matcher(p).replaceFirst("")).replaceFirst("")}, each pattern
   * run only on a phrase holding a character every match of it holds (the last of one of
   * {@link #NAME_TAIL}'s words: 排, 为, 数, 算; the 科目 of {@link #SUBJECT_TAIL}): the phrase of most
   * amounts (一般公共服务支出) holds none, and a pattern ending in {@code $} is tried at every index.
   */
  static String withoutNameTail(String p) {
    String n = p.indexOf('排') >= 0 || p.indexOf('为') >= 0 || p.indexOf('数') >= 0 || p.indexOf('算') >= 0
        ? NAME_TAIL.matcher(p).replaceFirst("") : p;
    return n.contains("科目") ? SUBJECT_TAIL.matcher(n).replaceFirst("") : n;
  }

  /**
   * A necessary condition of {@link #COMPLETION} at {@code pos}: after whitespace, one of ,， and
   * whitespace, the text goes on with 完, 为, 是 or 达 (most amounts are followed by none).
   */
  static boolean mayStartCompletion(String t, int pos) {
    int i = afterSeparator(t, pos, ",，");
    return i < t.length() && "完为是达".indexOf(t.charAt(i)) >= 0;
  }

  /**
   * A necessary condition of {@link #POINTS} at {@code pos}: after whitespace, one 了 and whitespace,
   * a digit 0-9.
   */
  static boolean mayStartPoints(String t, int pos) {
    int i = afterSeparator(t, pos, "了");
    return i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
  }

  /**
   * A necessary condition of {@link #DELTA_BEFORE}, without the regular expression: after trailing
   * whitespace and one 了, the phrase ends with the last character of a direction word.
   */
  static boolean mayEndWithDirection(String phrase) {
    int e = phrase.length();
    while (e > 0 && " \t\n\u000B\f\r".indexOf(phrase.charAt(e - 1)) >= 0) {
      e--;
    }
    if (e > 0 && phrase.charAt(e - 1) == '了') {
      e--;
    }
    return e > 0 && DELTA_WORD_ENDS.indexOf(phrase.charAt(e - 1)) >= 0;
  }

  /**
   * Whether {@code rest} holds an amount ({@code pattern}: {@link #AMOUNT} or {@link #PERCENT})
   * starting at {@code ws}: {@code m.find(ws) && m.start() == ws}, without searching the rest of the
   * section when none starts there (the region's bounds are transparent, so the look-behind sees the
   * text before {@code ws}, as {@code find} does).
   */
  static boolean startsAt(Matcher m, int ws) {
    return m.region(ws, m.regionEnd()).useTransparentBounds(true).lookingAt();
  }

  /**
   * The unit of an {@link #AMOUNT} match without the spaces of letter-spaced text (万 元 is 万元).
   */
  static String unitOf(Matcher m) {
    String u = m.group(2);
    return u.length() <= 2 ? u : u.replaceAll("\\s+", "");
  }

  /**
   * Whether {@code s} holds a character that {@link #foldChar} makes a digit 0-9 (ASCII or
   * full-width): a section's joined text has a digit only then.
   */
  static boolean holdsDigit(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19') {
        return true;
      }
    }
    return false;
  }

  /** A necessary condition of {@link #LIST_START}: its first character (a digit, (, a numeral or -). */
  static boolean mayStartList(char c) {
    return c >= '0' && c <= '9' || c == '(' || c == '-' || "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /**
   * Joins a section's lines into {@code text}, folded ({@link #foldChar}) and trimmed; a line break
   * inside a sentence joins without a separator, one after a sentence end (or before a list item, or
   * after 。 and a blank line) becomes {@code \n}. Records each character's line ({@code firstLine}
   * + index, or 0 when {@code firstLine} is 0) and column in {@code positions}. One pass over the
   * section's text: no line is split out or folded into a string of its own (but a line that may
   * start a list, for {@link #LIST_START}).
   */
  static void joinLines(String all, int firstLine, StringBuilder text, Positions positions) {
    boolean pendingBreak = false;
    int len = all.length();
    text.ensureCapacity(text.length() + len);
    int start = 0;
    for (int i = 0; ; i++) {
      int nl = all.indexOf('\n', start);
      int end = nl < 0 ? len : nl;
      int a = start;
      int b = end;
      while (a < b && Character.isWhitespace(foldChar(all.charAt(a)))) {
        a++;
      }
      while (b > a && Character.isWhitespace(foldChar(all.charAt(b - 1)))) {
        b--;
      }
      int line = firstLine == 0 ? 0 : firstLine + i;
      if (a == b) {
        pendingBreak = true;
      } else {
        if (text.length() > 0) {
          char last = text.charAt(text.length() - 1);
          boolean sentenceEnd = "。;；!！?？:：".indexOf(last) >= 0;
          boolean listStart = false;
          char first = foldChar(all.charAt(a));
          // a line that goes on with the digits of a number broken at the line end is no list item
          boolean brokenNumber = !pendingBreak && last >= '0' && last <= '9' && first >= '0' && first <= '9';
          if (mayStartList(first) && !brokenNumber) {
            // LIST_START read in place, on the folded characters (no matcher, no copy of the line)
            int e = listStartEnd(all, a, b);
            listStart = e >= 0
                // a marker that is the whole line, a digit right on the next: a number broken after 1.
                && !(e == b && digitFollows(all, nl));
          }
          if (sentenceEnd || listStart || (pendingBreak && last == '。')) {
            text.append('\n');
            positions.add(line, a - start);
          }
        }
        pendingBreak = false;
        for (int k = a; k < b; k++) {
          text.append(foldChar(all.charAt(k)));
        }
        positions.addRun(line, a - start, b - start);
      }
      if (nl < 0) {
        return;
      }
      start = nl + 1;
    }
  }

  /**
   * Where {@link #LIST_START} ends when it matches at {@code a} in the {@link #foldChar folded}
   * characters {@code a} to {@code b - 1} of {@code all} ({@code lookingAt} in that region, its bounds
   * opaque: the look-ahead sees nothing after {@code b}); -1 when it does not. Its alternatives start
   * with different characters (a digit; ( and a digit; ( and a numeral; a numeral; -), and none can give
   * back characters to match otherwise: after the digits of {@code \d+\s*[.、]} comes a white space or
   * . or 、, never a digit, so the first alternative's reading is the only one.
   */
  static int listStartEnd(String all, int a, int b) {
    if (a >= b) {
      return -1;
    }
    char c = foldChar(all.charAt(a));
    int i = a + 1;
    if (c >= '0' && c <= '9') {
      while (i < b && isDigit(foldChar(all.charAt(i)))) {
        i++;
      }
      while (i < b && isRegexSpace(foldChar(all.charAt(i)))) {
        i++;
      }
      if (i >= b) {
        return -1;
      }
      char d = foldChar(all.charAt(i));
      if (d != '.' && d != '、') {
        return -1;
      }
      i++;
      return i < b && isDigit(foldChar(all.charAt(i))) ? -1 : i; // (?!\d)
    }
    if (c == '(') {
      if (i >= b) {
        return -1;
      }
      char d = foldChar(all.charAt(i));
      boolean digits = isDigit(d);
      if (!digits && !isNumeral(d)) {
        return -1;
      }
      while (i < b && (digits ? isDigit(foldChar(all.charAt(i))) : isNumeral(foldChar(all.charAt(i))))) {
        i++;
      }
      return i < b && foldChar(all.charAt(i)) == ')' ? i + 1 : -1;
    }
    if (isNumeral(c)) {
      while (i < b && isNumeral(foldChar(all.charAt(i)))) {
        i++;
      }
      return i < b && foldChar(all.charAt(i)) == '、' ? i + 1 : -1;
    }
    if (c == '-') {
      return i < b && isRegexSpace(foldChar(all.charAt(i))) ? i + 1 : -1;
    }
    return -1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code [一二三四五六七八九十]}. */
  private static boolean isNumeral(char c) {
    return "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /** The {@code \s} of a pattern without flags: {@code [ \t\n\x0B\f\r]}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Whether the line after the line break at {@code nl} (none: -1) starts, past white space, with a
   * digit (ASCII or full-width).
   */
  static boolean digitFollows(String all, int nl) {
    if (nl < 0) {
      return false;
    }
    int i = nl + 1;
    while (i < all.length() && all.charAt(i) != '\n' && Character.isWhitespace(foldChar(all.charAt(i)))) {
      i++;
    }
    if (i >= all.length()) {
      return false;
    }
    char c = foldChar(all.charAt(i));
    return c >= '0' && c <= '9';
  }

  /**
   * The characters {@code from} to {@code to - 1} of a text, each {@link #foldChar folded}: what
   * {@code fold(text.substring(from, to))} holds, read in place.
   */
  static final class FoldedRange implements CharSequence {
    private String text = "";
    private int from;
    private int to;

    void set(String t, int f, int e) {
      text = t;
      from = f;
      to = e;
    }

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int i) {
      if (i < 0 || i >= to - from) {
        throw new IndexOutOfBoundsException(i);
      }
      return foldChar(text.charAt(from + i));
    }

    @Override
    public CharSequence subSequence(int s, int e) {
      return toString().substring(s, e);
    }

    @Override
    public String toString() {
      return fold(text.substring(from, to));
    }
  }

  /** Length-preserving fold: full-width ASCII and ideographic space to half-width, quotes. */
  static String fold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = foldChar(c[i]);
    }
    return new String(c);
  }

  /** {@link #fold} of one character. */
  static char foldChar(char x) {
    if (x >= '\uFF01' && x <= '\uFF5E') {
      return (char) (x - 0xFEE0);
    } else if (x == '\u3000') {
      return ' ';
    } else if (x == '\u201C' || x == '\u201D' || x == '\u300C' || x == '\u300D') {
      return '"';
    }
    return x;
  }

  /** Extraction over one section. */
  private static final class Run {
    final Section section;
    final String context;
    final NarrativeContext ctx;
    final List<Claim> claims;
    final List<Fact> facts;
    final List<Diagnostic> diags;
    final StringBuilder text = new StringBuilder();
    /** Line and column of every character of {@link #text} in the section (unboxed: one per char). */
    final Positions positions = new Positions();
    int firstLine;
    boolean[] used;
    /** {@link #text} as a string, made once per section ({@link #unresolved} searches it). */
    String joined;
    /** The subject of the last amount read, and where its clause starts. */
    Subject lastSubject;
    int lastClause = -1;

    /** What the headings above the section say, for {@link #classify0}: read once per section. */
    final boolean contextFiscal;
    final boolean contextGeneralPublic;
    final boolean contextPerformance;

    Run(Section s, String context, NarrativeContext ctx, List<Claim> claims, List<Fact> facts,
        List<Diagnostic> diags) {
      this.section = s;
      this.context = context;
      this.contextFiscal = context.contains("财政拨款收支") || context.contains("财政拨款支出");
      this.contextGeneralPublic = !contextFiscal && context.contains("一般公共预算");
      this.contextPerformance = context.contains("绩效");
      this.ctx = ctx;
      this.claims = claims;
      this.facts = facts;
      this.diags = diags;
    }

    void run() {
      join();
      String t = text.toString();
      joined = t;
      used = new boolean[t.length() + 1];
      List<int[]> counts = new ArrayList<>();
      // AMOUNT needs a 元 and VALUE_TOKEN a 元 or %, which many sections lack: skip those scans then
      boolean yuan = t.indexOf('元') >= 0;
      int[] digits = DigitLed.digitStarts(t); // one walk over the text for the four scans
      DigitLed amounts = new DigitLed(AMOUNT, t, AMOUNT_UNITS, digits);
      while (yuan && amounts.find()) {
        Matcher am = amounts.matcher;
        if (used[am.start()]) {
          continue;
        }
        statement(t, am);
      }
      DigitLed threePublic = new DigitLed(THREE_PUBLIC_COUNT, t, THREE_PUBLIC_UNITS, digits);
      while (threePublic.find()) {
        Matcher tp = threePublic.matcher;
        if (!used[tp.start()]) {
          threePublicCount(t, tp);
        }
      }
      DigitLed countScan = new DigitLed(COUNT, t, COUNT_UNITS, digits);
      while (countScan.find()) {
        Matcher cm = countScan.matcher;
        if (!used[cm.start()]) {
          counts.add(new int[] {cm.start(), cm.end()});
          count(t, cm);
        }
      }
      // what was not read
      DigitLed values = new DigitLed(VALUE_TOKEN, t, VALUE_UNITS, digits);
      boolean valueUnit = yuan || t.indexOf('%') >= 0;
      while (valueUnit && values.find()) {
        Matcher rest = values.matcher;
        boolean any = false;
        for (int k = rest.start(); k < rest.end(); k++) {
          if (Character.isDigit(t.charAt(k)) && used[k]) {
            any = true;
            break;
          }
        }
        if (!any) {
          unclaimed(rest.start(), rest.end(), t);
        }
      }
    }

    /** Joins the section's lines; a line break inside a sentence joins without a separator. */
    private void join() {
      firstLine = section.provenance().line().orElse(0) + 1;
      boolean hasLines = section.provenance().line().isPresent();
      if (!hasLines) {
        firstLine = 0;
      }
      joinLines(section.text(), firstLine, text, positions);
    }
    private int startOf(String t, int pos, String delims) {
      int i = pos - 1;
      while (i >= 0 && delims.indexOf(t.charAt(i)) < 0) {
        i--;
      }
      return i + 1;
    }

    private void statement(String t, Matcher am) {
      int ps = startOf(t, am.start(), PHRASE_DELIMS);
      int cs = startOf(t, am.start(), CLAUSE_DELIMS);
      String phrase = t.substring(ps, am.start());
      String clause = t.substring(cs, am.start());
      int ae = am.end(); // 以上 / 以下 / 及以上 after the amount (tested in place, no copy of what follows)
      if (t.startsWith("以上", ae) || t.startsWith("以下", ae) || t.startsWith("及以上", ae)
          || t.startsWith("左右", ae)) {
        return; // a bound or an approximation (3000万元左右), not the figure
      }
      if (RESPECTIVELY.matcher(phrase).find()) {
        return; // 货物、工程、服务采购分别为 X、Y 和 Z: whose figure each is, the reader does not know
      }
      // 减少为/增加到 X: X is the amount, the word a direction against the base the phrase names
      Direction implied = null;
      Matcher to = mayEndWithTo(phrase) ? TO_AMOUNT.matcher(phrase) : null;
      if (to != null && to.find()) {
        implied = Direction.fromWord(to.group("dir"));
        int cut = phrase.length() - to.start();
        phrase = phrase.substring(0, to.start());
        clause = clause.substring(0, Math.max(0, clause.length() - cut));
      } else if (mayEndWithDirection(phrase) && DELTA_BEFORE.matcher(phrase).matches()) {
        // 比上年减少0.15万元 with no amount of its own: a change, not an amount of the subject
        return;
      }
      Optional<Subject> subj = classify(phrase, clause);
      if (subj.isEmpty()) {
        subj = sameSubject(phrase, cs);
      }
      Subject head = headOf(t, ps);
      boolean headUnsure = head == UNSURE;
      if (headUnsure) {
        if (subj.isEmpty() || subj.get().concept() == Concept.EXPENDITURE || subj.get().concept() == Concept.REVENUE) {
          // a part of a 其中 list whose whole was not read (机构运行 X 元，其中：基本支出 Y 元): 基本支出, 财政拨款收入
          // name a part of something the reader does not know, not of the department
          return;
        }
        head = null; // an item named in full (公务用车购置费) is itself whatever its list; its share is not read
      }
      if (subj.isEmpty() && head != null && head.concept() == Concept.PROCUREMENT) {
        subj = procurementPart(Names.key(lead(phrase)));
      }
      if (subj.isEmpty()) {
        return;
      }
      if (otherYear(t, phrase, ps, am)) {
        return;
      }
      Subject s = subj.get();
      if (head != null) {
        s = inList(s, head, Names.key(lead(phrase)));
        if (s == null) {
          return; // a part that is no part of its list's head: its subject is unsure, it stays unclaimed
        }
      }
      lastSubject = s;
      lastClause = cs;
      if (!s.coords().has(FactDimension.PERIOD) && BUDGET_IS.matcher(Names.key(lead(phrase))).find()
          && THEN_ACTUAL.matcher(t.substring(ae, Math.max(ae, startOfNext(t, ae)))).find()) {
        // "三公"经费支出预算为 X 万元，支出决算为 Y 万元: X is a budget (年初 or adjusted: unsure), Y the actual
        return;
      }
      Amount amount;
      try {
        amount = Amount.parse(am.group(1) + unitOf(am), ctx.unit()).orElseThrow();
      } catch (AmountFormatException e) {
        diag(Severity.ERROR, "narrative.bad-number", am.start(), am.end(), t,
            "无法解析金额 '" + am.group() + "'", "cannot parse amount '" + am.group() + "'");
        return;
      }
      mark(am.start(), am.end());
      String subject = Names.normalize(lead(phrase));
      claim(ClaimKind.AMOUNT, s, subject, Optional.of(amount), ps, am.end(), t, b -> { });
      heads.add(s);
      headEnds.add(am.end());
      int pos = am.end();
      Matcher sh = !headUnsure && mayStartShare(t, pos) ? SHARE.matcher(tail(t, pos)) : null;
      if (sh != null && sh.lookingAt()) {
        int q = pos + sh.end();
        Coordinates whole = s.whole();
        Matcher pm = PERCENT.matcher(tail(t, q));
        if (!pm.lookingAt()) {
          Matcher wm = SHARE_WHOLE.matcher(tail(t, q));
          if (wm.lookingAt()) {
            Matcher wp = PERCENT.matcher(tail(t, q + wm.end()));
            if (wp.lookingAt()) {
              // a whole named but not understood: the share is not read against a guessed total
              whole = UNNAMED_WHOLE.contains(Names.key(wm.group(1))) ? s.whole()
                  : wholeOf(wm.group(1), s).orElse(null);
              q += wm.end();
              pm = wp;
            }
          }
        }
        if (whole != null && whole.equals(s.coords())) {
          whole = null; // a share of itself: the total it is of is not known
        }
        if (pm.lookingAt() && whole != null) {
          int st = q + pm.start();
          int en = q + pm.end();
          Percentage p = Percentage.parse(pm.group(1));
          mark(st, en);
          Coordinates w = whole;
          claim(ClaimKind.SHARE, s, subject, Optional.of(amount), ps, en, t,
              b -> b.whole(w).percent(p));
          pos = en;
        }
      }
      Matcher cp = s.coords().has(FactDimension.PERIOD) || !mayStartCompletion(t, pos) ? null
          : COMPLETION.matcher(tail(t, pos));
      if (cp != null && cp.lookingAt()) {
        // 支出决算 X 万元，完成年初预算的 P%: X ÷ 年初预算 of the same subject
        int st = pos + cp.start(1);
        int en = pos + cp.end();
        Percentage p = Percentage.parse(cp.group(1));
        mark(st, en);
        Coordinates w = s.coords().with(FactDimension.PERIOD, FiscalPeriod.CURRENT_BUDGET.name());
        claim(ClaimKind.SHARE, s, subject, Optional.of(amount), ps, en, t, b -> b.whole(w).percent(p));
        pos = en;
      } else if (mayStartShare(t, pos) || pos < t.length() && ",，".indexOf(t.charAt(pos)) >= 0) {
        Matcher co = COMPLETION_OF.matcher(tail(t, pos));
        if (co.lookingAt()) {
          pos += co.end(); // 完成全年预算 X 万元的 P%: unread; the change after it is still the amount's
        }
      }
      change(t, pos, s, subject, amount, ps, implied, head != null);
    }

    /**
     * A part of a procurement list (政府采购预算 X 万元。其中：货物类采购 Y 万元): 货物, 工程 or 服务 (类)
     * (采购)(预算), nothing else.
     */
    private static Optional<Subject> procurementPart(String p) {
      Matcher m = PROCUREMENT_PART_NAME.matcher(p);
      if (!m.matches()) {
        return Optional.empty();
      }
      ProcurementType pt = switch (m.group(1)) {
        case "货物" -> ProcurementType.GOODS;
        case "工程" -> ProcurementType.WORKS;
        default -> ProcurementType.SERVICES;
      };
      return Optional.of(new Subject(Concept.PROCUREMENT, Coordinates.of(FactDimension.PROCUREMENT_TYPE, pt),
          Coordinates.EMPTY));
    }

    /** The end of the clause holding {@code pos} (the next 。；; or the text's end). */
    private static int startOfNext(String t, int pos) {
      int i = pos;
      while (i < t.length() && ";；。\n".indexOf(t.charAt(i)) < 0) {
        i++;
      }
      return i;
    }

    /** {@link #headOf}'s answer for a 其中 list whose whole is a figure that was not read. */
    private static final Subject UNSURE = new Subject(Concept.EXPENDITURE, Coordinates.EMPTY, Coordinates.EMPTY);

    /** The subjects of the amounts read so far, and where each amount ends (for {@link #headOf}). */
    private final List<Subject> heads = new ArrayList<>();
    private final List<Integer> headEnds = new ArrayList<>();

    /**
     * The head of the 其中 list an amount at {@code ps} stands in: the sentence holds 其中 before it,
     * and the last amount read before that 其中 (within a few sentences, with no number left unread
     * in between) is the whole the list breaks down (收入预算 X 万元，其中：财政拨款收入 Y 万元，占 P%).
     * Null when there is none; {@link #UNSURE} when the clause of the 其中 states a figure before it that
     * was not read (机构运行 X 元，其中：基本支出 Y 元; 本单位收入为 X 万元，其中：…): the list breaks down a
     * whole the reader does not know, so its parts are no parts of the heading's subject.
     */
    private Subject headOf(String t, int ps) {
      int k = t.lastIndexOf("其中", ps);
      if (k < 0) {
        return null;
      }
      for (int i = k; i < ps; i++) {
        if (t.charAt(i) == '。') {
          return null; // the 其中 of an earlier sentence
        }
      }
      int last = -1;
      Matcher before = VALUE_TOKEN.matcher(t).region(startOf(t, k, CLAUSE_DELIMS), k);
      while (before.find()) {
        last = before.start();
      }
      if (last >= 0 && !used[last]) {
        return UNSURE;
      }
      if (headEnds.isEmpty()) {
        return null;
      }
      int h = headEnds.size() - 1;
      while (h >= 0 && headEnds.get(h) > k) {
        h--;
      }
      if (h < 0 || k - headEnds.get(h) > 300) {
        return null;
      }
      Matcher v = VALUE_TOKEN.matcher(t).region(headEnds.get(h), k);
      while (v.find()) {
        if (!used[v.start()]) {
          return null; // a figure between them that was not read: the head is not sure
        }
      }
      return heads.get(h);
    }

    /**
     * The subject of a part of a 其中 list: within its head (what the head's coordinates fix, the part
     * has too, or a member below it), with the head as the whole of its share. A coordinate the part
     * lacks is the head's; a fund that only the heading gave gives way to the head's. Null when the
     * part names something outside its head (the list's reading is then unsure); the subject as it is
     * when the head is of another concept.
     */
    private static Subject inList(Subject s, Subject head, String phraseKey) {
      if (head.concept() != s.concept()) {
        return s;
      }
      Coordinates c = s.coords();
      for (FactDimension d : head.coords().dimensions()) {
        String hv = head.coords().getOrNull(d);
        String pv = c.getOrNull(d);
        if (pv == null || d == FactDimension.FUND_SOURCE && !pv.equals(hv) && !within(d, hv, pv)
            && namedFund(phraseKey) == null) {
          c = c.with(d, hv);
        } else if (!pv.equals(hv) && !within(d, hv, pv)) {
          return null;
        }
      }
      return new Subject(s.concept(), c, head.coords());
    }

    /** Whether {@code member} lies below {@code ancestor} in dimension {@code d}. */
    static boolean within(FactDimension d, String ancestor, String member) {
      if (d == FactDimension.FUNCTION) {
        return member.length() > ancestor.length() && member.startsWith(ancestor);
      }
      dev.yusuan.model.HierarchyMember[] all = switch (d) {
        case THREE_PUBLIC_ITEM -> ThreePublicItem.values();
        case SPENDING_TYPE -> SpendingType.values();
        case PROCUREMENT_TYPE -> ProcurementType.values();
        case FUND_SOURCE -> FundSource.values();
        default -> new dev.yusuan.model.HierarchyMember[0];
      };
      for (dev.yusuan.model.HierarchyMember m : all) {
        if (m.name().equals(member)) {
          for (Optional<? extends dev.yusuan.model.HierarchyMember> p = m.parent(); p.isPresent();
              p = p.get().parent()) {
            if (p.get().name().equals(ancestor)) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /**
     * Whether the phrase names a year other than the document's (2023年收支总预算 X in a 2024
     * document): the amount is then no figure of this document and becomes no claim. Last year's
     * figure stated for comparison is an INFO; any other year a WARNING (a year left over from an
     * earlier document, or a figure the tables cannot show).
     */
    /** The last phrase given to {@link #lead} and its {@link #stripLead}. */
    private String leadOf;
    private String lead;

    /**
     * {@link #stripLead} of a phrase, kept for the last phrase: classifying an amount, naming its
     * subject and the same-subject test strip the same phrase.
     */
    private String lead(String phrase) {
      if (phrase != leadOf) {
        lead = stripLead(phrase);
        leadOf = phrase;
      }
      return lead;
    }

    /** {@link #NAMED_YEAR}'s matcher, reset for each phrase (one per section, not one per amount). */
    private Matcher namedYear;

    private boolean otherYear(String t, String phrase, int ps, Matcher am) {
      if (ctx.year().isEmpty()) {
        return false;
      }
      if (phrase.indexOf('年') < 0) {
        return false; // NAMED_YEAR matches only with a 年 in the phrase
      }
      Matcher y = namedYear == null ? namedYear = NAMED_YEAR.matcher(phrase) : namedYear.reset(phrase);
      int named = 0;
      while (y.find()) {
        named = Integer.parseInt(y.group(1));
      }
      int year = ctx.year().getAsInt();
      if (named == 0 || named == year) {
        return false;
      }
      mark(am.start(), am.end());
      boolean last = named == year - 1;
      diag(last ? Severity.INFO : Severity.WARNING, "narrative.other-year", ps, am.end(), t,
          "说明中的金额属于 " + named + " 年，而文档是 " + year + " 年的：未作为本年数核对: " + t.substring(ps, am.end()),
          "the amount is stated for " + named + " but the document is for " + year
              + "; not checked as this year's figure: " + t.substring(ps, am.end()));
      return true;
    }

    /**
     * A change stated right after the amount (较上年增加…, 与上年相比增加…, 与上年预算数一致), or in a
     * later sentence of the same item with no other number in between (住房保障(类)支出X万元，主要用于…。
     * 与上年相比增加D万元，增长P%).
     */
    private void change(String t, int pos, Subject s, String subject, Amount amount, int ps,
        Direction implied, boolean listPart) {
      if (mayStartChange(t, pos) && changeFrom(t, pos, s, subject, amount, ps)) {
        return;
      }
      // a later sentence's change (…公务接待费0万元。与2023年预算相比增长16.75%) after a part of a 其中 list may
      // be of the list's whole or of its last part: not read
      if (listPart && nextSentence(t, pos)) {
        return;
      }
      int at = changeAt(t, pos) ? pos : listPart ? -1 : laterChange(t, pos);
      if (at < 0) {
        return;
      }
      CharSequence from = tail(t, at);
      Matcher ch = CHANGE.matcher(from);
      if (!ch.lookingAt()) {
        ch = CHANGE_JS.matcher(from);
      }
      if (!ch.lookingAt()) {
        Matcher fl = FLAT_JS.matcher(from);
        if (!fl.lookingAt()) {
          fl = FLAT_SAME.matcher(from);
        }
        if (fl.lookingAt()) {
          FiscalPeriod base = basePeriod(fl.group("base"), fl.group("qual"));
          OptionalInt year = baseYear(fl.group("base"));
          claim(ClaimKind.CHANGE, s, subject, Optional.of(amount), ps, at + fl.end(), t,
              b -> b.basePeriod(base).baseYear(year).direction(Direction.FLAT));
          if (implied != null) {
            // 减少为0.00万元，与上年持平: the direction word of the amount, against the same base
            claim(ClaimKind.CHANGE, s, subject, Optional.of(amount), ps, at + fl.end(), t,
                b -> b.basePeriod(base).baseYear(year).direction(implied));
          }
        }
        return;
      }
      FiscalPeriod base = basePeriod(ch.group("base"), ch.group("qual"));
      OptionalInt year = baseYear(ch.group("base"));
      Direction dir = Direction.fromWord(ch.group("dir"));
      if (mayStartPoints(t, at + ch.end()) && POINTS.matcher(tail(t, at + ch.end())).lookingAt()) {
        return; // 比上年提高2.5个百分点: a share's or a rate's change, not the amount's
      }
      Numbers n = numbers(t, at + ch.end(), dir);
      int p = n.end();
      claim(ClaimKind.CHANGE, s, subject, Optional.of(amount), ps, p, t,
          b -> b.basePeriod(base).baseYear(year).delta(n.delta()).percent(n.pct())
              .direction(Optional.ofNullable(dir)));
      if (implied != null && implied != dir) {
        claim(ClaimKind.CHANGE, s, subject, Optional.of(amount), ps, p, t,
            b -> b.basePeriod(base).baseYear(year).direction(implied));
      }
      Matcher fl = THEN_FLAT.matcher(tail(t, p));
      if (dir != Direction.FLAT && fl.lookingAt()) {
        // 增加5万元，与上年持平: a second direction for the same figure and base
        int end = p + fl.end();
        claim(ClaimKind.CHANGE, s, subject, Optional.of(amount), ps, end, t,
            b -> b.basePeriod(base).baseYear(year).direction(Direction.FLAT));
      }
    }

    /** Whether the text at {@code pos} ends the sentence (a 。 after white space): what follows is another. */
    private static boolean nextSentence(String t, int pos) {
      int i = pos;
      while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
        i++;
      }
      return i < t.length() && t.charAt(i) == '。';
    }

    /** The change amount and percent read after a direction word, and where they end. */
    private record Numbers(Optional<Amount> delta, Optional<Percentage> pct, int end) {}

    /**
     * The numbers of a change after its direction word at {@code p}: 增加 D 万元(，增长 P%), or
     * 增长 P%(，增加 D 万元); a second figure whose word goes the other way than {@code dir} is not
     * read (it stays an unclaimed number).
     */
    private Numbers numbers(String t, int p, Direction dir) {
      Optional<Amount> delta = Optional.empty();
      Optional<Percentage> pct = Optional.empty();
      CharSequence rest = tail(t, p);
      int ws = 0;
      while (ws < rest.length() && Character.isWhitespace(rest.charAt(ws))) {
        ws++;
      }
      // AMOUNT and PERCENT both start with a digit 0-9 (after their look-behind): their matchers are
      // made only when one stands at ws
      boolean digit = ws < rest.length() && rest.charAt(ws) >= '0' && rest.charAt(ws) <= '9';
      Matcher da = digit ? AMOUNT.matcher(rest) : null;
      Matcher dp = digit ? PERCENT.matcher(rest) : null;
      if (digit && startsAt(da, ws)) {
        try {
          delta = Amount.parse(da.group(1) + unitOf(da), ctx.unit());
          mark(p + da.start(), p + da.end());
        } catch (AmountFormatException e) {
          delta = Optional.empty();
        }
        p += da.end();
        Matcher more = MORE.matcher(tail(t, p));
        if (more.lookingAt() && agrees(more.group(1), dir)) {
          Matcher mp = PERCENT.matcher(tail(t, p + more.end()));
          if (mp.lookingAt()) {
            pct = Optional.of(Percentage.parse(mp.group(1)));
            mark(p + more.end() + mp.start(), p + more.end() + mp.end());
            p += more.end() + mp.end();
          }
        }
      } else if (digit && startsAt(dp, ws)) {
        pct = Optional.of(Percentage.parse(dp.group(1)));
        mark(p + dp.start(), p + dp.end());
        p += dp.end();
        Matcher more = MORE_AMOUNT.matcher(tail(t, p));
        if (more.lookingAt() && dir != null && dir == Direction.fromWord(more.group(1))) {
          Matcher ma = AMOUNT.matcher(tail(t, p + more.end()));
          if (ma.lookingAt()) {
            try {
              delta = Amount.parse(ma.group(1) + unitOf(ma), ctx.unit());
              mark(p + more.end() + ma.start(), p + more.end() + ma.end());
              p += more.end() + ma.end();
            } catch (AmountFormatException e) {
              delta = Optional.empty();
            }
          }
        }
      }
      if (t.startsWith("左右", p)) {
        // 下降3%左右: an approximation, checked by no interval; the direction alone is read
        return new Numbers(Optional.empty(), Optional.empty(), p + 2);
      }
      return new Numbers(delta, pct, p);
    }

    /**
     * Whether the word before a change percent goes the way of the change: the words read before
     * (增长, 下降, 降低, 增加, 减少) always (a contradiction is the rules' to find); 增幅 / 增长率 only
     * with an increase, 降幅 / 下降率 only with a decrease.
     */
    private static boolean agrees(String word, Direction dir) {
      return switch (word) {
        case "增幅", "增长率" -> dir == Direction.INCREASE;
        case "降幅", "下降率" -> dir == Direction.DECREASE;
        default -> true;
      };
    }

    /**
     * A change whose base is stated with its figure (较上年的 P 万元减少 D 万元，下降 R%): the change,
     * and the base figure as an amount of its period (so that the change is checked against it) when
     * the base is the one its period stands for (上年, last year, or 年初 of this year); a base of
     * another year keeps its figure out (it becomes an unclaimed number or an other-year diagnostic).
     */
    private boolean changeFrom(String t, int pos, Subject s, String subject, Amount amount, int ps) {
      Matcher from = CHANGE_FROM.matcher(tail(t, pos));
      if (!from.lookingAt()) {
        return false;
      }
      int q = pos + from.end();
      Matcher pa = AMOUNT.matcher(tail(t, q));
      if (!pa.lookingAt()) {
        return false;
      }
      Matcher fd = FROM_DIR.matcher(tail(t, q + pa.end()));
      if (!fd.lookingAt()) {
        return false;
      }
      Amount prior;
      try {
        prior = Amount.parse(pa.group(1) + unitOf(pa), ctx.unit()).orElseThrow();
      } catch (AmountFormatException e) {
        return false;
      }
      FiscalPeriod base = basePeriod(from.group("base"), from.group("qual"));
      OptionalInt year = baseYear(from.group("base"));
      Direction dir = Direction.fromWord(fd.group("dir"));
      Numbers n = numbers(t, q + pa.end() + fd.end(), dir);
      claim(ClaimKind.CHANGE, s, subject, Optional.of(amount), ps, n.end(), t,
          b -> b.basePeriod(base).baseYear(year).delta(n.delta()).percent(n.pct())
              .direction(Optional.ofNullable(dir)));
      int expected = base == FiscalPeriod.CURRENT_BUDGET ? 0 : 1;
      boolean thatYear = year.isEmpty() || ctx.year().isPresent()
          && year.getAsInt() == ctx.year().getAsInt() - expected;
      if (thatYear) {
        mark(q + pa.start(), q + pa.end());
        Subject ps0 = new Subject(s.concept(), s.coords().with(FactDimension.PERIOD, base.name()),
            s.whole().with(FactDimension.PERIOD, base.name()));
        claim(ClaimKind.AMOUNT, ps0, subject + "(" + base.zh() + ")", Optional.of(prior), pos, q + pa.end(), t,
            b -> { });
      }
      return true;
    }

    /**
     * The text from {@code start} on, as {@code t.substring(start)} but without copying it: matching
     * after each amount must not copy the rest of the section (quadratic in its length).
     */
    private static CharSequence tail(String t, int start) {
      return java.nio.CharBuffer.wrap(t, start, t.length());
    }

    private static boolean changeAt(String t, int pos) {
      if (!mayStartChange(t, pos)) {
        return false;
      }
      CharSequence from = tail(t, pos);
      return CHANGE.matcher(from).lookingAt() || CHANGE_JS.matcher(from).lookingAt()
          || FLAT_JS.matcher(from).lookingAt() || FLAT_SAME.matcher(from).lookingAt();
    }

    /**
     * Where a change statement of the same item starts after {@code pos}: the next 与上年 (与 2023 年度,
     * 与去年: any base the change patterns read) before any other number with a unit, list item or
     * colon, within a few sentences; -1 when there is none.
     */
    private int laterChange(String t, int pos) {
      int k = t.indexOf(LATER_CHANGE, pos);
      while (k >= 0 && k - pos <= 160 && !changeAt(t, k)) {
        k = t.indexOf(LATER_CHANGE, k + 1);
      }
      if (k < 0 || k - pos > 160) {
        return -1;
      }
      String between = t.substring(pos, k);
      if (VALUE_TOKEN.matcher(between).find() || between.indexOf(':') >= 0
          || between.indexOf('：') >= 0 || between.contains("其中")) {
        return -1;
      }
      for (int i = between.indexOf('\n'); i >= 0; i = between.indexOf('\n', i + 1)) {
        if (LIST_START.matcher(between).region(i + 1, between.length()).lookingAt()) {
          return -1;
        }
      }
      // the sentence starts with 与上年 (a new sentence about the same figure)
      int j = k - 1;
      while (j >= pos && Character.isWhitespace(t.charAt(j))) {
        j--;
      }
      if (j >= pos && "。;；,，".indexOf(t.charAt(j)) < 0) {
        return -1;
      }
      return changeAt(t, k) ? k : -1;
    }

    /**
     * The period compared with: 年初(预算) is this year's budget (of a 决算); 上年预算(数) the prior
     * budget; 上年, 上年执行数, 上年决算(数) the prior actual.
     */
    private FiscalPeriod basePeriod(String base, String qualifier) {
      if (base != null && base.startsWith("年初")) {
        return FiscalPeriod.CURRENT_BUDGET;
      }
      OptionalInt named = baseYear(base);
      if (named.isPresent() && ctx.year().isPresent() && named.getAsInt() == ctx.year().getAsInt()
          && qualifier != null && qualifier.contains("预算")) {
        // 比2024年预算 in a 2024 决算: this year's budget (年初预算)
        return FiscalPeriod.CURRENT_BUDGET;
      }
      return qualifier == null || qualifier.equals("数") || qualifier.contains("执行")
          || qualifier.contains("决算") ? FiscalPeriod.PRIOR_ACTUAL : FiscalPeriod.PRIOR_BUDGET;
    }

    /** The year a base names (比2023年预算: 2023), empty for 上年 and 年初. */
    private static OptionalInt baseYear(String base) {
      Matcher m = base == null ? null : NAMED_YEAR.matcher(base);
      return m != null && m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    /** The whole a share names (占"三公"经费的, 占本年支出合计的), in the subject's concept. */
    private Optional<Coordinates> wholeOf(String phrase, Subject s) {
      String w = TRAILING_DE.matcher(Names.key(phrase).replace("\"", "")).replaceFirst("");
      if (w.contains("三公")) {
        return s.concept() == Concept.THREE_PUBLIC ? Optional.of(Coordinates.EMPTY) : Optional.empty();
      }
      if (EXPENDITURE_TOTAL.matcher(w).matches()) {
        return s.concept() == Concept.EXPENDITURE ? Optional.of(Coordinates.EMPTY) : Optional.empty();
      }
      if (REVENUE_TOTAL.matcher(w).matches()) {
        // 收入总计 is REVENUE{}; 本年收入合计 (收入合计) is the year's own revenue, without carry-over
        Coordinates r = w.endsWith("总计") ? Coordinates.EMPTY
            : Coordinates.of(FactDimension.FUND_SOURCE, FundSource.CURRENT_YEAR);
        return s.concept() == Concept.REVENUE ? Optional.of(r) : Optional.empty();
      }
      if (PROCUREMENT_WHOLE.matcher(w).matches()) {
        return s.concept() == Concept.PROCUREMENT ? Optional.of(Coordinates.EMPTY) : Optional.empty();
      }
      Subject line = fundLine(w);
      if (line != null && line.concept() == s.concept()) {
        return Optional.of(line.coords());
      }
      Matcher fe = FUND_EXPENDITURE_WHOLE.matcher(w);
      if (fe.matches() && s.concept() == Concept.EXPENDITURE) {
        return Optional.of(namedFund(fe.group(1)));
      }
      return Optional.empty();
    }

    /**
     * A count of the "三公" detail, modelled exactly with what it counts: 因公出国(境) 团组 (个) and
     * 人次, 公务接待 批次 and 人次, 公务用车 购置数 and 保有量 (辆). The item is the last one the
     * sentence names before the number (因公出国, 出国(境), 公务接待, 公务用车; under a "三公" heading
     * also 出国, 接待, 车辆); a number whose sentence names none (接待港澳台侨同胞 10 批 in the
     * department's tasks), or whose measure is unclear (一般公务用车 46 辆: neither bought nor held),
     * is left to the other readings.
     */
    private void threePublicCount(String t, Matcher m) {
      int cs = startOf(t, m.start(), CLAUSE_DELIMS);
      String before = t.substring(cs, m.start());
      String item = lastItem(before, context.contains("三公"));
      String near = t.substring(startOf(t, m.start(), PHRASE_DELIMS), m.start());
      if (item == null || isCountChange(before)
          || mayEndWithDirection(near) && DELTA_BEFORE.matcher(near).matches()
          && !TO_AMOUNT.matcher(near).find()) {
        return; // 比上年增加1个团组 / 增加2批次: a change, not the count
      }
      int open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
      if (open >= 0 && before.indexOf(')', open) < 0 && before.indexOf('）', open) < 0
          && (before.startsWith("其中", open + 1) || before.startsWith("含", open + 1))) {
        return; // 15批次(其中外事接待0批次): the count of a part, not the item's
      }
      String unit = m.group(2);
      String after = t.substring(m.end(), Math.min(t.length(), m.end() + 3));
      ThreePublicItem at;
      String measure;
      String subject;
      switch (unit) {
        case "人次", "人" -> {
          if (item.equals("车")) {
            return;
          }
          at = item.equals("出国") ? ThreePublicItem.OUTBOUND_TRAVEL : ThreePublicItem.RECEPTION;
          measure = "人次";
          subject = item.equals("出国") ? "因公出国(境)人次" : "公务接待人次";
        }
        case "批次", "批" -> {
          if (item.equals("车")) {
            return;
          }
          at = item.equals("出国") ? ThreePublicItem.OUTBOUND_TRAVEL : ThreePublicItem.RECEPTION;
          measure = item.equals("出国") ? "团组" : "批次";
          subject = item.equals("出国") ? "因公出国(境)团组数" : "公务接待批次";
        }
        case "个" -> {
          if (!item.equals("出国") || !(near.contains("团组") || after.startsWith("团"))) {
            return;
          }
          at = ThreePublicItem.OUTBOUND_TRAVEL;
          measure = "团组";
          subject = "因公出国(境)团组数";
        }
        default -> { // 辆
          if (!item.equals("车")) {
            return;
          }
          if (near.contains("保有")) {
            at = ThreePublicItem.VEHICLE_OPERATION;
            subject = "公务用车保有量";
          } else if (near.contains("购置") || near.contains("购买") || near.contains("更新")) {
            at = ThreePublicItem.VEHICLE_PURCHASE;
            subject = "公务用车购置数";
          } else {
            return;
          }
          measure = "辆";
        }
      }
      mark(m.start(), m.end());
      BigDecimal n = new BigDecimal(m.group(1));
      Subject s = new Subject(Concept.THREE_PUBLIC, Coordinates.of(FactDimension.THREE_PUBLIC_ITEM, at),
          Coordinates.EMPTY);
      claim(ClaimKind.COUNT, s, subject, Optional.empty(), startOf(t, m.start(), PHRASE_DELIMS), m.end(), t,
          b -> b.count(n).countUnit(measure));
    }

    /**
     * Whether a count is a change against a base, not the count itself: the text since the last
     * 比/较 holds a direction word and no phrase break (比上年增加1个团组、2人次: both changes; 减少为3个:
     * the count; 比上年增加1个团组，共安排3个团组: the second is the count).
     */
    static boolean isCountChange(String before) {
      int k = Math.max(before.lastIndexOf('比'), before.lastIndexOf('较'));
      if (k < 0) {
        return false;
      }
      String since = before.substring(k);
      for (char c : ",，;；:：".toCharArray()) {
        if (since.indexOf(c) >= 0) {
          return false;
        }
      }
      return COUNT_DIRECTION.matcher(since).find() && !COUNT_TO.matcher(since).find();
    }

    /** The "三公" item a sentence names last: 出国, 接待 or 车 (公务用车), or null. */
    private static String lastItem(String sentence, boolean threePublicSection) {
      String[][] words = threePublicSection
          ? new String[][] {{"出国", "出国"}, {"出境", "出国"}, {"接待", "接待"}, {"公务用车", "车"}, {"车辆", "车"}}
          : new String[][] {{"因公出国", "出国"}, {"出国(境)", "出国"}, {"公务接待", "接待"}, {"公务用车", "车"}};
      String item = null;
      int at = -1;
      for (String[] w : words) {
        int k = sentence.lastIndexOf(w[0]);
        if (k > at) {
          at = k;
          item = w[1];
        }
      }
      return item;
    }

    private void count(String t, Matcher cm) {
      int ps = startOf(t, cm.start(), PHRASE_DELIMS);
      String phrase = t.substring(ps, cm.start());
      if (mayEndWithDirection(phrase) && DELTA_BEFORE.matcher(phrase).matches()
          && !TO_AMOUNT.matcher(phrase).find()) {
        return; // 比上年增加1个: a change, not a count of anything
      }
      String thing = phrase;
      for (String cut : new String[] {"共有", "安排购置", "购置", "以上", "其中"}) {
        int k = thing.lastIndexOf(cut);
        if (k >= 0) {
          thing = thing.substring(k + cut.length());
        }
      }
      thing = Names.normalize(thing);
      if (thing.isEmpty() || endsWithDigit(thing)) {
        return;
      }
      Subject s;
      if (thing.contains("项目")) {
        Coordinates c = Coordinates.of(FactDimension.SPENDING_TYPE, SpendingType.PROJECT);
        if (t.substring(startOf(t, cm.start(), CLAUSE_DELIMS), cm.start()).contains("一般公共预算")) {
          c = c.with(FactDimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
        }
        s = new Subject(Concept.EXPENDITURE, c, Coordinates.EMPTY);
      } else if (t.substring(startOf(t, cm.start(), CLAUSE_DELIMS), cm.start()).contains("购置")
          || t.substring(0, cm.start()).contains("安排购置")) {
        // 预算安排购置车辆 N 辆: a purchase planned in the budget
        s = new Subject(Concept.PROCUREMENT, Coordinates.EMPTY, Coordinates.EMPTY);
      } else {
        // 共有车辆 N 辆, 设备 N 台(套): assets held
        s = new Subject(Concept.STATE_ASSETS, Coordinates.EMPTY, Coordinates.EMPTY);
      }
      mark(cm.start(), cm.end());
      BigDecimal n = new BigDecimal(cm.group(1));
      String unitThing = thing;
      claim(ClaimKind.COUNT, s, Names.normalize(stripLead(phrase)), Optional.empty(), ps, cm.end(),
          t, b -> b.count(n).countUnit(unitThing));
    }



    private Optional<Subject> classify(String phrase, String clause) {
      // quotation marks around names (“一般公共服务”科目, “三公”经费) never stop resolution
      String p = Names.key(lead(phrase)).replace("\"", "").replace("《", "").replace("》", "");
      String c = Names.key(clause).replace("\"", "");
      // 年初预算 (of a 决算): this year's budget, not the document's own figure (the actual)
      if (p.contains("年初预算")) {
        String rest = YEAR_BUDGET.matcher(p).replaceAll("");
        if (rest.isEmpty()) {
          return Optional.empty();
        }
        return classify0(rest, c)
            .map(x -> new Subject(x.concept(),
                x.coords().with(FactDimension.PERIOD, FiscalPeriod.CURRENT_BUDGET.name()), x.whole()
                    .with(FactDimension.PERIOD, FiscalPeriod.CURRENT_BUDGET.name())));
      }
      return classify0(p, c);
    }

    /**
     * The fund a phrase names itself (政府性基金拨款支出预算, 一般公共预算财政拨款基本支出), which wins
     * over the heading's; null when it names none.
     */
    private static Coordinates namedFund(String p) {
      FundSource f = p.contains("政府性基金") ? FundSource.GOVERNMENT_FUND
          : p.contains("国有资本经营") ? FundSource.STATE_CAPITAL
          : p.contains("一般公共预算") ? FundSource.GENERAL_PUBLIC_BUDGET
          : p.contains("财政专户") ? FundSource.SPECIAL_ACCOUNT
          : p.contains("财政拨款") ? FundSource.FISCAL_APPROPRIATION : null;
      return f == null ? null : Coordinates.of(FactDimension.FUND_SOURCE, f);
    }

    private Optional<Subject> classify0(String p, String c) {
      boolean fiscal = contextFiscal;
      boolean gpb = contextGeneralPublic;
      boolean perf = contextPerformance;
      boolean revenueSide = c.contains("收入包括") || p.endsWith("收入");
      Coordinates fund = fiscal ? Coordinates.of(FactDimension.FUND_SOURCE,
          FundSource.FISCAL_APPROPRIATION)
          : gpb ? Coordinates.of(FactDimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET)
          : Coordinates.EMPTY;
      Coordinates gp = Coordinates.of(FactDimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
      Coordinates rev = Coordinates.EMPTY;
      Concept e = Concept.EXPENDITURE;
      Concept r = Concept.REVENUE;
      if (p.contains("(类)") || p.contains("(款)") || p.contains("(项)")) {
        List<String> names = new ArrayList<>();
        Matcher m = PATH.matcher(p);
        while (m.find()) {
          names.add(m.group(1));
        }
        Optional<Code> code = ctx.codes().resolvePath(Scheme.FUNCTION, names);
        if (code.isEmpty() && names.size() == 1 && !names.get(0).endsWith("支出")) {
          // a class named alone: 一般公共服务(类)支出 for the catalogue's 一般公共服务支出
          code = ctx.codes().resolvePath(Scheme.FUNCTION, List.of(names.get(0) + "支出"));
        }
        if (code.isEmpty()) {
          unresolved(p, names);
          return Optional.empty();
        }
        return Optional.of(new Subject(e, fund.with(FactDimension.FUNCTION, code.get().digits()), fund));
      }
      // 决算/预算 totals: 财政拨款收入支出(决算)总计 = 财政拨款收入总计; 收入支出(决算)总计 = 收入总计
      // each pattern below ends with a literal, or holds one: tested first (ClaimExtractorProperties)
      boolean grandTotal = p.endsWith("总计");
      if (grandTotal && FISCAL_GRAND_TOTAL.matcher(p).matches()) {
        return Optional.of(new Subject(r, Coordinates.of(FactDimension.FUND_SOURCE,
            FundSource.FISCAL_TOTAL), rev));
      }
      if (grandTotal && GRAND_TOTAL.matcher(p).matches()
          && !p.contains("财政") && namedFund(p) == null) {
        return Optional.of(new Subject(r, rev, rev));
      }
      if (p.endsWith("财政拨款收支总预算")) {
        return Optional.of(new Subject(r, Coordinates.of(FactDimension.FUND_SOURCE,
            FundSource.FISCAL_TOTAL), rev));
      }
      // Jiangsu wording, with the coordinates of the Jiangsu tables (docs/fact-conventions.md):
      // 收入、支出预算总计 = 收入合计 REVENUE{}; 财政拨款收入预算总计, 财政拨款收、支总预算 =
      // 一、财政拨款 / 财政拨款收支预算总表 收入合计 REVENUE{FISCAL_APPROPRIATION}
      if (c.endsWith("收入、支出预算总计") || grandTotal && REVENUE_GRAND_TOTAL.matcher(p).matches()) {
        return Optional.of(new Subject(r, rev, rev));
      }
      if (p.endsWith("财政拨款收入预算总计") || c.endsWith("财政拨款收、支总预算")) {
        return Optional.of(new Subject(r, Coordinates.of(FactDimension.FUND_SOURCE,
            FundSource.FISCAL_APPROPRIATION), rev));
      }
      // 财政拨款预算支出 X 万元，占本年支出合计的 P%: 财政拨款收支预算总表 支出合计
      if (p.endsWith("财政拨款预算支出") || p.endsWith("财政拨款支出预算")
          && !p.contains("一般公共预算")) {
        Coordinates fa = Coordinates.of(FactDimension.FUND_SOURCE, FundSource.FISCAL_APPROPRIATION);
        return Optional.of(new Subject(e, fa, Coordinates.EMPTY));
      }
      // 基本支出 X, 基本支出预算数为 X; 项目支出预算数为 X; 单位预留机动经费(预算数为) X
      if (p.equals("基本支出") || p.endsWith("基本支出预算数为") || p.endsWith("基本支出预算为")) {
        return Optional.of(new Subject(e, fund.with(FactDimension.SPENDING_TYPE, SpendingType.BASIC),
            fund));
      }
      if (p.endsWith("项目支出预算数为") || p.endsWith("项目支出预算为") || p.endsWith("项目支出预算")) {
        return Optional.of(new Subject(e, fund.with(FactDimension.SPENDING_TYPE, SpendingType.PROJECT),
            fund));
      }
      if (p.contains("单位预留机动经费") && RESERVE.matcher(p).matches()) {
        return Optional.of(new Subject(e, fund.with(FactDimension.SPENDING_TYPE, SpendingType.RESERVE),
            fund));
      }
      // Jiangsu wording: "(1)一般公共预算收入预算 X", "(2)政府性基金收入预算 X",
      // "…财政拨款基本支出预算 X", "…一般公共预算财政拨款基本支出预算 X"
      if (p.endsWith("一般公共预算收入预算")) {
        return Optional.of(new Subject(r, gp, rev));
      }
      if (p.endsWith("政府性基金收入预算")) {
        return Optional.of(new Subject(r, Coordinates.of(FactDimension.FUND_SOURCE,
            FundSource.GOVERNMENT_FUND), rev));
      }
      if (p.endsWith("基本支出预算")) {
        Coordinates f = p.contains("一般公共预算") ? gp : p.contains("财政拨款")
            ? Coordinates.of(FactDimension.FUND_SOURCE, FundSource.FISCAL_APPROPRIATION) : fund;
        return Optional.of(new Subject(e, f.with(FactDimension.SPENDING_TYPE, SpendingType.BASIC), f));
      }
      if (p.endsWith("收支总预算") || p.endsWith("收入预算") || p.endsWith("收入总预算")) {
        return Optional.of(new Subject(r, rev, rev));
      }
      if (p.endsWith("上年结转") || p.endsWith("上年结转结余")) {
        return Optional.of(new Subject(r, Coordinates.of(FactDimension.FUND_SOURCE,
            FundSource.CARRY_OVER), rev));
      }
      Subject named = fundLine(p);
      if (named != null) {
        return Optional.of(named);
      }
      if (p.endsWith("本年收入合计") || p.endsWith("本年收入预算合计")) {
        // (某部门)本年收入(预算)合计 X，其中：…: the year's own revenue, without the carry-over (收入合计 adds it)
        return Optional.of(new Subject(r, Coordinates.of(FactDimension.FUND_SOURCE, FundSource.CURRENT_YEAR), rev));
      }
      if (p.endsWith("本年支出合计") || p.endsWith("本年支出预算合计")) {
        // (某部门)本年支出(预算)合计 X，其中：基本支出 Y: the summary's 本年支出合计 (支出总计 adds the carry-forward)
        return Optional.of(new Subject(e, Coordinates.EMPTY, Coordinates.EMPTY));
      }
      if (p.endsWith("一般公共预算拨款收入") || p.endsWith("一般公共预算收入")
          || (revenueSide && p.equals("一般公共预算"))) {
        return Optional.of(new Subject(r, gp, rev));
      }
      if (p.endsWith("一般公共预算当年拨款")) {
        Coordinates cc = perf ? gp.with(FactDimension.SPENDING_TYPE, SpendingType.PROJECT) : gp;
        return Optional.of(new Subject(e, cc, gp));
      }
      if (p.endsWith("一般公共预算支出") || p.endsWith("一般公共预算支出决算数为")) {
        // (本年)一般公共预算支出 X: the general public budget's expenditure, a part of 本年支出合计
        return Optional.of(new Subject(e, gp, Coordinates.EMPTY));
      }
      if (p.endsWith("一般公共预算基本支出")) {
        return Optional.of(new Subject(e, gp.with(FactDimension.SPENDING_TYPE, SpendingType.BASIC), gp));
      }
      if ((p.endsWith("支出预算") || p.endsWith("支出总预算") || p.endsWith("支出决算"))
          && !NAMED_ITEM.matcher(p).find()) {
        // 因公出国(境)费支出决算, 机关运行经费支出预算: the item (below), never the total
        return fundTotal(p, fund);
      }
      if (p.endsWith("人员支出") || p.endsWith("人员经费")) {
        return Optional.of(new Subject(e, fund.with(FactDimension.SPENDING_TYPE,
            SpendingType.PERSONNEL), fund));
      }
      if (p.endsWith("日常公用支出") || p.endsWith("公用经费") && !p.contains("机关运行")) {
        return Optional.of(new Subject(e, fund.with(FactDimension.SPENDING_TYPE,
            SpendingType.PUBLIC_OPERATION), fund));
      }
      if (p.endsWith("项目支出")) {
        return Optional.of(new Subject(e, fund.with(FactDimension.SPENDING_TYPE,
            SpendingType.PROJECT), fund));
      }
      if (p.endsWith("结转下年") || p.endsWith("年终结转结余") || p.endsWith("年末结转和结余")) {
        return Optional.of(new Subject(Concept.CARRY_FORWARD, fund, fund));
      }
      Concept tp = Concept.THREE_PUBLIC;
      if (p.contains("因公出国(境)费") || p.contains("因公出国(境)经费") || p.endsWith("因公出国(境)支出")) {
        return Optional.of(new Subject(tp, Coordinates.of(FactDimension.THREE_PUBLIC_ITEM,
            ThreePublicItem.OUTBOUND_TRAVEL), rev));
      }
      if (p.contains("公务接待费")) {
        return Optional.of(new Subject(tp, Coordinates.of(FactDimension.THREE_PUBLIC_ITEM,
            ThreePublicItem.RECEPTION), rev));
      }
      if (p.contains("公务用车购置及运行")) {
        return Optional.of(new Subject(tp, Coordinates.of(FactDimension.THREE_PUBLIC_ITEM,
            ThreePublicItem.VEHICLES), rev));
      }
      if (p.contains("公务用车购置费") || p.contains("公务用车购置支出")) {
        return Optional.of(new Subject(tp, Coordinates.of(FactDimension.THREE_PUBLIC_ITEM,
            ThreePublicItem.VEHICLE_PURCHASE), rev));
      }
      if (p.contains("公务用车运行维护费") || p.contains("公务用车运行费") || p.contains("公务用车运行维护支出")) {
        return Optional.of(new Subject(tp, Coordinates.of(FactDimension.THREE_PUBLIC_ITEM,
            ThreePublicItem.VEHICLE_OPERATION), rev));
      }
      if (p.contains("三公\"经费") || p.contains("三公经费")) {
        return Optional.of(new Subject(tp, rev, rev));
      }
      // Jiangsu: 一般公共预算拨款安排的会议费预算支出 X, …培训费预算支出 X (“三公”经费表的会议费/培训费)
      if ((p.contains("会议费") || p.contains("培训费")) && MEETING_TRAINING.matcher(p).matches()
          && !p.contains("三公")) {
        return Optional.of(new Subject(p.contains("会议费") ? Concept.MEETING_COST
            : Concept.TRAINING_COST, rev, rev));
      }
      if (p.contains("机关运行经费")) {
        return Optional.of(new Subject(Concept.OPERATING_COST, rev, rev));
      }
      if ((p.contains("政府采购") || c.contains("政府采购") || c.contains("采购"))
          && PROCUREMENT_PART.matcher(p).matches()) {
        // 面向中小企业预留…, 授予中小企业合同金额…: a part of procurement the tables do not show
        return Optional.empty();
      }
      if (p.contains("政府采购")) {
        String rest = p.substring(p.indexOf("政府采购") + 4);
        ProcurementType pt = rest.startsWith("货物") ? ProcurementType.GOODS
            : rest.startsWith("工程") ? ProcurementType.WORKS
            : rest.startsWith("服务") ? ProcurementType.SERVICES : null;
        Coordinates cc = pt == null ? rev : Coordinates.of(FactDimension.PROCUREMENT_TYPE, pt);
        return Optional.of(new Subject(Concept.PROCUREMENT, cc, rev));
      }
      if (p.startsWith("货物") || p.startsWith("工程") || p.startsWith("服务")) {
        if (c.contains("政府采购")) {
          ProcurementType pt = p.startsWith("货物") ? ProcurementType.GOODS
              : p.startsWith("工程") ? ProcurementType.WORKS : ProcurementType.SERVICES;
          return Optional.of(new Subject(Concept.PROCUREMENT,
              Coordinates.of(FactDimension.PROCUREMENT_TYPE, pt), rev));
        }
      }
      // a function class (or other level) named in words
      if (!p.isEmpty() && !revenueSide) {
        String name = withoutNameTail(p);
        if (name.isEmpty()) {
          return Optional.empty();
        }
        Optional<Code> code = ctx.codes().resolveName(Scheme.FUNCTION, name, Optional.empty());
        if (code.isPresent()) {
          return Optional.of(new Subject(e, fund.with(FactDimension.FUNCTION, code.get().digits()),
              fund));
        }
      }
      return Optional.empty();
    }

    /**
     * A revenue or fiscal expenditure line named exactly as the summary tables print it (the phrase,
     * without a leading year, is the whole name): 财政拨款收入, 事业收入, 事业单位经营收入, 上级补助收入,
     * 附属单位上缴收入, 其他收入, 本年收入合计 (REVENUE of that FUND_SOURCE, a share of 收入总计 unless a
     * list or the share names its whole); (一般公共预算 / 政府性基金预算 / 国有资本经营预算)财政拨款收入 and
     * 财政拨款支出 (EXPENDITURE of that fund, a share of 本年支出合计). Null for any other phrase.
     */
    private static Subject fundLine(String p) {
      // LEAD_YEAR starts with 20; FISCAL_EXPENDITURE_LINE, matched whole, ends with 拨款支出(决算)
      String n = p.startsWith("20") ? LEAD_YEAR.matcher(p).replaceFirst("") : p;
      FundSource f = REVENUE_LINES.get(n);
      if (f != null) {
        return new Subject(Concept.REVENUE, Coordinates.of(FactDimension.FUND_SOURCE, f), Coordinates.EMPTY);
      }
      if (!n.endsWith("拨款支出") && !n.endsWith("拨款支出决算")) {
        return null;
      }
      Matcher m = FISCAL_EXPENDITURE_LINE.matcher(n);
      if (!m.matches()) {
        return null;
      }
      String fund = m.group(1) != null ? m.group(1) : m.group(2);
      FundSource e = fund == null ? FundSource.FISCAL_APPROPRIATION
          : fund.startsWith("一般公共预算") ? FundSource.GENERAL_PUBLIC_BUDGET
          : fund.startsWith("政府性基金") ? FundSource.GOVERNMENT_FUND : FundSource.STATE_CAPITAL;
      return new Subject(Concept.EXPENDITURE, Coordinates.of(FactDimension.FUND_SOURCE, e), Coordinates.EMPTY);
    }

    /**
     * 支出预算 of a fund, or of the whole: the fund the phrase names, else the heading's. A phrase that
     * qualifies the total with anything else (事业单位经营支出预算, 某专项支出预算) is no total: it is
     * resolved as a classification name, else left as an unclaimed number.
     */
    private Optional<Subject> fundTotal(String p, Coordinates headingFund) {
      Coordinates named = namedFund(p);
      String rest = FUND_TOTAL_TAIL.matcher(p).replaceFirst("");
      rest = FUND_TOTAL_WORDS.matcher(rest).replaceAll("");
      rest = FUND_NAMES.matcher(rest).replaceAll("");
      rest = APPROPRIATION_WORDS.matcher(rest).replaceAll("");
      if (!rest.isEmpty()) {
        Optional<Code> code = ctx.codes().resolveName(Scheme.FUNCTION, rest, Optional.empty());
        if (code.isEmpty()) {
          code = ctx.codes().resolveName(Scheme.FUNCTION, rest + "支出", Optional.empty());
        }
        Coordinates f = named != null ? named : headingFund;
        if (code.isPresent()) {
          return Optional.of(new Subject(Concept.EXPENDITURE, f.with(FactDimension.FUNCTION, code.get().digits()), f));
        }
        if (PART_OF_TOTAL.matcher(rest).find()) {
          // 事业单位经营支出预算, 专项支出预算: a part, not the total
          return Optional.empty();
        }
        // the rest names the department (区人大办2024年支出预算)
      }
      Coordinates f = named != null ? named : headingFund;
      return Optional.of(new Subject(Concept.EXPENDITURE, f, f));
    }

    /**
     * A phrase naming only a period (…决算为X万元，年初预算为Y万元; …，预算数为Y万元) is about the subject
     * stated just before in the same clause: the actual (决算, 执行) or this year's budget (年初预算,
     * 预算数, 调整预算). Anything else is no subject.
     */
    private Optional<Subject> sameSubject(String phrase, int clauseStart) {
      String p = Names.key(lead(phrase));
      Matcher m = PERIOD_ONLY.matcher(p);
      if (lastSubject == null || lastClause != clauseStart || !m.matches()) {
        return Optional.empty();
      }
      Coordinates c = lastSubject.coords().without(FactDimension.PERIOD);
      Coordinates w = lastSubject.whole().without(FactDimension.PERIOD);
      if (m.group(1).contains("预算")) {
        c = c.with(FactDimension.PERIOD, FiscalPeriod.CURRENT_BUDGET.name());
        w = w.with(FactDimension.PERIOD, FiscalPeriod.CURRENT_BUDGET.name());
      }
      return Optional.of(new Subject(lastSubject.concept(), c, w));
    }

    private void unresolved(String phrase, List<String> names) {
      String t = joined;
      int at = t.indexOf(phrase);
      diag(Severity.WARNING, "narrative.unresolved-name", Math.max(at, 0),
          Math.max(at, 0) + phrase.length(), t,
          "科目名称无法对应到编码: " + String.join("/", names),
          "classification names not resolved to a code: " + String.join("/", names));
    }

    private void claim(ClaimKind kind, Subject s, String subject, Optional<Amount> amount,
        int start, int end, String t, java.util.function.Consumer<Claim.Builder> more) {
      Provenance prov = provenance(start, end, t, amountLineAnchor(start, end, t));
      Claim.Builder b = Claim.builder().kind(kind).concept(s.concept()).coordinates(s.coords())
          .subject(subject.isEmpty() ? s.concept().zh() : subject).amount(amount)
          .provenance(prov);
      more.accept(b);
      claims.add(b.build());
      if (kind == ClaimKind.AMOUNT && amount.isPresent()) {
        facts.add(Fact.of(s.concept(), s.coords(), amount.get(), prov));
      }
    }

    /** The position whose line the claim is attributed to: its last value token. */
    private int amountLineAnchor(int start, int end, String t) {
      int i = end - 1;
      while (i > start && !Character.isDigit(t.charAt(i))) {
        i--;
      }
      return i;
    }

    private Provenance provenance(int start, int end, String t, int anchor) {
      Provenance.Builder b = Provenance.builder().source(ctx.source()).section(section.heading())
          .text(t.substring(start, end).replace("\n", ""));
      if (anchor >= 0 && anchor < positions.size()) {
        int line = positions.line(anchor);
        if (line > 0) {
          b.line(line);
        }
        java.util.OptionalInt page = line > 0 ? ctx.pageOfLine().apply(line)
            : java.util.OptionalInt.empty();
        if (page.isPresent()) {
          b.page(page.getAsInt());
        } else {
          section.provenance().page().ifPresent(b::page);
        }
        int s = start;
        while (s < anchor && positions.line(s) != line) {
          s++;
        }
        int e = end - 1;
        while (e > anchor && positions.line(e) != line) {
          e--;
        }
        b.spanStart(positions.column(s)).spanEnd(positions.column(e) + 1);
      }
      return b.build();
    }

    private void mark(int s, int e) {
      for (int i = s; i < e && i < used.length; i++) {
        used[i] = true;
      }
    }

    private void unclaimed(int s, int e, String t) {
      mark(s, e);
      diag(Severity.INFO, "narrative.unclaimed-number", s, e, t,
          "说明中的数值未识别为可核对的陈述: " + t.substring(s, e),
          "number in the narrative not read as a checkable statement: " + t.substring(s, e));
    }

    private void diag(Severity sev, String code, int s, int e, String t, String zh, String en) {
      int anchor = Math.max(s, Math.min(e - 1, t.length() - 1));
      diags.add(Diagnostic.of(sev, code, zh, en, provenance(s, Math.max(e, s), t, anchor)));
    }
  }
}
