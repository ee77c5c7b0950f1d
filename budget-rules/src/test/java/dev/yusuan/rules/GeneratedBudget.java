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
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.ProcurementType;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.ThreePublicItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * A random Zhejiang-style budget generated from exact 元 values: function items × spending types,
 * economic items, projects (一级/二级 per unit), “三公” items per unit (a table in 元), procurement,
 * and narrative claims. Everything is aggregated exactly, then every published figure is rounded
 * honestly (0.01 万元, whole 元 for the 元 table; shares and percent changes to 0.01%).
 */
class GeneratedBudget {
  static final String[] UNITS = {"测试部门本级单位", "测试部门下属信息中心"};
  /** Items that carry personnel, public-operation and project spending. */
  static final String[] GENERAL = {"2010101", "2010104", "2010150", "2011301", "2011350"};
  /** Items that carry personnel spending only and are matched by economic items. */
  static final String[] SOCIAL = {"2080505", "2080506", "2101101", "2101102", "2210201", "2210203"};

  final RoundingMode mode;
  final Random rnd;
  final DocBuilder d;

  GeneratedBudget(long seed, boolean halfEven) {
    this.rnd = new Random(seed);
    this.mode = halfEven ? RoundingMode.HALF_EVEN : RoundingMode.HALF_UP;
    this.d = new DocBuilder("generated-" + seed + ".txt", 2024);
  }

  static BudgetDocument generate(long seed, boolean halfEven) {
    return new GeneratedBudget(seed, halfEven).build();
  }

  long yuan(long max) {
    // values with all kinds of last digits, some tiny, some round
    return switch (rnd.nextInt(4)) {
      case 0 -> rnd.nextInt(100) * 10_000L;
      case 1 -> 1 + rnd.nextInt(9_999);
      default -> 1 + (long) (rnd.nextDouble() * max);
    };
  }

  String wan(long yuan) {
    return BigDecimal.valueOf(yuan).movePointLeft(4).setScale(2, mode).toPlainString();
  }

  String cell(long yuan) {
    return yuan == 0 ? "" : wan(yuan);
  }

  String pct(long part, long whole, int scale) {
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), scale, mode).toPlainString();
  }

  BudgetDocument build() {
    d.unit(UNITS[0], true).unit(UNITS[1], false);
    // ---- projects (exact), assigned to general items
    Map<String, long[]> item = new TreeMap<>(); // code -> {personnel, public op, project}
    for (String s : GENERAL) {
      if (rnd.nextInt(3) > 0 || item.isEmpty()) {
        item.put(s, new long[] {yuan(5_000_000), rnd.nextInt(4) == 0 ? 0 : yuan(800_000), 0});
      }
    }
    for (String s : SOCIAL) {
      if (rnd.nextInt(3) > 0) {
        item.put(s, new long[] {yuan(2_000_000), 0, 0});
      }
    }
    List<String> general = item.keySet().stream().filter(k -> k.startsWith("201")).toList();
    List<String[]> l1 = new ArrayList<>(); // unit, name, value
    List<String[]> l2 = new ArrayList<>();
    int pn = 0;
    for (String u : UNITS) {
      int n1 = 1 + rnd.nextInt(2);
      for (int i = 0; i < n1; i++) {
        String p1 = "一级项目" + (++pn);
        long sum = 0;
        int n2 = 1 + rnd.nextInt(3);
        for (int j = 0; j < n2; j++) {
          long v = yuan(3_000_000);
          sum += v;
          String p2 = p1 + "-二级" + j;
          l2.add(new String[] {u, p2, String.valueOf(v)});
          d.project(u, p2, 2, rnd.nextBoolean() ? p1 : null);
          item.get(general.get(rnd.nextInt(general.size())))[2] += v;
        }
        l1.add(new String[] {u, p1, String.valueOf(sum)});
        d.project(u, p1, 1, null);
      }
    }
    // ---- function tree aggregation (exact)
    Map<String, long[]> tree = new TreeMap<>();
    long[] total = new long[3];
    for (Map.Entry<String, long[]> e : item.entrySet()) {
      for (String code : List.of(e.getKey().substring(0, 3), e.getKey().substring(0, 5), e.getKey())) {
        long[] t = tree.computeIfAbsent(code, k -> new long[3]);
        for (int i = 0; i < 3; i++) {
          t[i] += e.getValue()[i];
        }
      }
      for (int i = 0; i < 3; i++) {
        total[i] += e.getValue()[i];
      }
    }
    long all = total[0] + total[1] + total[2];
    long basic = total[0] + total[1];
    // ---- 收支总表
    DocBuilder.TableBuilder s = d.table("T01", "zj.summary", "2024年部门收支预算总表");
    s.cell("一、财政拨款", "预算数", Concept.REVENUE, c(FUND_SOURCE, FundSource.FISCAL_APPROPRIATION), wan(all))
        .cell("一般公共预算", "预算数", Concept.REVENUE, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), wan(all))
        .cell("本年收入合计", "预算数", Concept.REVENUE, c(FUND_SOURCE, FundSource.CURRENT_YEAR), wan(all))
        .cell("收入总计", "预算数", Concept.REVENUE, Coordinates.EMPTY, wan(all));
    for (Map.Entry<String, long[]> e : tree.entrySet()) {
      long v = e.getValue()[0] + e.getValue()[1] + e.getValue()[2];
      s.cell("科目" + e.getKey(), "预算数", Concept.EXPENDITURE, c(FUNCTION, e.getKey()), wan(v));
    }
    s.cell("本年支出合计", "预算数", Concept.EXPENDITURE, Coordinates.EMPTY, wan(all))
        .cell("支出总计", "预算数", Concept.USES_TOTAL, Coordinates.EMPTY, wan(all)).done();
    // ---- 支出总表 and 一般公共预算支出表
    for (int k = 0; k < 2; k++) {
      boolean gpb = k == 1;
      DocBuilder.TableBuilder t = gpb
          ? d.table("T05", "zj.gpb-expenditure", "2024年部门一般公共预算支出表")
              .concept(Concept.EXPENDITURE, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET))
              .columns(col("合计", x -> x), col("基本支出/小计", x -> x.with(SPENDING_TYPE, "BASIC")),
                  col("基本支出/人员经费", x -> x.with(SPENDING_TYPE, "PERSONNEL")),
                  col("基本支出/公用经费", x -> x.with(SPENDING_TYPE, "PUBLIC_OPERATION")),
                  col("项目支出", x -> x.with(SPENDING_TYPE, "PROJECT")))
          : d.table("T03", "zj.expenditure-summary", "2024年部门支出预算总表")
              .columns(col("总计", x -> x), col("基本支出/人员支出", x -> x.with(SPENDING_TYPE, "PERSONNEL")),
                  col("基本支出/公用经费", x -> x.with(SPENDING_TYPE, "PUBLIC_OPERATION")),
                  col("项目支出", x -> x.with(SPENDING_TYPE, "PROJECT")));
      t.codes(FUNCTION);
      Coordinates base = gpb ? c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET) : Coordinates.EMPTY;
      t.row(null, "合计", base, row(total, gpb));
      for (Map.Entry<String, long[]> e : tree.entrySet()) {
        t.row(e.getKey(), "科目" + e.getKey(), base.with(FUNCTION, e.getKey()), row(e.getValue(), gpb));
      }
      t.done();
    }
    // ---- 财政拨款收支总表
    DocBuilder.TableBuilder f = d.table("T04", "zj.fiscal-summary", "2024年部门财政拨款收支预算总表");
    String fa = FundSource.FISCAL_APPROPRIATION.name();
    f.cell("一、财政拨款", "预算数", Concept.REVENUE, c(FUND_SOURCE, fa), wan(all))
        .cell("一般公共预算", "预算数", Concept.REVENUE, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET), wan(all))
        .cell("收入总计", "预算数", Concept.REVENUE, c(FUND_SOURCE, FundSource.FISCAL_TOTAL), wan(all));
    for (Map.Entry<String, long[]> e : tree.entrySet()) {
      long v = e.getValue()[0] + e.getValue()[1] + e.getValue()[2];
      f.cell("科目" + e.getKey(), "预算数", Concept.EXPENDITURE, c(FUNCTION, e.getKey(), FUND_SOURCE, fa), wan(v));
    }
    f.cell("本年支出合计", "预算数", Concept.EXPENDITURE, c(FUND_SOURCE, fa), wan(all))
        .cell("支出总计", "预算数", Concept.USES_TOTAL, c(FUND_SOURCE, fa), wan(all)).done();
    // ---- 一般公共预算基本支出表 (economic), matching the social items exactly
    Map<String, long[]> econ = new TreeMap<>(); // code -> {personnel, public op}
    long pensions = val(item, "2080505");
    long annuity = val(item, "2080506");
    long housing = val(item, "2210201");
    long medical = val(item, "2101101") + val(item, "2101102");
    long medA = medical == 0 ? 0 : (long) (rnd.nextDouble() * medical);
    long rest = total[0] - pensions - annuity - housing - medical;
    long a = (long) (rnd.nextDouble() * rest);
    long b = (long) (rnd.nextDouble() * (rest - a));
    econ.put("30101", new long[] {a, 0});
    econ.put("30102", new long[] {b, 0});
    econ.put("30199", new long[] {rest - a - b, 0});
    econ.put("30108", new long[] {pensions, 0});
    econ.put("30109", new long[] {annuity, 0});
    econ.put("30110", new long[] {medA, 0});
    econ.put("30111", new long[] {medical - medA, 0});
    econ.put("30113", new long[] {housing, 0});
    long po1 = (long) (rnd.nextDouble() * total[1]);
    econ.put("30201", new long[] {0, po1});
    econ.put("30299", new long[] {0, total[1] - po1});
    Map<String, long[]> etree = new TreeMap<>();
    for (Map.Entry<String, long[]> e : econ.entrySet()) {
      for (String code : List.of(e.getKey().substring(0, 3), e.getKey())) {
        long[] t = etree.computeIfAbsent(code, k -> new long[2]);
        t[0] += e.getValue()[0];
        t[1] += e.getValue()[1];
      }
    }
    DocBuilder.TableBuilder eb = d.table("T06", "zj.gpb-basic", "2024年部门一般公共预算基本支出表").codes(ECONOMIC)
        .concept(Concept.EXPENDITURE, c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET, SPENDING_TYPE, SpendingType.BASIC))
        .columns(col("合计", x -> x), col("人员经费", x -> x.with(SPENDING_TYPE, "PERSONNEL")),
            col("公用经费", x -> x.with(SPENDING_TYPE, "PUBLIC_OPERATION")));
    eb.row(null, "合计", c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET, SPENDING_TYPE, SpendingType.BASIC),
        cell(basic), cell(total[0]), cell(total[1]));
    for (Map.Entry<String, long[]> e : etree.entrySet()) {
      long[] v = e.getValue();
      if (v[0] + v[1] == 0) {
        continue;
      }
      eb.row(e.getKey(), "经济" + e.getKey(), c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET, SPENDING_TYPE,
          SpendingType.BASIC, ECONOMIC, e.getKey()), cell(v[0] + v[1]), cell(v[0]), cell(v[1]));
    }
    eb.done();
    // ---- “三公” (table in 元), with narrative and year-over-year statements against the prior budget
    ThreePublicItem[] leaves = {ThreePublicItem.OUTBOUND_TRAVEL, ThreePublicItem.VEHICLE_PURCHASE,
        ThreePublicItem.VEHICLE_OPERATION, ThreePublicItem.RECEPTION};
    long[][] tp = new long[UNITS.length][4];
    for (long[] u : tp) {
      for (int i = 0; i < 4; i++) {
        u[i] = rnd.nextInt(3) == 0 ? 0 : yuan(300_000);
      }
    }
    DocBuilder.TableBuilder t3 = d.table("T07", "zj.three-public", "2024年部门一般公共预算“三公”经费支出表")
        .unit(MoneyUnit.YUAN).concept(Concept.THREE_PUBLIC, Coordinates.EMPTY)
        .columns(col("合计", x -> x), col("因公出国(境)费用", x -> x.with(THREE_PUBLIC_ITEM, "OUTBOUND_TRAVEL")),
            col("公务用车/小计", x -> x.with(THREE_PUBLIC_ITEM, "VEHICLES")),
            col("公务用车/购置费", x -> x.with(THREE_PUBLIC_ITEM, "VEHICLE_PURCHASE")),
            col("公务用车/运行维护费", x -> x.with(THREE_PUBLIC_ITEM, "VEHICLE_OPERATION")),
            col("公务接待费", x -> x.with(THREE_PUBLIC_ITEM, "RECEPTION")));
    long[] tpTotal = new long[4];
    for (long[] u : tp) {
      for (int i = 0; i < 4; i++) {
        tpTotal[i] += u[i];
      }
    }
    t3.row(null, "合计", Coordinates.EMPTY, yuanRow(tpTotal));
    for (int u = 0; u < UNITS.length; u++) {
      t3.row(null, UNITS[u], c(BUDGET_UNIT, UNITS[u]), yuanRow(tp[u]));
    }
    t3.done();
    long tpAll = tpTotal[0] + tpTotal[1] + tpTotal[2] + tpTotal[3];
    long[] cur = {tpTotal[0], tpTotal[1] + tpTotal[2], tpTotal[3]};
    ThreePublicItem[] top = {ThreePublicItem.OUTBOUND_TRAVEL, ThreePublicItem.VEHICLES, ThreePublicItem.RECEPTION};
    long priorAll = 0;
    for (int i = 0; i < 3; i++) {
      long prior = rnd.nextInt(4) == 0 ? 0 : yuan(300_000);
      priorAll += prior;
      change(Concept.THREE_PUBLIC, c(THREE_PUBLIC_ITEM, top[i]), top[i].zh(), cur[i], prior, FiscalPeriod.PRIOR_BUDGET);
    }
    change(Concept.THREE_PUBLIC, Coordinates.EMPTY, "“三公”经费", tpAll, priorAll, FiscalPeriod.PRIOR_BUDGET);
    // ---- projects tables
    DocBuilder.Col[] pc = {col("总计", x -> x), col("一般公共预算", x -> x.with(FUND_SOURCE, "GENERAL_PUBLIC_BUDGET"))};
    for (int level = 1; level <= 2; level++) {
      DocBuilder.TableBuilder p = d.table("T10-" + level, "zj.projects", "2024年部门项目支出预算表")
          .concept(Concept.EXPENDITURE, c(SPENDING_TYPE, SpendingType.PROJECT)).columns(pc);
      p.row(null, "合计", c(SPENDING_TYPE, SpendingType.PROJECT), wan(total[2]), wan(total[2]));
      for (String[] r : level == 1 ? l1 : l2) {
        long v = Long.parseLong(r[2]);
        p.row(null, r[1], c(SPENDING_TYPE, SpendingType.PROJECT, BUDGET_UNIT, r[0], PROJECT, r[1]), wan(v), wan(v));
      }
      p.done();
    }
    d.count("一级项目", l1.size());
    // ---- narrative
    d.amount(Concept.REVENUE, Coordinates.EMPTY, "收支总预算", wan(all));
    change(Concept.EXPENDITURE, Coordinates.EMPTY, "支出预算", all, Math.max(1, all - 50_000 + yuan(100_000)),
        FiscalPeriod.PRIOR_ACTUAL);
    String[] names = {"人员支出", "日常公用支出", "项目支出"};
    SpendingType[] st = {SpendingType.PERSONNEL, SpendingType.PUBLIC_OPERATION, SpendingType.PROJECT};
    for (int i = 0; i < 3; i++) {
      d.share(Concept.EXPENDITURE, c(SPENDING_TYPE, st[i]), Coordinates.EMPTY, names[i], wan(total[i]),
          pct(total[i], all, 2));
    }
    Coordinates gpbc = c(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
    for (Map.Entry<String, long[]> e : tree.entrySet()) {
      if (e.getKey().length() == 3) {
        long v = e.getValue()[0] + e.getValue()[1] + e.getValue()[2];
        d.share(Concept.EXPENDITURE, gpbc.with(FUNCTION, e.getKey()), gpbc, "类" + e.getKey(), wan(v), pct(v, all, 2));
      }
    }
    d.amount(Concept.EXPENDITURE, gpbc.with(SPENDING_TYPE, "BASIC"), "一般公共预算基本支出", wan(basic));
    long opCost = (long) (rnd.nextDouble() * total[1]);
    change(Concept.OPERATING_COST, Coordinates.EMPTY, "机关运行经费", opCost, Math.max(1, opCost + yuan(100_000) - 50_000),
        FiscalPeriod.PRIOR_BUDGET);
    long[] proc = {yuan(500_000), rnd.nextBoolean() ? 0 : yuan(500_000), yuan(500_000)};
    d.amount(Concept.PROCUREMENT, Coordinates.EMPTY, "政府采购预算总额", wan(proc[0] + proc[1] + proc[2]));
    ProcurementType[] pt = ProcurementType.values();
    for (int i = 0; i < 3; i++) {
      if (proc[i] > 0) {
        d.amount(Concept.PROCUREMENT, c(PROCUREMENT_TYPE, pt[i]), pt[i].zh(), wan(proc[i]));
      }
    }
    return d.build();
  }

  static long val(Map<String, long[]> item, String code) {
    long[] v = item.get(code);
    return v == null ? 0 : v[0] + v[1] + v[2];
  }

  String[] row(long[] v, boolean gpb) {
    long t = v[0] + v[1] + v[2];
    return gpb ? new String[] {cell(t), cell(v[0] + v[1]), cell(v[0]), cell(v[1]), cell(v[2])}
        : new String[] {cell(t), cell(v[0]), cell(v[1]), cell(v[2])};
  }

  static String[] yuanRow(long[] v) {
    long[] r = {v[0] + v[1] + v[2] + v[3], v[0], v[1] + v[2], v[1], v[2], v[3]};
    String[] s = new String[r.length];
    for (int i = 0; i < r.length; i++) {
      s[i] = r[i] == 0 ? "" : String.valueOf(r[i]);
    }
    return s;
  }

  /** A year-over-year statement rounded honestly: current, |delta|, |percent| (when prior > 0), direction. */
  void change(Concept concept, Coordinates at, String subject, long current, long prior, FiscalPeriod base) {
    long delta = current - prior;
    Direction dir = delta > 0 ? Direction.INCREASE : delta < 0 ? Direction.DECREASE : Direction.FLAT;
    String pct = prior > 0 ? pct(Math.abs(delta), prior, 2) : null;
    d.change(concept, at, subject, wan(current), base, dir, wan(Math.abs(delta)), pct);
  }
}
