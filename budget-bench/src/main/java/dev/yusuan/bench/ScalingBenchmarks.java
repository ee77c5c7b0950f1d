package dev.yusuan.bench;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.FactSet;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost against size on {@link SyntheticDocuments}: building the fact index and validating with every
 * standard pack should both grow linearly with the number of facts. The bytes retained per fact, which
 * JMH does not measure, are printed by {@link ValidationFootprint} (docs/benchmarks.md, "Validation")
 * and by {@link BenchmarkTable} (its retained rows).
 *
 * <p>The fork's heap is fixed and the same for every size ({@code -Xms4g -Xmx4g}; {@code -jvmArgs}
 * replaces it): with the default (a quarter of the memory, grown on demand) the young generation and
 * the collector's pauses differed from size to size and from run to run, which is what a cost per
 * fact compared across sizes must not measure. BenchmarkTable's own {@code -D} options are appended
 * ({@code jvmArgsAppend}) and keep it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
public class ScalingBenchmarks {
  /** About how many facts the synthetic document has (see {@link SyntheticDocuments}). */
  @Param({"1000", "10000", "100000", "1000000"})
  public int facts;

  BudgetDocument document;
  Validator validator;

  /**
   * Generates the synthetic document for {@link #facts} (seed 42), builds the validator and the
   * document's fact index.
   */
  @Setup(Level.Trial)
  public void setUp() {
    document = SyntheticDocuments.departmentBudget(facts, 42);
    validator = Validator.builder().addAll(StandardRules.all()).build();
    document.factSet(); // built once here, so that validate() measures evaluation only
  }

  /**
   * Index the facts: by key, by table and by parent in every dimension.
   *
   * @return the new fact set
   */
  @Benchmark
  public FactSet buildFactSet() {
    return FactSet.of(document.facts());
  }

  /**
   * Validate the document (its fact index already built).
   *
   * @return the report
   */
  @Benchmark
  public Report validate() {
    return validator.validate(document);
  }
}
