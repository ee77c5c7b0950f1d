package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Interval.Sum} and {@link Interval.Column} against the code they replace in the hierarchy sums: a
 * fold of {@link Interval#plus} over {@link Interval} objects, and {@link Interval#intersects}. Bounds
 * are compared with {@link BigDecimal#equals} (value and scale), on the edges of the long form
 * ({@link IntervalProperties#edgeBounds}: near 10^18 and Long.MAX_VALUE, scales -3 to 25, mixed scales).
 */
class IntervalSumProperties {
  @Provide
  Arbitrary<List<IntervalProperties.Bounds>> terms() {
    return new IntervalProperties().edgeBounds().list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<IntervalProperties.Bounds> bounds() {
    return new IntervalProperties().edgeBounds();
  }

  /** Small intervals of published-looking amounts, whose sums often meet the other interval. */
  @Provide
  Arbitrary<List<IntervalProperties.Bounds>> ordinary() {
    return Arbitraries.integers().between(0, 3).flatMap(scale -> Arbitraries.longs().between(-2_000, 2_000)
        .map(u -> new IntervalProperties.Bounds(BigDecimal.valueOf(10 * u - 5, scale + 1),
            BigDecimal.valueOf(10 * u + 5, scale + 1)))
        .list().ofMinSize(2).ofMaxSize(12));
  }

  private static Interval fold(List<IntervalProperties.Bounds> terms) {
    Interval s = terms.get(0).interval();
    for (int i = 1; i < terms.size(); i++) {
      s = s.plus(terms.get(i).interval());
    }
    return s;
  }

  private static void check(List<IntervalProperties.Bounds> terms, IntervalProperties.Bounds other) {
    Interval expected = fold(terms);
    Interval.Column column = new Interval.Column(terms.size() + 1);
    Interval.Sum fromObjects = new Interval.Sum();
    Interval.Sum fromColumn = new Interval.Sum();
    fromColumn.add(Interval.of(BigDecimal.ONE, BigDecimal.TEN)); // cleared below: a sum is reused
    fromColumn.clear();
    for (int i = 0; i < terms.size(); i++) {
      Interval t = terms.get(i).interval();
      assertThat(column.isSet(i)).isFalse();
      column.set(i, t);
      assertThat(column.isSet(i)).isTrue();
      // the column gives back the interval, scales included
      assertThat(column.get(i).lo()).isEqualTo(t.lo());
      assertThat(column.get(i).hi()).isEqualTo(t.hi());
      fromObjects.add(t);
      fromColumn.add(column, i);
    }
    Interval o = other.interval();
    int last = terms.size();
    column.set(last, o);
    for (Interval.Sum s : List.of(fromObjects, fromColumn)) {
      Interval actual = s.toInterval();
      assertThat(actual.lo()).isEqualTo(expected.lo());
      assertThat(actual.hi()).isEqualTo(expected.hi());
      assertThat(s.intersects(o)).isEqualTo(o.intersects(expected));
      assertThat(s.intersects(column, last)).isEqualTo(o.intersects(expected));
    }
  }

  @Property(tries = 1000)
  void sumIsTheFoldOfPlus(@ForAll("terms") List<IntervalProperties.Bounds> terms,
      @ForAll("bounds") IntervalProperties.Bounds other) {
    check(terms, other);
  }

  /**
   * Rounding intervals of amounts and a parent near their sum: the case of the hierarchy rules, where
   * whether the sum meets the parent is the decision (both answers are generated).
   */
  @Property(tries = 1000)
  void sumMeetsAsTheFoldDoes(@ForAll("ordinary") List<IntervalProperties.Bounds> terms,
      @ForAll("shift") int shift) {
    Interval sum = fold(terms);
    BigDecimal mid = sum.lo();
    BigDecimal step = BigDecimal.ONE.movePointLeft(sum.lo().scale());
    BigDecimal c = mid.add(step.multiply(BigDecimal.valueOf(shift)));
    check(terms, new IntervalProperties.Bounds(c.subtract(step.multiply(BigDecimal.valueOf(5))),
        c.add(step.multiply(BigDecimal.valueOf(5)))));
  }

  @Provide
  Arbitrary<Integer> shift() {
    return Arbitraries.integers().between(-200, 200);
  }

  @Property(tries = 100)
  void emptySumIsZero(@ForAll("bounds") IntervalProperties.Bounds other) {
    Interval.Sum s = new Interval.Sum();
    assertThat(s.toInterval()).isEqualTo(Interval.ZERO);
    assertThat(s.intersects(other.interval())).isEqualTo(other.interval().containsZero());
  }
}
