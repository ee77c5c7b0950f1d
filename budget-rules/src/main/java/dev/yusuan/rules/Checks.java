package dev.yusuan.rules;

import dev.yusuan.model.Catalogue;
import dev.yusuan.rules.internal.CatalogueChecks;
import dev.yusuan.rules.internal.Ctx;
import dev.yusuan.rules.internal.Narrative;
import dev.yusuan.rules.internal.Projects;
import dev.yusuan.rules.internal.Structure;
import dev.yusuan.rules.internal.Targets;

/**
 * Standard checks for {@link Rule.Builder#should(Check)}, beyond those in {@link Rules}: narrative
 * claims, project tables, structure and performance targets. All are rounding-aware where numbers are
 * compared.
 */
public final class Checks {
  private Checks() {}

  /**
   * Each stated share ("占 69.36%") equals part ÷ whole, within rounding.
   *
   * @return the check (the standard packs give it the scope {@code claims()})
   */
  public static Check sharesMatch() {
    return ctx -> Narrative.shares((Ctx) ctx);
  }

  /**
   * Stated shares of one whole that partition it add up to 100%.
   *
   * @return the check (the standard packs give it the scope {@code claims()})
   */
  public static Check sharesAddUpTo100() {
    return ctx -> Narrative.sharesAddUp((Ctx) ctx);
  }

  /**
   * Year-over-year statements: delta, percent and direction word agree (and with published priors).
   *
   * @return the check (the standard packs give it the scope {@code claims()})
   */
  public static Check changesConsistent() {
    return ctx -> Narrative.changes((Ctx) ctx);
  }

  /**
   * Printed 增减额 / 增减率 columns: within a row, 增减额 = 本年 − 上年 and 增减率 = 增减额 ÷ 上年 × 100, rounding-aware
   * (上年 = 0: no rate).
   *
   * @return the check (the national 部门预算 pack gives it the scope {@code facts()})
   */
  public static Check printedChangesConsistent() {
    return ctx -> dev.yusuan.rules.internal.PrintedChanges.check((Ctx) ctx);
  }

  /**
   * A 决算's 决算数为预算数的% column: within a row, rate = 决算数 ÷ 年初预算数 × 100, rounding-aware.
   *
   * @return the check (the national 部门决算 pack gives it the scope {@code facts()})
   */
  public static Check printedBudgetRatesConsistent() {
    return ctx -> dev.yusuan.rules.internal.PrintedRates.check((Ctx) ctx);
  }

  /**
   * 绩效自评表: 得分 ≤ 分值 and 总分 = Σ 得分 (when printed), rounding-aware.
   *
   * @return the check (the national 部门决算 pack gives it the scope {@code facts()})
   */
  public static Check selfEvaluationScoresConsistent() {
    return ctx -> dev.yusuan.rules.internal.SelfEvaluations.scores((Ctx) ctx);
  }

  /**
   * 绩效自评表: a printed 执行率 = 全年执行数 ÷ 全年预算数 × 100 of its money row, rounding-aware.
   *
   * @return the check (the national 部门决算 pack gives it the scope {@code facts()})
   */
  public static Check selfEvaluationRatesConsistent() {
    return ctx -> dev.yusuan.rules.internal.SelfEvaluations.executionRates((Ctx) ctx);
  }

  /**
   * A change statement that contradicts itself, checked without tables: an increase larger than the
   * amount (a negative prior year), a decrease of more than 100%, opposite directions for one figure.
   *
   * @return the check (the standard packs give it the scope {@code claims()})
   */
  public static Check changesSelfConsistent() {
    return ctx -> Narrative.selfContradictions((Ctx) ctx);
  }

  /**
   * A change that names a year other than the one its base stands for (比2021年 in a 2024 budget).
   *
   * @return the check (the standard packs give it the scope {@code claims()})
   */
  public static Check changeBaseYearsMatch() {
    return ctx -> Narrative.baseYears((Ctx) ctx);
  }

  /**
   * The "三公" detail (团组数/人次, 接待批次/人次, 购置数/保有量) against the costs and itself.
   *
   * @return the check (the standard packs give it the scope {@code claims()})
   */
  public static Check threePublicDetailConsistent() {
    return ctx -> Narrative.threePublicCounts((Ctx) ctx);
  }

  /**
   * Statements implying the same prior-year figure agree (a total's prior = Σ its items' priors).
   *
   * @return the check (the standard packs give it the scope {@code claims()})
   */
  public static Check impliedPriorsAgree() {
    return ctx -> Narrative.impliedPriors((Ctx) ctx);
  }

  /**
   * "一级项目 N 个" agrees with the project tables.
   *
   * @return the check (the standard packs give it the scope {@code claims()})
   */
  public static Check projectCountMatches() {
    return ctx -> Projects.count((Ctx) ctx);
  }

  /**
   * For each budget unit, Σ 二级 projects = Σ 一级 projects.
   *
   * @return the check (the standard packs give it the scope {@code facts().inTables("zj.projects")})
   */
  public static Check projectLevelsAgree() {
    return ctx -> Projects.levels((Ctx) ctx);
  }

  /**
   * Tables listed in the contents exist, and existing tables are listed.
   *
   * @return the check (the standard packs give it the scope {@code document()})
   */
  public static Check contentsMatchTables() {
    return ctx -> Structure.contents((Ctx) ctx);
  }

  /**
   * A table without numbers carries a note such as 本表无数据.
   *
   * @return the check (the standard packs give it the scope {@code tables()})
   */
  public static Check emptyTablesExplained() {
    return ctx -> Structure.emptyTables((Ctx) ctx);
  }

  /**
   * Every table whose reader states a coverage read at least 95 % of its printed amounts
   * ({@link dev.yusuan.model.ReadingCoverage#THRESHOLD}).
   *
   * @return the check (the standard packs give it the scope {@code tables()})
   */
  public static Check tablesReadCompletely() {
    return ctx -> Structure.coverage((Ctx) ctx);
  }

  /**
   * A table noted as empty (本表为空表, 本表无数据) prints no non-zero figure.
   *
   * @return the check (the standard packs give it the scope {@code tables()})
   */
  public static Check emptyNotesTrue() {
    return ctx -> Structure.emptyNotes((Ctx) ctx);
  }

  /**
   * Every table of {@code required} (table kind → title) is present, when the document holds any of
   * them.
   *
   * @param required table kind (e.g. {@code zj.expenditure-summary}) to the title used in messages;
   *     copied, in iteration order
   * @return the check
   */
  public static Check requiredTablesPresent(java.util.Map<String, String> required) {
    java.util.Map<String, String> r =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(required));
    return ctx -> Structure.requiredTables((Ctx) ctx, r);
  }

  /**
   * Facts are in their table's unit; tables in another unit than the document's are noted.
   *
   * @return the check (the standard packs give it the scope {@code tables()})
   */
  public static Check unitsConsistent() {
    return ctx -> Structure.units((Ctx) ctx);
  }

  /**
   * Years in titles are the document's year.
   *
   * @return the check (the standard packs give it the scope {@code document()})
   */
  public static Check yearsConsistent() {
    return ctx -> Structure.years((Ctx) ctx);
  }

  /**
   * Row codes exist in the catalogue of 政府收支分类科目 for the document's year and the printed names
   * match the catalogue's name or an alias of that year; a well-formed code the catalogue does not
   * know and a name that differs are WARNINGs (the catalogue may lack a regional or newer code), never
   * ERRORs. Checks against {@link RuleContext#catalogue()}.
   *
   * @return the check
   */
  public static Check codesKnownToCatalogue() {
    return ctx -> CatalogueChecks.codes((Ctx) ctx, ctx.catalogue());
  }

  /**
   * {@link #codesKnownToCatalogue()} against a fixed catalogue, whatever the validator's.
   *
   * @param catalogue the catalogue to check codes against
   * @return the check
   */
  public static Check codesKnownToCatalogue(Catalogue catalogue) {
    return ctx -> CatalogueChecks.codes((Ctx) ctx, catalogue);
  }

  /**
   * Every target names a project of the project tables.
   *
   * @return the check (the standard packs give it the scope {@code targets()})
   */
  public static Check targetsNameKnownProjects() {
    return ctx -> Targets.projectExists((Ctx) ctx);
  }

  /**
   * Every project has targets, itself or through its parent.
   *
   * @return the check (the standard packs give it the scope {@code targets()})
   */
  public static Check everyProjectHasTargets() {
    return ctx -> Targets.everyProjectHasTargets((Ctx) ctx);
  }

  /**
   * Comparators and values are plausible for the measure (rates, satisfaction, costs, counts).
   *
   * @return the check (the standard packs give it the scope {@code targets()})
   */
  public static Check targetsPlausible() {
    return ctx -> Targets.plausible((Ctx) ctx);
  }

  /**
   * No indicator row is listed twice for the same project.
   *
   * @return the check (the standard packs give it the scope {@code targets()})
   */
  public static Check noDuplicateIndicators() {
    return ctx -> Targets.duplicates((Ctx) ctx);
  }
}
