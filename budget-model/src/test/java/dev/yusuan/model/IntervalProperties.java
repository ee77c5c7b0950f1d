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
}
