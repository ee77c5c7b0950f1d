package dev.yusuan.bench;

import dev.yusuan.model.BudgetDocument;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The cost of reading the bundled Keqiao example ({@link KeqiaoBenchmarks#read()}), alternated in one
 * JVM with {@link BaselineBenchmarks}'s decode-split-parse of the same text, measured on the calling
 * thread as {@link KeqiaoValidationCost} measures validation: CPU time per read (best and median of
 * several rounds) and bytes allocated per read. Also prints a SHA-256 of the document's
 * {@code toString()}, so that two versions can be seen to read the same document.
 *
 * <p>Run (after {@code mvn -B -o -q -pl budget-bench -am package -DskipTests}):
 * {@code java -cp budget-bench/target/benchmarks.jar dev.yusuan.bench.KeqiaoReadCost
 * [warm-up seconds of CPU (5)] [rounds (8)] [round milliseconds of CPU (1000)]}. With
 * {@code loop <seconds>} it only reads for that long, e.g. under {@code -XX:StartFlightRecording} for a
 * profile.
 */
public final class KeqiaoReadCost {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Written by every operation, so that the JIT cannot drop its work. */
  private static volatile int sink;

  private KeqiaoReadCost() {}

  /**
   * Prints the figures.
   *
   * @param args see the class comment
   * @throws Exception if the bundled example cannot be read
   */
  public static void main(String[] args) throws Exception {
    BaselineBenchmarks baseline = new BaselineBenchmarks();
    baseline.setUp();
    byte[] text = KeqiaoBenchmarks.example();
    BudgetDocument document = KeqiaoBenchmarks.read(text, KeqiaoBenchmarks.NAME);
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    System.out.printf(Locale.ROOT, "facts %d, claims %d, diagnostics %d, document SHA-256 %s%n",
        document.facts().size(), document.claims().size(), document.diagnostics().size(),
        HexFormat.of().formatHex(md.digest(document.toString().getBytes(StandardCharsets.UTF_8))));
    Runnable read = () -> sink += KeqiaoBenchmarks.read(text, KeqiaoBenchmarks.NAME).facts().size();
    if (args.length == 2 && args[0].equals("loop")) {
      long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
      while (System.nanoTime() < end) {
        read.run();
      }
      System.out.println("done " + sink);
      return;
    }
    int warmSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    long roundNanos = (args.length > 2 ? Long.parseLong(args[2]) : 1000) * 1_000_000L;
    Runnable base = () -> sink += baseline.decodeSplitParse();
    long warmStart = THREADS.getCurrentThreadCpuTime();
    while (THREADS.getCurrentThreadCpuTime() - warmStart < warmSeconds * 1_000_000_000L) {
      KeqiaoValidationCost.cpuPerOp(base, 50_000_000L);
      KeqiaoValidationCost.cpuPerOp(read, 50_000_000L);
    }
    long[] baseCpu = new long[rounds];
    long[] readCpu = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      baseCpu[i] = KeqiaoValidationCost.cpuPerOp(base, roundNanos);
      readCpu[i] = KeqiaoValidationCost.cpuPerOp(read, roundNanos);
    }
    long baseBytes = KeqiaoValidationCost.bytesPerOp(base);
    long readBytes = KeqiaoValidationCost.bytesPerOp(read);
    Arrays.sort(baseCpu);
    Arrays.sort(readCpu);
    System.out.println("operation\tCPU µs/op best\tCPU µs/op median\tallocated B/op\tbest ÷ baseline best"
        + "\tmedian ÷ baseline median");
    row("baseline decodeSplitParse", baseCpu, baseBytes, baseCpu);
    row("read", readCpu, readBytes, baseCpu);
    System.out.printf(Locale.ROOT, "load average %.2f, %d processors, Java %s%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
  }

  private static void row(String name, long[] sortedCpu, long bytes, long[] baseline) {
    long median = sortedCpu[sortedCpu.length / 2];
    System.out.printf(Locale.ROOT, "%s\t%.1f\t%.1f\t%d\t%.2f\t%.2f%n", name, sortedCpu[0] / 1e3, median / 1e3,
        bytes, (double) sortedCpu[0] / baseline[0], (double) median / baseline[baseline.length / 2]);
  }
}
