package dev.yusuan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark of this module in one JMH run and prints a markdown table of the figures, each
 * with its ratio to {@link BaselineBenchmarks} from the same run; also times, in the same run, the
 * external reference {@code pdftotext -layout} on the PDF of {@link PdfBenchmarks} and the command line
 * ({@code yusuan check} of the example, and of 1,000 copies of it) in fresh JVMs, when they are there.
 *
 * <pre>
 * java -cp budget-bench/target/benchmarks.jar dev.yusuan.bench.BenchmarkTable [JMH options and regexps]
 * java -cp budget-bench/target/benchmarks.jar dev.yusuan.bench.BenchmarkTable --json results.json
 * </pre>
 *
 * Without a regular expression it runs {@link BaselineBenchmarks}, {@link KeqiaoBenchmarks},
 * {@link ScalingBenchmarks} and {@link PdfBenchmarks} (the last only when its PDF is found). JMH's own
 * options ({@code -f}, {@code -wi}, {@code -i}, {@code -prof gc}, {@code -p facts=1000}, …) pass through.
 * {@code --no-external} skips the processes; {@code --json FILE} only formats a JMH JSON result. When
 * {@link ScalingBenchmarks#validate} ran, rows per fact follow (time, ratio to 10⁴ facts, allocation
 * with {@code -prof gc}) and, unless {@code --no-retained}, the bytes retained per fact for the largest
 * size, measured in a fresh JVM ({@link ValidationFootprint}). The
 * JSON result of the run is kept in {@code target/benchmark-results.json} (or {@code -rff FILE}).
 * Run it from the repository's root (it finds the PDF and {@code bin/yusuan} there).
 */
public final class BenchmarkTable {
  static final String BASELINE = BaselineBenchmarks.class.getName() + ".decodeSplitParse";

  private BenchmarkTable() {}

  /** One row of the table: a name, its parameters, a time in microseconds, or a secondary figure. */
  record Row(String name, String params, double score, double error, String unit) {
    boolean time() {
      return unit.equals("us/op");
    }
  }

  /**
   * Runs the benchmarks and prints the table to standard output.
   *
   * @param args JMH options and benchmark regexps, {@code --no-external}, or {@code --json FILE}
   * @throws Exception when JMH fails or an option is wrong
   */
  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    PrintStream out = System.out;
    if (rest.size() == 2 && rest.get(0).equals("--json")) {
      List<Row> rows = new ArrayList<>(fromJson(Files.readString(Path.of(rest.get(1)))));
      rows.addAll(perFact(rows));
      out.print(markdown(rows, List.of()));
      return;
    }
    boolean external = !rest.remove("--no-external");
    boolean retained = !rest.remove("--no-retained");
    String load = loadAverage();
    List<Row> rows = new ArrayList<>(runJmh(rest.toArray(String[]::new)));
    rows.addAll(perFact(rows));
    if (retained) {
      rows.addAll(retained(rows));
    }
    List<Row> extra = external ? externals() : List.of();
    out.println();
    out.println("Load average before the run: " + load + "; after: " + loadAverage() + " ("
        + Runtime.getRuntime().availableProcessors() + " processors, Java " + System.getProperty("java.version")
        + ")");
    out.println();
    out.print(markdown(rows, extra));
  }

  private static List<Row> runJmh(String[] args) throws CommandLineOptionException, RunnerException,
      IOException {
    CommandLineOptions cl = new CommandLineOptions(args);
    ChainedOptionsBuilder o = new OptionsBuilder().parent(cl);
    if (cl.getIncludes().isEmpty()) {
      o.include(BaselineBenchmarks.class.getName() + "\\.").include(KeqiaoBenchmarks.class.getName() + "\\.")
          .include(ScalingBenchmarks.class.getName() + "\\.");
      Optional<Path> pdf = PdfBenchmarks.pdf();
      if (pdf.isPresent()) {
        o.include(PdfBenchmarks.class.getName() + "\\.");
      } else {
        System.err.println("BenchmarkTable: no PDF found (-D" + PdfBenchmarks.PROPERTY + "=FILE), PdfBenchmarks"
            + " left out");
      }
    } else if (!cl.getIncludes().contains(BASELINE)) {
      o.include(BASELINE); // every figure comes with its ratio to the baseline of the same run
    }
    PdfBenchmarks.pdf().ifPresent(p -> o.jvmArgsAppend("-D" + PdfBenchmarks.PROPERTY + "=" + p));
    Path json = Path.of(cl.getResult().orElse("target/benchmark-results.json"));
    if (json.toAbsolutePath().getParent() != null) {
      Files.createDirectories(json.toAbsolutePath().getParent());
    }
    o.resultFormat(ResultFormatType.JSON).result(json.toString());
    new Runner(o.build()).run();
    return fromJson(Files.readString(json));
  }

  /** The rows of a JMH JSON result: primary metrics, then secondary ones (e.g. of {@code -prof gc}). */
  static List<Row> fromJson(String json) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (JsonNode b : new ObjectMapper().readTree(json)) {
      String name = b.path("benchmark").asText();
      Map<String, String> ps = new TreeMap<>();
      b.path("params").fields().forEachRemaining(e -> ps.put(e.getKey(), e.getValue().asText()));
      String params = ps.isEmpty() ? "" : ps.toString().replaceAll("[{}]", "");
      JsonNode p = b.path("primaryMetric");
      rows.add(new Row(name, params, micros(p.path("score").asDouble(), p.path("scoreUnit").asText()),
          micros(error(p), p.path("scoreUnit").asText()), timeUnit(p.path("scoreUnit").asText())));
      b.path("secondaryMetrics").fields().forEachRemaining(e -> {
        String k = e.getKey();
        if (!k.equals("·gc.count") && !k.equals("·gc.time") && !k.equals("·gc.alloc.rate")) {
          rows.add(new Row(name + ":" + e.getKey(), params, e.getValue().path("score").asDouble(),
              error(e.getValue()), e.getValue().path("scoreUnit").asText()));
        }
      });
    }
    return rows;
  }

  static final String VALIDATE = ScalingBenchmarks.class.getName() + ".validate";

  /**
   * Rows per fact of {@link ScalingBenchmarks#validate}, from the same run: per size, the time per fact
   * of the synthetic document ({@link SyntheticDocuments#factCount}, e.g. 1,000,750 for
   * {@code facts=1000000}), its ratio to that of {@code facts=10000} (else of the smallest size), and
   * the bytes allocated per fact when the run had {@code -prof gc}.
   */
  static List<Row> perFact(List<Row> rows) {
    Map<Integer, Row> time = new TreeMap<>();
    Map<Integer, Row> alloc = new TreeMap<>();
    for (Row r : rows) {
      Integer n = facts(r.params());
      if (n == null) {
        continue;
      }
      if (r.name().equals(VALIDATE) && r.time()) {
        time.put(n, r);
      } else if (r.name().equals(VALIDATE + ":·gc.alloc.rate.norm")
          || r.name().equals(VALIDATE + ":gc.alloc.rate.norm")) {
        // (JMH 1.37 names its gc profiler's figures without the "·" of earlier versions)
        alloc.put(n, r);
      }
    }
    List<Row> out = new ArrayList<>();
    if (time.isEmpty()) {
      return out;
    }
    int ref = time.containsKey(10_000) ? 10_000 : time.keySet().iterator().next();
    double refPerFact = time.get(ref).score() / SyntheticDocuments.factCount(ref);
    for (Map.Entry<Integer, Row> e : time.entrySet()) {
      int count = SyntheticDocuments.factCount(e.getKey());
      String params = "facts=" + e.getKey() + " (" + String.format(Locale.ROOT, "%,d", count) + " facts)";
      Row r = e.getValue();
      out.add(new Row(VALIDATE + " per fact", params, r.score() / count, r.error() / count, "µs/fact"));
      out.add(new Row(VALIDATE + " per fact ÷ facts=" + ref, params, r.score() / count / refPerFact, Double.NaN,
          "×"));
      Row a = alloc.get(e.getKey());
      if (a != null) {
        out.add(new Row(VALIDATE + " allocated per fact", params, a.score() / count, a.error() / count, "B/fact"));
      }
    }
    return out;
  }

  /** The {@code facts} parameter of a row's parameters, or null. */
  private static Integer facts(String params) {
    for (String p : params.split(", ")) {
      if (p.startsWith("facts=")) {
        try {
          return Integer.valueOf(p.substring("facts=".length()));
        } catch (NumberFormatException e) {
          return null;
        }
      }
    }
    return null;
  }

  /** The heap of the fresh JVM that measures {@link #retained}: the same as the JMH fork's of ScalingBenchmarks. */
  static final List<String> RETAINED_HEAP = List.of("-Xms4g", "-Xmx4g");

  /**
   * When the run validated synthetic documents: the bytes retained per fact for the largest of its sizes
   * (10⁶ by default), in a fresh JVM ({@link ValidationFootprint} {@code --retained}): the heap after
   * full collections holding the document, and the document with its fact index and what one
   * validation left reachable, less the heap before it was made.
   */
  private static List<Row> retained(List<Row> rows) throws IOException, InterruptedException {
    int size = rows.stream().filter(r -> r.name().equals(VALIDATE)).map(r -> facts(r.params()))
        .filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
    if (size == 0) {
      return List.of();
    }
    List<String> command = new ArrayList<>();
    command.add(javaCommand());
    command.addAll(RETAINED_HEAP);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ValidationFootprint.class.getName(),
        "--retained", Integer.toString(size)));
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = p.waitFor();
    if (rc != 0) {
      throw new IOException(String.join(" ", command) + " exited with " + rc);
    }
    return retainedRows(size, output);
  }

  /** The rows of {@link ValidationFootprint#retained}'s output for {@code size}. */
  static List<Row> retainedRows(int size, String output) throws IOException {
    String[] lines = output.strip().split("\\R");
    if (lines.length != 2 || !lines[0].equals(ValidationFootprint.RETAINED_HEADER)) {
      throw new IOException("unexpected output of ValidationFootprint --retained: " + output);
    }
    String[] f = lines[1].split("\t");
    String params = "facts=" + size + " (" + String.format(Locale.ROOT, "%,d", Integer.parseInt(f[0]))
        + " facts, fresh JVM " + String.join(" ", RETAINED_HEAP) + ")";
    return List.of(
        new Row("document retained per fact (heap after GC)", params, Double.parseDouble(f[1]), Double.NaN,
            "B/fact"),
        new Row("document + index + validation retained per fact (heap after GC)", params,
            Double.parseDouble(f[2]), Double.NaN, "B/fact"));
  }

  private static double error(JsonNode metric) {
    double e = metric.path("scoreError").asDouble(Double.NaN);
    return Double.isFinite(e) ? e : Double.NaN;
  }

  private static String timeUnit(String unit) {
    return switch (unit) {
      case "s/op", "ms/op", "us/op", "ns/op" -> "us/op";
      default -> unit;
    };
  }

  /** A figure in microseconds (benchmark scores are a measurement; double is fine here, not money). */
  private static double micros(double v, String unit) {
    return switch (unit) {
      case "s/op" -> v * 1e6;
      case "ms/op" -> v * 1e3;
      case "ns/op" -> v / 1e3;
      default -> v;
    };
  }

  /** The table; ratios are to the baseline's time in the same rows. */
  static String markdown(List<Row> rows, List<Row> extra) {
    double base = rows.stream().filter(r -> r.name().equals(BASELINE)).mapToDouble(Row::score).findFirst()
        .orElse(Double.NaN);
    double pdftotext = extra.stream().filter(r -> r.name().startsWith("pdftotext")).mapToDouble(Row::score)
        .findFirst().orElse(Double.NaN);
    StringBuilder s = new StringBuilder();
    s.append("| benchmark | parameters | score | ± | unit | × baseline | × pdftotext |\n");
    s.append("|---|---|---:|---:|---|---:|---:|\n");
    List<Row> all = new ArrayList<>(rows);
    all.addAll(extra);
    for (Row r : all) {
      boolean pdf = r.name().contains("Pdf") || r.name().startsWith("pdftotext");
      s.append("| ").append(r.name().replace("dev.yusuan.bench.", "")).append(" | ").append(r.params())
          .append(" | ").append(number(r.score())).append(" | ").append(number(r.error())).append(" | ")
          .append(r.unit().replace("us/op", "µs/op")).append(" | ")
          .append(r.time() ? ratio(r.score(), base) : "").append(" | ")
          .append(r.time() && pdf ? ratio(r.score(), pdftotext) : "").append(" |\n");
    }
    return s.toString();
  }

  private static String number(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
  }

  private static String ratio(double v, double base) {
    return Double.isFinite(base) && base > 0 ? String.format(Locale.ROOT, "%.1f", v / base) : "";
  }

  // ---------------------------------------------------------------- processes outside the JVM

  private static List<Row> externals() throws IOException, InterruptedException {
    List<Row> rows = new ArrayList<>();
    Optional<Path> pdf = PdfBenchmarks.pdf();
    if (pdf.isPresent() && onPath("pdftotext")) {
      Path txt = Files.createTempFile("yusuan-bench", ".txt");
      rows.add(timed("pdftotext -layout (process)", "", 10,
          List.of("pdftotext", "-layout", pdf.get().toString(), txt.toString())));
      Files.deleteIfExists(txt);
    }
    Path launcher = Path.of("bin/yusuan");
    Path jar = Path.of("budget-cli/target/yusuan.jar");
    if (Files.isExecutable(launcher) && Files.isRegularFile(jar)) {
      Path dir = Files.createTempDirectory("yusuan-bench");
      Path one = dir.resolve("keqiao-rendaban-2024-budget.txt");
      byte[] text = KeqiaoBenchmarks.example();
      Files.write(one, text);
      Path copies = Files.createDirectory(dir.resolve("copies"));
      for (int i = 1; i <= 1000; i++) {
        Files.write(copies.resolve(String.format("copy-%04d.txt", i)), text);
      }
      String report = dir.resolve("report.txt").toString();
      rows.add(timed("bin/yusuan check example (process)", "", 5,
          List.of(launcher.toString(), "check", one.toString(), "--out", report)));
      rows.add(timed("java -jar yusuan.jar check example (process, no launcher flags)", "", 5,
          List.of(javaCommand(), "-jar", jar.toString(), "check", one.toString(), "--out", report)));
      rows.add(timed("bin/yusuan check 1,000 copies (process)", "", 2,
          List.of(launcher.toString(), "check", copies.toString(), "--out", report)));
      pdf.ifPresent(p -> rows.add(uncheckedTimed("bin/yusuan check PDF (process)", "", 3,
          List.of(launcher.toString(), "check", p.toString(), "--out", report))));
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    return rows;
  }

  /** The java command of this JVM. */
  private static String javaCommand() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static boolean onPath(String command) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, command))) {
        return true;
      }
    }
    return false;
  }

  private static Row uncheckedTimed(String name, String params, int runs, List<String> command) {
    try {
      return timed(name, params, runs, command);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Mean wall time of {@code runs} runs after one warm-up run (which fills the file cache), with the
   * half-range as the error; exit codes 0 and 1 (findings) count as success.
   */
  private static Row timed(String name, String params, int runs, List<String> command)
      throws IOException, InterruptedException {
    run(command);
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      run(command);
      t[i] = (System.nanoTime() - start) / 1e3;
    }
    double mean = Arrays.stream(t).average().orElseThrow();
    double half = (Arrays.stream(t).max().orElseThrow() - Arrays.stream(t).min().orElseThrow()) / 2;
    System.err.printf(Locale.ROOT, "BenchmarkTable: %s: %s µs%n", name, Arrays.toString(t));
    return new Row(name, params + (params.isEmpty() ? "" : ", ") + runs + " runs", mean, half, "us/op");
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    b.environment().put("YUSUAN_NO_BUILD", "1"); // time the jar as built, never a build
    Process p = b.start();
    int rc = p.waitFor();
    if (rc != 0 && rc != 1) {
      throw new IOException(String.join(" ", command) + " exited with " + rc);
    }
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).trim().split(" ");
      return String.join(" ", Arrays.asList(f).subList(0, Math.min(3, f.length)));
    } catch (IOException e) {
      return "unknown";
    }
  }
}
