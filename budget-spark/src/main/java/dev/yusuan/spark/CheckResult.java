package dev.yusuan.spark;

import static org.apache.spark.sql.functions.explode;

import dev.yusuan.spark.internal.DocumentResult;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;

/**
 * The outcome of {@link YusuanSpark#check}: one row per document, per fact and per finding, as typed
 * Datasets with the schemas of {@link SparkSchemas}. They are derived from one cached Dataset of per-document
 * results, so writing all three reads every document once; {@link #unpersist()} frees the cache.
 */
public final class CheckResult {
  private final Dataset<DocumentResult> results;
  private final YusuanMetrics metrics;

  CheckResult(Dataset<DocumentResult> results, YusuanMetrics metrics) {
    this.results = results;
    this.metrics = metrics;
  }

  /** {@return one row per document, including those that failed (with the reason)} */
  public Dataset<DocumentRow> documents() {
    return results.select(SparkSchemas.select(SparkSchemas.DOCUMENTS, "document."))
        .as(Encoders.bean(DocumentRow.class));
  }

  /** {@return one row per published number} */
  public Dataset<FactRow> facts() {
    return results.select(explode(results.col("factRows")).as("f"))
        .select(SparkSchemas.select(SparkSchemas.FACTS, "f."))
        .as(Encoders.bean(FactRow.class));
  }

  /**
   * {@return one row per rule finding ({@code origin = RULE}) and per reader diagnostic ({@code origin = READER})}
   */
  public Dataset<FindingRow> findings() {
    return results.select(explode(results.col("findingRows")).as("f"))
        .select(SparkSchemas.select(SparkSchemas.FINDINGS, "f."))
        .as(Encoders.bean(FindingRow.class));
  }

  /** {@return the job's counters} */
  public YusuanMetrics metrics() {
    return metrics;
  }

  /** Frees the cached results. */
  public void unpersist() {
    results.unpersist();
  }
}
