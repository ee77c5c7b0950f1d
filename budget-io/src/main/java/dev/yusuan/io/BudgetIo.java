package dev.yusuan.io;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Report;
import dev.yusuan.model.Catalogue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-call facade over the reader and writer SPI: read a file in any supported format, write a
 * document or a report in a named format. Readers and writers are found with {@link ServiceLoader}
 * once, on first use, and the instances are shared by every call and thread (implementations are
 * stateless; see {@link DocumentReader}).
 */
public final class BudgetIo {
  private static final int HEAD = 8192;
  /** The library logs through SLF4J only (debug level: which reader read what); no provider is bundled. */
  private static final Logger LOG = LoggerFactory.getLogger(BudgetIo.class);

  private BudgetIo() {}

  /** The service instances, loaded on first use of each kind (class initialisation is thread-safe). */
  private static final class Readers {
    static final List<DocumentReader> ALL = load(DocumentReader.class);
  }

  private static final class Writers {
    static final List<DocumentWriter> ALL = load(DocumentWriter.class);
  }

  private static final class ReportWriters {
    static final List<ReportWriter> ALL = load(ReportWriter.class);
  }

  private static <T> List<T> load(Class<T> service) {
    List<T> l = new ArrayList<>();
    ServiceLoader.load(service, BudgetIo.class.getClassLoader()).forEach(l::add);
    return List.copyOf(l);
  }

  /** Every reader on the class path, in service-file order (an immutable list, the same every call). */
  public static List<DocumentReader> readers() {
    return Readers.ALL;
  }

  /** Every document writer on the class path (an immutable list, the same every call). */
  public static List<DocumentWriter> writers() {
    return Writers.ALL;
  }

  /** Every report writer on the class path (an immutable list, the same every call). */
  public static List<ReportWriter> reportWriters() {
    return ReportWriters.ALL;
  }

  /** The reader of a named format. */
  public static Optional<DocumentReader> reader(String format) {
    return readers().stream().filter(r -> r.format().equalsIgnoreCase(format)).findFirst();
  }

  /** The writer of a named format. */
  public static Optional<DocumentWriter> writer(String format) {
    return writers().stream().filter(w -> w.format().equalsIgnoreCase(format)).findFirst();
  }

  /** The report writer of a named format. */
  public static Optional<ReportWriter> reportWriter(String format) {
    return reportWriters().stream().filter(w -> w.format().equalsIgnoreCase(format)).findFirst();
  }

  /**
   * Chooses a reader for a file from its content first, then from its name's extension.
   *
   * @return empty when no reader recognises it
   */
  public static Optional<DocumentReader> detect(String fileName, byte[] head) {
    List<DocumentReader> all = readers();
    for (DocumentReader r : all) {
      if (r.recognises(fileName, head)) {
        return Optional.of(r);
      }
    }
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (DocumentReader r : all) {
      for (String ext : r.extensions()) {
        if (lower.endsWith("." + ext)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Reads a file, detecting its format. Bad content gives diagnostics in the document.
   *
   * @throws NoSuchFileException when the file does not exist
   * @throws UnsupportedFormatException when no reader recognises it
   * @throws IOException when it cannot be read, with the path in the message
   */
  public static BudgetDocument read(Path file) throws IOException {
    return read(file, Catalogue.standard());
  }

  /**
   * {@link #read(Path)} resolving classification names and codes with {@code catalogue} (e.g.
   * {@code Catalogue.standard().withOverrides(Catalogue.load(officialList))}).
   */
  public static BudgetDocument read(Path file, Catalogue catalogue) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString(), catalogue);
    }
  }

  /**
   * Reads a disclosure published as several files (e.g. a narrative PDF and a tables PDF) as one
   * document, in the order given. Supported when every file has the same format and its reader
   * {@linkplain DocumentReader#readsSeveralFiles() reads several files} (PDF does); a single file is
   * read as with {@link #read(Path)}.
   *
   * @throws UnsupportedFormatException when the formats differ or their reader reads one file only
   */
  public static BudgetDocument read(List<Path> files) throws IOException {
    return read(files, Catalogue.standard());
  }

  /** {@link #read(List)} resolving classification names and codes with {@code catalogue}. */
  public static BudgetDocument read(List<Path> files, Catalogue catalogue) throws IOException {
    if (files.size() == 1) {
      return read(files.get(0), catalogue);
    }
    DocumentReader common = null;
    for (Path f : files) {
      byte[] head;
      try (InputStream in = Files.newInputStream(f)) {
        head = in.readNBytes(HEAD);
      }
      DocumentReader r = detect(f.getFileName().toString(), head)
          .orElseThrow(() -> new UnsupportedFormatException(f.getFileName().toString()));
      if (common != null && !common.format().equals(r.format())) {
        throw new UnsupportedFormatException(f.getFileName() + " (" + r.format() + " after "
            + common.format() + ": the files of one document share a format / 同一文档的文件格式须相同)");
      }
      common = r;
    }
    if (!common.readsSeveralFiles()) {
      throw new UnsupportedFormatException(common.format() + " (several files are read as one"
          + " document only by readers that support it, such as pdf / 仅部分格式（如 PDF）可多文件合并读取)");
    }
    return withCatalogue(common, catalogue).read(files);
  }

  /** Reads a stream whose format is detected from its content and {@code name}. */
  public static BudgetDocument read(InputStream in, String name) throws IOException {
    return read(in, name, Catalogue.standard());
  }

  /** {@link #read(InputStream, String)} resolving classification names and codes with {@code catalogue}. */
  public static BudgetDocument read(InputStream in, String name, Catalogue catalogue) throws IOException {
    byte[] head = in.readNBytes(HEAD);
    DocumentReader reader = detect(name, head).orElseThrow(() -> new UnsupportedFormatException(name));
    LOG.debug("{}: read as {}", name, reader.format());
    return withCatalogue(reader, catalogue).read(new SequenceInputStream(new ByteArrayInputStream(head), in), name);
  }

  /** The shared reader itself for the bundled catalogue, else a reader configured with {@code catalogue}. */
  private static DocumentReader withCatalogue(DocumentReader reader, Catalogue catalogue) {
    return catalogue.isBundled() ? reader : reader.withCatalogue(catalogue);
  }

  /** Reads a file with the reader of a named format. */
  public static BudgetDocument read(Path file, String format) throws IOException {
    DocumentReader reader = reader(format).orElseThrow(() -> new UnsupportedFormatException(format));
    try (InputStream in = Files.newInputStream(file)) {
      return reader.read(in, file.getFileName().toString());
    }
  }

  /** Writes a document in a named format to {@code target} (a directory for multi-file formats). */
  public static void write(BudgetDocument document, Path target, String format) throws IOException {
    DocumentWriter w = writer(format).orElseThrow(() -> new UnsupportedFormatException(format));
    w.write(document, target);
  }

  /**
   * Writes a document in a named single-file format (json, csv, text, xlsx when budget-xlsx is present)
   * to a stream, which stays open.
   *
   * @throws UnsupportedFormatException when no writer has that name
   */
  public static void write(BudgetDocument document, OutputStream out, String format) throws IOException {
    DocumentWriter w = writer(format).orElseThrow(() -> new UnsupportedFormatException(format));
    w.write(document, out);
  }

  /**
   * Writes the report of one document in a named report format (text, json, sarif, html when
   * budget-report is present) with default options. The stream stays open.
   *
   * @throws UnsupportedFormatException when no report writer has that name
   */
  public static void writeReport(Report report, BudgetDocument document, OutputStream out, String format)
      throws IOException {
    ReportWriter w = reportWriter(format).orElseThrow(() -> new UnsupportedFormatException(format));
    w.write(List.of(report), List.of(document), ReportOptions.defaults(), out);
  }

  /**
   * Writes the reports of several documents ({@code documents} in the same order as {@code reports})
   * as one output in a named report format.
   *
   * @throws UnsupportedFormatException when no report writer has that name
   */
  public static void writeReport(List<Report> reports, List<BudgetDocument> documents, ReportOptions options,
      OutputStream out, String format) throws IOException {
    ReportWriter w = reportWriter(format).orElseThrow(() -> new UnsupportedFormatException(format));
    w.write(reports, documents, options, out);
  }

  /** Writes the report of one document to a file (created or replaced) in a named report format. */
  public static void writeReport(Report report, BudgetDocument document, Path target, String format)
      throws IOException {
    ReportWriter w = reportWriter(format).orElseThrow(() -> new UnsupportedFormatException(format));
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(target)) {
      w.write(List.of(report), List.of(document), ReportOptions.defaults(), out);
    }
  }
}
