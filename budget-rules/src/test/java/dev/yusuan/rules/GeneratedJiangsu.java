package dev.yusuan.rules;

import static dev.yusuan.model.FactDimension.ECONOMIC;
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
import dev.yusuan.model.FundSource;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.ProcurementType;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.ThreePublicItem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Jiangsu provincial 部门预算 (公开表一–十二, 万元) generated from exact amounts, in the layouts and fact
 * conventions of docs/fact-conventions.md (section Jiangsu). Table ids: T01 收支预算总表 … T12 政府采购预算表.
 */
class GeneratedJiangsu extends RegionalFixture {
  static final MoneyUnit U = MoneyUnit.WAN_YUAN;
  // per function item: GPB personnel, GPB public operation, GPB project, GPB reserve, government-fund
  // project, other funds personnel, other public operation, other project
  static final int N = 8;
  static final String[] GENERAL = {"2010101", "2010102", "2010150", "2013101", "2013102"};
  static final String[] SOCIAL = {"2080505", "2080506", "2101101", "2210201"};
  static final String[] GOV = {"2013105", "2012906"};

  GeneratedJiangsu(long seed, boolean halfEven) {
    super("jiangsu-" + seed + ".pdf", seed, halfEven);
    d.template = "jiangsu";
  }

  static BudgetDocument generate(long seed, boolean halfEven) {
    return new GeneratedJiangsu(seed, halfEven).build();
  }

  @Override
  BudgetDocument build() {
    Map<String, long[]> item = new TreeMap<>();
    boolean first = true;
    for (String g : GENERAL) {
      if (first || rnd.nextInt(3) > 0) {
        long[] v = new long[N];
        v[0] = money(3_000_000);
        v[1] = first ? 100_000 * 100L + money(500_000) : rnd.nextInt(4) == 0 ? 0 : money(600_000);
        v[2] = rnd.nextInt(3) == 0 ? 0 : money(2_000_000);
        v[3] = first ? money(300_000) : 0;
        v[5] = rnd.nextInt(3) == 0 ? money(500_000) : 0;
        v[6] = rnd.nextInt(3) == 0 ? money(100_000) : 0;
        v[7] = rnd.nextInt(3) == 0 ? money(800_000) : 0;
        item.put(g, v);
        first = false;
      }
    }
    for (String s : SOCIAL) {
      long[] v = new long[N];
      v[0] = money(1_000_000);
      item.put(s, v);
    }
    for (String g : GOV) {
      if (g.equals(GOV[0]) || rnd.nextBoolean()) {
        long[] v = new long[N];
        v[4] = money(2_000_000);
        item.put(g, v);
      }
    }
    long[] t = total(item, N);
    long gpbPers = t[0];
    long gpbPub = t[1];
    long gpbBasic = gpbPers + gpbPub;
    long gpb = t[0] + t[1] + t[2] + t[3];
    long gov = t[4];
    long fiscal = gpb + gov;
    long other = t[5] + t[6] + t[7];
    long basic = gpbBasic + t[5] + t[6];
    long project = t[2] + t[4] + t[7];
    long reserve = t[3];
    long all = basic + project + reserve;
    long carryForward = rnd.nextBoolean() ? 0 : money(200_000);
    long[] res = split(other + carryForward, 5); // special, business, operating, other income, carry-over
    long special = res[0];
    long unitFunds = res[1] + res[2] + res[3];
    long carryOver = res[4];
    long current = fiscal + special + unitFunds;
    long revenue = current + carryOver;

    // economic breakdown of GPB basic spending
    Map<String, long[]> econ = new TreeMap<>();
    long generalPers = gpbPers;
    for (String s : SOCIAL) {
      generalPers -= item.get(s)[0];
    }
    long[] pers = split(generalPers, 3);
    econ.put("30101", new long[] {pers[0]});
    econ.put("30102", new long[] {pers[1]});
    econ.put("30107", new long[] {pers[2]});
    econ.put("30108", new long[] {item.get("2080505")[0]});
    econ.put("30109", new long[] {item.get("2080506")[0]});
    econ.put("30110", new long[] {item.get("2101101")[0]});
    econ.put("30113", new long[] {item.get("2210201")[0]});
    long[] pub = splitPositive(gpbPub, 4);
    econ.put("30201", new long[] {pub[0]});
    econ.put("30215", new long[] {pub[1]});
    econ.put("30231", new long[] {pub[2]});
    econ.put("30299", new long[] {pub[3]});
    econ.values().removeIf(v -> v[0] == 0);
    Map<String, long[]> opCost = new TreeMap<>();
    econ.forEach((k, v) -> {
      if (k.startsWith("302")) {
        opCost.put(k, v);
      }
    });

    // ---- 公开表一 收支预算总表
    DocBuilder.TableBuilder t1 = d.table("T01", "js.summary", "2024年测试部门收支预算总表");
    Coordinates fs = Coordinates.EMPTY;
    t1.cell("财政拨款", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.FISCAL_APPROPRIATION), cell(fiscal, U))
        .cell("一般公共预算", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), cell(gpb, U))
        .cell("政府性基金预算", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.GOVERNMENT_FUND), cell(gov, U))
        .cell("财政专户管理资金", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.SPECIAL_ACCOUNT), cell(special, U))
        .cell("其他资金", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.UNIT_FUNDS), cell(unitFunds, U))
        .cell("当年收入小计", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.CURRENT_YEAR), pub(current, U))
        .cell("上年结转资金", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.CARRY_OVER), cell(carryOver, U))
        .cell("收入合计", "金额", Concept.REVENUE, fs, pub(revenue, U));
    for (Map.Entry<String, long[]> e : tree(item, N).entrySet()) {
      if (e.getKey().length() == 3) {
        long v = 0;
        for (long x : e.getValue()) {
          v += x;
        }
        t1.cell(name(Scheme.FUNCTION, e.getKey()), "金额", Concept.EXPENDITURE,
            c(dev.yusuan.model.FactDimension.FUNCTION, e.getKey()), cell(v, U));
      }
    }
    t1.cell("基本支出", "金额", Concept.EXPENDITURE, c(SPENDING_TYPE, SpendingType.BASIC), cell(basic, U))
        .cell("项目支出", "金额", Concept.EXPENDITURE, c(SPENDING_TYPE, SpendingType.PROJECT), cell(project, U))
        .cell("单位预留机动经费", "金额", Concept.EXPENDITURE, c(SPENDING_TYPE, SpendingType.RESERVE), cell(reserve, U))
        .cell("当年支出小计", "金额", Concept.EXPENDITURE, fs, pub(all, U))
        .cell("结转下年资金", "金额", Concept.CARRY_FORWARD, fs, cell(carryForward, U))
        .cell("支出合计", "金额", Concept.USES_TOTAL, fs, pub(all + carryForward, U))
        .done();

    // ---- 公开表二 收入预算总表
    d.table("T02", "js.revenue", "2024年测试部门收入预算总表")
        .cell("收入总计", "金额", Concept.REVENUE, fs, pub(revenue, U))
        .cell("一般公共预算资金 小计", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), cell(gpb, U))
        .cell("政府性基金 小计", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.GOVERNMENT_FUND), cell(gov, U))
        .cell("财政专户管理资金 小计", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.SPECIAL_ACCOUNT), cell(special, U))
        .cell("其他资金 小计", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.UNIT_FUNDS), cell(unitFunds, U))
        .cell("事业收入", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.BUSINESS_INCOME), cell(res[1], U))
        .cell("经营收入", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.OPERATING_INCOME), cell(res[2], U))
        .cell("其他收入", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.OTHER_INCOME), cell(res[3], U))
        .cell("上年结转和结余资金 小计", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.CARRY_OVER), cell(carryOver, U))
        .done();

    // ---- 公开表三 支出预算总表 (one row)
    d.table("T03", "js.expenditure-summary", "2024年测试部门支出预算总表")
        .columns(col("合计", x -> x), col("基本支出", x -> x.with(SPENDING_TYPE, "BASIC")),
            col("项目支出", x -> x.with(SPENDING_TYPE, "PROJECT")),
            col("单位预留机动经费", x -> x.with(SPENDING_TYPE, "RESERVE")),
            col("结转下年资金", Concept.CARRY_FORWARD, x -> x))
        .row(null, "测试部门", Coordinates.EMPTY, pub(all, U), cell(basic, U), cell(project, U), cell(reserve, U),
            cell(carryForward, U))
        .done();

    // ---- 公开表四 财政拨款收支预算总表
    Coordinates fa = c(FUND_SOURCE, FundSource.FISCAL_APPROPRIATION);
    d.table("T04", "js.fiscal-summary", "2024年测试部门财政拨款收支预算总表")
        .cell("一般公共预算", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), cell(gpb, U))
        .cell("政府性基金预算", "金额", Concept.REVENUE, c(FUND_SOURCE, FundSource.GOVERNMENT_FUND), cell(gov, U))
        .cell("收入合计", "金额", Concept.REVENUE, fa, pub(fiscal, U))
        .cell("基本支出", "金额", Concept.EXPENDITURE, fa.with(SPENDING_TYPE, "BASIC"), cell(gpbBasic, U))
        .cell("项目支出", "金额", Concept.EXPENDITURE, fa.with(SPENDING_TYPE, "PROJECT"), cell(t[2] + t[4], U))
        .cell("单位预留机动经费", "金额", Concept.EXPENDITURE, fa.with(SPENDING_TYPE, "RESERVE"), cell(reserve, U))
        .cell("支出合计", "金额", Concept.EXPENDITURE, fa, pub(fiscal, U))
        .done();

    // ---- 公开表五 财政拨款支出预算表 (功能科目)
    d.table("T05", "js.fiscal-function", "2024年测试部门财政拨款支出预算表").concept(Concept.EXPENDITURE, fa)
        .codes(dev.yusuan.model.FactDimension.FUNCTION).columns(col("金额", x -> x))
        .rows(rows(Scheme.FUNCTION, item, N, U, v -> new long[] {v[0] + v[1] + v[2] + v[3] + v[4]})).done();
    // ---- 公开表六 财政拨款基本支出预算表 (经济科目)
    d.table("T06", "js.fiscal-basic", "2024年测试部门财政拨款基本支出预算表")
        .concept(Concept.EXPENDITURE, fa.with(SPENDING_TYPE, "BASIC")).codes(ECONOMIC).columns(col("金额", x -> x))
        .rows(rows(Scheme.ECONOMIC_DEPARTMENT, econ, 1, U, v -> v)).done();
    // ---- 公开表七 一般公共预算支出预算表
    Coordinates gp = c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
    d.table("T07", "js.gpb-function", "2024年测试部门一般公共预算支出预算表").concept(Concept.EXPENDITURE, gp)
        .codes(dev.yusuan.model.FactDimension.FUNCTION).columns(col("金额", x -> x))
        .rows(rows(Scheme.FUNCTION, item, N, U, v -> new long[] {v[0] + v[1] + v[2] + v[3]})).done();
    // ---- 公开表八 一般公共预算基本支出预算表
    d.table("T08", "js.gpb-basic", "2024年测试部门一般公共预算基本支出预算表")
        .concept(Concept.EXPENDITURE, gp.with(SPENDING_TYPE, "BASIC")).codes(ECONOMIC).columns(col("金额", x -> x))
        .rows(rows(Scheme.ECONOMIC_DEPARTMENT, econ, 1, U, v -> v)).done();

    // ---- 公开表九 “三公”经费、会议费、培训费
    long outbound = money(200_000);
    long purchase = rnd.nextBoolean() ? 0 : money(300_000);
    long operation = econ.containsKey("30231") ? econ.get("30231")[0] : 0;
    long reception = money(100_000);
    long vehicles = purchase + operation;
    long threePublic = outbound + vehicles + reception;
    long meeting = (econ.containsKey("30215") ? econ.get("30215")[0] : 0) + (rnd.nextBoolean() ? 0 : money(50_000));
    long training = money(100_000);
    d.table("T09", "js.three-public", "2024年测试部门一般公共预算“三公”经费、会议费、培训费支出预算表")
        .concept(Concept.THREE_PUBLIC, Coordinates.EMPTY)
        .columns(col("合计", null), col("“三公”经费/小计", x -> x),
            col("因公出国(境)费", x -> x.with(THREE_PUBLIC_ITEM, "OUTBOUND_TRAVEL")),
            col("公务用车购置及运行维护费/小计", x -> x.with(THREE_PUBLIC_ITEM, "VEHICLES")),
            col("公务用车购置费", x -> x.with(THREE_PUBLIC_ITEM, "VEHICLE_PURCHASE")),
            col("公务用车运行维护费", x -> x.with(THREE_PUBLIC_ITEM, "VEHICLE_OPERATION")),
            col("公务接待费", x -> x.with(THREE_PUBLIC_ITEM, "RECEPTION")),
            col("会议费", Concept.MEETING_COST, x -> x), col("培训费", Concept.TRAINING_COST, x -> x))
        .row(null, "测试部门", Coordinates.EMPTY, pub(threePublic + meeting + training, U), pub(threePublic, U),
            cell(outbound, U), cell(vehicles, U), cell(purchase, U), cell(operation, U), cell(reception, U),
            cell(meeting, U), cell(training, U))
        .done();

    // ---- 公开表十 政府性基金支出预算表
    d.table("T10", "js.gov-fund", "2024年测试部门政府性基金支出预算表")
        .concept(Concept.EXPENDITURE, c(FUND_SOURCE, FundSource.GOVERNMENT_FUND))
        .codes(dev.yusuan.model.FactDimension.FUNCTION).columns(col("金额", x -> x))
        .rows(rows(Scheme.FUNCTION, item, N, U, v -> new long[] {v[4]})).done();
    // ---- 公开表十一 机关运行经费
    d.table("T11", "js.operating-cost", "2024年测试部门一般公共预算机关运行经费支出预算表")
        .concept(Concept.OPERATING_COST, Coordinates.EMPTY).codes(ECONOMIC).columns(col("机关运行经费支出", x -> x))
        .rows(rows(Scheme.ECONOMIC_DEPARTMENT, opCost, 1, U, v -> v)).done();

    // ---- 公开表十二 政府采购预算表
    String[] procEcon = {"31002", "30201", "30213", "30227"};
    DocBuilder.TableBuilder t12 = d.table("T12", "js.procurement", "2024年测试部门政府采购预算表")
        .concept(Concept.PROCUREMENT, Coordinates.EMPTY).columns(col("总计", x -> x));
    Map<ProcurementType, Map<String[], Long>> proc = new LinkedHashMap<>();
    long procAll = 0;
    int pn = 0;
    for (ProcurementType pt : ProcurementType.values()) {
      Map<String[], Long> lines = new LinkedHashMap<>();
      int np = 1 + rnd.nextInt(2);
      for (int i = 0; i < np; i++) {
        String p = "专项" + (++pn);
        int ne = 1 + rnd.nextInt(2);
        for (int j = 0; j < ne; j++) {
          lines.put(new String[] {p, procEcon[(pn + j) % procEcon.length]}, money(300_000));
        }
      }
      proc.put(pt, lines);
      procAll += lines.values().stream().mapToLong(Long::longValue).sum();
    }
    t12.row(null, "合计", Coordinates.EMPTY, pub(procAll, U));
    String[] typeLabel = {"一、货物A", "二、工程B", "三、服务C"};
    for (ProcurementType pt : ProcurementType.values()) {
      Map<String[], Long> lines = proc.get(pt);
      Coordinates tc = c(PROCUREMENT_TYPE, pt);
      t12.row(null, typeLabel[pt.ordinal()], tc, pub(lines.values().stream().mapToLong(Long::longValue).sum(), U));
      for (Map.Entry<String[], Long> l : lines.entrySet()) {
        String code = l.getKey()[1];
        t12.row(code, name(Scheme.ECONOMIC_DEPARTMENT, code), tc.with(PROJECT, l.getKey()[0]).with(ECONOMIC, code),
            pub(l.getValue(), U));
      }
    }
    t12.done();

    // ---- narrative (Jiangsu wording)
    d.amount(Concept.REVENUE, gp, "一般公共预算收入预算", pub(gpb, U));
    d.amount(Concept.EXPENDITURE, fa.with(SPENDING_TYPE, "BASIC"), "财政拨款基本支出预算", pub(gpbBasic, U));
    shares(Concept.EXPENDITURE, Coordinates.EMPTY, all, new String[] {"基本支出", "项目支出", "单位预留机动经费"},
        new Coordinates[] {c(SPENDING_TYPE, SpendingType.BASIC), c(SPENDING_TYPE, SpendingType.PROJECT),
            c(SPENDING_TYPE, SpendingType.RESERVE)}, new long[] {basic, project, reserve});
    change(Concept.EXPENDITURE, Coordinates.EMPTY, "支出预算", all, Math.max(100, all + money(1_000_000) - 500_000 * 100L),
        FiscalPeriod.PRIOR_BUDGET);
    threePublicChanges(new long[] {outbound, vehicles, reception});
    return d.build();
  }

  /** “三公” statements for the total and its three items, priors exact (the total's is their sum). */
  void threePublicChanges(long[] cur) {
    ThreePublicItem[] top = {ThreePublicItem.OUTBOUND_TRAVEL, ThreePublicItem.VEHICLES, ThreePublicItem.RECEPTION};
    long priorAll = 0;
    long curAll = 0;
    for (int i = 0; i < 3; i++) {
      long prior = money(300_000);
      priorAll += prior;
      curAll += cur[i];
      change(Concept.THREE_PUBLIC, c(THREE_PUBLIC_ITEM, top[i]), top[i].zh(), cur[i], prior, FiscalPeriod.PRIOR_BUDGET);
    }
    change(Concept.THREE_PUBLIC, Coordinates.EMPTY, "“三公”经费", curAll, priorAll, FiscalPeriod.PRIOR_BUDGET);
  }
}
