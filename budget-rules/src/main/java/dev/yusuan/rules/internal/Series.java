package dev.yusuan.rules.internal;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.CatalogueEntry;
import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.FactKey;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Rule;
import dev.yusuan.rules.TolerancePolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks of two consecutive disclosures of one department: this year's 上年预算数 / 上年执行数
 * columns and its narrative's "比上年…" statements against the figures last year's document
 * published. Function codes renamed between the years are matched through the catalogue.
 */
public final class Series {
  private Series() {}

  /**
   * 上年预算数 (上年执行数) cells of {@code cur} against the own figures of {@code prev}, a budget (a
   * final account). One comparison per figure.
   */
  public static List<Finding> priorColumns(Rule rule, TolerancePolicy tol, BudgetDocument prev, BudgetDocument cur) {
    FiscalPeriod period = prev.kind() == DocumentKind.FINAL_ACCOUNT ? FiscalPeriod.PRIOR_ACTUAL
        : FiscalPeriod.PRIOR_BUDGET;
    List<Ctx.Emitted> sink = new ArrayList<>();
    Ctx ctx = new Ctx(new DocIndex(cur, cur.factSet()), tol, rule, sink);
    DocIndex prevIndex = new DocIndex(prev, prev.factSet());
    Ctx prevCtx = new Ctx(prevIndex, tol, rule, new ArrayList<>());
    Set<String> seen = new HashSet<>();
    for (Fact f : cur.facts()) {
      if (f.provenance().tableId().isEmpty()
          || !period.name().equals(f.coordinates().getOrNull(FactDimension.PERIOD))) {
        continue;
      }
      Coordinates own = f.coordinates().without(FactDimension.PERIOD);
      if (!seen.add(f.concept() + "|" + own)) {
        continue;
      }
      Fact p = published(prev, f.concept(), own, cur.year()).orElse(null);
      if (p == null) {
        continue;
      }
      ctx.compare("本年文档的“" + f.provenance().describe() + "”（" + period.zh() + "）与上年文档公布的数",
          "This year's " + period + " \"" + f.provenance().describe() + "\" vs last year's published figure",
          ctx.money(f), Relation.EQ, prevCtx.money(p), List.of(f.provenance(), p.provenance()),
          period == FiscalPeriod.PRIOR_BUDGET ? "上年预算数应为上年公开的预算数；若列示的是调整预算，应予说明" : null,
          period == FiscalPeriod.PRIOR_BUDGET
              ? "the prior-year budget column should be last year's published budget; an adjusted budget should"
                  + " be explained" : null);
    }
    return sink.stream().map(Ctx.Emitted::finding).toList();
  }

  /**
   * "比上年增加 D 万元，增长 P%" of {@code cur}: the prior-year figure the statement implies against the
   * one {@code prev} published. A statement against 上年预算 compared with last year's budget is
   * judged at the rule's severity; one against 上年 or 上年执行数 compared with last year's budget one
   * step lower (the budget's execution may differ from the budget).
   */
  public static List<Finding> priorStatements(Rule rule, TolerancePolicy tol, BudgetDocument prev,
      BudgetDocument cur) {
    List<Ctx.Emitted> sink = new ArrayList<>();
    Ctx ctx = new Ctx(new DocIndex(cur, cur.factSet()), tol, rule, sink);
    Ctx prevCtx = new Ctx(new DocIndex(prev, prev.factSet()), tol, rule, new ArrayList<>());
    ctx.plainUnit("%");
    boolean prevIsBudget = prev.kind() != DocumentKind.FINAL_ACCOUNT;
    Set<String> seen = new HashSet<>();
    for (Claim c : cur.claims()) {
      if (c.kind() != ClaimKind.CHANGE || c.basePeriod().isEmpty()
          || c.basePeriod().get() == FiscalPeriod.CURRENT_BUDGET
          || c.coordinates().getOrNull(FactDimension.PERIOD) != null
          || c.baseYear().isPresent() && c.baseYear().getAsInt() != prev.year()) {
        // 比2021年… against the 2023 document: another year (narrative.base-year reports it)
        continue;
      }
      Narrative.Prior implied = Narrative.implied(ctx, c);
      if (implied == null || !seen.add(c.concept() + "|" + c.coordinates() + "|" + c.provenance())) {
        continue;
      }
      Optional<Fact> p = published(prev, c.concept(), c.coordinates(), cur.year());
      Val prevVal = p.map(prevCtx::money).orElse(null);
      List<Provenance> locs = new ArrayList<>();
      locs.add(c.provenance());
      if (prevVal == null) {
        // no table figure: last year's narrative may state it
        Claim stated = prev.claims().stream().filter(x -> x.kind() == ClaimKind.AMOUNT && x.amount().isPresent()
            && x.concept() == c.concept() && x.coordinates().equals(c.coordinates())).findFirst().orElse(null);
        if (stated == null) {
          continue;
        }
        prevVal = prevCtx.money(stated.amount().get(), stated.provenance());
        locs.add(stated.provenance());
      } else {
        locs.add(p.get().provenance());
      }
      boolean sameBase = prevIsBudget == (c.basePeriod().get() == FiscalPeriod.PRIOR_BUDGET);
      Val reported = Narrative.priorVal(implied);
      Outcome o = Judge.compare(reported, Relation.EQ, prevVal, ctx.slack(reported));
      if (o.pass()) {
        continue;
      }
      Severity sev = sameBase ? (o.nearMiss() ? Ctx.demote(rule.severity()) : rule.severity())
          : Ctx.demote(rule.severity());
      ctx.emitComparison("“" + c.subject() + "”的变动说明隐含的上年数与上年文档公布的数",
          "The prior-year figure implied by \"" + c.subject() + "\" vs the figure last year's document published",
          reported, Relation.EQ, prevVal, o, locs,
          sameBase ? null : "说明的比较基数为“" + c.basePeriod().get().zh() + "”，上年文档公布的是"
              + (prevIsBudget ? "预算数" : "决算数") + "，两者可能不同",
          sameBase ? null : "the statement compares with the " + c.basePeriod().get() + " but last year's document"
              + " published its " + (prevIsBudget ? "budget" : "actuals") + "; the two may differ",
          sev);
    }
    return sink.stream().map(Ctx.Emitted::finding).toList();
  }

  /**
   * The figure {@code prev} published for a concept at coordinates (its own period), preferring a
   * table; a function code absent from last year is looked up by its name through the catalogue
   * (a code renamed or renumbered between the years).
   */
  static Optional<Fact> published(BudgetDocument prev, dev.yusuan.model.Concept concept, Coordinates at, int year) {
    Optional<Fact> f = own(prev, new FactKey(concept, at));
    if (f.isPresent()) {
      return f;
    }
    String code = at.getOrNull(FactDimension.FUNCTION);
    if (code == null || !code.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    Catalogue cat = Catalogue.standard();
    Optional<String> name = cat.nameOf(Scheme.FUNCTION, code, year);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    for (CatalogueEntry e : cat.findByName(Scheme.FUNCTION, name.get(), prev.year())) {
      if (e.code().digits().length() == code.length() && !e.code().digits().equals(code)) {
        Optional<Fact> g = own(prev, new FactKey(concept, at.with(FactDimension.FUNCTION, e.code().digits())));
        if (g.isPresent()) {
          return g;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Fact> own(BudgetDocument prev, FactKey key) {
    List<Fact> l = prev.factSet().get(key);
    return l.stream().filter(x -> x.provenance().tableId().isPresent()).findFirst()
        .or(() -> l.stream().findFirst());
  }
}
