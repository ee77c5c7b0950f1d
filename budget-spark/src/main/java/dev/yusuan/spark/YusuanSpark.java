package dev.yusuan.spark;

import dev.yusuan.spark.internal.Balancer;
import dev.yusuan.spark.internal.BinPartitioner;
import dev.yusuan.spark.internal.DocumentKeys;
import dev.yusuan.spark.internal.DocumentProcessor;
import dev.yusuan.spark.internal.DocumentResult;
import dev.yusuan.spark.internal.FilePart;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Reads and validates budget disclosures on Spark. The input is what {@code spark.read().format("binaryFile")}
 * gives (columns {@code path}, {@code length}, {@code content}); files named {@code x.pdf} and
 * {@code x-tables.pdf} in one directory are read as one document (narrative first), every other file is a
 * document of its own, in any format Yusuan reads.
 *
 * <pre>{@code
 * Dataset<Row> files = spark.read().format("binaryFile").load("hdfs:///disclosures/2024");
 * CheckResult r = YusuanSpark.check(files, ValidatorSpec.standard());
 * r.facts().write().parquet("hdfs:///yusuan/facts");
 * r.findings().write().parquet("hdfs:///yusuan/findings");
 * r.documents().write().parquet("hdfs:///yusuan/documents");
 * }</pre>
 *
 * <p>Documents are spread over partitions by size ({@code partitions} of them, see
 * {@link #check(Dataset, ValidatorSpec, int)}; a small first job sums the
 * sizes from {@code path} and {@code length} without reading contents). A document that cannot be read is a
 * {@code FAILED} row of {@link CheckResult#documents()} with the reason, never a failed job.
 */
public final class YusuanSpark {
  private static final List<String> COLUMNS = List.of("path", "length", "content");

  private YusuanSpark() {}

  /**
   * Checks every document, with {@code 2 × defaultParallelism} size-balanced partitions.
   *
   * @param binaryFiles the documents, as loaded by Spark's {@code binaryFile} source
   * @param spec the rules and tolerance to check with
   * @return the facts, findings and document rows, cached
   */
  public static CheckResult check(Dataset<Row> binaryFiles, ValidatorSpec spec) {
    return check(binaryFiles, spec, 2 * binaryFiles.sparkSession().sparkContext().defaultParallelism());
  }

  /**
   * Checks every document with {@code partitions} size-balanced partitions. Runs the job and caches the
   * per-document results (memory and disk) before returning, so the metrics are complete and the three
   * Datasets of the result are served from the cache.
   *
   * @param binaryFiles the documents, as loaded by Spark's {@code binaryFile} source ({@code path},
   *     {@code length}, {@code content})
   * @param spec the rules and tolerance to check with
   * @param partitions how many size-balanced partitions to spread the documents over
   * @return the facts, findings and document rows, cached
   * @throws IllegalArgumentException when the input lacks the {@code binaryFile} columns or
   *     {@code partitions < 1}
   * @throws dev.yusuan.rules.RuleSyntaxException when a rule text of the spec does not parse (checked on the
   *     driver before any document is read)
   */
  public static CheckResult check(Dataset<Row> binaryFiles, ValidatorSpec spec, int partitions) {
    spec.build();   // a rule text that does not parse fails here, once, not in every task
    return run(binaryFiles, spec, partitions, true);
  }

  /**
   * The facts of every document, read without validation (failures: use {@link #check} to see them).
   *
   * @param binaryFiles the documents, as loaded by Spark's {@code binaryFile} source
   * @return one row per published number
   */
  public static Dataset<FactRow> facts(Dataset<Row> binaryFiles) {
    return run(binaryFiles, ValidatorSpec.none(),
        2 * binaryFiles.sparkSession().sparkContext().defaultParallelism(), false).facts();
  }

  private static CheckResult run(Dataset<Row> binaryFiles, ValidatorSpec spec, int partitions, boolean cache) {
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be at least 1 / 分区数至少为 1: " + partitions);
    }
    List<String> have = Arrays.asList(binaryFiles.columns());
    if (!have.containsAll(COLUMNS)) {
      throw new IllegalArgumentException("not a binaryFile Dataset / 不是 binaryFile 数据集: columns " + have
          + ", need " + COLUMNS);
    }
    SparkSession spark = binaryFiles.sparkSession();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // 1. the work of each document, from names and sizes only (the binaryFile source skips the contents)
    Map<String, Long> weights = new HashMap<>(binaryFiles.select("path", "length").javaRDD()
        .mapToPair(r -> new Tuple2<>(DocumentKeys.documentId(r.getString(0)), r.getLong(1)))
        .reduceByKey(Long::sum).mapValues(Balancer::weight).collectAsMap());
    int bins = Math.max(1, Math.min(partitions, weights.size()));
    Broadcast<Map<String, Integer>> assignment = jsc.broadcast(Balancer.assign(weights, bins));
    // 2. each file to its document's partition, the files of a document adjacent, narrative first
    JavaPairRDD<String, FilePart> files = binaryFiles.select("path", "content").javaRDD()
        .mapToPair(r -> new Tuple2<>(DocumentKeys.sortKey(r.getString(0)),
            new FilePart(r.getString(0), (byte[]) r.get(1))));
    YusuanMetrics metrics = YusuanMetrics.register(spark.sparkContext());
    JavaRDD<DocumentResult> results = files
        .repartitionAndSortWithinPartitions(new BinPartitioner(bins, assignment))
        .mapPartitions(it -> DocumentProcessor.process(it, spec, metrics));
    Dataset<DocumentResult> ds = spark.createDataset(results.rdd(), Encoders.bean(DocumentResult.class));
    if (cache) {
      ds = ds.persist(StorageLevel.MEMORY_AND_DISK());
      ds.count();
    }
    return new CheckResult(ds, metrics);
  }
}
