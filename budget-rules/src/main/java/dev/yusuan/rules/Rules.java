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

  /** Starts a rule. */
  public static Rule.Builder rule(String id) {
    return new Rule.Builder(id);
  }

  /** Facts (optionally narrowed with {@link Scope#inTables} and {@link Scope#of}). */
  public static Scope facts() {
    return Scope.facts();
  }

  public static Scope tables() {
    return Scope.tables();
  }

  public static Scope claims() {
    return Scope.claims();
  }

  public static Scope targets() {
    return Scope.targets();
  }

  public static Scope document() {
    return Scope.document();
  }

  /**
   * Within every table in scope, each published total equals the sum of its nearest published
   * descendants over the hierarchy of {@code dims} (several dimensions form one combined hierarchy,
   * e.g. budget unit + project).
   */
  public static Check sumOfChildren(FactDimension... dims) {
    List<FactDimension> l = List.of(dims);
    return ctx -> Hierarchy.check((Ctx) ctx, l);
  }

  /** Every figure published in more than one table cell agrees across its publications. */
  public static Check duplicatesAgree() {
    return ctx -> Duplicates.tables((Ctx) ctx);
  }

  /** Every amount stated in the narrative agrees with the tables that publish the same figure. */
  public static Check narrativeAgreesWithTables() {
    return ctx -> Duplicates.narrative((Ctx) ctx);
  }

  /**
   * A comparison in the rule language, e.g. {@code USES_TOTAL{} = EXPENDITURE{} + CARRY_FORWARD{}};
   * skipped when a referenced figure is not published.
   *
   * @throws RuleSyntaxException when the text does not parse
   */
  public static Check holds(String comparison) {
    return RuleParser.parseCheck("<java>", comparison, false);
  }

  /** Like {@link #holds(String)}, but figures that are not published count as zero. */
  public static Check holdsWithMissingAsZero(String comparison) {
    return RuleParser.parseCheck("<java>", comparison, true);
  }
}
