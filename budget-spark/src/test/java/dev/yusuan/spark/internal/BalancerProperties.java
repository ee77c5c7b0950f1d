package dev.yusuan.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class BalancerProperties {
  /** Every document gets a partition in range, and no partition exceeds the mean by more than the heaviest document. */
  @Property
  void balancesWithinTheHeaviestDocument(
      @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 5_000_000) Long> sizes,
      @ForAll @IntRange(min = 1, max = 16) int partitions) {
    Map<String, Long> weights = new HashMap<>();
    for (int i = 0; i < sizes.size(); i++) {
      weights.put("doc" + i, Balancer.weight(sizes.get(i)));
    }
    Map<String, Integer> bins = Balancer.assign(weights, partitions);
    assertThat(bins.keySet()).isEqualTo(weights.keySet());
    long[] load = new long[partitions];
    bins.forEach((d, b) -> {
      assertThat(b).isBetween(0, partitions - 1);
      load[b] += weights.get(d);
    });
    long total = weights.values().stream().mapToLong(Long::longValue).sum();
    long heaviest = weights.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    for (long l : load) {
      assertThat(l).isLessThanOrEqualTo(total / partitions + heaviest);
    }
  }

  /** PDFs and small text files mixed: the partitions' loads differ by at most one document. */
  @Property
  void mixedSizesSpreadEvenly(@ForAll @IntRange(min = 10, max = 200) int texts,
      @ForAll @IntRange(min = 2, max = 40) int pdfs) {
    Map<String, Long> weights = new HashMap<>();
    for (int i = 0; i < texts; i++) {
      weights.put("t" + i, Balancer.weight(40_000));
    }
    for (int i = 0; i < pdfs; i++) {
      weights.put("p" + i, Balancer.weight(800_000));
    }
    Map<String, Integer> bins = Balancer.assign(weights, 4);
    long[] load = new long[4];
    bins.forEach((d, b) -> load[b] += weights.get(d));
    long max = java.util.Arrays.stream(load).max().orElseThrow();
    long min = java.util.Arrays.stream(load).min().orElseThrow();
    assertThat(max - min).isLessThanOrEqualTo(Balancer.weight(800_000));
  }
}
