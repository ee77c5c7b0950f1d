package dev.yusuan.rules.internal;

import dev.yusuan.model.AmountFormatException;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.layout.HeaderLexicon;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A 决算's 决算数为预算数的% (决算数占预算数%, 完成预算%) column beside 年初预算数 (PERIOD=CURRENT_BUDGET) and the
 * 决算数 (no PERIOD): within one printed row, rate = 决算数 ÷ 年初预算数 × 100, computed from the two printed
 * figures within their rounding (a miss of one last digit more is a WARNING). Checked when the table prints one
 * rate column naming 预算 and the row one pair of figures of the same key; 年初预算数 = 0 has no rate.
 */
public final class PrintedRates {
  private PrintedRates() {}

  private static final String BUDGET = FiscalPeriod.CURRENT_BUDGET.name();

  public static void check(Ctx ctx) {
    // the figures of each printed row (table, page, line) by key without PERIOD: {决算数, 年初预算数}
    Map<String, Map<String, Fact[]>> rows = new HashMap<>();
    for (Fact f : ctx.scopedFacts()) {
      Provenance p = f.provenance();
      String period = f.coordinates().getOrNull(FactDimension.PERIOD);
      if (p.tableId().isEmpty() || period != null && !period.equals(BUDGET)) {
        continue;
      }
      Fact[] pair = rows.computeIfAbsent(p.tableId().get() + "|" + p.page().orElse(-1) + "|" + p.line().orElse(-1),
          k -> new java.util.LinkedHashMap<>()).computeIfAbsent(f.concept() + "|"
          + f.coordinates().without(FactDimension.PERIOD), k -> new Fact[2]);
      int i = period == null ? 0 : 1;
      pair[i] = pair[i] == null ? f : pair[i];
    }
    ctx.plainUnit("%");
    for (DisclosureTable t : ctx.tables()) {
      List<DisclosureTable.Column> rateColumns = new ArrayList<>();
      for (DisclosureTable.Column c : t.columns()) {
        if (HeaderLexicon.isRateHeader(c.headerPath()) && String.join("", c.headerPath()).contains("预算")) {
          rateColumns.add(c);
        }
      }
      if (rateColumns.size() != 1) {
        continue;
      }
      DisclosureTable.Column rc = rateColumns.get(0);
      for (DisclosureTable.Row r : t.rows()) {
        String text = r.cell(rc.index()).strip();
        Map<String, Fact[]> figures = rows.get(t.id() + "|" + r.page().orElse(-1) + "|" + r.line().orElse(-1));
        List<Fact[]> pairs = figures == null ? List.of()
            : figures.values().stream().filter(p -> p[0] != null && p[1] != null).toList();
        if (text.isEmpty() || text.equals("-") || text.equals("—") || pairs.size() != 1) {
          continue;
        }
        Provenance at = PrintedChanges.rateCell(t, r, rc, text);
        Percentage rate;
        try {
          rate = Percentage.parse(text);
        } catch (AmountFormatException e) {
          ctx.emit(dev.yusuan.model.Severity.WARNING, "决算数为预算数的%不是数字，未核对: " + text,
              "the printed rate is not a number; not checked: " + text, List.of(at));
          continue;
        }
        Fact[] p = pairs.get(0);
        Val budget = ctx.money(p[1]);
        if (budget.iv().containsZero() || budget.point().signum() == 0) {
          continue;
        }
        Val computed = ctx.money(p[0]).dividedBy(budget);
        if (computed != null) {
          ctx.compare("决算数为预算数的%（决算数 ÷ 年初预算数）", "Printed rate (actual ÷ initial budget)",
              ctx.percent(rate, at), Relation.EQ, computed.times(Val.constant(BigDecimal.valueOf(100), false)),
              List.of(at, p[0].provenance(), p[1].provenance()), null, null);
        }
      }
    }
  }
}
