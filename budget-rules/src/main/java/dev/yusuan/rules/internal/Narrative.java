package dev.yusuan.rules.internal;

import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Direction;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactKey;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.HierarchyMember;
import dev.yusuan.model.Interval;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.ProcurementType;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.ThreePublicItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks of narrative claims: shares, shares adding up, year-over-year statements, implied priors. */
public final class Narrative {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Narrative() {}

  /** The value of a figure: the first table publication, else a narrative one (claims included). */
  static Val figure(Ctx ctx, FactKey key) {
    List<Fact> l = ctx.facts().get(key);
    for (Fact f : l) {
      if (f.provenance().tableId().isPresent()) {
        return ctx.money(f);
      }
    }
    if (!l.isEmpty()) {
      return ctx.money(l.get(0));
    }
    for (Claim c : ctx.document().claims()) {
      if (c.amount().isPresent() && c.concept() == key.concept() && c.coordinates().equals(key.coordinates())) {
        return ctx.money(c.amount().get(), c.provenance());
      }
    }
    return null;
  }

  static Val part(Ctx ctx, Claim c) {
    return c.amount().map(a -> ctx.money(a, c.provenance()))
        .orElseGet(() -> figure(ctx, new FactKey(c.concept(), c.coordinates())));
  }

  // ------------------------------------------------------------------------------------ shares

  /** Each stated share equals part / whole (intervals). */
  public static void shares(Ctx ctx) {
    ctx.plainUnit("%");
    for (Map.Entry<FactKey, List<Claim>> g : shareGroups(ctx)) {
      Val whole = figure(ctx, g.getKey());
      if (whole == null) {
        sharesOfAnUnpublishedWhole(ctx, g.getValue());
        continue;
      }
      BigDecimal statedSum = BigDecimal.ZERO;
      for (Claim c : g.getValue()) {
        statedSum = statedSum.add(c.percent().get().value());
      }
      boolean sumsTo100 = g.getValue().size() > 1 && statedSum.compareTo(HUNDRED) == 0;
      for (Claim c : g.getValue()) {
        Val part = part(ctx, c);
        if (part == null) {
          continue;
        }
        // the locations only for a share that fails
        checkShare(ctx, c, part, whole, () -> {
          List<Provenance> locs = new ArrayList<>();
          locs.add(c.provenance());
          locs.addAll(part.terms().stream().map(Val.Term::at).filter(p -> !p.equals(c.provenance())).toList());
          locs.addAll(whole.terms().stream().map(Val.Term::at).toList());
          return locs;
        }, null, null, sumsTo100 ? g.getValue().size() : 0);
      }
    }
  }

  /**
   * Shares of a whole that no table or statement publishes: each share with its amount implies the
   * whole (amount ÷ share); when those of all shares but one agree and that one's does not, that
   * share is wrong — reported against the whole the others imply. Needs at least three shares, so
   * that the others are at least two that agree; shares that state the whole consistently are quiet.
   */
  static void sharesOfAnUnpublishedWhole(Ctx ctx, List<Claim> all) {
    // a share of (about) 0% says nothing about the whole
    List<Claim> cs = all.stream().filter(c -> c.amount().isPresent()
        && ctx.percent(c.percent().get(), c.provenance()).iv().lo().signum() > 0).toList();
    if (cs.size() < 3) {
      return;
    }
    List<Interval> wholes = new ArrayList<>();
    for (Claim c : cs) {
      Interval share = ctx.percent(c.percent().get(), c.provenance()).iv();
      Interval part = ctx.money(c.amount().get(), c.provenance()).iv();
      wholes.add(part.times(HUNDRED).dividedBy(share));
    }
    for (int i = 0; i < cs.size(); i++) {
      Optional<Interval> others = Optional.empty();
      boolean first = true;
      for (int j = 0; j < cs.size(); j++) {
        if (j == i) {
          continue;
        }
        others = first ? Optional.of(wholes.get(j)) : intersect(others, wholes.get(j));
        first = false;
      }
      if (others.isEmpty() || others.get().intersects(wholes.get(i))) {
        continue;
      }
      Claim c = cs.get(i);
      Val part = ctx.money(c.amount().get(), c.provenance());
      Interval w = others.get();
      List<Val.Term> terms = new ArrayList<>();
      List<Provenance> locs = new ArrayList<>();
      locs.add(c.provenance());
      for (int j = 0; j < cs.size(); j++) {
        if (j != i) {
          terms.add(new Val.Term(cs.get(j).provenance(), 1));
          locs.add(cs.get(j).provenance());
        }
      }
      Val whole = new Val(w, w.midpoint(), part.ulp(), true, terms);
      checkShare(ctx, c, part, whole, () -> locs, "总额未公布；其余 " + (cs.size() - 1) + " 项的金额与占比一致地隐含总额，唯独本项不一致",
          "the whole is not published; the other " + (cs.size() - 1)
              + " shares imply one whole with their amounts, this one does not", 0);
    }
  }

  /** A stated share against part ÷ whole × 100; a failure is graded by the publishing habits. */
  private static void checkShare(Ctx ctx, Claim c, Val part, Val whole,
      java.util.function.Supplier<List<Provenance>> locs, String explainZh, String explainEn, int sharesTo100) {
    Val ratio = part.dividedBy(whole);
    if (ratio == null) {
      return;
    }
    Val computed = ratio.times(Val.constant(HUNDRED, false));
    Val stated = ctx.percent(c.percent().get(), c.provenance());
    Outcome o = Judge.compare(stated, Relation.EQ, computed, BigDecimal.ZERO);
    if (!o.pass()) {
      emitHabit(ctx, "“" + c.subject() + "”占比", "Share of \"" + c.subject() + "\"", stated, Relation.EQ,
          computed, o, locs.get(), explainZh, explainEn, sharesTo100);
    }
  }

  private static Optional<Interval> intersect(Optional<Interval> a, Interval b) {
    return a.flatMap(x -> x.intersection(b));
  }

  /** Stated shares of one whole that partition it add up to 100% (at most 100% otherwise). */
  public static void sharesAddUp(Ctx ctx) {
    ctx.plainUnit("%");
    for (Map.Entry<FactKey, List<Claim>> g : shareGroups(ctx)) {
      List<Claim> cs = g.getValue();
      if (cs.size() < 2) {
        continue;
      }
      Val whole = figure(ctx, g.getKey());
      Val parts = null;
      Val pct = null;
      List<Provenance> locs = new ArrayList<>();
      boolean allParts = true;
      for (Claim c : cs) {
        Val p = part(ctx, c);
        if (p == null) {
          allParts = false;
        } else {
          parts = parts == null ? p : parts.plus(p);
        }
        Val s = ctx.percent(c.percent().get(), c.provenance());
        pct = pct == null ? s : pct.plus(s);
        locs.add(c.provenance());
      }
      boolean partition = allParts && whole != null && parts != null && parts.iv().intersects(whole.iv());
      Val hundred = Val.constant(HUNDRED, false);
      ctx.compare("“" + cs.get(0).subject() + "”等 " + cs.size() + " 项占比之和",
          "The " + cs.size() + " shares starting with \"" + cs.get(0).subject() + "\" add up",
          pct, partition ? Relation.EQ : Relation.LE, hundred, locs,
          partition ? "各项金额之和等于总额，占比之和应为 100%" : null,
          partition ? "the parts add up to the whole, so their shares should add up to 100%" : null);
    }
  }

  /**
   * Share claims grouped by their whole and by the dimensions along which they split it: shares of
   * one whole by 支出用途 (SPENDING_TYPE) and by 资金来源 (FUND_SOURCE) are separate breakdowns.
   */
  private static List<Map.Entry<FactKey, List<Claim>>> shareGroups(Ctx ctx) {
    Map<Object, FactKey> wholes = new LinkedHashMap<>();
    Map<Object, List<Claim>> byGroup = new LinkedHashMap<>();
    TextKeys keys = TextKeys.of(ctx.document().claims());
    for (Claim c : ctx.document().claims()) {
      if (c.kind() != ClaimKind.SHARE || c.percent().isEmpty() || c.whole().isEmpty()) {
        continue;
      }
      FactKey whole = new FactKey(c.concept(), c.whole().get());
      // the dimensions it splits along: by 支出用途 and by 资金来源 are two breakdowns
      java.util.TreeSet<FactDimension> split = new java.util.TreeSet<>();
      for (FactDimension d : c.coordinates().dimensions()) {
        if (!c.coordinates().get(d).equals(c.whole().get().get(d))) {
          split.add(d);
        }
      }
      Object id = keys.key(whole, split);
      wholes.putIfAbsent(id, whole);
      List<Claim> g = byGroup.computeIfAbsent(id, k -> new ArrayList<>());
      if (g.stream().noneMatch(x -> x.coordinates().equals(c.coordinates()))) {
        g.add(c);
      }
    }
    List<Map.Entry<FactKey, List<Claim>>> groups = new ArrayList<>();
    byGroup.forEach((id, l) -> {
      // a part containing another part of the same group (财政拨款 ⊃ 一般公共预算) is no part of the
      // same breakdown: it stands alone
      List<Claim> parts = new ArrayList<>();
      for (Claim c : l) {
        if (l.stream().anyMatch(x -> x != c && contains(c, x))) {
          groups.add(Map.entry(wholes.get(id), List.of(c)));
        } else {
          parts.add(c);
        }
      }
      if (!parts.isEmpty()) {
        groups.add(Map.entry(wholes.get(id), parts));
      }
    });
    return groups;
  }

  // ------------------------------------------------------------------------------------ changes

  /** What a change claim implies about the prior-year figure. */
  public record Prior(Claim claim, FactKey key, Val current, Interval prior) {}

  /** Delta, percent and direction word are consistent with each other and with published prior figures. */
  public static void changes(Ctx ctx) {
    ctx.plainUnit("%");
    for (Claim c : ctx.document().claims()) {
      if (c.kind() != ClaimKind.CHANGE) {
        continue;
      }
      Val cur = part(ctx, c);
      if (cur == null) {
        continue;
      }
      Direction dir = c.direction().orElse(null);
      Optional<Val> delta = c.delta().map(d -> ctx.money(d, c.provenance()));
      Optional<Val> pct = c.percent().map(p -> ctx.percent(p, c.provenance()));
      String subj = "“" + c.subject() + "”";
      if (dir == Direction.FLAT) {
        delta.ifPresent(d -> habitCompare(ctx, subj + "持平但变动额", subj + " is stated flat but its change", d,
            Relation.EQ, Val.constant(BigDecimal.ZERO, true), List.of(c.provenance()), null, null));
        pct.ifPresent(p -> habitCompare(ctx, subj + "持平但变动率", subj + " is stated flat but its percent change", p,
            Relation.EQ, Val.constant(BigDecimal.ZERO, false), List.of(c.provenance()), null, null));
        continue;
      }
      if (dir == null) {
        continue;
      }
      int s = dir == Direction.INCREASE ? 1 : -1;
      if (delta.isPresent() && pct.isPresent()) {
        Val d = delta.get();
        Interval p = percentFromDelta(cur.iv(), d.iv(), s);
        if (p == null) {
          continue;
        }
        BigDecimal priorPoint = cur.point().subtract(d.point().multiply(BigDecimal.valueOf(s)));
        if (priorPoint.signum() <= 0) {
          continue;
        }
        BigDecimal pp = d.point().multiply(HUNDRED).divide(priorPoint, 12, RoundingMode.HALF_EVEN);
        Val computed = new Val(p, pp, BigDecimal.ZERO, false, List.of());
        // the words (with the current figure formatted) only for a percent change that disagrees
        Lazily.compare(ctx, pct.get(), Relation.EQ, computed, o -> emitHabit(ctx,
            subj + "的变动率（" + (s > 0 ? "增长" : "下降") + " " + c.percent().get().format()
                + "）与变动额 " + c.delta().get() + " 及本年数 " + Fmt.amount(cur.point(), true, ctx.unit())
                + " 所隐含的上年数",
            subj + ": the percent change " + c.percent().get().format() + " vs the change "
                + c.delta().get() + " over the prior year implied by the current figure",
            pct.get(), Relation.EQ, computed, o, List.of(c.provenance()), null, null, 0));
      }
      // against a published prior-year figure: only a statement about last year (or 年初预算)
      FiscalPeriod base = c.basePeriod().get();
      Val prior = !againstTheDocumentsBase(ctx, c) ? null
          : figure(ctx, new FactKey(c.concept(), c.coordinates().with(FactDimension.PERIOD, base.name())));
      if (prior != null) {
        // the base figure of a table (not one the narrative states itself: 较上年的 B 万元)
        boolean unsure = unsureBase(ctx, c, base)
            && prior.terms().stream().anyMatch(t -> t.at().tableId().isPresent());
        String whyZh = unsure ? UNSURE_BASE_ZH : null;
        String whyEn = unsure ? UNSURE_BASE_EN : null;
        if (delta.isPresent()) {
          Val computed = s > 0 ? cur.minus(prior) : prior.minus(cur);
          List<Provenance> locs = new ArrayList<>();
          locs.add(c.provenance());
          prior.terms().forEach(t -> locs.add(t.at()));
          habitCompare(ctx, subj + "的变动额与公布的" + base.zh(), subj + ": the stated change vs the published " + base,
              delta.get(), Relation.EQ, computed, locs, whyZh, whyEn, unsure);
        }
        if (pct.isPresent() && !prior.iv().containsZero()) {
          Val ch = (s > 0 ? cur.minus(prior) : prior.minus(cur)).dividedBy(prior);
          if (ch != null) {
            habitCompare(ctx, subj + "的变动率与公布的" + base.zh(), subj + ": the percent change vs the published " + base,
                pct.get(), Relation.EQ, ch.times(Val.constant(HUNDRED, false)), List.of(c.provenance()), whyZh,
                whyEn, unsure);
          }
        }
      }
    }
  }

  private static final String UNSURE_BASE_ZH =
      "说明只写“上年”“去年”或“同比”，未写明比较的是上年预算数还是上年执行数：比较基数不确定，降为警告";
  private static final String UNSURE_BASE_EN = "the statement says only 上年 / 去年 / 同比, not whether it compares with"
      + " last year's budget or last year's actual: the base is not certain, lowered to a warning";

  /**
   * Whether the base of a change in a budget is unsure: a 部门预算 or 单位预算 comparing with 上年 (去年,
   * 同比) without saying 执行 or 决算 is read as last year's actual, but may mean last year's budget. A
   * disagreement with the published figure is then one severity lower and says so; the statement's
   * own numbers (its amount, change and percent) are checked as before.
   */
  static boolean unsureBase(Ctx ctx, Claim c, FiscalPeriod base) {
    if (base != FiscalPeriod.PRIOR_ACTUAL || ctx.document().kind() == dev.yusuan.model.DocumentKind.FINAL_ACCOUNT) {
      return false;
    }
    String text = c.provenance().text().orElse("");
    return !text.contains("执行") && !text.contains("决算");
  }

  /**
   * Whether a change compares with the year its base period stands for: last year for 上年 (and
   * 上年预算, 上年执行数), this year for 年初预算. A change that names no year does; one that names
   * another year (比2021年 in a 2024 document), or any year in a document whose year is unknown, does
   * not, and is checked only on its own numbers.
   */
  public static boolean againstTheDocumentsBase(Ctx ctx, Claim c) {
    if (c.baseYear().isEmpty()) {
      return true;
    }
    int year = ctx.document().year();
    // this year's budget is a base of a 决算 only; a budget compared with itself names the wrong year
    boolean current = c.basePeriod().orElse(FiscalPeriod.PRIOR_ACTUAL) == FiscalPeriod.CURRENT_BUDGET
        && ctx.document().kind() == dev.yusuan.model.DocumentKind.FINAL_ACCOUNT;
    return year > 0 && c.baseYear().getAsInt() == (current ? year : year - 1);
  }

  /**
   * A change that names a year other than the one its base stands for ("比2021年增加…" in a 2024
   * budget: 2021 is not last year) is reported, and not checked against last year's figures.
   */
  public static void baseYears(Ctx ctx) {
    int year = ctx.document().year();
    for (Claim c : ctx.document().claims()) {
      if (c.kind() != ClaimKind.CHANGE || againstTheDocumentsBase(ctx, c)) {
        continue;
      }
      int named = c.baseYear().getAsInt();
      String subj = "“" + c.subject() + "”";
      if (year <= 0) {
        ctx.emit(null, subj + "与 " + named + " 年比较，但文档年度未知：无法确认是否为上年",
            subj + " is compared with " + named + " but the document's year is unknown: it may not be last year",
            List.of(c.provenance()));
      } else {
        boolean current = c.basePeriod().orElse(null) == FiscalPeriod.CURRENT_BUDGET
            && ctx.document().kind() == dev.yusuan.model.DocumentKind.FINAL_ACCOUNT;
        ctx.emit(null, subj + "与 " + named + " 年比较，而文档是 " + year + " 年的（"
                + (current ? "年初预算应为 " + year : "上年应为 " + (year - 1)) + " 年）：未按上年数核对",
            subj + " is compared with " + named + " but the document is for " + year + " (its "
                + (current ? "budget year is " + year : "previous year is " + (year - 1))
                + "): not checked against last year's figures",
            List.of(c.provenance()));
      }
    }
  }

  /**
   * A change statement checked on its own numbers, without any table: an increase larger than the
   * amount implies a negative prior year; a decrease of more than 100% a negative current figure; and
   * statements of one figure against one base in one section that give opposite directions
   * (减少为 0.00 万元，与上年持平; 增加 5 万元，与上年持平).
   */
  public static void selfContradictions(Ctx ctx) {
    ctx.plainUnit("%");
    Map<String, List<Claim>> byFigure = new LinkedHashMap<>();
    for (Claim c : ctx.document().claims()) {
      if (c.kind() != ClaimKind.CHANGE || c.direction().isEmpty()) {
        continue;
      }
      String subj = "“" + c.subject() + "”";
      Direction dir = c.direction().get();
      if (dir == Direction.INCREASE && c.amount().isPresent() && c.delta().isPresent()) {
        Val delta = ctx.money(c.delta().get(), c.provenance());
        Val cur = ctx.money(c.amount().get(), c.provenance());
        ctx.compare(subj + "的增加额不大于本年数", subj + ": the increase is at most the current figure",
            delta, Relation.LE, cur, List.of(c.provenance()),
            "增加额大于本年数，意味着上年数为负（本年数 − 增加额 < 0）",
            "an increase larger than the current figure means the prior year was negative");
      }
      if (dir == Direction.DECREASE && c.percent().isPresent()) {
        ctx.compare(subj + "的下降率不超过 100%", subj + ": a decrease of at most 100%",
            ctx.percent(c.percent().get(), c.provenance()), Relation.LE,
            Val.constant(HUNDRED, false), List.of(c.provenance()),
            "下降超过 100% 意味着本年数为负", "a decrease of more than 100% means a negative current figure");
      }
      String key = c.concept() + "|" + c.coordinates() + "|" + c.basePeriod().get() + "|" + c.baseYear() + "|"
          + c.provenance().section().orElse("");
      byFigure.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    for (List<Claim> l : byFigure.values()) {
      for (int i = 0; i < l.size(); i++) {
        for (int j = i + 1; j < l.size(); j++) {
          Claim a = l.get(i);
          Claim b = l.get(j);
          if (opposite(ctx, a, b)) {
            ctx.emit(null, "“" + a.subject() + "”同时说明为“" + word(a.direction().get()) + "”和“"
                    + word(b.direction().get()) + "”（同一比较基数：" + a.basePeriod().get().zh() + "）",
                "\"" + a.subject() + "\" is stated both as " + a.direction().get().name().toLowerCase()
                    + " and as " + b.direction().get().name().toLowerCase() + " against the same base ("
                    + a.basePeriod().get() + ")",
                a.provenance().equals(b.provenance()) ? List.of(a.provenance())
                    : List.of(a.provenance(), b.provenance()));
          }
        }
      }
    }
  }

  private static String word(Direction d) {
    return switch (d) {
      case INCREASE -> "增加";
      case DECREASE -> "减少";
      case FLAT -> "持平";
    };
  }

  /** Whether two direction statements of one figure contradict each other. */
  private static boolean opposite(Ctx ctx, Claim a, Claim b) {
    Direction x = a.direction().get();
    Direction y = b.direction().get();
    if (x == y) {
      return false;
    }
    if (x == Direction.FLAT || y == Direction.FLAT) {
      // 增加 0.00 万元，与上年持平 is no contradiction: the change may be zero within rounding
      Claim moved = x == Direction.FLAT ? b : a;
      boolean zeroDelta = moved.delta().map(d -> ctx.money(d, moved.provenance()).iv().containsZero())
          .orElse(false);
      boolean zeroPct = moved.percent().map(p -> ctx.percent(p, moved.provenance()).iv().containsZero())
          .orElse(false);
      return !zeroDelta && !zeroPct;
    }
    return true;
  }

  /** D/(C − sD) × 100 over the intervals, by monotonicity (exact corners, no dependency widening). */
  static Interval percentFromDelta(Interval c, Interval d, int s) {
    BigDecimal dlo = d.lo().max(BigDecimal.ZERO);
    BigDecimal dhi = d.hi();
    BigDecimal denLo = s > 0 ? c.hi().subtract(dlo) : c.hi().add(dlo);
    BigDecimal denHi = s > 0 ? c.lo().subtract(dhi) : c.lo().add(dhi);
    if (denLo.signum() <= 0 || denHi.signum() <= 0 || dhi.signum() < 0) {
      return null;
    }
    BigDecimal lo = dlo.multiply(HUNDRED).divide(denLo, 12, RoundingMode.FLOOR);
    BigDecimal hi = dhi.multiply(HUNDRED).divide(denHi, 12, RoundingMode.CEILING);
    return lo.compareTo(hi) <= 0 ? Interval.of(lo, hi) : Interval.of(hi, lo);
  }

  /** The prior-year interval a change claim implies (null when it cannot be derived). */
  static Prior implied(Ctx ctx, Claim c) {
    Val cur = part(ctx, c);
    if (cur == null || c.direction().isEmpty()) {
      return null;
    }
    Direction dir = c.direction().get();
    FactKey key = new FactKey(c.concept(), c.coordinates());
    if (dir == Direction.FLAT) {
      return new Prior(c, key, cur, cur.iv());
    }
    int s = dir == Direction.INCREASE ? 1 : -1;
    Interval fromDelta = c.delta().map(d -> {
      Interval di = ctx.money(d, c.provenance()).iv();
      return s > 0 ? cur.iv().minus(di) : cur.iv().plus(di);
    }).orElse(null);
    Interval fromPct = c.percent().map(p -> {
      Interval r = ctx.percent(p, c.provenance()).iv();
      BigDecimal a = BigDecimal.ONE.add(r.lo().multiply(BigDecimal.valueOf(s)).movePointLeft(2));
      BigDecimal b = BigDecimal.ONE.add(r.hi().multiply(BigDecimal.valueOf(s)).movePointLeft(2));
      Interval factor = Interval.of(a.min(b), a.max(b));
      return factor.containsZero() || factor.lo().signum() < 0 ? null : cur.iv().dividedBy(factor);
    }).orElse(null);
    Interval prior = fromDelta == null ? fromPct
        : fromPct == null ? fromDelta : fromDelta.intersection(fromPct).orElse(fromDelta);
    return prior == null ? null : new Prior(c, key, cur, prior);
  }

  /**
   * Statements that imply the same prior-year figure agree: two statements about the same figure, and a
   * total against its items (e.g. “三公”经费 against 因公出国, 公务用车, 公务接待: the total's prior
   * equals the sum of the items' priors; an item with no statement may have had any prior ≥ 0).
   */
  public static void impliedPriors(Ctx ctx) {
    ctx.plainUnit("%");
    Map<Object, List<Prior>> byKey = new LinkedHashMap<>();
    TextKeys keys = TextKeys.of(ctx.document().claims());
    for (Claim c : ctx.document().claims()) {
      if (c.kind() == ClaimKind.CHANGE) {
        Prior p = implied(ctx, c);
        if (p != null && againstTheDocumentsBase(ctx, c)) {
          byKey.computeIfAbsent(keys.key(p.key(), c.basePeriod().get()), k -> new ArrayList<>()).add(p);
        }
      }
    }
    for (List<Prior> l : byKey.values()) {
      Prior first = l.get(0);
      for (Prior p : l.subList(1, l.size())) {
        Val reported = priorVal(p);
        Val computed = priorVal(first);
        Lazily.compare(ctx, reported, Relation.EQ, computed, o -> ctx.emitComparison(
            "“" + p.claim().subject() + "”与“" + first.claim().subject() + "”隐含的上年数",
            "The prior-year figures implied by \"" + p.claim().subject() + "\" and \"" + first.claim().subject()
                + "\"",
            reported, Relation.EQ, computed, o, List.of(p.claim().provenance(), first.claim().provenance()),
            null, null, null));
      }
    }
    FactDimension[] dims = {FactDimension.THREE_PUBLIC_ITEM, FactDimension.SPENDING_TYPE, FactDimension.PROCUREMENT_TYPE,
        FactDimension.FUND_SOURCE};
    for (List<Prior> l : byKey.values()) {
      Prior total = l.get(0);
      FiscalPeriod base = total.claim().basePeriod().get();
      for (FactDimension d : dims) {
        List<? extends HierarchyMember> kids = childrenOf(d, total.key().coordinates().getOrNull(d));
        if (kids.isEmpty()) {
          continue;
        }
        Val sum = Val.constant(BigDecimal.ZERO, true);
        boolean open = false;
        int known = 0;
        List<Provenance> locs = new ArrayList<>();
        locs.add(total.claim().provenance());
        for (HierarchyMember m : kids) {
          FactKey k = new FactKey(total.key().concept(), total.key().coordinates().with(d, m.name()));
          List<Prior> ps = byKey.get(keys.key(k, base));
          if (ps == null) {
            open = true;
            continue;
          }
          known++;
          sum = sum.plus(priorVal(ps.get(0)));
          locs.add(ps.get(0).claim().provenance());
        }
        if (known == 0) {
          continue;
        }
        Val reported = priorVal(total);
        Relation rel = open ? Relation.GE : Relation.EQ;
        Val computed = sum;
        boolean someOpen = open;
        Lazily.compare(ctx, reported, rel, computed, o -> ctx.emitComparison(
            "“" + total.claim().subject() + "”隐含的" + base.zh() + "与各项隐含的" + base.zh() + "之和",
            "The " + base + " implied for \"" + total.claim().subject() + "\" vs the sum of its items' implied "
                + base,
            reported, rel, computed, o, locs,
            someOpen ? "未说明变动的项目的上年数未知（≥ 0），只检查总额不小于已知各项之和" : null,
            someOpen ? "items without a stated change may have had any prior figure ≥ 0, so the total is only required"
                + " to be at least the sum of the known items" : null, null));
      }
    }
  }

  static Val priorVal(Prior p) {
    return new Val(p.prior(), p.prior().midpoint(), p.current().ulp(), true,
        List.of(new Val.Term(p.claim().provenance(), 0)));
  }

  /** Whether the part {@code outer} contains the part {@code inner} (same dimensions, wider members). */
  static boolean contains(Claim outer, Claim inner) {
    if (!outer.coordinates().dimensions().equals(inner.coordinates().dimensions())) {
      return false;
    }
    boolean wider = false;
    for (FactDimension d : outer.coordinates().dimensions()) {
      String o = outer.coordinates().getOrNull(d);
      String i = inner.coordinates().getOrNull(d);
      if (o.equals(i)) {
        continue;
      }
      if (!isAncestor(d, o, i)) {
        return false;
      }
      wider = true;
    }
    return wider;
  }

  static boolean isAncestor(FactDimension d, String ancestor, String member) {
    if (digits(ancestor) && digits(member)) {
      return member.length() > ancestor.length() && member.startsWith(ancestor);
    }
    HierarchyMember[] all = switch (d) {
      case THREE_PUBLIC_ITEM -> ThreePublicItem.values();
      case SPENDING_TYPE -> SpendingType.values();
      case PROCUREMENT_TYPE -> ProcurementType.values();
      case FUND_SOURCE -> FundSource.values();
      default -> new HierarchyMember[0];
    };
    for (HierarchyMember m : all) {
      if (m.name().equals(member)) {
        for (Optional<? extends HierarchyMember> p = m.parent(); p.isPresent(); p = p.get().parent()) {
          if (p.get().name().equals(ancestor)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@code s.matches("\\d+")} without compiling the pattern: one or more ASCII digits. */
  static boolean digits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static List<? extends HierarchyMember> childrenOf(FactDimension d, String member) {
    HierarchyMember[] all = switch (d) {
      case THREE_PUBLIC_ITEM -> ThreePublicItem.values();
      case SPENDING_TYPE -> SpendingType.values();
      case PROCUREMENT_TYPE -> ProcurementType.values();
      case FUND_SOURCE -> FundSource.values();
      default -> new HierarchyMember[0];
    };
    List<HierarchyMember> out = new ArrayList<>();
    for (HierarchyMember m : all) {
      String p = m.parent().map(HierarchyMember::name).orElse(null);
      if (java.util.Objects.equals(p, member) && m.addend()) {
        out.add(m);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------------ "三公" detail

  /** The measures of the "三公" detail, per item: what is counted, as the extractor names it. */
  private static final Map<ThreePublicItem, List<String>> DETAIL = Map.of(
      ThreePublicItem.OUTBOUND_TRAVEL, List.of("团组", "人次"),
      ThreePublicItem.RECEPTION, List.of("批次", "人次"),
      ThreePublicItem.VEHICLE_PURCHASE, List.of("辆"),
      ThreePublicItem.VEHICLE_OPERATION, List.of("辆"));

  /**
   * The "三公" detail (团组数/人次, 接待批次/人次, 购置数, 保有量) against the costs and itself: a
   * cost with no groups, batches, persons or vehicles, or groups and persons with no cost (WARNING:
   * the detail may count what another fund paid); fewer persons than groups or batches (ERROR: the
   * narrative contradicts itself, a WARNING when a count has two values); one count stated with two
   * values (WARNING: the second may count a part or another period); and, in a 决算 that
   * states an item's cost, the detail its template asks for missing (WARNING).
   */
  public static void threePublicCounts(Ctx ctx) {
    Map<String, List<Claim>> counts = new LinkedHashMap<>();
    java.util.Set<ThreePublicItem> stated = java.util.EnumSet.noneOf(ThreePublicItem.class);
    for (Claim c : ctx.document().claims()) {
      if (c.concept() != dev.yusuan.model.Concept.THREE_PUBLIC) {
        continue;
      }
      String item = c.coordinates().getOrNull(FactDimension.THREE_PUBLIC_ITEM);
      if (item == null) {
        continue;
      }
      if (c.kind() == ClaimKind.COUNT && c.count().isPresent() && c.countUnit().isPresent()) {
        counts.computeIfAbsent(item + "|" + c.countUnit().get(), k -> new ArrayList<>()).add(c);
      } else if (c.kind() == ClaimKind.AMOUNT && c.coordinates().getOrNull(FactDimension.PERIOD) == null) {
        stated.add(ThreePublicItem.valueOf(item));
      }
    }
    for (Map.Entry<ThreePublicItem, List<String>> e : DETAIL.entrySet()) {
      ThreePublicItem item = e.getKey();
      FactKey key = new FactKey(dev.yusuan.model.Concept.THREE_PUBLIC,
          dev.yusuan.model.Coordinates.of(FactDimension.THREE_PUBLIC_ITEM, item));
      Val cost = figure(ctx, key);
      Claim persons = null;
      Claim groups = null;
      boolean any = false;
      boolean twoValues = false;
      for (String measure : e.getValue()) {
        List<Claim> l = counts.getOrDefault(item.name() + "|" + measure, List.of());
        if (l.isEmpty()) {
          continue;
        }
        any = true;
        Claim c = l.get(0);
        for (Claim other : l.subList(1, l.size())) {
          if (other.count().get().compareTo(c.count().get()) != 0) {
            // a WARNING: the second may count a part (其中…), a budget or another year the sentence names
            twoValues = true;
            ctx.emit(Severity.WARNING, "“" + c.subject() + "”说明为 " + c.count().get().toPlainString() + measure
                    + "，又说明为 " + other.count().get().toPlainString() + measure + "（如非指不同期间或其中部分，则前后矛盾）",
                "\"" + c.subject() + "\" is stated as " + c.count().get().toPlainString() + " and as "
                    + other.count().get().toPlainString() + " (" + measure + "; a contradiction unless one is"
                    + " another period or a part)",
                List.of(c.provenance(), other.provenance()));
          }
        }
        if (measure.equals("人次")) {
          persons = c;
        } else if (!measure.equals("辆") || item == ThreePublicItem.VEHICLE_PURCHASE) {
          groups = c;
        }
        if (cost == null) {
          continue;
        }
        boolean noCount = c.count().get().signum() == 0;
        boolean noCost = cost.point().signum() == 0;
        boolean someCost = cost.iv().lo().signum() > 0;
        boolean held = item == ThreePublicItem.VEHICLE_OPERATION;
        if (someCost && noCount || noCost && !noCount && !held) {
          List<Provenance> locs = new ArrayList<>();
          locs.add(c.provenance());
          cost.terms().forEach(x -> locs.add(x.at()));
          ctx.emit(null, "“" + item.zh() + "”为 " + Fmt.amount(cost.point(), true, ctx.unit()) + "，但“" + c.subject()
                  + "”为 " + c.count().get().toPlainString() + measure,
              "\"" + item.zh() + "\" is " + Fmt.amount(cost.point(), true, ctx.unit()) + " but \"" + c.subject()
                  + "\" is " + c.count().get().toPlainString() + " (" + measure + ")",
              locs);
        }
      }
      if (persons != null && groups != null && persons.count().get().compareTo(groups.count().get()) < 0) {
        // an ERROR only when each count has one value: else which pairs with which is unsure
        ctx.emit(twoValues ? Severity.WARNING : Severity.ERROR, "“" + persons.subject() + "”（" + persons.count().get().toPlainString() + "）少于“"
                + groups.subject() + "”（" + groups.count().get().toPlainString() + "）：每个团组或批次至少一人次",
            "\"" + persons.subject() + "\" (" + persons.count().get().toPlainString() + ") is less than \""
                + groups.subject() + "\" (" + groups.count().get().toPlainString()
                + "): every group or batch has at least one person",
            List.of(persons.provenance(), groups.provenance()));
      }
      if (!any && ctx.document().kind() == dev.yusuan.model.DocumentKind.FINAL_ACCOUNT && stated.contains(item)
          && cost != null && cost.iv().lo().signum() > 0) {
        ctx.emit(null, "决算说明了“" + item.zh() + "”，但未说明" + String.join("、", e.getValue())
                + "（决算公开模板要求列明）",
            "The final account states \"" + item.zh() + "\" but not its " + String.join(" / ", e.getValue())
                + " (the template asks for them)",
            List.of(cost.terms().isEmpty() ? Provenance.of(ctx.document().source()) : cost.terms().get(0).at()));
      }
    }
  }

  // ------------------------------------------------------------------------ publishing habits

  /**
   * Compares like {@link Ctx#compare} but grades a near miss by the publishing habit that explains
   * it (see {@link #emitHabit}).
   */
  static void habitCompare(Ctx ctx, String whatZh, String whatEn, Val reported, Relation rel, Val computed,
      List<Provenance> locs, String explainZh, String explainEn) {
    habitCompare(ctx, whatZh, whatEn, reported, rel, computed, locs, explainZh, explainEn, false);
  }

  /** {@link #habitCompare}, one severity lower when the reading it rests on is {@code unsure}. */
  static void habitCompare(Ctx ctx, String whatZh, String whatEn, Val reported, Relation rel, Val computed,
      List<Provenance> locs, String explainZh, String explainEn, boolean unsure) {
    Outcome o = Judge.compare(reported, rel, computed, ctx.slack(reported));
    if (!o.pass()) {
      emitHabit(ctx, whatZh, whatEn, reported, rel, computed, o, locs, explainZh, explainEn, 0, unsure);
    }
  }

  /**
   * Reports a failed narrative comparison. A near miss (at most one last published digit beyond the
   * rounding allowance) is one severity lower only when a known publishing habit explains it: the
   * shares of one whole were adjusted to add up to exactly 100% (largest remainder;
   * {@code sharesTo100} is the number of such shares, 0 when they do not add up to 100%), or the
   * computed value was truncated instead of rounded to the published scale. Otherwise it is reported
   * at the rule's severity: "增长30%" for 29.15% is not rounding.
   */
  static void emitHabit(Ctx ctx, String whatZh, String whatEn, Val reported, Relation rel, Val computed,
      Outcome o, List<Provenance> locs, String explainZh, String explainEn, int sharesTo100) {
    emitHabit(ctx, whatZh, whatEn, reported, rel, computed, o, locs, explainZh, explainEn, sharesTo100, false);
  }

  /** {@link #emitHabit}, one severity lower when the reading it rests on is {@code unsure}. */
  static void emitHabit(Ctx ctx, String whatZh, String whatEn, Val reported, Relation rel, Val computed,
      Outcome o, List<Provenance> locs, String explainZh, String explainEn, int sharesTo100, boolean unsure) {
    Severity sev = unsure ? Ctx.demote(ctx.rule().severity()) : ctx.rule().severity();
    String zh;
    String en;
    String gap = Fmt.amount(o.gap(), reported.money() || computed.money(), ctx.unit(),
        reported.money() ? "" : "%");
    if (o.nearMiss() && sharesTo100 > 1) {
      sev = Ctx.demote(sev);
      zh = "同一总额的各项占比合计正好为 100%（" + sharesTo100 + " 项），本项偏差不超过一个末位单位："
          + "很可能是为使合计等于 100% 而按最大余数法调整了末位";
      en = "the stated shares of this whole add up to exactly 100% (" + sharesTo100
          + " shares) and this one is off by at most one last digit: most likely adjusted (largest remainder)"
          + " so that the shares add up to 100%";
    } else if (o.nearMiss() && rel == Relation.EQ && truncates(reported, computed)) {
      sev = Ctx.demote(sev);
      zh = "计算值截断（而非四舍五入）到公布的位数正好等于报告值：很可能是截断而非四舍五入所致";
      en = "the computed value truncated (not rounded) to the published digits equals the reported value:"
          + " most likely truncated instead of rounded";
    } else if (o.nearMiss()) {
      zh = "差异超出舍入容许范围不到一个末位单位（" + gap + "），但四舍五入、截断或凑整到 100% 均无法解释";
      en = "the difference exceeds the rounding allowance by at most one last published digit (" + gap
          + "), but neither rounding, truncation nor adjusting shares to 100% explains it";
    } else {
      zh = null;
      en = null;
    }
    if (explainZh != null) {
      zh = zh == null ? explainZh : zh + "。" + explainZh;
      en = en == null ? explainEn : en + ". " + explainEn;
    }
    ctx.emitComparison(whatZh, whatEn, reported, rel, computed, o, locs, zh, en, sev);
  }

  /**
   * Whether some value inside the computed interval, truncated toward zero to the reported value's
   * last digit, equals the reported value.
   */
  static boolean truncates(Val reported, Val computed) {
    BigDecimal p = reported.point();
    BigDecimal step = reported.ulp();
    if (step.signum() <= 0) {
      return false;
    }
    Interval c = computed.iv();
    if (p.signum() > 0) {
      // trunc(x) = p  ⇔  p ≤ x < p + step
      return c.hi().compareTo(p) >= 0 && c.lo().compareTo(p.add(step)) < 0;
    }
    if (p.signum() < 0) {
      return c.lo().compareTo(p) <= 0 && c.hi().compareTo(p.subtract(step)) > 0;
    }
    return false;
  }
}
