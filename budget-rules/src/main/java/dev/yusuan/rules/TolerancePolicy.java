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
    INTERVAL,
    EXACT,
    ABSOLUTE
  }

  private final Kind kind;
  private final BigDecimal yuan;

  private TolerancePolicy(Kind kind, BigDecimal yuan) {
    this.kind = kind;
    this.yuan = yuan;
  }

  /** Exact points with a fixed absolute tolerance of {@code yuan} 元 on money comparisons. */
  public static TolerancePolicy absolute(BigDecimal yuan) {
    Objects.requireNonNull(yuan, "yuan");
    if (yuan.signum() < 0) {
      throw new IllegalArgumentException("negative tolerance " + yuan);
    }
    return new TolerancePolicy(Kind.ABSOLUTE, yuan);
  }

  /** Same as {@link #absolute(BigDecimal)}: the name used in the design notes. */
  @SuppressWarnings("checkstyle:MethodName")
  public static TolerancePolicy ABSOLUTE(BigDecimal yuan) {
    return absolute(yuan);
  }

  public Kind kind() {
    return kind;
  }

  /** Whether published values stand for the interval of their precision. */
  public boolean usesIntervals() {
    return kind == Kind.INTERVAL;
  }

  /** The absolute money slack in 元 (zero unless {@link Kind#ABSOLUTE}). */
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
