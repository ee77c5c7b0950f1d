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

  /**
   * {@return every reader on the class path, in service-file order (an immutable list, the same every
   * call)}
   */
  public static List<DocumentReader> readers() {
    return Readers.ALL;
  }

  /** {@return every document writer on the class path (an immutable list, the same every call)} */
  public static List<DocumentWriter> writers() {
    return Writers.ALL;
  }

  /** {@return every report writer on the class path (an immutable list, the same every call)} */
  public static List<ReportWriter> reportWriters() {
    return ReportWriters.ALL;
  }

  /**
   * The reader of a named format.
   *
   * @param format the format name, case-insensitive, e.g. {@code pdf}
   * @return the first reader of that name, or empty
   */
  public static Optional<DocumentReader> reader(String format) {
    return readers().stream().filter(r -> r.format().equalsIgnoreCase(format)).findFirst();
  }

  /**
   * The writer of a named format.
   *
   * @param format the format name, case-insensitive, e.g. {@code json}
   * @return the first writer of that name, or empty
   */
  public static Optional<DocumentWriter> writer(String format) {
    return writers().stream().filter(w -> w.format().equalsIgnoreCase(format)).findFirst();
  }

  /**
   * The report writer of a named format.
   *
   * @param format the format name, case-insensitive, e.g. {@code sarif}
   * @return the first report writer of that name, or empty
   */
  public static Optional<ReportWriter> reportWriter(String format) {
    return reportWriters().stream().filter(w -> w.format().equalsIgnoreCase(format)).findFirst();
  }

  /**
   * Chooses a reader for a file from its content first, then from its name's extension.
   *
   * @param fileName the file's name (not its path); may be empty
   * @param head the first bytes of the content (up to 8 KiB)
   * @return the reader, or empty when no reader recognises it
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
   * @param file the file
   * @return the document, with a diagnostic for every problem found in the content
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
   *
   * @param file the file
   * @param catalogue the catalogue of 政府收支分类科目
   * @return the document
   * @throws IOException as {@link #read(Path)}
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
   * @param files the files of one disclosure, in reading order
   * @return one document of all the files
   * @throws UnsupportedFormatException when the formats differ or their reader reads one file only
   * @throws IOException when a file cannot be read
   */
  public static BudgetDocument read(List<Path> files) throws IOException {
    return read(files, Catalogue.standard());
  }

  /**
   * {@link #read(List)} resolving classification names and codes with {@code catalogue}.
   *
   * @param files the files of one disclosure, in reading order
   * @param catalogue the catalogue of 政府收支分类科目
   * @return one document of all the files
   * @throws IOException as {@link #read(List)}
   */
  public static BudgetDocument read(List<Path> files, Catalogue catalogue) throws IOException {
    return read(files, catalogue, ReadLimits.fromSystemProperties());
  }

  /**
   * {@link #read(List, Catalogue)} within {@code limits} (each file's size and structure, as for one
   * file). Whether the result can be checked is {@link #failure(BudgetDocument, ReadLimits)}.
   *
   * @param files the files of one disclosure, in reading order
   * @param catalogue the catalogue of 政府收支分类科目
   * @param limits the limits to keep to
   * @return one document of all the files
   * @throws LimitExceededException when a file exceeds a limit
   * @throws IOException as {@link #read(List)}
   */
  public static BudgetDocument read(List<Path> files, Catalogue catalogue, ReadLimits limits) throws IOException {
    if (files.size() == 1) {
      try (InputStream in = Files.newInputStream(files.get(0))) {
        return read(in, files.get(0).getFileName().toString(), catalogue, limits);
      }
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
        throw new UnsupportedFormatException(f.getFileName().toString(), r.format() + " after "
            + common.format() + ": the files of one document share a format", "同一文档的文件格式须相同");
      }
      common = r;
    }
    if (!common.readsSeveralFiles()) {
      throw new UnsupportedFormatException(common.format(), "several files are read as one"
          + " document only by readers that support it, such as pdf", "仅部分格式（如 PDF）可多文件合并读取");
    }
    try {
      return withCatalogue(common, catalogue).read(files, limits);
    } catch (StackOverflowError e) {
      throw new LimitExceededException("maxNestingDepth", limits.maxNestingDepth(),
          "structure nested too deeply to read / 结构嵌套过深，无法读取");
    }
  }

  /**
   * Reads a stream whose format is detected from its content and {@code name}, with the limits of
   * {@link ReadLimits#fromSystemProperties()}.
   *
   * @param in the content; the caller closes it
   * @param name the file name, for detection, provenance and diagnostics
   * @return the document
   * @throws IOException as {@link #read(InputStream, String, ReadLimits)}
   */
  public static BudgetDocument read(InputStream in, String name) throws IOException {
    return read(in, name, Catalogue.standard(), ReadLimits.fromSystemProperties());
  }

  /**
   * {@link #read(InputStream, String)} resolving classification names and codes with {@code catalogue}.
   *
   * @param in the content; the caller closes it
   * @param name the file name, for detection, provenance and diagnostics
   * @param catalogue the catalogue of 政府收支分类科目
   * @return the document
   * @throws IOException as {@link #read(InputStream, String, ReadLimits)}
   */
  public static BudgetDocument read(InputStream in, String name, Catalogue catalogue) throws IOException {
    return read(in, name, catalogue, ReadLimits.fromSystemProperties());
  }

  /**
   * Reads a stream whose format is detected from its content and {@code name}, within {@code limits}.
   * Whether the result can be checked is {@link #failure(BudgetDocument, ReadLimits)}.
   *
   * @param in the content; the caller closes it
   * @param name the file name, for detection, provenance and diagnostics
   * @param limits the limits to keep to
   * @return the document
   * @throws LimitExceededException when the input exceeds a limit (file size, nesting, …)
   * @throws UnsupportedFormatException when no reader recognises it
   * @throws IOException when the stream cannot be read
   */
  public static BudgetDocument read(InputStream in, String name, ReadLimits limits) throws IOException {
    return read(in, name, Catalogue.standard(), limits);
  }

  /**
   * Reads a stream whose format is detected from its content and {@code name}, within {@code limits},
   * resolving classification names and codes with {@code catalogue}.
   *
   * @param in the content; the caller closes it
   * @param name the file name, for detection, provenance and diagnostics
   * @param catalogue the catalogue of 政府收支分类科目
   * @param limits the limits to keep to
   * @return the document
   * @throws LimitExceededException when the input exceeds a limit (file size, nesting, …)
   * @throws UnsupportedFormatException when no reader recognises it
   * @throws IOException when the stream cannot be read
   */
  public static BudgetDocument read(InputStream in, String name, Catalogue catalogue, ReadLimits limits)
      throws IOException {
    InputStream bounded = new BoundedInputStream(in, limits.maxFileBytes());
    byte[] head = bounded.readNBytes(HEAD);
    DocumentReader reader = detect(name, head).orElseThrow(() -> new UnsupportedFormatException(name));
    LOG.debug("{}: read as {}", name, reader.format());
    try {
      return withCatalogue(reader, catalogue).read(new SequenceInputStream(new ByteArrayInputStream(head), bounded), name, limits);
    } catch (StackOverflowError e) {
      // a reader recursing over hostile structure (nesting the limits did not catch)
      throw new LimitExceededException("maxNestingDepth", limits.maxNestingDepth(),
          "structure nested too deeply to read / 结构嵌套过深，无法读取");
    }
  }

  /** The shared reader itself for the bundled catalogue, else a reader configured with {@code catalogue}. */
  private static DocumentReader withCatalogue(DocumentReader reader, Catalogue catalogue) {
    return catalogue.isBundled() ? reader : reader.withCatalogue(catalogue);
  }

  /**
   * Reads a file within {@code limits}; see {@link #read(InputStream, String, ReadLimits)}.
   *
   * @param file the file
   * @param limits the limits to keep to
   * @return the document
   * @throws IOException as {@link #read(InputStream, String, ReadLimits)}, or when the file cannot be
   *     opened
   */
  public static BudgetDocument read(Path file, ReadLimits limits) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString(), limits);
    }
  }

  /**
   * Why a document that was read cannot be checked as a whole, or empty when it can: the one place
   * that decides whether reading succeeded. A document fails when
   * <ul>
   *   <li>a reader diagnostic has severity {@code ERROR} (readers use ERROR only for input they could
   *       not read: unreadable or truncated file, malformed JSON or CSV, a number that is not one, an
   *       encoding that does not fit, …; doubts about content are WARNINGs);</li>
   *   <li>it holds no budget disclosure at all: no fact (no table or sentence a layout recognised) and
   *       no year (e.g. a text file saying "hello world", a spreadsheet of unrelated numbers);</li>
   *   <li>its tables or facts exceed {@code limits} (rows or columns of a table, cells, facts).</li>
   * </ul>
   * The reason is one line in English and Chinese.
   *
   * @param d the document as read
   * @param limits the limits its tables and facts must keep to
   * @return the reason it cannot be checked, or empty when it can
   */
  public static Optional<String> failure(BudgetDocument d, ReadLimits limits) {
    List<dev.yusuan.model.Diagnostic> errors = d.diagnostics().stream()
        .filter(x -> x.severity() == dev.yusuan.model.Severity.ERROR).toList();
    if (!errors.isEmpty()) {
      dev.yusuan.model.Diagnostic e = errors.get(0);
      String more = errors.size() > 1 ? " (+" + (errors.size() - 1) + " more / 另有 " + (errors.size() - 1)
          + " 处)" : "";
      return Optional.of("could not be read completely / 未能完整读取: " + clip(e.location().describe())
          + ": " + clip(e.messageEn()) + " / " + clip(e.messageZh()) + more);
    }
    if (d.facts().isEmpty() && d.year() == 0) {
      return Optional.of("no budget disclosure found (no recognised table or figure, no year) / "
          + "未找到预算公开内容（没有可识别的表格或数据，也没有年度）");
    }
    long cells = 0;
    for (dev.yusuan.model.DisclosureTable t : d.tables()) {
      String where = " (" + clip(t.id() + " " + t.title()) + ")";
      if (t.rows().size() > limits.maxTableRows()) {
        return Optional.of(new LimitExceededException("maxTableRows", limits.maxTableRows(), "a table of "
            + t.rows().size() + " rows / 表格有 " + t.rows().size() + " 行" + where).getMessage());
      }
      int width = t.columns().size();
      for (dev.yusuan.model.DisclosureTable.Row r : t.rows()) {
        width = Math.max(width, r.cells().size());
        cells += r.cells().size();
      }
      if (width > limits.maxTableColumns()) {
        return Optional.of(new LimitExceededException("maxTableColumns", limits.maxTableColumns(),
            "a table of " + width + " columns / 表格有 " + width + " 列" + where).getMessage());
      }
    }
    if (cells > limits.maxCells()) {
      return Optional.of(new LimitExceededException("maxCells", limits.maxCells(),
          cells + " table cells / " + cells + " 个表格单元格").getMessage());
    }
    if (d.facts().size() > limits.maxFacts()) {
      return Optional.of(new LimitExceededException("maxFacts", limits.maxFacts(),
          d.facts().size() + " facts / " + d.facts().size() + " 个数据").getMessage());
    }
    return Optional.empty();
  }

  /**
   * How many amounts printed in the document were not read into facts: for each table whose reader
   * counted its printed amounts ({@link dev.yusuan.model.DisclosureTable#coverage()}), the amounts it
   * did not read; elsewhere (tables without a count, numbers outside any table), the amounts the
   * reader's diagnostics report as not read ({@link dev.yusuan.model.Diagnostic#unreadAmounts()}).
   * Linear in the document's tables and diagnostics.
   *
   * @param d the document as read
   * @return the number of printed amounts not read; 0 when every printed amount is a fact
   */
  public static int unreadAmounts(BudgetDocument d) {
    java.util.Set<String> counted = new java.util.HashSet<>();
    long n = 0;
    for (dev.yusuan.model.DisclosureTable t : d.tables()) {
      if (t.coverage().isPresent()) {
        counted.add(t.id());
        n += t.coverage().get().unread();
      }
    }
    for (dev.yusuan.model.Diagnostic x : d.diagnostics()) {
      if (x.unreadAmounts() > 0 && !countedByTable(x, counted)) {
        n += x.unreadAmounts();
      }
    }
    return (int) Math.min(Integer.MAX_VALUE, n);
  }

  /** Whether a diagnostic names a cell of a table whose coverage already counts it. */
  private static boolean countedByTable(dev.yusuan.model.Diagnostic x, java.util.Set<String> counted) {
    dev.yusuan.model.Provenance at = x.location();
    return at.columnHeader().isPresent() && at.tableId().filter(counted::contains).isPresent();
  }

  /**
   * Why a document that was read was read only partly, or empty when every amount it prints is a
   * fact: the amounts printed in its tables (or outside them) that no layout placed, each also a
   * WARNING diagnostic naming its cell. Such a document is still checked (its findings are real) but
   * never passes: the command line's {@code check}, {@code facts} and {@code convert} exit 3. The
   * reason is one line in English and Chinese naming the count and the first such place.
   *
   * @param d the document as read (and not a {@link #failure(BudgetDocument, ReadLimits) failure})
   * @return the reason, or empty when the document was read completely
   */
  public static Optional<String> partlyRead(BudgetDocument d) {
    int n = unreadAmounts(d);
    if (n == 0) {
      return Optional.empty();
    }
    String first = "";
    for (dev.yusuan.model.Diagnostic x : d.diagnostics()) {
      if (x.unreadAmounts() > 0) {
        first = "; first / 首处: " + clip(x.location().describe()) + ": " + clip(x.messageEn()) + " / "
            + clip(x.messageZh());
        break;
      }
    }
    return Optional.of("partly read / 未完整读取: " + n + " printed amount" + (n == 1 ? "" : "s")
        + " not read as facts / " + n + " 个印出的金额未读取为事实" + first);
  }

  /** Text from the document in a one-line message: at most 200 characters, no line breaks. */
  private static String clip(String s) {
    String one = s.replaceAll("[\\r\\n]+", " ");
    return one.length() <= 200 ? one : one.substring(0, 200) + "…";
  }

  /** Throws {@link LimitExceededException} once more than {@code max} bytes have been read. */
  private static final class BoundedInputStream extends java.io.FilterInputStream {
    private final long max;
    private long count;

    BoundedInputStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    private void add(long n) throws LimitExceededException {
      if (n > 0) {
        count += n;
        if (count > max) {
          throw new LimitExceededException("maxFileBytes", max, "a file larger than " + max
              + " bytes / 文件超过 " + max + " 字节");
        }
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      add(n);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      add(k);
      return k;
    }
  }

  /**
   * Reads a file with the reader of a named format, without detection.
   *
   * @param file the file
   * @param format the format name, case-insensitive
   * @return the document
   * @throws UnsupportedFormatException when no reader has that name
   * @throws IOException when the file cannot be read
   */
  public static BudgetDocument read(Path file, String format) throws IOException {
    DocumentReader reader = reader(format).orElseThrow(() -> new UnsupportedFormatException(format));
    try (InputStream in = Files.newInputStream(file)) {
      return reader.read(in, file.getFileName().toString());
    }
  }

  /**
   * Writes a document in a named format to {@code target} (a directory for multi-file formats).
   *
   * @param document the document
   * @param target the file, or directory for multi-file formats
   * @param format the format name, case-insensitive
   * @throws UnsupportedFormatException when no writer has that name
   * @throws IOException when the target cannot be written
   */
  public static void write(BudgetDocument document, Path target, String format) throws IOException {
    DocumentWriter w = writer(format).orElseThrow(() -> new UnsupportedFormatException(format));
    w.write(document, target);
  }

  /**
   * Writes a document in a named single-file format (json, csv, text, xlsx when budget-xlsx is present)
   * to a stream, which stays open.
   *
   * @param document the document
   * @param out where it goes
   * @param format the format name, case-insensitive
   * @throws UnsupportedFormatException when no writer has that name
   * @throws IOException when the stream cannot be written
   */
  public static void write(BudgetDocument document, OutputStream out, String format) throws IOException {
    DocumentWriter w = writer(format).orElseThrow(() -> new UnsupportedFormatException(format));
    w.write(document, out);
  }

  /**
   * Writes the report of one document in a named report format (text, json, sarif, html when
   * budget-report is present) with default options. The stream stays open.
   *
   * @param report the document's report
   * @param document the document the report is about
   * @param out where the report goes
   * @param format the report format name, case-insensitive
   * @throws UnsupportedFormatException when no report writer has that name
   * @throws IOException when the stream cannot be written
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
   * @param reports the reports, one per document
   * @param documents the documents, in the order of {@code reports}
   * @param options language, least severity shown and colours
   * @param out where the output goes; the caller closes it
   * @param format the report format name, case-insensitive
   * @throws UnsupportedFormatException when no report writer has that name
   * @throws IOException when the stream cannot be written
   */
  public static void writeReport(List<Report> reports, List<BudgetDocument> documents, ReportOptions options,
      OutputStream out, String format) throws IOException {
    ReportWriter w = reportWriter(format).orElseThrow(() -> new UnsupportedFormatException(format));
    w.write(reports, documents, options, out);
  }

  /**
   * Writes the report of one document to a file (created or replaced) in a named report format, with
   * default options.
   *
   * @param report the document's report
   * @param document the document the report is about
   * @param target the file; its parent directories are created
   * @param format the report format name, case-insensitive
   * @throws UnsupportedFormatException when no report writer has that name
   * @throws IOException when the file cannot be written
   */
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
