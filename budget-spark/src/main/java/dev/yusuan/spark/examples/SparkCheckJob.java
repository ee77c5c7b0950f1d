package dev.yusuan.spark.examples;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.sum;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Validator;
import dev.yusuan.spark.CheckResult;
import dev.yusuan.spark.ValidatorSpec;
import dev.yusuan.spark.YusuanSpark;
import dev.yusuan.spark.internal.DocumentKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * A Spark job to copy: check every disclosure under a directory and write documents, facts and findings as
 * Parquet. Submit it with {@code spark-submit} (see docs/spark.md); it lives in budget-spark rather than in
 * the {@code examples} module so that {@code examples} does not depend on Spark.
 *
 * <pre>
 * spark-submit --class dev.yusuan.spark.examples.SparkCheckJob … INPUT_DIR OUTPUT_DIR [PARTITIONS]
 * java … dev.yusuan.spark.examples.SparkCheckJob --plain INPUT_DIR     (the same documents in a plain loop)
 * </pre>
 */
public final class SparkCheckJob {
  private SparkCheckJob() {}

  /**
   * Runs the job (or, with {@code --plain}, the same documents in a plain loop, for comparison).
   *
   * @param args {@code INPUT_DIR OUTPUT_DIR [PARTITIONS]} or {@code --plain INPUT_DIR}
   * @throws Exception when the job fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--plain")) {
      plain(Path.of(args[1]));
      return;
    }
    if (args.length < 2 || args.length > 3) {
      System.err.println("usage: SparkCheckJob INPUT_DIR OUTPUT_DIR [PARTITIONS] | SparkCheckJob --plain INPUT_DIR");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("yusuan-check").getOrCreate();
    try {
      long start = System.nanoTime();
      Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(args[0]);
      CheckResult r = args.length == 3
          ? YusuanSpark.check(files, ValidatorSpec.standard(), Integer.parseInt(args[2]))
          : YusuanSpark.check(files, ValidatorSpec.standard());
      r.documents().write().mode(SaveMode.Overwrite).parquet(args[1] + "/documents");
      r.facts().write().mode(SaveMode.Overwrite).parquet(args[1] + "/facts");
      r.findings().write().mode(SaveMode.Overwrite).parquet(args[1] + "/findings");
      double seconds = (System.nanoTime() - start) / 1e9;
      long docs = r.metrics().documents();
      System.out.printf("spark: %s%n%d documents in %.2f s: %.2f documents/s%n", r.metrics(), docs, seconds,
          docs / seconds);
      // where the time went, by file extension: documents, mean milliseconds reading and validating one
      r.documents().groupBy(substring_index(col("documentId"), ".", -1).as("extension"), col("status"))
          .agg(count("*").as("documents"), round(avg("readMillis"), 1).as("meanReadMs"),
              round(avg("validateMillis"), 1).as("meanValidateMs"), sum("facts").as("facts"))
          .orderBy("extension", "status").show(false);
      r.unpersist();
    } finally {
      spark.stop();
    }
  }

  /** The same documents (paired the same way) read and validated one after the other, without Spark. */
  static void plain(Path dir) throws IOException {
    Map<String, List<Path>> documents = new LinkedHashMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).sorted(Comparator.comparing(q -> DocumentKeys.sortKey(q.toString())))
          .toList()) {
        documents.computeIfAbsent(DocumentKeys.documentId(p.toString()), k -> new ArrayList<>()).add(p);
      }
    }
    Validator validator = ValidatorSpec.standard().validator();
    long start = System.nanoTime();
    long facts = 0;
    long findings = 0;
    long failures = 0;
    for (List<Path> files : documents.values()) {
      try {
        BudgetDocument d = BudgetIo.read(files);
        facts += d.facts().size();
        findings += validator.validate(d).findings().size();
      } catch (IOException | RuntimeException e) {
        failures++;
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("plain loop: documents=%d facts=%d findings=%d failures=%d%n%d documents in %.2f s:"
        + " %.2f documents/s%n", documents.size(), facts, findings, failures, documents.size(), seconds,
        documents.size() / seconds);
  }
}
