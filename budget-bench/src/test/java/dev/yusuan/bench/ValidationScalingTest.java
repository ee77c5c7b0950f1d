package dev.yusuan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.FactSet;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Validation and indexing are linear in the number of facts: a document with 8 times the facts takes
 * about 8 times as long. The bound is generous (24, three times linear) so that a loaded machine does
 * not make the test flaky, yet a quadratic step (64 times) fails it. Each figure is the best of several
 * interleaved runs after a warm-up, which removes most of the noise of other processes, and is the
 * measuring thread's CPU time where the JVM reports it (time spent waiting for a core on a shared
 * machine does not count). The bytes a validation allocates, which no other process disturbs, must
 * grow linearly too (within 1.5 times linear).
 */
class ValidationScalingTest {
  static final int SMALL = 4_000;
  static final int FACTOR = 8;
  static final double BOUND = FACTOR * 3.0;
  static final Validator VALIDATOR = Validator.builder().addAll(StandardRules.all()).build();
  static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();

  /** Nanoseconds now: the current thread's CPU time where supported, else wall time. */
  static long now() {
    return CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /** Best time in nanoseconds of {@code runs} calls. */
  static long best(Supplier<?> work, int runs) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long t = now();
      Object o = work.get();
      best = Math.min(best, now() - t);
      assertThat(o).isNotNull();
    }
    return best;
  }

  /** Bytes the current thread allocates in one call (after a warm-up call), or -1 when not measurable. */
  static long allocated(Supplier<?> work) {
    if (!(THREADS instanceof com.sun.management.ThreadMXBean t) || !t.isThreadAllocatedMemorySupported()
        || !t.isThreadAllocatedMemoryEnabled()) {
      return -1;
    }
    work.get();
    long a = t.getCurrentThreadAllocatedBytes();
    assertThat(work.get()).isNotNull();
    return t.getCurrentThreadAllocatedBytes() - a;
  }

  static double ratio(Supplier<?> small, Supplier<?> large) {
    for (int i = 0; i < 5; i++) { // warm up both sizes
      small.get();
      large.get();
    }
    long s = Long.MAX_VALUE;
    long l = Long.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      s = Math.min(s, best(small, 3));
      l = Math.min(l, best(large, 1));
    }
    return (double) l / s;
  }

  @Test
  void validationTimeGrowsLinearlyWithTheFacts() {
    BudgetDocument small = SyntheticDocuments.departmentBudget(SMALL, 1);
    BudgetDocument large = SyntheticDocuments.departmentBudget(SMALL * FACTOR, 1);
    double facts = (double) large.facts().size() / small.facts().size();
    assertThat(facts).isBetween(FACTOR * 0.9, FACTOR * 1.1);
    small.factSet();
    large.factSet();
    Supplier<Report> vs = () -> VALIDATOR.validate(small);
    Supplier<Report> vl = () -> VALIDATOR.validate(large);
    assertThat(vl.get().findings()).isEmpty(); // the work is evaluation, not report building
    double r = ratio(vs, vl);
    assertThat(r).as("validate %d facts / %d facts", large.facts().size(), small.facts().size())
        .isLessThan(BOUND);
  }

  @Test
  void validationAllocatesLinearlyInTheFacts() {
    BudgetDocument small = SyntheticDocuments.departmentBudget(SMALL, 3);
    BudgetDocument large = SyntheticDocuments.departmentBudget(SMALL * FACTOR, 3);
    small.factSet();
    large.factSet();
    long s = allocated(() -> VALIDATOR.validate(small));
    long l = allocated(() -> VALIDATOR.validate(large));
    Assumptions.assumeTrue(s > 0 && l > 0, "this JVM does not report allocated bytes per thread");
    double facts = (double) large.facts().size() / small.facts().size();
    assertThat((double) l / s).as("bytes allocated validating %d facts / %d facts", large.facts().size(),
        small.facts().size()).isLessThan(facts * 1.5);
  }

  @Test
  void indexingTimeGrowsLinearlyWithTheFacts() {
    BudgetDocument small = SyntheticDocuments.departmentBudget(SMALL, 2);
    BudgetDocument large = SyntheticDocuments.departmentBudget(SMALL * FACTOR, 2);
    Supplier<FactSet> fs = () -> FactSet.of(small.facts());
    Supplier<FactSet> fl = () -> FactSet.of(large.facts());
    double r = ratio(fs, fl);
    assertThat(r).as("index %d facts / %d facts", large.facts().size(), small.facts().size()).isLessThan(BOUND);
  }
}
