package dev.yusuan.rules.internal;

import dev.yusuan.model.AmountFormatException;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.Provenance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 绩效自评表 (a 决算's self-evaluation forms: {@code performance-form} strategy). The reader keeps each scored row
 * as a {@link PerformanceTarget} with its 分值 ({@code weight}) and 得分 ({@code score}): the indicator rows, the
 * 年度资金总额 row (its 执行率 as the actual value, no 指标值) and the 总分 row (level1 = indicator = the printed
 * label, no 指标值). Checked per form (table), only what the form states:
 * <ul>
 *   <li>{@link #scores}: 得分 ≤ 分值 (the weight exact, the score within its printed rounding) and, when the form
 *       prints its 总分, 总分 = Σ 得分 of its other scored rows (each score within its rounding);</li>
 *   <li>{@link #executionRates}: a printed 执行率 = 全年执行数 ÷ 全年预算数 × 100 of the money row it is printed in
 *       (the facts of that row: no PERIOD and PERIOD=FULL_YEAR_BUDGET, computed from their printed rounding).</li>
 * </ul>
 */
public final class SelfEvaluations {
  private SelfEvaluations() {}

  private static final String FULL_YEAR = FiscalPeriod.FULL_YEAR_BUDGET.name();

  /** The scored targets of each form, by table id, in reading order. */
  private static Map<String, List<PerformanceTarget>> forms(Ctx ctx) {
    Map<String, List<PerformanceTarget>> byTable = new LinkedHashMap<>();
    for (PerformanceTarget t : ctx.document().targets()) {
      if (t.provenance().tableId().isPresent() && (t.score().isPresent() || t.weight().isPresent())) {
        byTable.computeIfAbsent(t.provenance().tableId().get(), k -> new ArrayList<>()).add(t);
      }
    }
    return byTable;
  }

  /** The 总分 row: no 指标值, its indicator is its own printed label. */
  static boolean isTotal(PerformanceTarget t) {
    return t.value().isEmpty() && t.level2().isEmpty() && !t.indicator().isEmpty()
        && t.indicator().equals(t.level1());
  }

  public static void scores(Ctx ctx) {
    ctx.plainUnit("分");
    for (List<PerformanceTarget> form : forms(ctx).values()) {
      PerformanceTarget total = null;
      List<PerformanceTarget> parts = new ArrayList<>();
      for (PerformanceTarget t : form) {
        if (t.weight().isPresent() && t.score().isPresent()) {
          ctx.compare("得分（不超过分值）", "Score (at most its weight)", points(ctx, t), Relation.LE,
              Val.constant(t.weight().get(), false), List.of(t.provenance()), null, null);
        }
        if (isTotal(t)) {
          total = total == null ? t : total;
        } else if (t.score().isPresent()) {
          parts.add(t);
        }
      }
      if (total == null || total.score().isEmpty() || parts.isEmpty()) {
        continue;
      }
      List<Val> terms = new ArrayList<>();
      List<Provenance> where = new ArrayList<>(List.of(total.provenance()));
      for (PerformanceTarget p : parts) {
        terms.add(points(ctx, p));
        where.add(p.provenance());
      }
      ctx.compare("总分（各项得分之和）", "Total score (sum of the scores)", points(ctx, total), Relation.EQ,
          Val.sum(terms), where, null, null);
    }
  }

  /** A printed 得分 within its printed rounding. */
  private static Val points(Ctx ctx, PerformanceTarget t) {
    return ctx.percent(Percentage.of(t.score().get()), t.provenance());
  }

  public static void executionRates(Ctx ctx) {
    ctx.plainUnit("%");
    // the money rows' facts by printed line (table, page, line): the actual and the 全年预算数 of one key
    Map<String, Fact[]> lines = new LinkedHashMap<>();
    for (Fact f : ctx.scopedFacts()) {
      Provenance p = f.provenance();
      if (p.tableId().isEmpty()) {
        continue;
      }
      String period = f.coordinates().getOrNull(FactDimension.PERIOD);
      if (period != null && !period.equals(FULL_YEAR)) {
        continue;
      }
      Fact[] pair = lines.computeIfAbsent(p.tableId().get() + "|" + p.page().orElse(-1) + "|"
          + p.line().orElse(-1) + "|" + f.concept() + "|" + f.coordinates().without(FactDimension.PERIOD),
          k -> new Fact[2]);
      pair[period == null ? 0 : 1] = pair[period == null ? 0 : 1] == null ? f : pair[period == null ? 0 : 1];
    }
    Map<String, List<Fact[]>> byLine = new LinkedHashMap<>();
    for (Map.Entry<String, Fact[]> e : lines.entrySet()) {
      String k = e.getKey();
      String line = k.substring(0, nth(k, '|', 3));
      if (e.getValue()[0] != null && e.getValue()[1] != null) {
        byLine.computeIfAbsent(line, x -> new ArrayList<>()).add(e.getValue());
      }
    }
    for (List<PerformanceTarget> form : forms(ctx).values()) {
      for (PerformanceTarget t : form) {
        Provenance at = t.provenance();
        if (!t.value().isEmpty() || isTotal(t) || t.actualValue().isEmpty()) {
          continue;
        }
        List<Fact[]> pairs = byLine.get(at.tableId().orElse("") + "|" + at.page().orElse(-1) + "|"
            + at.line().orElse(-1));
        if (pairs == null || pairs.size() != 1) {
          continue; // no money of the row read, or several: which pair the rate compares is not read
        }
        Percentage rate;
        try {
          rate = Percentage.parse(t.actualValue());
        } catch (AmountFormatException e) {
          continue;
        }
        Fact[] p = pairs.get(0);
        Val budget = ctx.money(p[1]);
        if (budget.iv().containsZero() || budget.point().signum() == 0) {
          continue; // no budget: no rate
        }
        Val computed = ctx.money(p[0]).dividedBy(budget);
        if (computed == null) {
          continue;
        }
        computed = computed.times(Val.constant(BigDecimal.valueOf(100), false));
        // the rate's own cell: the target's row (it is located at its 得分) with the rate as printed
        Provenance cell = Provenance.builder().from(at).columnHeader(java.util.Optional.empty())
            .columnNumber(java.util.Optional.empty()).text(t.actualValue()).build();
        ctx.compare("执行率（全年执行数 ÷ 全年预算数）", "Execution rate (actual ÷ full-year budget)",
            ctx.percent(rate, cell), Relation.EQ, computed, List.of(cell, p[0].provenance(), p[1].provenance()),
            null, null);
      }
    }
  }

  private static int nth(String s, char c, int n) {
    int i = -1;
    for (int k = 0; k < n; k++) {
      i = s.indexOf(c, i + 1);
    }
    return i;
  }
}
