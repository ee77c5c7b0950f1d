package dev.yusuan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark method once (not a JMH run: no forks, no warm-up), with the smallest value of
 * each parameter, so that {@code mvn verify} catches a broken benchmark quickly. Also checks that JMH's
 * annotation processor registered exactly these benchmarks.
 */
class BenchmarksSmokeTest {
  static final List<Class<?>> BENCHMARKS = List.of(BaselineBenchmarks.class, KeqiaoBenchmarks.class,
      ScalingBenchmarks.class, PdfBenchmarks.class);

  @Test
  void jmhRegisteredEveryBenchmark() {
    Set<String> registered = new TreeSet<>();
    for (BenchmarkListEntry e : BenchmarkList.defaultList().getAll(
        OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of())) {
      registered.add(e.getUsername());
    }
    Set<String> declared = new TreeSet<>();
    for (Class<?> c : BENCHMARKS) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Benchmark.class)) {
          declared.add(c.getName() + "." + m.getName());
        }
      }
    }
    assertThat(declared).contains("dev.yusuan.bench.KeqiaoBenchmarks.read",
        "dev.yusuan.bench.KeqiaoBenchmarks.validate", "dev.yusuan.bench.KeqiaoBenchmarks.writeJsonReport",
        "dev.yusuan.bench.ScalingBenchmarks.buildFactSet", "dev.yusuan.bench.ScalingBenchmarks.validate");
    assertThat(registered).isEqualTo(declared);
  }

  @Test
  void everyBenchmarkMethodRunsOnce() throws Exception {
    List<String> ran = new ArrayList<>();
    for (Class<?> c : BENCHMARKS) {
      if (c == PdfBenchmarks.class && PdfBenchmarks.pdf().isEmpty()) {
        continue; // its PDF is not part of this module (see pdfBenchmarksReadTheRealPdf)
      }
      Object state = c.getDeclaredConstructor().newInstance();
      for (Field f : c.getDeclaredFields()) {
        Param p = f.getAnnotation(Param.class);
        if (p != null) {
          int smallest = Arrays.stream(p.value()).mapToInt(Integer::parseInt).min().orElseThrow();
          f.setInt(state, smallest);
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Setup.class)) {
          m.invoke(state);
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(Benchmark.class)) {
          Object result = m.invoke(state);
          assertThat(result).as(m.toString()).isNotNull();
          if (result instanceof Integer size) {
            assertThat(size).as("bytes written by %s", m).isPositive();
          }
          ran.add(c.getSimpleName() + "." + m.getName());
        }
      }
    }
    assertThat(ran).contains("BaselineBenchmarks.decodeSplitParse", "KeqiaoBenchmarks.readAndValidate",
        "KeqiaoBenchmarks.read", "KeqiaoBenchmarks.validate",
        "KeqiaoBenchmarks.writeJsonReport", "ScalingBenchmarks.buildFactSet", "ScalingBenchmarks.validate");
  }

  @Test
  void keqiaoBenchmarksWorkOnTheRealExample() throws Exception {
    KeqiaoBenchmarks b = new KeqiaoBenchmarks();
    b.setUp();
    assertThat(b.read().facts()).hasSize(b.document.facts().size()).isNotEmpty();
    // the example's known contradictions: the benchmark validates for real
    assertThat(b.validate().hasErrors()).isTrue();
    assertThat(b.out.size()).isZero();
    b.writeJsonReport();
    assertThat(b.out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"narrative.amount\"");
  }

  @Test
  void baselineParsesEveryNumberOfTheExample() throws Exception {
    BaselineBenchmarks b = new BaselineBenchmarks();
    b.setUp();
    assertThat(b.decodeSplitParse()).isGreaterThan(500);
    assertThat(BaselineBenchmarks.isDecimal("-1,234.50")).isTrue();
    assertThat(BaselineBenchmarks.isDecimal("12.")).isFalse();
    assertThat(BaselineBenchmarks.isDecimal("合计")).isFalse();
    assertThat(BaselineBenchmarks.isDecimal("")).isFalse();
  }

  @Test
  void pdfBenchmarksReadTheRealPdf() throws Exception {
    // in the reactor the PDF is budget-pdf's test resource, found from the working directory
    org.junit.jupiter.api.Assumptions.assumeTrue(PdfBenchmarks.pdf().isPresent(), "no PDF in this checkout");
    PdfBenchmarks b = new PdfBenchmarks();
    b.setUp();
    assertThat(b.read().tables()).isNotEmpty();
    assertThat(b.read().facts()).isNotEmpty();
  }

  @Test
  void tableRatiosAreToTheBaselineOfTheSameRun() throws Exception {
    String json = "[{\"benchmark\":\"" + BenchmarkTable.BASELINE + "\",\"params\":{},\"primaryMetric\":"
        + "{\"score\":200.0,\"scoreError\":5.0,\"scoreUnit\":\"us/op\"},\"secondaryMetrics\":{}},"
        + "{\"benchmark\":\"dev.yusuan.bench.PdfBenchmarks.firstRead\",\"params\":{},\"primaryMetric\":"
        + "{\"score\":0.9,\"scoreError\":\"NaN\",\"scoreUnit\":\"s/op\"},\"secondaryMetrics\":"
        + "{\"·gc.alloc.rate.norm\":{\"score\":1024.0,\"scoreError\":1.0,\"scoreUnit\":\"B/op\"}}}]";
    List<BenchmarkTable.Row> rows = BenchmarkTable.fromJson(json);
    assertThat(rows).hasSize(3);
    String table = BenchmarkTable.markdown(rows,
        List.of(new BenchmarkTable.Row("pdftotext -layout (process)", "", 100_000, 1, "us/op")));
    assertThat(table).contains("| BaselineBenchmarks.decodeSplitParse |  | 200 | 5.00 | µs/op | 1.0 |  |")
        .contains("| PdfBenchmarks.firstRead |  | 900,000 |  | µs/op | 4500.0 | 9.0 |")
        .contains("| PdfBenchmarks.firstRead:·gc.alloc.rate.norm |  | 1,024 | 1.00 | B/op |  |  |")
        .contains("| pdftotext -layout (process) |  | 100,000 | 1.00 | µs/op | 500.0 | 1.0 |");
  }

  @Test
  void perFactRowsDivideByTheSyntheticDocumentsFacts() throws Exception {
    String json = "[" + validate(1000, 2_000.0, 500_000.0) + "," + validate(10000, 10_020.0, 2_004_000.0) + ","
        + validate(1000000, 2_001_500.0, 100_000_000.0) + "]";
    List<BenchmarkTable.Row> rows = BenchmarkTable.fromJson(json);
    List<BenchmarkTable.Row> perFact = BenchmarkTable.perFact(rows);
    // per size: time per fact, ratio to 10⁴, allocation per fact
    assertThat(perFact).hasSize(9);
    int n6 = SyntheticDocuments.factCount(1_000_000);
    int n4 = SyntheticDocuments.factCount(10_000);
    BenchmarkTable.Row t6 = perFact.get(6);
    assertThat(t6.unit()).isEqualTo("µs/fact");
    assertThat(t6.params()).isEqualTo(String.format(java.util.Locale.ROOT, "facts=1000000 (%,d facts)", n6));
    assertThat(t6.score()).isCloseTo(2_001_500.0 / n6, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(perFact.get(7).score())
        .isCloseTo((2_001_500.0 / n6) / (10_020.0 / n4), org.assertj.core.api.Assertions.within(1e-9));
    assertThat(perFact.get(4).score()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(perFact.get(8).score()).isCloseTo(100_000_000.0 / n6, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(BenchmarkTable.markdown(rows.subList(0, 1), List.of())).doesNotContain("per fact");
  }

  @Test
  void perFactAllocationIsReadUnderEitherNameOfTheGcProfiler() throws Exception {
    // JMH 1.37 writes "gc.alloc.rate.norm", earlier versions "·gc.alloc.rate.norm"
    String json = "[" + validate(10000, 10_020.0, 1_002_000.0).replace("·gc.", "gc.") + "]";
    List<BenchmarkTable.Row> perFact = BenchmarkTable.perFact(BenchmarkTable.fromJson(json));
    assertThat(perFact).extracting(BenchmarkTable.Row::unit).containsExactly("µs/fact", "×", "B/fact");
  }

  private static String validate(int facts, double micros, double bytes) {
    return "{\"benchmark\":\"" + BenchmarkTable.VALIDATE + "\",\"params\":{\"facts\":\"" + facts + "\"},"
        + "\"primaryMetric\":{\"score\":" + micros + ",\"scoreError\":1.0,\"scoreUnit\":\"us/op\"},"
        + "\"secondaryMetrics\":{\"·gc.alloc.rate.norm\":{\"score\":" + bytes + ",\"scoreError\":1.0,"
        + "\"scoreUnit\":\"B/op\"}}}";
  }

  @Test
  void retainedRowsAreReadFromTheFreshJvmsOutput() throws Exception {
    List<BenchmarkTable.Row> rows = BenchmarkTable.retainedRows(1_000_000,
        ValidationFootprint.RETAINED_HEADER + "\n1000750\t219.0\t234.5\n");
    assertThat(rows).extracting(BenchmarkTable.Row::score).containsExactly(219.0, 234.5);
    assertThat(rows).extracting(BenchmarkTable.Row::unit).containsOnly("B/fact");
    assertThat(rows.get(0).params()).startsWith("facts=1000000 (1,000,750 facts, fresh JVM -Xms4g -Xmx4g");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenchmarkTable.retainedRows(1, "oops"))
        .isInstanceOf(java.io.IOException.class);
  }

  /** Without a property the PDF benchmark reads the candidate with the most pages; unreadable files are skipped. */
  @Test
  void theDefaultPdfIsTheOneWithTheMostPages(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    for (int[] spec : new int[][] {{1, 'a'}, {3, 'b'}, {2, 'c'}}) {
      try (org.apache.pdfbox.pdmodel.PDDocument d = new org.apache.pdfbox.pdmodel.PDDocument()) {
        for (int p = 0; p < spec[0]; p++) {
          d.addPage(new org.apache.pdfbox.pdmodel.PDPage());
        }
        d.save(dir.resolve((char) spec[1] + ".pdf").toFile());
      }
    }
    java.nio.file.Files.writeString(dir.resolve("z.pdf"), "not a pdf");
    org.assertj.core.api.Assertions.assertThat(PdfBenchmarks.longest(dir))
        .hasValueSatisfying(f -> org.assertj.core.api.Assertions.assertThat(f.getFileName()).hasToString("b.pdf"));
    org.assertj.core.api.Assertions.assertThat(PdfBenchmarks.pdf()).hasValueSatisfying(f ->
        org.assertj.core.api.Assertions.assertThat(f.toString()).contains("budget-pdf"));
  }
}
