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

  /**
   * The closed interval [lo, hi].
   *
   * @param lo lower bound, inclusive (not null)
   * @param hi upper bound, inclusive (not null)
   * @return the interval
   * @throws IllegalArgumentException if {@code lo > hi} (an empty interval)
   * @throws NullPointerException if a bound is null
   */
  public static Interval of(BigDecimal lo, BigDecimal hi) {
    Objects.requireNonNull(lo, "lo");
    Objects.requireNonNull(hi, "hi");
    if (lo.compareTo(hi) > 0) {
      throw new IllegalArgumentException("empty interval [" + lo + ", " + hi + "]");
    }
    return new Interval(lo, hi);
  }

  /**
   * The degenerate interval [v, v]: an exactly known value.
   *
   * @param v the value (not null)
   * @return the point interval
   */
  public static Interval point(BigDecimal v) {
    return new Interval(v, v);
  }

  /**
   * The interval [v - radius, v + radius], e.g. a printed number and half a unit of its last printed
   * decimal.
   *
   * @param v the centre
   * @param radius the half-width, ≥ 0
   * @return the interval
   * @throws IllegalArgumentException if {@code radius} is negative
   */
  public static Interval around(BigDecimal v, BigDecimal radius) {
    if (radius.signum() < 0) {
      throw new IllegalArgumentException("negative radius " + radius);
    }
    return new Interval(v.subtract(radius), v.add(radius));
  }

  /**
   * The lower bound.
   *
   * @return the inclusive lower bound
   */
  public BigDecimal lo() {
    return lo;
  }

  /**
   * The upper bound.
   *
   * @return the inclusive upper bound
   */
  public BigDecimal hi() {
    return hi;
  }

  /**
   * The width of the interval, exact.
   *
   * @return {@code hi - lo}, ≥ 0
   */
  public BigDecimal width() {
    return hi.subtract(lo);
  }

  /**
   * The centre of the interval, exact.
   *
   * @return {@code (lo + hi) / 2}
   */
  public BigDecimal midpoint() {
    return lo.add(hi).divide(BigDecimal.valueOf(2));
  }

  /**
   * Whether the interval holds a single value (lo and hi numerically equal, whatever their scale).
   *
   * @return true when {@code lo == hi}
   */
  public boolean isPoint() {
    return lo.compareTo(hi) == 0;
  }

  /**
   * Interval sum, exact: [lo + o.lo, hi + o.hi].
   *
   * @param o the other addend
   * @return the sum
   */
  public Interval plus(Interval o) {
    return new Interval(lo.add(o.lo), hi.add(o.hi));
  }

  /**
   * Interval difference, exact: [lo - o.hi, hi - o.lo].
   *
   * @param o the subtrahend
   * @return the difference
   */
  public Interval minus(Interval o) {
    return new Interval(lo.subtract(o.hi), hi.subtract(o.lo));
  }

  /**
   * The negated interval [-hi, -lo].
   *
   * @return the negation
   */
  public Interval negate() {
    return new Interval(hi.negate(), lo.negate());
  }

  /**
   * Interval product, exact: the hull of the four products of the bounds.
   *
   * @param o the other factor
   * @return the product
   */
  public Interval times(Interval o) {
    BigDecimal a = lo.multiply(o.lo);
    BigDecimal b = lo.multiply(o.hi);
    BigDecimal c = hi.multiply(o.lo);
    BigDecimal d = hi.multiply(o.hi);
    return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
  }

  /**
   * Product with an exact scalar, e.g. a unit conversion factor.
   *
   * @param k the exact factor
   * @return the scaled interval
   */
  public Interval times(BigDecimal k) {
    return times(point(k));
  }

  /**
   * Whether 0 lies in this interval (so it would be a divisor that could be zero).
   *
   * @return true when {@code lo ≤ 0 ≤ hi}
   */
  public boolean containsZero() {
    return lo.signum() <= 0 && hi.signum() >= 0;
  }

  /**
   * Quotient, rounded outward at {@link #DIVISION_SCALE} decimals.
   *
   * @param o the divisor
   * @return an interval containing every exact quotient x / y with x in this and y in {@code o}
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

  /**
   * {@link #dividedBy(Interval)}, or empty when the divisor contains zero.
   *
   * @param o the divisor
   * @return the quotient, or empty when {@code o} contains zero
   */
  public Optional<Interval> dividedByIfDefined(Interval o) {
    return o.containsZero() ? Optional.empty() : Optional.of(dividedBy(o));
  }

  /**
   * Quotient by an exact scalar, rounded outward at {@link #DIVISION_SCALE} decimals.
   *
   * @param k the divisor, not zero
   * @return the quotient
   * @throws ArithmeticException if {@code k} is zero
   */
  public Interval dividedBy(BigDecimal k) {
    return dividedBy(point(k));
  }

  /**
   * Whether a value lies in this closed interval.
   *
   * @param v the value
   * @return true when {@code lo ≤ v ≤ hi}
   */
  public boolean contains(BigDecimal v) {
    return lo.compareTo(v) <= 0 && v.compareTo(hi) <= 0;
  }

  /**
   * Whether another interval lies entirely inside this one.
   *
   * @param o the other interval
   * @return true when every point of {@code o} is in this interval
   */
  public boolean contains(Interval o) {
    return lo.compareTo(o.lo) <= 0 && o.hi.compareTo(hi) <= 0;
  }

  /**
   * Whether the two intervals share at least one point, i.e. whether the two values they bound could
   * be equal.
   *
   * @param o the other interval
   * @return true when they overlap or touch
   */
  public boolean intersects(Interval o) {
    return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0;
  }

  /**
   * The common part of two intervals.
   *
   * @param o the other interval
   * @return the intersection, or empty when the intervals are disjoint
   */
  public Optional<Interval> intersection(Interval o) {
    BigDecimal l = lo.max(o.lo);
    BigDecimal h = hi.min(o.hi);
    return l.compareTo(h) <= 0 ? Optional.of(new Interval(l, h)) : Optional.empty();
  }

  /**
   * The smallest interval containing both.
   *
   * @param o the other interval
   * @return the hull
   */
  public Interval hull(Interval o) {
    return new Interval(lo.min(o.lo), hi.max(o.hi));
  }

  /**
   * The gap between the two intervals: how far apart the closest possible values are.
   *
   * @param o the other interval
   * @return the distance, 0 when they intersect
   */
  public BigDecimal distance(Interval o) {
    if (intersects(o)) {
      return BigDecimal.ZERO;
    }
    return hi.compareTo(o.lo) < 0 ? o.lo.subtract(hi) : lo.subtract(o.hi);
  }

  /**
   * Whether every point of this interval is below every point of {@code o}.
   *
   * @param o the other interval
   * @return true when {@code hi < o.lo}
   */
  public boolean certainlyLessThan(Interval o) {
    return hi.compareTo(o.lo) < 0;
  }

  /**
   * Whether every point of this interval is above every point of {@code o}.
   *
   * @param o the other interval
   * @return true when {@code lo > o.hi}
   */
  public boolean certainlyGreaterThan(Interval o) {
    return lo.compareTo(o.hi) > 0;
  }

  /**
   * Widens by {@code r} on each side, e.g. to add a rounding tolerance.
   *
   * @param r the widening, ≥ 0
   * @return [lo - r, hi + r]
   * @throws IllegalArgumentException if {@code r} is negative
   */
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
