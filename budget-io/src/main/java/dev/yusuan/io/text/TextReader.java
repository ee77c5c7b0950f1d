package dev.yusuan.io.text;

import dev.yusuan.io.internal.Traditional;
import dev.yusuan.io.DocumentReader;
import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.UnsupportedFormatException;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.layout.Layouts;

/**
 * Reads the structured-text form of a disclosure (text extracted from a PDF or a web page, with
 * markdown-like headings and tab-separated tables), format name {@code text}, extensions
 * {@code txt} and {@code md}. Recognises Zhejiang-style 部门预算 content (Keqiao): metadata, 目录,
 * narrative sections and claims, tables through {@link Layouts#zhejiang()}, performance targets and
 * projects. Never throws for bad content; problems are the document's diagnostics.
 */
public final class TextReader implements DocumentReader {
  /**
   * The other templates' layout sets a standard reader tries, in this order, when the Zhejiang layouts
   * leave a table unrecognised.
   */
  private static final List<String> OTHER_TEMPLATES = List.of("national-budget.layouts",
      "national-final.layouts", "jiangsu.layouts", "shanghai.layouts");

  private final Layouts layouts;
  private final Catalogue catalogue;
  /** Whether the template is chosen by content (the default reader) rather than given. */
  private final boolean standard;

  /**
   * A reader choosing the template by content: the Zhejiang layouts, and when they leave a table
   * unrecognised, whichever standard set (national 部门预算 / 部门决算, Jiangsu, Shanghai) maps the most
   * table figures; Zhejiang on a tie.
   */
  public TextReader() {
    this(Layouts.zhejiang(), Catalogue.standard(), true);
  }

  /**
   * A reader with the given layouts.
   *
   * @param layouts the table layouts to recognise tables with
   */
  public TextReader(Layouts layouts) {
    this(layouts, Catalogue.standard());
  }

  /**
   * A reader with the given layouts, resolving names printed without codes with {@code catalogue}.
   *
   * @param layouts the table layouts to recognise tables with
   * @param catalogue the catalogue of 政府收支分类科目
   */
  public TextReader(Layouts layouts, Catalogue catalogue) {
    this(layouts, catalogue, false);
  }

  private TextReader(Layouts layouts, Catalogue catalogue, boolean standard) {
    this.layouts = layouts;
    this.catalogue = catalogue;
    this.standard = standard;
  }

  @Override
  public DocumentReader withCatalogue(Catalogue catalogue) {
    return new TextReader(layouts, catalogue, standard);
  }

  @Override
  public String format() {
    return "text";
  }

  @Override
  public List<String> extensions() {
    return List.of("txt", "md");
  }

  @Override
  public boolean recognises(String fileName, byte[] head) {
    if (startsWith(head, "%PDF-") || startsWith(head, "PK\u0003\u0004")) {
      // a PDF or a zip (xlsx) file: not text, without decoding its head in every candidate encoding
      return false;
    }
    if (markup(head)) {
      return false; // a web page: the HTML reader's, when it is on the class path
    }
    String s = Traditional.simplify(TextDecoding.head(head)).text();
    return (s.contains("部门预算") || s.contains("部门决算") || s.contains("单位预算"))
        && (s.contains("目 录") || s.contains("目录") || s.contains("单位：万元")
            || s.contains("单位:万元") || s.contains("预算表"));
  }

  /**
   * Markup: after a byte-order mark and white space, {@code <} then {@code !doctype}, {@code html},
   * {@code head}, {@code meta}, {@code body}, {@code table} or a comment.
   */
  static boolean markup(byte[] head) {
    int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i >= head.length || head[i] != '<') {
      return false;
    }
    String tag = new String(head, i, Math.min(10, head.length - i), StandardCharsets.ISO_8859_1)
        .toLowerCase(java.util.Locale.ROOT);
    return tag.startsWith("<!doctype") || tag.startsWith("<html") || tag.startsWith("<head")
        || tag.startsWith("<!--") || tag.startsWith("<meta") || tag.startsWith("<body") || tag.startsWith("<table");
  }

  private static boolean startsWith(byte[] head, String magic) {
    if (head.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (head[i] != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public BudgetDocument read(InputStream in, String source) throws IOException {
    return read(in, source, ReadLimits.fromSystemProperties());
  }

  /**
   * Reads bytes in their detected encoding (UTF-8, GB18030/GBK, Big5, UTF-16; an INFO diagnostic names
   * any other than UTF-8), within the line and number-length limits.
   *
   * @throws UnsupportedFormatException when no encoding fits (e.g. binary data)
   * @throws LimitExceededException when a line or a run of digits is too long
   */
  @Override
  public BudgetDocument read(InputStream in, String source, ReadLimits limits) throws IOException {
    byte[] bytes = in.readAllBytes();
    // decoded, traditional characters of budget vocabulary made simplified (so that they match the
    // simplified lexicon) and the limits checked: UTF-8 in one pass over the decoded characters
    TextDecoding.Prepared d = TextDecoding.prepare(bytes, limits).orElseThrow(() -> new UnsupportedFormatException(source,
        "not text in any known encoding (tried UTF-8, GB18030/GBK, Big5, UTF-16)",
        "不是可识别编码的文本（已尝试 UTF-8、GB18030/GBK、Big5、UTF-16）"));
    bytes = null; // the text replaces the bytes
    java.util.Optional<Mojibake.Repair> garbled = Mojibake.of(d.text());
    if (garbled.isPresent() && !garbled.get().exact()) {
      Mojibake.Repair g = garbled.get();
      throw new UnsupportedFormatException(source,
          "garbled text: " + g.right() + " text decoded as " + g.wrong() + " and saved again, with characters lost "
              + "that cannot be recovered; read the original file",
          "文本是乱码：" + g.right() + " 编码的文本被按 " + g.wrong() + " 解码后另存，部分字符已丢失且无法恢复；请读取原始文件");
    }
    BudgetDocument doc = read(garbled.map(g -> dev.yusuan.io.internal.Traditional.simplify(g.text()).text())
        .orElse(d.text()), source);
    if (garbled.isPresent()) {
      Mojibake.Repair g = garbled.get();
      doc = BudgetDocument.builder().from(doc).addDiagnostics(Diagnostic.of(Severity.WARNING, "text.garbled",
          "文本是乱码（" + g.right() + " 编码的文本被按 " + g.wrong() + " 解码后另存），已无损还原后读取",
          "garbled text (" + g.right() + " text decoded as " + g.wrong() + " and saved again), turned back "
              + "exactly and read", Provenance.of(source))).build();
    }
    if (d.charset().equals(StandardCharsets.UTF_8) && d.converted() == 0) {
      return doc; // nothing to add: no copy of the document
    }
    String name = d.charset().name() + (d.bom() ? " (BOM)" : "");
    BudgetDocument.Builder b = BudgetDocument.builder().from(doc);
    if (!d.charset().equals(StandardCharsets.UTF_8)) {
      b.addDiagnostics(Diagnostic.of(Severity.INFO, "text.encoding", "按 " + name + " 编码读取", "read as " + name,
          Provenance.of(source)));
    }
    if (d.converted() > 0) {
      b.addDiagnostics(Diagnostic.of(Severity.INFO, "text.traditional", "按 " + name + " 编码读取的繁体字 "
          + d.converted() + " 个按简体识别（标签以简体显示）", d.converted() + " traditional characters (text read as "
          + name + ") read as simplified (labels are shown simplified)", Provenance.of(source)));
    }
    return b.build();
  }

  /** One pass over the text: no line and no run of digits longer than the limits allow. */
  static void checkLimits(String text, ReadLimits limits) throws LimitExceededException {
    long line = 0;
    long digits = 0;
    int lineNo = 1;
    final long maxLine = limits.maxLineLength();
    final long maxNumber = limits.maxNumberLength();
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line = 0;
        digits = 0;
        lineNo++;
        continue;
      }
      if (++line > maxLine) {
        throw new LimitExceededException("maxLineLength", limits.maxLineLength(), "line " + lineNo
            + " is longer than " + limits.maxLineLength() + " characters / 第 " + lineNo + " 行超过 "
            + limits.maxLineLength() + " 个字符");
      }
      if (c >= '0' && c <= '9' || c >= '\uFF10' && c <= '\uFF19') {
        if (++digits > maxNumber) {
          throw new LimitExceededException("maxNumberLength", limits.maxNumberLength(), "line " + lineNo
              + " has a number of more than " + limits.maxNumberLength() + " digits / 第 " + lineNo
              + " 行的数字超过 " + limits.maxNumberLength() + " 位");
        }
      } else {
        digits = 0;
      }
    }
  }

  /**
   * Reads text already in memory: structured text here; text whose tables are aligned with spaces
   * ({@link SpaceAligned#isSpaceAligned}) by the {@link AlignedTextReader} on the class path, if any.
   *
   * @param text the whole document's text
   * @param source the name for provenance and diagnostics
   * @return the document, with a diagnostic for every problem
   */
  public BudgetDocument read(String text, String source) {
    // tables written as HTML among the lines (PDF-to-Markdown converters): the markup reader lays them out
    // on their grid and reads the result with a text reader again, which must not hand it back
    if (!IN_MARKUP.get() && MarkupTables.hasMarkupTable(text)) {
      java.util.Optional<MarkupTextReader> markup = MarkupTables.reader();
      if (markup.isEmpty()) {
        return MarkupTables.countedUnread(readText(text, source), text); // never taken as read completely
      }
      IN_MARKUP.set(true);
      try {
        // line for line: Markdown pipe rows among the HTML tables in tab form, as the markup reader reads them
        return markup.get().read(PipeTables.tabbed(text), source, catalogue);
      } finally {
        IN_MARKUP.set(false);
      }
    }
    return readText(text, source);
  }

  private BudgetDocument readText(String text, String source) {
    java.util.Optional<AlignedTextReader> aligned = SpaceAligned.reader();
    // pipe rows (Markdown tables) are delimited as clearly as by tabs: they count as tabbed rows, not as
    // rows aligned with spaces (a pipe row with an empty cell has a run of spaces before a figure)
    if (aligned.isPresent() && SpaceAligned.isSpaceAligned(PipeTables.tabbed(text))) {
      return aligned.get().read(text, source, catalogue); // columns aligned with spaces: the table stages
    }
    BudgetDocument d = new TextParser(text, source, layouts, catalogue).parse();
    if (!standard || d.tables().stream().noneMatch(t -> t.kind().equals(DisclosureTable.UNKNOWN_KIND))) {
      return d;
    }
    // a table the Zhejiang layouts do not know: the set of another template may (an HTML page or a Word
    // file of the national forms is laid out as this text); the one mapping the most figures wins
    BudgetDocument best = d;
    long most = tableFacts(d);
    for (String other : OTHER_TEMPLATES) {
      BudgetDocument o = new TextParser(text, source, Layouts.resource(other), catalogue).parse();
      long n = tableFacts(o);
      if (n > most) {
        best = o;
        most = n;
      }
    }
    return best;
  }

  /** Set while a markup reader reads: the text it lays out is read here as it stands. */
  private static final ThreadLocal<Boolean> IN_MARKUP = ThreadLocal.withInitial(() -> false);

  private static long tableFacts(BudgetDocument d) {
    return d.facts().stream().filter(f -> f.provenance().tableId().isPresent()).count();
  }
}
