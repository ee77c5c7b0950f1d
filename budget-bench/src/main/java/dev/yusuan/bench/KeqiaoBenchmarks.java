package dev.yusuan.bench;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.io.ReportWriter;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The three stages of {@code yusuan check} on the bundled Keqiao 2024 budget, warm: read the text
 * (detecting its format as the command line does), validate with every standard pack, both together,
 * write the JSON and the text report of one document. Compare with {@link BaselineBenchmarks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KeqiaoBenchmarks {
  /** The bundled example, a resource of budget-io. */
  public static final String RESOURCE = "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt";
  static final String NAME = "keqiao-rendaban-2024-budget.txt";

  byte[] text;
  Validator validator;
  BudgetDocument document;
  Report report;
  ReportWriter json;
  ReportWriter plain;
  ReportOptions options;
  ByteArrayOutputStream out;

  /**
   * Loads the example text, builds the validator, and reads and validates the document once so that
   * each benchmark measures one stage alone.
   *
   * @throws IOException if the bundled example cannot be read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    text = example();
    validator = Validator.builder().addAll(StandardRules.all()).build();
    document = read();
    report = validator.validate(document);
    json = BudgetIo.reportWriter("json").orElseThrow();
    plain = BudgetIo.reportWriter("text").orElseThrow();
    options = ReportOptions.builder().build();
    out = new ByteArrayOutputStream(1 << 16);
  }

  /**
   * Detect the format and read the text into a document (tables, facts, claims, targets).
   *
   * @return the document (returned so that the JIT cannot drop the work)
   */
  @Benchmark
  public BudgetDocument read() {
    return read(text, NAME);
  }

  /** {@link BudgetIo#read(InputStream, String)} of bytes in memory, as the command line reads a file. */
  static BudgetDocument read(byte[] content, String name) {
    try {
      return BudgetIo.read(new ByteArrayInputStream(content), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of the bundled example. */
  static byte[] example() throws IOException {
    try (InputStream in = KeqiaoBenchmarks.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return in.readAllBytes();
    }
  }

  /**
   * Validate the (already read) document with {@link StandardRules#all()}.
   *
   * @return the report
   */
  @Benchmark
  public Report validate() {
    return validator.validate(document);
  }

  /**
   * Read and validate, what {@code yusuan check} does per document (without writing the report).
   *
   * @return the report
   */
  @Benchmark
  public Report readAndValidate() {
    return validator.validate(read());
  }

  /**
   * Write the JSON report of one document.
   *
   * @return the number of bytes written
   * @throws IOException never in practice: the output is in memory
   */
  @Benchmark
  public int writeJsonReport() throws IOException {
    out.reset();
    json.write(List.of(report), List.of(document), options, out);
    return out.size();
  }

  /**
   * Write the text report of one document.
   *
   * @return the number of bytes written
   * @throws IOException never in practice: the output is in memory
   */
  @Benchmark
  public int writeTextReport() throws IOException {
    out.reset();
    plain.write(List.of(report), List.of(document), options, out);
    return out.size();
  }
}
