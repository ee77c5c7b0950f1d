package dev.yusuan.rules.internal;

import dev.yusuan.model.AmountFormatException;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.layout.HeaderLexicon;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 增减额 and 增减率 columns printed beside 上年预算数 and 本年预算数 (一般公共预算支出表, “三公”经费表 …): within one
 * printed row, 增减额 = 本年 − 上年 and 增减率 = 增减额 ÷ 上年 × 100 (computed from the printed 本年 and 上年, so a
 * rate off by what the rounding of those figures explains passes; a miss of one last digit more is a WARNING).
 * 上年 = 0 has no rate: a rate printed there is not checked. A table with one rate column: the row's rate is
 * that of its one pair of 本年 / 上年, or of the one pair with a printed 增减额 (the “三公” table compares every
 * item but prints the change of the 合计). A table with several rate columns (收支总表: one per side): a rate
 * compares the pair whose figures all stand between it and the rate column before it (本年 | 上年 | 增减额 | 增减率
 * on each side). Otherwise which pair a rate compares is not read and it is not checked.
 */
public final class PrintedChanges {
  private PrintedChanges() {}

  private static final String PRIOR = FiscalPeriod.PRIOR_BUDGET.name();
  private static final String CHANGE = FiscalPeriod.CHANGE_FROM_PRIOR_BUDGET.name();

  /** One printed row's figures of one key: 本年, 上年, 增减额. */
  private static final class Pair {
    Fact current;
    Fact prior;
    Fact change;
  }

  public static void check(Ctx ctx) {
    // the figures of each printed row (table, page, line) by key without PERIOD
    Map<String, Map<String, Pair>> rows = new HashMap<>();
    for (Fact f : ctx.scopedFacts()) {
      Provenance p = f.provenance();
      if (p.tableId().isEmpty()) {
        continue;
      }
      String period = f.coordinates().getOrNull(FactDimension.PERIOD);
      if (period != null && !period.equals(PRIOR) && !period.equals(CHANGE)) {
        continue;
      }
      String key = f.concept() + "|" + (period == null ? f.coordinates()
          : f.coordinates().without(FactDimension.PERIOD));
      Pair pair = rows.computeIfAbsent(row(p.tableId().get(), p.page().orElse(-1), p.line().orElse(-1)),
          k -> new java.util.LinkedHashMap<>()).computeIfAbsent(key, k -> new Pair());
      if (period == null) {
        pair.current = pair.current == null ? f : pair.current;
      } else if (period.equals(PRIOR)) {
        pair.prior = pair.prior == null ? f : pair.prior;
      } else {
        pair.change = pair.change == null ? f : pair.change;
      }
    }
    for (Map<String, Pair> row : rows.values()) {
      for (Pair p : row.values()) {
        if (p.change != null && p.current != null && p.prior != null) {
          Val computed = ctx.money(p.current).minus(ctx.money(p.prior));
          ctx.compare("增减额（本年 − 上年）", "Printed change (current − prior)", ctx.money(p.change),
              Relation.EQ, computed, List.of(p.change.provenance(), p.current.provenance(),
                  p.prior.provenance()), null, null);
        }
      }
    }
    rates(ctx, rows);
  }

  /** Where a rate printed in column {@code rc} of row {@code r} of {@code t} stands (a cell, not a fact). */
  static Provenance rateCell(DisclosureTable t, DisclosureTable.Row r, DisclosureTable.Column rc, String text) {
    return Provenance.builder().from(t.provenance()).tableId(t.id()).tableTitle(t.title())
        .rowLabel(r.label()).rowCode(r.code()).page(r.page()).line(r.line()).columnHeader(rc.header())
        .columnNumber(rc.number()).text(text).build();
  }

  private static String row(String table, int page, int line) {
    return table + "|" + page + "|" + line;
  }

  /** The rate cells of the tables in scope against the row's one pair of 本年 / 上年. */
  private static void rates(Ctx ctx, Map<String, Map<String, Pair>> rows) {
    ctx.plainUnit("%");
    for (DisclosureTable t : ctx.tables()) {
      List<DisclosureTable.Column> rateColumns = new ArrayList<>();
      for (DisclosureTable.Column c : t.columns()) {
        if (HeaderLexicon.isRateHeader(c.headerPath())) {
          rateColumns.add(c);
        }
      }
      Map<String, Integer> columnIndex = new HashMap<>();
      for (DisclosureTable.Column c : t.columns()) {
        columnIndex.merge(c.header(), c.index(), (a, b) -> -1); // a header printed twice: its place is unknown
      }
      for (int k = 0; k < rateColumns.size(); k++) {
        // one rate column: every pair of the row; several: the pairs printed between it and the one before it
        int from = rateColumns.size() == 1 ? Integer.MIN_VALUE : k == 0 ? -1 : rateColumns.get(k - 1).index();
        int to = rateColumns.size() == 1 ? Integer.MAX_VALUE : rateColumns.get(k).index();
        rates(ctx, rows, t, rateColumns.get(k), p -> between(columnIndex, p, from, to));
      }
    }
  }

  /** Whether every figure of the pair was read from a column strictly between {@code from} and {@code to}. */
  private static boolean between(Map<String, Integer> columnIndex, Pair p, int from, int to) {
    if (from == Integer.MIN_VALUE) {
      return true;
    }
    for (Fact f : new Fact[] {p.current, p.prior, p.change}) {
      if (f == null) {
        continue;
      }
      int i = columnIndex.getOrDefault(f.provenance().columnHeader().orElse(""), -1);
      if (i <= from || i >= to) {
        return false;
      }
    }
    return true;
  }

  /** The cells of one rate column against the row's pair ({@code mine}: the pairs that column may compare). */
  private static void rates(Ctx ctx, Map<String, Map<String, Pair>> rows, DisclosureTable t,
      DisclosureTable.Column rc, java.util.function.Predicate<Pair> mine) {
    for (DisclosureTable.Row r : t.rows()) {
      String text = r.cell(rc.index()).strip();
      if (text.isEmpty() || text.equals("-") || text.equals("—")) {
        continue;
      }
      Map<String, Pair> figures = rows.get(row(t.id(), r.page().orElse(-1), r.line().orElse(-1)));
      List<Pair> compared = figures == null ? List.of() : figures.values().stream()
          .filter(p -> p.prior != null && p.current != null && mine.test(p)).toList();
      if (compared.size() > 1) {
        // several pairs in the row (the “三公” items): the rate is that of the one pair with a printed 增减额
        compared = compared.stream().filter(p -> p.change != null).toList();
      }
      Provenance at = rateCell(t, r, rc, text);
      Percentage rate;
      try {
        rate = Percentage.parse(text);
      } catch (AmountFormatException e) {
        ctx.emit(Severity.WARNING, "增减率不是数字，未核对: " + text, "the printed rate is not a number; not checked: "
            + text, List.of(at));
        continue;
      }
      if (compared.size() != 1) {
        continue;
      }
      Pair p = compared.get(0);
      Val prior = ctx.money(p.prior);
      if (prior.iv().containsZero() || prior.point().signum() == 0) {
        continue; // 上年 = 0 (or within rounding of it): no rate
      }
      Val change = p.change != null ? ctx.money(p.change) : ctx.money(p.current).minus(prior);
      Val computed = change.dividedBy(prior);
      if (computed == null) {
        continue;
      }
      computed = computed.times(Val.constant(BigDecimal.valueOf(100), false));
      List<Provenance> where = new ArrayList<>(List.of(at, p.current.provenance(), p.prior.provenance()));
      if (p.change != null) {
        where.add(1, p.change.provenance());
      }
      ctx.compare("增减率（增减额 ÷ 上年）", "Printed rate (change ÷ prior)", ctx.percent(rate, at), Relation.EQ,
          computed, where, null, null);
    }
  }
}
