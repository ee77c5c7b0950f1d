package dev.yusuan.rules;

import dev.yusuan.model.FactDimension;
import dev.yusuan.rules.internal.Ctx;
import dev.yusuan.rules.internal.Duplicates;
import dev.yusuan.rules.internal.Hierarchy;
import dev.yusuan.rules.internal.lang.RuleParser;
import java.util.List;

/**
 * The Java rule DSL. A rule reads as a sentence:
 *
 * <pre>{@code
 * Rules.rule("zj.sum.function")
 *     .titled("功能分类合计等于下级之和", "Function totals equal the sum of their items")
 *     .given(facts().inTables("zj.expenditure-summary", "zj.gpb-expenditure"))
 *     .should(sumOfChildren(FactDimension.FUNCTION))
 *     .because("类 = Σ 款, 款 = Σ 项")
 *     .severity(ERROR);
 * }</pre>
 *
 * <p>Comparisons can be written in the rule language: {@code should(holds("OPERATING_COST{} <=
 * EXPENDITURE{SPENDING_TYPE=PUBLIC_OPERATION}"))}. Further standard checks are in {@link Checks}.
 */
public final class Rules {
  private Rules() {}

  /**
   * Starts a rule.
   *
   * @param id the rule id, unique within its pack, e.g. {@code my.wages}
   * @return a builder; set at least a title and a check
   * @throws IllegalArgumentException if {@code id} is null or blank
   */
  public static Rule.Builder rule(String id) {
    return new Rule.Builder(id);
  }

  /**
   * Facts (optionally narrowed with {@link Scope#inTables} and {@link Scope#of}).
   *
   * @return the scope of every fact
   */
  public static Scope facts() {
    return Scope.facts();
  }

  /**
   * Tables (optionally narrowed with {@link Scope#inTables}).
   *
   * @return the scope of every table
   */
  public static Scope tables() {
    return Scope.tables();
  }

  /**
   * Narrative claims: figures, changes and shares stated in the 说明 text.
   *
   * @return the scope of every claim
   */
  public static Scope claims() {
    return Scope.claims();
  }

  /**
   * Performance targets (绩效目标) rows.
   *
   * @return the scope of every target
   */
  public static Scope targets() {
    return Scope.targets();
  }

  /**
   * The document as a whole (contents, years, units).
   *
   * @return the document scope
   */
  public static Scope document() {
    return Scope.document();
  }

  /**
   * Within every table in scope, each published total equals the sum of its nearest published
   * descendants over the hierarchy of {@code dims} (several dimensions form one combined hierarchy,
   * e.g. budget unit + project).
   *
   * @param dims the dimensions whose hierarchy is summed, e.g. {@link FactDimension#FUNCTION}
   * @return the check; use it with a facts scope
   */
  public static Check sumOfChildren(FactDimension... dims) {
    List<FactDimension> l = List.of(dims);
    return ctx -> Hierarchy.check((Ctx) ctx, l);
  }

  /**
   * Every figure published in more than one table cell agrees across its publications.
   *
   * @return the check
   */
  public static Check duplicatesAgree() {
    return ctx -> Duplicates.tables((Ctx) ctx);
  }

  /**
   * Every amount stated in the narrative agrees with the tables that publish the same figure.
   *
   * @return the check; use it with a claims scope
   */
  public static Check narrativeAgreesWithTables() {
    return ctx -> Duplicates.narrative((Ctx) ctx);
  }

  /**
   * A comparison in the rule language, e.g. {@code USES_TOTAL{} = EXPENDITURE{} + CARRY_FORWARD{}};
   * skipped when a referenced figure is not published.
   *
   * @param comparison the comparison, in the rule language of {@code docs/rules.md}
   * @return the check
   * @throws RuleSyntaxException when the text does not parse
   */
  public static Check holds(String comparison) {
    return RuleParser.parseCheck("<java>", comparison, false);
  }

  /**
   * Like {@link #holds(String)}, but figures that are not published count as zero.
   *
   * @param comparison the comparison, in the rule language
   * @return the check
   * @throws RuleSyntaxException when the text does not parse
   */
  public static Check holdsWithMissingAsZero(String comparison) {
    return RuleParser.parseCheck("<java>", comparison, true);
  }
}
