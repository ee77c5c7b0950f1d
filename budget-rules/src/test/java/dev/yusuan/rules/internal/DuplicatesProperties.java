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

  @Property
  void sameChoiceAsComparingEveryPair(@ForAll("valLists") List<Val> vals) {
    assertThat(Duplicates.reference(new ArrayList<>(vals))).isEqualTo(naive(vals));
  }
}
