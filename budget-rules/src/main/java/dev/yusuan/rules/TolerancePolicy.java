package dev.yusuan.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How published values are compared.
 *
 * <ul>
 *   <li>{@link #INTERVAL} (default): every published value is the interval its precision allows
 *       (XBRL Calculations 1.1, round to nearest); a check fails only when no true values inside the
 *       intervals satisfy it.
 *   <li>{@link #EXACT}: published values are taken as exact points.
 *   <li>{@link #absolute(BigDecimal)}: published values are exact points and a money comparison passes
 *       when the difference is at most the given amount in 元.
 * </ul>
 */
public final class TolerancePolicy {
  /** Interval semantics (the default). */
  public static final TolerancePolicy INTERVAL = new TolerancePolicy(Kind.INTERVAL, BigDecimal.ZERO);
  /** Exact points, no rounding allowance. */
  public static final TolerancePolicy EXACT = new TolerancePolicy(Kind.EXACT, BigDecimal.ZERO);

  /** The kind of policy. */
  public enum Kind {
    /** Published values are intervals of their precision. */
    INTERVAL,
    /** Published values are exact points. */
    EXACT,
    /** Exact points with a fixed slack in 元 on money comparisons. */
    ABSOLUTE
  }

  private final Kind kind;
  private final BigDecimal yuan;

  private TolerancePolicy(Kind kind, BigDecimal yuan) {
    this.kind = kind;
    this.yuan = yuan;
  }

  /**
   * Exact points with a fixed absolute tolerance of {@code yuan} 元 on money comparisons.
   *
   * @param yuan the slack in 元, ≥ 0
   * @return the policy
   * @throws IllegalArgumentException if {@code yuan} is negative
   * @throws NullPointerException if {@code yuan} is null
   */
  public static TolerancePolicy absolute(BigDecimal yuan) {
    Objects.requireNonNull(yuan, "yuan");
    if (yuan.signum() < 0) {
      throw new IllegalArgumentException("negative tolerance " + yuan);
    }
    return new TolerancePolicy(Kind.ABSOLUTE, yuan);
  }

  /**
   * Same as {@link #absolute(BigDecimal)}: the name used in the design notes.
   *
   * @param yuan the slack in 元, ≥ 0
   * @return the policy
   * @throws IllegalArgumentException if {@code yuan} is negative
   */
  @SuppressWarnings("checkstyle:MethodName")
  public static TolerancePolicy ABSOLUTE(BigDecimal yuan) {
    return absolute(yuan);
  }

  /**
   * The kind of this policy.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether published values stand for the interval of their precision.
   *
   * @return true for {@link #INTERVAL}
   */
  public boolean usesIntervals() {
    return kind == Kind.INTERVAL;
  }

  /**
   * The absolute money slack in 元 (zero unless {@link Kind#ABSOLUTE}).
   *
   * @return the slack in 元, ≥ 0
   */
  public BigDecimal slackYuan() {
    return yuan;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TolerancePolicy t && t.kind == kind && t.yuan.compareTo(yuan) == 0;
  }

  @Override
  public int hashCode() {
    return kind.hashCode();
  }

  @Override
  public String toString() {
    return kind == Kind.ABSOLUTE ? "ABSOLUTE(" + yuan.toPlainString() + "元)" : kind.name();
  }
}
