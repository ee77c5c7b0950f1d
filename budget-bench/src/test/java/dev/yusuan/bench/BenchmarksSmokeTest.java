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
  static final List<Class<?>> BENCHMARKS = List.of(KeqiaoBenchmarks.class, ScalingBenchmarks.class);

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
    assertThat(ran).contains("KeqiaoBenchmarks.read", "KeqiaoBenchmarks.validate",
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
}
