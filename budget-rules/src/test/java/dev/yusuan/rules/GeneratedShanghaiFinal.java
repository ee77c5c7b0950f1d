package dev.yusuan.rules;

import static dev.yusuan.model.FactDimension.ECONOMIC;
import static dev.yusuan.model.FactDimension.FUNCTION;
import static dev.yusuan.model.FactDimension.FUND_SOURCE;
import static dev.yusuan.model.FactDimension.PERIOD;
import static dev.yusuan.model.FactDimension.SPENDING_TYPE;
import static dev.yusuan.model.FactDimension.THREE_PUBLIC_ITEM;
import static dev.yusuan.rules.DocBuilder.c;
import static dev.yusuan.rules.DocBuilder.col;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.ThreePublicItem;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Shanghai district 部门决算 (9 tables, 万元) generated from exact amounts in 分. Per fiscal fund column
 * (一般公共预算, 政府性基金, 国有资本经营预算) and per function row of the fund tables, 年初结转和结余, 本年收入
 * and 本年支出 are exact and 年末结转和结余 = 年初 + 本年收入 − 本年支出 exactly; every figure is then published
 * rounded honestly to 0.01 万元. Table ids T01 收入支出决算总表 … T09 国有资本经营预算财政拨款收入支出决算表.
 */
class GeneratedShanghaiFinal extends RegionalFixture {
  static final MoneyUnit U = MoneyUnit.WAN_YUAN;
  static final FundSource[] FISCAL = {FundSource.GENERAL_PUBLIC_BUDGET, FundSource.GOVERNMENT_FUND,
      FundSource.STATE_CAPITAL};
  static final FundSource[] OPENING = {FundSource.CARRY_OVER_GENERAL_PUBLIC_BUDGET,
      FundSource.CARRY_OVER_GOVERNMENT_FUND, FundSource.CARRY_OVER_STATE_CAPITAL};
  static final String[] FISCAL_ZH = {"一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"};
  /** Non-fiscal revenue, in the columns of 收入决算表. */
  static final FundSource[] OTHER = {FundSource.SUPERIOR_SUBSIDY, FundSource.BUSINESS_INCOME,
      FundSource.OPERATING_INCOME, FundSource.AFFILIATED_REMITTANCE, FundSource.OTHER_INCOME};
  static final String[] OTHER_ZH = {"上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"};
  static final String[] GENERAL = {"2010301", "2010302", "2010350", "2013101", "2013102"};
  static final String[] SOCIAL = {"2080505", "2080506", "2101101", "2210201"};
  static final String[] GOV = {"2013105", "2012906", "2010108"};
  static final String[] STATE = {"2010107", "2010109"};
  /**
   * Per function item, per fund f in 0..3 (three fiscal funds, then other funds): opening [f*6], revenue
   * [f*6+1], personnel [f*6+2], public operation [f*6+3], project [f*6+4], closing [f*6+5].
   */
  static final int N = 24;
  static final int OPEN = 0;
  static final int REV = 1;
  static final int PERS = 2;
  static final int PUB = 3;
  static final int PROJ = 4;
  static final int CLOSE = 5;

  GeneratedShanghaiFinal(long seed, boolean halfEven) {
    super("shanghai-final-" + seed + ".pdf", seed, halfEven);
    d.template = "shanghai-final";
    d.kind = DocumentKind.FINAL_ACCOUNT;
  }

  static BudgetDocument generate(long seed, boolean halfEven) {
    return new GeneratedShanghaiFinal(seed, halfEven).build();
  }

  static int i(int fund, int field) {
    return fund * 6 + field;
  }

  /** Opening, revenue and closing of one fund column of one row around its exact expenditure. */
  void balance(long[] v, int f) {
    long exp = v[i(f, PERS)] + v[i(f, PUB)] + v[i(f, PROJ)];
    v[i(f, CLOSE)] = rnd.nextInt(3) == 0 ? 0 : money(500_000);
    v[i(f, OPEN)] = rnd.nextInt(3) == 0 ? 0 : (long) (rnd.nextDouble() * (exp + v[i(f, CLOSE)]));
    v[i(f, REV)] = exp + v[i(f, CLOSE)] - v[i(f, OPEN)];
  }

  static long exp(long[] v, int f) {
    return v[i(f, PERS)] + v[i(f, PUB)] + v[i(f, PROJ)];
  }

  @Override
  BudgetDocument build() {
    Map<String, long[]> item = new TreeMap<>();
    boolean first = true;
    for (String g : GENERAL) {
      if (first || rnd.nextInt(3) > 0) {
        long[] v = new long[N];
        v[i(0, PERS)] = money(3_000_000);
        v[i(0, PUB)] = first ? 100_000 * 100L + money(500_000) : rnd.nextInt(4) == 0 ? 0 : money(600_000);
        v[i(0, PROJ)] = rnd.nextInt(3) == 0 ? 0 : money(2_000_000);
        v[i(3, PERS)] = rnd.nextInt(3) == 0 ? money(300_000) : 0;
        v[i(3, PROJ)] = rnd.nextInt(3) == 0 ? money(500_000) : 0;
        item.put(g, v);
        first = false;
      }
    }
    for (String s : SOCIAL) {
      long[] v = new long[N];
      v[i(0, PERS)] = money(1_000_000);
      item.put(s, v);
    }
    for (String g : GOV) {
      if (g.equals(GOV[0]) || rnd.nextBoolean()) {
        long[] v = item.computeIfAbsent(g, k -> new long[N]);
        v[i(1, PROJ)] = rnd.nextInt(5) == 0 ? 0 : money(2_000_000);
      }
    }
    for (String s : STATE) {
      if (s.equals(STATE[0]) || rnd.nextBoolean()) {
        long[] v = item.computeIfAbsent(s, k -> new long[N]);
        v[i(2, PROJ)] = rnd.nextInt(5) == 0 ? 0 : money(1_000_000);
      }
    }
    for (long[] v : item.values()) {
      for (int f = 0; f < 3; f++) {
        if (f == 0 || exp(v, f) > 0 || rnd.nextInt(4) == 0) {
          balance(v, f);
        }
      }
    }
    long[] t = total(item, N);
    long[] open = new long[3];
    long[] rev = new long[3];
    long[] expF = new long[3];
    long[] close = new long[3];
    for (int f = 0; f < 3; f++) {
      open[f] = t[i(f, OPEN)];
      rev[f] = t[i(f, REV)];
      expF[f] = exp(t, f);
      close[f] = t[i(f, CLOSE)];
    }
    long fiscalRev = rev[0] + rev[1] + rev[2];
    long fiscalOpen = open[0] + open[1] + open[2];
    long fiscalExp = expF[0] + expF[1] + expF[2];
    long fiscalClose = close[0] + close[1] + close[2];
    // other funds: totals only
    long otherExp = exp(t, 3);
    long otherClose = rnd.nextBoolean() ? 0 : money(400_000);
    long otherOpen = (long) (rnd.nextDouble() * (otherExp + otherClose));
    long[] otherRev = split(otherExp + otherClose - otherOpen, 5);
    long otherRevAll = otherExp + otherClose - otherOpen;
    long current = fiscalRev + otherRevAll;
    long opening = fiscalOpen + otherOpen;
    long expAll = fiscalExp + otherExp;
    long closing = fiscalClose + otherClose;
    long basicAll = 0;
    long projectAll = 0;
    for (int f = 0; f < 4; f++) {
      basicAll += t[i(f, PERS)] + t[i(f, PUB)];
      projectAll += t[i(f, PROJ)];
    }
    String firstGeneral = item.keySet().stream().filter(k -> k.startsWith("201030")).findFirst().orElseThrow();

    // ---- 1 收入支出决算总表
    DocBuilder.TableBuilder t1 = d.table("T01", "sh.final-summary", "2024年测试部门收入支出决算总表");
    for (int f = 0; f < 3; f++) {
      t1.cell(FISCAL_ZH[f] + "收入", "决算数", Concept.REVENUE, c(FUND_SOURCE, FISCAL[f]), cell(rev[f], U));
    }
    for (int k = 0; k < 5; k++) {
      t1.cell(OTHER_ZH[k], "决算数", Concept.REVENUE, c(FUND_SOURCE, OTHER[k]), cell(otherRev[k], U));
    }
    t1.cell("本年收入合计", "决算数", Concept.REVENUE, c(FUND_SOURCE, FundSource.CURRENT_YEAR), pub(current, U))
        .cell("年初结转和结余", "决算数", Concept.REVENUE, c(FUND_SOURCE, FundSource.CARRY_OVER), cell(opening, U))
        .cell("收入总计", "决算数", Concept.REVENUE, Coordinates.EMPTY, pub(current + opening, U));
    for (Map.Entry<String, long[]> e : tree(item, N).entrySet()) {
      long v = 0;
      for (int f = 0; f < 4; f++) {
        v += exp(e.getValue(), f);
      }
      if (e.getKey().length() == 3 && v != 0) {
        t1.cell(name(Scheme.FUNCTION, e.getKey()), "决算数", Concept.EXPENDITURE, c(FUNCTION, e.getKey()), pub(v, U));
      }
    }
    t1.cell("本年支出合计", "决算数", Concept.EXPENDITURE, Coordinates.EMPTY, pub(expAll, U))
        .cell("年末结转和结余", "决算数", Concept.CARRY_FORWARD, Coordinates.EMPTY, cell(closing, U))
        .cell("支出总计", "决算数", Concept.USES_TOTAL, Coordinates.EMPTY, pub(expAll + closing, U)).done();

    // ---- 2 收入决算表 (fiscal revenue by function; other revenue on the first general item)
    DocBuilder.Col[] rc = new DocBuilder.Col[7];
    rc[0] = col("本年收入合计", x -> x.with(FUND_SOURCE, "CURRENT_YEAR"));
    rc[1] = col("财政拨款收入", x -> x.with(FUND_SOURCE, "FISCAL_APPROPRIATION"));
    for (int k = 0; k < 5; k++) {
      FundSource fs = OTHER[k];
      rc[k + 2] = col(OTHER_ZH[k], x -> x.with(FUND_SOURCE, fs.name()));
    }
    Map<String, long[]> revItems = new TreeMap<>();
    for (Map.Entry<String, long[]> e : item.entrySet()) {
      long[] r = new long[6];
      r[0] = e.getValue()[i(0, REV)] + e.getValue()[i(1, REV)] + e.getValue()[i(2, REV)];
      if (e.getKey().equals(firstGeneral)) {
        System.arraycopy(otherRev, 0, r, 1, 5);
      }
      revItems.put(e.getKey(), r);
    }
    d.table("T02", "sh.final-revenue", "2024年测试部门收入决算表").concept(Concept.REVENUE, Coordinates.EMPTY)
        .codes(FUNCTION).columns(rc).rows(rows(Scheme.FUNCTION, revItems, 6, U,
            v -> new long[] {v[0] + v[1] + v[2] + v[3] + v[4] + v[5], v[0], v[1], v[2], v[3], v[4], v[5]}))
        .done();
    // ---- 3 支出决算表
    d.table("T03", "sh.final-expenditure", "2024年测试部门支出决算表").concept(Concept.EXPENDITURE, Coordinates.EMPTY)
        .codes(FUNCTION).columns(col("本年支出合计", x -> x), col("基本支出", x -> x.with(SPENDING_TYPE, "BASIC")),
            col("项目支出", x -> x.with(SPENDING_TYPE, "PROJECT")))
        .rows(rows(Scheme.FUNCTION, item, N, U, v -> {
          long b = 0;
          long p = 0;
          for (int f = 0; f < 4; f++) {
            b += v[i(f, PERS)] + v[i(f, PUB)];
            p += v[i(f, PROJ)];
          }
          return new long[] {b + p, b, p};
        })).done();

    // ---- 4 财政拨款收入支出决算总表
    Coordinates fa = c(FUND_SOURCE, FundSource.FISCAL_APPROPRIATION);
    DocBuilder.TableBuilder t4 = d.table("T04", "sh.final-fiscal-summary", "2024年测试部门财政拨款收入支出决算总表");
    for (int f = 0; f < 3; f++) {
      t4.cell(FISCAL_ZH[f], "决算数", Concept.REVENUE, c(FUND_SOURCE, FISCAL[f]), cell(rev[f], U));
    }
    t4.cell("本年收入合计", "决算数", Concept.REVENUE, fa, pub(fiscalRev, U))
        .cell("年初财政拨款结转和结余", "决算数", Concept.REVENUE, c(FUND_SOURCE, FundSource.CARRY_OVER_FISCAL),
            cell(fiscalOpen, U));
    for (int f = 0; f < 3; f++) {
      t4.cell(FISCAL_ZH[f] + "（年初）", "决算数", Concept.REVENUE, c(FUND_SOURCE, OPENING[f]), cell(open[f], U));
    }
    t4.cell("收入总计", "决算数", Concept.REVENUE, c(FUND_SOURCE, FundSource.FISCAL_TOTAL), pub(fiscalRev + fiscalOpen, U));
    t4.concept(Concept.EXPENDITURE, fa).columns(col("合计", x -> x),
        col("一般公共预算财政拨款", x -> x.with(FUND_SOURCE, "GENERAL_PUBLIC_BUDGET")),
        col("政府性基金预算财政拨款", x -> x.with(FUND_SOURCE, "GOVERNMENT_FUND")),
        col("国有资本经营预算财政拨款", x -> x.with(FUND_SOURCE, "STATE_CAPITAL")));
    for (Map.Entry<String, long[]> e : tree(item, N).entrySet()) {
      long[] v = e.getValue();
      long[] f3 = {exp(v, 0), exp(v, 1), exp(v, 2)};
      if (e.getKey().length() == 3 && f3[0] + f3[1] + f3[2] > 0) {
        t4.row(null, name(Scheme.FUNCTION, e.getKey()), fa.with(FUNCTION, e.getKey()),
            cell(f3[0] + f3[1] + f3[2], U), cell(f3[0], U), cell(f3[1], U), cell(f3[2], U));
      }
    }
    t4.row(null, "本年支出合计", fa, pub(fiscalExp, U), cell(expF[0], U), cell(expF[1], U), cell(expF[2], U));
    t4.concept(Concept.CARRY_FORWARD, fa).row(null, "年末财政拨款结转和结余", fa, cell(fiscalClose, U), cell(close[0], U),
        cell(close[1], U), cell(close[2], U));
    t4.concept(Concept.USES_TOTAL, fa).row(null, "支出总计", fa, pub(fiscalExp + fiscalClose, U),
        cell(expF[0] + close[0], U), cell(expF[1] + close[1], U), cell(expF[2] + close[2], U)).done();

    // ---- 5 一般公共预算财政拨款支出决算表
    Coordinates gp = c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
    d.table("T05", "sh.final-gpb", "2024年测试部门一般公共预算财政拨款支出决算表").concept(Concept.EXPENDITURE, gp)
        .codes(FUNCTION).columns(col("合计", x -> x), col("基本支出/小计", x -> x.with(SPENDING_TYPE, "BASIC")),
            col("基本支出/人员经费", x -> x.with(SPENDING_TYPE, "PERSONNEL")),
            col("基本支出/公用经费", x -> x.with(SPENDING_TYPE, "PUBLIC_OPERATION")),
            col("项目支出", x -> x.with(SPENDING_TYPE, "PROJECT")))
        .rows(rows(Scheme.FUNCTION, item, N, U, v -> new long[] {exp(v, 0), v[i(0, PERS)] + v[i(0, PUB)],
            v[i(0, PERS)], v[i(0, PUB)], v[i(0, PROJ)]}))
        .done();

    // ---- 6 一般公共预算财政拨款基本支出决算表 (economic; 人员经费合计, 公用经费合计)
    Map<String, long[]> econ = new TreeMap<>();
    long generalPers = t[i(0, PERS)];
    for (String s : SOCIAL) {
      generalPers -= item.get(s)[i(0, PERS)];
    }
    long[] pers = split(generalPers, 3);
    GeneratedShanghai.put(econ, "30101", pers[0]);
    GeneratedShanghai.put(econ, "30102", pers[1]);
    GeneratedShanghai.put(econ, "30107", pers[2]);
    GeneratedShanghai.put(econ, "30108", item.get("2080505")[i(0, PERS)]);
    GeneratedShanghai.put(econ, "30109", item.get("2080506")[i(0, PERS)]);
    GeneratedShanghai.put(econ, "30110", item.get("2101101")[i(0, PERS)]);
    GeneratedShanghai.put(econ, "30113", item.get("2210201")[i(0, PERS)]);
    long[] pub = splitPositive(t[i(0, PUB)], 4);
    GeneratedShanghai.put(econ, "30201", pub[0]);
    GeneratedShanghai.put(econ, "30215", pub[1]);
    GeneratedShanghai.put(econ, "30231", pub[2]);
    GeneratedShanghai.put(econ, "30299", pub[3]);
    Coordinates gb = gp.with(SPENDING_TYPE, "BASIC");
    d.table("T06", "sh.final-gpb-basic", "2024年测试部门一般公共预算财政拨款基本支出决算表").concept(Concept.EXPENDITURE, gb)
        .codes(ECONOMIC).columns(col("决算数", x -> x))
        .rows(rows(Scheme.ECONOMIC_DEPARTMENT, econ, 2, U, v -> new long[] {v[0] + v[1]}))
        .row(null, "人员经费合计", gp.with(SPENDING_TYPE, "PERSONNEL"), pub(t[i(0, PERS)], U))
        .row(null, "公用经费合计", gp.with(SPENDING_TYPE, "PUBLIC_OPERATION"), pub(t[i(0, PUB)], U))
        .done();

    // ---- 7 财政拨款“三公”经费支出决算表 (预算数, 决算数)
    long[] actual = {money(200_000), rnd.nextBoolean() ? 0 : money(300_000), pub[2], money(100_000)};
    long[] budget = new long[4];
    for (int k = 0; k < 4; k++) {
      budget[k] = actual[k] + (rnd.nextBoolean() ? 0 : money(50_000));
    }
    d.table("T07", "sh.final-three-public", "2024年测试部门财政拨款“三公”经费支出决算表")
        .concept(Concept.THREE_PUBLIC, Coordinates.EMPTY).columns(threePublicColumns("预算数", true))
        .columns(threePublicColumns("决算数", false))
        .row(null, "测试部门", Coordinates.EMPTY, concat(threePublicRow(budget), threePublicRow(actual))).done();

    // ---- 8, 9 政府性基金 / 国有资本经营预算财政拨款收入支出决算表
    String[][] ft = {{"T08", "sh.final-gov-fund", "政府性基金预算财政拨款收入支出决算表"},
        {"T09", "sh.final-state-capital", "国有资本经营预算财政拨款收入支出决算表"}};
    for (int f = 1; f < 3; f++) {
      FundSource fs = FISCAL[f];
      FundSource os = OPENING[f];
      int ff = f;
      d.table(ft[f - 1][0], ft[f - 1][1], "2024年测试部门" + ft[f - 1][2]).concept(Concept.EXPENDITURE, Coordinates.EMPTY)
          .codes(FUNCTION)
          .columns(col("年初结转和结余", Concept.REVENUE, x -> x.with(FUND_SOURCE, os.name())),
              col("本年收入", Concept.REVENUE, x -> x.with(FUND_SOURCE, fs.name())),
              col("本年支出/小计", x -> x.with(FUND_SOURCE, fs.name())),
              col("本年支出/基本支出", x -> x.with(FUND_SOURCE, fs.name()).with(SPENDING_TYPE, "BASIC")),
              col("本年支出/项目支出", x -> x.with(FUND_SOURCE, fs.name()).with(SPENDING_TYPE, "PROJECT")),
              col("年末结转和结余", Concept.CARRY_FORWARD, x -> x.with(FUND_SOURCE, fs.name())))
          .rows(rows(Scheme.FUNCTION, item, N, U, v -> new long[] {v[i(ff, OPEN)], v[i(ff, REV)], exp(v, ff),
              v[i(ff, PERS)] + v[i(ff, PUB)], v[i(ff, PROJ)], v[i(ff, CLOSE)]}))
          .done();
    }

    // ---- narrative (万元)
    d.amount(Concept.REVENUE, Coordinates.EMPTY, "收入总计", pub(current + opening, U));
    shares(Concept.EXPENDITURE, Coordinates.EMPTY, expAll, new String[] {"基本支出", "项目支出"},
        new Coordinates[] {c(SPENDING_TYPE, SpendingType.BASIC), c(SPENDING_TYPE, SpendingType.PROJECT)},
        new long[] {basicAll, projectAll});
    change(Concept.EXPENDITURE, Coordinates.EMPTY, "本年支出", expAll,
        Math.max(100, expAll + money(1_000_000) - 500_000 * 100L), FiscalPeriod.PRIOR_ACTUAL);
    ThreePublicItem[] top = {ThreePublicItem.OUTBOUND_TRAVEL, ThreePublicItem.VEHICLES, ThreePublicItem.RECEPTION};
    long[] cur = {actual[0], actual[1] + actual[2], actual[3]};
    long priorAll = 0;
    for (int k = 0; k < 3; k++) {
      long prior = money(300_000);
      priorAll += prior;
      change(Concept.THREE_PUBLIC, c(THREE_PUBLIC_ITEM, top[k]), top[k].zh(), cur[k], prior, FiscalPeriod.PRIOR_ACTUAL);
    }
    change(Concept.THREE_PUBLIC, Coordinates.EMPTY, "“三公”经费", cur[0] + cur[1] + cur[2], priorAll,
        FiscalPeriod.PRIOR_ACTUAL);
    return d.build();
  }

  static DocBuilder.Col[] threePublicColumns(String head, boolean budget) {
    java.util.function.UnaryOperator<Coordinates> p = budget ? x -> x.with(PERIOD, FiscalPeriod.CURRENT_BUDGET.name()) : x -> x;
    return new DocBuilder.Col[] {col(head + "/合计", p),
        col(head + "/因公出国(境)费", x -> p.apply(x).with(THREE_PUBLIC_ITEM, "OUTBOUND_TRAVEL")),
        col(head + "/公务用车购置及运行费/小计", x -> p.apply(x).with(THREE_PUBLIC_ITEM, "VEHICLES")),
        col(head + "/公务用车购置及运行费/公务用车购置费", x -> p.apply(x).with(THREE_PUBLIC_ITEM, "VEHICLE_PURCHASE")),
        col(head + "/公务用车购置及运行费/公务用车运行费", x -> p.apply(x).with(THREE_PUBLIC_ITEM, "VEHICLE_OPERATION")),
        col(head + "/公务接待费", x -> p.apply(x).with(THREE_PUBLIC_ITEM, "RECEPTION"))};
  }

  /** outbound, purchase, operation, reception → 合计, 因公出国, 公务用车小计, 购置, 运行, 接待. */
  String[] threePublicRow(long[] v) {
    return new String[] {pub(v[0] + v[1] + v[2] + v[3], U), cell(v[0], U), cell(v[1] + v[2], U), cell(v[1], U),
        cell(v[2], U), cell(v[3], U)};
  }

  static String[] concat(String[] a, String[] b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
