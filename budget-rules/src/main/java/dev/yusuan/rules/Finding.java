package dev.yusuan.rules;

import dev.yusuan.model.Interval;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule's finding, explained with numbers: which rule, how severe, what in Chinese and English,
 * every location involved, the reported and computed intervals, their difference, and how much of it
 * rounding can explain.
 */
@Value.Immutable
public abstract class Finding {
  /**
   * The id of the rule that produced the finding, e.g. {@code zj.sum.function}.
   *
   * @return the rule id
   */
  public abstract String ruleId();

  /**
   * How severe: ERROR only when the published document contradicts itself; lower when rounding almost
   * explains a difference or the reader was unsure.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * The message in Chinese. A check that sets only one language gets it in both (a finding is never
   * dropped for a missing translation).
   *
   * @return the Chinese message, never empty once built
   */
  @Value.Default
  public String messageZh() {
    return "";
  }

  /**
   * The message in English; defaults to the Chinese one when only that is set.
   *
   * @return the English message, never empty once built
   */
  @Value.Default
  public String messageEn() {
    return "";
  }

  /**
   * Every location involved; the first is the primary one (the cell or claim judged).
   *
   * @return the locations (file, page, table, row, column), possibly empty for a document-wide finding
   */
  public abstract List<Provenance> locations();

  /**
   * The published value judged, as the interval its precision allows, in {@link #unit()}.
   *
   * @return the reported interval, or empty when the finding is not about a number
   */
  public abstract Optional<Interval> reported();

  /**
   * What the other published values imply, as an interval.
   *
   * @return the computed interval, in {@link #unit()}, or empty
   */
  public abstract Optional<Interval> computed();

  /**
   * Difference between the reported and computed point values.
   *
   * @return the reported point value minus the computed one, exact, in {@link #unit()}, or empty
   */
  public abstract Optional<BigDecimal> difference();

  /**
   * How much difference rounding of the published values can explain.
   *
   * @return the allowance, exact, in {@link #unit()}, or empty
   */
  public abstract Optional<BigDecimal> roundingAllowance();

  /**
   * The display unit of {@link #reported()}, {@link #computed()}, {@link #difference()} and
   * {@link #roundingAllowance()}: the document's money unit for amounts (e.g. {@code 万元}, {@code 元}),
   * {@code %} for shares and percent changes; empty for bare numbers or when there are none.
   *
   * @return the unit, or empty
   */
  public abstract Optional<String> unit();

  /**
   * A hint on what to look at or fix.
   *
   * @return the hint, or empty
   */
  public abstract Optional<String> hint();

  /**
   * For grouped failures: the most likely wrong cell.
   *
   * @return the cell a root-cause analysis blames, or empty
   */
  public abstract Optional<Provenance> culprit();

  /**
   * Findings with the same group share one root cause.
   *
   * @return the group id, or empty for a finding on its own
   */
  public abstract Optional<String> group();

  /**
   * Fills the missing language from the other; a finding needs a message in at least one.
   *
   * @return this finding, or a copy with both messages set
   * @throws IllegalStateException if neither message is set
   */
  @Value.Check
  protected Finding normalize() {
    if (messageZh().isEmpty() && messageEn().isEmpty()) {
      throw new IllegalStateException("finding of rule " + ruleId()
          + " has no message: set messageZh or messageEn / 规则 " + ruleId() + " 的结论缺少说明文字");
    }
    if (messageZh().isEmpty()) {
      return builder().from(this).messageZh(messageEn()).build();
    }
    if (messageEn().isEmpty()) {
      return builder().from(this).messageEn(messageZh()).build();
    }
    return this;
  }

  /**
   * A new builder.
   *
   * @return an empty builder; rule id, severity and at least one message are required
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableFinding.Builder {}
}
