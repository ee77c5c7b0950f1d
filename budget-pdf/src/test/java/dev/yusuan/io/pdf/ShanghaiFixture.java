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
 * Writes a Shanghai district 部门预算 (or its 单位预算 version) as a PDF with PDFBox: the nine tables of the
 * district form with the titles, the 编制部门 / 编制单位 line, the headers and the units the real files and the
 * blank 2026 forms print (“2025年部门财务收支预算总表” / “2025年预算单位财务收支预算总表”, 功能分类科目编码 over 类 | 款 | 项,
 * 事业单位 / 经营收入 on two lines, the 单位预算's 收支总表 splitting 预算数 into 合计 | 基本支出 (人员经费 | 公用经费) |
 * 项目支出, the “三公” table in 万元 with 公务用车购置及运行费 over 小计 | 购置费 | 运行费). Amounts are drawn in exact
 * 分 so that every identity of the set holds; the 元 tables print them exactly (with two decimals, or whole 元 when
 * the shape says so, the amounts then drawn in whole 元), the “三公” table rounds them half up to 0.01 万元.
 *
 * <p>{@link Shape} draws what departments other than the tuned one print: 政府性基金 and 国有资本经营 figures (or
 * the empty table with its 注), 事业收入 / 事业单位经营收入 / 其他收入, codes split over 类 | 款 | 项 or in one
 * column, long function names wrapped, 合计 first or last, code tables continued on the next page (header repeated,
 * with or without the title), zero printed blank or as 0.00 / 0, a cover and 目录 page, the function 款 of a
 * government office or of a commerce commission.
 *
 * <p>{@link #cells()} records where every printed amount went (page and the fixture's cell key), so a test can
 * change one figure ({@link Shape#perturb}) and look for the finding there.
 */
final class ShanghaiFixture {
  /**
   * How the set is printed. {@code unitVersion}: the 单位预算 form (预算单位 titles, 编制单位, the split 收支总表);
   * {@code whole}: amounts in whole 元; {@code split}: codes over 类 | 款 | 项; {@code wrap}: a narrow name column
   * with long names on two lines; {@code continued} 0 no, 1 long code tables continue on the next page under their
   * repeated header, 2 under their repeated title and header; {@code zero} 0 blank, 1 "0.00" (whole: "0") in the
   * code tables, 2 also in 收支总表's empty source rows; {@code totalFirst}: 合计 above the code rows.
   */
  record Shape(long seed, int year, boolean unitVersion, boolean whole, Funds funds, boolean split, boolean wrap,
      int continued, int zero, boolean totalFirst, boolean cover, String perturb, BigDecimal delta) {
    Shape withPerturb(String key, BigDecimal d) {
      return new Shape(seed, year, unitVersion, whole, funds, split, wrap, continued, zero, totalFirst, cover, key,
          d);
    }
  }

  /**
   * The money besides 一般公共预算: {@code govFund} 政府性基金 projects, {@code stateCapital} 国有资本经营 projects,
   * {@code business} 事业收入, {@code operating} 事业单位经营收入, {@code other} 其他收入 (the last three fund a
   * subordinate 事业单位's basic and project spending); {@code commerce} draws the 款 of a commerce commission
   * (20113 商贸事务) instead of a government office's (20103).
   */
  record Funds(boolean govFund, boolean stateCapital, boolean business, boolean operating, boolean other,
      boolean commerce) {
    static final Funds TUNED = new Funds(false, false, false, false, false, false);
  }

  static final String DEPARTMENT = "上海市某区示例委员会";
  /** The organisation the cover, the narrative and the tables name ({@link #DEPARTMENT} unless set). */
  String department = DEPARTMENT;
  /** The 国有资本经营 款 and 项 drawn, which the bundled catalogue does not list (one printed source only). */
  static final java.util.Set<String> NOT_IN_CATALOGUE = java.util.Set.of("22301", "2230105");

  // leaf columns: GPB personnel, GPB public, GPB project, fund project, state-capital project, unit-funds personnel,
  // unit-funds public, unit-funds project; then the unit funds by source: 事业收入, 经营收入, 其他收入
  private static final int P = 0;
  private static final int O = 1;
  private static final int GP = 2;
  private static final int GF = 3;
  private static final int SC = 4;
  private static final int UP = 5;
  private static final int UO = 6;
  private static final int UJ = 7;
  private static final int BUS = 8;
  private static final int OPR = 9;
  private static final int OTH = 10;

  private final Shape s;
  private final Random rnd;
  private final long grain;
  private final List<NationalFinalFixture.Printed> cells = new ArrayList<>();
  private final List<NationalFinalFixture.Printed> claims = new ArrayList<>();
  private PdfFixture f;
  private int page;

  /** code → name of every function row the set may print (类, 款, 项). */
  final Map<String, String> names = new LinkedHashMap<>();
  final Map<String, long[]> leaves = new LinkedHashMap<>();
  final Map<String, Long> economic = new LinkedHashMap<>();
  final Map<String, String> economicNames = new LinkedHashMap<>();
  long outbound;
  long vehiclePurchase;
  long reception;
  long operatingCost;

  ShanghaiFixture(Shape shape) {
    this.s = shape;
    this.rnd = new Random(shape.seed());
    this.grain = shape.whole() ? 100 : 1;
    generate();
  }

  List<NationalFinalFixture.Printed> cells() {
    return cells;
  }

  /** The amounts the narrative states (万元), keys {@code 00|…}; not table cells. */
  List<NationalFinalFixture.Printed> claims() {
    return claims;
  }

  private long amount(long min, long max) {
    long v = min + (long) (rnd.nextDouble() * (max - min));
    return v / grain * grain;
  }

  private long pct(int min, int max) {
    return min + rnd.nextInt(max - min);
  }

  private long share(long total, long percent) {
    return total * percent / 100 / grain * grain;
  }

  private void leaf(String code, String name, long... v) {
    long[] a = new long[11];
    System.arraycopy(v, 0, a, 0, v.length);
    leaves.put(code, a);
    names.put(code, name);
  }

  private void generate() {
    long lo = 1_000_000L; // 1万元 in 分
    long hi = 900_000_000L; // 900万元
    Funds m = s.funds();
    String g = m.commerce() ? "20113" : "20103";
    names.put("201", "一般公共服务支出");
    names.put(g, m.commerce() ? "商贸事务" : "政府办公厅（室）及相关机构事务");
    leaf(g + "01", "行政运行", amount(lo, hi), amount(lo, hi / 3), amount(0, hi / 20));
    leaf(g + "02", "一般行政管理事务", 0, 0, amount(lo, hi / 2));
    if (m.commerce()) {
      leaf("2011308", "招商引资", 0, 0, amount(lo, hi / 3));
    }
    boolean unitFunds = m.business() || m.operating() || m.other();
    leaf(g + "50", "事业运行", amount(lo, hi / 2), amount(lo, hi / 6), amount(lo, hi / 4), 0, 0,
        unitFunds ? amount(lo, hi / 4) : 0, unitFunds ? amount(lo / 2, hi / 10) : 0, unitFunds ? amount(lo, hi / 5) : 0);
    names.put("208", "社会保障和就业支出");
    names.put("20805", "行政事业单位养老支出");
    leaf("2080501", "行政单位离退休", amount(lo, hi / 5));
    leaf("2080505", "机关事业单位基本养老保险缴费支出", amount(lo, hi / 4));
    leaf("2080506", "机关事业单位职业年金缴费支出", amount(lo, hi / 6));
    names.put("210", "卫生健康支出");
    names.put("21011", "行政事业单位医疗");
    leaf("2101101", "行政单位医疗", amount(lo, hi / 6));
    if (m.govFund()) {
      names.put("212", "城乡社区支出");
      names.put("21208", "国有土地使用权出让收入安排的支出");
      leaf("2120801", "征地和拆迁补偿支出", 0, 0, 0, amount(lo, hi));
      leaf("2120803", "城市建设支出", 0, 0, 0, amount(lo, hi / 2));
    }
    names.put("221", "住房保障支出");
    names.put("22102", "住房改革支出");
    leaf("2210201", "住房公积金", amount(lo, hi / 4));
    leaf("2210203", "购房补贴", amount(lo, hi / 4));
    if (m.stateCapital()) {
      names.put("223", "国有资本经营预算支出");
      names.put("22301", "解决历史遗留问题及改革成本支出");
      leaf("2230105", "国有企业退休人员社会化管理补助支出", 0, 0, 0, 0, amount(lo, hi / 3));
    }
    // the unit funds by source: 事业收入, 经营收入, 其他收入 as drawn
    for (long[] v : leaves.values()) {
      long funds = v[UP] + v[UO] + v[UJ];
      if (funds == 0) {
        continue;
      }
      int n = (m.business() ? 1 : 0) + (m.operating() ? 1 : 0) + (m.other() ? 1 : 0);
      long left = funds;
      int i = 0;
      for (int src : new int[] {BUS, OPR, OTH}) {
        boolean on = src == BUS ? m.business() : src == OPR ? m.operating() : m.other();
        if (!on) {
          continue;
        }
        i++;
        long x = i == n ? left : share(left, pct(30, 70));
        v[src] = x;
        left -= x;
      }
    }
    // economic classification of the GPB basic spending
    economicNames.putAll(Map.ofEntries(Map.entry("301", "工资福利支出"), Map.entry("30101", "基本工资"),
        Map.entry("30102", "津贴补贴"), Map.entry("30103", "奖金"), Map.entry("30108", "机关事业单位基本养老保险缴费"),
        Map.entry("30109", "职业年金缴费"), Map.entry("30110", "职工基本医疗保险缴费"), Map.entry("30113", "住房公积金"),
        Map.entry("30199", "其他工资福利支出"), Map.entry("302", "商品和服务支出"), Map.entry("30201", "办公费"),
        Map.entry("30211", "差旅费"), Map.entry("30213", "维修（护）费"), Map.entry("30217", "公务接待费"),
        Map.entry("30231", "公务用车运行维护费"), Map.entry("30299", "其他商品和服务支出"),
        Map.entry("303", "对个人和家庭的补助"), Map.entry("30302", "退休费"), Map.entry("310", "资本性支出"),
        Map.entry("31002", "办公设备购置")));
    long wages = leaves.get(g + "01")[P] + leaves.get(g + "50")[P] + leaves.get("2210203")[P];
    long basic = share(wages, pct(30, 50));
    long allowances = share(wages - basic, pct(40, 70));
    long bonus = rnd.nextBoolean() ? share(wages - basic - allowances, pct(20, 60)) : 0;
    economic.put("30101", basic);
    economic.put("30102", allowances);
    economic.put("30103", bonus);
    economic.put("30108", leaves.get("2080505")[P]);
    economic.put("30109", leaves.get("2080506")[P]);
    economic.put("30110", leaves.get("2101101")[P]);
    economic.put("30113", leaves.get("2210201")[P]);
    economic.put("30199", wages - basic - allowances - bonus);
    economic.put("301", economic.values().stream().mapToLong(Long::longValue).sum());
    long pub = leaves.get(g + "01")[O] + leaves.get(g + "50")[O];
    long equipment = rnd.nextBoolean() ? share(pub, pct(2, 10)) : 0;
    String[] items = {"30201", "30211", "30213", "30217", "30231", "30299"};
    long left = pub - equipment;
    for (int i = 0; i < items.length; i++) {
      long v = i == items.length - 1 ? left : share(left, pct(5, 30));
      economic.put(items[i], v);
      left -= v;
    }
    economic.put("302", pub - equipment);
    economic.put("30302", leaves.get("2080501")[P]);
    economic.put("303", leaves.get("2080501")[P]);
    economic.put("31002", equipment);
    economic.put("310", equipment);
    // “三公”: 公务用车运行费 is the basic spending's 30231; the rest drawn (a department may have none)
    outbound = rnd.nextInt(3) == 0 ? 0 : amount(lo, hi / 30);
    vehiclePurchase = rnd.nextInt(3) == 0 ? amount(lo * 10, hi / 10) : 0;
    reception = amount(lo / 10, hi / 50);
    operatingCost = share(pub, pct(60, 100));
  }

  // ------------------------------------------------------------------ sums

  private long of(String code, ToLongFunction<String> leaf) {
    return NationalFinalFixture.of(leaves.keySet(), code, leaf);
  }

  private long sum(ToLongFunction<String> leaf) {
    return leaves.keySet().stream().mapToLong(leaf).sum();
  }

  private long col(String code, int... cols) {
    long t = 0;
    for (int c : cols) {
      t += leaves.get(code)[c];
    }
    return t;
  }

  private long total(String c) {
    return col(c, P, O, GP, GF, SC, UP, UO, UJ);
  }

  private long basic(String c) {
    return col(c, P, O, UP, UO);
  }

  private long project(String c) {
    return col(c, GP, GF, SC, UJ);
  }

  private long gpb(String c) {
    return col(c, P, O, GP);
  }

  private long fiscal(String c) {
    return col(c, P, O, GP, GF, SC);
  }

  /** The function classes, 款 and 项 printed for a per-leaf value (those not zero), in code order. */
  private List<String> rows(ToLongFunction<String> leaf) {
    List<String> r = new ArrayList<>();
    for (String code : names.keySet()) {
      if (of(code, leaf) != 0) {
        r.add(code);
      }
    }
    r.sort(String::compareTo);
    return r;
  }

  private List<String> classes(ToLongFunction<String> leaf) {
    return rows(leaf).stream().filter(c -> c.length() == 3).toList();
  }

  // ------------------------------------------------------------------ printing

  /** The printed form of exact 分 in 元 (whole or two decimals) or, {@code wan}, in 万元 rounded half up. */
  private String print(String key, long fen, boolean wan, boolean zeroPrinted) {
    boolean perturbed = key.equals(s.perturb());
    if (fen == 0 && !perturbed) {
      if (!zeroPrinted) {
        return null;
      }
      String z = s.whole() && !wan ? "0" : "0.00";
      cells.add(new NationalFinalFixture.Printed(key, page, z));
      return z;
    }
    BigDecimal v = wan ? BigDecimal.valueOf(fen).movePointLeft(6).setScale(2, RoundingMode.HALF_UP)
        : BigDecimal.valueOf(fen).movePointLeft(2).setScale(s.whole() ? 0 : 2, RoundingMode.UNNECESSARY);
    if (perturbed) {
      v = v.add(s.delta());
    }
    String text = String.format("%,." + v.scale() + "f", v);
    cells.add(new NationalFinalFixture.Printed(key, page, text));
    return text;
  }

  /** An amount of a 元 table; a zero blank. */
  private String yuan(String key, long fen) {
    return print(key, fen, false, false);
  }

  /** An amount of a code table: a zero as the shape prints it. */
  private String codeCell(String key, long fen) {
    return print(key, fen, false, s.zero() >= 1);
  }

  /** The table kinds in order. */
  List<String> kinds() {
    return List.of("sh.summary", "sh.revenue", "sh.expenditure-summary", "sh.fiscal-summary", "sh.gpb-function",
        "sh.gov-fund-function", "sh.state-capital-function", "sh.gpb-basic-economic", "sh.three-public");
  }

  private String who() {
    return s.unitVersion() ? "预算单位" : "部门";
  }

  byte[] write(Path font) throws IOException {
    try (PdfFixture pdf = new PdfFixture(font)) {
      f = pdf;
      if (s.cover()) {
        cover();
        narrative();
      }
      summary();
      revenue();
      expenditure();
      fiscalSummary();
      functionTable("05", "一般公共预算支出功能分类预算表", "一般公共预算支出", this::gpb, c -> col(c, P, O),
          c -> col(c, GP));
      functionTable("06", "政府性基金预算支出功能分类预算表", "政府性基金预算支出", c -> col(c, GF), c -> 0,
          c -> col(c, GF));
      functionTable("07", "国有资本经营预算支出功能分类预算表", "国有资本经营预算支出", c -> col(c, SC), c -> 0,
          c -> col(c, SC));
      economicTable();
      threePublic();
      return f.bytes();
    }
  }

  private void cover() throws IOException {
    f.page();
    page++;
    String region = s.unitVersion() ? "上海市" + s.year() + "年市级单位预算" : "上海市某区" + s.year() + "年区级部门预算";
    f.center(421, 150, 22, region);
    f.center(421, 200, 14, (s.unitVersion() ? "预算单位：" : "预算主管部门：") + department);
    f.page();
    page++;
    f.center(421, 50, 16, "目   录");
    String[] toc = {"财务收支预算总表", "收入预算总表", "支出预算总表", "财政拨款收支预算总表", "一般公共预算支出功能分类预算表",
      "政府性基金预算支出功能分类预算表", "国有资本经营预算支出功能分类预算表", "一般公共预算基本支出部门预算经济分类预算表"};
    float y = 90;
    f.text(60, y, 11, "五、" + (s.unitVersion() ? "单位" : "部门") + "预算表 ……………………………………");
    for (int i = 0; i < toc.length; i++) {
      y += 20;
      f.text(80, y, 11, (i + 1) + ". " + s.year() + "年" + who() + toc[i] + " ……………………………………");
    }
    y += 20;
    f.text(80, y, 11, "9. " + s.year() + "年" + (s.unitVersion() ? "单位" : "部门") + "“三公”经费和机关运行经费预算表 ………");
  }

  /**
   * An amount of the narrative ({@code key} recorded in {@link #claims()}): 万元 rounded half up to 0.01 with
   * separators, a zero as 0.
   */
  private String wan(String key, long fen) {
    BigDecimal v = BigDecimal.valueOf(fen).movePointLeft(6).setScale(fen == 0 ? 0 : 2, RoundingMode.HALF_UP);
    if (key.equals(s.perturb())) {
      v = v.add(s.delta());
    }
    String text = String.format("%,." + v.scale() + "f", v);
    claims.add(new NationalFinalFixture.Printed(key, page, text));
    return text;
  }

  /** The 编制说明 and the “三公” 说明 in the forms' wording, amounts in 万元. */
  private void narrative() throws IOException {
    f.page();
    page++;
    f.center(421, 50, 16, s.year() + "年" + (s.unitVersion() ? "单位" : "部门") + "预算编制说明");
    long all = sum(this::total);
    long fiscal = sum(this::fiscal);
    String[] lines = {
      "    " + s.year() + "年，" + department + "收入预算" + wan("00|total-in", all) + "万元，其中：财政拨款收入" + wan("00|fiscal-in", fiscal) + "万元；",
      "事业收入" + wan("00|business", sum(c -> col(c, BUS))) + "万元；事业单位经营收入" + wan("00|operating", sum(c -> col(c, OPR))) + "万元；其他收入"
          + wan("00|other", sum(c -> col(c, OTH))) + "万元。",
      "    支出预算" + wan("00|total-out", all) + "万元，其中：财政拨款支出预算" + wan("00|fiscal-out", fiscal) + "万元。财政拨款支出预算中，一般公共预算拨款支出预算",
      wan("00|gpb", sum(this::gpb)) + "万元；政府性基金拨款支出预算" + wan("00|gf", sum(c -> col(c, GF))) + "万元；国有资本经营预算拨款支出预算"
          + wan("00|sc", sum(c -> col(c, SC))) + "万元。"};
    float y = 90;
    for (String l : lines) {
      f.text(50, y, 11, l);
      y += 20;
    }
    long operation = economic.get("30231");
    y += 20;
    f.center(421, y, 16, "其他相关情况说明");
    String[] three = {
      "一、" + s.year() + "年“三公”经费预算情况说明",
      "    " + s.year() + "年“三公”经费预算数为" + wan("00|three", outbound + reception + vehiclePurchase + operation) + "万元。其中：",
      "    （一）因公出国（境）费" + wan("00|outbound", outbound) + "万元。",
      "    （二）公务用车购置及运行费" + wan("00|vehicles", vehiclePurchase + operation) + "万元。其中：公务用车购置费" + wan("00|purchase", vehiclePurchase)
          + "万元；公务用车运行费" + wan("00|operation", operation) + "万元。",
      "    （三）公务接待费" + wan("00|reception", reception) + "万元。",
      "二、机关运行经费预算",
      "    " + s.year() + "年" + department + "财政拨款的机关运行经费预算为" + wan("00|operating-cost", operatingCost) + "万元。"};
    y += 30;
    for (String l : three) {
      f.text(50, y, 11, l);
      y += 20;
    }
  }

  /** New page with the title and the 编制部门 / 单位 line; returns the y below them. */
  private float heading(String title, String unit) throws IOException {
    f.page();
    page++;
    return titleLines(40, title, unit);
  }

  private float titleLines(float y, String title, String unit) throws IOException {
    f.center(421, y, 15, title);
    y += 22;
    f.text(40, y, 9, (s.unitVersion() ? "编制单位：" : "编制部门：") + (blankDepartment() ? "" : department));
    f.right(800, y, 9, "单位：" + unit);
    return y + 10;
  }

  /**
   * Whether the tables print their 编制部门 / 编制单位 label with no name (seed bits 12–13 both clear, only with a
   * cover, which names the department: 预算主管部门：… / 预算单位：…).
   */
  boolean blankDepartment() {
    return s.cover() && (s.seed() >>> 12 & 3) == 0;
  }

  private String title(String name) {
    return s.year() + "年" + who() + name;
  }

  // ------------------------------------------------------------------ 财务收支预算总表

  private void summary() throws IOException {
    float y = heading(title("财务收支预算总表"), "元");
    String k = "01|";
    boolean detail = s.unitVersion();
    PdfFixture.Table t;
    if (detail) {
      t = f.table(y, new float[] {40, 170, 260, 400, 480, 560, 640, 800}, false, true, false, true, true, true,
          true);
      t.headerGrid(4, 0, 1, 0, 0, "本年收入", 2, 6, 0, 0, "本年支出", 0, 0, 1, 3, "项目", 1, 1, 1, 3, "预算数",
          2, 2, 1, 3, "项目", 3, 6, 1, 1, "预算数", 3, 3, 2, 3, "合计", 4, 5, 2, 2, "基本支出", 6, 6, 2, 3, "项目支出",
          4, 4, 3, 3, "人员经费", 5, 5, 3, 3, "公用经费");
    } else {
      t = f.table(y, new float[] {40, 250, 420, 630, 800}, false, true, false, true);
      t.headerGrid(2, 0, 1, 0, 0, "本年收入", 2, 3, 0, 0, "本年支出", 0, 0, 1, 1, "项目", 1, 1, 1, 1, "预算数",
          2, 2, 1, 1, "项目", 3, 3, 1, 1, "预算数");
    }
    boolean z = s.zero() == 2;
    int style = (int) (s.seed() >>> 8 & 3);
    String gpbLabel = switch (style) {
      case 0 -> "1. 一般公共预算资金";
      case 1 -> "1. 一般公共预算";
      case 2 -> "1、一般公共预算资金";
      default -> "  1、一般公共预算";
    };
    String sep = style >= 2 ? "、" : ". ";
    String gfLabel = "2" + sep + (style == 1 || style == 3 ? "政府性基金预算" : "政府性基金");
    String scLabel = "3" + sep + "国有资本经营预算";
    List<String[]> income = new ArrayList<>();
    income.add(new String[] {"一、财政拨款收入", print(k + "fiscal", sum(this::fiscal), false, z)});
    income.add(new String[] {gpbLabel, print(k + "gpb", sum(this::gpb), false, z)});
    income.add(new String[] {gfLabel, print(k + "gf", sum(c -> col(c, GF)), false, z)});
    income.add(new String[] {scLabel, print(k + "sc", sum(c -> col(c, SC)), false, z)});
    income.add(new String[] {"二、事业收入", print(k + "business", sum(c -> col(c, BUS)), false, z)});
    income.add(new String[] {"三、事业单位经营收入", print(k + "operating", sum(c -> col(c, OPR)), false, z)});
    income.add(new String[] {"四、其他收入", print(k + "other", sum(c -> col(c, OTH)), false, z)});
    List<String> cls = classes(this::total);
    int n = Math.max(income.size(), cls.size());
    for (int i = 0; i < n; i++) {
      String[] in = i < income.size() ? income.get(i) : new String[2];
      String label = null;
      String[] uses = new String[detail ? 4 : 1];
      if (i < cls.size()) {
        String c = cls.get(i);
        label = JiangsuFixture.CHINESE[i] + "、" + names.get(c);
        uses[0] = yuan(k + c, of(c, this::total));
        if (detail) {
          uses[1] = yuan(k + c + "|personnel", of(c, x -> col(x, P, UP)));
          uses[2] = yuan(k + c + "|public", of(c, x -> col(x, O, UO)));
          uses[3] = yuan(k + c + "|project", of(c, this::project));
        }
      }
      String[] row = new String[3 + uses.length];
      row[0] = in[0];
      row[1] = in[1];
      row[2] = label;
      System.arraycopy(uses, 0, row, 3, uses.length);
      t.row(row);
    }
    long all = sum(this::total);
    String[] last = new String[3 + (detail ? 4 : 1)];
    last[0] = "收入总计";
    last[1] = yuan(k + "total-in", all);
    last[2] = "支出总计";
    last[3] = yuan(k + "total-out", all);
    if (detail) {
      last[4] = yuan(k + "total|personnel", sum(x -> col(x, P, UP)));
      last[5] = yuan(k + "total|public", sum(x -> col(x, O, UO)));
      last[6] = yuan(k + "total|project", sum(this::project));
    }
    t.row(last);
  }

  // ------------------------------------------------------------------ code tables

  private float[] codeEdges(int values) {
    float[] stub = s.split() ? new float[] {40, 75, 105, 135, s.wrap() ? 250 : 330}
        : new float[] {40, 120, s.wrap() ? 250 : 330};
    return NationalFinalFixture.codeEdges(stub, 800, values);
  }

  private int stub() {
    return s.split() ? 4 : 2;
  }

  /** The header of a code table: 项目 over the stub, {@code group} over the values, 类 | 款 | 项 when split. */
  private PdfFixture.Table codeHeader(float y, int values, String codeHead, String nameHead, String group,
      String[] heads, boolean economicCodes) throws IOException {
    float[] e = codeEdges(values);
    boolean[] num = NationalFinalFixture.valuesAfter(stub(), values);
    PdfFixture.Table t = f.table(y, e, num);
    int stub = stub();
    int rows = s.split() ? 3 : 2;
    List<Object> cells = new ArrayList<>(List.of(0, stub - 1, 0, 0, "项目", stub, stub + values - 1, 0, 0, group));
    if (s.split()) {
      cells.addAll(List.of(0, 2, 1, 1, codeHead, 3, 3, 1, 2, nameHead, 0, 0, 2, 2, "类", 1, 1, 2, 2, "款"));
      if (!economicCodes) {
        cells.addAll(List.of(2, 2, 2, 2, "项"));
      }
    } else {
      cells.addAll(List.of(0, 0, 1, 1, codeHead, 1, 1, 1, 1, nameHead));
    }
    for (int i = 0; i < values; i++) {
      cells.addAll(List.of(stub + i, stub + i, 1, rows - 1, heads[i]));
    }
    t.headerGrid(rows, cells.toArray());
    return t;
  }

  private String name(String label) {
    if (!s.wrap() || label.length() <= 9) {
      return label;
    }
    int cut = (label.length() + 1) / 2;
    return label.substring(0, cut) + "\n" + label.substring(cut);
  }

  private String[] stubCells(String code, String label, int values) {
    return NationalFinalFixture.codeRow(code, name(label), s.split(), values);
  }

  /**
   * A function-code table: 类/款/项 rows of the non-zero codes, 合计 first or last, continued on the next page
   * when the shape says so; an empty table (nothing to print) keeps its 合计 row blank and a 注 under it.
   */
  private void codeTable(String number, String title, String group, String[] heads,
      List<ToLongFunction<String>> values) throws IOException {
    String full = title(title);
    float y = heading(full, "元");
    int n = heads.length;
    String codeHead = "功能分类科目编码";
    PdfFixture.Table t = codeHeader(y, n, codeHead, "功能分类科目名称", group, heads, false);
    List<String> rows = rows(values.get(0));
    if (rows.isEmpty()) {
      String[] total = new String[stub() + n];
      total[stub() - 1] = "合计";
      t.row(total);
      f.text(40, t.bottom() + 16, 9, "注：本" + (s.unitVersion() ? "单位" : "部门") + s.year() + "年无"
          + group.replace("支出", "") + "财政拨款安排的预算，故本表为空表。");
      return;
    }
    if (s.totalFirst()) {
      totalRow(t, number, n, values);
    }
    int cut = s.continued() > 0 && rows.size() > 8 ? rows.size() / 2 : -1;
    for (int r = 0; r < rows.size(); r++) {
      if (r == cut || t.bottom() > 520) {
        f.page();
        page++;
        float top = s.continued() == 2 ? titleLines(40, full, "元") : 40;
        t = codeHeader(top, n, codeHead, "功能分类科目名称", group, heads, false);
      }
      String code = rows.get(r);
      String[] c = stubCells(code, names.get(code), n);
      for (int i = 0; i < n; i++) {
        c[stub() + i] = codeCell(number + "|" + code + "|" + i, of(code, values.get(i)));
      }
      t.row(c);
    }
    if (!s.totalFirst()) {
      totalRow(t, number, n, values);
    }
  }

  private void totalRow(PdfFixture.Table t, String number, int n, List<ToLongFunction<String>> values)
      throws IOException {
    String[] c = new String[stub() + n];
    c[stub() - 1] = "合计";
    for (int i = 0; i < n; i++) {
      c[stub() + i] = codeCell(number + "|total|" + i, sum(values.get(i)));
    }
    t.row(c);
  }

  private void revenue() throws IOException {
    codeTable("02", "收入预算总表", "收入预算", new String[] {"合计", "财政拨款收入", "事业收入", "事业单位\n经营收入",
      "其他收入"}, List.of(this::total, this::fiscal, c -> col(c, BUS), c -> col(c, OPR), c -> col(c, OTH)));
  }

  private void expenditure() throws IOException {
    codeTable("03", "支出预算总表", "支出预算", new String[] {"合计", "基本支出", "项目支出"},
        List.of(this::total, this::basic, this::project));
  }

  private void functionTable(String number, String title, String group, ToLongFunction<String> all,
      ToLongFunction<String> basic, ToLongFunction<String> project) throws IOException {
    codeTable(number, title, group, new String[] {"合计", "基本支出", "项目支出"}, List.of(all, basic, project));
  }

  // ------------------------------------------------------------------ 财政拨款收支预算总表

  private void fiscalSummary() throws IOException {
    float y = heading(title("财政拨款收支预算总表"), "元");
    PdfFixture.Table t = f.table(y, new float[] {40, 170, 260, 400, 500, 600, 700, 800}, false, true, false, true,
        true, true, true);
    t.headerGrid(2, 0, 1, 0, 0, "财政拨款收入", 2, 6, 0, 0, "财政拨款支出", 0, 0, 1, 1, "项目", 1, 1, 1, 1, "预算数",
        2, 2, 1, 1, "项目", 3, 3, 1, 1, "合计", 4, 4, 1, 1, "一般公共预算", 5, 5, 1, 1, "政府性基金预算", 6, 6, 1, 1,
        "国有资本经营预算");
    String k = "04|";
    boolean z = s.zero() == 2;
    boolean funds = (s.seed() >>> 10 & 1) == 0;
    List<String[]> income = new ArrayList<>();
    income.add(new String[] {funds ? "一、一般公共预算资金" : "一、一般公共预算", print(k + "gpb", sum(this::gpb), false, z)});
    income.add(new String[] {funds ? "二、政府性基金" : "二、政府性基金预算", print(k + "gf", sum(c -> col(c, GF)), false, z)});
    income.add(new String[] {"三、国有资本经营预算", print(k + "sc", sum(c -> col(c, SC)), false, z)});
    List<String> cls = classes(this::fiscal);
    int n = Math.max(income.size(), cls.size());
    for (int i = 0; i < n; i++) {
      String[] in = i < income.size() ? income.get(i) : new String[2];
      String[] row = new String[7];
      row[0] = in[0];
      row[1] = in[1];
      if (i < cls.size()) {
        String c = cls.get(i);
        row[2] = JiangsuFixture.CHINESE[i] + "、" + names.get(c);
        row[3] = yuan(k + c, of(c, this::fiscal));
        row[4] = yuan(k + c + "|gpb", of(c, this::gpb));
        row[5] = yuan(k + c + "|gf", of(c, x -> col(x, GF)));
        row[6] = yuan(k + c + "|sc", of(c, x -> col(x, SC)));
      }
      t.row(row);
    }
    long all = sum(this::fiscal);
    t.row("收入总计", yuan(k + "total-in", all), "支出总计", yuan(k + "total-out", all), yuan(k + "total|gpb",
        sum(this::gpb)), yuan(k + "total|gf", sum(c -> col(c, GF))), yuan(k + "total|sc", sum(c -> col(c, SC))));
  }

  // ------------------------------------------------------------------ 经济分类

  private void economicTable() throws IOException {
    String full = title("一般公共预算基本支出部门预算经济分类预算表");
    float y = heading(full, "元");
    String codeHead = s.unitVersion() ? "经济分类科目编码" : "部门预算经济分类科目编码";
    String nameHead = s.unitVersion() ? "部门经济分类科目名称" : "经济分类科目名称";
    String[] heads = {"合计", "人员经费", "公用经费"};
    float[] e = s.split() ? new float[] {40, 80, 120, 330} : new float[] {40, 140, 330};
    e = NationalFinalFixture.codeEdges(e, 800, 3);
    int stub = s.split() ? 3 : 2;
    PdfFixture.Table t = f.table(y, e, NationalFinalFixture.valuesAfter(stub, 3));
    List<Object> hc = new ArrayList<>(List.of(0, stub - 1, 0, 0, "项目", stub, stub + 2, 0, 0, "一般公共预算基本支出"));
    int rows = s.split() ? 3 : 2;
    if (s.split()) {
      hc.addAll(List.of(0, 1, 1, 1, codeHead, 2, 2, 1, 2, nameHead, 0, 0, 2, 2, "类", 1, 1, 2, 2, "款"));
    } else {
      hc.addAll(List.of(0, 0, 1, 1, codeHead, 1, 1, 1, 1, nameHead));
    }
    for (int i = 0; i < 3; i++) {
      hc.addAll(List.of(stub + i, stub + i, 1, rows - 1, heads[i]));
    }
    t.headerGrid(rows, hc.toArray());
    String k = "08|";
    long personnel = economic.get("301") + economic.get("303");
    long pub = economic.get("302") + economic.get("310");
    String[] total = new String[stub + 3];
    total[stub - 1] = "合计";
    if (s.totalFirst()) {
      total[stub] = codeCell(k + "total", personnel + pub);
      total[stub + 1] = codeCell(k + "total|personnel", personnel);
      total[stub + 2] = codeCell(k + "total|public", pub);
      t.row(total);
    }
    for (String code : economic.keySet().stream().sorted().toList()) {
      long v = economic.get(code);
      if (v == 0) {
        continue;
      }
      boolean isPersonnel = code.startsWith("301") || code.startsWith("303");
      String[] c = new String[stub + 3];
      if (s.split()) {
        c[0] = code.substring(0, 3);
        c[1] = code.length() == 5 ? code.substring(3) : null;
      } else {
        c[0] = code;
      }
      c[stub - 1] = economicNames.get(code);
      if (t.bottom() > 520) {
        f.page();
        page++;
        t = f.table(s.continued() == 2 ? titleLines(40, full, "元") : 40, e, NationalFinalFixture.valuesAfter(stub, 3));
        t.headerGrid(rows, hc.toArray());
      }
      c[stub] = codeCell(k + code, v);
      c[stub + 1] = codeCell(k + code + "|personnel", isPersonnel ? v : 0);
      c[stub + 2] = codeCell(k + code + "|public", isPersonnel ? 0 : v);
      t.row(c);
    }
    if (!s.totalFirst()) {
      total[stub] = codeCell(k + "total", personnel + pub);
      total[stub + 1] = codeCell(k + "total|personnel", personnel);
      total[stub + 2] = codeCell(k + "total|public", pub);
      t.row(total);
    }
  }

  // ------------------------------------------------------------------ “三公”经费和机关运行经费

  private void threePublic() throws IOException {
    String full = s.year() + "年" + (s.unitVersion() ? "单位" : "部门") + "“三公”经费和机关运行经费预算表";
    float y = heading(full, "万元");
    PdfFixture.Table t = f.table(y, new float[] {40, 150, 260, 370, 480, 580, 680, 800}, true, true, true, true,
        true, true, true);
    t.headerGrid(3, 0, 5, 0, 0, "“三公”经费预算数", 6, 6, 0, 2, "机关运行经费\n预算数", 0, 0, 1, 2, "合计",
        1, 1, 1, 2, "因公出国(境)费", 2, 2, 1, 2, "公务接待费", 3, 5, 1, 1, "公务用车购置及运行费",
        3, 3, 2, 2, "小计", 4, 4, 2, 2, "购置费", 5, 5, 2, 2, "运行费");
    long operation = economic.get("30231");
    long vehicles = vehiclePurchase + operation;
    String k = "09|";
    boolean z = s.zero() >= 1;
    t.row(print(k + "total", outbound + reception + vehicles, true, z), print(k + "outbound", outbound, true, z),
        print(k + "reception", reception, true, z), print(k + "vehicles", vehicles, true, z),
        print(k + "purchase", vehiclePurchase, true, z), print(k + "operation", operation, true, z),
        print(k + "operating-cost", operatingCost, true, z));
  }
}
