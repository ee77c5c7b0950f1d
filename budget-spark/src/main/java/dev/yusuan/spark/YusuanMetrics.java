package dev.yusuan.spark;

import dev.yusuan.spark.internal.DocumentResult;
import java.io.Serializable;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * Progress of a job as Spark accumulators, named {@code yusuan.documents}, {@code yusuan.facts},
 * {@code yusuan.findings}, {@code yusuan.failures} and {@code yusuan.bytes}: they show in the Spark UI while
 * the job runs and can be read on the driver at any time. Like every accumulator updated in a
 * transformation, a task that Spark runs again (a lost executor, an evicted cached partition) counts again.
 */
public final class YusuanMetrics implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Accumulator {@code yusuan.documents}. */
  private final LongAccumulator documents;
  /** Accumulator {@code yusuan.facts}. */
  private final LongAccumulator facts;
  /** Accumulator {@code yusuan.findings}. */
  private final LongAccumulator findings;
  /** Accumulator {@code yusuan.failures}. */
  private final LongAccumulator failures;
  /** Accumulator {@code yusuan.bytes}. */
  private final LongAccumulator bytes;

  private YusuanMetrics(SparkContext sc) {
    documents = sc.longAccumulator("yusuan.documents");
    facts = sc.longAccumulator("yusuan.facts");
    findings = sc.longAccumulator("yusuan.findings");
    failures = sc.longAccumulator("yusuan.failures");
    bytes = sc.longAccumulator("yusuan.bytes");
  }

  /**
   * New accumulators registered with {@code sc}.
   *
   * @param sc the job's Spark context (on the driver)
   * @return the metrics, all at 0
   */
  public static YusuanMetrics register(SparkContext sc) {
    return new YusuanMetrics(sc);
  }

  /**
   * Counts one processed document (called on executors).
   *
   * @param r the document's result: its facts, findings and document row
   */
  public void add(DocumentResult r) {
    documents.add(1);
    facts.add(r.getFactRows().size());
    findings.add(r.getFindingRows().stream().filter(f -> "RULE".equals(f.getOrigin())).count());
    failures.add("FAILED".equals(r.getDocument().getStatus()) ? 1 : 0);
    bytes.add(r.getDocument().getBytes());
  }

  /** {@return documents processed (read, or failed)} */
  public long documents() {
    return documents.value();
  }

  /** {@return facts read} */
  public long facts() {
    return facts.value();
  }

  /** {@return rule findings (reader diagnostics not included)} */
  public long findings() {
    return findings.value();
  }

  /** {@return documents that could not be read or validated} */
  public long failures() {
    return failures.value();
  }

  /** {@return bytes of input read} */
  public long bytes() {
    return bytes.value();
  }

  @Override
  public String toString() {
    return "documents=" + documents() + " facts=" + facts() + " findings=" + findings() + " failures=" + failures()
        + " bytes=" + bytes();
  }
}
