package dev.yusuan.bench;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.FactSet;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time and memory of validation against size on {@link SyntheticDocuments}, in one JVM, as the
 * figures of issue 13 ask for: per size, the best time per fact of building the fact index and of
 * validating with every standard pack, each size's ratio to the smallest, and the bytes retained per
 * fact: of the document alone, and in all (the heap after a full GC holding the document, its fact
 * index and whatever validating it left reachable from it, less the heap before it was made). JMH ({@link ScalingBenchmarks}) gives the time with error bars; this gives the retained heap,
 * which JMH does not measure, and two figures that a loaded machine disturbs less than wall time: the
 * validating thread's CPU time (without the garbage collector's threads) and the bytes it allocates.
 *
 * <p>Run (after {@code mvn -B -o package -pl budget-bench -am -DskipTests}):
 * {@code java -Xmx3g -cp budget-bench/target/benchmarks.jar dev.yusuan.bench.ValidationFootprint
 * [facts...]} (default 10000 100000 1000000); {@code --retained facts...} prints only the retained bytes
 * (what {@link BenchmarkTable} runs in a fresh JVM).
 */
public final class ValidationFootprint {
  /** The JDK's thread bean, for the CPU time and the bytes allocated by the measuring thread. */
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ValidationFootprint() {}

  /** One size's figures. */
  record Row(int facts, double indexMicrosPerFact, double validateMicrosPerFact, double validateCpuMicrosPerFact,
      double allocatedBytesPerFact, double documentBytesPerFact, double bytesPerFact) {}

  /**
   * Prints the table.
   *
   * @param args sizes in facts; none for 10⁴, 10⁵ and 10⁶
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("--retained")) {
      retained(java.util.Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray());
      return;
    }
    int[] sizes = args.length == 0 ? new int[] {10_000, 100_000, 1_000_000}
        : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    Validator validator = Validator.builder().addAll(StandardRules.all()).build();
    // warm up the code paths on a small document so that the first size is not measured cold
    BudgetDocument warm = SyntheticDocuments.departmentBudget(20_000, 7);
    for (int i = 0; i < 20; i++) {
      FactSet.of(warm.facts());
      validator.validate(warm);
    }
    List<Row> rows = new ArrayList<>();
    for (int size : sizes) {
      rows.add(measure(validator, size));
    }
    Row first = rows.get(0);
    System.out.println("facts\tindex µs/fact\tvalidate µs/fact\tvalidate ratio to first"
        + "\tvalidate CPU µs/fact\tallocated bytes/fact\tdocument bytes/fact\tretained bytes/fact");
    for (Row r : rows) {
      System.out.printf(Locale.ROOT, "%d\t%.3f\t%.3f\t%.2f\t%.3f\t%.0f\t%.0f\t%.0f%n", r.facts(),
          r.indexMicrosPerFact(), r.validateMicrosPerFact(),
          r.validateMicrosPerFact() / first.validateMicrosPerFact(), r.validateCpuMicrosPerFact(),
          r.allocatedBytesPerFact(), r.documentBytesPerFact(), r.bytesPerFact());
    }
  }

  /** The first line {@link #retained} prints, then one line per size. */
  static final String RETAINED_HEADER = "facts\tdocument bytes/fact\tretained bytes/fact";

  /**
   * For {@link BenchmarkTable} (run in a fresh JVM, {@code --retained SIZE…}): per size, after one index
   * and one validation (no warm-up, no timing), the bytes retained per fact, of the document alone and
   * with its index and what validating left reachable.
   */
  static void retained(int[] sizes) {
    Validator validator = Validator.builder().addAll(StandardRules.all()).build();
    System.out.println(RETAINED_HEADER);
    for (int size : sizes) {
      Row r = measure(validator, size, 1);
      System.out.printf(Locale.ROOT, "%d\t%.1f\t%.1f%n", r.facts(), r.documentBytesPerFact(), r.bytesPerFact());
    }
  }

  static Row measure(Validator validator, int size) {
    // about half a million facts of work per figure, at least 3 runs; the best run is the figure
    return measure(validator, size, Math.max(3, 500_000 / size));
  }

  static Row measure(Validator validator, int size, int runs) {
    long before = usedAfterGc();
    BudgetDocument d = SyntheticDocuments.departmentBudget(size, 42);
    long document = usedAfterGc();
    d.factSet();
    long indexed = usedAfterGc();
    int n = d.facts().size();
    long index = Long.MAX_VALUE;
    long validate = Long.MAX_VALUE;
    long cpu = Long.MAX_VALUE;
    long allocated = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      FactSet s = FactSet.of(d.facts());
      index = Math.min(index, System.nanoTime() - t);
      if (s.size() != n) {
        throw new IllegalStateException("index lost facts");
      }
      long c = THREADS.getCurrentThreadCpuTime();
      long a = THREADS.getCurrentThreadAllocatedBytes();
      t = System.nanoTime();
      Report r = validator.validate(d);
      validate = Math.min(validate, System.nanoTime() - t);
      cpu = Math.min(cpu, THREADS.getCurrentThreadCpuTime() - c);
      allocated = Math.min(allocated, THREADS.getCurrentThreadAllocatedBytes() - a);
      if (!r.findings().isEmpty()) {
        throw new IllegalStateException("the synthetic document should have no finding: " + r.findings().get(0));
      }
    }
    // what stays reachable from the document after validating it (its fact index included)
    long after = usedAfterGc();
    if (d.facts().isEmpty()) { // keeps d reachable until here
      throw new IllegalStateException();
    }
    return new Row(n, index / 1e3 / n, validate / 1e3 / n, cpu / 1e3 / n, (double) allocated / n,
        (double) (document - before) / n,
        (double) (after - before) / n);
  }

  static long usedAfterGc() {
    MemoryMXBean m = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      used = Math.min(used, m.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
