package dev.yusuan.bench;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The fixed cost of validating one small real document: the bundled Keqiao example (read once)
 * validated with every standard pack, alternated in one JVM with {@link BaselineBenchmarks}'s
 * decode-split-parse of the same text, as the figures of issue 13 ask for. Measured on the calling
 * thread, the figures a loaded machine disturbs least: its CPU time per operation (the best and the
 * median of several rounds of about {@code roundMillis} each) and the bytes it allocates per
 * operation. Also prints a SHA-256 of the report's findings, so that two versions can be seen to
 * report the same.
 *
 * <p>Run (after {@code mvn -B -o -q -pl budget-bench -am package -DskipTests}):
 * {@code java -cp budget-bench/target/benchmarks.jar dev.yusuan.bench.KeqiaoValidationCost
 * [warm-up seconds of CPU (5)] [rounds (8)] [round milliseconds of CPU (1000)]}: the two alternate in every
 * round. With {@code loop <seconds>} it
 * only validates for that long, e.g. under {@code -XX:StartFlightRecording} for a profile.
 */
public final class KeqiaoValidationCost {
  /** The JDK's thread bean, for the CPU time and the bytes allocated by the measuring thread. */
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Operations per allocation figure. */
  private static final int ALLOCATION_OPS = 200;

  /** Written by every operation, so that the JIT cannot drop its work. */
  private static volatile int sink;

  private KeqiaoValidationCost() {}

  /**
   * Prints the figures.
   *
   * @param args see the class comment
   * @throws Exception if the bundled example cannot be read
   */
  public static void main(String[] args) throws Exception {
    BaselineBenchmarks baseline = new BaselineBenchmarks();
    baseline.setUp();
    Validator validator = Validator.builder().addAll(StandardRules.all()).build();
    BudgetDocument document = KeqiaoBenchmarks.read(KeqiaoBenchmarks.example(), KeqiaoBenchmarks.NAME);
    Report report = validator.validate(document);
    System.out.printf(Locale.ROOT, "facts %d, claims %d, findings %d, findings SHA-256 %s%n",
        document.facts().size(), document.claims().size(), report.findings().size(), digest(report));
    if (args.length == 2 && args[0].equals("loop")) {
      long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
      long n = 0;
      while (System.nanoTime() < end) {
        n += validator.validate(document).findings().size();
      }
      System.out.println("done " + n);
      return;
    }
    int warmSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    long roundNanos = (args.length > 2 ? Long.parseLong(args[2]) : 1000) * 1_000_000L;
    Runnable base = () -> sink += baseline.decodeSplitParse();
    Runnable validate = () -> sink += validator.validate(document).findings().size();
    // the warm-up counts this thread's CPU time too: on a loaded machine wall time says little
    long warmStart = THREADS.getCurrentThreadCpuTime();
    while (THREADS.getCurrentThreadCpuTime() - warmStart < warmSeconds * 1_000_000_000L) {
      cpuPerOp(base, 50_000_000L);
      cpuPerOp(validate, 50_000_000L);
    }
    long[] baseCpu = new long[rounds];
    long[] validateCpu = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      baseCpu[i] = cpuPerOp(base, roundNanos);
      validateCpu[i] = cpuPerOp(validate, roundNanos);
    }
    long baseBytes = bytesPerOp(base);
    long validateBytes = bytesPerOp(validate);
    Arrays.sort(baseCpu);
    Arrays.sort(validateCpu);
    System.out.println("operation\tCPU µs/op best\tCPU µs/op median\tallocated B/op\tbest ÷ baseline best");
    row("baseline decodeSplitParse", baseCpu, baseBytes, baseCpu[0]);
    row("validate", validateCpu, validateBytes, baseCpu[0]);
    System.out.printf(Locale.ROOT, "load average %.2f, %d processors, Java %s%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
  }

  private static void row(String name, long[] sortedCpu, long bytes, long baselineBest) {
    System.out.printf(Locale.ROOT, "%s\t%.1f\t%.1f\t%d\t%.2f%n", name, sortedCpu[0] / 1e3,
        sortedCpu[sortedCpu.length / 2] / 1e3, bytes, (double) sortedCpu[0] / baselineBest);
  }

  /** Runs {@code op} for about {@code nanos} of this thread's CPU time; its CPU nanoseconds per run. */
  static long cpuPerOp(Runnable op, long nanos) {
    long start = THREADS.getCurrentThreadCpuTime();
    long now = start;
    long n = 0;
    while (now - start < nanos) {
      for (int i = 0; i < 16; i++) {
        op.run();
      }
      n += 16;
      now = THREADS.getCurrentThreadCpuTime();
    }
    return (now - start) / n;
  }

  /** The bytes this thread allocates per run of {@code op}, over {@link #ALLOCATION_OPS} runs. */
  static long bytesPerOp(Runnable op) {
    long a = THREADS.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < ALLOCATION_OPS; i++) {
      op.run();
    }
    return (THREADS.getCurrentThreadAllocatedBytes() - a) / ALLOCATION_OPS;
  }

  /** SHA-256 of every finding's text form, in the report's order. */
  static String digest(Report report) throws NoSuchAlgorithmException {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    for (Finding f : report.findings()) {
      md.update(f.toString().getBytes(StandardCharsets.UTF_8));
      md.update((byte) '\n');
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
