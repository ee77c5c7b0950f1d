package dev.yusuan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Duplicates.Seen} tells narrative amounts apart exactly as the text {@code key@line=amount}
 * it replaced, also for members holding the text's separators and amounts of negative scale.
 * {@link Duplicates#reference} (sorted ends and binary search, O(n log n)) chooses exactly the
 * publication that comparing every pair chooses: the one meeting the most others, the first on ties.
 */
class DuplicatesProperties {
  @Provide
  Arbitrary<Val> vals() {
    return Arbitraries.integers().between(-20, 20).flatMap(lo -> Arbitraries.integers().between(0, 6)
        .map(w -> Val.published(Interval.of(BigDecimal.valueOf(lo), BigDecimal.valueOf(lo + w)),
            BigDecimal.valueOf(lo), BigDecimal.ONE, true, null)));
  }

  @Provide
  Arbitrary<List<Val>> valLists() {
    return vals().list().ofMinSize(1).ofMaxSize(40);
  }

  static int naive(List<Val> vals) {
    int best = 0;
    int bestCount = -1;
    for (int i = 0; i < vals.size(); i++) {
      int c = 0;
      for (Val v : vals) {
        if (v.iv().intersects(vals.get(i).iv())) {
          c++;
        }
      }
      if (c > bestCount) {
        best = i;
        bestCount = c;
      }
    }
    return best;
  }

  @Provide
  Arbitrary<List<Object[]>> amounts() {
    Arbitrary<String> member = Arbitraries.of("201", "2010101", "A", "201,FUND_SOURCE=A", "A=B", "X@1", "");
    Arbitrary<dev.yusuan.model.Coordinates> coordinates = Arbitraries.of(dev.yusuan.model.FactDimension.FUNCTION,
        dev.yusuan.model.FactDimension.ECONOMIC, dev.yusuan.model.FactDimension.PROJECT).flatMap(d -> member
            .flatMap(m -> member.map(m2 -> m.isEmpty() ? dev.yusuan.model.Coordinates.of(java.util.Map.of())
                : m2.isEmpty() ? dev.yusuan.model.Coordinates.of(d, m)
                : dev.yusuan.model.Coordinates.of(java.util.Map.of(d, m,
                    dev.yusuan.model.FactDimension.FUND_SOURCE, m2)))));
    Arbitrary<dev.yusuan.model.FactKey> key = net.jqwik.api.Combinators.combine(
        Arbitraries.of(dev.yusuan.model.Concept.EXPENDITURE, dev.yusuan.model.Concept.REVENUE), coordinates)
        .as(dev.yusuan.model.FactKey::new);
    Arbitrary<java.util.OptionalInt> line = Arbitraries.integers().between(0, 3)
        .map(i -> i == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(i));
    Arbitrary<dev.yusuan.model.Amount> amount = net.jqwik.api.Combinators.combine(Arbitraries.integers()
        .between(0, 3), Arbitraries.integers().between(-2, 2), Arbitraries.of(dev.yusuan.model.MoneyUnit.values()))
        .as((v, scale, unit) -> dev.yusuan.model.Amount.of(BigDecimal.valueOf(v * 100L, 0).setScale(scale,
            java.math.RoundingMode.UNNECESSARY), unit));
    return net.jqwik.api.Combinators.combine(key, line, amount).as((k, l, a) -> new Object[] {k, l, a}).list()
        .ofMaxSize(30);
  }

  @Property(tries = 500)
  void seenAsTheText(@ForAll("amounts") List<Object[]> met) {
    Duplicates.Seen seen = new Duplicates.Seen();
    java.util.Set<String> text = new java.util.HashSet<>();
    for (Object[] m : met) {
      dev.yusuan.model.FactKey k = (dev.yusuan.model.FactKey) m[0];
      java.util.OptionalInt line = (java.util.OptionalInt) m[1];
      dev.yusuan.model.Amount a = (dev.yusuan.model.Amount) m[2];
      assertThat(seen.add(k, line, a)).as("%s %s %s", k, line, a).isEqualTo(text.add(k + "@" + line + "=" + a));
    }
  }

  @Property
  void sameChoiceAsComparingEveryPair(@ForAll("valLists") List<Val> vals) {
    assertThat(Duplicates.reference(new ArrayList<>(ivs(vals)))).isEqualTo(naive(vals));
  }

  private static List<Interval> ivs(List<Val> vals) {
    return vals.stream().map(Val::iv).toList();
  }

  /**
   * The short cut of {@link Duplicates#tables} and {@link Duplicates#narrative}: when the first
   * publication meets every other, it is the one {@link Duplicates#reference} chooses (and every
   * other meets it, so nothing is compared); otherwise the short cut is not taken. Against the naive
   * choice, on lists where the first often meets all (narrow, close intervals).
   */
  @Property(tries = 2000)
  void firstMeetingAllIsTheReference(@ForAll("valLists") List<Val> vals) {
    List<Interval> ivs = ivs(vals);
    boolean all = Duplicates.meetsAll(ivs, 0);
    boolean naiveAll = true;
    for (Val v : vals) {
      naiveAll &= v.iv().intersects(vals.get(0).iv()) && vals.get(0).iv().intersects(v.iv());
    }
    assertThat(all).isEqualTo(naiveAll);
    if (all) {
      assertThat(naive(vals)).isZero();
    }
  }

  /**
   * The short cut of {@link Duplicates#narrative} when the tolerance has no slack: an amount passes
   * the comparison {@code EQ} with the reference ({@link Judge#compare}, what {@link Lazily#compare}
   * decides) exactly when their intervals meet, so no value is made for one that does. Intervals of
   * any scales and signs, also beyond {@code long}.
   */
  @Property(tries = 2000)
  void equalWithoutSlackIsMeeting(@ForAll("wide") Val a, @ForAll("wide") Val b) {
    assertThat(Judge.compare(a, Relation.EQ, b, BigDecimal.ZERO).pass()).isEqualTo(a.iv().intersects(b.iv()));
  }

  @Provide
  Arbitrary<Val> wide() {
    // small values (often equal ends) and values beyond long, at scales -2 … 3
    Arbitrary<java.math.BigInteger> small = Arbitraries.bigIntegers().between(java.math.BigInteger.valueOf(-30),
        java.math.BigInteger.valueOf(30));
    Arbitrary<java.math.BigInteger> huge = small.map(u -> u.add(java.math.BigInteger.TEN.pow(20)));
    Arbitrary<BigDecimal> v = Arbitraries.oneOf(small, small, huge).flatMap(u -> Arbitraries.integers()
        .between(-2, 3).map(s -> new BigDecimal(u, s)));
    return net.jqwik.api.Combinators.combine(v, v).as((x, y) -> Val.published(
        Interval.of(x.min(y), x.max(y)), x, BigDecimal.ONE, true, null));
  }
}
