package dev.yusuan.spark.internal;

import java.util.Map;
import org.apache.spark.Partitioner;
import org.apache.spark.broadcast.Broadcast;

/** Sends each file to the partition {@link Balancer} chose for its document (keys are {@link DocumentKeys#sortKey}). */
public final class BinPartitioner extends Partitioner {
  private static final long serialVersionUID = 1L;
  private final int partitions;
  private final Broadcast<Map<String, Integer>> bins;

  public BinPartitioner(int partitions, Broadcast<Map<String, Integer>> bins) {
    this.partitions = partitions;
    this.bins = bins;
  }

  @Override
  public int numPartitions() {
    return partitions;
  }

  @Override
  public int getPartition(Object key) {
    String doc = DocumentKeys.documentOfSortKey((String) key);
    Integer bin = bins.value().get(doc);
    return bin != null ? bin : Math.floorMod(doc.hashCode(), partitions);
  }

  @Override
  public boolean equals(Object o) {
    return o == this;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
