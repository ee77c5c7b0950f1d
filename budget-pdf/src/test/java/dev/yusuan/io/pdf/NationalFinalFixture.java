package dev.yusuan.io.pdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a 部门决算 in the Ministry of Finance's national template (公开01表–公开09表) as a PDF with PDFBox:
 * numbers derived from exact 分 so that every identity of the template holds, each printed figure rounded
 * honestly (half up) to 0.01 of the table's unit (元 or 万元). The {@link Shape} varies what real
 * publications vary: captions (none / 公开01表 / 表1), department and year prefixes in titles, 编制单位 or
 * 部门, 行次 columns and 栏次 rows, 金额 or 决算数, codes joined or split over 类|款|项, a table continued on
 * the next page, a 政府性基金 table printed blank with 本表无数据, a 结余分配 row with an amount.
 *
 * <p>{@link #cells()} records where every printed amount went (page and the fixture's cell key), so a test
 * can change one figure ({@link Shape#perturb}) and look for the finding at that cell.
 */
final class NationalFinalFixture {
  /** How the document is printed. {@code perturb} names a cell key whose printed value gets {@code delta}. */
  record Shape(long seed, int year, boolean wan, int caption, boolean prefix, boolean unitLineDept,
      boolean rowNumbers, boolean columnNumbers, boolean amountHeader, boolean splitCodes, boolean continued,
      boolean govFund, boolean otherIncome, boolean distribution, String perturb, BigDecimal delta) {
    Shape withPerturb(String key, BigDecimal d) {
      return new Shape(seed, year, wan, caption, prefix, unitLineDept, rowNumbers, columnNumbers, amountHeader,
          splitCodes, continued, govFund, otherIncome, distribution, key, d);
    }

    /** The template is recognised as the national one when it prints 行次 or 栏次. */
    boolean national() {
      return rowNumbers || columnNumbers;
    }
  }

  /** A printed amount: the fixture's key (table|row|column), its page and the text printed. */
  record Printed(String key, int page, String text) {}

  static final String DEPARTMENT = "某省示例厅";

  // function classification: class, 款, 项 (leaves carry the money)
  static final String[][] FUNCTIONS = {
    {"201", "一般公共服务支出"}, {"20103", "政府办公厅（室）及相关机构事务"}, {"2010301", "行政运行"},
    {"2010302", "一般行政管理事务"}, {"2010350", "事业运行"},
    {"208", "社会保障和就业支出"}, {"20805", "行政事业单位养老支出"},
    {"2080505", "机关事业单位基本养老保险缴费支出"}, {"2080506", "机关事业单位职业年金缴费支出"},
    {"210", "卫生健康支出"}, {"21011", "行政事业单位医疗"}, {"2101101", "行政单位医疗"},
    {"212", "城乡社区支出"}, {"21208", "国有土地使用权出让收入安排的支出"}, {"2120801", "征地和拆迁补偿支出"},
    {"221", "住房保障支出"}, {"22102", "住房改革支出"}, {"2210201", "住房公积金"},
  };
  static final String[] CLASS_ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八"};
  static final String[][] PERSONNEL = {{"301", "工资福利支出"}, {"30101", "基本工资"}, {"30102", "津贴补贴"},
    {"30103", "奖金"}, {"30108", "机关事业单位基本养老保险缴费"}, {"303", "对个人和家庭的补助"}, {"30302", "退休费"}};
  static final String[][] PUBLIC = {{"302", "商品和服务支出"}, {"30201", "办公费"}, {"30211", "差旅费"},
    {"30231", "公务用车运行维护费"}, {"310", "资本性支出"}, {"31002", "办公设备购置"}};

  private final Shape s;
  private final Random rnd;
  private final List<Printed> cells = new ArrayList<>();
  private PdfFixture f;
  private int page;

  // exact data, in 分
  final Map<String, long[]> leaves = new LinkedHashMap<>(); // code → {personnel, public, gpbProject, gfProject, other}
  final Map<String, long[]> revenue = new LinkedHashMap<>(); // code → {gpb, gf, other}
  long openGpb;
  long openGf;
  long openOther;
  long distribution;
  final long[] economic = new long[PERSONNEL.length + PUBLIC.length];
  final long[] threePublic = new long[12]; // budget: total, outbound, vehicles, purchase, operation, reception; actual: same

  NationalFinalFixture(Shape shape) {
    this.s = shape;
    this.rnd = new Random(shape.seed());
    generate();
    // printing variants drawn from the same seed (after the data, so a perturbed copy prints alike)
    personnelColumns = rnd.nextBoolean();
    threeBlocks = rnd.nextBoolean();
    stateCapitalSpendingOnly = rnd.nextBoolean();
    // the sweep's printing variations, from the seed's bits (the data and the variants above stay as drawn)
    zeroStyle = (int) Math.floorMod(shape.seed() >> 8, 4L);
    unitOnTitle = (shape.seed() >> 12 & 1) == 1;
    notes = (shape.seed() >> 13 & 1) == 1;
    negativeStyle = (int) Math.floorMod(shape.seed() >> 15, 4L);
    titleWords = new Random(shape.seed() ^ 0x7469746c65L).nextInt(3); // a generator of its own: any seed
    headerWords = new Random(shape.seed() ^ 0x68656164L).nextInt(2) == 1; // the same: any seed draws both
    // the 决算's budget columns and 绩效自评表, from a generator of their own (the data above stays as drawn)
    Random forms = new Random(shape.seed() * 31 + 17);
    for (Map.Entry<String, long[]> e : leaves.entrySet()) {
      long gpb = e.getValue()[0] + e.getValue()[1] + e.getValue()[2];
      budget.put(e.getKey(), gpb == 0 ? 0 : gpb * (80 + forms.nextInt(46)) / 100);
    }
    evaluations = drawEvaluations(forms);
  }

  /** From the seed's bit 14: the 政府性基金 fund ends the year below zero (drawn when the fund prints data). */
  static boolean negativeCarryForward(long seed) {
    return (seed >> 14 & 1) == 1;
  }

  /** How a negative amount is printed: {@link #signed}. */
  final int negativeStyle;
  /** Which words the titles print ({@link #printedTitle}). */
  final int titleWords;

  /**
   * Drawn from the seed, the words of other regions' forms (real-names/headers.tsv in budget-tables): 收入支出决算总表
   * prints 事业单位经营收入, 使用非财政拨款结余(含专用结余), 上年结转和结余 and 本年支出 (no 合计); 收入决算表 prints, for its
   * 财政拨款收入, the 一般公共预算 / 政府性基金预算 / 国有资本经营预算 财政拨款收入 (headers over three or four lines), and
   * 事业单位经营收入; 一般公共预算财政拨款支出决算表, when it prints 年初预算数, a 调整预算数 beside it.
   */
  final boolean headerWords;

  /** A zero printed blank, "-", "—" or "0.00" ({@link #zero}). */
  final int zeroStyle;
  /** 单位：万元 on the right of the title row rather than on the 部门 line. */
  final boolean unitOnTitle;
  /** A 注：… line under the tables. */
  final boolean notes;

  /** 公开05表 prints 人员经费 | 公用经费 beside 基本支出. */
  final boolean personnelColumns;
  /** 公开06表 prints 公用经费 over two (科目编码, 科目名称, 决算数) blocks, 人员经费 in one: three blocks. */
  final boolean threeBlocks;
  /** 公开09表 is 国有资本经营预算财政拨款支出决算表 (本年支出 only) rather than 收入支出决算表. */
  final boolean stateCapitalSpendingOnly;

  List<Printed> cells() {
    return cells;
  }

  private long amount(long min, long max) {
    return min + (long) (rnd.nextDouble() * (max - min));
  }

  private void generate() {
    // 分: 5万–800万 yuan in a 万元 document, 5千–200万 yuan in a 元 document (columns stay readable)
    long lo = s.wan() ? 5_000_000L : 500_000L;
    long hi = s.wan() ? 800_000_000L : 200_000_000L;
    putLeaves(leaves, this::amount, lo, hi, s.govFund(), s.otherIncome());
    for (Map.Entry<String, long[]> e : leaves.entrySet()) {
      long[] v = e.getValue();
      long gpb = v[0] + v[1] + v[2];
      // revenue of the year: spending plus what is carried forward (never less than spent)
      revenue.put(e.getKey(), new long[] {gpb == 0 ? 0 : gpb + amount(0, gpb / 5), v[3] == 0 ? 0
          : v[3] + amount(0, v[3] / 4), v[4]});
    }
    openGpb = amount(lo, hi);
    openGf = s.govFund() ? amount(lo, hi / 2) : 0;
    openOther = s.otherIncome() || s.distribution() ? amount(lo, hi / 2) : 0;
    distribution = s.distribution() ? amount(0, openOther / 2) : 0;
    if (negativeCarryForward(s.seed()) && s.govFund()) {
      // the fund spent more than its revenue and what it carried in: 年末结转和结余 below zero (an overdraft,
      // printed negative in 公开04表 and 公开08表, and in 公开01表 when the other funds do not cover it)
      long spentGf = leaves.get("2120801")[3];
      long rev = spentGf * amount(50, 90) / 100;
      revenue.get("2120801")[1] = rev;
      openGf = amount(0, (spentGf - rev) / 2);
    }
    // economic classification of the basic spending: the items share the totals exactly
    long personnel = sum(0);
    long publicOp = sum(1);
    split(personnel, new int[] {1, 2, 3, 4, 6}, 0);
    split(publicOp, new int[] {1, 2, 3, 5}, PERSONNEL.length);
    economic[0] = economic[1] + economic[2] + economic[3] + economic[4];
    economic[5] = economic[6];
    economic[PERSONNEL.length] = economic[PERSONNEL.length + 1] + economic[PERSONNEL.length + 2]
        + economic[PERSONNEL.length + 3];
    economic[PERSONNEL.length + 4] = economic[PERSONNEL.length + 5];
    // 三公: actual within budget
    long[] b = {0, amount(0, hi / 10), 0, amount(0, hi / 10), amount(lo / 10, hi / 10), amount(0, hi / 20)};
    b[2] = b[3] + b[4];
    b[0] = b[1] + b[2] + b[5];
    long[] a = {0, b[1] * amount(50, 100) / 100, 0, b[3] * amount(50, 100) / 100,
        b[4] * amount(50, 100) / 100, b[5] * amount(50, 100) / 100};
    a[2] = a[3] + a[4];
    a[0] = a[1] + a[2] + a[5];
    System.arraycopy(b, 0, threePublic, 0, 6);
    System.arraycopy(a, 0, threePublic, 6, 6);
  }

  /**
   * The money of the function leaves, in 分 between {@code lo} and {@code hi}: code → {personnel, public
   * operation, general-budget project, government-fund project, other-funds project}.
   */
  static void putLeaves(Map<String, long[]> leaves, java.util.function.LongBinaryOperator amount, long lo, long hi,
      boolean govFund, boolean otherFunds) {
    leaves.put("2010301", new long[] {amount.applyAsLong(lo, hi), amount.applyAsLong(lo, hi / 2), 0, 0, 0});
    leaves.put("2010302", new long[] {0, 0, amount.applyAsLong(lo, hi), 0, 0});
    leaves.put("2010350", new long[] {amount.applyAsLong(lo, hi), amount.applyAsLong(lo, hi / 4),
        amount.applyAsLong(lo, hi / 2), 0, otherFunds ? amount.applyAsLong(lo, hi / 3) : 0});
    leaves.put("2080505", new long[] {amount.applyAsLong(lo, hi / 3), 0, 0, 0, 0});
    leaves.put("2080506", new long[] {amount.applyAsLong(lo, hi / 4), 0, 0, 0, 0});
    leaves.put("2101101", new long[] {amount.applyAsLong(lo, hi / 5), 0, 0, 0, 0});
    if (govFund) {
      leaves.put("2120801", new long[] {0, 0, 0, amount.applyAsLong(lo, hi), 0});
    }
    leaves.put("2210201", new long[] {amount.applyAsLong(lo, hi / 3), 0, 0, 0, 0});
  }

  private void split(long total, int[] items, int offset) {
    split(total, items, offset, economic, () -> amount(20, 60));
  }

  /** Shares {@code total} among {@code economic[offset + items[i]]}, each a {@code percent} of what is left. */
  static void split(long total, int[] items, int offset, long[] economic, java.util.function.LongSupplier percent) {
    long left = total;
    for (int i = 0; i < items.length; i++) {
      long v = i == items.length - 1 ? left : left * percent.getAsLong() / 100;
      economic[offset + items[i]] = v;
      left -= v;
    }
  }

  private long sum(int index) {
    return leaves.values().stream().mapToLong(v -> v[index]).sum();
  }

  private long of(String code, java.util.function.ToLongFunction<String> leaf) {
    return of(leaves.keySet(), code, leaf);
  }

  /** The exact value of a code (a leaf or the sum of the leaves under it) for a per-leaf function. */
  static long of(java.util.Collection<String> leaves, String code, java.util.function.ToLongFunction<String> leaf) {
    long t = 0;
    for (String c : leaves) {
      if (c.startsWith(code)) {
        t += leaf.applyAsLong(c);
      }
    }
    return t;
  }

  private List<String[]> functionRows(java.util.function.ToLongFunction<String> leaf) {
    return functionRows(leaves.keySet(), leaf);
  }

  /** The classification rows (类, 款, 项 of {@link #FUNCTIONS}) whose value is not zero. */
  static List<String[]> functionRows(java.util.Collection<String> leaves, java.util.function.ToLongFunction<String> leaf) {
    List<String[]> rows = new ArrayList<>();
    for (String[] fn : FUNCTIONS) {
      if (of(leaves, fn[0], leaf) != 0) {
        rows.add(fn);
      }
    }
    return rows;
  }

  /** The printed form of exact 分 in the document's unit, rounded half up to 0.01; blank for zero. */
  private String print(String key, long fen) {
    if (fen == 0 && !key.equals(s.perturb())) {
      return zero(zeroStyle, key, page, cells);
    }
    BigDecimal v = BigDecimal.valueOf(fen).movePointLeft(s.wan() ? 6 : 2).setScale(2, RoundingMode.HALF_UP);
    if (key.equals(s.perturb())) {
      v = v.add(s.delta());
    }
    String text = signed(v, negativeStyle);
    cells.add(new Printed(key, page, text));
    return text;
  }

  /**
   * {@code v} with thousands separators and its scale; a negative printed as real documents print it
   * ({@code style} 0 "-12.30", 1 "−12.30" (minus sign), 2 "(12.30)", 3 "（12.30）").
   */
  static String signed(BigDecimal v, int style) {
    String text = String.format("%,." + v.scale() + "f", v.abs());
    if (v.signum() >= 0) {
      return text;
    }
    return switch (style) {
      case 1 -> "\u2212" + text;
      case 2 -> "(" + text + ")";
      case 3 -> "\uff08" + text + "\uff09";
      default -> "-" + text;
    };
  }

  /** The value of a printed amount ({@link #signed}'s forms, separators), in the table's unit. */
  static BigDecimal value(String printed) {
    return dev.yusuan.model.Amount.parse(printed, dev.yusuan.model.MoneyUnit.YUAN).orElseThrow().value();
  }

  byte[] write(Path font) throws IOException {
    return write(font, null);
  }

  /** The document printed with a producer's {@code habits} ({@link PdfFixture.Habits}; null: as the fixture draws). */
  byte[] write(Path font, PdfFixture.Habits habits) throws IOException {
    try (PdfFixture pdf = new PdfFixture(font, habits)) {
      f = pdf;
      cover();
      summary();
      revenueTable();
      expenditureTable();
      fiscalSummary();
      gpbTable();
      basicTable();
      threePublicTable();
      if (!s.govFund() && titleWords == 1) {
        // the blank table under the title of its 本年支出 columns only, as some real 决算 print it
        codeTable("08", "政府性基金预算财政拨款支出决算表", new String[] {"合计", "基本支出", "项目支出"},
            new String[] {"本年支出", "本年支出", "本年支出"}, List.of(), List.of(c -> 0, c -> 0, c -> 0), true);
      } else {
        fundTable("08", "政府性基金预算财政拨款收入支出决算表", s.govFund());
      }
      if (stateCapitalSpendingOnly) {
        codeTable("09", "国有资本经营预算财政拨款支出决算表", new String[] {"合计", "基本支出", "项目支出"},
            new String[] {"本年支出", "本年支出", "本年支出"}, List.of(), List.of(c -> 0, c -> 0, c -> 0), true);
      } else {
        fundTable("09", "国有资本经营预算财政拨款收入支出决算表", false);
      }
      evaluationForms();
      return f.bytes();
    }
  }

  private void cover() throws IOException {
    f.page();
    page++;
    f.center(421, 200, 22, DEPARTMENT + s.year() + "年度部门决算");
  }

  private static final String[] CHINESE = {"一", "二", "三", "四", "五", "六", "七", "八", "九"};

  /** New page with caption, title and the 编制单位 / 单位 line; returns the y below them. */
  /**
   * How a zero is printed ({@code style} 0 blank, 1 "-", 2 "—", 3 "0.00", 4 "0"); a printed number is recorded
   * in {@code cells} as an amount of {@code page}.
   */
  static String zero(int style, String key, int page, List<Printed> cells) {
    String text = switch (style) {
      case 1 -> "-";
      case 2 -> "—";
      case 3 -> "0.00";
      case 4 -> "0";
      default -> null;
    };
    if (style >= 3) {
      cells.add(new Printed(key, page, text));
    }
    return text;
  }

  /** The 注：… line some publications print under a table. */
  private void note(float y, String title) throws IOException {
    if (notes) {
      f.text(40, y + 14, 9, "注：本表反映" + s.year() + "年度" + title.replace("表", "") + "情况。");
    }
  }

  /**
   * A table's title as printed: the template's, or (drawn from the seed) the words other real 决算 print for it
   * (real-names/titles.tsv in budget-tables): 1 收入决算总表, 支出决算总表, 一般公共预算财政拨款基本支出决算明细表 (and
   * a blank 政府性基金 table as 政府性基金预算财政拨款支出决算表);
   * 2 收支决算总表 and 财政拨款收支决算总表.
   */
  private String printedTitle(String title) {
    return switch (titleWords) {
      case 1 -> switch (title) {
        case "收入决算表" -> "收入决算总表";
        case "支出决算表" -> "支出决算总表";
        case "一般公共预算财政拨款基本支出决算表" -> "一般公共预算财政拨款基本支出决算明细表";
        default -> title;
      };
      case 2 -> title.replace("收入支出决算总表", "收支决算总表");
      default -> title;
    };
  }

  private float heading(String number, String title) throws IOException {
    f.page();
    page++;
    float y = 50;
    int n = Integer.parseInt(number);
    switch (s.caption()) {
      case 1 -> f.text(40, y, 10, "公开" + number + "表");
      case 2 -> f.text(40, y, 10, "表" + n);
      default -> { }
    }
    y += 24;
    String printed = printedTitle(title);
    String full = s.prefix() ? DEPARTMENT + s.year() + "年度" + printed : printed;
    f.center(421, y, 15, full);
    String unit = "单位：" + (s.wan() ? "万元" : "元");
    if (unitOnTitle) {
      f.right(800, y, 9, unit);
    }
    y += 22;
    f.text(40, y, 9, (s.unitLineDept() ? "编制单位：" : "部门：") + DEPARTMENT);
    if (!unitOnTitle) {
      f.right(800, y, 9, unit);
    }
    return y + 10;
  }

  private static String classLabel(int i, String name) {
    return (i < CLASS_ORDINALS.length ? CLASS_ORDINALS[i] : String.valueOf(i + 1)) + "、" + name;
  }

  private String amountHeader() {
    return s.amountHeader() ? "金额" : "决算数";
  }

  // ------------------------------------------------------------------ 公开01表 收入支出决算总表

  private void summary() throws IOException {
    float y = heading("01", "收入支出决算总表");
    boolean rn = s.rowNumbers();
    float[] e = rn ? new float[] {40, 240, 275, 400, 620, 655, 800} : new float[] {40, 250, 400, 650, 800};
    boolean[] num = rn ? new boolean[] {false, false, true, false, false, true}
        : new boolean[] {false, true, false, true};
    PdfFixture.Table t = f.table(y, e, num);
    int half = rn ? 3 : 2;
    t.header(0, half - 1, "收入", half, 2 * half - 1, "支出");
    if (rn) {
      t.header(0, 0, "项目", 1, 1, "行次", 2, 2, amountHeader(), 3, 3, "项目", 4, 4, "行次", 5, 5, amountHeader());
    } else {
      t.header(0, 0, "项目", 1, 1, amountHeader(), 2, 2, "项目", 3, 3, amountHeader());
    }
    if (s.columnNumbers()) {
      t.row(rn ? new String[] {"栏次", null, "1", "栏次", null, "2"} : new String[] {"栏次", "1", "栏次", "2"});
    }
    long gpb = revenue.values().stream().mapToLong(v -> v[0]).sum();
    long gf = revenue.values().stream().mapToLong(v -> v[1]).sum();
    long other = revenue.values().stream().mapToLong(v -> v[2]).sum();
    long current = gpb + gf + other;
    long open = openGpb + openGf + openOther;
    String[][] income = {
      {"一、一般公共预算财政拨款收入", print("01|gpb", gpb)},
      {"二、政府性基金预算财政拨款收入", print("01|gf", gf)},
      {"三、国有资本经营预算财政拨款收入", null},
      {"四、上级补助收入", null},
      {"五、事业收入", null},
      {headerWords ? "六、事业单位经营收入" : "六、经营收入", null},
      {"七、附属单位上缴收入", null},
      {"八、其他收入", print("01|other", other)},
    };
    List<String[]> classes = new ArrayList<>();
    for (String[] fn : functionRows(this::total)) {
      if (fn[0].length() == 3) {
        classes.add(new String[] {classLabel(classes.size(), fn[1]), print("01|" + fn[0], of(fn[0], this::total))});
      }
    }
    int lines = Math.max(income.length, classes.size());
    int rowNo = 1;
    for (int i = 0; i < lines; i++) {
      String[] in = i < income.length ? income[i] : new String[] {null, null};
      String[] out = i < classes.size() ? classes.get(i) : new String[] {null, null};
      row(t, rn, in[0], in[0] == null ? null : String.valueOf(i + 1), in[1], out[0],
          out[0] == null ? null : String.valueOf(lines + i + 1), out[1]);
      rowNo = lines + i + 2;
    }
    long spent = leaves.values().stream().mapToLong(v -> v[0] + v[1] + v[2] + v[3] + v[4]).sum();
    long close = open + current - spent - distribution;
    int k = 2 * lines + 1;
    row(t, rn, "本年收入合计", String.valueOf(k), print("01|current", current), headerWords ? "本年支出" : "本年支出合计",
        String.valueOf(k + 4), print("01|spent", spent));
    row(t, rn, headerWords ? "使用非财政拨款结余(含专用结余)" : "使用非财政拨款结余", String.valueOf(k + 1), null, "结余分配",
        String.valueOf(k + 5), print("01|distribution", distribution));
    row(t, rn, headerWords ? "上年结转和结余" : "年初结转和结余", String.valueOf(k + 2), print("01|open", open), "年末结转和结余",
        String.valueOf(k + 6), print("01|close", close));
    row(t, rn, "总计", String.valueOf(k + 3), print("01|total-in", current + open), "总计", String.valueOf(k + 7),
        print("01|total-out", spent + distribution + close));
  }

  private long total(String leaf) {
    long[] v = leaves.get(leaf);
    return v[0] + v[1] + v[2] + v[3] + v[4];
  }

  private static void row(PdfFixture.Table t, boolean rn, String l1, String n1, String v1, String l2, String n2,
      String v2) throws IOException {
    if (rn) {
      t.row(l1, n1, v1, l2, n2, v2);
    } else {
      t.row(l1, v1, l2, v2);
    }
  }

  // ------------------------------------------------------------------ code tables (02, 03, 05, 08, 09)

  /** Writes a table whose stub is 科目编码 (joined or 类|款|项) + 科目名称 and whose values are {@code columns}. */
  private void codeTable(String number, String title, String[] headers, String[] groups,
      List<String[]> rows, List<java.util.function.ToLongFunction<String>> values, boolean blank)
      throws IOException {
    float y = heading(number, title);
    boolean split = s.splitCodes();
    int stub = split ? 4 : 2;
    int n = headers.length;
    float[] e = codeEdges(split ? new float[] {40, 75, 105, 135, 300} : new float[] {40, 110, 300}, 800, n);
    boolean[] num = valuesAfter(stub, n);
    PdfFixture.Table t = f.table(y, e, num);
    writeHeader(t, stub, headers, groups, split);
    if (s.columnNumbers()) {
      String[] c = new String[stub + n];
      c[stub - 1] = "栏次";
      for (int i = 0; i < n; i++) {
        c[stub + i] = String.valueOf(i + 1);
      }
      t.row(c);
    }
    String[] total = new String[stub + n];
    total[stub - 1] = "合计";
    for (int i = 0; i < n; i++) {
      total[stub + i] = blank ? null : rate != null && i == n - 1 ? rate("") : print(number + "|total|" + headers[i],
          of("", values.get(i)));
    }
    if (blank) {
      t.row(total);
      f.text(40, t.bottom() + 14, 9, "注：本单位本年度无" + title.replace("决算表", "") + "，本表无数据。");
      return;
    }
    t.row(total);
    int cut = s.continued() && rows.size() > 4 ? rows.size() / 2 : -1;
    for (int r = 0; r < rows.size(); r++) {
      if (r == cut) {
        f.page();
        page++;
        t = f.table(50, e, num);
        writeHeader(t, stub, headers, groups, split);
      }
      String[] fn = rows.get(r);
      String[] c = codeRow(fn[0], fn[1], split, n);
      for (int i = 0; i < n; i++) {
        c[stub + i] = rate != null && i == n - 1 ? rate(fn[0]) : print(number + "|" + fn[0] + "|" + headers[i],
            of(fn[0], values.get(i)));
      }
      t.row(c);
    }
    note(t.bottom(), title);
  }

  /** Column edges: the stub's {@code stub} edges, then {@code n} value columns of equal width up to {@code right}. */
  static float[] codeEdges(float[] stub, float right, int n) {
    float[] e = java.util.Arrays.copyOf(stub, stub.length + n);
    float w = (right - stub[stub.length - 1]) / n;
    for (int i = 1; i <= n; i++) {
      e[stub.length - 1 + i] = stub[stub.length - 1] + i * w;
    }
    return e;
  }

  /** Right-aligned (numeric) columns: the {@code n} after a stub of {@code stub} columns. */
  static boolean[] valuesAfter(int stub, int n) {
    boolean[] num = new boolean[stub + n];
    java.util.Arrays.fill(num, stub, stub + n, true);
    return num;
  }

  /** A code row's stub (the code joined, or over 类|款|项, then the name) followed by {@code n} blank values. */
  static String[] codeRow(String code, String name, boolean split, int n) {
    int stub = split ? 4 : 2;
    String[] c = new String[stub + n];
    if (split) {
      c[0] = code.substring(0, 3);
      c[1] = code.length() >= 5 ? code.substring(3, 5) : null;
      c[2] = code.length() == 7 ? code.substring(5, 7) : null;
    } else {
      c[0] = code;
    }
    c[stub - 1] = name;
    return c;
  }

  /** The two-line header of a code table: 科目编码 (or 类|款|项) and 科目名称, then the value columns under groups. */
  static void writeHeader(PdfFixture.Table t, int stub, String[] headers, String[] groups, boolean split)
      throws IOException {
    List<Object> cells = new ArrayList<>();
    int rows = 2;
    if (split) {
      cells.addAll(List.of(0, 2, 0, 0, "科目编码", 0, 0, 1, 1, "类", 1, 1, 1, 1, "款", 2, 2, 1, 1, "项",
          3, 3, 0, 1, "科目名称"));
    } else {
      cells.addAll(List.of(0, 0, 0, rows - 1, "科目编码", 1, 1, 0, rows - 1, "科目名称"));
    }
    for (int i = 0; i < headers.length; i++) {
      int col = stub + i;
      if (groups != null && groups[i] != null) {
        int last = i;
        while (last + 1 < headers.length && groups[i].equals(groups[last + 1])) {
          last++;
        }
        if (i == 0 || !groups[i].equals(groups[i - 1])) {
          cells.addAll(List.of(col, stub + last, 0, 0, groups[i]));
        }
        cells.addAll(List.of(col, col, 1, rows - 1, headers[i]));
      } else {
        cells.addAll(List.of(col, col, 0, rows - 1, headers[i]));
      }
    }
    t.headerGrid(rows, cells.toArray());
  }

  private void revenueTable() throws IOException {
    String[] h = {"本年收入合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位\n上缴收入", "其他收入"};
    List<java.util.function.ToLongFunction<String>> v = List.of(
        c -> revenue.get(c)[0] + revenue.get(c)[1] + revenue.get(c)[2], c -> revenue.get(c)[0] + revenue.get(c)[1],
        c -> 0, c -> 0, c -> 0, c -> 0, c -> revenue.get(c)[2]);
    if (headerWords) {
      h = new String[] {"本年收入合计", "一般公共\n预算财政\n拨款收入", "政府性基金\n预算财政\n拨款收入", "国有资本\n经营预算\n财政拨款\n收入",
        "上级补助收入", "事业收入", "事业单位\n经营收入", "附属单位\n上缴收入", "其他收入"};
      v = List.of(c -> revenue.get(c)[0] + revenue.get(c)[1] + revenue.get(c)[2], c -> revenue.get(c)[0],
          c -> revenue.get(c)[1], c -> 0, c -> 0, c -> 0, c -> 0, c -> 0, c -> revenue.get(c)[2]);
    }
    codeTable("02", "收入决算表", h, null, functionRows(v.get(0)), v, false);
  }

  private void expenditureTable() throws IOException {
    String[] h = {"本年支出合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位\n补助支出"};
    List<java.util.function.ToLongFunction<String>> v = List.of(this::total,
        c -> leaves.get(c)[0] + leaves.get(c)[1], c -> leaves.get(c)[2] + leaves.get(c)[3] + leaves.get(c)[4],
        c -> 0, c -> 0, c -> 0);
    codeTable("03", "支出决算表", h, null, functionRows(v.get(0)), v, false);
  }

  private void gpbTable() throws IOException {
    List<java.util.function.ToLongFunction<String>> v = new ArrayList<>(List.of(
        c -> leaves.get(c)[0] + leaves.get(c)[1] + leaves.get(c)[2], c -> leaves.get(c)[0] + leaves.get(c)[1]));
    List<String> h = new ArrayList<>(List.of("小计", "基本支出"));
    if (personnelColumns) {
      h.addAll(List.of("人员经费", "公用经费"));
      v.add(c -> leaves.get(c)[0]);
      v.add(c -> leaves.get(c)[1]);
    }
    h.add("项目支出");
    v.add(c -> leaves.get(c)[2]);
    String[] g = new String[h.size()];
    java.util.Arrays.fill(g, "本年支出");
    if (budgetColumns()) {
      // 年初预算数 before 本年支出, 决算数为预算数的% after it (the rate of 小计 to 年初预算数)
      java.util.function.ToLongFunction<String> spent = v.get(0);
      h.add(0, "年初预算数");
      v.add(0, c -> budget.get(c));
      int budgets = 1;
      if (headerWords) {
        // other regions' forms (real-names/headers.tsv) print the 调整预算数 (the full-year budget) beside it;
        // drawn equal to the 年初预算数 (no budget was adjusted)
        h.add(1, "调整预算数");
        v.add(1, c -> budget.get(c));
        budgets = 2;
      }
      h.add("决算数为\n预算数的%");
      v.add(c -> 0);
      g = new String[h.size()];
      java.util.Arrays.fill(g, budgets, h.size() - 1, "本年支出");
      rate = new java.util.function.ToLongFunction[] {spent, c -> budget.get(c)};
    }
    codeTable("05", "一般公共预算财政拨款支出决算表", h.toArray(String[]::new), g, functionRows(v.get(0)), v, false);
    rate = null;
  }

  private void fundTable(String number, String title, boolean data) throws IOException {
    String[] h = {"年初结转\n和结余", "本年收入", "小计", "基本支出", "项目支出", "年末结转\n和结余"};
    String[] g = {null, null, "本年支出", "本年支出", "本年支出", null};
    long open = openGf;
    List<java.util.function.ToLongFunction<String>> v = List.of(
        c -> leaves.get(c)[3] == 0 ? 0 : open, c -> revenue.get(c)[1], c -> leaves.get(c)[3], c -> 0,
        c -> leaves.get(c)[3], c -> leaves.get(c)[3] == 0 ? 0 : open + revenue.get(c)[1] - leaves.get(c)[3]);
    codeTable(number, title, h, g, data ? functionRows(v.get(2)) : List.of(), v, !data);
  }

  /** The code table being written prints a 决算数为预算数的% column last: its actual and budget (else null). */
  private java.util.function.ToLongFunction<String>[] rate;

  /**
   * The printed 决算数为预算数的% of {@code code} (决算数 ÷ 年初预算数 × 100 of the exact figures, half up to 0.01;
   * blank with no budget); recorded in {@link #rates}.
   */
  private String rate(String code) {
    long budget = of(code, rate[1]);
    if (budget == 0) {
      return null;
    }
    BigDecimal r = BigDecimal.valueOf(of(code, rate[0])).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(budget), 2, RoundingMode.HALF_UP);
    String key = "05|" + code + "|rate";
    if (key.equals(s.perturb())) {
      r = r.add(s.delta());
    }
    String text = r.toPlainString();
    rates.add(new Printed(key, page, text));
    return text;
  }

  /** The printed rates and scores (决算数为预算数的%, 执行率, 分值, 得分, 总分): never amounts. */
  final List<Printed> rates = new ArrayList<>();

  /** 年初预算数 of each leaf (公开05表, from seed bit 29): the 一般公共预算 spent, 80–125% of it, in 分. */
  final Map<String, Long> budget = new LinkedHashMap<>();

  /** From the seed's bit 29: 公开05表 prints 年初预算数 and 决算数为预算数的% beside 本年支出. */
  boolean budgetColumns() {
    return s.national() && (s.seed() >> 29 & 1) == 1;
  }

  // ------------------------------------------------------------------ 公开04表 财政拨款收入支出决算总表

  private void fiscalSummary() throws IOException {
    float y = heading("04", "财政拨款收入支出决算总表");
    boolean rn = s.rowNumbers();
    float[] e = rn ? new float[] {40, 200, 230, 310, 450, 480, 560, 640, 720, 800}
        : new float[] {40, 210, 300, 470, 560, 640, 720, 800};
    boolean[] num = rn ? new boolean[] {false, false, true, false, false, true, true, true, true}
        : new boolean[] {false, true, false, true, true, true, true};
    PdfFixture.Table t = f.table(y, e, num);
    int in = rn ? 3 : 2;
    List<Object> head = new ArrayList<>(List.of(0, in - 1, 0, 0, "收入", in, e.length - 2, 0, 0, "支出",
        0, 0, 1, 2, "项目"));
    if (rn) {
      head.addAll(List.of(1, 1, 1, 2, "行次", 2, 2, 1, 2, amountHeader(), 3, 3, 1, 2, "项目", 4, 4, 1, 2, "行次"));
    } else {
      head.addAll(List.of(1, 1, 1, 2, amountHeader(), 2, 2, 1, 2, "项目"));
    }
    int v0 = rn ? 5 : 3;
    head.addAll(List.of(v0, v0, 1, 2, "合计", v0 + 1, v0 + 1, 1, 2, "一般公共预算\n财政拨款", v0 + 2, v0 + 2, 1, 2,
        "政府性基金预算\n财政拨款", v0 + 3, v0 + 3, 1, 2, "国有资本经营\n预算财政拨款"));
    t.headerGrid(3, head.toArray());
    if (s.columnNumbers()) {
      t.row(rn ? new String[] {"栏次", null, "1", "栏次", null, "2", "3", "4", "5"}
          : new String[] {"栏次", "1", "栏次", "2", "3", "4", "5"});
    }
    long gpb = revenue.values().stream().mapToLong(v -> v[0]).sum();
    long gf = revenue.values().stream().mapToLong(v -> v[1]).sum();
    String[][] income = {
      {"一、一般公共预算财政拨款", print("04|gpb", gpb)},
      {"二、政府性基金预算财政拨款", print("04|gf", gf)},
      {"三、国有资本经营预算财政拨款", null},
    };
    java.util.function.ToLongFunction<String> fg = c -> leaves.get(c)[0] + leaves.get(c)[1] + leaves.get(c)[2];
    java.util.function.ToLongFunction<String> ff = c -> leaves.get(c)[3];
    java.util.function.ToLongFunction<String> fa = c -> fg.applyAsLong(c) + ff.applyAsLong(c);
    List<String[]> classes = new ArrayList<>();
    for (String[] fn : functionRows(fa)) {
      if (fn[0].length() == 3) {
        classes.add(new String[] {classLabel(classes.size(), fn[1]), print("04|" + fn[0] + "|all", of(fn[0], fa)),
            print("04|" + fn[0] + "|gpb", of(fn[0], fg)), print("04|" + fn[0] + "|gf", of(fn[0], ff)), null});
      }
    }
    int lines = Math.max(income.length, classes.size());
    for (int i = 0; i < lines; i++) {
      String[] l = i < income.length ? income[i] : new String[] {null, null};
      String[] r = i < classes.size() ? classes.get(i) : new String[5];
      fiscalRow(t, rn, l[0], l[0] == null ? null : String.valueOf(i + 1), l[1], r[0],
          r[0] == null ? null : String.valueOf(lines + i + 1), r[1], r[2], r[3], r[4]);
    }
    long spentG = of("", fg);
    long spentF = of("", ff);
    long closeG = openGpb + gpb - spentG;
    long closeF = openGf + gf - spentF;
    int k = 2 * lines + 1;
    fiscalRow(t, rn, "本年收入合计", String.valueOf(k), print("04|current", gpb + gf), "本年支出合计",
        String.valueOf(k + 5), print("04|spent|all", spentG + spentF), print("04|spent|gpb", spentG),
        print("04|spent|gf", spentF), null);
    fiscalRow(t, rn, "年初财政拨款结转和结余", String.valueOf(k + 1), print("04|open", openGpb + openGf),
        "年末财政拨款结转和结余", String.valueOf(k + 6), print("04|close|all", closeG + closeF),
        print("04|close|gpb", closeG), print("04|close|gf", closeF), null);
    fiscalRow(t, rn, "一般公共预算财政拨款", String.valueOf(k + 2), print("04|open|gpb", openGpb), null, null,
        null, null, null, null);
    fiscalRow(t, rn, "政府性基金预算财政拨款", String.valueOf(k + 3), print("04|open|gf", openGf), null, null,
        null, null, null, null);
    fiscalRow(t, rn, "总计", String.valueOf(k + 4), print("04|total-in", gpb + gf + openGpb + openGf), "总计",
        String.valueOf(k + 7), print("04|total-out|all", spentG + spentF + closeG + closeF),
        print("04|total-out|gpb", spentG + closeG), print("04|total-out|gf", spentF + closeF), null);
  }

  private static void fiscalRow(PdfFixture.Table t, boolean rn, String l1, String n1, String v1, String l2,
      String n2, String all, String gpb, String gf, String sc) throws IOException {
    if (rn) {
      t.row(l1, n1, v1, l2, n2, all, gpb, gf, sc);
    } else {
      t.row(l1, v1, l2, all, gpb, gf, sc);
    }
  }

  // ------------------------------------------------------------------ 公开06表 基本支出 (two blocks)

  private void basicTable() throws IOException {
    float y = heading("06", "一般公共预算财政拨款基本支出决算表");
    String h = amountHeader();
    if (threeBlocks) {
      basicThreeBlocks(y, h);
      return;
    }
    PdfFixture.Table t = f.table(y, new float[] {40, 100, 280, 400, 460, 640, 800}, false, false, true, false,
        false, true);
    t.headerGrid(2, 0, 2, 0, 0, "人员经费", 3, 5, 0, 0, "公用经费", 0, 0, 1, 1, "科目编码", 1, 1, 1, 1, "科目名称",
        2, 2, 1, 1, h, 3, 3, 1, 1, "科目编码", 4, 4, 1, 1, "科目名称", 5, 5, 1, 1, h);
    List<String[]> left = new ArrayList<>();
    for (int i = 0; i < PERSONNEL.length; i++) {
      if (economic[i] != 0) {
        left.add(new String[] {PERSONNEL[i][0], PERSONNEL[i][1], print("06|" + PERSONNEL[i][0], economic[i])});
      }
    }
    List<String[]> right = new ArrayList<>();
    for (int i = 0; i < PUBLIC.length; i++) {
      long v = economic[PERSONNEL.length + i];
      if (v != 0) {
        right.add(new String[] {PUBLIC[i][0], PUBLIC[i][1], print("06|" + PUBLIC[i][0], v)});
      }
    }
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      String[] l = i < left.size() ? left.get(i) : new String[3];
      String[] r = i < right.size() ? right.get(i) : new String[3];
      t.row(l[0], l[1], l[2], r[0], r[1], r[2]);
    }
    t.row("人员经费合计", null, print("06|personnel", sum(0)), "公用经费合计", null, print("06|public", sum(1)));
  }

  /** 人员经费 in one block, 公用经费 over two: 302 and its items left, 310 and its items right. */
  private void basicThreeBlocks(float y, String h) throws IOException {
    PdfFixture.Table t = f.table(y, new float[] {40, 80, 200, 270, 310, 450, 530, 570, 720, 800}, false, false,
        true, false, false, true, false, false, true);
    t.headerGrid(2, 0, 2, 0, 0, "人员经费", 3, 8, 0, 0, "公用经费", 0, 0, 1, 1, "科目编码", 1, 1, 1, 1, "科目名称",
        2, 2, 1, 1, h, 3, 3, 1, 1, "科目编码", 4, 4, 1, 1, "科目名称", 5, 5, 1, 1, h, 6, 6, 1, 1, "科目编码",
        7, 7, 1, 1, "科目名称", 8, 8, 1, 1, h);
    List<List<String[]>> blocks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < PERSONNEL.length; i++) {
      if (economic[i] != 0) {
        blocks.get(0).add(new String[] {PERSONNEL[i][0], PERSONNEL[i][1], print("06|" + PERSONNEL[i][0],
            economic[i])});
      }
    }
    for (int i = 0; i < PUBLIC.length; i++) {
      long v = economic[PERSONNEL.length + i];
      if (v != 0) {
        blocks.get(PUBLIC[i][0].startsWith("302") ? 1 : 2).add(new String[] {PUBLIC[i][0], PUBLIC[i][1],
            print("06|" + PUBLIC[i][0], v)});
      }
    }
    int n = Math.max(blocks.get(0).size(), Math.max(blocks.get(1).size(), blocks.get(2).size()));
    for (int r = 0; r < n; r++) {
      String[] c = new String[9];
      for (int b = 0; b < 3; b++) {
        if (r < blocks.get(b).size()) {
          System.arraycopy(blocks.get(b).get(r), 0, c, 3 * b, 3);
        }
      }
      t.row(c);
    }
    t.row("人员经费合计", null, print("06|personnel", sum(0)), null, null, null, "公用经费合计", null,
        print("06|public", sum(1)));
  }

  // ------------------------------------------------------------------ 公开07表 三公

  private void threePublicTable() throws IOException {
    float y = heading("07", "一般公共预算财政拨款“三公”经费支出决算表");
    float[] e = new float[13];
    for (int i = 0; i < 13; i++) {
      e[i] = 40 + i * 63.5f;
    }
    boolean[] num = new boolean[12];
    java.util.Arrays.fill(num, true);
    PdfFixture.Table t = f.table(y, e, num);
    t.threePublicFinalHeader("因公出国\n（境）费");
    if (s.columnNumbers()) {
      String[] c = new String[12];
      for (int i = 0; i < 12; i++) {
        c[i] = String.valueOf(i + 1);
      }
      t.row(c);
    }
    String[] v = new String[12];
    for (int i = 0; i < 12; i++) {
      v[i] = print("07|" + i, threePublic[i]);
    }
    t.row(v);
  }

  // ------------------------------------------------------------------ 绩效自评表 (optional, form-like)

  /** The projects a 决算's 项目支出绩效自评表 evaluate (the 决算 tables name no project). */
  static final String[] PROJECTS = {"业务培训专项", "信息化建设运维", "执法装备购置"};

  /** The indicator rows of a 自评表: 一级, 二级, 三级指标, 年度指标值, 实际完成值 (targets, never amounts). */
  static final String[][] EVALUATED = {
    {"产出指标", "数量指标", "培训人次", "≥500人次", "520人次"},
    {"产出指标", "数量指标", "设备购置数量", "12台", "12台"},
    {"产出指标", "质量指标", "培训合格率", "≥95%", "97%"},
    {"产出指标", "时效指标", "完成时间", "年底前完成", "按期完成"},
    {"产出指标", "成本指标", "人均培训成本", "≤30万元", "28万元"},
    {"效益指标", "社会效益指标", "服务对象知晓度", "明显提高", "明显提高"},
    {"满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "93%"},
  };

  /**
   * One evaluated project (or the department): money in 分 per row (年度资金总额 is their sum) and column
   * (年初预算数, 全年预算数, 全年执行数), the indicators drawn (their count) and each indicator's 分值 and 得分 (in
   * hundredths of a point).
   */
  record Evaluation(String owner, long[][] money, int indicators, int[] weights, long[] scores) {}

  /** The forms drawn: the overall form first when printed, then the projects' forms. */
  final List<Evaluation> evaluations;

  /** The targets the 自评表 print: owner, 三级指标 (or 执行率 / 总分), 指标值, 实际完成值, 分值, 得分 as printed. */
  final List<String[]> evaluatedTargets = new ArrayList<>();

  /**
   * From the seed's bits 24-25: how many 项目支出绩效自评表 follow 公开09表 (0 to 3); bit 26: a 部门整体支出绩效自评表
   * before them; bit 27: the first form's indicator rows continued on the next page (no title there, the
   * indicator header repeated); bit 28: a 三级指标 and the 年度总体目标 wrap over several lines in their cells.
   * Drawn in the national numbering only (行次 or 栏次): a 决算 numbered as the Shanghai forms is read with the
   * regional sets, which have no 自评表 layout.
   */
  int projectEvaluations() {
    return s.national() ? (int) (s.seed() >> 24 & 3) : 0;
  }

  boolean overallEvaluation() {
    return s.national() && (s.seed() >> 26 & 1) == 1;
  }

  private boolean evaluationContinued() {
    return (s.seed() >> 27 & 1) == 1;
  }

  private boolean evaluationLongTexts() {
    return (s.seed() >> 28 & 1) == 1;
  }

  private List<Evaluation> drawEvaluations(Random r) {
    List<Evaluation> out = new ArrayList<>();
    long lo = s.wan() ? 10_000_000L : 100_000L; // at least 10 万元: the 执行率 is read to a tenth of a point
    long hi = s.wan() ? 300_000_000L : 50_000_000L;
    int n = (overallEvaluation() ? 1 : 0) + projectEvaluations();
    for (int i = 0; i < n; i++) {
      String owner = overallEvaluation() && i == 0 ? DEPARTMENT : PROJECTS[i - (overallEvaluation() ? 1 : 0)];
      long[][] m = new long[4][3]; // rows 总额, 当年财政拨款, 上年结转, 其他资金 × 年初, 全年, 执行
      for (int row = 1; row < 4; row++) {
        // 上年结转 and 其他资金 are often nothing (printed as the document prints zero)
        boolean none = row > 1 && r.nextInt(3) == 0;
        long initial = none ? 0 : lo + (long) (r.nextDouble() * (hi - lo));
        long full = none ? 0 : initial * (90 + r.nextInt(31)) / 100;
        long spent = full * (70 + r.nextInt(31)) / 100;
        m[row] = new long[] {row == 2 ? 0 : initial, full, spent}; // 上年结转 has no 年初预算
        for (int c = 0; c < 3; c++) {
          m[0][c] += m[row][c];
        }
      }
      int k = 4 + r.nextInt(EVALUATED.length - 3);
      int[] w = new int[k];
      long[] sc = new long[k];
      for (int j = 0; j < k; j++) {
        w[j] = j < k - 1 ? 90 / k : 90 - (k - 1) * (90 / k);
        sc[j] = w[j] * (80L + r.nextInt(21)); // hundredths of a point, at most the weight
      }
      out.add(new Evaluation(owner, m, k, w, sc));
    }
    return out;
  }

  /** The form's columns: label | row label | 年初 (一级) | 全年 (二级) | 执行 (三级) | 分值 (指标值) | 执行率 (实际) | 得分 (分值) | (得分) | (偏差). */
  private static final float[] EVALUATION_EDGES = {24, 84, 180, 280, 370, 450, 530, 610, 660, 710, 818};

  private void evaluationForms() throws IOException {
    for (int i = 0; i < evaluations.size(); i++) {
      Evaluation e = evaluations.get(i);
      boolean overall = overallEvaluation() && i == 0;
      float y = heading(String.format("%02d", 10 + i), overall ? "部门整体支出绩效自评表" : "项目支出绩效自评表");
      PdfFixture.Table t = f.table(y, EVALUATION_EDGES, new boolean[10]);
      String key = "pe" + i + "|";
      if (overall) {
        t.row("部门名称", DEPARTMENT, null, null, null, null, null, null, null, null);
      } else {
        t.row("项目名称", e.owner(), null, null, null, null, null, null, null, null);
        t.row("主管部门", DEPARTMENT, null, null, null, "实施单位", DEPARTMENT, null, null, null);
      }
      t.row("项目资金\n（" + (s.wan() ? "万元" : "元") + "）", null, "年初预算数", "全年预算数", "全年执行数", "分值",
          "执行率", "得分", null, null);
      String[] rows = {"年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"};
      long points = 0;
      for (int row = 0; row < 4; row++) {
        String[] c = new String[10];
        c[1] = rows[row];
        for (int col = 0; col < 3; col++) {
          c[2 + col] = print(key + row + "|" + col, e.money()[row][col]);
        }
        if (row == 0) {
          // 执行率 = 全年执行数 ÷ 全年预算数; 10 points scaled by it (at most 10)
          BigDecimal rate = BigDecimal.valueOf(e.money()[0][2]).multiply(BigDecimal.valueOf(100))
              .divide(BigDecimal.valueOf(e.money()[0][1]), 2, RoundingMode.HALF_UP);
          BigDecimal score = rate.min(BigDecimal.valueOf(100)).divide(BigDecimal.TEN, 2, RoundingMode.HALF_UP);
          c[5] = "10";
          c[6] = score(key + "rate", rate, "%");
          c[7] = score(key + "money-score", score, "");
          points += score.movePointRight(2).longValueExact();
          evaluatedTargets.add(new String[] {e.owner(), "执行率", "", c[6], "10", c[7]});
        } else {
          c[5] = "—";
          c[6] = "—";
          c[7] = "—";
        }
        t.row(c);
      }
      t.row(overall ? "年度总体\n目标" : "年度总体\n目标", "预期目标", null, null, null, "实际完成情况", null, null, null,
          null);
      String goal = evaluationLongTexts() ? "按计划完成年度各项任务，提升\n履职能力和服务水平" : "按计划完成年度各项任务";
      t.row(null, goal, null, null, null, "已按计划完成", null, null, null, null);
      points += indicators(t, e, i == 0 && evaluationContinued());
      String total = score(key + "total", BigDecimal.valueOf(points, 2), "");
      t.row("总分", null, null, null, null, null, null, "100", total, null);
      evaluatedTargets.add(new String[] {e.owner(), "总分", "", "", "100", total});
    }
  }

  private static final String[] INDICATOR_HEADER = {"绩效指标", "一级指标", "二级指标", "三级指标", null, "年度指标值",
    "实际完成值", "分值", "得分", "偏差原因分析\n及改进措施"};

  /** The indicator rows of form {@code e}; returns the points they score, in hundredths. */
  private long indicators(PdfFixture.Table t, Evaluation e, boolean continued) throws IOException {
    t.row(INDICATOR_HEADER);
    String l1 = null;
    String l2 = null;
    long points = 0;
    int form = evaluations.indexOf(e);
    for (int i = 0; i < e.indicators(); i++) {
      String[] ind = EVALUATED[i];
      if (continued && i == 2) {
        f.page();
        page++;
        t = f.table(50, EVALUATION_EDGES, new boolean[10]);
        t.row(INDICATOR_HEADER);
        l1 = null;
        l2 = null;
      }
      String name = evaluationLongTexts() && i == 1 ? ind[2] + "（含办公设备\n及执法装备）" : ind[2];
      String weight = String.valueOf(e.weights()[i]);
      String score = score("pe" + form + "|score|" + i, BigDecimal.valueOf(e.scores()[i], 2), "");
      points += e.scores()[i];
      t.row(null, ind[0].equals(l1) ? null : ind[0], ind[1].equals(l2) ? null : ind[1], name, null, ind[3], ind[4],
          weight, score, i % 3 == 2 ? "无偏差" : null);
      evaluatedTargets.add(new String[] {e.owner(), name.replace("\n", ""), ind[3], ind[4], weight, score});
      l1 = ind[0];
      l2 = ind[1];
    }
    return points;
  }

  /**
   * A printed score or rate ({@code v} plus the shape's delta when {@code key} is the one changed, then
   * {@code suffix}), recorded.
   */
  private String score(String key, BigDecimal v, String suffix) {
    BigDecimal x = key.equals(s.perturb()) ? v.add(s.delta()) : v;
    String text = x.toPlainString() + suffix;
    rates.add(new Printed(key, page, text));
    return text;
  }
}
