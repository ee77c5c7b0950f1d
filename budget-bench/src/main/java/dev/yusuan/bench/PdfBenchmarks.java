package dev.yusuan.bench;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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
 * Reading a real PDF disclosure (by default the longest of budget-pdf's real test PDFs: 26 pages,
 * narrative and tables in one file) as the command line does ({@link BudgetIo#read(java.io.InputStream, String)}: detection,
 * PDFBox, table reconstruction, facts, claims): {@link #read} warm in one JVM, {@link #firstRead} the
 * first PDF of a fresh JVM (class loading and interpreted code included; one read per fork).
 *
 * <p>The file is not part of this module: its path is the system property {@value #PROPERTY}, else
 * the PDF with the most pages in {@value #DEFAULT_DIRECTORY}, looked up from the working directory
 * and its parents (budget-pdf's test resources in a checkout; ties broken by name). Without it {@link #setUp} fails with a message and
 * {@link BenchmarkTable} leaves these benchmarks out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfBenchmarks {
  /** The system property naming the PDF to read. */
  public static final String PROPERTY = "yusuan.bench.pdf";
  /** Where the candidate PDFs are in a checkout, relative to the repository's root. */
  public static final String DEFAULT_DIRECTORY = "budget-pdf/src/test/resources/real";

  byte[] pdf;
  String name;

  /**
   * {@return the PDF to read: the property's path when set, else the longest PDF of
   * {@link #DEFAULT_DIRECTORY} below the working directory or one of its parents; empty when there is
   * none}
   */
  public static Optional<Path> pdf() {
    String p = System.getProperty(PROPERTY, "");
    if (!p.isBlank()) {
      Path f = Path.of(p);
      return Files.isRegularFile(f) ? Optional.of(f.toAbsolutePath()) : Optional.empty();
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path dir = d.resolve(DEFAULT_DIRECTORY);
      if (Files.isDirectory(dir)) {
        return longest(dir);
      }
    }
    return Optional.empty();
  }

  /** The PDF of {@code dir} with the most pages (ties: the first name); empty when none opens. */
  static Optional<Path> longest(Path dir) {
    Path best = null;
    int pages = -1;
    try (java.util.stream.Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(x -> x.toString().endsWith(".pdf")).sorted().toList()) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(f.toFile())) {
          if (doc.getNumberOfPages() > pages) {
            pages = doc.getNumberOfPages();
            best = f;
          }
        } catch (IOException e) {
          // not a readable PDF: not a candidate
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(best).map(Path::toAbsolutePath);
  }

  /**
   * Loads the PDF's bytes (PDFBox itself is loaded by the first read).
   *
   * @throws IOException if the PDF cannot be read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path f = pdf().orElseThrow(() -> new IllegalStateException("no PDF to read: set -D" + PROPERTY
        + "=FILE or run from the repository's root (" + DEFAULT_DIRECTORY + ")"));
    pdf = Files.readAllBytes(f);
    name = f.getFileName().toString();
  }

  /**
   * Detect and read the PDF into a document, warm.
   *
   * @return the document
   */
  @Benchmark
  public BudgetDocument read() {
    return KeqiaoBenchmarks.read(pdf, name);
  }

  /**
   * The first PDF read in a fresh JVM: one call per fork, three forks.
   *
   * @return the document
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(3)
  public BudgetDocument firstRead() {
    return read();
  }
}
