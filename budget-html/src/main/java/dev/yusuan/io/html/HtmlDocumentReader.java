package dev.yusuan.io.html;

import dev.yusuan.io.DocumentReader;
import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.html.internal.HtmlText;
import dev.yusuan.io.internal.Doubtful;
import dev.yusuan.io.internal.LaidOutText;
import dev.yusuan.io.internal.Relocate;
import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Reader of format {@code html}: a disclosure published as a web page (部门预算 pages of government
 * sites). The page is parsed with jsoup (its {@code <meta charset>} or byte-order mark decides the
 * encoding; GBK/GB2312 pages are common), laid out as the structured-text form ({@link HtmlText}:
 * headings, paragraphs, tables with merged cells on their grid) and read by {@link TextReader}, so
 * tables are recognised by content and the narrative's claims are read as in a text file. Locations
 * are lines of the HTML source ({@code page.html:123}) with the table, row and column as usual.
 */
public final class HtmlDocumentReader implements DocumentReader {
  private final TextReader text;

  /** A reader with the standard layouts and catalogue. */
  public HtmlDocumentReader() {
    this(new TextReader());
  }

  private HtmlDocumentReader(TextReader text) {
    this.text = text;
  }

  @Override
  public DocumentReader withCatalogue(Catalogue catalogue) {
    return new HtmlDocumentReader((TextReader) text.withCatalogue(catalogue));
  }

  @Override
  public String format() {
    return "html";
  }

  @Override
  public List<String> extensions() {
    return List.of("html", "htm", "shtml", "xhtml");
  }

  /**
   * The encoding of a page's bytes: the one it declares (or jsoup's default, UTF-8) when its bytes are text in it;
   * otherwise, by content, UTF-8 when they are valid UTF-8 (a page saved as UTF-8 and declared GB2312, or the
   * reverse: real GBK text of any length is almost never valid UTF-8), else GB18030 (a superset of GBK and GB2312)
   * when they are text in it and the page declared no Chinese encoding (UTF-8, ISO-8859-1, windows-1252, none),
   * else Big5 likewise. A byte-order mark decides alone. Pages of ASCII only are any of them.
   */
  static java.nio.charset.Charset encoding(byte[] bytes, java.nio.charset.Charset declared) {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
      return declared; // a byte-order mark (jsoup obeys it)
    }
    boolean high = false;
    for (byte b : bytes) {
      if (b < 0) {
        high = true;
        break;
      }
    }
    if (!high) {
      return declared;
    }
    boolean utf8 = strict(java.util.Arrays.copyOf(bytes, completeUtf8(bytes)), StandardCharsets.UTF_8);
    String name = declared.name().toUpperCase(Locale.ROOT);
    boolean chinese = name.startsWith("GB") || name.contains("BIG5") || name.contains("GBK");
    if (declared.equals(StandardCharsets.UTF_8)) {
      if (utf8) {
        return declared;
      }
    } else if (utf8 && chinese) {
      return StandardCharsets.UTF_8;
    } else if (chinese || strict(bytes, declared) && !(name.startsWith("ISO-8859") || name.startsWith("WINDOWS-125")
        || name.equals("US-ASCII"))) {
      return declared;
    } else if (utf8) {
      return StandardCharsets.UTF_8;
    }
    for (String candidate : new String[] {"GB18030", "Big5"}) {
      java.nio.charset.Charset c = java.nio.charset.Charset.forName(candidate);
      if (strict(bytes, c)) {
        return c;
      }
    }
    return declared;
  }

  /** The length of {@code b} without a UTF-8 sequence cut at its end (a cut file ends inside a character). */
  private static int completeUtf8(byte[] b) {
    int n = b.length;
    for (int back = 1; back <= 3 && n - back >= 0; back++) {
      int x = b[n - back] & 0xFF;
      if (x < 0x80) {
        return n; // ASCII: nothing cut
      }
      if (x >= 0xC0) {
        int len = x >= 0xF0 ? 4 : x >= 0xE0 ? 3 : 2;
        return len > back ? n - back : n;
      }
    }
    return n;
  }

  private static boolean strict(byte[] bytes, java.nio.charset.Charset c) {
    try {
      c.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /**
   * Where a cut page ends, or null when it ends as a page does. A file whose last 4 KiB hold neither
   * {@code </body>} nor {@code </html>} was cut when it opened {@code <html>} or {@code <body>} (the element
   * returned is the last of the page), or when a table in it has no end tag ({@code </table>}, which HTML never
   * leaves out; that table is returned). A page that only forgot a {@code </table>} but ends as a page does, and
   * a fragment of markup ending after its last table, are read as they are.
   */
  static org.jsoup.nodes.Element cutPage(Document page, byte[] bytes) {
    int from = Math.max(0, bytes.length - 4096);
    String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (tail.contains("</body") || tail.contains("</html")) {
      return null;
    }
    for (org.jsoup.nodes.Element t : page.getElementsByTag("table")) {
      if (!t.endSourceRange().isTracked()) {
        return t;
      }
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (head.contains("<html") || head.contains("<body")) {
      org.jsoup.select.Elements all = page.body() == null ? page.getAllElements() : page.body().getAllElements();
      return all.isEmpty() ? page : all.last();
    }
    return null;
  }

  /** Markup: after a byte-order mark and white space, {@code <!doctype html}, {@code <html} or a comment then one. */
  @Override
  public boolean recognises(String fileName, byte[] head) {
    return looksLikeHtml(head);
  }

  /**
   * Whether bytes start like an HTML page (so that other readers leave it to this one).
   *
   * @param head the first bytes
   * @return true for {@code <!DOCTYPE html}, {@code <html}, {@code <head}, {@code <meta}, {@code <body}
   *     or {@code <table} first (case-insensitive, after a BOM, white space and comments)
   */
  public static boolean looksLikeHtml(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 2048), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    int i = s.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0;
    while (true) {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (s.startsWith("<!--", i)) {
        int end = s.indexOf("-->", i);
        if (end < 0) {
          return false;
        }
        i = end + 3;
        continue;
      }
      if (s.startsWith("<?xml", i)) {
        int end = s.indexOf("?>", i);
        if (end < 0) {
          return false;
        }
        i = end + 2;
        continue;
      }
      break;
    }
    for (String tag : new String[] {"<!doctype html", "<html", "<head", "<meta", "<body", "<table"}) {
      if (s.startsWith(tag, i)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public BudgetDocument read(InputStream in, String source) throws IOException {
    return read(in, source, ReadLimits.fromSystemProperties());
  }

  /**
   * Reads within {@code limits}: the page's size ({@code maxFileBytes}) and the cells its tables cover
   * ({@code maxCells}) are bounded before anything is laid out.
   *
   * @throws LimitExceededException when the page or its tables are too large
   */
  @Override
  public BudgetDocument read(InputStream in, String source, ReadLimits limits) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1L));
    if (bytes.length > limits.maxFileBytes()) {
      throw new LimitExceededException("maxFileBytes", limits.maxFileBytes(),
          "a page of more than " + limits.maxFileBytes() + " bytes / 网页超过 " + limits.maxFileBytes() + " 字节");
    }
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", parser);
    List<Diagnostic> found = new ArrayList<>();
    java.nio.charset.Charset used = page.charset();
    java.nio.charset.Charset right = encoding(bytes, used);
    if (!right.equals(used)) {
      org.jsoup.nodes.Element meta = page.selectFirst("meta[charset], meta[http-equiv=content-type]");
      int at = meta == null ? 1 : Math.max(1, meta.sourceRange().start().lineNumber());
      page = Jsoup.parse(new ByteArrayInputStream(bytes), right.name(), "", Parser.htmlParser().setTrackPosition(true));
      found.add(Diagnostic.of(meta == null ? Severity.INFO : Severity.WARNING, "html.charset",
          meta == null ? "网页未声明编码，其字节不是 " + used.name() + "，按 " + right.name() + " 读取"
              : "网页声明的编码是 " + used.name() + "，但其字节不是 " + used.name() + " 文本，按 " + right.name() + " 读取",
          meta == null ? "the page declares no encoding and its bytes are not " + used.name() + "; read as " + right.name()
              : "the page declares the encoding " + used.name() + " but its bytes are not " + used.name() + " text; read as "
                  + right.name(),
          Provenance.builder().source(source).line(at).build()));
    }
    org.jsoup.nodes.Element open = cutPage(page, bytes);
    if (open != null) {
      int at = Math.max(1, open.sourceRange().start().lineNumber());
      boolean table = open.normalName().equals("table");
      String where = table ? "在第 " + at + " 行开始的表格中结束（没有 </table>，" : "在第 " + at + " 行附近结束（";
      String whereEn = table ? "ends inside the table starting on line " + at + " (no </table>, "
          : "ends near line " + at + " (";
      found.add(Diagnostic.of(Severity.ERROR, "html.truncated",
          "网页不完整：文件" + where + "没有 </body> 或 </html>），可能被截断，只读取了能读到的部分；若网页完整，请补上 </html>",
          "the page is incomplete: the file " + whereEn + "no </body> or </html>), probably cut short; only what could"
              + " be read is kept (if the page is complete, end it with </html>)",
          Provenance.builder().source(source).line(at).build()));
    }
    return read(page, source, limits, found);
  }

  /**
   * Reads a parsed page (positions tracked): laid out, read as text, located at the page's lines.
   *
   * @param found diagnostics about the page found before it is laid out (its encoding, a cut file)
   * @throws LimitExceededException when its tables cover more than {@code maxCells} cells
   */
  BudgetDocument read(Document page, String source, ReadLimits limits, List<Diagnostic> found) throws IOException {
    LaidOutText.Result laid;
    List<HtmlText.Note> notes = new ArrayList<>();
    try {
      laid = HtmlText.of(page, (int) Math.min(Integer.MAX_VALUE, limits.maxCells()), notes);
    } catch (IllegalStateException e) {
      throw new LimitExceededException("maxCells", limits.maxCells(),
          "tables covering more cells / 表格单元格过多");
    }
    // as a UTF-8 text: the text reader's line and number limits apply to the laid-out page
    BudgetDocument d = text.read(new ByteArrayInputStream(laid.text().getBytes(StandardCharsets.UTF_8)), source,
        limits);
    d = Relocate.toSource(d, laid.sourceLines());
    if (!found.isEmpty()) {
      d = BudgetDocument.builder().from(d).addAllDiagnostics(found).build();
    }
    if (notes.isEmpty()) {
      return d;
    }
    List<Diagnostic> repaired = new ArrayList<>();
    java.util.TreeMap<Integer, Integer> doubtful = new java.util.TreeMap<>();
    for (HtmlText.Note n : notes) {
      Provenance at = Provenance.builder().source(source).line(n.sourceLine()).build();
      repaired.add(n.unreadAmounts() > 0 ? Diagnostic.unread(n.code(), n.zh(), n.en(), at, n.unreadAmounts())
          : Diagnostic.of(n.code().equals("html.note-mark") ? Severity.INFO : Severity.WARNING, n.code(), n.zh(),
              n.en(), at));
      if (n.doubtfulTo() > 0) {
        doubtful.put(n.doubtfulFrom(), n.doubtfulTo());
      }
    }
    return BudgetDocument.builder().from(d)
        .facts(Doubtful.mark(d.facts(), d.tables(), laid.sourceLines(), doubtful)).addAllDiagnostics(repaired)
        .build();
  }
}
