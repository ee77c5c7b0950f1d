package dev.yusuan.rules;

import static dev.yusuan.model.Severity.ERROR;
import static dev.yusuan.model.Severity.WARNING;
import static dev.yusuan.rules.Rules.claims;
import static dev.yusuan.rules.Rules.facts;
import static dev.yusuan.rules.Rules.rule;

import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The standard rule packs. The arithmetic of the tables is written in the rule language
 * ({@code zhejiang-budget.rules}); checks that need more than arithmetic — duplicates, narrative
 * claims, structure and performance targets — are written with the Java DSL.
 */
public final class StandardRules {
  /** Name of the Zhejiang pack. */
  public static final String ZHEJIANG = "zhejiang-budget";
  private static final String RESOURCE = "zhejiang-budget.rules";

  private StandardRules() {}

  /** {@return the pack for the Zhejiang budget set (the Keqiao example)} */
  public static RulePack zhejiangBudget() {
    return ZjHolder.ZJ;
  }

  /**
   * The text of the Zhejiang arithmetic rules, as shipped (the rule language of docs/rules.md).
   *
   * @return the rules file's text
   * @throws IllegalStateException when the resource is missing from the jar
   * @throws java.io.UncheckedIOException when the resource cannot be read
   */
  public static String zhejiangRulesText() {
    try (InputStream in = StandardRules.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Name of the Jiangsu pack. */
  public static final String JIANGSU = "jiangsu-budget";

  /** {@return the pack for the Jiangsu provincial budget set (公开表一–十二, read from PDF)} */
  public static RulePack jiangsuBudget() {
    return JsHolder.JS;
  }

  /** {@return the pack for the Shanghai district budget set (9 tables, read from PDF)} */
  public static RulePack shanghaiBudget() {
    return ShHolder.SH;
  }

  /** {@return the pack for the Shanghai district final accounts (部门决算, 9 tables, read from PDF)} */
  public static RulePack shanghaiFinal() {
    return ShfHolder.SHF;
  }

  /**
   * {@return the pack for 部门决算 in the Ministry of Finance's national template (公开01表–公开09表, read
   * from PDF; Jiangsu and most provinces)}
   */
  public static RulePack nationalFinal() {
    return NfHolder.NF;
  }

  /**
   * {@return the pack for 部门预算 in the Ministry of Finance's national template (收支总表, 收入总表, 支出总表,
   * 财政拨款收支总表, 一般公共预算 / 政府性基金 / 国有资本经营预算支出表, 基本支出表, “三公”经费支出表; read from PDF)}
   */
  public static RulePack nationalBudget() {
    return NbHolder.NB;
  }

  /**
   * The default department-budget pack (the Zhejiang set, the only template with a full pack so far).
   *
   * @return the Zhejiang pack, not restricted to a template
   */
  public static RulePack departmentBudget() {
    return zhejiangBudget();
  }

  /**
   * Every standard pack, each restricted to its template, with the generic pack as fallback for
   * documents of other templates. A validator of these checks any mix of documents.
   *
   * <p>The packs are made (their rule files parsed) at first use: a validator of these that checks
   * only Zhejiang documents never parses the Jiangsu or Shanghai rules. Each pack equals the one its
   * own method returns ({@link #zhejiangBudget()}, …), restricted to its template.
   *
   * @return the packs, template-restricted ones first and the generic fallback last
   */
  public static List<RulePack> all() {
    return List.of(RulePack.deferred(StandardRules::zhejiangBudget).forTemplates("zhejiang"),
        RulePack.deferred(StandardRules::jiangsuBudget).forTemplates("jiangsu"),
        RulePack.deferred(StandardRules::shanghaiBudget).forTemplates("shanghai"),
        RulePack.deferred(StandardRules::shanghaiFinal).forTemplates("shanghai-final"),
        RulePack.deferred(StandardRules::nationalFinal).forTemplates("national-final"),
        RulePack.deferred(StandardRules::nationalBudget).forTemplates("national-budget"),
        RulePack.deferred(StandardRules::generic).asFallback());
  }

  /**
   * The one standard pack that checks {@code document}: the pack of its template, or the generic pack
   * when the template is absent or has no pack — the same choice a validator of {@link #all()} makes.
   *
   * @param document the document to check
   * @return the pack selected for it
   */
  public static RulePack departmentBudget(BudgetDocument document) {
    return RulePack.selectFor(all(), document).get(0);
  }

  /** {@return the pack of rules that hold for any template: duplicates and narrative claims} */
  public static RulePack generic() {
    return Holder.GENERIC;
  }

  private static final class Holder {
    static final RulePack GENERIC = RulePack.builder("generic-budget", "1.0")
        .add(duplicates())
        .add(narrativeAmounts())
        .add(rule("narrative.share")
            .titled("说明中的占比与金额一致", "Stated shares equal part ÷ whole")
            .given(claims()).should(Checks.sharesMatch())
            .because("“占 P%”必须等于该项金额 ÷ 总额（按两者的舍入区间计算）")
            .severity(ERROR))
        .add(rule("narrative.share-sum")
            .titled("同一总额的各项占比之和为 100%", "Shares of one whole add up to 100%")
            .given(claims()).should(Checks.sharesAddUpTo100())
            .because("各部分之和等于总额时，其占比之和必须为 100%（在舍入范围内）")
            .severity(ERROR))
        .add(rule("narrative.change")
            .titled("增减额、增减率与增减方向一致", "Year-over-year change, percent and direction agree")
            .given(claims()).should(Checks.changesConsistent())
            .because("“增加 D，增长 P%”：P = D ÷ (本年数 − D)；方向词与符号一致")
            .severity(ERROR))
        .add(rule("narrative.self")
            .titled("变动说明自身不矛盾", "A change statement does not contradict itself")
            .given(claims()).should(Checks.changesSelfConsistent())
            .because("增加额不能大于本年数（上年数不能为负），下降不能超过 100%，同一数据不能既“增加/减少”又“持平”")
            .severity(ERROR))
        .add(rule("narrative.base-year")
            .titled("变动说明的比较年度是上年", "A change statement compares with last year")
            .given(claims()).should(Checks.changeBaseYearsMatch())
            .because("“比20XX年增减”中的年度应为文档的上一年度（与年初预算比较时为本年度）；与其他年度比较的说明不按上年数核对")
            .severity(WARNING))
        .add(rule("narrative.three-public-detail")
            .titled("“三公”经费的团组、批次、人次和车辆数与金额相符", "The 三公 detail (groups, batches, persons, vehicles) fits the costs")
            .given(claims()).should(Checks.threePublicDetailConsistent())
            .because("有因公出国（境）费或公务接待费就应有团组/批次和人次（反之亦然）；人次不少于团组或批次；同一数量只有一个值；决算须列明这些数量")
            .severity(WARNING))
        .add(rule("narrative.prior")
            .titled("多处说明隐含的上年数一致", "Statements implying the same prior-year figure agree")
            .given(claims()).should(Checks.impliedPriorsAgree())
            .because("总额隐含的上年数 = 各项隐含的上年数之和；同一数据的多处说明隐含同一上年数")
            .severity(ERROR))
        .build();
  }

  /** The Zhejiang pack, made at first use (each pack has its own holder: see {@link #all()}). */
  private static final class ZjHolder {
    static final RulePack ZJ = RulePack.parse(RESOURCE, zhejiangRulesText())
        .plus(RulePack.builder(ZHEJIANG, "1.0").addAll(Holder.GENERIC)
            .add(rule("zj.projects.count")
                .titled("说明中的一级项目个数与项目表一致", "The stated number of level-1 projects matches the tables")
                .given(claims()).should(Checks.projectCountMatches())
                .because("“一级项目 N 个”应等于项目支出预算表（一级）列出的项目数")
                .severity(ERROR))
            .add(rule("zj.projects.levels")
                .titled("各单位二级项目之和等于一级项目之和", "Per unit, level-2 projects add up to level-1 projects")
                .given(facts().inTables("zj.projects")).should(Checks.projectLevelsAgree())
                .because("二级项目是一级项目的细化，同一单位两者合计相等")
                .severity(ERROR))
            .add(structureContents())
            .add(structureEmptyTable())
            .add(structureEmptyNote())
            .add(structureRequired("zhejiang.layouts", "zj.summary", "zj.expenditure-summary", "zj.fiscal-summary",
                "zj.gpb-expenditure", "zj.gpb-basic", "zj.three-public", "zj.gov-fund", "zj.state-capital",
                "zj.projects"))
            .add(structureUnits())
            .add(structureYear())
            .add(structureCatalogue())
            .add(structureCoverage())
            .add(rule("targets.known-project")
                .titled("绩效目标对应的项目存在", "Every performance target names an existing project")
                .given(Rules.targets()).should(Checks.targetsNameKnownProjects())
                .because("绩效目标表中的项目必须出现在项目支出预算表中")
                .category("performance").severity(ERROR))
            .add(rule("targets.every-project")
                .titled("每个项目都有绩效目标", "Every project has performance targets")
                .given(Rules.targets()).should(Checks.everyProjectHasTargets())
                .because("项目支出实行绩效目标管理：每个项目（或其一级项目）都应有绩效目标")
                .category("performance").severity(WARNING))
            .add(targetsPlausible())
            .add(targetsDuplicate())
            .build());
  }

  /** {@code targets.plausible}: the Zhejiang pack's and the national 部门预算 pack's (its 绩效目标 forms). */
  static Rule.Builder targetsPlausible() {
    return rule("targets.plausible")
        .titled("绩效指标的符号与数值合理", "Target comparators and values are plausible")
        .given(Rules.targets()).should(Checks.targetsPlausible())
        .because("比率不超过 100%，满意度不会低到 60% 以下，成本指标用 ≤，计数为非负整数")
        .category("performance").severity(WARNING);
  }

  /** {@code targets.duplicate}: the Zhejiang pack's and the national 部门预算 pack's (its 绩效目标 forms). */
  static Rule.Builder targetsDuplicate() {
    return rule("targets.duplicate")
        .titled("绩效指标不重复", "No indicator row is listed twice")
        .given(Rules.targets()).should(Checks.noDuplicateIndicators())
        .because("同一项目的同一指标只应列出一次（常见于分页时重复的行）")
        .category("performance").severity(WARNING);
  }

  private static final class ShHolder {
    static final RulePack SH = regional("shanghai-budget");
  }

  private static final class ShfHolder {
    static final RulePack SHF = regional("shanghai-final").plus(RulePack.of("shanghai-final", "1.0",
        fundRowsRule("shf.balance.fund-rows", "sh.final-gov-fund", "sh.final-state-capital")));
  }

  private static final class NfHolder {
    static final RulePack NF = RulePack.parse("national-final.rules", rulesText("national-final.rules"))
        .plus(withStructure(RulePack.builder("national-final", "1.0").addAll(Holder.GENERIC),
            "national-final.layouts", "nf.summary", "nf.revenue", "nf.expenditure", "nf.fiscal-summary", "nf.gpb",
            "nf.gpb-basic", "nf.three-public", "nf.gov-fund", "nf.state-capital")
            .add(fundRowsRule("nf.balance.fund-rows", "nf.gov-fund", "nf.state-capital"))
            .add(rule("nf.budget-rate")
                .titled("决算数为预算数的%与决算数、年初预算数一致", "Printed rates agree with the actual and the initial budget")
                .given(facts()).should(Checks.printedBudgetRatesConsistent())
                .because("决算数为预算数的% = 决算数 ÷ 年初预算数 × 100%（年初预算数为 0 时无此比率）")
                .severity(ERROR))
            .add(rule("nf.evaluation.execution-rate")
                .titled("绩效自评表的执行率等于全年执行数 ÷ 全年预算数", "Self-evaluation execution rate = actual ÷ full-year budget")
                .given(facts()).should(Checks.selfEvaluationRatesConsistent())
                .because("项目（部门整体）支出绩效自评表：执行率 = 全年执行数 ÷ 全年预算数 × 100%")
                .category("performance").severity(ERROR))
            .add(rule("nf.evaluation.score")
                .titled("绩效自评表的得分不超过分值，总分等于各项得分之和", "Self-evaluation scores are at most their weights and add up to the total")
                .given(facts()).should(Checks.selfEvaluationScoresConsistent())
                .because("绩效自评表：每项得分 ≤ 分值；总分 = 预算执行率得分 + Σ 各指标得分")
                .category("performance").severity(ERROR))
            .build());
  }

  /**
   * National 部门预算 tables whose scope the document does not state: a 项目支出表 may list only some projects
   * (often the 财政拨款 ones), and rows of one 采购项目 / 购买服务项目 with several 目录 share a key. They are out
   * of {@code dup.tables}; their totals are compared with the department's by {@code nb.cross.projects}
   * (WARNING; a 项目支出绩效目标表's figures with the 项目支出表 row of the same key too), their own arithmetic by
   * the sum rules of the pack (a form's 资金总额 = 财政拨款 + 其他资金 by {@code nb.sum.fund-source}). The 绩效目标
   * forms do not say which unit spends the money (项目) or whether the total is the whole budget (整体).
   */
  static final String[] NB_UNSTATED_SCOPE = {"nb.projects", "nb.procurement", "nb.purchased-services",
    "nb.project-targets", "nb.overall-targets"};

  private static final class NbHolder {
    static final RulePack NB = RulePack.parse("national-budget.rules", rulesText("national-budget.rules"))
        .plus(withStructure(genericWith(RulePack.builder("national-budget", "1.0"),
                duplicates().given(facts().exceptTables(NB_UNSTATED_SCOPE))),
            "national-budget.layouts", "nb.summary", "nb.revenue", "nb.expenditure", "nb.fiscal-summary", "nb.gpb",
            "nb.gpb-basic", "nb.three-public", "nb.gov-fund")
            .add(rule("nb.cross.projects")
                .titled("项目支出表合计与支出总表、一般公共预算支出表的项目支出一致",
                    "The project table's totals agree with the project spending of the expenditure tables")
                .given(facts().inTables("nb.projects", "nb.expenditure", "nb.gpb", "nb.gov-fund", "nb.state-capital",
                    "nb.project-targets"))
                .should(Rules.duplicatesAgree())
                .because("项目支出表列出全部项目时，其合计等于支出总表的项目支出（各资金来源亦然）；"
                    + "有的项目支出表只列财政拨款或部分项目，无法从表中确知，故只作警告")
                .severity(WARNING))
            .add(rule("nb.change")
                .titled("增减额、增减率与上年、本年预算数一致",
                    "Printed changes and rates agree with the prior and current budget")
                .given(facts()).should(Checks.printedChangesConsistent())
                .because("增减额 = 本年预算数 − 上年预算数；增减率 = 增减额 ÷ 上年预算数 × 100%（上年为 0 时无增减率）")
                .severity(ERROR))
            // the 绩效目标 forms' indicators; not targets.known-project / every-project: a 项目支出表 is optional
            // in the national set and may list only some projects
            .add(targetsPlausible())
            .add(targetsDuplicate())
            .build());
  }

  /** The generic rules with {@code dup} in place of {@code dup.tables} (a template narrowing its scope). */
  static RulePack.Builder genericWith(RulePack.Builder b, Rule.Builder dup) {
    b.add(dup);
    for (Rule r : Holder.GENERIC.rules()) {
      if (!r.id().equals("dup.tables")) {
        b.add(r);
      }
    }
    return b;
  }

  private static final class JsHolder {
    static final RulePack JS = RulePack.parse("jiangsu-budget.rules", rulesText("jiangsu-budget.rules"))
        .plus(withStructure(RulePack.builder(JIANGSU, "1.0").addAll(Holder.GENERIC), "jiangsu.layouts",
            "js.summary", "js.revenue", "js.expenditure-summary", "js.fiscal-summary", "js.fiscal-function",
            "js.fiscal-basic", "js.gpb-function", "js.gpb-basic", "js.three-public", "js.gov-fund", "js.operating-cost",
            "js.procurement")
            .build());
  }

  /**
   * The structure rules of a template, in report order: contents, empty tables and notes, the required
   * tables (named after the layouts of {@code layouts}), units, year, catalogue, coverage.
   */
  static RulePack.Builder withStructure(RulePack.Builder b, String layouts, String... required) {
    return b.add(structureContents())
        .add(structureEmptyTable())
        .add(structureEmptyNote())
        .add(structureRequired(layouts, required))
        .add(structureUnits())
        .add(structureYear())
        .add(structureCatalogue())
        .add(structureCoverage());
  }

  /** Per function row of a 决算's 政府性基金 / 国有资本经营预算 tables ({@code kinds}): 年初 + 本年收入 = 本年支出 + 年末. */
  static Rule fundRowsRule(String id, String... kinds) {
    return rule(id)
        .titled("政府性基金、国有资本经营预算决算表每一行：年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余",
            "Each row of the fund tables: opening + revenue = expenditure + closing")
        .given(facts().inTables(kinds))
        .should(fundRowsBalance())
        .because("决算按资金栏平衡，政府性基金和国有资本经营预算财政拨款收入支出决算表的每个功能科目行也平衡")
        .severity(ERROR).build();
  }

  /** A regional pack: its arithmetic rules file plus the generic and structure rules. */
  static RulePack regional(String name) {
    String[] required = name.endsWith("final")
        ? new String[] {"sh.final-summary", "sh.final-revenue", "sh.final-expenditure", "sh.final-fiscal-summary",
            "sh.final-gpb", "sh.final-gpb-basic", "sh.final-three-public", "sh.final-gov-fund",
            "sh.final-state-capital"}
        : new String[] {"sh.summary", "sh.revenue", "sh.expenditure-summary", "sh.fiscal-summary", "sh.gpb-function",
            "sh.gov-fund-function", "sh.state-capital-function", "sh.gpb-basic-economic", "sh.three-public"};
    return RulePack.parse(name + ".rules", rulesText(name + ".rules"))
        .plus(RulePack.builder(name, "1.0").addAll(Holder.GENERIC)
            .add(structureContents())
            .add(structureEmptyTable())
            .add(structureEmptyNote())
            .add(structureRequired("shanghai.layouts", required))
            .add(structureUnits())
            .add(structureCatalogue())
            .add(structureCoverage())
            .build());
  }

  /**
   * Per function row of the Shanghai 决算 fund tables: 年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余, checked with
   * the rule language's rounding-aware comparison for each (fund, code) published in the rule's tables.
   */
  static Check fundRowsBalance() {
    java.util.Map<String, Check> byRow = new java.util.concurrent.ConcurrentHashMap<>();
    return ctx -> {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (dev.yusuan.model.Fact f : ctx.scopedFacts()) {
        String code = f.coordinates().getOrNull(dev.yusuan.model.FactDimension.FUNCTION);
        String fs = f.coordinates().getOrNull(dev.yusuan.model.FactDimension.FUND_SOURCE);
        if (code == null || fs == null || !code.chars().allMatch(Character::isDigit)) {
          continue;
        }
        String fund = fs.startsWith("CARRY_OVER_") ? fs.substring("CARRY_OVER_".length()) : fs;
        if (!fund.equals("GOVERNMENT_FUND") && !fund.equals("STATE_CAPITAL")) {
          continue;
        }
        String key = fund + "|" + code;
        if (seen.add(key)) {
          String at = "FUNCTION=" + code + ", FUND_SOURCE=";
          byRow.computeIfAbsent(key, k -> Rules.holds("sum(REVENUE{" + at + "CARRY_OVER_" + fund + "}, REVENUE{" + at
              + fund + "}) = sum(EXPENDITURE{" + at + fund + "}, CARRY_FORWARD{" + at + fund + "})")).check(ctx);
        }
      }
    };
  }

  /** Id of the cross-year rule on this year's 上年预算数 / 上年执行数 columns. */
  public static final String SERIES_PRIOR_COLUMN = "series.prior-column";
  /** Id of the cross-year rule on this year's "比上年…" statements. */
  public static final String SERIES_PRIOR_STATEMENT = "series.prior-statement";

  /**
   * The cross-year rules {@link Validator#validateSeries} runs on each pair of consecutive years. Both
   * are WARNINGs: a 上年预算数 may be the adjusted budget, which last year's document could not show.
   * Their checks do nothing on one document: the validator evaluates them on the pair.
   *
   * @return the rules {@link #SERIES_PRIOR_COLUMN} and {@link #SERIES_PRIOR_STATEMENT}
   */
  public static List<Rule> series() {
    return List.of(
        rule(SERIES_PRIOR_COLUMN)
            .titled("上年预算数/上年执行数与上年文档公布的数一致",
                "Prior-year columns equal the figures last year's document published")
            .given(facts()).should(ctx -> { })
            .because("本年文档的“上年预算数”应为上年部门预算公开的预算数（“上年执行数”对应上年决算）")
            .category("series").severity(WARNING).build(),
        rule(SERIES_PRIOR_STATEMENT)
            .titled("“比上年增减”与上年文档公布的数一致",
                "Year-over-year statements agree with last year's published figures")
            .given(claims()).should(ctx -> { })
            .because("“比上年增加 D 万元、增长 P%”隐含的上年数应等于上年文档公布的该数")
            .category("series").severity(WARNING).build());
  }

  /** {@code structure.contents}: the 目录 and the tables agree (every regional pack). */
  static Rule.Builder structureContents() {
    return rule("structure.contents")
        .titled("目录与表格一致", "The contents and the tables agree")
        .given(Rules.document()).should(Checks.contentsMatchTables())
        .because("目录列出的每张表都应公开，公开的每张表都应列入目录")
        .category("structure").severity(ERROR);
  }

  /** {@code structure.empty-table}: an empty table says why. */
  static Rule.Builder structureEmptyTable() {
    return rule("structure.empty-table")
        .titled("空表应注明“本表无数据”", "Empty tables carry a note")
        .given(Rules.tables()).should(Checks.emptyTablesExplained())
        .because("没有数据的表格必须公开并说明原因（如“本表无数据”）")
        .category("structure").severity(WARNING);
  }

  /** {@code structure.empty-note}: a table noted as empty holds no figures. */
  static Rule.Builder structureEmptyNote() {
    return rule("structure.empty-note")
        .titled("注明“本表为空表”的表格没有数据", "A table noted as empty holds no figures")
        .given(Rules.tables()).should(Checks.emptyNotesTrue())
        .because("表格注明“本表为空表/本表无数据”却列出非零数据，说明与表格自相矛盾")
        .category("structure").severity(ERROR);
  }

  /** {@code structure.required-tables}: the template's standard tables, named after their layouts. */
  static Rule.Builder structureRequired(String layouts, String... kinds) {
    dev.yusuan.model.layout.Layouts all = dev.yusuan.model.layout.Layouts.resource(layouts);
    java.util.Map<String, String> required = new java.util.LinkedHashMap<>();
    for (String k : kinds) {
      required.put(k, all.kind(k).map(l -> String.join("…", l.titleKeywords())).orElse(k));
    }
    return rule("structure.required-tables")
        .titled("模板要求的表格齐全", "Every table the template requires is published")
        .given(Rules.document()).should(Checks.requiredTablesPresent(required))
        .because("部门预算/决算公开模板规定了必须公开的表格（无数据时公开空表并说明）")
        .category("structure").severity(WARNING);
  }

  /** {@code structure.units}: every regional pack has it. */
  static Rule.Builder structureUnits() {
    return rule("structure.units")
        .titled("金额单位一致", "Money units are consistent")
        .given(Rules.tables()).should(Checks.unitsConsistent())
        .because("同一表格的数据使用表头标明的单位")
        .category("structure").severity(WARNING);
  }

  /** {@code structure.coverage}: a table read below 95 % of its printed amounts (every pack). */
  static Rule.Builder structureCoverage() {
    return rule("structure.coverage")
        .titled("表格中印出的金额已全部读取", "The amounts printed in each table were read")
        .given(Rules.tables()).should(Checks.tablesReadCompletely())
        .because("读取率低于 95% 的表格未被完整检查：其中的错误可能未被发现")
        .category("structure").severity(WARNING);
  }

  /** {@code structure.year}. */
  static Rule.Builder structureYear() {
    return rule("structure.year")
        .titled("标题年度与文档年度一致", "Years in titles match the document's year")
        .given(Rules.document()).should(Checks.yearsConsistent())
        .because("表格标题中的年度应为文档的年度（如 2024 年预算的表格标题应为 2024 年）")
        .category("structure").severity(ERROR);
  }

  /** {@code structure.catalogue}: every regional pack has it. */
  static Rule.Builder structureCatalogue() {
    return rule("structure.catalogue")
        .titled("科目编码存在且名称与科目表一致", "Codes exist in the catalogue and names match")
        .given(facts()).should(Checks.codesKnownToCatalogue())
        .because("科目编码须为当年《政府收支分类科目》中的编码，名称须与之一致（含更名前后的名称）；"
            + "科目表可能缺少地方或新增科目，故只作警告")
        .category("structure").severity(WARNING);
  }

  /** The text of a shipped rules resource of this package. */
  static String rulesText(String resource) {
    try (InputStream in = StandardRules.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Rule.Builder duplicates() {
    return rule("dup.tables")
        .titled("同一数据多处公布时必须一致", "A figure published more than once agrees everywhere")
        .given(facts())
        .should(Rules.duplicatesAgree())
        .because("收支总表、支出总表、财政拨款总表等重复公布同一数据：同一事实只有一个真值")
        .severity(ERROR);
  }

  static Rule.Builder narrativeAmounts() {
    return rule("narrative.amount")
        .titled("说明中的金额与表格一致", "Amounts stated in the narrative agree with the tables")
        .given(claims())
        .should(Rules.narrativeAgreesWithTables())
        .because("说明文字引用的每个金额都必须与表格中的同一数据一致")
        .severity(ERROR);
  }

}
