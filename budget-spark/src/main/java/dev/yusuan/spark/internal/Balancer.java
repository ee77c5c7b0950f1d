package dev.yusuan.spark.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Assigns documents to partitions so that each partition gets about the same work: largest document first,
 * each to the partition with the least work so far (longest processing time first; the heaviest partition
 * exceeds the mean by at most the heaviest document). A document's work is its size plus a fixed cost, so
 * that thousands of small text files do not all land on one partition either.
 */
public final class Balancer {
  /** The fixed cost of a document, in bytes of work: opening, detecting, validating. */
  public static final long DOCUMENT_COST = 64 * 1024;

  private Balancer() {}

  /** The work of a document of {@code bytes} bytes. */
  public static long weight(long bytes) {
    return Math.max(0, bytes) + DOCUMENT_COST;
  }

  /** Partition of every document (keys of {@code weights}), in {@code [0, partitions)}. */
  public static Map<String, Integer> assign(Map<String, Long> weights, int partitions) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions < 1: " + partitions);
    }
    List<Map.Entry<String, Long>> docs = new ArrayList<>(weights.entrySet());
    docs.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    // bins as {load, index}: least load first, then lowest index (deterministic)
    PriorityQueue<long[]> bins = new PriorityQueue<>(Comparator.<long[]>comparingLong(b -> b[0])
        .thenComparingLong(b -> b[1]));
    for (int i = 0; i < partitions; i++) {
      bins.add(new long[] {0, i});
    }
    Map<String, Integer> out = new HashMap<>(docs.size() * 2);
    for (Map.Entry<String, Long> d : docs) {
      long[] bin = bins.poll();
      out.put(d.getKey(), (int) bin[1]);
      bin[0] += d.getValue();
      bins.add(bin);
    }
    return out;
  }
}
