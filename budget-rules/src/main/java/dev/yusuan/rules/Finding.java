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
  public abstract String ruleId();

  public abstract Severity severity();

  /**
   * The message in Chinese. A check that sets only one language gets it in both (a finding is never
   * dropped for a missing translation).
   */
  @Value.Default
  public String messageZh() {
    return "";
  }

  /** The message in English; defaults to the Chinese one when only that is set. */
  @Value.Default
  public String messageEn() {
    return "";
  }

  /** Every location involved; the first is the primary one (the cell or claim judged). */
  public abstract List<Provenance> locations();

  /** The published value judged, as the interval its precision allows, in {@link #unit()}. */
  public abstract Optional<Interval> reported();

  /** What the other published values imply, as an interval. */
  public abstract Optional<Interval> computed();

  /** Difference between the reported and computed point values. */
  public abstract Optional<BigDecimal> difference();

  /** How much difference rounding of the published values can explain. */
  public abstract Optional<BigDecimal> roundingAllowance();

  /**
   * The display unit of {@link #reported()}, {@link #computed()}, {@link #difference()} and
   * {@link #roundingAllowance()}: the document's money unit for amounts (e.g. {@code 万元}, {@code 元}),
   * {@code %} for shares and percent changes; empty for bare numbers or when there are none.
   */
  public abstract Optional<String> unit();

  /** A hint on what to look at or fix. */
  public abstract Optional<String> hint();

  /** For grouped failures: the most likely wrong cell. */
  public abstract Optional<Provenance> culprit();

  /** Findings with the same group share one root cause. */
  public abstract Optional<String> group();

  /** Fills the missing language from the other; a finding needs a message in at least one. */
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

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableFinding.Builder {}
}
