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
 * Writes a 部门预算 in the Ministry of Finance's national template as a PDF with PDFBox: 收支总表, 收入总表,
 * 支出总表, 财政拨款收支总表, 一般公共预算(财政拨款)支出表, 一般公共预算(财政拨款)基本支出表, “三公”经费支出表,
 * 政府性基金预算(财政拨款)支出表 and optionally 国有资本经营预算(财政拨款)支出表. Numbers are derived from exact 分 so
 * that every identity of the template holds, each printed figure rounded honestly (half up) to 0.01 of the
 * table's unit (元 or 万元). The {@link Shape} varies what real publications vary: captions (none / 表一 /
 * 公开01表 / 附表1), titles with or without 部门, with or without 财政拨款, with or without a department and
 * year prefix, 预算数 or 金额, codes joined or split over 类|款|项, a table continued on the next page, a
 * 政府性基金 table printed blank with 本表无数据, the 国有资本经营 table absent or blank, the “三公” table with
 * 上年预算数 | 本年预算数 groups, all the source columns of 收入总表 or only those the department uses, an
 * optional 机关运行经费 table (part of the 公用经费 items).
 *
 * <p>{@link #cells()} records where every printed amount went ({@link NationalFinalFixture.Printed}: page and
 * the fixture's cell key), so a test can change one figure ({@link Shape#perturb}) and look for the finding at
 * that cell.
 */
final class NationalBudgetFixture {
  /** How the document is printed. {@code perturb} names a cell key whose printed value gets {@code delta}. */
  record Shape(long seed, int year, boolean wan, int caption, boolean prefix, boolean departmentTitles,
      boolean fiscalTitles, boolean amountHeader, boolean splitCodes, boolean continued, boolean govFund,
      int stateCapital, boolean prior, boolean allColumns, boolean operatingCost, Extras extras, String perturb,
      BigDecimal delta) {
    Shape withPerturb(String key, BigDecimal d) {
      return new Shape(seed, year, wan, caption, prefix, departmentTitles, fiscalTitles, amountHeader, splitCodes,
          continued, govFund, stateCapital, prior, allColumns, operatingCost, extras, key, d);
    }

    Shape withYear(int other) {
      return new Shape(seed, other, wan, caption, prefix, departmentTitles, fiscalTitles, amountHeader, splitCodes,
          continued, govFund, stateCapital, prior, allColumns, operatingCost, extras, perturb, delta);
    }

    Shape withSeed(long other) {
      return new Shape(other, year, wan, caption, prefix, departmentTitles, fiscalTitles, amountHeader, splitCodes,
          continued, govFund, stateCapital, prior, allColumns, operatingCost, extras, perturb, delta);
    }
  }

  /**
   * The optional tables and the printing variations of the sweep: {@code projects} 0 none, 1 项目支出表 of every
   * project (合计 and every source), 2 of the 财政拨款 projects only (财政拨款/合计 | 一般公共预算 | 政府性基金预算),
   * 3 of every project but the last (a list of some projects, consistent in itself: not drawn by the property);
   * {@code procurement} 政府采购预算表; {@code services} 政府购买服务预算表; {@code zero} how a zero is printed (0
   * blank, 1 "-", 2 "—", 3 "0.00", 4 "0"); {@code notes} a 注：… line under each table; {@code unitOnTitle}
   * 单位：万元 on the right of the title row rather than on the 部门 line; {@code indent} 科目名称 indented by
   * level with full-width spaces.
   */
  record Extras(int projects, boolean procurement, boolean services, int zero, boolean notes,
      boolean unitOnTitle, boolean indent) {
    static final Extras NONE = new Extras(0, false, false, 0, false, false, false);
  }

  /**
   * A value column of a code table: header, the header above it (or null) and its value per leaf code; a rate
   * column (增减率) has a {@code base} (上年) and prints {@code value} ÷ {@code base} × 100, blank where the base is 0.
   */
  record Col(String header, String group, ToLongFunction<String> value, ToLongFunction<String> base) {
    Col(String header, String group, ToLongFunction<String> value) {
      this(header, group, value, null);
    }
  }

  static final String DEPARTMENT = "某市示例局";
  static final String[] CHINESE = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
    "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

  private final Shape s;
  private final Random rnd;
  private final List<NationalFinalFixture.Printed> cells = new ArrayList<>();
  private PdfFixture f;
  private int page;
  private int tableNo;

  // exact data, in 分: code → {personnel, public, gpb project, gov-fund project, other-funds project}
  final Map<String, long[]> leaves = new LinkedHashMap<>();
  // code → {gpb carry-over, other carry-over, 事业收入, 其他收入}; gpb revenue = gpb spending − gpb carry-over
  final Map<String, long[]> sources = new LinkedHashMap<>();
  final long[] economic = new long[NationalFinalFixture.PERSONNEL.length + NationalFinalFixture.PUBLIC.length];
  final long[] threePublic = new long[12]; // prior: total, outbound, vehicles, purchase, operation, reception; current

  /** The department the document is of (its cover, 部门： lines, forms). */
  final String department;

  /**
   * A part of a title whose table states 单位：千元 (its figures printed as drawn): a unit the model lacks, set by
   * a test; null for none.
   */
  String thousandYuan;

  /**
   * A part of a title whose table's title (with the department and year prefix) misprints the year as the one
   * before, as real documents copied from last year's do; set by a test; null for none.
   */
  String misprintedYear;

  /**
   * The width (characters per line) at which a continued table's column headers are wrapped on its second page,
   * where the first page prints them as drawn (一般公共\n预算拨款 there, 一般公共预\n算拨款收入 with 5): a header
   * repeated wrapped otherwise, as a producer re-laying out the page prints it; set by a test; 0 for none.
   */
  int rewrapContinued;

  /** 收支总表 lists the uses by 基本支出 / 项目支出 rather than by function class. */
  final boolean usesBySpendingType;
  /** 一般公共预算支出表 prints 人员经费 | 公用经费 under 基本支出. */
  final boolean personnelColumns;

  NationalBudgetFixture(Shape shape) {
    this(shape, DEPARTMENT);
  }

  /** A document of another organisation than {@link #DEPARTMENT}: its own name, its projects its own. */
  NationalBudgetFixture(Shape shape, String department) {
    this.department = department;
    this.s = shape;
    this.rnd = new Random(shape.seed());
    generate();
    usesBySpendingType = rnd.nextBoolean();
    personnelColumns = rnd.nextBoolean();
    for (int i = 0; i < operatingShare.length; i++) {
      operatingShare[i] = (int) amount(30, 100);
    }
    projects();
    // the comparison columns of 一般公共预算支出表, drawn last (the figures above stay as drawn)
    for (String c : leaves.keySet()) {
      long now = gpbSpent(c);
      prior.put(c, now == 0 || rnd.nextInt(5) == 0 ? 0 : now * amount(60, 140) / 100);
    }
    lastYearData();
  }

  Shape shape() {
    return s;
  }

  /** 上年预算数 of 一般公共预算支出表 by leaf code, in 分 (0: an item new this year, which prints no rate). */
  final Map<String, Long> prior = new LinkedHashMap<>();

  /**
   * From the seed's bit 20: 一般公共预算支出表 prints 上年预算数 and 增减 / 增减额 after the year's columns (增减 is
   * often negative); bit 21 adds 增减率(%) beside 增减额; bits 22-23 how a negative prints (-, −, (…), （…）).
   */
  boolean changes() {
    // 万元 documents only unless a test sets comparisonsInYuan: eight value columns of 元 figures (brackets
    // included) come close in pdftotext's space-aligned text (SpaceAlignedConservationProperties draws them)
    return (s.seed() >> 20 & 1) == 1 && (s.wan() || comparisonsInYuan);
  }

  /**
   * Whether a 元 document prints the comparison columns too ({@link #changes()}), set by a test: the PDF reader
   * reads them; the space-aligned text of {@code pdftotext} is checked by SpaceAlignedConservationProperties.
   */
  boolean comparisonsInYuan;

  private boolean rateColumn() {
    return (s.seed() >> 21 & 1) == 1;
  }

  private int negativeStyle() {
    return (int) Math.floorMod(s.seed() >> 22, 4L);
  }

  /**
   * Drawn from the seed, the words the titles print (real-names/titles.tsv in budget-tables): 0 the
   * template's; 1 those of the 单位预算 sheets (一般公共预算拨款表, 一般公共预算拨款基本支出明细表, 政府性基金拨款表,
   * 国有资本经营预算拨款表); 2 the classification after the title (一般公共预算支出表（按功能分类）, …基本支出表（按经济分类）)
   * and captions numbered 表1-1, 表1-2 ….
   */
  private int titleWords() {
    return new Random(s.seed() ^ 0x7469746c65L).nextInt(3); // a generator of its own: any seed draws each
  }

  /**
   * Drawn from the seed, the words the column headers and row labels print (real-names/headers.tsv in
   * budget-tables): 0 the template's; 1 and 2 those of other regions' forms — 收支总表's 本年收入 / 本年支出 (no
   * 合计), its fund rows as 一般公共预算财政拨款 …, a 使用非财政拨款结余 (1) or 用事业基金弥补收支差额 (2) row of 0, its
   * 上年结余 (1) or 上年结转（结余） (2); 收入总表's 上年结转（结余） (1) or 上年结余 (2) and, beside the sources when they
   * are few, a column of 0 headed 用事业基金弥补收支差额 (1) or 使用非财政拨款结余 (2).
   */
  int headerWords() {
    return new Random(s.seed() ^ 0x68656164L).nextInt(3); // a generator of its own: any seed draws each
  }

  /** A label of 收支总表 in the words {@link #headerWords} draws. */
  private String summaryWord(String label) {
    int w = headerWords();
    if (w == 0) {
      return label;
    }
    return switch (label) {
      case "本年收入合计" -> "本年收入";
      case "本年支出合计" -> "本年支出";
      case "上年结转" -> w == 1 ? "上年结余" : "上年结转（结余）";
      case "一、一般公共预算拨款收入" -> "一、一般公共预算财政拨款";
      case "二、政府性基金预算拨款收入" -> "二、政府性基金预算财政拨款";
      case "三、国有资本经营预算拨款收入" -> "三、国有资本经营预算财政拨款";
      default -> label;
    };
  }

  private String printedTitle(String title) {
    if (titleWords() == 1) {
      for (String[] w : new String[][] {{"一般公共预算支出表", "一般公共预算拨款表"},
          {"一般公共预算基本支出表", "一般公共预算拨款基本支出明细表"}, {"政府性基金预算支出表", "政府性基金拨款表"},
          {"国有资本经营预算支出表", "国有资本经营预算拨款表"}}) {
        if (title.equals(w[0])) {
          return w[1];
        }
      }
    } else if (titleWords() == 2 && title.startsWith("一般公共预算")) {
      return title.endsWith("基本支出表") ? title + "（按经济分类）"
          : title.endsWith("预算支出表") || title.endsWith("财政拨款支出表") ? title + "（按功能分类）" : title;
    }
    return title;
  }

  /** The 增减率 cells printed (page, key, text): percentages, not amounts, so not in {@link #cells()}. */
  final List<NationalFinalFixture.Printed> rates = new ArrayList<>();

  /** A project of 项目支出表: unit, name, function code and its 分 from {gpb, gov-fund, other funds}. */
  record Project(String unit, String name, String code, long[] fen) {
    long fiscal() {
      return fen[0] + fen[1];
    }

    long all() {
      return fen[0] + fen[1] + fen[2];
    }
  }

  /** A row of 政府采购预算表 or 政府购买服务预算表: project, its 目录 and its 分 from {gpb, gov-fund, other funds}. */
  record Purchase(String project, String catalogue, long[] fen) {
    long all() {
      return fen[0] + fen[1] + fen[2];
    }
  }

  static final String[] PROJECT_NAMES = {"信息化建设运维", "业务培训", "专项调研", "档案数字化", "宣传教育",
    "办公楼维修改造", "征地拆迁补偿", "执法装备购置", "课题研究", "会议保障"};
  static final String[] UNITS = {DEPARTMENT + "本级", "某市示例服务中心"};

  /** The units running the projects: {@link #UNITS} of the department, another organisation itself. */
  private String[] units() {
    return department.equals(DEPARTMENT) ? UNITS : new String[] {department, department};
  }
  static final String[] PROCUREMENT_ITEMS = {"台式计算机", "复印机", "物业管理服务", "印刷服务", "车辆维修和保养服务"};
  static final String[] SERVICE_ITEMS = {"公共服务/宣传服务", "政府履职辅助性服务/课题研究", "政府履职辅助性服务/会议服务",
    "公共服务/公共信息服务"};

  final List<Project> projects = new ArrayList<>();
  final List<Purchase> procurement = new ArrayList<>();
  final List<Purchase> services = new ArrayList<>();

  /** The projects share each leaf's project money (one or two projects a leaf); purchases are drawn apart. */
  private void projects() {
    int n = 0;
    for (Map.Entry<String, long[]> e : leaves.entrySet()) {
      long[] v = e.getValue();
      if (v[2] + v[3] + v[4] == 0) {
        continue;
      }
      boolean two = rnd.nextBoolean();
      int pct = (int) amount(20, 80);
      long[] first = two ? new long[] {v[2] * pct / 100, v[3] * pct / 100, v[4] * pct / 100}
          : new long[] {v[2], v[3], v[4]};
      projects.add(new Project(units()[rnd.nextInt(2)], PROJECT_NAMES[n++ % PROJECT_NAMES.length] + "项目", e.getKey(),
          first));
      if (two) {
        projects.add(new Project(units()[rnd.nextInt(2)], PROJECT_NAMES[n++ % PROJECT_NAMES.length] + "项目",
            e.getKey(), new long[] {v[2] - first[0], v[3] - first[1], v[4] - first[2]}));
      }
    }
    long lo = s.wan() ? 1_000_000L : 50_000L;
    long hi = s.wan() ? 50_000_000L : 5_000_000L;
    for (List<Purchase> to : List.of(procurement, services)) {
      int rows = 2 + rnd.nextInt(3);
      String[] items = to == procurement ? PROCUREMENT_ITEMS : SERVICE_ITEMS;
      for (int i = 0; i < rows; i++) {
        long gpb = amount(lo, hi);
        long other = rnd.nextInt(3) == 0 ? amount(lo, hi / 2) : 0;
        to.add(new Purchase(PROJECT_NAMES[(i * 3 + to.size() + (to == services ? 1 : 0)) % PROJECT_NAMES.length]
            + (to == services ? "服务" : "采购"), items[i % items.length], new long[] {gpb, 0, other}));
      }
    }
  }

  /** Per 公用经费 item, the percentage that is 机关运行经费. */
  private final int[] operatingShare = new int[NationalFinalFixture.PUBLIC.length];

  List<NationalFinalFixture.Printed> cells() {
    return cells;
  }

  private long amount(long min, long max) {
    return min + (long) (rnd.nextDouble() * (max - min));
  }

  private void generate() {
    // 分: 5万–800万 yuan in a 万元 document, 500–30万 yuan in a 元 document (the 11 columns stay readable)
    long lo = s.wan() ? 5_000_000L : 50_000L;
    long hi = s.wan() ? 800_000_000L : 30_000_000L;
    NationalFinalFixture.putLeaves(leaves, this::amount, lo, hi, s.govFund(), true);
    for (Map.Entry<String, long[]> e : leaves.entrySet()) {
      long[] v = e.getValue();
      long carryGpb = v[2] == 0 ? 0 : amount(0, v[2] / 3);
      long carryOther = v[4] == 0 ? 0 : amount(0, v[4] / 3);
      long business = v[4] == 0 ? 0 : amount(0, v[4] - carryOther);
      sources.put(e.getKey(), new long[] {carryGpb, carryOther, business, v[4] - carryOther - business});
    }
    long personnel = sum(0);
    long publicOp = sum(1);
    int p = NationalFinalFixture.PERSONNEL.length;
    split(personnel, new int[] {1, 2, 3, 4, 6}, 0);
    split(publicOp, new int[] {1, 2, 3, 5}, p);
    economic[0] = economic[1] + economic[2] + economic[3] + economic[4];
    economic[5] = economic[6];
    economic[p] = economic[p + 1] + economic[p + 2] + economic[p + 3];
    economic[p + 4] = economic[p + 5];
    for (int g = 0; g < 12; g += 6) {
      threePublic[g + 1] = amount(0, hi / 10);
      threePublic[g + 3] = amount(0, hi / 10);
      threePublic[g + 4] = amount(lo / 10, hi / 10);
      threePublic[g + 5] = amount(0, hi / 20);
      threePublic[g + 2] = threePublic[g + 3] + threePublic[g + 4];
      threePublic[g] = threePublic[g + 1] + threePublic[g + 2] + threePublic[g + 5];
    }
  }

  private void split(long total, int[] items, int offset) {
    NationalFinalFixture.split(total, items, offset, economic, () -> amount(20, 60));
  }

  private long sum(int index) {
    return leaves.values().stream().mapToLong(v -> v[index]).sum();
  }

  private long of(String code, ToLongFunction<String> leaf) {
    return NationalFinalFixture.of(leaves.keySet(), code, leaf);
  }

  private List<String[]> functionRows(ToLongFunction<String> leaf) {
    return NationalFinalFixture.functionRows(leaves.keySet(), leaf);
  }

  // per-leaf figures
  private long gpbSpent(String c) {
    long[] v = leaves.get(c);
    return v[0] + v[1] + v[2];
  }

  private long gpbRevenue(String c) {
    return gpbSpent(c) - sources.get(c)[0];
  }

  private long total(String c) {
    long[] v = leaves.get(c);
    return v[0] + v[1] + v[2] + v[3] + v[4];
  }

  private long carryOver(String c) {
    return sources.get(c)[0] + sources.get(c)[1];
  }

  /** The printed form of exact 分 in the document's unit, rounded half up to 0.01; blank for zero. */
  private String print(String key, long fen) {
    if (fen == 0 && !key.equals(s.perturb())) {
      return NationalFinalFixture.zero(s.extras().zero(), key, page, cells);
    }
    return printed(key, BigDecimal.valueOf(fen).movePointLeft(s.wan() ? 6 : 2).setScale(2, RoundingMode.HALF_UP),
        cells);
  }

  /** {@code v} (changed by the shape's delta at its perturbed key) as printed, recorded in {@code into}. */
  private String printed(String key, BigDecimal v, List<NationalFinalFixture.Printed> into) {
    String text = NationalFinalFixture.signed(key.equals(s.perturb()) ? v.add(s.delta()) : v, negativeStyle());
    into.add(new NationalFinalFixture.Printed(key, page, text));
    return text;
  }

  /** A rate in percent, 2 decimals (half up), from exact 分; blank when the base is 0. */
  private String rate(String key, long change, long base) {
    if (base == 0) {
      return null;
    }
    return printed(key, BigDecimal.valueOf(change).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP), rates);
  }

  private String cell(String key, Col col, String code) {
    return col.base() == null ? print(key, of(code, col.value()))
        : rate(key, of(code, col.value()), of(code, col.base()));
  }

  byte[] write(Path font) throws IOException {
    return write(font, null);
  }

  /** The document printed with a producer's {@code habits} ({@link PdfFixture.Habits}; null: as the fixture draws). */
  byte[] write(Path font, PdfFixture.Habits habits) throws IOException {
    targetsPrinted.clear();
    try (PdfFixture pdf = new PdfFixture(font, habits)) {
      f = pdf;
      f.page();
      page++;
      f.center(421, 200, 22, department + s.year() + "年部门预算");
      if (summaryCompared()) {
        comparedSummary();
      } else {
        summary();
      }
      revenueTable();
      expenditureTable();
      if (summaryCompared()) {
        comparedFiscalSummary();
      } else {
        fiscalSummary();
      }
      gpbTable();
      basicTable();
      threePublicTable();
      ToLongFunction<String> gf = c -> leaves.get(c)[3];
      codeTable(fiscal("政府性基金预算", "支出表"), List.of(new Col("合计", null, gf),
          new Col("基本支出", null, c -> 0), new Col("项目支出", null, gf)), !s.govFund());
      if (s.stateCapital() > 0) {
        codeTable(fiscal("国有资本经营预算", "支出表"), List.of(new Col("合计", null, c -> 0),
            new Col("基本支出", null, c -> 0), new Col("项目支出", null, c -> 0)), true);
      }
      if (s.operatingCost()) {
        operatingCostTable();
      }
      if (s.extras().projects() > 0) {
        projectTable();
      }
      if (s.extras().procurement()) {
        purchaseTable(department("政府采购预算表"), procurement, "采购项目", "采购目录");
      }
      if (s.extras().services()) {
        purchaseTable(department("政府购买服务预算表"), services, "项目名称", "指导性目录");
      }
      if (overallForm()) {
        overallForm(department("整体支出绩效目标表"));
      }
      for (int i = 0; i < targetForms(); i++) {
        projectForm(projects.get(i), i);
      }
      return f.bytes();
    }
  }

  // ------------------------------------------------------------------ 机关运行经费 (optional)

  /** 机关运行经费: a part of each 302 公用经费 item, by economic code; never above 公用经费. */
  private void operatingCostTable() throws IOException {
    float y = heading(fiscal("一般公共预算", "机关运行经费支出表"));
    PdfFixture.Table t = f.table(y, new float[] {30, 150, 500, 812}, false, false, true);
    t.header(0, 0, "科目编码", 1, 1, "科目名称", 2, 2, "合计");
    String[][] publicOp = NationalFinalFixture.PUBLIC;
    int p = NationalFinalFixture.PERSONNEL.length;
    List<String[]> rows = new ArrayList<>();
    long total = 0;
    for (int i = 1; i < publicOp.length && publicOp[i][0].startsWith("302"); i++) {
      long v = economic[p + i] * operatingShare[i] / 100;
      if (v != 0) {
        rows.add(new String[] {publicOp[i][0], publicOp[i][1], String.valueOf(v)});
        total += v;
      }
    }
    t.row(null, "合计", print("oc|total", total));
    t.row(publicOp[0][0], publicOp[0][1], print("oc|" + publicOp[0][0], total));
    for (String[] r : rows) {
      t.row(r[0], r[1], print("oc|" + r[0], Long.parseLong(r[2])));
    }
  }

  // ------------------------------------------------------------------ 项目支出表, 政府采购, 政府购买服务 (optional)

  /**
   * 项目支出表: (科目编码,) 项目单位, 项目名称, then 合计 | 一般公共预算 | 政府性基金预算 | 单位资金 for every
   * project, or 财政拨款 (合计 | 一般公共预算 | 政府性基金预算) for the 财政拨款 projects only.
   */
  private void projectTable() throws IOException {
    boolean fiscalOnly = s.extras().projects() == 2;
    boolean codes = (s.seed() & 1) == 0;
    List<String> stub = new ArrayList<>();
    if (codes) {
      stub.add("科目编码");
    }
    stub.add("项目单位");
    stub.add("项目名称");
    String[] heads = fiscalOnly ? new String[] {"合计", "一般公共预算", "政府性基金预算"}
        : new String[] {"合计", "一般公共预算", "政府性基金预算", "单位资金"};
    List<String[]> stubs = new ArrayList<>();
    List<long[]> values = new ArrayList<>();
    List<Project> listed = s.extras().projects() == 3 ? projects.subList(0, projects.size() - 1) : projects;
    for (Project p : listed) {
      if (fiscalOnly && p.fiscal() == 0) {
        continue;
      }
      List<String> st = new ArrayList<>();
      if (codes) {
        st.add(p.code());
      }
      st.add(p.unit());
      st.add(p.name());
      stubs.add(st.toArray(String[]::new));
      values.add(fiscalOnly ? new long[] {p.fiscal(), p.fen()[0], p.fen()[1]}
          : new long[] {p.all(), p.fen()[0], p.fen()[1], p.fen()[2]});
    }
    listTable(department(fiscalOnly ? "财政拨款项目支出表" : "项目支出表"), stub.toArray(String[]::new),
        fiscalOnly ? "财政拨款" : null, heads, stubs, values);
  }

  /** 政府采购预算表 / 政府购买服务预算表: project, its 目录, 合计 | 一般公共预算 | 单位资金. */
  private void purchaseTable(String title, List<Purchase> rows, String projectHeader, String catalogueHeader)
      throws IOException {
    List<String[]> stubs = new ArrayList<>();
    List<long[]> values = new ArrayList<>();
    for (Purchase p : rows) {
      stubs.add(new String[] {p.project(), p.catalogue()});
      values.add(new long[] {p.all(), p.fen()[0], p.fen()[2]});
    }
    listTable(title, new String[] {projectHeader, catalogueHeader}, null, new String[] {"合计", "一般公共预算", "单位资金"},
        stubs, values);
  }

  /**
   * A table of named rows: the stub columns (科目编码 70 points wide, names 150), the value columns under
   * {@code group} when not null, a 合计 row first (in the first name column), then the rows.
   */
  private void listTable(String title, String[] stub, String group, String[] heads, List<String[]> stubs,
      List<long[]> values) throws IOException {
    float y = heading(title);
    int k = stub.length;
    int n = heads.length;
    float[] e = new float[k + n + 1];
    e[0] = 30;
    for (int i = 0; i < k; i++) {
      e[i + 1] = e[i] + (stub[i].equals("科目编码") ? 70 : 150);
    }
    float w = (812 - e[k]) / n;
    for (int i = 1; i <= n; i++) {
      e[k + i] = e[k] + i * w;
    }
    PdfFixture.Table t = f.table(y, e, NationalFinalFixture.valuesAfter(k, n));
    List<Object> head = new ArrayList<>();
    int rows = group == null ? 1 : 2;
    for (int i = 0; i < k; i++) {
      head.addAll(List.of(i, i, 0, rows - 1, stub[i]));
    }
    if (group != null) {
      head.addAll(List.of(k, k + n - 1, 0, 0, group));
    }
    for (int i = 0; i < n; i++) {
      head.addAll(List.of(k + i, k + i, rows - 1, rows - 1, heads[i]));
    }
    t.headerGrid(rows, head.toArray());
    String key = String.format("%02d", tableNo);
    String[] total = new String[k + n];
    total[stub[0].equals("科目编码") ? 1 : 0] = "合计";
    for (int i = 0; i < n; i++) {
      final int c = i;
      total[k + i] = print(key + "|total|" + heads[i], values.stream().mapToLong(v -> v[c]).sum());
    }
    t.row(total);
    for (int r = 0; r < stubs.size(); r++) {
      String[] c = java.util.Arrays.copyOf(stubs.get(r), k + n);
      for (int i = 0; i < n; i++) {
        c[k + i] = print(key + "|" + r + "|" + heads[i], values.get(r)[i]);
      }
      t.row(c);
    }
    note(t, title);
  }

  // ------------------------------------------------------------------ 绩效目标表 (optional, form-like)

  /**
   * From the seed's bits 24-25: how many 项目支出绩效目标表 follow the tables (0 to 3, one per project, never more
   * than the projects); bit 26: a 部门整体支出绩效目标表 before them; bit 27: the first form's indicator rows are
   * continued on the next page (no title there, the indicator header repeated); bit 28: the 年度目标 and a
   * 三级指标 are long and wrap over several lines in their cells.
   */
  int targetForms() {
    return (int) Math.min(projects.size(), s.seed() >> 24 & 3);
  }

  boolean overallForm() {
    return (s.seed() >> 26 & 1) == 1;
  }

  private boolean formContinued() {
    return (s.seed() >> 27 & 1) == 1;
  }

  private boolean longTexts() {
    return (s.seed() >> 28 & 1) == 1;
  }

  /** The indicator rows of a form: 一级指标, 二级指标, 三级指标, 指标值 (a target, never an amount of the budget). */
  static final String[][] INDICATORS = {
    {"产出指标", "数量指标", "培训人次", "≥500人次"},
    {"产出指标", "数量指标", "设备购置数量", "12台"},
    {"产出指标", "质量指标", "培训合格率", "≥95%"},
    {"产出指标", "时效指标", "完成时间", "年底前完成"},
    {"产出指标", "成本指标", "人均培训成本", "≤30万元"},
    {"效益指标", "社会效益指标", "服务对象知晓度", "明显提高"},
    {"满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"},
  };

  /** The targets the forms print: project (or department), indicator, value as printed. */
  final List<String[]> targetsPrinted = new ArrayList<>();

  /** The form's columns: label, then four columns (二级 / money values / 三级 / 指标值). */
  private static final float[] FORM_EDGES = {30, 130, 260, 400, 620, 812};

  /**
   * 项目支出绩效目标表 of {@code p}: 项目名称, 主管部门 | 实施单位, 项目资金 (年度资金总额, 其中：财政拨款, 其他资金),
   * 年度目标, then 一级指标 | 二级指标 | 三级指标 | 指标值 and the indicator rows (一级 / 二级 printed once for the
   * rows they group).
   */
  private void projectForm(Project p, int index) throws IOException {
    float y = heading(department("项目支出绩效目标表"));
    PdfFixture.Table t = f.table(y, FORM_EDGES, false, false, false, false, false);
    String key = "pt" + index + "|";
    t.row("项目名称", p.name(), null, null, null);
    t.row("主管部门", department, null, "实施单位", p.unit());
    money(t, key, p.all(), p.fiscal(), p.fen()[2]);
    t.row("年度目标", longTexts() ? "按计划完成" + p.name() + "各项任务，提升\n履职能力和服务水平，确保资金\n使用规范、安全、高效"
        : "按计划完成" + p.name() + "各项任务", null, null, null);
    indicators(t, p.name(), index == 0 && formContinued());
  }

  /** 部门整体支出绩效目标表: 部门名称, 年度资金 (资金总额, 其中：财政拨款, 其他资金), 年度总体目标, the indicators. */
  private void overallForm(String title) throws IOException {
    float y = heading(title);
    PdfFixture.Table t = f.table(y, FORM_EDGES, false, false, false, false, false);
    t.row("部门名称", department, null, null, null);
    long all = 0;
    long fiscal = 0;
    for (String c : leaves.keySet()) {
      all += total(c);
      fiscal += gpbSpent(c) + leaves.get(c)[3];
    }
    money(t, "ot|", all, fiscal, all - fiscal);
    t.row("年度总体\n目标", "全面履行部门职责，保障机构正常运转", null, null, null);
    indicators(t, department, false);
  }

  private void money(PdfFixture.Table t, String key, long all, long fiscal, long other) throws IOException {
    t.row("项目资金", "年度资金总额", print(key + "total", all), null, null);
    t.row(null, "其中：财政拨款", print(key + "fiscal", fiscal), null, null);
    t.row(null, "其他资金", print(key + "other", other), null, null);
  }

  private void indicators(PdfFixture.Table t, String owner, boolean continued) throws IOException {
    t.row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值");
    String l1 = null;
    String l2 = null;
    int n = 4 + rnd.nextInt(INDICATORS.length - 3);
    for (int i = 0; i < n; i++) {
      String[] ind = INDICATORS[i];
      if (continued && i == 2) {
        f.page();
        page++;
        t = f.table(50, FORM_EDGES, false, false, false, false, false);
        t.row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值");
        l1 = null;
        l2 = null;
      }
      String name = longTexts() && i == 1 ? ind[2] + "（含办公设备\n及执法装备）" : ind[2];
      t.row(null, ind[0].equals(l1) ? null : ind[0], ind[1].equals(l2) ? null : ind[1], name, ind[3]);
      targetsPrinted.add(new String[] {owner, name.replace("\n", ""), ind[3]});
      l1 = ind[0];
      l2 = ind[1];
    }
  }

  /** The 注：… line some publications print under a table. */
  private void note(PdfFixture.Table t, String title) throws IOException {
    if (s.extras().notes()) {
      f.text(40, t.bottom() + 14, 9, "注：本表反映" + s.year() + "年" + title.replace("表", "") + "情况，金额保留两位小数。");
    }
  }

  /** A title with 财政拨款 after {@code fund} when the shape says so. */
  private String fiscal(String fund, String rest) {
    return fund + (s.fiscalTitles() ? "财政拨款" : "") + rest;
  }

  private String department(String title) {
    return (s.departmentTitles() ? "部门" : "") + title;
  }

  /** New page with caption, title and the 部门 / 单位 line; returns the y below them. */
  private float heading(String title) throws IOException {
    f.page();
    page++;
    tableNo++;
    float y = 50;
    switch (titleWords() == 2 && s.caption() != 0 ? 4 : s.caption()) {
      case 4 -> f.text(40, y, 10, "表1-" + tableNo);
      case 1 -> f.text(40, y, 10, "表" + CHINESE[tableNo - 1]);
      case 2 -> f.text(40, y, 10, String.format("公开%02d表", tableNo));
      case 3 -> f.text(40, y, 10, "附表" + tableNo);
      default -> { }
    }
    y += 24;
    int printedYear = misprintedYear != null && title.contains(misprintedYear) ? s.year() - 1 : s.year();
    String printed = printedTitle(title);
    f.center(421, y, 15, s.prefix() ? department + printedYear + "年" + printed : printed);
    String unit = "单位：" + (thousandYuan != null && title.contains(thousandYuan) ? "千元" : s.wan() ? "万元" : "元");
    if (s.extras().unitOnTitle()) {
      f.right(812, y, 9, unit);
    }
    y += 22;
    f.text(30, y, 9, "部门：" + department);
    if (!s.extras().unitOnTitle()) {
      f.right(812, y, 9, unit);
    }
    return y + 10;
  }

  private String amountHeader() {
    return s.amountHeader() ? "金额" : "预算数";
  }

  private static String classLabel(int i, String name) {
    return CHINESE[i] + "、" + name;
  }

  // ------------------------------------------------------------------ 收支总表

  private void summary() throws IOException {
    float y = heading(department("收支总表"));
    PdfFixture.Table t = f.table(y, new float[] {30, 260, 420, 652, 812}, false, true, false, true);
    t.header(0, 1, "收入", 2, 3, "支出");
    t.header(0, 0, "项目", 1, 1, amountHeader(), 2, 2, "项目", 3, 3, amountHeader());
    long gpb = of("", this::gpbRevenue);
    long gf = sum(3);
    long business = sources.values().stream().mapToLong(v -> v[2]).sum();
    long other = sources.values().stream().mapToLong(v -> v[3]).sum();
    long current = gpb + gf + business + other;
    long carry = of("", this::carryOver);
    String[][] income = {
      {summaryWord("一、一般公共预算拨款收入"), print("01|gpb", gpb)},
      {summaryWord("二、政府性基金预算拨款收入"), print("01|gf", gf)},
      {summaryWord("三、国有资本经营预算拨款收入"), print("01|state", 0)},
      {"四、财政专户管理资金收入", print("01|special", 0)},
      {"五、事业收入", print("01|business", business)},
      {"六、事业单位经营收入", print("01|operating", 0)},
      {"七、上级补助收入", print("01|superior", 0)},
      {"八、附属单位上缴收入", print("01|affiliated", 0)},
      {"九、其他收入", print("01|other", other)},
    };
    List<String[]> uses = new ArrayList<>();
    if (usesBySpendingType) {
      uses.add(new String[] {"一、基本支出", print("01|basic", sum(0) + sum(1))});
      uses.add(new String[] {"二、项目支出", print("01|project", sum(2) + sum(3) + sum(4))});
    } else {
      for (String[] fn : functionRows(this::total)) {
        if (fn[0].length() == 3) {
          uses.add(new String[] {classLabel(uses.size(), fn[1]), print("01|" + fn[0], of(fn[0], this::total))});
        }
      }
    }
    for (int i = 0; i < Math.max(income.length, uses.size()); i++) {
      String[] in = i < income.length ? income[i] : new String[2];
      String[] out = i < uses.size() ? uses.get(i) : new String[2];
      t.row(in[0], in[1], out[0], out[1]);
    }
    long spent = of("", this::total);
    t.row(summaryWord("本年收入合计"), print("01|current", current), summaryWord("本年支出合计"),
        print("01|spent", spent));
    if (headerWords() != 0) {
      t.row(headerWords() == 1 ? "使用非财政拨款结余" : "用事业基金弥补收支差额", print("01|reserve", 0), null, null);
    }
    t.row(summaryWord("上年结转"), print("01|carry", carry), "结转下年", print("01|carry-fwd", 0));
    t.row("收入总计", print("01|total-in", current + carry), "支出总计", print("01|total-out", spent));
  }

  // ------------------------------------------------------------------ code tables

  /** Writes a table whose stub is 科目编码 (joined or 类|款|项) + 科目名称 and whose values are {@code cols}. */
  private void codeTable(String title, List<Col> cols, boolean blank) throws IOException {
    float y = heading(title);
    boolean split = s.splitCodes();
    int stub = split ? 4 : 2;
    int n = cols.size();
    float[] e = NationalFinalFixture.codeEdges(split ? new float[] {30, 52, 74, 96, 200} : new float[] {30, 85, 195},
        812, n);
    boolean[] num = NationalFinalFixture.valuesAfter(stub, n);
    PdfFixture.Table t = f.table(y, e, num);
    writeHeader(t, stub, cols, split);
    String key = String.format("%02d", tableNo);
    String[] total = new String[stub + n];
    total[stub - 1] = "合计";
    for (int i = 0; i < n; i++) {
      total[stub + i] = blank ? null : cell(key + "|total|" + cols.get(i).header(), cols.get(i), "");
    }
    t.row(total);
    if (blank) {
      f.text(40, t.bottom() + 14, 9, "注：本部门本年度无" + title.replace("支出表", "支出") + "预算，本表无数据。");
      return;
    }
    List<String[]> rows = functionRows(cols.stream().filter(c -> !c.header().startsWith("上年")).findFirst()
        .orElseThrow().value());
    int cut = s.continued() && rows.size() > 4 ? rows.size() / 2 : -1;
    for (int r = 0; r < rows.size(); r++) {
      if (r == cut) {
        f.page();
        page++;
        t = f.table(50, e, num);
        writeHeader(t, stub, rewrapContinued <= 0 ? cols : cols.stream().map(c -> new Col(
            rewrap(c.header(), rewrapContinued), c.group(), c.value(), c.base())).toList(), split);
      }
      String[] fn = rows.get(r);
      String name = s.extras().indent() ? "　".repeat((fn[0].length() - 3) / 2) + fn[1] : fn[1];
      String[] c = NationalFinalFixture.codeRow(fn[0], wrap(name), split, n);
      for (int i = 0; i < n; i++) {
        c[stub + i] = cell(key + "|" + fn[0] + "|" + cols.get(i).header(), cols.get(i), fn[0]);
      }
      t.row(c);
    }
    note(t, title);
  }

  /** {@code text} without its line breaks, wrapped at {@code width} characters. */
  static String rewrap(String text, int width) {
    String t = text.replace("\n", "");
    return t.length() <= width ? t : t.substring(0, width) + "\n" + rewrap(t.substring(width), width);
  }

  /** A name wrapped at 10 characters, as the narrow 科目名称 cells of a wide table print it. */
  private static String wrap(String name) {
    return name.length() <= 10 ? name : name.substring(0, 10) + "\n" + wrap(name.substring(10));
  }

  private static void writeHeader(PdfFixture.Table t, int stub, List<Col> cols, boolean split) throws IOException {
    NationalFinalFixture.writeHeader(t, stub, cols.stream().map(Col::header).toArray(String[]::new),
        cols.stream().map(Col::group).toArray(String[]::new), split);
  }

  private void revenueTable() throws IOException {
    List<Col> cols = new ArrayList<>(List.of(new Col("合计", null, this::total),
        new Col(headerWords() == 0 ? "上年结转" : headerWords() == 1 ? "上年结转\n（结余）" : "上年结余", null,
            this::carryOver),
        new Col("一般公共\n预算拨款\n收入", null, this::gpbRevenue),
        new Col("政府性基金\n预算拨款\n收入", null, c -> leaves.get(c)[3])));
    if (s.allColumns()) {
      cols.add(new Col("国有资本\n经营预算\n拨款收入", null, c -> 0));
      cols.add(new Col("财政专户\n管理资金\n收入", null, c -> 0));
    }
    cols.add(new Col("事业收入", null, c -> sources.get(c)[2]));
    if (s.allColumns()) {
      cols.add(new Col("事业单位\n经营收入", null, c -> 0));
      cols.add(new Col("上级补助\n收入", null, c -> 0));
      cols.add(new Col("附属单位\n上缴收入", null, c -> 0));
    }
    cols.add(new Col("其他收入", null, c -> sources.get(c)[3]));
    if (headerWords() != 0 && !s.allColumns()) {
      cols.add(new Col(headerWords() == 1 ? "用事业基金\n弥补收支差额" : "使用非财政\n拨款结余", null, c -> 0));
    }
    // 元 figures in twelve or more columns would run into each other: only 上年预算数 beside all the sources, in 万元.
    // A 元 negative in full-width brackets (（100,324.36）, 64 pt) is wider than a tenth of the table's 612 pt: with
    // 上年预算数 and 增减额 | 增减率 after seven sources it would touch the cell left of it (a zero's "-" printed
    // against it reads as -（100,324.36）), which no printed table does; then no 增减 columns either.
    if (!s.allColumns() || s.wan()) {
      compared(cols, this::total, !s.allColumns() && (s.wan() || negativeStyle() != 3 || cols.size() + 3 <= 9));
    }
    codeTable(department("收入总表"), cols, false);
  }

  private void expenditureTable() throws IOException {
    List<Col> cols = new ArrayList<>(List.of(new Col("合计", null, this::total),
        new Col("基本支出", null, c -> leaves.get(c)[0] + leaves.get(c)[1]),
        new Col("项目支出", null, c -> leaves.get(c)[2] + leaves.get(c)[3] + leaves.get(c)[4])));
    if (s.allColumns()) {
      cols.add(new Col("上缴上级\n支出", null, c -> 0));
      cols.add(new Col("事业单位\n经营支出", null, c -> 0));
      cols.add(new Col("对附属单位\n补助支出", null, c -> 0));
    }
    compared(cols, this::total, true);
    codeTable(department("支出总表"), cols, false);
  }

  private void gpbTable() throws IOException {
    List<Col> cols = new ArrayList<>(List.of(new Col("合计", null, this::gpbSpent)));
    if (personnelColumns) {
      cols.add(new Col("小计", "基本支出", c -> leaves.get(c)[0] + leaves.get(c)[1]));
      cols.add(new Col("人员经费", "基本支出", c -> leaves.get(c)[0]));
      cols.add(new Col("公用经费", "基本支出", c -> leaves.get(c)[1]));
    } else {
      cols.add(new Col("基本支出", null, c -> leaves.get(c)[0] + leaves.get(c)[1]));
    }
    cols.add(new Col("项目支出", null, c -> leaves.get(c)[2]));
    if (changes()) {
      ToLongFunction<String> change = c -> gpbSpent(c) - prior.get(c);
      cols.add(new Col("上年预算数", null, prior::get));
      cols.add(new Col("增减额", rateColumn() ? "增减" : null, change));
      if (rateColumn()) {
        cols.add(new Col("增减率(%)", "增减", change, prior::get));
      }
    }
    codeTable(fiscal("一般公共预算", "支出表"), cols, false);
  }

  // ------------------------------------------------------------------ 财政拨款收支总表

  private void fiscalSummary() throws IOException {
    float y = heading("财政拨款收支总表");
    float[] e = {30, 200, 290, 470, 555, 640, 725, 812};
    PdfFixture.Table t = f.table(y, e, false, true, false, true, true, true, true);
    t.headerGrid(2, 0, 1, 0, 0, "收入", 2, 6, 0, 0, "支出", 0, 0, 1, 1, "项目", 1, 1, 1, 1, amountHeader(),
        2, 2, 1, 1, "项目", 3, 3, 1, 1, "合计", 4, 4, 1, 1, "一般公共预算", 5, 5, 1, 1, "政府性基金预算",
        6, 6, 1, 1, "国有资本经营预算");
    ToLongFunction<String> gf = c -> leaves.get(c)[3];
    ToLongFunction<String> all = c -> gpbSpent(c) + gf.applyAsLong(c);
    long gpbIn = of("", this::gpbRevenue);
    long gfIn = sum(3);
    long carry = sources.values().stream().mapToLong(v -> v[0]).sum();
    String[][] income = {
      {"一、本年收入", print("04|current", gpbIn + gfIn)},
      {"（一）一般公共预算拨款", print("04|gpb", gpbIn)},
      {"（二）政府性基金预算拨款", print("04|gf", gfIn)},
      {"（三）国有资本经营预算拨款", print("04|sc", 0)},
      {"二、上年结转", print("04|carry", carry)},
      {"（一）一般公共预算拨款", print("04|carry|gpb", carry)},
      {"（二）政府性基金预算拨款", print("04|carry|gf", 0)},
      {"（三）国有资本经营预算拨款", print("04|carry|sc", 0)},
    };
    List<String[]> uses = new ArrayList<>();
    uses.add(new String[] {"一、本年支出", print("04|spent|all", of("", all)), print("04|spent|gpb",
        of("", this::gpbSpent)), print("04|spent|gf", of("", gf)), print("04|spent|sc", 0)});
    for (String[] fn : functionRows(all)) {
      if (fn[0].length() == 3) {
        uses.add(new String[] {fn[1], print("04|" + fn[0] + "|all", of(fn[0], all)),
            print("04|" + fn[0] + "|gpb", of(fn[0], this::gpbSpent)), print("04|" + fn[0] + "|gf", of(fn[0], gf)),
            print("04|" + fn[0] + "|sc", 0)});
      }
    }
    uses.add(new String[] {"二、结转下年", print("04|fwd|all", 0), print("04|fwd|gpb", 0), print("04|fwd|gf", 0),
        print("04|fwd|sc", 0)});
    for (int i = 0; i < Math.max(income.length, uses.size()); i++) {
      String[] l = i < income.length ? income[i] : new String[2];
      String[] r = i < uses.size() ? uses.get(i) : new String[5];
      t.row(l[0], l[1], r[0], r[1], r[2], r[3], r[4]);
    }
    long spent = of("", all);
    t.row("收入总计", print("04|total-in", gpbIn + gfIn + carry), "支出总计", print("04|total-out|all", spent),
        print("04|total-out|gpb", of("", this::gpbSpent)), print("04|total-out|gf", of("", gf)),
        print("04|total-out|sc", 0));
  }

  // ------------------------------------------------------------------ 基本支出表 (经济分类)

  private void basicTable() throws IOException {
    float y = heading(fiscal("一般公共预算", "基本支出表"));
    PdfFixture.Table t = f.table(y, new float[] {30, 110, 330, 490, 651, 812}, false, false, true, true, true);
    t.header(0, 0, "科目编码", 1, 1, "科目名称", 2, 2, "合计", 3, 3, "人员经费", 4, 4, "公用经费");
    t.row(null, "合计", print("06|total|合计", sum(0) + sum(1)), print("06|total|人员经费", sum(0)),
        print("06|total|公用经费", sum(1)));
    String[][] personnel = NationalFinalFixture.PERSONNEL;
    String[][] publicOp = NationalFinalFixture.PUBLIC;
    for (int i = 0; i < personnel.length; i++) {
      if (economic[i] != 0) {
        String k = "06|" + personnel[i][0];
        t.row(personnel[i][0], personnel[i][1], print(k + "|合计", economic[i]), print(k + "|人员经费", economic[i]),
            null);
      }
    }
    for (int i = 0; i < publicOp.length; i++) {
      long v = economic[personnel.length + i];
      if (v != 0) {
        String k = "06|" + publicOp[i][0];
        t.row(publicOp[i][0], publicOp[i][1], print(k + "|合计", v), null, print(k + "|公用经费", v));
      }
    }
  }

  // ------------------------------------------------------------------ “三公”经费支出表

  private void threePublicTable() throws IOException {
    float y = heading(fiscal("一般公共预算", "“三公”经费支出表"));
    // 14 columns fit the page for 万元 figures; 元 figures in brackets would run into each other
    boolean change = s.prior() && changes();
    int n = s.prior() ? 12 : 6;
    n += change ? 2 : 0;
    float[] e = new float[n + 1];
    for (int i = 0; i <= n; i++) {
      e[i] = 30 + i * (782f / n);
    }
    boolean[] num = new boolean[n];
    java.util.Arrays.fill(num, true);
    PdfFixture.Table t = f.table(y, e, num);
    List<Object> head = new ArrayList<>();
    int top = s.prior() ? 1 : 0;
    if (s.prior()) {
      head.addAll(List.of(0, 5, 0, 0, "上年预算数", 6, 11, 0, 0, "本年预算数"));
    }
    if (change) {
      head.addAll(List.of(12, 13, 0, 0, "增减", 12, 12, top, top + 2, "增减额", 13, 13, top, top + 2, "增减率(%)"));
    }
    for (int g = 0; g < (s.prior() ? 12 : 6); g += 6) {
      head.addAll(List.of(g, g, top, top + 2, "合计", g + 1, g + 1, top, top + 2, "因公出国\n（境）费",
          g + 2, g + 4, top, top, "公务用车购置及运行费", g + 2, g + 2, top + 1, top + 2, "小计",
          g + 3, g + 3, top + 1, top + 2, "公务用车\n购置费", g + 4, g + 4, top + 1, top + 2, "公务用车\n运行费",
          g + 5, g + 5, top, top + 2, "公务接待费"));
    }
    t.headerGrid(top + 3, head.toArray());
    String[] v = new String[n];
    for (int i = 0; i < (s.prior() ? 12 : 6); i++) {
      int k = s.prior() ? i : i + 6;
      v[i] = print("07|" + k, threePublic[k]);
    }
    if (change) {
      v[12] = print("07|change", threePublic[6] - threePublic[0]);
      v[13] = rate("07|rate", threePublic[6] - threePublic[0], threePublic[0]);
    }
    t.row(v);
  }

  // ------------------------------------------------------------------ comparison columns of the summary tables

  /**
   * Whether the summary tables may print comparison columns (set by a test; the space-aligned properties leave
   * it off): then seed bit 33 prints them in 收支总表, 收入总表, 支出总表 and 财政拨款收支总表 ({@link #summaryCompared}).
   */
  boolean summaryComparisons;

  /**
   * 上年 data, in 分, as {@link #leaves} / {@link #sources}; a leaf's 一般公共预算 spending is its {@link #prior} where
   * that money is most of the leaf ({@link #lastYearData}).
   */
  private final Map<String, long[]> priorLeaves = new LinkedHashMap<>();
  private final Map<String, long[]> priorSources = new LinkedHashMap<>();

  /**
   * From seed bit 33 (with {@link #summaryComparisons}): the summary tables print 上年预算数 (bit 29: before the
   * year's figures; bit 32: headed 本年预算 / 上年预算 rather than 本年预算数 / 上年预算数) and, by bits 30-31, no
   * change, one 增减 column, an 增减 group over 增减额 | 增减率(%), or 增减额 | 增减率 side by side.
   */
  boolean summaryCompared() {
    return summaryComparisons && (s.seed() >> 33 & 1) == 1;
  }

  private boolean priorFirst() {
    return (s.seed() >> 29 & 1) == 1;
  }

  /** 0 no change printed, 1 one 增减 column, 2 增减 over 增减额 | 增减率(%), 3 增减额 | 增减率. */
  int summaryChange() {
    return (int) (s.seed() >> 30 & 3);
  }

  private String[] yearHeaders() {
    return (s.seed() >> 32 & 1) == 1 ? new String[] {"本年预算", "上年预算"} : new String[] {"本年预算数", "上年预算数"};
  }

  /**
   * Last year's figures: every leaf scaled as its 一般公共预算 spending ({@link #prior}; 0 for an item new this
   * year), the sources likewise, so every identity of the template holds for them too.
   */
  private void lastYearData() {
    for (Map.Entry<String, long[]> e : leaves.entrySet()) {
      String c = e.getKey();
      long[] v = e.getValue();
      long now = gpbSpent(c);
      // a leaf spending little 一般公共预算 money is scaled by 60-140 % (its 上年 never a few 分, whose rate would
      // be absurd), one spending none too, unless it is new this year (prior 0 beside 一般公共预算 money)
      boolean small = now * 10 < total(c);
      long num = small ? 60 + Math.floorMod(c.hashCode(), 81) : prior.get(c);
      long den = small ? 100 : now;
      long[] l = new long[v.length];
      long[] src = sources.get(c);
      long[] q = new long[src.length];
      if (num != 0) {
        for (int i = 0; i < v.length; i++) {
          l[i] = v[i] * num / den;
        }
        if (!small) {
          // the 分 the rounding down left go to the largest part (never to a part spent on nothing this year)
          int most = v[0] >= v[1] && v[0] >= v[2] ? 0 : v[1] >= v[2] ? 1 : 2;
          l[most] += num - l[0] - l[1] - l[2];
        }
        q[0] = Math.min(src[0] * num / den, l[0] + l[1] + l[2]);
        q[1] = src[1] * num / den;
        q[2] = src[2] * num / den;
        q[3] = l[4] - q[1] - q[2];
      }
      priorLeaves.put(c, l);
      priorSources.put(c, q);
    }
  }

  /** {@code figures} computed from last year's data. */
  private <T> T lastYear(java.util.function.Supplier<T> figures) {
    swapYears();
    try {
      return figures.get();
    } finally {
      swapYears();
    }
  }

  private void swapYears() {
    for (String c : leaves.keySet()) {
      priorLeaves.put(c, leaves.put(c, priorLeaves.get(c)));
      priorSources.put(c, sources.put(c, priorSources.get(c)));
    }
  }

  /** Adds 上年预算数 (first or after the year's columns) and, when {@code change}, the drawn 增减 columns. */
  private void compared(List<Col> cols, ToLongFunction<String> now, boolean change) {
    if (!summaryCompared()) {
      return;
    }
    ToLongFunction<String> before = c -> lastYear(() -> now.applyAsLong(c));
    ToLongFunction<String> diff = c -> now.applyAsLong(c) - before.applyAsLong(c);
    cols.add(priorFirst() ? 0 : cols.size(), new Col(yearHeaders()[1], null, before));
    switch (change ? summaryChange() : 0) {
      case 1 -> cols.add(new Col("增减", null, diff));
      case 2 -> {
        cols.add(new Col("增减额", "增减", diff));
        cols.add(new Col("增减率(%)", "增减", diff, before));
      }
      case 3 -> {
        cols.add(new Col("增减额", null, diff));
        cols.add(new Col("增减率", null, diff, before));
      }
      default -> { }
    }
  }

  /** A line of a summary table: label, cell key and the year's and last year's figures in 分. */
  private record Line(String label, String key, long now, long before) {}

  /** 收支总表's income: {一般公共预算, 政府性基金, 事业收入, 其他收入, 本年收入合计, 上年结转}. */
  private long[] incomeFigures() {
    long gpb = of("", this::gpbRevenue);
    long gf = sum(3);
    long business = sources.values().stream().mapToLong(v -> v[2]).sum();
    long other = sources.values().stream().mapToLong(v -> v[3]).sum();
    return new long[] {gpb, gf, business, other, gpb + gf + business + other, of("", this::carryOver)};
  }

  /** 收支总表's uses: the year's uses (by 基本 / 项目 or by class), then 本年支出合计. */
  private long[] useFigures(List<String> classes) {
    List<Long> v = new ArrayList<>();
    if (usesBySpendingType) {
      v.add(sum(0) + sum(1));
      v.add(sum(2) + sum(3) + sum(4));
    } else {
      classes.forEach(c -> v.add(of(c, this::total)));
    }
    v.add(of("", this::total));
    return v.stream().mapToLong(Long::longValue).toArray();
  }

  /** 收支总表 with 本年 | 上年 (| 增减) on each side. */
  private void comparedSummary() throws IOException {
    float y = heading(department("收支总表"));
    long[] in = incomeFigures();
    long[] was = lastYear(this::incomeFigures);
    List<Line> income = new ArrayList<>();
    String[][] sourceRows = {{"一、一般公共预算拨款收入", "gpb"}, {"二、政府性基金预算拨款收入", "gf"},
      {"三、国有资本经营预算拨款收入", "state"}, {"四、财政专户管理资金收入", "special"}, {"五、事业收入", "business"},
      {"六、事业单位经营收入", "operating"}, {"七、上级补助收入", "superior"}, {"八、附属单位上缴收入", "affiliated"},
      {"九、其他收入", "other"}};
    int[] figure = {0, 1, -1, -1, 2, -1, -1, -1, 3};
    for (int i = 0; i < sourceRows.length; i++) {
      int k = figure[i];
      income.add(new Line(summaryWord(sourceRows[i][0]), "01|" + sourceRows[i][1], k < 0 ? 0 : in[k],
          k < 0 ? 0 : was[k]));
    }
    List<String[]> named = functionRows(this::total).stream().filter(fn -> fn[0].length() == 3).toList();
    List<String> classes = named.stream().map(fn -> fn[0]).toList();
    long[] out = useFigures(classes);
    long[] before = lastYear(() -> useFigures(classes));
    List<Line> uses = new ArrayList<>();
    for (int i = 0; i < out.length - 1; i++) {
      String label = usesBySpendingType ? (i == 0 ? "一、基本支出" : "二、项目支出")
          : classLabel(i, named.get(i)[1]);
      String key = usesBySpendingType ? (i == 0 ? "01|basic" : "01|project") : "01|" + classes.get(i);
      uses.add(new Line(label, key, out[i], before[i]));
    }
    int n = Math.max(income.size(), uses.size());
    List<Line[]> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(new Line[] {i < income.size() ? income.get(i) : null, i < uses.size() ? uses.get(i) : null});
    }
    long spent = out[out.length - 1];
    long spentBefore = before[before.length - 1];
    lines.add(new Line[] {new Line(summaryWord("本年收入合计"), "01|current", in[4], was[4]),
      new Line(summaryWord("本年支出合计"), "01|spent", spent, spentBefore)});
    lines.add(new Line[] {new Line(summaryWord("上年结转"), "01|carry", in[5], was[5]),
      new Line("结转下年", "01|carry-fwd", 0, 0)});
    lines.add(new Line[] {new Line("收入总计", "01|total-in", in[4] + in[5], was[4] + was[5]),
      new Line("支出总计", "01|total-out", spent, spentBefore)});
    int side = 3 + Math.min(summaryChange(), 2);
    float[] e = new float[2 * side + 1];
    boolean[] num = new boolean[2 * side];
    for (int h = 0; h < 2; h++) {
      float x = 30 + h * 391f;
      e[h * side] = x;
      for (int i = 1; i < side; i++) {
        e[h * side + i] = x + 130 + (i - 1) * (261f / (side - 1));
        num[h * side + i] = true;
      }
    }
    e[2 * side] = 812;
    PdfFixture.Table t = f.table(y, e, num);
    int rows = summaryChange() == 2 ? 3 : 2;
    List<Object> head = new ArrayList<>();
    String[] years = yearHeaders();
    for (int h = 0; h < 2; h++) {
      int o = h * side;
      head.addAll(List.of(o, o + side - 1, 0, 0, h == 0 ? "收入" : "支出", o, o, 1, rows - 1, "项目",
          o + 1, o + 1, 1, rows - 1, years[priorFirst() ? 1 : 0], o + 2, o + 2, 1, rows - 1, years[priorFirst() ? 0 : 1]));
      switch (summaryChange()) {
        case 1 -> head.addAll(List.of(o + 3, o + 3, 1, rows - 1, "增减"));
        case 2 -> head.addAll(List.of(o + 3, o + 4, 1, 1, "增减", o + 3, o + 3, 2, 2, "增减额", o + 4, o + 4, 2, 2,
            "增减率(%)"));
        case 3 -> head.addAll(List.of(o + 3, o + 3, 1, rows - 1, "增减额", o + 4, o + 4, 1, rows - 1, "增减率"));
        default -> { }
      }
    }
    t.headerGrid(rows, head.toArray());
    for (Line[] l : lines) {
      List<String> cells = new ArrayList<>();
      for (Line x : l) {
        cells.addAll(comparedCells(x, side, true));
      }
      t.row(cells.toArray(String[]::new));
    }
  }

  /** The cells of one side of a compared line: label, 本年 and 上年 (in the drawn order), the drawn 增减. */
  private List<String> comparedCells(Line x, int side, boolean change) {
    List<String> c = new ArrayList<>();
    if (x == null) {
      for (int i = 0; i < side; i++) {
        c.add(null);
      }
      return c;
    }
    c.add(x.label());
    String now = print(x.key(), x.now());
    String before = print(x.key() + "|上年", x.before());
    c.add(priorFirst() ? before : now);
    c.add(priorFirst() ? now : before);
    if (change && summaryChange() > 0) {
      c.add(print(x.key() + "|增减", x.now() - x.before()));
    }
    if (change && summaryChange() > 1) {
      // a rate of 10,000% or more (上年 a few 分) would not fit its narrow cell: left blank, as an item new this year
      boolean fits = Math.abs(x.now() - x.before()) < 100 * Math.abs(x.before());
      c.add(fits ? rate(x.key() + "|增减率", x.now() - x.before(), x.before()) : null);
    }
    return c;
  }

  /** 财政拨款收支总表's income: {本年收入, 一般公共预算, 政府性基金, 上年结转}. */
  private long[] fiscalIncome() {
    long gpbIn = of("", this::gpbRevenue);
    long gfIn = sum(3);
    return new long[] {gpbIn + gfIn, gpbIn, gfIn, sources.values().stream().mapToLong(v -> v[0]).sum()};
  }

  /** 财政拨款收支总表's 本年支出 (or a class's): all, 一般公共预算, 政府性基金. */
  private long[] fiscalUses(String code) {
    ToLongFunction<String> gf = c -> leaves.get(c)[3];
    return new long[] {of(code, this::gpbSpent) + of(code, gf), of(code, this::gpbSpent), of(code, gf)};
  }

  /** 财政拨款收支总表 with 本年 | 上年 on the income side and a 上年预算数 column of the 合计 on the uses side. */
  private void comparedFiscalSummary() throws IOException {
    float y = heading("财政拨款收支总表");
    boolean first = priorFirst();
    float[] e = {30, 165, 240, 315, 440, 514, 589, 663, 738, 812};
    PdfFixture.Table t = f.table(y, e, false, true, true, false, true, true, true, true, true);
    String[] years = yearHeaders();
    int v = first ? 5 : 4;
    t.headerGrid(2, 0, 2, 0, 0, "收入", 3, 8, 0, 0, "支出", 0, 0, 1, 1, "项目", 1, 1, 1, 1, years[first ? 1 : 0],
        2, 2, 1, 1, years[first ? 0 : 1], 3, 3, 1, 1, "项目", first ? 4 : 8, first ? 4 : 8, 1, 1, years[1],
        v, v, 1, 1, "合计", v + 1, v + 1, 1, 1, "一般公共预算", v + 2, v + 2, 1, 1, "政府性基金预算",
        v + 3, v + 3, 1, 1, "国有资本经营预算");
    long[] in = fiscalIncome();
    long[] was = lastYear(this::fiscalIncome);
    Line[] income = {new Line("一、本年收入", "04|current", in[0], was[0]),
      new Line("（一）一般公共预算拨款", "04|gpb", in[1], was[1]), new Line("（二）政府性基金预算拨款", "04|gf", in[2], was[2]),
      new Line("（三）国有资本经营预算拨款", "04|sc", 0, 0), new Line("二、上年结转", "04|carry", in[3], was[3]),
      new Line("（一）一般公共预算拨款", "04|carry|gpb", in[3], was[3]), new Line("（二）政府性基金预算拨款", "04|carry|gf", 0, 0),
      new Line("（三）国有资本经营预算拨款", "04|carry|sc", 0, 0)};
    List<String[]> uses = new ArrayList<>();
    uses.add(fiscalUseRow("一、本年支出", "04|spent", ""));
    ToLongFunction<String> all = c -> gpbSpent(c) + leaves.get(c)[3];
    for (String[] fn : functionRows(all)) {
      if (fn[0].length() == 3) {
        uses.add(fiscalUseRow(fn[1], "04|" + fn[0], fn[0]));
      }
    }
    uses.add(fiscalUseRow("二、结转下年", "04|fwd", null));
    for (int i = 0; i < Math.max(income.length, uses.size()); i++) {
      List<String> c = new ArrayList<>(i < income.length ? comparedCells(income[i], 3, false)
          : java.util.Arrays.asList(new String[3]));
      c.addAll(java.util.Arrays.asList(i < uses.size() ? uses.get(i) : new String[6]));
      t.row(c.toArray(String[]::new));
    }
    List<String> last = new ArrayList<>(comparedCells(new Line("收入总计", "04|total-in", in[0] + in[3],
        was[0] + was[3]), 3, false));
    last.addAll(java.util.Arrays.asList(fiscalUseRow("支出总计", "04|total-out", "")));
    t.row(last.toArray(String[]::new));
  }

  /** A uses row of 财政拨款收支总表: label, then 上年预算数 (of the 合计) and 合计 | 一般 | 基金 | 国资 in the drawn order. */
  private String[] fiscalUseRow(String label, String key, String code) {
    long[] now = code == null ? new long[3] : fiscalUses(code);
    long before = code == null ? 0 : lastYear(() -> fiscalUses(code))[0];
    List<String> c = new ArrayList<>(List.of(label));
    String prior = print(key + "|all|上年", before);
    if (priorFirst()) {
      c.add(prior);
    }
    c.add(print(key + "|all", now[0]));
    c.add(print(key + "|gpb", now[1]));
    c.add(print(key + "|gf", now[2]));
    c.add(print(key + "|sc", 0));
    if (!priorFirst()) {
      c.add(prior);
    }
    return c.toArray(String[]::new);
  }
}
