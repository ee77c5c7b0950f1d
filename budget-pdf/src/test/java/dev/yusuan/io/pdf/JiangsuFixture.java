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
import java.util.function.ToLongFunction;

/**
 * Writes a Jiangsu provincial 部门预算 table set (公开表一–十二) as a PDF with PDFBox, with the titles, the order and
 * the captions the real 2017, 2018 and 2019 files print: 2017 表一…表十二 (or none), the 政府性基金 table seventh and
 * the “三公” table eleventh with （一般公共预算）; 2018 公开01表…公开12表 (or none); 2019 公开01表 or 公开表一, the code
 * tables titled …（功能科目） / …（经济科目）. Amounts in 万元, derived from exact 分 so that every identity of the
 * set holds, each printed figure rounded honestly (half up) to 0.01 万元.
 *
 * <p>{@link Shape} draws what departments other than the three tuned ones print: 政府性基金 with figures (or the
 * empty table with its 注), 财政专户管理资金, 其他资金 (事业收入 / 经营收入 / 其他收入, optionally listed in 收支预算总表
 * with 上级补助收入 and 附属单位上缴收入), 上年结转 / 结转下年 figures, 用事业基金弥补收支差额, 单位预留机动经费 or none,
 * 支出预算总表 with a row per 单位 (合计 first), code tables continued on the next page with or without their
 * header, zero printed blank or "0.00".
 *
 * <p>{@link #cells()} records where every printed amount went ({@link NationalFinalFixture.Printed}: page and the
 * fixture's cell key), so a test can change one figure ({@link Shape#perturb}) and look for the finding there.
 */
final class JiangsuFixture {
  /**
   * How the set is printed. {@code caption} 0 none, 1 the year's caption (表一 / 公开01表), 2 公开表一 (2019 only);
   * {@code continued} 0 no, 1 the long code tables continue on the next page with their header repeated, 2
   * without it; {@code zero} 0 blank, 1 "0.00". {@code perturb} names a cell key whose printed value gets
   * {@code delta}.
   */
  record Shape(long seed, int year, int caption, Funds funds, boolean units, int continued, int zero,
      String perturb, BigDecimal delta, boolean narrowStub) {
    Shape(long seed, int year, int caption, Funds funds, boolean units, int continued, int zero, String perturb,
        BigDecimal delta) {
      this(seed, year, caption, funds, units, continued, zero, perturb, delta, false);
    }

    Shape withPerturb(String key, BigDecimal d) {
      return new Shape(seed, year, caption, funds, units, continued, zero, key, d, narrowStub);
    }

    /**
     * 收入预算总表 as the real 2017–2019 files print it: the group column just wide enough for its longest label,
     * 项目名称 centred over it alone, the items' column beside it and a narrow 金额 column.
     */
    Shape withNarrowStub(boolean narrow) {
      return new Shape(seed, year, caption, funds, units, continued, zero, perturb, delta, narrow);
    }
  }

  /**
   * The money the department has besides 一般公共预算: {@code govFund} 政府性基金 projects; {@code special}
   * 财政专户管理资金; {@code other} 其他资金 (事业收入 / 经营收入 / 其他收入); {@code carry} 上年结转 and 结转下年
   * figures; {@code useOfReserve} 用事业基金弥补收支差额; {@code reserve} 单位预留机动经费; {@code detailed} 收支预算总表
   * lists the kinds of 其他资金 under it.
   */
  record Funds(boolean govFund, boolean special, boolean other, boolean carry, boolean useOfReserve,
      boolean reserve, boolean detailed) {
    static final Funds TUNED = new Funds(false, false, false, false, false, true, false);
  }

  static final String DEPARTMENT = "江苏省示例管理局";
  static final String[] UNITS = {DEPARTMENT + "本级", "江苏省示例事务中心"};
  static final String[] CHINESE = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
    "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

  /** The function classes 收支预算总表 lists, as the 2017–2019 forms print them. */
  static final String[][] CLASSES = {{"201", "一般公共服务支出"}, {"202", "外交支出"}, {"203", "国防支出"},
    {"204", "公共安全支出"}, {"205", "教育支出"}, {"206", "科学技术支出"}, {"207", "文化体育与传媒支出"},
    {"208", "社会保障和就业支出"}, {"210", "医疗卫生与计划生育支出"}, {"211", "节能环保支出"}, {"212", "城乡社区支出"},
    {"213", "农林水支出"}, {"214", "交通运输支出"}, {"215", "资源勘探信息等支出"}, {"216", "商业服务业等支出"},
    {"217", "金融支出"}, {"220", "国土海洋气象等支出"}, {"221", "住房保障支出"}, {"222", "粮油物资储备支出"},
    {"229", "其他支出"}};

  /** Function classification (类, 款, 项); the leaves carry the money. */
  static final String[][] FUNCTIONS = {
    {"201", "一般公共服务支出"}, {"20103", "政府办公厅（室）及相关机构事务"}, {"2010301", "行政运行"},
    {"2010302", "一般行政管理事务"}, {"2010350", "事业运行"},
    {"208", "社会保障和就业支出"}, {"20805", "行政事业单位离退休"}, {"2080501", "行政单位离退休"},
    {"2080505", "机关事业单位基本养老保险缴费支出"}, {"2080506", "机关事业单位职业年金缴费支出"},
    {"212", "城乡社区支出"}, {"21208", "国有土地使用权出让收入安排的支出"}, {"2120801", "征地和拆迁补偿支出"},
    {"221", "住房保障支出"}, {"22102", "住房改革支出"}, {"2210201", "住房公积金"},
  };

  /** 部门预算支出经济分类 of the basic spending (all 一般公共预算). */
  static final String[][] ECONOMIC = {{"301", "工资福利支出"}, {"30101", "基本工资"}, {"30102", "津贴补贴"},
    {"30103", "奖金"}, {"30108", "机关事业单位基本养老保险缴费"}, {"30109", "职业年金缴费"}, {"30113", "住房公积金"},
    {"302", "商品和服务支出"}, {"30201", "办公费"}, {"30211", "差旅费"}, {"30215", "会议费"}, {"30216", "培训费"},
    {"30217", "公务接待费"}, {"30231", "公务用车运行维护费"}, {"30299", "其他商品和服务支出"},
    {"303", "对个人和家庭的补助"}, {"30302", "退休费"}};

  // leaf columns: personnel, public, gpb project, gov-fund project, special-account project, other-funds project,
  // reserve
  private static final int PERSONNEL = 0;
  private static final int PUBLIC = 1;
  private static final int GPB_PROJECT = 2;
  private static final int GF_PROJECT = 3;
  private static final int SPECIAL_PROJECT = 4;
  private static final int OTHER_PROJECT = 5;
  private static final int RESERVE = 6;

  private final Shape s;
  private final Random rnd;
  private final List<NationalFinalFixture.Printed> cells = new ArrayList<>();
  private PdfFixture f;
  private int page;

  final Map<String, long[]> leaves = new LinkedHashMap<>();
  final Map<String, Long> economic = new LinkedHashMap<>();
  /** 上年结转, 结转下年, 用事业基金弥补收支差额, 事业收入, 经营收入, 其他收入, 专户管理教育收费, 专项收入. */
  long carry;
  long forward;
  long useOfReserve;
  long business;
  long operating;
  long otherIncome;
  long educationFees;
  long earmarked;
  /** “三公”: outbound, vehicle purchase, reception; meeting and training beyond 30215 / 30216. */
  long outbound;
  long vehiclePurchase;
  long reception;
  long meetingProjects;
  long trainingProjects;
  /** 政府采购: goods items, service items. */
  final long[] goods = new long[2];
  final long[] services = new long[2];

  JiangsuFixture(Shape shape) {
    this.s = shape;
    this.rnd = new Random(shape.seed());
    generate();
    // from the seed's bits (the data above stays as drawn): a department that buys nothing prints the
    // 政府采购预算表 with a blank 合计 and a note
    noProcurement = (shape.seed() >> 16 & 3) == 0;
    // and a department that spends part of its carry-over this year prints it in 收入预算总表's
    // 其中：动用上年结转和结余资金 (at most 上年结转, so its rounded figure too)
    carryUsed = (shape.seed() >> 18 & 1) == 0 ? 0 : carry * ((shape.seed() >> 20 & 63) + 1) / 64;
  }

  /** 其中：动用上年结转和结余资金, a part of {@link #carry}. */
  final long carryUsed;

  /** The key of the printed 其中：动用上年结转和结余资金 of table {@code n}. */
  static String carryUsedKey(int n) {
    return String.format("%02d|carry-used", n);
  }

  /** 政府采购预算表 printed empty, with 注：本部门无政府采购预算. */
  final boolean noProcurement;

  List<NationalFinalFixture.Printed> cells() {
    return cells;
  }

  private long amount(long min, long max) {
    return min + (long) (rnd.nextDouble() * (max - min));
  }

  private void generate() {
    long lo = 5_000_000L; // 5万元 in 分
    long hi = 800_000_000L; // 800万元
    Funds m = s.funds();
    leaves.put("2010301", new long[] {amount(lo, hi), amount(lo, hi / 2), 0, 0, 0, 0, 0});
    leaves.put("2010302", new long[] {0, 0, amount(lo, hi), 0, 0, 0, m.reserve() ? amount(lo, hi / 4) : 0});
    leaves.put("2010350", new long[] {amount(lo, hi), amount(lo, hi / 4), amount(lo, hi / 2), 0,
        m.special() ? amount(lo, hi / 3) : 0, m.other() ? amount(lo, hi / 3) : 0, 0});
    leaves.put("2080501", new long[] {amount(lo, hi / 5), 0, 0, 0, 0, 0, 0});
    leaves.put("2080505", new long[] {amount(lo, hi / 3), 0, 0, 0, 0, 0, 0});
    leaves.put("2080506", new long[] {amount(lo, hi / 4), 0, 0, 0, 0, 0, 0});
    if (m.govFund()) {
      leaves.put("2120801", new long[] {0, 0, 0, amount(lo, hi), 0, 0, 0});
    }
    leaves.put("2210201", new long[] {amount(lo, hi / 3), 0, 0, 0, 0, 0, 0});
    // economic classification of the basic spending: the items the function leaves name, the rest shared
    long wages = leaves.get("2010301")[PERSONNEL] + leaves.get("2010350")[PERSONNEL];
    long basic = wages * amount(40, 60) / 100;
    long allowances = (wages - basic) * amount(50, 80) / 100;
    economic.put("30101", basic);
    economic.put("30102", allowances);
    economic.put("30103", wages - basic - allowances);
    economic.put("30108", leaves.get("2080505")[PERSONNEL]);
    economic.put("30109", leaves.get("2080506")[PERSONNEL]);
    economic.put("30113", leaves.get("2210201")[PERSONNEL]);
    economic.put("301", economic.values().stream().mapToLong(Long::longValue).sum());
    long pub = leaves.get("2010301")[PUBLIC] + leaves.get("2010350")[PUBLIC];
    String[] items = {"30201", "30211", "30215", "30216", "30217", "30231", "30299"};
    long left = pub;
    for (int i = 0; i < items.length; i++) {
      long v = i == items.length - 1 ? left : left * amount(10, 30) / 100;
      economic.put(items[i], v);
      left -= v;
    }
    economic.put("302", pub);
    economic.put("30302", leaves.get("2080501")[PERSONNEL]);
    economic.put("303", leaves.get("2080501")[PERSONNEL]);
    // the other sources: 上年结转 and 用事业基金 fund part of the other-funds projects, 结转下年 is left over
    long otherProjects = sum(OTHER_PROJECT);
    carry = m.carry() && otherProjects > 0 ? amount(0, otherProjects / 3) : 0;
    useOfReserve = m.useOfReserve() && otherProjects > 0 ? amount(lo / 10, otherProjects / 3) : 0;
    forward = m.carry() ? amount(lo, hi / 5) : 0;
    long others = otherProjects - carry - useOfReserve + forward;
    business = others == 0 ? 0 : others * amount(30, 70) / 100;
    operating = others == 0 || rnd.nextBoolean() ? 0 : (others - business) / 2;
    otherIncome = others - business - operating;
    educationFees = rnd.nextBoolean() ? sum(SPECIAL_PROJECT) * amount(20, 60) / 100 : 0;
    earmarked = rnd.nextBoolean() ? gpbRevenue() * amount(5, 20) / 100 : 0;
    outbound = amount(0, hi / 20);
    vehiclePurchase = rnd.nextBoolean() ? amount(lo, hi / 10) : 0;
    reception = amount(lo / 10, hi / 20);
    meetingProjects = amount(0, hi / 10);
    trainingProjects = amount(0, hi / 10);
    goods[0] = amount(lo, hi / 10);
    goods[1] = amount(lo / 5, hi / 20);
    services[0] = amount(lo, hi / 10);
    services[1] = rnd.nextBoolean() ? amount(lo / 5, hi / 20) : 0;
  }

  private long sum(int index) {
    return leaves.values().stream().mapToLong(v -> v[index]).sum();
  }

  private long of(String code, ToLongFunction<String> leaf) {
    return NationalFinalFixture.of(leaves.keySet(), code, leaf);
  }

  private long gpb(String code) {
    long[] v = leaves.get(code);
    return v[PERSONNEL] + v[PUBLIC] + v[GPB_PROJECT] + v[RESERVE];
  }

  private long fiscal(String code) {
    return gpb(code) + leaves.get(code)[GF_PROJECT];
  }

  private long total(String code) {
    long t = 0;
    for (long x : leaves.get(code)) {
      t += x;
    }
    return t;
  }

  private long gpbRevenue() {
    return leaves.keySet().stream().mapToLong(this::gpb).sum();
  }

  private long basic() {
    return sum(PERSONNEL) + sum(PUBLIC);
  }

  private long projects() {
    return sum(GPB_PROJECT) + sum(GF_PROJECT) + sum(SPECIAL_PROJECT) + sum(OTHER_PROJECT);
  }

  private long spent() {
    return basic() + projects() + sum(RESERVE);
  }

  private long otherFunds() {
    return business + operating + otherIncome;
  }

  private long currentYear() {
    return gpbRevenue() + sum(GF_PROJECT) + sum(SPECIAL_PROJECT) + otherFunds();
  }

  /** The printed form of exact 分 in 万元, rounded half up to 0.01; a zero as the shape prints it. */
  private String print(String key, long fen) {
    if (fen == 0 && !key.equals(s.perturb())) {
      return NationalFinalFixture.zero(s.zero() == 1 ? 3 : 0, key, page, cells);
    }
    BigDecimal v = BigDecimal.valueOf(fen).movePointLeft(6).setScale(2, RoundingMode.HALF_UP);
    if (key.equals(s.perturb())) {
      v = v.add(s.delta());
    }
    String text = String.format("%,.2f", v);
    cells.add(new NationalFinalFixture.Printed(key, page, text));
    return text;
  }

  /** A zero printed blank whatever the shape (rows the real forms leave empty). */
  private String printOrBlank(String key, long fen) {
    return fen == 0 && !key.equals(s.perturb()) ? null : print(key, fen);
  }

  // ------------------------------------------------------------------ the set

  /** The table kinds in the order the year prints them. */
  List<String> kinds() {
    List<String> k = new ArrayList<>(List.of("js.summary", "js.revenue", "js.expenditure-summary",
        "js.fiscal-summary", "js.fiscal-function", "js.fiscal-basic"));
    if (s.year() == 2017) {
      k.addAll(List.of("js.gov-fund", "js.gpb-function", "js.gpb-basic", "js.operating-cost", "js.three-public"));
    } else {
      k.addAll(List.of("js.gpb-function", "js.gpb-basic", "js.three-public", "js.gov-fund", "js.operating-cost"));
    }
    k.add("js.procurement");
    return k;
  }

  byte[] write(Path font) throws IOException {
    try (PdfFixture pdf = new PdfFixture(font)) {
      f = pdf;
      int n = 0;
      for (String kind : kinds()) {
        n++;
        switch (kind) {
          case "js.summary" -> summary(n);
          case "js.revenue" -> revenue(n);
          case "js.expenditure-summary" -> expenditureSummary(n);
          case "js.fiscal-summary" -> fiscalSummary(n);
          case "js.fiscal-function" -> functionTable(n, "财政拨款支出预算表", this::fiscal);
          case "js.fiscal-basic" -> economicTable(n, "财政拨款基本支出预算表", "金额", false);
          case "js.gov-fund" -> functionTable(n, (s.year() == 2017 ? "" : "财政拨款") + "政府性基金支出预算表",
              c -> leaves.get(c)[GF_PROJECT]);
          case "js.gpb-function" -> functionTable(n, "一般公共预算支出预算表", this::gpb);
          case "js.gpb-basic" -> economicTable(n, "一般公共预算基本支出预算表", "金额", false);
          case "js.operating-cost" -> economicTable(n, "一般公共预算机关运行经费支出预算表", "机关运行经费支出", true);
          case "js.three-public" -> threePublic(n);
          case "js.procurement" -> procurement(n);
          default -> throw new IllegalStateException(kind);
        }
      }
      return f.bytes();
    }
  }

  /** New page with caption, title and the 部门 / 单位 line; returns the y below them. */
  private float heading(int n, String title) throws IOException {
    f.page();
    page++;
    float y = 40;
    if (s.caption() == 2 && s.year() == 2019) {
      f.text(40, y, 10, "公开表" + CHINESE[n - 1]);
    } else if (s.caption() > 0) {
      f.text(40, y, 10, s.year() == 2017 ? "表" + CHINESE[n - 1] : String.format("公开%02d表", n));
    }
    y += 20;
    f.center(421, y, 15, title);
    y += 18;
    f.text(30, y, 9, "部门：" + DEPARTMENT);
    f.right(812, y, 9, "单位：万元");
    return y + 8;
  }

  /** The 2019 forms name the classification of a code table after its title. */
  private String kindOf(String title, String classification) {
    return s.year() == 2019 ? title + "（" + classification + "）" : title;
  }

  // ------------------------------------------------------------------ 收支预算总表

  private void summary(int n) throws IOException {
    float y = heading(n, "收支预算总表");
    PdfFixture.Table t = f.table(y, new float[] {30, 160, 250, 440, 540, 700, 812}, false, true, false, true,
        false, true);
    t.headerGrid(3, 0, 1, 0, 0, "收入", 2, 5, 0, 0, "支出", 0, 0, 1, 2, "项目名称", 1, 1, 1, 2, "金额",
        2, 3, 1, 1, "功能分类", 4, 5, 1, 1, "支出用途", 2, 2, 2, 2, "功能科目名称", 3, 3, 2, 2, "金额",
        4, 4, 2, 2, "项目名称", 5, 5, 2, 2, "金额");
    Funds m = s.funds();
    long gf = sum(GF_PROJECT);
    List<String[]> income = new ArrayList<>();
    income.add(new String[] {"一、财政拨款", print("01|fiscal", gpbRevenue() + gf)});
    income.add(new String[] {" 1.一般公共预算", print("01|gpb", gpbRevenue())});
    income.add(new String[] {" 2.政府性基金预算", print("01|gf", gf)});
    if (m.detailed()) {
      income.add(new String[] {" 3.国有资本经营预算", print("01|state-capital", 0)});
    }
    income.add(new String[] {"二、财政专户管理资金", print("01|special", sum(SPECIAL_PROJECT))});
    income.add(new String[] {"三、其他资金", print("01|other", otherFunds())});
    if (m.detailed()) {
      income.add(new String[] {" 1.事业收入", print("01|business", business)});
      income.add(new String[] {" 2.事业单位经营收入", print("01|operating", operating)});
      income.add(new String[] {" 3.上级补助收入", print("01|superior", 0)});
      income.add(new String[] {" 4.附属单位上缴收入", print("01|affiliated", 0)});
      income.add(new String[] {" 5.其他收入", print("01|other-income", otherIncome)});
    }
    List<String[]> uses = new ArrayList<>();
    uses.add(new String[] {"一、基本支出", print("01|basic", basic())});
    uses.add(new String[] {"二、项目支出", print("01|project", projects())});
    uses.add(new String[] {"三、单位预留机动经费", print("01|reserve", sum(RESERVE))});
    for (int i = 0; i < CLASSES.length; i++) {
      String[] in = i < income.size() ? income.get(i) : new String[2];
      String[] use = i < uses.size() ? uses.get(i) : new String[2];
      String code = CLASSES[i][0];
      t.row(in[0], in[1], CHINESE[i] + "、" + CLASSES[i][1], print("01|" + code, of(code, this::total)), use[0],
          use[1]);
    }
    long spent = spent();
    t.row("当年收入小计", print("01|current", currentYear()), "当年支出小计", null, null, print("01|spent", spent));
    if (m.useOfReserve()) {
      t.row("用事业基金弥补收支差额", print("01|use-of-reserve", useOfReserve), null, null, null, null);
    }
    t.row("上年结转资金", print("01|carry", carry), "结转下年资金", null, null, print("01|forward", forward));
    t.row("收入合计", print("01|total-in", spent + forward), "支出合计", null, null,
        print("01|total-out", spent + forward));
  }

  // ------------------------------------------------------------------ 收入预算总表

  private void revenue(int n) throws IOException {
    float y = heading(n, "收入预算总表");
    PdfFixture.Table t = f.table(y, s.narrowStub() ? new float[] {60, 175, 345, 415} : new float[] {60, 200, 400, 560},
        false, false, true);
    if (s.narrowStub()) {
      t.header(0, 0, "项目名称", 2, 2, "金额");
    } else {
      t.header(0, 1, "项目名称", 2, 2, "金额");
    }
    String k = String.format("%02d|", n);
    long gpb = gpbRevenue();
    t.row(null, "收入总计", print(k + "total", currentYear() + carry + useOfReserve));
    group(t, "一般公共预算资金", new String[] {"小计", "公共财政拨款(补助)资金", "专项收入"},
        new String[] {print(k + "gpb", gpb), printOrBlank(k + "gpb-appropriation", gpb - earmarked),
          printOrBlank(k + "earmarked", earmarked)});
    group(t, "政府性基金", new String[] {"小计"}, new String[] {print(k + "gf", sum(GF_PROJECT))});
    long special = sum(SPECIAL_PROJECT);
    group(t, "财政专户管理资金", new String[] {"小计", "专户管理教育收费", "其他非税收入"},
        new String[] {print(k + "special", special), printOrBlank(k + "education", educationFees),
          printOrBlank(k + "non-tax", special - educationFees)});
    List<String> items = new ArrayList<>(List.of("小计", "事业收入", "经营收入", "其他收入"));
    List<String> values = new ArrayList<>();
    values.add(print(k + "other", otherFunds()));
    values.add(printOrBlank(k + "business", business));
    values.add(printOrBlank(k + "operating", operating));
    values.add(printOrBlank(k + "other-income", otherIncome));
    if (s.year() == 2017) {
      items.add("债务资金(银行贷款)");
      values.add(null);
    }
    group(t, "其他资金", items.toArray(String[]::new), values.toArray(String[]::new));
    if (s.funds().useOfReserve()) {
      group(t, "用事业基金弥补收支差额", new String[] {"小计"}, new String[] {print(k + "use-of-reserve", useOfReserve)});
    }
    group(t, "上年结转和结余资金", new String[] {"小计", "其中：动用上年结转和结余资金"},
        new String[] {print(k + "carry", carry), printOrBlank(carryUsedKey(n), carryUsed)});
  }

  /** A group of 收入预算总表: its label in the first column on its middle row, the item labels beside. */
  private static void group(PdfFixture.Table t, String label, String[] items, String[] values) throws IOException {
    int mid = (items.length - 1) / 2 + (items.length > 1 ? 1 : 0);
    for (int i = 0; i < items.length; i++) {
      t.row(i == mid ? label : null, items[i], values[i]);
    }
  }

  // ------------------------------------------------------------------ 支出预算总表

  private void expenditureSummary(int n) throws IOException {
    float y = heading(n, "支出预算总表");
    String[] heads = {"合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"};
    String k = String.format("%02d|", n);
    if (!s.units()) {
      PdfFixture.Table t = f.table(y, new float[] {30, 186, 342, 498, 654, 812}, true, true, true, true, true);
      t.header(0, 0, heads[0], 1, 1, heads[1], 2, 2, heads[2], 3, 3, heads[3], 4, 4, heads[4]);
      t.row(print(k + "合计", spent()), print(k + "基本支出", basic()), print(k + "项目支出", projects()),
          print(k + "单位预留机动经费", sum(RESERVE)), print(k + "结转下年资金", forward));
      return;
    }
    PdfFixture.Table t = f.table(y, new float[] {30, 230, 346, 462, 578, 694, 812}, false, true, true, true, true,
        true);
    t.header(0, 0, "单位名称", 1, 1, heads[0], 2, 2, heads[1], 3, 3, heads[2], 4, 4, heads[3], 5, 5, heads[4]);
    // the 事业运行 leaf is the subordinate unit's, the rest the department's own
    long[][] byUnit = new long[2][5];
    for (Map.Entry<String, long[]> e : leaves.entrySet()) {
      int u = e.getKey().equals("2010350") ? 1 : 0;
      long[] v = e.getValue();
      byUnit[u][1] += v[PERSONNEL] + v[PUBLIC];
      byUnit[u][2] += v[GPB_PROJECT] + v[GF_PROJECT] + v[SPECIAL_PROJECT] + v[OTHER_PROJECT];
      byUnit[u][3] += v[RESERVE];
    }
    byUnit[0][4] = forward;
    for (long[] u : byUnit) {
      u[0] = u[1] + u[2] + u[3];
    }
    String[] total = new String[6];
    total[0] = "合计";
    for (int c = 0; c < 5; c++) {
      total[c + 1] = print(k + "total|" + heads[c], byUnit[0][c] + byUnit[1][c]);
    }
    t.row(total);
    for (int u = 0; u < 2; u++) {
      String[] row = new String[6];
      row[0] = UNITS[u];
      for (int c = 0; c < 5; c++) {
        row[c + 1] = print(k + u + "|" + heads[c], byUnit[u][c]);
      }
      t.row(row);
    }
  }

  // ------------------------------------------------------------------ 财政拨款收支预算总表

  private void fiscalSummary(int n) throws IOException {
    float y = heading(n, "财政拨款收支预算总表");
    PdfFixture.Table t = f.table(y, new float[] {30, 220, 421, 611, 812}, false, true, false, true);
    t.headerGrid(3, 0, 1, 0, 0, "收入", 2, 3, 0, 0, "支出", 0, 0, 1, 2, "项目名称", 1, 1, 1, 2, "金额",
        2, 3, 1, 1, "支出用途", 2, 2, 2, 2, "项目名称", 3, 3, 2, 2, "金额");
    String k = String.format("%02d|", n);
    long gf = sum(GF_PROJECT);
    long fiscalBasic = basic();
    t.row("一、一般公共预算", print(k + "gpb", gpbRevenue()), "一、基本支出", print(k + "basic", fiscalBasic));
    t.row("二、政府性基金预算", print(k + "gf", gf), "二、项目支出",
        print(k + "project", sum(GPB_PROJECT) + gf));
    t.row(null, null, "三、单位预留机动经费", print(k + "reserve", sum(RESERVE)));
    t.row("收入合计", print(k + "total-in", gpbRevenue() + gf), "支出合计", print(k + "total-out",
        gpbRevenue() + gf));
  }

  // ------------------------------------------------------------------ code tables

  private void functionTable(int n, String title, ToLongFunction<String> value) throws IOException {
    String full = kindOf(title, "功能科目");
    float y = heading(n, full);
    float[] e = {90, 220, 480, 640};
    String k = String.format("%02d|", n);
    PdfFixture.Table t = f.table(y, e, false, false, true);
    t.header(0, 0, "功能科目编码", 1, 1, "功能科目名称", 2, 2, "金额");
    long all = leaves.keySet().stream().mapToLong(value).sum();
    t.row(null, "合计", printOrBlank(k + "total", all));
    if (all == 0) {
      f.text(40, t.bottom() + 30, 9, "注：本部门无该项目");
      return;
    }
    List<String[]> rows = new ArrayList<>();
    for (String[] fn : FUNCTIONS) {
      if (of(fn[0], value) != 0) {
        rows.add(fn);
      }
    }
    int cut = s.continued() > 0 && rows.size() > 6 ? rows.size() / 2 : -1;
    for (int r = 0; r < rows.size(); r++) {
      if (r == cut) {
        f.page();
        page++;
        t = f.table(40, e, false, false, true);
        if (s.continued() == 1) {
          t.header(0, 0, "功能科目编码", 1, 1, "功能科目名称", 2, 2, "金额");
        }
      }
      String[] fn = rows.get(r);
      t.row(fn[0], fn[1], print(k + fn[0], of(fn[0], value)));
    }
  }

  private void economicTable(int n, String title, String header, boolean operatingOnly) throws IOException {
    float y = heading(n, operatingOnly ? title : kindOf(title, "经济科目"));
    PdfFixture.Table t = f.table(y, new float[] {90, 220, 480, 640}, false, false, true);
    t.header(0, 0, "科目编码", 1, 1, "科目名称", 2, 2, header);
    String k = String.format("%02d|", n);
    t.row(null, "合计", print(k + "total", operatingOnly ? economic.get("302") : basic()));
    for (String[] ec : ECONOMIC) {
      long v = economic.get(ec[0]);
      if (v != 0 && (!operatingOnly || ec[0].startsWith("302"))) {
        t.row(ec[0], ec[1], print(k + ec[0], v));
      }
    }
  }

  // ------------------------------------------------------------------ “三公”经费、会议费、培训费

  private void threePublic(int n) throws IOException {
    String title = "“三公”经费、会议费、培训费支出预算表" + (s.year() == 2017 ? "（一般公共预算）" : "");
    float y = heading(n, title);
    float[] e = new float[10];
    for (int i = 0; i <= 9; i++) {
      e[i] = 30 + i * (782f / 9);
    }
    boolean[] num = new boolean[9];
    java.util.Arrays.fill(num, true);
    PdfFixture.Table t = f.table(y, e, num);
    // as the real forms print it: 公务用车购置及运行维护费 on a line of its own above its three columns
    t.headerGrid(4, 0, 0, 0, 3, "合计", 1, 6, 0, 0, "“三公”经费", 1, 1, 1, 3, "小计", 2, 2, 1, 3, "因公出国\n（境）费",
        3, 5, 1, 1, "公务用车购置及运行维护费", 3, 3, 2, 3, "小计", 4, 4, 2, 3, "公务用车\n购置费",
        5, 5, 2, 3, "公务用车\n运行维护\n费", 6, 6, 1, 3, "公务接待\n费", 7, 7, 0, 3, "会议费", 8, 8, 0, 3, "培训费");
    long operation = economic.get("30231");
    long vehicles = vehiclePurchase + operation;
    long three = outbound + vehicles + reception;
    long meeting = economic.get("30215") + meetingProjects;
    long training = economic.get("30216") + trainingProjects;
    String k = String.format("%02d|", n);
    t.row(print(k + "total", three + meeting + training), print(k + "three", three), print(k + "outbound", outbound),
        print(k + "vehicles", vehicles), print(k + "purchase", vehiclePurchase), print(k + "operation", operation),
        print(k + "reception", reception), print(k + "meeting", meeting), print(k + "training", training));
  }

  // ------------------------------------------------------------------ 政府采购预算表

  private void procurement(int n) throws IOException {
    float y = heading(n, s.year() + "年政府采购预算表");
    PdfFixture.Table t = f.table(y, new float[] {30, 130, 250, 370, 540, 660, 812}, false, false, false, false,
        false, true);
    t.header(0, 0, "采购品目大类", 1, 1, "专项名称", 2, 2, "经济科目", 3, 3, "采购物品名称", 4, 4, "采购组织形式", 5, 5,
        "总计");
    String k = String.format("%02d|", n);
    if (noProcurement) {
      t.row("合计", null, null, null, null, null);
      f.text(40, t.bottom() + 30, 9, "注：本部门无政府采购预算");
      return;
    }
    long g = goods[0] + goods[1];
    long sv = services[0] + services[1];
    t.row("合计", null, null, null, null, print(k + "total", g + sv));
    t.row("一、货物A", null, null, null, null, print(k + "goods", g));
    t.row(null, "办公设备购置费", "办公设备购置", null, null, print(k + "goods|project", g));
    t.row(null, null, null, "台式计算机", "分散自行组织", print(k + "goods|0", goods[0]));
    t.row(null, null, null, "复印机", "分散自行组织", print(k + "goods|1", goods[1]));
    t.row("三、服务C", null, null, null, null, print(k + "services", sv));
    t.row(null, "专项业务经费", "会议费", null, null, print(k + "services|project", services[0]));
    t.row(null, null, null, "会议服务", "分散自行组织", print(k + "services|0", services[0]));
    if (services[1] > 0) {
      t.row(null, "交通运行费", "公务用车运行维护费", null, null, print(k + "services|1|project", services[1]));
      t.row(null, null, null, "车辆维修和保养服务", "分散自行组织", print(k + "services|1", services[1]));
    }
  }
}
