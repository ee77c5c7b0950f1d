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

  public abstract String messageZh();

  public abstract String messageEn();

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

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableFinding.Builder {}
}
