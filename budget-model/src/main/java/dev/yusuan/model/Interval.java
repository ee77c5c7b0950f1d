package dev.yusuan.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed interval [lo, hi] of exact decimals, with sound arithmetic: for any exact points x ∈ a and
 * y ∈ b, {@code x op y} lies in {@code a.op(b)}. Sums, differences and products are exact; quotients
 * are rounded outward at {@link #DIVISION_SCALE} decimals, so they stay sound. No floating point.
 *
 * <p>Bounds of one scale whose unscaled values fit a {@code long} (every rounding interval of a
 * published amount so far) are held as two {@code long}s and the scale, without a {@link BigDecimal};
 * sums, differences, negation and comparisons are then computed on the {@code long}s (rescaled
 * exactly to the finer scale, as {@link BigDecimal#add} does), and through {@link BigDecimal} when a
 * result would overflow. Any other bounds are held as {@link BigDecimal}s. The two forms are exact and
 * indistinguishable through this API, scales of the bounds included ({@code IntervalProperties}
 * compares every operation with the {@link BigDecimal} arithmetic on values at the {@code long}'s
 * edges).
 */
public final class Interval {
  /** Decimals kept by {@link #dividedBy(Interval)} (rounded outward). */
  public static final int DIVISION_SCALE = 12;

  /** 10^0 … 10^18. */
  private static final long[] TEN = new long[19];

  static {
    TEN[0] = 1;
    for (int i = 1; i < TEN.length; i++) {
      TEN[i] = TEN[i - 1] * 10;
    }
  }

  /** [0, 0]. */
  public static final Interval ZERO = new Interval(0, 0, 0);

  /** The bounds when not compact (both null when compact). */
  private final BigDecimal lo;
  private final BigDecimal hi;
  /** The compact form: unscaled bounds of the common {@link #scale}. */
  private final long ulo;
  private final long uhi;
  private final int scale;

  private Interval(BigDecimal lo, BigDecimal hi) {
    this.lo = lo;
    this.hi = hi;
    this.ulo = 0;
    this.uhi = 0;
    this.scale = 0;
  }

  private Interval(long ulo, long uhi, int scale) {
    this.lo = null;
    this.hi = null;
    this.ulo = ulo;
    this.uhi = uhi;
    this.scale = scale;
  }

  /**
   * The interval [ulo, uhi] × 10^-scale, the bounds being known to be in order (for {@link Amount}).
   */
  static Interval compact(long ulo, long uhi, int scale) {
    if (scale > MAX_SCALE || ulo == Long.MIN_VALUE) {
      return make(BigDecimal.valueOf(ulo, scale), BigDecimal.valueOf(uhi, scale));
    }
    return new Interval(ulo, uhi, scale);
  }

  /** Scales of the compact form lie within ±this (so that their differences are exact ints). */
  private static final int MAX_SCALE = 1 << 20;

  /** The interval of these (ordered) bounds, compact when they fit. */
  private static Interval make(BigDecimal lo, BigDecimal hi) {
    int s = lo.scale();
    if (s == hi.scale() && s <= MAX_SCALE && s >= -MAX_SCALE && lo.precision() <= 18 && hi.precision() <= 18) {
      return new Interval(lo.unscaledValue().longValue(), hi.unscaledValue().longValue(), s);
    }
    return new Interval(lo, hi);
  }

  private boolean isCompact() {
    return lo == null;
  }

  /**
   * Whether the bounds are held as {@code long}s (for the tests of the two forms).
   *
   * @return true for the compact form
   */
  boolean compactForm() {
    return isCompact();
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
    return make(lo, hi);
  }

  /**
   * The degenerate interval [v, v]: an exactly known value.
   *
   * @param v the value (not null)
   * @return the point interval
   */
  public static Interval point(BigDecimal v) {
    return make(v, v);
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
    return make(v.subtract(radius), v.add(radius));
  }

  /**
   * The lower bound.
   *
   * @return the inclusive lower bound
   */
  public BigDecimal lo() {
    return lo == null ? BigDecimal.valueOf(ulo, scale) : lo;
  }

  /**
   * The upper bound.
   *
   * @return the inclusive upper bound
   */
  public BigDecimal hi() {
    return hi == null ? BigDecimal.valueOf(uhi, scale) : hi;
  }

  // ------------------------------------------------------------ the long form

  /**
   * {@code u × 10^d} when it fits a long (0 for 0 whatever {@code d}), else {@link Long#MIN_VALUE} as
   * "does not fit" ({@code MIN_VALUE} is never a result: its magnitude has no positive counterpart, so
   * a product equal to it is also reported as not fitting).
   */
  private static long rescaled(long u, int d) {
    if (d == 0 || u == 0) {
      return u;
    }
    if (d < 0 || d >= TEN.length) {
      return Long.MIN_VALUE;
    }
    long m = TEN[d];
    long h = Math.multiplyHigh(u, m);
    long l = u * m;
    if ((h == 0 && l >= 0) || (h == -1 && l < 0)) {
      return l == Long.MIN_VALUE ? Long.MIN_VALUE : l;
    }
    return Long.MIN_VALUE;
  }

  /**
   * Compares {@code a × 10^-sa} with {@code b × 10^-sb} exactly. When the coarser one does not fit a
   * long at the finer scale, its magnitude is at least 2^63, beyond the other's: its sign decides.
   */
  private static int compareLongs(long a, int sa, long b, int sb) {
    if (sa == sb) {
      return Long.compare(a, b);
    }
    if (sa < sb) {
      long r = rescaled(a, sb - sa);
      return r == Long.MIN_VALUE ? Long.signum(a) : Long.compare(r, b);
    }
    long r = rescaled(b, sa - sb);
    return r == Long.MIN_VALUE ? -Long.signum(b) : Long.compare(a, r);
  }

  /** {@code x.compareTo(y)} of a bound of each interval ({@code xHi}: this one's upper bound). */
  private int compareBound(boolean xHi, Interval o, boolean yHi) {
    if (isCompact() && o.isCompact()) {
      return compareLongs(xHi ? uhi : ulo, scale, yHi ? o.uhi : o.ulo, o.scale);
    }
    return (xHi ? hi() : lo()).compareTo(yHi ? o.hi() : o.lo());
  }

  /**
   * The sum ({@code add}) or difference of two compact forms, at the finer of their scales, or null when
   * a bound does not fit a long there.
   */
  private static Interval combine(long a1, long b1, int s1, long a2, long b2, int s2, boolean add) {
    int s = Math.max(s1, s2);
    long x1 = rescaled(a1, s - s1);
    long y1 = rescaled(b1, s - s1);
    long x2 = rescaled(a2, s - s2);
    long y2 = rescaled(b2, s - s2);
    if (x1 == Long.MIN_VALUE || y1 == Long.MIN_VALUE || x2 == Long.MIN_VALUE || y2 == Long.MIN_VALUE) {
      return null;
    }
    long l = add ? x1 + x2 : x1 - y2;
    long h = add ? y1 + y2 : y1 - x2;
    boolean overflow = add
        ? ((x1 ^ l) & (x2 ^ l)) < 0 || ((y1 ^ h) & (y2 ^ h)) < 0
        : ((x1 ^ y2) & (x1 ^ l)) < 0 || ((y1 ^ x2) & (y1 ^ h)) < 0;
    if (overflow || l == Long.MIN_VALUE || h == Long.MIN_VALUE) {
      return null;
    }
    return new Interval(l, h, s);
  }

  /**
   * The width of the interval, exact.
   *
   * @return {@code hi - lo}, ≥ 0
   */
  public BigDecimal width() {
    if (isCompact()) {
      long w = uhi - ulo;
      if (((uhi ^ ulo) & (uhi ^ w)) >= 0) {
        return BigDecimal.valueOf(w, scale);
      }
    }
    return hi().subtract(lo());
  }

  /**
   * The centre of the interval, exact.
   *
   * @return {@code (lo + hi) / 2}
   */
  public BigDecimal midpoint() {
    return lo().add(hi()).divide(BigDecimal.valueOf(2));
  }

  /**
   * Whether the interval holds a single value (lo and hi numerically equal, whatever their scale).
   *
   * @return true when {@code lo == hi}
   */
  public boolean isPoint() {
    return isCompact() ? ulo == uhi : lo.compareTo(hi) == 0;
  }

  /**
   * Interval sum, exact: [lo + o.lo, hi + o.hi].
   *
   * @param o the other addend
   * @return the sum
   */
  public Interval plus(Interval o) {
    if (isCompact() && o.isCompact()) {
      Interval r = combine(ulo, uhi, scale, o.ulo, o.uhi, o.scale, true);
      if (r != null) {
        return r;
      }
    }
    return make(lo().add(o.lo()), hi().add(o.hi()));
  }

  /**
   * Interval difference, exact: [lo - o.hi, hi - o.lo].
   *
   * @param o the subtrahend
   * @return the difference
   */
  public Interval minus(Interval o) {
    if (isCompact() && o.isCompact()) {
      Interval r = combine(ulo, uhi, scale, o.ulo, o.uhi, o.scale, false);
      if (r != null) {
        return r;
      }
    }
    return make(lo().subtract(o.hi()), hi().subtract(o.lo()));
  }

  /**
   * The negated interval [-hi, -lo].
   *
   * @return the negation
   */
  public Interval negate() {
    if (isCompact() && ulo != Long.MIN_VALUE && uhi != Long.MIN_VALUE) {
      return new Interval(-uhi, -ulo, scale);
    }
    return make(hi().negate(), lo().negate());
  }

  /**
   * Interval product, exact: the hull of the four products of the bounds.
   *
   * @param o the other factor
   * @return the product
   */
  public Interval times(Interval o) {
    BigDecimal lo = lo();
    BigDecimal hi = hi();
    BigDecimal a = lo.multiply(o.lo());
    BigDecimal b = lo.multiply(o.hi());
    BigDecimal c = hi.multiply(o.lo());
    BigDecimal d = hi.multiply(o.hi());
    return make(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
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
    return isCompact() ? ulo <= 0 && uhi >= 0 : lo.signum() <= 0 && hi.signum() >= 0;
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
    BigDecimal lo = lo();
    BigDecimal hi = hi();
    BigDecimal[] q = {
      lo.divide(o.lo(), DIVISION_SCALE, RoundingMode.FLOOR), lo.divide(o.hi(), DIVISION_SCALE, RoundingMode.FLOOR),
      hi.divide(o.lo(), DIVISION_SCALE, RoundingMode.FLOOR), hi.divide(o.hi(), DIVISION_SCALE, RoundingMode.FLOOR),
    };
    BigDecimal[] r = {
      lo.divide(o.lo(), DIVISION_SCALE, RoundingMode.CEILING), lo.divide(o.hi(), DIVISION_SCALE, RoundingMode.CEILING),
      hi.divide(o.lo(), DIVISION_SCALE, RoundingMode.CEILING), hi.divide(o.hi(), DIVISION_SCALE, RoundingMode.CEILING),
    };
    BigDecimal min = q[0];
    BigDecimal max = r[0];
    for (int i = 1; i < 4; i++) {
      min = min.min(q[i]);
      max = max.max(r[i]);
    }
    return make(min.stripTrailingZeros(), max.stripTrailingZeros());
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
    return lo().compareTo(v) <= 0 && v.compareTo(hi()) <= 0;
  }

  /**
   * Whether another interval lies entirely inside this one.
   *
   * @param o the other interval
   * @return true when every point of {@code o} is in this interval
   */
  public boolean contains(Interval o) {
    return compareBound(false, o, false) <= 0 && compareBound(true, o, true) >= 0;
  }

  /**
   * Whether the two intervals share at least one point, i.e. whether the two values they bound could
   * be equal.
   *
   * @param o the other interval
   * @return true when they overlap or touch
   */
  public boolean intersects(Interval o) {
    return compareBound(false, o, true) <= 0 && compareBound(true, o, false) >= 0;
  }

  /**
   * The common part of two intervals.
   *
   * @param o the other interval
   * @return the intersection, or empty when the intervals are disjoint
   */
  public Optional<Interval> intersection(Interval o) {
    BigDecimal l = lo().max(o.lo());
    BigDecimal h = hi().min(o.hi());
    return l.compareTo(h) <= 0 ? Optional.of(make(l, h)) : Optional.empty();
  }

  /**
   * The smallest interval containing both.
   *
   * @param o the other interval
   * @return the hull
   */
  public Interval hull(Interval o) {
    return make(lo().min(o.lo()), hi().max(o.hi()));
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
    return certainlyLessThan(o) ? o.lo().subtract(hi()) : lo().subtract(o.hi());
  }

  /**
   * Whether every point of this interval is below every point of {@code o}.
   *
   * @param o the other interval
   * @return true when {@code hi < o.lo}
   */
  public boolean certainlyLessThan(Interval o) {
    return compareBound(true, o, false) < 0;
  }

  /**
   * Whether every point of this interval is above every point of {@code o}.
   *
   * @param o the other interval
   * @return true when {@code lo > o.hi}
   */
  public boolean certainlyGreaterThan(Interval o) {
    return compareBound(false, o, true) > 0;
  }

  /**
   * Widens by {@code r} on each side, e.g. to add a rounding tolerance.
   *
   * @param r the widening, ≥ 0
   * @return [lo - r, hi + r]
   * @throws IllegalArgumentException if {@code r} is negative
   */
  public Interval widen(BigDecimal r) {
    return around(lo(), r).hull(around(hi(), r));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Interval i && i.compareBound(false, this, false) == 0 && i.compareBound(true, this, true) == 0;
  }

  @Override
  public int hashCode() {
    return lo().stripTrailingZeros().hashCode() * 31 + hi().stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return "[" + lo().toPlainString() + ", " + hi().toPlainString() + "]";
  }

  // ------------------------------------------------------------ columns and sums without an object per value

  /**
   * A fixed number of slots, each empty or holding an interval: compact intervals (the long form, every
   * rounding interval of a published amount so far) as two {@code long}s and a scale in primitive arrays,
   * any other as its {@link Interval}. Made for a cache of many values that lives as long as a validation:
   * it holds no object per value, so a collector has nothing to trace or copy in it but a few arrays.
   * Not thread-safe.
   */
  public static final class Column {
    private final long[] lo;
    private final long[] hi;
    /** The scale + 1 of a compact slot; 0: empty; -1: wide (in {@link #wide}). */
    private final int[] state;
    private Interval[] wide;

    /**
     * An empty column.
     *
     * @param size the number of slots
     */
    public Column(int size) {
      lo = new long[size];
      hi = new long[size];
      state = new int[size];
    }

    /**
     * The number of slots.
     *
     * @return the size given when made
     */
    public int size() {
      return state.length;
    }

    /**
     * Whether slot {@code i} holds an interval.
     *
     * @param i the slot
     * @return true once {@link #set} was called for it
     */
    public boolean isSet(int i) {
      return state[i] != 0;
    }

    /**
     * Puts {@code v} in slot {@code i}.
     *
     * @param i the slot
     * @param v the interval
     */
    public void set(int i, Interval v) {
      if (v.isCompact() && v.scale >= 0 && v.scale < Integer.MAX_VALUE) {
        lo[i] = v.ulo;
        hi[i] = v.uhi;
        state[i] = v.scale + 1;
      } else {
        if (wide == null) {
          wide = new Interval[state.length];
        }
        wide[i] = v;
        state[i] = -1;
      }
    }

    /**
     * The interval in slot {@code i} (equal to the one set; a compact one is made anew).
     *
     * @param i the slot, set
     * @return its interval
     * @throws IllegalStateException when the slot is empty
     */
    public Interval get(int i) {
      int st = state[i];
      if (st == 0) {
        throw new IllegalStateException("empty slot " + i);
      }
      return st < 0 ? wide[i] : new Interval(lo[i], hi[i], st - 1);
    }
  }

  /**
   * An exact sum of intervals accumulated in place: after {@link #clear}, each {@link #add} adds an
   * interval (from a {@link Column} slot or an {@link Interval}); the sum equals, bound by bound, the
   * fold {@code a.plus(b).plus(c)…} of the same intervals, without an {@link Interval} per addition. On
   * the {@code long}s of the finest scale while they fit, through {@link BigDecimal} from the first
   * addition that would overflow. Not thread-safe.
   */
  public static final class Sum {
    private long lo;
    private long hi;
    private int scale;
    /** Non-null when the sum is held as {@link BigDecimal}s. */
    private BigDecimal bigLo;
    private BigDecimal bigHi;
    /** No interval added since the last {@link #clear}: the next one is taken as it is (its scale too). */
    private boolean empty = true;

    /** An empty sum (zero). */
    public Sum() {}

    /**
     * Back to zero.
     *
     * @return this
     */
    public Sum clear() {
      lo = 0;
      hi = 0;
      scale = 0;
      bigLo = null;
      bigHi = null;
      empty = true;
      return this;
    }

    /**
     * Adds the interval of slot {@code i} of {@code c}.
     *
     * @param c the column
     * @param i a set slot
     * @return this
     */
    public Sum add(Column c, int i) {
      int st = c.state[i];
      if (st > 0) {
        addCompact(c.lo[i], c.hi[i], st - 1);
      } else {
        add(c.get(i));
      }
      return this;
    }

    /**
     * Adds {@code v}.
     *
     * @param v the interval
     * @return this
     */
    public Sum add(Interval v) {
      if (empty) {
        empty = false;
        if (v.isCompact()) {
          lo = v.ulo;
          hi = v.uhi;
          scale = v.scale;
        } else {
          bigLo = v.lo;
          bigHi = v.hi;
        }
      } else if (v.isCompact()) {
        addCompact(v.ulo, v.uhi, v.scale);
      } else {
        addBig(v.lo, v.hi);
      }
      return this;
    }

    private void addCompact(long a, long b, int s) {
      if (empty) {
        empty = false;
        lo = a;
        hi = b;
        scale = s;
        return;
      }
      if (bigLo == null) {
        int t = Math.max(scale, s);
        long x1 = rescaled(lo, t - scale);
        long y1 = rescaled(hi, t - scale);
        long x2 = rescaled(a, t - s);
        long y2 = rescaled(b, t - s);
        if (x1 != Long.MIN_VALUE && y1 != Long.MIN_VALUE && x2 != Long.MIN_VALUE && y2 != Long.MIN_VALUE) {
          long l = x1 + x2;
          long h = y1 + y2;
          if (((x1 ^ l) & (x2 ^ l)) >= 0 && ((y1 ^ h) & (y2 ^ h)) >= 0 && l != Long.MIN_VALUE
              && h != Long.MIN_VALUE) {
            lo = l;
            hi = h;
            scale = t;
            return;
          }
        }
      }
      addBig(BigDecimal.valueOf(a, s), BigDecimal.valueOf(b, s));
    }

    private void addBig(BigDecimal a, BigDecimal b) {
      if (bigLo == null) {
        bigLo = BigDecimal.valueOf(lo, scale);
        bigHi = BigDecimal.valueOf(hi, scale);
      }
      bigLo = bigLo.add(a);
      bigHi = bigHi.add(b);
    }

    /**
     * Whether the sum meets the interval of slot {@code i} of {@code c} (as {@link Interval#intersects}).
     *
     * @param c the column
     * @param i a set slot
     * @return true when they have a point in common
     */
    public boolean intersects(Column c, int i) {
      int st = c.state[i];
      if (st > 0 && bigLo == null) {
        return compareLongs(lo, scale, c.hi[i], st - 1) <= 0 && compareLongs(hi, scale, c.lo[i], st - 1) >= 0;
      }
      return intersects(c.get(i));
    }

    /**
     * Whether the sum meets {@code v} (as {@link Interval#intersects}).
     *
     * @param v the interval
     * @return true when they have a point in common
     */
    public boolean intersects(Interval v) {
      return toInterval().intersects(v);
    }

    /**
     * The sum as an interval.
     *
     * @return [sum of the lower bounds, sum of the upper bounds]
     */
    public Interval toInterval() {
      if (empty) {
        return ZERO;
      }
      return bigLo == null ? compact(lo, hi, scale) : make(bigLo, bigHi);
    }
  }
}
