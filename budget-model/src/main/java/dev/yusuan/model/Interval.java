package dev.yusuan.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed interval [lo, hi] of exact decimals, with sound arithmetic: for any exact points x ∈ a and
 * y ∈ b, {@code x op y} lies in {@code a.op(b)}. Sums, differences and products are exact; quotients
 * are rounded outward at {@link #DIVISION_SCALE} decimals, so they stay sound. No floating point.
 */
public final class Interval {
  /** Decimals kept by {@link #dividedBy(Interval)} (rounded outward). */
  public static final int DIVISION_SCALE = 12;

  /** [0, 0]. */
  public static final Interval ZERO = new Interval(BigDecimal.ZERO, BigDecimal.ZERO);

  private final BigDecimal lo;
  private final BigDecimal hi;

  private Interval(BigDecimal lo, BigDecimal hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /** [lo, hi]; requires lo ≤ hi. */
  public static Interval of(BigDecimal lo, BigDecimal hi) {
    Objects.requireNonNull(lo, "lo");
    Objects.requireNonNull(hi, "hi");
    if (lo.compareTo(hi) > 0) {
      throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
    }
    return new Interval(lo, hi);
  }

  /** [v, v]. */
  public static Interval point(BigDecimal v) {
    return new Interval(v, v);
  }

  /** [v - r, v + r] for r ≥ 0. */
  public static Interval around(BigDecimal v, BigDecimal radius) {
    if (radius.signum() < 0) {
      throw new IllegalArgumentException("negative radius " + radius);
    }
    return new Interval(v.subtract(radius), v.add(radius));
  }

  public BigDecimal lo() {
    return lo;
  }

  public BigDecimal hi() {
    return hi;
  }

  /** hi - lo. */
  public BigDecimal width() {
    return hi.subtract(lo);
  }

  /** (lo + hi) / 2, exact. */
  public BigDecimal midpoint() {
    return lo.add(hi).divide(BigDecimal.valueOf(2));
  }

  public boolean isPoint() {
    return lo.compareTo(hi) == 0;
  }

  public Interval plus(Interval o) {
    return new Interval(lo.add(o.lo), hi.add(o.hi));
  }

  public Interval minus(Interval o) {
    return new Interval(lo.subtract(o.hi), hi.subtract(o.lo));
  }

  public Interval negate() {
    return new Interval(hi.negate(), lo.negate());
  }

  public Interval times(Interval o) {
    BigDecimal a = lo.multiply(o.lo);
    BigDecimal b = lo.multiply(o.hi);
    BigDecimal c = hi.multiply(o.lo);
    BigDecimal d = hi.multiply(o.hi);
    return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
  }

  public Interval times(BigDecimal k) {
    return times(point(k));
  }

  /** Whether 0 lies in this interval (a divisor that could be zero). */
  public boolean containsZero() {
    return lo.signum() <= 0 && hi.signum() >= 0;
  }

  /**
   * Quotient, rounded outward at {@link #DIVISION_SCALE} decimals.
   *
   * @throws ArithmeticException if the divisor contains zero (see {@link #dividedByIfDefined})
   */
  public Interval dividedBy(Interval o) {
    if (o.containsZero()) {
      throw new ArithmeticException("division by an interval containing zero: " + o);
    }
    BigDecimal[] q = {
      lo.divide(o.lo, DIVISION_SCALE, RoundingMode.FLOOR), lo.divide(o.hi, DIVISION_SCALE, RoundingMode.FLOOR),
      hi.divide(o.lo, DIVISION_SCALE, RoundingMode.FLOOR), hi.divide(o.hi, DIVISION_SCALE, RoundingMode.FLOOR),
    };
    BigDecimal[] r = {
      lo.divide(o.lo, DIVISION_SCALE, RoundingMode.CEILING), lo.divide(o.hi, DIVISION_SCALE, RoundingMode.CEILING),
      hi.divide(o.lo, DIVISION_SCALE, RoundingMode.CEILING), hi.divide(o.hi, DIVISION_SCALE, RoundingMode.CEILING),
    };
    BigDecimal min = q[0];
    BigDecimal max = r[0];
    for (int i = 1; i < 4; i++) {
      min = min.min(q[i]);
      max = max.max(r[i]);
    }
    return new Interval(min.stripTrailingZeros(), max.stripTrailingZeros());
  }

  /** {@link #dividedBy(Interval)}, or empty when the divisor contains zero. */
  public Optional<Interval> dividedByIfDefined(Interval o) {
    return o.containsZero() ? Optional.empty() : Optional.of(dividedBy(o));
  }

  public Interval dividedBy(BigDecimal k) {
    return dividedBy(point(k));
  }

  public boolean contains(BigDecimal v) {
    return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0;
  }

  public boolean contains(Interval o) {
    return lo.compareTo(o.lo) <= 0 && o.hi.compareTo(hi) <= 0;
  }

  public boolean intersects(Interval o) {
    return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
  }

  /** The common part, or empty when disjoint. */
  public Optional<Interval> intersection(Interval o) {
    BigDecimal l = lo.max(o.lo);
    BigDecimal h = hi.min(o.hi);
    return l.compareTo(h) <= 0 ? Optional.of(new Interval(l, h)) : Optional.empty();
  }

  /** The smallest interval containing both. */
  public Interval hull(Interval o) {
    return new Interval(lo.min(o.lo), hi.max(o.hi));
  }

  /** The gap between the two intervals: 0 when they intersect. */
  public BigDecimal distance(Interval o) {
    if (intersects(o)) {
      return BigDecimal.ZERO;
    }
    return hi.compareTo(o.lo) < 0 ? o.lo.subtract(hi) : lo.subtract(o.hi);
  }

  /** Every point of this interval is below every point of {@code o}. */
  public boolean certainlyLessThan(Interval o) {
    return hi.compareTo(o.lo) < 0;
  }

  /** Every point of this interval is above every point of {@code o}. */
  public boolean certainlyGreaterThan(Interval o) {
    return lo.compareTo(o.hi) > 0;
  }

  /** Widens by {@code r} on each side. */
  public Interval widen(BigDecimal r) {
    return around(lo, r).hull(around(hi, r));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Interval i && i.lo.compareTo(lo) == 0 && i.hi.compareTo(hi) == 0;
  }

  @Override
  public int hashCode() {
    return lo.stripTrailingZeros().hashCode() * 31 + hi.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return "[" + lo.toPlainString() + ", " + hi.toPlainString() + "]";
  }
}
