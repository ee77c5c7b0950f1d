package dev.yusuan.rules;

import static dev.yusuan.model.FactDimension.BUDGET_UNIT;
import static dev.yusuan.model.FactDimension.ECONOMIC;
import static dev.yusuan.model.FactDimension.FUNCTION;
import static dev.yusuan.model.FactDimension.FUND_SOURCE;
import static dev.yusuan.model.FactDimension.PROCUREMENT_TYPE;
import static dev.yusuan.model.FactDimension.PROJECT;
import static dev.yusuan.model.FactDimension.SPENDING_TYPE;
import static dev.yusuan.model.FactDimension.THREE_PUBLIC_ITEM;
import static dev.yusuan.rules.DocBuilder.c;
import static dev.yusuan.rules.DocBuilder.col;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Direction;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.ProcurementType;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.ThreePublicItem;

/**
 * The Keqiao 2024 budget (绍兴市柯桥区人大常委会办公室) built by hand with the fact conventions of
 * docs/fact-conventions.md, numbers copied from keqiao-rendaban-2024-budget.txt. Continuation pages
 * are separate tables with the same title, as a reader sees them.
 */
final class KeqiaoFixture {
  static final String OFFICE = "绍兴市柯桥区人民代表大会常务委员会办公室";
  static final String CENTER = "绍兴市柯桥区人大信息中心";
  static final String GPB = FundSource.GENERAL_PUBLIC_BUDGET.name();

  private KeqiaoFixture() {}

  static BudgetDocument document() {
    return builder().build();
  }

  static DocBuilder builder() {
    DocBuilder d = new DocBuilder("keqiao-rendaban-2024-budget.txt", 2024);
    d.department = OFFICE;
    d.unit(OFFICE, true).unit(CENTER, false);
    d.contents("2024年区人大办收支预算总表", "2024年区人大办收入预算总表", "2024年区人大办支出预算总表",
        "2024年区人大办财政拨款收支预算总表", "2024年区人大办一般公共预算支出表",
        "2024年区人大办一般公共预算基本支出表", "2024年区人大办一般公共预算“三公”经费支出表",
        "2024年区人大办政府性基金预算支出表", "2024年区人大办国有资本经营预算支出表",
        "2024年区人大办项目支出预算表", "2024年区人大办预算项目绩效目标表");
    narrative(d);
    summary(d);
    expenditureSummary(d);
    fiscalSummary(d);
    gpbExpenditure(d);
    gpbBasic(d);
    threePublic(d);
    d.table("T08", "zj.gov-fund", "2024年部门政府性基金预算支出表").codes(FUNCTION)
        .concept(Concept.EXPENDITURE, c(FUND_SOURCE, FundSource.GOVERNMENT_FUND))
        .columns(col("合计", x -> x), col("基本支出", x -> x.with(SPENDING_TYPE, "BASIC")),
            col("项目支出", x -> x.with(SPENDING_TYPE, "PROJECT")))
        .rows("\t合计\t\t\t").note("区人大办没有政府性基金预算拨款安排的支出，故本表无数据").done();
    d.table("T09", "zj.state-capital", "2024年部门国有资本经营预算支出表").codes(FUNCTION)
        .concept(Concept.EXPENDITURE, c(FUND_SOURCE, FundSource.STATE_CAPITAL, SPENDING_TYPE, SpendingType.PROJECT))
        .columns(col("项目支出", x -> x)).rows("\t合计\t")
        .note("区人大办没有国有资本经营预算拨款安排的支出，故本表无数据").done();
    projects(d);
    targets(d);
    return d;
  }

  private static void narrative(DocBuilder d) {
    Coordinates all = Coordinates.EMPTY;
    d.amount(Concept.REVENUE, all, "收支总预算", "2706.24");
    d.change(Concept.REVENUE, all, "收入预算", "2706.24", FiscalPeriod.PRIOR_ACTUAL, Direction.INCREASE, "6.69", "0.25");
    d.share(Concept.REVENUE, c(FUND_SOURCE, FundSource.CARRY_OVER), all, "上年结转", "0.00", "0.0");
    d.share(Concept.REVENUE, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), all, "一般公共预算拨款收入",
        "2706.24", "100.0");
    d.change(Concept.EXPENDITURE, all, "支出预算", "2706.24", FiscalPeriod.PRIOR_ACTUAL, Direction.INCREASE, "6.69",
        "0.25");
    String[][] classes = {{"201", "一般公共服务支出", "2187.51", "80.83"}, {"208", "社会保障和就业支出", "218.03", "8.06"},
        {"210", "卫生健康支出", "113.50", "4.19"}, {"221", "住房保障支出", "187.20", "6.92"}};
    for (String[] k : classes) {
      d.amount(Concept.EXPENDITURE, c(FUNCTION, k[0]), k[1], k[2]);
    }
    d.share(Concept.EXPENDITURE, c(SPENDING_TYPE, SpendingType.PERSONNEL), all, "人员支出", "1877.16", "69.36");
    d.share(Concept.EXPENDITURE, c(SPENDING_TYPE, SpendingType.PUBLIC_OPERATION), all, "日常公用支出", "154.08",
        "5.70");
    d.share(Concept.EXPENDITURE, c(SPENDING_TYPE, SpendingType.PROJECT), all, "项目支出", "675.00", "24.94");
    d.amount(Concept.CARRY_FORWARD, all, "结转下年", "0.00");
    d.amount(Concept.REVENUE, c(FUND_SOURCE, FundSource.FISCAL_TOTAL), "财政拨款收支总预算", "2706.24");
    d.amount(Concept.REVENUE, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), "一般公共预算", "2706.24");
    for (String[] k : classes) {
      d.amount(Concept.EXPENDITURE, c(FUNCTION, k[0], FUND_SOURCE, FundSource.FISCAL_APPROPRIATION), k[1], k[2]);
    }
    Coordinates gpb = c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
    d.change(Concept.EXPENDITURE, gpb, "一般公共预算当年拨款", "2706.24", FiscalPeriod.PRIOR_ACTUAL, Direction.INCREASE,
        "6.69", "0.25");
    for (String[] k : classes) {
      d.share(Concept.EXPENDITURE, gpb.with(FUNCTION, k[0]), gpb, k[1] + "（类）", k[2], k[3]);
    }
    String[][] items = {{"2010101", "1449.12"}, {"2010104", "305.00"}, {"2010106", "17.00"}, {"2010107", "235.00"},
        {"2010108", "118.00"}, {"2010150", "63.38"}, {"2080505", "145.36"}, {"2080506", "72.68"},
        {"2101101", "45.90"}, {"2101102", "3.74"}, {"2101103", "63.86"}, {"2210201", "183.63"},
        {"2210203", "3.57"}};
    for (String[] k : items) {
      d.amount(Concept.EXPENDITURE, gpb.with(FUNCTION, k[0]), k[0] + "安排", k[1]);
    }
    // the real contradiction: 基本支出 is 2031.24 in the tables
    d.amount(Concept.EXPENDITURE, gpb.with(SPENDING_TYPE, SpendingType.BASIC.name()), "一般公共预算基本支出",
        "2706.24");
    d.amount(Concept.EXPENDITURE, gpb.with(SPENDING_TYPE, SpendingType.PERSONNEL.name()), "人员经费", "1877.16");
    d.amount(Concept.EXPENDITURE, gpb.with(SPENDING_TYPE, SpendingType.PUBLIC_OPERATION.name()), "公用经费",
        "154.08");
    d.change(Concept.THREE_PUBLIC, all, "“三公”经费预算数", "36.00", FiscalPeriod.PRIOR_BUDGET, Direction.INCREASE,
        "19.24", null);
    d.change(Concept.THREE_PUBLIC, c(THREE_PUBLIC_ITEM, ThreePublicItem.OUTBOUND_TRAVEL), "因公出国（境）费用预算",
        "16", FiscalPeriod.PRIOR_BUDGET, Direction.INCREASE, null, "106.19");
    d.change(Concept.THREE_PUBLIC, c(THREE_PUBLIC_ITEM, ThreePublicItem.RECEPTION), "公务接待费预算", "20.00",
        FiscalPeriod.PRIOR_BUDGET, Direction.INCREASE, null, "122.22");
    d.amount(Concept.THREE_PUBLIC, c(THREE_PUBLIC_ITEM, ThreePublicItem.VEHICLES), "公务用车购置及运行维护费预算",
        "0.00");
    d.change(Concept.OPERATING_COST, all, "机关运行经费财政拨款预算", "154.08", FiscalPeriod.PRIOR_BUDGET,
        Direction.DECREASE, "1.7", "1.09");
    d.amount(Concept.PROCUREMENT, all, "政府采购预算总额", "45.00");
    d.amount(Concept.PROCUREMENT, c(PROCUREMENT_TYPE, ProcurementType.GOODS), "政府采购货物预算", "15");
    d.amount(Concept.PROCUREMENT, c(PROCUREMENT_TYPE, ProcurementType.SERVICES), "政府采购服务预算", "30.00");
    d.amount(Concept.EXPENDITURE, gpb.with(SPENDING_TYPE, SpendingType.PROJECT.name()), "涉及一般公共预算当年拨款",
        "675.00");
    d.count("一级项目", 3);
  }

  private static void summary(DocBuilder d) {
    DocBuilder.TableBuilder t = d.table("T01", "zj.summary", "2024年部门收支预算总表");
    Concept r = Concept.REVENUE;
    t.cell("一、财政拨款", "预算数", r, c(FUND_SOURCE, FundSource.FISCAL_APPROPRIATION), "2706.24")
        .cell("一般公共预算", "预算数", r, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), "2706.24")
        .cell("政府性基金预算", "预算数", r, c(FUND_SOURCE, FundSource.GOVERNMENT_FUND), "")
        .cell("本年收入合计", "预算数", r, c(FUND_SOURCE, FundSource.CURRENT_YEAR), "2706.24")
        .cell("上年结转结余", "预算数", r, c(FUND_SOURCE, FundSource.CARRY_OVER), "")
        .cell("收入总计", "预算数", r, Coordinates.EMPTY, "2706.24");
    String[][] fn = functionTree();
    for (String[] f : fn) {
      t.cell(f[1], "预算数", Concept.EXPENDITURE, c(FUNCTION, f[0]), f[2]);
    }
    t.cell("本年支出合计", "预算数", Concept.EXPENDITURE, Coordinates.EMPTY, "2706.24")
        .cell("年终结转结余", "预算数", Concept.CARRY_FORWARD, Coordinates.EMPTY, "")
        .cell("支出总计", "预算数", Concept.USES_TOTAL, Coordinates.EMPTY, "2706.24").done();
  }

  static String[][] functionTree() {
    return new String[][] {{"201", "一般公共服务支出", "2187.51"}, {"20101", "人大事务", "2187.51"},
        {"2010101", "行政运行", "1449.12"}, {"2010104", "人大会议", "305.00"}, {"2010106", "人大监督", "17.00"},
        {"2010107", "人大代表履职能力提升", "235.00"}, {"2010108", "代表工作", "118.00"},
        {"2010150", "事业运行", "63.38"}, {"208", "社会保障和就业支出", "218.03"},
        {"20805", "行政事业单位养老支出", "218.03"}, {"2080505", "机关事业单位基本养老保险缴费支出", "145.36"},
        {"2080506", "机关事业单位职业年金缴费支出", "72.68"}, {"210", "卫生健康支出", "113.50"},
        {"21011", "行政事业单位医疗", "113.50"}, {"2101101", "行政单位医疗", "45.90"},
        {"2101102", "事业单位医疗", "3.74"}, {"2101103", "公务员医疗补助", "63.86"},
        {"221", "住房保障支出", "187.20"}, {"22102", "住房改革支出", "187.20"},
        {"2210201", "住房公积金", "183.63"}, {"2210203", "购房补贴", "3.57"}};
  }

  private static void expenditureSummary(DocBuilder d) {
    DocBuilder.Col[] cols = {col("总计", x -> x), col("基本支出/人员支出", x -> x.with(SPENDING_TYPE, "PERSONNEL")),
        col("基本支出/公用经费", x -> x.with(SPENDING_TYPE, "PUBLIC_OPERATION")),
        col("项目支出", x -> x.with(SPENDING_TYPE, "PROJECT")),
        col("事业单位经营支出", x -> x.with(SPENDING_TYPE, "BUSINESS_OPERATION")),
        col("上缴上级支出", x -> x.with(SPENDING_TYPE, "REMIT_TO_SUPERIOR")),
        col("对附属单位补助支出", x -> x.with(SPENDING_TYPE, "SUBSIDY_TO_AFFILIATED"))};
    d.table("T03", "zj.expenditure-summary", "2024年部门支出预算总表").codes(FUNCTION).columns(cols).rows("""
        \t合计\t2706.24\t1877.16\t154.08\t675.00\t\t\t
        201\t一般公共服务支出\t2187.51\t1358.42\t154.08\t675.00\t\t\t
        20101\t人大事务\t2187.51\t1358.42\t154.08\t675.00\t\t\t
        2010101\t行政运行\t1449.12\t1301.49\t147.63\t\t\t\t
        2010104\t人大会议\t305.00\t\t\t305.00\t\t\t
        2010106\t人大监督\t17.00\t\t\t17.00\t\t\t
        2010107\t人大代表履职能力提升\t235.00\t\t\t235.00\t\t\t
        2010108\t代表工作\t118.00\t\t\t118.00\t\t\t
        2010150\t事业运行\t63.38\t56.93\t6.45\t\t\t\t
        208\t社会保障和就业支出\t218.03\t218.03\t\t\t\t\t
        20805\t行政事业单位养老支出\t218.03\t218.03\t\t\t\t\t
        2080505\t机关事业单位基本养老保险缴费支出\t145.36\t145.36\t\t\t\t\t
        2080506\t机关事业单位职业年金缴费支出\t72.68\t72.68\t\t\t\t\t
        210\t卫生健康支出\t113.50\t113.50\t\t\t\t\t
        21011\t行政事业单位医疗\t113.50\t113.50\t\t\t\t\t
        2101101\t行政单位医疗\t45.90\t45.90\t\t\t\t\t
        2101102\t事业单位医疗\t3.74\t3.74\t\t\t\t\t
        2101103\t公务员医疗补助\t63.86\t63.86\t\t\t\t\t
        221\t住房保障支出\t187.20\t187.20\t\t\t\t\t
        22102\t住房改革支出\t187.20\t187.20\t\t\t\t\t
        2210201\t住房公积金\t183.63\t183.63\t\t\t\t\t
        """).done();
    d.table("T03b", "zj.expenditure-summary", "2024年部门支出预算总表").codes(FUNCTION).columns(cols).rows("""
        2210203\t购房补贴\t3.57\t3.57\t\t\t\t\t
        """).done();
  }

  private static void fiscalSummary(DocBuilder d) {
    DocBuilder.TableBuilder t = d.table("T04", "zj.fiscal-summary", "2024年部门财政拨款收支预算总表");
    Concept r = Concept.REVENUE;
    String fa = FundSource.FISCAL_APPROPRIATION.name();
    t.cell("一、财政拨款", "预算数", r, c(FUND_SOURCE, fa), "2706.24")
        .cell("一般公共预算", "预算数", r, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), "2706.24")
        .cell("本年收入合计", "预算数", r, c(FUND_SOURCE, fa), "2706.24")
        .cell("上年结转结余", "预算数", r, c(FUND_SOURCE, FundSource.CARRY_OVER_FISCAL), "")
        .cell("收入总计", "预算数", r, c(FUND_SOURCE, FundSource.FISCAL_TOTAL), "2706.24");
    for (String[] f : functionTree()) {
      t.cell(f[1], "预算数", Concept.EXPENDITURE, c(FUNCTION, f[0], FUND_SOURCE, fa), f[2]);
    }
    t.cell("本年支出合计", "预算数", Concept.EXPENDITURE, c(FUND_SOURCE, fa), "")
        .cell("支出总计", "预算数", Concept.USES_TOTAL, c(FUND_SOURCE, fa), "2706.24").done();
  }

  private static void gpbExpenditure(DocBuilder d) {
    DocBuilder.Col[] cols = {col("合计", x -> x), col("基本支出/小计", x -> x.with(SPENDING_TYPE, "BASIC")),
        col("基本支出/人员经费", x -> x.with(SPENDING_TYPE, "PERSONNEL")),
        col("基本支出/公用经费", x -> x.with(SPENDING_TYPE, "PUBLIC_OPERATION")),
        col("项目支出", x -> x.with(SPENDING_TYPE, "PROJECT"))};
    Coordinates base = c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
    d.table("T05", "zj.gpb-expenditure", "2024年部门一般公共预算支出表").codes(FUNCTION)
        .concept(Concept.EXPENDITURE, base).columns(cols).rows("""
        \t合计\t2706.24\t2031.24\t1877.16\t154.08\t675.00
        201\t一般公共服务支出\t2187.51\t1512.51\t1358.42\t154.08\t675.00
        20101\t人大事务\t2187.51\t1512.51\t1358.42\t154.08\t675.00
        2010101\t行政运行\t1449.12\t1449.12\t1301.49\t147.63\t
        2010104\t人大会议\t305.00\t\t\t\t305.00
        2010106\t人大监督\t17.00\t\t\t\t17.00
        2010107\t人大代表履职能力提升\t235.00\t\t\t\t235.00
        2010108\t代表工作\t118.00\t\t\t\t118.00
        2010150\t事业运行\t63.38\t63.38\t56.93\t6.45\t
        208\t社会保障和就业支出\t218.03\t218.03\t218.03\t\t
        20805\t行政事业单位养老支出\t218.03\t218.03\t218.03\t\t
        2080505\t机关事业单位基本养老保险缴费支出\t145.36\t145.36\t145.36\t\t
        2080506\t机关事业单位职业年金缴费支出\t72.68\t72.68\t72.68\t\t
        210\t卫生健康支出\t113.50\t113.50\t113.50\t\t
        21011\t行政事业单位医疗\t113.50\t113.50\t113.50\t\t
        2101101\t行政单位医疗\t45.90\t45.90\t45.90\t\t
        2101102\t事业单位医疗\t3.74\t3.74\t3.74\t\t
        2101103\t公务员医疗补助\t63.86\t63.86\t63.86\t\t
        221\t住房保障支出\t187.20\t187.20\t187.20\t\t
        """).done();
    d.table("T05b", "zj.gpb-expenditure", "2024年部门一般公共预算支出表").codes(FUNCTION)
        .concept(Concept.EXPENDITURE, base).columns(cols).rows("""
        22102\t住房改革支出\t187.20\t187.20\t187.20\t\t
        2210201\t住房公积金\t183.63\t183.63\t183.63\t\t
        2210203\t购房补贴\t3.57\t3.57\t3.57\t\t
        """).done();
  }

  private static void gpbBasic(DocBuilder d) {
    DocBuilder.Col[] cols = {col("合计", x -> x), col("人员经费", x -> x.with(SPENDING_TYPE, "PERSONNEL")),
        col("公用经费", x -> x.with(SPENDING_TYPE, "PUBLIC_OPERATION"))};
    Coordinates base = c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET, SPENDING_TYPE, SpendingType.BASIC);
    // the 人员经费/公用经费 columns replace SPENDING_TYPE=BASIC by their member
    d.table("T06", "zj.gpb-basic", "2024年部门一般公共预算基本支出表").codes(ECONOMIC)
        .concept(Concept.EXPENDITURE, base).columns(cols).rows("""
        \t合计\t2031.24\t1877.16\t154.08
        301\t工资福利支出\t1784.26\t1784.26\t
        30101\t基本工资\t244.39\t244.39\t
        30102\t津贴补贴\t295.00\t295.00\t
        30103\t奖金\t578.93\t578.93\t
        30107\t绩效工资\t18.00\t18.00\t
        30108\t机关事业单位基本养老保险缴费\t145.36\t145.36\t
        30109\t职业年金缴费\t72.68\t72.68\t
        30110\t职工基本医疗保险缴费\t48.27\t48.27\t
        30111\t公务员医疗补助缴费\t65.23\t65.23\t
        30112\t其他社会保障缴费\t11.46\t11.46\t
        30113\t住房公积金\t183.63\t183.63\t
        30199\t其他工资福利支出\t121.31\t121.31\t
        302\t商品和服务支出\t201.11\t47.03\t154.08
        30201\t办公费\t30.13\t\t30.13
        30202\t印刷费\t17.00\t\t17.00
        30207\t邮电费\t8.50\t\t8.50
        30211\t差旅费\t0.10\t\t0.10
        30226\t劳务费\t4.00\t\t4.00
        """).done();
    d.table("T06b", "zj.gpb-basic", "2024年部门一般公共预算基本支出表").codes(ECONOMIC)
        .concept(Concept.EXPENDITURE, base).columns(cols).rows("""
        30228\t工会经费\t13.00\t\t13.00
        30229\t福利费\t49.70\t\t49.70
        30239\t其他交通费用\t47.03\t47.03\t
        30299\t其他商品和服务支出\t31.65\t\t31.65
        303\t对个人和家庭的补助\t45.87\t45.87\t
        30302\t退休费\t1.87\t1.87\t
        30305\t生活补助\t4.35\t4.35\t
        30399\t其他对个人和家庭的补助\t39.65\t39.65\t
        """).done();
  }

  private static void threePublic(DocBuilder d) {
    DocBuilder.TableBuilder t = d.table("T07", "zj.three-public", "2024年部门一般公共预算“三公”经费支出表")
        .concept(Concept.THREE_PUBLIC, Coordinates.EMPTY)
        .columns(col("“三公”经费合计", x -> x), col("因公出国(境)费用", x -> x.with(THREE_PUBLIC_ITEM, "OUTBOUND_TRAVEL")),
            col("公务用车购置及运行费/小计", x -> x.with(THREE_PUBLIC_ITEM, "VEHICLES")),
            col("公务用车购置及运行费/公务用车购置费", x -> x.with(THREE_PUBLIC_ITEM, "VEHICLE_PURCHASE")),
            col("公务用车购置及运行费/公务用车运行维护费", x -> x.with(THREE_PUBLIC_ITEM, "VEHICLE_OPERATION")),
            col("公务接待费", x -> x.with(THREE_PUBLIC_ITEM, "RECEPTION")));
    t.row(null, "合计", Coordinates.EMPTY, "36.00", "16.00", "", "", "", "20.00");
    t.row(null, "绍兴市柯桥区人民代表大会常务委员会办", c(BUDGET_UNIT, OFFICE), "31.00", "16.00", "", "", "", "15.00");
    t.row(null, CENTER, c(BUDGET_UNIT, CENTER), "5.00", "", "", "", "", "5.00");
    t.note("注：不含教学科研人员学术交流因公出国（境）费用").done();
  }

  static final String[][] LEVEL1 = {{OFFICE, "人大事务综合业务管理", "370.00"}, {OFFICE, "人大会议", "275.00"},
      {CENTER, "人大信息事务", "30.00"}};
  static final String[][] LEVEL2 = {{OFFICE, "老领导（研究会）工作经费", "60.00"}, {OFFICE, "区人大财政预算咨询小组工作经费", "7.00"},
      {OFFICE, "常委考察调研", "40.00"}, {OFFICE, "人大工作", "58.00"}, {OFFICE, "人大刊物/信息工作专项", "35.00"},
      {OFFICE, "区代表活动专项", "130.00"}, {OFFICE, "规范性文件备案审查工作经费", "10.00"},
      {OFFICE, "二届人大三次会议", "275.00"}, {OFFICE, "区人大常委会例会和其他会议", "30.00"},
      {CENTER, "全过程人民民主基层单元建设", "10.00"}, {CENTER, "数字化平台、公众号、网站、刊物印刷等", "20.00"}};

  private static void projects(DocBuilder d) {
    DocBuilder.Col[] cols = {col("总计", x -> x), col("一般公共预算", x -> x.with(FUND_SOURCE, GPB)),
        col("政府性基金", x -> x.with(FUND_SOURCE, "GOVERNMENT_FUND")),
        col("国有资本经营预算", x -> x.with(FUND_SOURCE, "STATE_CAPITAL")),
        col("财政专户管理资金", x -> x.with(FUND_SOURCE, "SPECIAL_ACCOUNT")),
        col("单位资金", x -> x.with(FUND_SOURCE, "UNIT_FUNDS"))};
    Coordinates base = c(SPENDING_TYPE, SpendingType.PROJECT);
    for (int level = 1; level <= 2; level++) {
      String[][] rows = level == 1 ? LEVEL1 : LEVEL2;
      DocBuilder.TableBuilder t = d.table("T10-" + level, "zj.projects", "2024年部门项目支出预算表")
          .concept(Concept.EXPENDITURE, base).columns(cols);
      t.row(null, "合计", base, "675.00", "675.00", "", "", "", "");
      for (String[] r : rows) {
        t.row(null, r[1], base.with(BUDGET_UNIT, r[0]).with(PROJECT, r[1]), r[2], r[2], "", "", "", "");
        d.project(r[0], r[1], level, null);
      }
      t.done();
    }
    DocBuilder.TableBuilder p = d.table("T11", "zj.project-performance", "2024年部门项目支出绩效表")
        .concept(Concept.EXPENDITURE, base).columns(col("金额", x -> x), col("绩效目标", null));
    p.row(null, "合计", base, "675.00", "");
    String[] goals = {"保障人大工作正常开展", "保障人大会议顺利召开", "人大信息事务"};
    for (int i = 0; i < LEVEL1.length; i++) {
      String[] r = LEVEL1[i];
      p.row(null, r[1], base.with(BUDGET_UNIT, r[0]).with(PROJECT, r[1]), r[2], goals[i]);
    }
    p.done();
  }

  private static void targets(DocBuilder d) {
    String o = "绍兴市柯桥区人民代表大会常务委员会";
    String[][] t = {
      {o, "区代表活动专项", "产出指标", "数量指标", "代表视察调研次数", "≥", "3", "次"},
      {o, "区代表活动专项", "产出指标", "数量指标", "代表经费人均成本", "≥", "3400", "元/人"},
      {o, "区代表活动专项", "产出指标", "时效性指标", "预算执行率", "≥", "90", "%"},
      {o, "区代表活动专项", "满意度指标", "服务对象满意度", "★服务对象满意度", "≥", "95", "%"},
      {o, "老领导（研究会）工作经费", "产出指标", "数量指标", "组织活动次数", "≥", "6", "次"},
      {o, "区人大财政预算咨询小组工作经费", "产出指标", "数量指标", "提出预算建议", "≥", "5", "条"},
      {o, "常委考察调研", "产出指标", "数量指标", "因公出国（境）人数", "≥", "0", "人"},
      {o, "人大工作", "产出指标", "质量指标", "设备故障率", "≤", "5", "%"},
      {o, "区代表活动专项", "产出指标", "数量指标", "代表视察调研次数", "≥", "3", "次"},
      {o, "人大工作", "满意度指标", "服务对象满意度", "★服务对象满意度", "≥", "10", "%"},
      {o, "人大刊物/信息工作专项", "产出指标", "数量指标", "宣传天数", "≥", "150", "天"},
      {o, "区人大常委会例会和其他会议", "效益指标", "经济效益", "与上年同期成本比较", "≤", "0", "%"},
      {o, "规范性文件备案审查工作经费", "产出指标", "数量指标", "规范化文件备案率", "=", "100", "%"},
      {o, "人大代表补选专项", "产出指标", "质量指标", "选民数量", "=", "75000", "人"},
      {o, "人大代表补选专项", "效益指标", "经济效益", "每位选民单位成本", "≥", "10", "元"},
      {o, "二届人大三次会议", "产出指标", "成本指标", "人均成本控制率", "≥", "90", "%"},
      {o, "二届人大三次会议", "满意度指标", "服务对象满意度", "服务对象满意率", ">", "95", "%"},
      {CENTER, "人大信息事务", "产出指标", "数量指标", "每周公众号更新", "≥", "15", "条"},
      {CENTER, "全过程人民民主基层单元建设", "产出指标", "数量指标", "人大代表联络站编入代表", "≥", "700", "人"},
    };
    for (String[] r : t) {
      d.target(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
    }
  }
}
