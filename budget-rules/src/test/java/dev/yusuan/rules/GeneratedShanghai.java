package dev.yusuan.rules;

import static dev.yusuan.model.FactDimension.ECONOMIC;
import static dev.yusuan.model.FactDimension.FUNCTION;
import static dev.yusuan.model.FactDimension.FUND_SOURCE;
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
import dev.yusuan.model.Scheme;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.ThreePublicItem;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Shanghai district 部门预算 (9 tables in 元, the “三公” table in 万元) generated from exact amounts in 分,
 * published rounded honestly to whole 元 (and 0.01 万元), following docs/fact-conventions.md (section
 * Shanghai). Table ids T01 部门财务收支预算总表 … T09 “三公”经费和机关运行经费预算表.
 */
class GeneratedShanghai extends RegionalFixture {
  static final MoneyUnit Y = MoneyUnit.YUAN;
  static final MoneyUnit W = MoneyUnit.WAN_YUAN;
  /** Funds, in column order: 一般公共预算, 政府性基金, 国有资本经营预算, 财政专户管理资金, 单位资金. */
  static final FundSource[] FUNDS = {FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GOVERNMENT_FUND,
      FundSource.STATE_CAPITAL, FundSource.SPECIAL_ACCOUNT, FundSource.UNIT_FUNDS};
  static final String[] FUND_ZH = {"一般公共预算资金", "政府性基金", "国有资本经营预算", "财政专户管理资金", "单位资金"};
  /** Per function item: fund × (personnel, public operation, project). */
  static final int N = 15;
  static final String[] GENERAL = {"2010301", "2010302", "2010350", "2013101", "2013102"};
  static final String[] SOCIAL = {"2080505", "2080506", "2101101", "2210201"};

  GeneratedShanghai(long seed, boolean halfEven) {
    super("shanghai-" + seed + ".pdf", seed, halfEven);
    d.template = "shanghai";
    d.unit = Y;
  }

  static BudgetDocument generate(long seed, boolean halfEven) {
    return new GeneratedShanghai(seed, halfEven).build();
  }

  static int i(int fund, int type) {
    return fund * 3 + type;
  }

  @Override
  BudgetDocument build() {
    Map<String, long[]> item = new TreeMap<>();
    boolean first = true;
    for (String g : GENERAL) {
      if (first || rnd.nextInt(3) > 0) {
        long[] v = new long[N];
        v[i(0, 0)] = money(3_000_000);
        v[i(0, 1)] = first ? 100_000 * 100L + money(500_000) : rnd.nextInt(4) == 0 ? 0 : money(600_000);
        v[i(0, 2)] = rnd.nextInt(3) == 0 ? 0 : money(2_000_000);
        v[i(3, 2)] = rnd.nextInt(3) == 0 ? money(300_000) : 0;
        v[i(4, 0)] = rnd.nextInt(3) == 0 ? money(300_000) : 0;
        v[i(4, 2)] = rnd.nextInt(3) == 0 ? money(500_000) : 0;
        item.put(g, v);
        first = false;
      }
    }
    for (String s : SOCIAL) {
      long[] v = new long[N];
      v[i(0, 0)] = money(1_000_000);
      item.put(s, v);
    }
    long[] gov = new long[N];
    gov[i(1, 2)] = money(2_000_000);
    item.put("2013105", gov);
    if (rnd.nextBoolean()) {
      long[] sc = new long[N];
      sc[i(2, 2)] = money(1_000_000);
      item.put("2012906", sc);
    }
    long[] t = total(item, N);
    long[] byFund = new long[5];
    for (int f = 0; f < 5; f++) {
      byFund[f] = t[i(f, 0)] + t[i(f, 1)] + t[i(f, 2)];
    }
    long all = byFund[0] + byFund[1] + byFund[2] + byFund[3] + byFund[4];
    long fiscal = byFund[0] + byFund[1] + byFund[2];
    long basic = 0;
    long project = 0;
    for (int f = 0; f < 5; f++) {
      basic += t[i(f, 0)] + t[i(f, 1)];
      project += t[i(f, 2)];
    }
    // economic breakdown of GPB basic spending
    Map<String, long[]> econ = new TreeMap<>();
    long generalPers = t[i(0, 0)];
    for (String s : SOCIAL) {
      generalPers -= item.get(s)[i(0, 0)];
    }
    long[] pers = split(generalPers, 3);
    put(econ, "30101", pers[0]);
    put(econ, "30102", pers[1]);
    put(econ, "30107", pers[2]);
    put(econ, "30108", item.get("2080505")[0]);
    put(econ, "30109", item.get("2080506")[0]);
    put(econ, "30110", item.get("2101101")[0]);
    put(econ, "30113", item.get("2210201")[0]);
    long[] pub = splitPositive(t[i(0, 1)], 4);
    put(econ, "30201", pub[0]);
    put(econ, "30215", pub[1]);
    put(econ, "30231", pub[2]);
    put(econ, "30299", pub[3]);

    // ---- 1 部门财务收支预算总表
    DocBuilder.TableBuilder t1 = d.table("T01", "sh.summary", "2024年测试部门财务收支预算总表");
    for (int f = 0; f < 5; f++) {
      t1.cell(FUND_ZH[f], "预算数", Concept.REVENUE, c(FUND_SOURCE, FUNDS[f]), cell(byFund[f], Y));
    }
    t1.cell("收入总计", "预算数", Concept.REVENUE, Coordinates.EMPTY, pub(all, Y));
    for (Map.Entry<String, long[]> e : tree(item, N).entrySet()) {
      if (e.getKey().length() == 3) {
        t1.cell(name(Scheme.FUNCTION, e.getKey()), "预算数", Concept.EXPENDITURE, c(FUNCTION, e.getKey()),
            cell(sum(e.getValue()), Y));
      }
    }
    t1.cell("支出总计", "预算数", Concept.EXPENDITURE, Coordinates.EMPTY, pub(all, Y)).done();

    // ---- 2 部门收入预算总表 (revenue by function = the spending it funds)
    DocBuilder.Col[] rc = new DocBuilder.Col[6];
    rc[0] = col("合计", x -> x);
    for (int f = 0; f < 5; f++) {
      FundSource fs = FUNDS[f];
      rc[f + 1] = col(FUND_ZH[f], x -> x.with(FUND_SOURCE, fs.name()));
    }
    d.table("T02", "sh.revenue", "2024年测试部门收入预算总表").concept(Concept.REVENUE, Coordinates.EMPTY)
        .codes(FUNCTION).columns(rc).rows(rows(Scheme.FUNCTION, item, N, Y, v -> {
          long[] r = new long[6];
          for (int f = 0; f < 5; f++) {
            r[f + 1] = v[i(f, 0)] + v[i(f, 1)] + v[i(f, 2)];
            r[0] += r[f + 1];
          }
          return r;
        })).done();
    // ---- 3 部门支出预算总表
    d.table("T03", "sh.expenditure-summary", "2024年测试部门支出预算总表").concept(Concept.EXPENDITURE, Coordinates.EMPTY)
        .codes(FUNCTION).columns(col("合计", x -> x), col("基本支出", x -> x.with(SPENDING_TYPE, "BASIC")),
            col("项目支出", x -> x.with(SPENDING_TYPE, "PROJECT")))
        .rows(rows(Scheme.FUNCTION, item, N, Y, v -> {
          long b = 0;
          long p = 0;
          for (int f = 0; f < 5; f++) {
            b += v[i(f, 0)] + v[i(f, 1)];
            p += v[i(f, 2)];
          }
          return new long[] {b + p, b, p};
        })).done();

    // ---- 4 部门财政拨款收支预算总表
    Coordinates fa = c(FUND_SOURCE, FundSource.FISCAL_APPROPRIATION);
    DocBuilder.TableBuilder t4 = d.table("T04", "sh.fiscal-summary", "2024年测试部门财政拨款收支预算总表");
    for (int f = 0; f < 3; f++) {
      t4.cell(FUND_ZH[f], "预算数", Concept.REVENUE, c(FUND_SOURCE, FUNDS[f]), cell(byFund[f], Y));
    }
    t4.cell("收入总计", "预算数", Concept.REVENUE, fa, pub(fiscal, Y));
    t4.concept(Concept.EXPENDITURE, fa).columns(col("合计", x -> x),
        col("一般公共预算", x -> x.with(FUND_SOURCE, "GENERAL_PUBLIC_BUDGET")),
        col("政府性基金", x -> x.with(FUND_SOURCE, "GOVERNMENT_FUND")),
        col("国有资本经营预算", x -> x.with(FUND_SOURCE, "STATE_CAPITAL")));
    for (Map.Entry<String, long[]> e : tree(item, N).entrySet()) {
      long[] v = e.getValue();
      long[] f3 = {v[i(0, 0)] + v[i(0, 1)] + v[i(0, 2)], v[i(1, 0)] + v[i(1, 1)] + v[i(1, 2)],
          v[i(2, 0)] + v[i(2, 1)] + v[i(2, 2)]};
      if (e.getKey().length() == 3 && f3[0] + f3[1] + f3[2] > 0) {
        t4.row(null, name(Scheme.FUNCTION, e.getKey()), fa.with(FUNCTION, e.getKey()),
            cell(f3[0] + f3[1] + f3[2], Y), cell(f3[0], Y), cell(f3[1], Y), cell(f3[2], Y));
      }
    }
    t4.row(null, "支出总计", fa, pub(fiscal, Y), cell(byFund[0], Y), cell(byFund[1], Y), cell(byFund[2], Y)).done();

    // ---- 5–7 功能分类预算表 per fund
    String[][] fn = {{"T05", "sh.gpb-function", "一般公共预算支出功能分类预算表"},
        {"T06", "sh.gov-fund-function", "政府性基金预算支出功能分类预算表"},
        {"T07", "sh.state-capital-function", "国有资本经营预算支出功能分类预算表"}};
    for (int f = 0; f < 3; f++) {
      int ff = f;
      DocBuilder.TableBuilder tf = d.table(fn[f][0], fn[f][1], "2024年测试部门" + fn[f][2])
          .concept(Concept.EXPENDITURE, c(FUND_SOURCE, FUNDS[f]))
          .codes(FUNCTION).columns(col("合计", x -> x), col("基本支出", x -> x.with(SPENDING_TYPE, "BASIC")),
              col("项目支出", x -> x.with(SPENDING_TYPE, "PROJECT")))
          .rows(rows(Scheme.FUNCTION, item, N, Y, v -> new long[] {v[i(ff, 0)] + v[i(ff, 1)] + v[i(ff, 2)],
              v[i(ff, 0)] + v[i(ff, 1)], v[i(ff, 2)]}));
      if (byFund[f] == 0) {
        // the template asks an empty table to say so
        tf.note("注：本部门2024年无" + fn[f][2].replace("支出功能分类预算表", "") + "财政拨款安排的预算，故本表为空表。");
      }
      tf.done();
    }
    // ---- 8 一般公共预算基本支出部门预算经济分类预算表
    d.table("T08", "sh.gpb-basic-economic", "2024年测试部门一般公共预算基本支出部门预算经济分类预算表")
        .concept(Concept.EXPENDITURE, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET, SPENDING_TYPE, SpendingType.BASIC))
        .codes(ECONOMIC).columns(col("合计", x -> x), col("人员经费", x -> x.with(SPENDING_TYPE, "PERSONNEL")),
            col("公用经费", x -> x.with(SPENDING_TYPE, "PUBLIC_OPERATION")))
        .rows(rows(Scheme.ECONOMIC_DEPARTMENT, econ, 2, Y, v -> new long[] {v[0] + v[1], v[0], v[1]})).done();

    // ---- 9 “三公”经费和机关运行经费预算表 (万元)
    long outbound = money(200_000);
    long purchase = rnd.nextBoolean() ? 0 : money(300_000);
    long operation = pub[2];
    long reception = money(100_000);
    long vehicles = purchase + operation;
    long threePublic = outbound + vehicles + reception;
    long opCost = (long) (rnd.nextDouble() * t[i(0, 1)]);
    d.table("T09", "sh.three-public", "2024年测试部门“三公”经费和机关运行经费预算表").unit(W)
        .concept(Concept.THREE_PUBLIC, Coordinates.EMPTY)
        .columns(col("“三公”经费预算数/合计", x -> x), col("因公出国(境)费", x -> x.with(THREE_PUBLIC_ITEM, "OUTBOUND_TRAVEL")),
            col("公务用车购置及运行费/小计", x -> x.with(THREE_PUBLIC_ITEM, "VEHICLES")),
            col("公务用车购置及运行费/购置费", x -> x.with(THREE_PUBLIC_ITEM, "VEHICLE_PURCHASE")),
            col("公务用车购置及运行费/运行费", x -> x.with(THREE_PUBLIC_ITEM, "VEHICLE_OPERATION")),
            col("公务接待费", x -> x.with(THREE_PUBLIC_ITEM, "RECEPTION")),
            col("机关运行经费预算数", Concept.OPERATING_COST, x -> x))
        .row(null, "测试部门", Coordinates.EMPTY, pub(threePublic, W), cell(outbound, W), cell(vehicles, W),
            cell(purchase, W), cell(operation, W), cell(reception, W), cell(opCost, W))
        .done();

    // ---- narrative (元)
    d.amount(Concept.REVENUE, Coordinates.EMPTY, "收入预算", pub(all, Y));
    shares(Concept.EXPENDITURE, Coordinates.EMPTY, all, new String[] {"基本支出", "项目支出"},
        new Coordinates[] {c(SPENDING_TYPE, SpendingType.BASIC), c(SPENDING_TYPE, SpendingType.PROJECT)},
        new long[] {basic, project});
    change(Concept.EXPENDITURE, Coordinates.EMPTY, "支出预算", all, Math.max(100, all + money(1_000_000) - 500_000 * 100L),
        FiscalPeriod.PRIOR_BUDGET);
    ThreePublicItem[] top = {ThreePublicItem.OUTBOUND_TRAVEL, ThreePublicItem.VEHICLES, ThreePublicItem.RECEPTION};
    long[] cur = {outbound, vehicles, reception};
    long priorAll = 0;
    for (int k = 0; k < 3; k++) {
      long prior = money(300_000);
      priorAll += prior;
      change(Concept.THREE_PUBLIC, c(THREE_PUBLIC_ITEM, top[k]), top[k].zh(), cur[k], prior, FiscalPeriod.PRIOR_BUDGET);
    }
    change(Concept.THREE_PUBLIC, Coordinates.EMPTY, "“三公”经费", threePublic, priorAll, FiscalPeriod.PRIOR_BUDGET);
    return d.build();
  }

  /** Economic items as (personnel, public operation) pairs: 301xx personnel, 302xx public operation. */
  static void put(Map<String, long[]> econ, String code, long v) {
    if (v != 0) {
      econ.put(code, code.startsWith("301") ? new long[] {v, 0} : new long[] {0, v});
    }
  }

  static long sum(long[] v) {
    long s = 0;
    for (long x : v) {
      s += x;
    }
    return s;
  }
}
