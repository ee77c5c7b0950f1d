package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Soundness of interval arithmetic: for random exact points inside random intervals, the exact result
 * of each operation lies inside the interval result. Division is checked exactly with BigDecimal
 * multiplication (q ∈ [lo, hi] ⟺ lo·y ≤ x ≤ hi·y for y > 0).
 */
class IntervalProperties {
  /** An interval and an exact point inside it. */
  record Pointed(Interval interval, BigDecimal point) {}

  private static Arbitrary<BigDecimal> decimals(long max) {
    return Combinators.combine(Arbitraries.longs().between(-max, max), Arbitraries.integers().between(0, 5))
        .as((u, s) -> new BigDecimal(BigInteger.valueOf(u), s));
  }

  private static Arbitrary<Pointed> pointed(Arbitrary<BigDecimal> los) {
    Arbitrary<BigDecimal> widths = Combinators.combine(Arbitraries.longs().between(0, 100_000_000L),
        Arbitraries.integers().between(0, 5)).as((u, s) -> new BigDecimal(BigInteger.valueOf(u), s));
    return Combinators.combine(los, widths, Arbitraries.integers().between(0, 1000))
        .as((lo, w, k) -> new Pointed(Interval.of(lo, lo.add(w)),
            lo.add(w.multiply(BigDecimal.valueOf(k)).movePointLeft(3))));
  }

  @Provide
  Arbitrary<Pointed> any() {
    return pointed(decimals(1_000_000_000_000L));
  }

  /** Intervals that do not contain zero (positive or negative), as divisors. */
  @Provide
  Arbitrary<Pointed> nonZero() {
    Arbitrary<Pointed> positive = pointed(Combinators.combine(Arbitraries.longs().between(1, 1_000_000_000L),
        Arbitraries.integers().between(0, 5)).as((u, s) -> new BigDecimal(BigInteger.valueOf(u), s)));
    return Combinators.combine(positive, Arbitraries.of(true, false)).as((p, neg) -> neg
        ? new Pointed(p.interval().negate(), p.point().negate()) : p);
  }

  @Property(tries = 300)
  void plusIsSound(@ForAll("any") Pointed a, @ForAll("any") Pointed b) {
    assertThat(a.interval().plus(b.interval()).contains(a.point().add(b.point()))).isTrue();
  }

  @Property(tries = 300)
  void minusIsSound(@ForAll("any") Pointed a, @ForAll("any") Pointed b) {
    assertThat(a.interval().minus(b.interval()).contains(a.point().subtract(b.point()))).isTrue();
  }

  @Property(tries = 300)
  void negateIsSoundAndAnInvolution(@ForAll("any") Pointed a) {
    assertThat(a.interval().negate().contains(a.point().negate())).isTrue();
    assertThat(a.interval().negate().negate()).isEqualTo(a.interval());
    assertThat(a.interval().negate().width()).isEqualByComparingTo(a.interval().width());
  }

  @Property(tries = 300)
  void timesIsSound(@ForAll("any") Pointed a, @ForAll("any") Pointed b) {
    assertThat(a.interval().times(b.interval()).contains(a.point().multiply(b.point()))).isTrue();
    assertThat(a.interval().times(b.point()).contains(a.point().multiply(b.point()))).isTrue();
  }

  @Property(tries = 300)
  void dividedByIsSound(@ForAll("any") Pointed a, @ForAll("nonZero") Pointed b) {
    Interval q = a.interval().dividedBy(b.interval());
    BigDecimal x = a.point();
    BigDecimal y = b.point();
    BigDecimal loY = q.lo().multiply(y);
    BigDecimal hiY = q.hi().multiply(y);
    if (y.signum() > 0) {
      assertThat(loY).isLessThanOrEqualTo(x);
      assertThat(x).isLessThanOrEqualTo(hiY);
    } else {
      assertThat(hiY).isLessThanOrEqualTo(x);
      assertThat(x).isLessThanOrEqualTo(loY);
    }
    assertThat(a.interval().dividedByIfDefined(b.interval())).contains(q);
  }

  @Property(tries = 300)
  void sumWidthIsTheSumOfWidths(@ForAll("any") Pointed a, @ForAll("any") Pointed b) {
    Interval x = a.interval();
    Interval y = b.interval();
    assertThat(x.plus(y).width()).isEqualByComparingTo(x.width().add(y.width()));
    assertThat(x.minus(y).width()).isEqualByComparingTo(x.width().add(y.width()));
    assertThat(x.width().signum()).isGreaterThanOrEqualTo(0);
    assertThat(x.contains(x.midpoint())).isTrue();
  }

  @Property(tries = 300)
  void intersectionAndHullLaws(@ForAll("any") Pointed a, @ForAll("any") Pointed b) {
    Interval x = a.interval();
    Interval y = b.interval();
    Interval hull = x.hull(y);
    assertThat(hull).isEqualTo(y.hull(x));
    assertThat(hull.contains(x) && hull.contains(y)).isTrue();
    assertThat(hull.width()).isGreaterThanOrEqualTo(x.width().max(y.width()));
    assertThat(x.intersection(y)).isEqualTo(y.intersection(x));
    assertThat(x.intersection(y).isPresent()).isEqualTo(x.intersects(y));
    x.intersection(y).ifPresent(i -> {
      assertThat(x.contains(i) && y.contains(i)).isTrue();
      assertThat(i.width()).isLessThanOrEqualTo(x.width().min(y.width()));
    });
    // a point of both lies in the intersection
    if (y.contains(a.point())) {
      assertThat(x.intersection(y)).hasValueSatisfying(i -> assertThat(i.contains(a.point())).isTrue());
    }
    assertThat(x.distance(y).signum() == 0).isEqualTo(x.intersects(y));
    assertThat(x.certainlyLessThan(y)).isEqualTo(y.certainlyGreaterThan(x));
    assertThat(x.intersection(x)).contains(x);
  }

  // --- the long form against BigDecimal arithmetic (the form Interval had before) ---

  /** Bounds as BigDecimals, the reference of every operation. */
  record Bounds(BigDecimal lo, BigDecimal hi) {
    Interval interval() {
      return Interval.of(lo, hi);
    }
  }

  /**
   * Unscaled values around the edges of the long form: near ±10^17, ±10^18 (the compact limit),
   * ±Long.MAX_VALUE and MIN_VALUE and their halves (sums and rescalings overflow), ordinary values,
   * zero.
   */
  private static Arbitrary<BigInteger> edgeUnscaled() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L).map(BigInteger::valueOf),
        Arbitraries.of(0L, 1L, -1L, 5L, -5L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 2,
            Long.MIN_VALUE / 2, Long.MAX_VALUE / 10, Long.MIN_VALUE / 10, Long.MAX_VALUE / 1000)
            .map(BigInteger::valueOf),
        Combinators.combine(Arbitraries.of(16, 17, 18, 19), Arbitraries.integers().between(-3, 3),
                Arbitraries.of(1, -1))
            .as((e, d, sign) -> BigInteger.TEN.pow(e).add(BigInteger.valueOf(d))
                .multiply(BigInteger.valueOf(sign))));
  }

  /**
   * Ordered bounds, mostly of one scale (the long form when they fit), sometimes of two (the
   * BigDecimal form); scales -3 to 25, so that rescaling to the finer scale overflows at times.
   */
  @Provide
  Arbitrary<Bounds> edgeBounds() {
    Arbitrary<Integer> scale = Arbitraries.oneOf(Arbitraries.integers().between(0, 4),
        Arbitraries.integers().between(-3, 25));
    return Combinators.combine(edgeUnscaled(), edgeUnscaled(), scale, scale, Arbitraries.integers().between(0, 3))
        .as((a, b, s, t, same) -> {
          BigDecimal x = new BigDecimal(a, s);
          BigDecimal y = new BigDecimal(b, same == 0 ? t : s);
          return x.compareTo(y) <= 0 ? new Bounds(x, y) : new Bounds(y, x);
        });
  }

  private static void sameBounds(Interval actual, BigDecimal lo, BigDecimal hi) {
    // BigDecimal.equals: the same value at the same scale, as the BigDecimal form gave
    assertThat(actual.lo()).isEqualTo(lo);
    assertThat(actual.hi()).isEqualTo(hi);
  }

  @Property(tries = 1000)
  void longFormAgreesWithBigDecimal(@ForAll("edgeBounds") Bounds a, @ForAll("edgeBounds") Bounds b) {
    Interval x = a.interval();
    Interval y = b.interval();
    assertThat(x.compactForm()).isEqualTo(a.lo().scale() == a.hi().scale() && a.lo().precision() <= 18
        && a.hi().precision() <= 18);
    sameBounds(x, a.lo(), a.hi());
    sameBounds(x.plus(y), a.lo().add(b.lo()), a.hi().add(b.hi()));
    sameBounds(x.minus(y), a.lo().subtract(b.hi()), a.hi().subtract(b.lo()));
    sameBounds(x.negate(), a.hi().negate(), a.lo().negate());
    sameBounds(x.plus(y).minus(y).plus(x.negate()).negate().negate(),
        a.lo().add(b.lo()).subtract(b.hi()).add(a.hi().negate()),
        a.hi().add(b.hi()).subtract(b.lo()).add(a.lo().negate()));
    assertThat(x.width()).isEqualTo(a.hi().subtract(a.lo()));
    assertThat(x.isPoint()).isEqualTo(a.lo().compareTo(a.hi()) == 0);
    assertThat(x.containsZero()).isEqualTo(a.lo().signum() <= 0 && a.hi().signum() >= 0);
    assertThat(x.contains(y)).isEqualTo(a.lo().compareTo(b.lo()) <= 0 && b.hi().compareTo(a.hi()) <= 0);
    assertThat(x.intersects(y)).isEqualTo(a.lo().compareTo(b.hi()) <= 0 && b.lo().compareTo(a.hi()) <= 0);
    assertThat(x.certainlyLessThan(y)).isEqualTo(a.hi().compareTo(b.lo()) < 0);
    assertThat(x.certainlyGreaterThan(y)).isEqualTo(a.lo().compareTo(b.hi()) > 0);
    assertThat(x.contains(b.lo())).isEqualTo(a.lo().compareTo(b.lo()) <= 0 && b.lo().compareTo(a.hi()) <= 0);
    assertThat(x.equals(y)).isEqualTo(a.lo().compareTo(b.lo()) == 0 && a.hi().compareTo(b.hi()) == 0);
    if (x.equals(y)) {
      assertThat(x.hashCode()).isEqualTo(y.hashCode());
    }
    assertThat(x.hashCode())
        .isEqualTo(a.lo().stripTrailingZeros().hashCode() * 31 + a.hi().stripTrailingZeros().hashCode());
    assertThat(x.toString()).isEqualTo("[" + a.lo().toPlainString() + ", " + a.hi().toPlainString() + "]");
    sameBounds(x.hull(y), a.lo().min(b.lo()), a.hi().max(b.hi()));
    BigDecimal l = a.lo().max(b.lo());
    BigDecimal h = a.hi().min(b.hi());
    assertThat(x.intersection(y).isPresent()).isEqualTo(l.compareTo(h) <= 0);
    x.intersection(y).ifPresent(i -> sameBounds(i, l, h));
    BigDecimal distance = x.intersects(y) ? BigDecimal.ZERO
        : a.hi().compareTo(b.lo()) < 0 ? b.lo().subtract(a.hi()) : a.lo().subtract(b.hi());
    assertThat(x.distance(y)).isEqualTo(distance);
    BigDecimal p1 = a.lo().multiply(b.lo());
    BigDecimal p2 = a.lo().multiply(b.hi());
    BigDecimal p3 = a.hi().multiply(b.lo());
    BigDecimal p4 = a.hi().multiply(b.hi());
    sameBounds(x.times(y), p1.min(p2).min(p3).min(p4), p1.max(p2).max(p3).max(p4));
  }

  /**
   * A rounding interval whose bounds have at most 18 digits is in the long form, and its bounds are
   * those of BigDecimal arithmetic.
   */
  @Property(tries = 300)
  void amountIntervalsAreLong(@ForAll("any") Pointed p, @ForAll MoneyUnit from, @ForAll MoneyUnit to) {
    BigDecimal v = p.point();
    Amount a = Amount.of(v, from);
    Interval i = a.interval(to);
    BigDecimal h = BigDecimal.valueOf(5, v.scale() + 1);
    BigDecimal lo = from.convert(v.subtract(h), to);
    BigDecimal hi = from.convert(v.add(h), to);
    sameBounds(i, lo, hi);
    if (lo.precision() <= 18 && hi.precision() <= 18) {
      assertThat(i.compactForm()).isTrue();
    }
  }
}
