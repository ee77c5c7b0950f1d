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
    return read(page, source, limits);
  }

  /**
   * Reads a parsed page (positions tracked): laid out, read as text, located at the page's lines.
   *
   * @throws LimitExceededException when its tables cover more than {@code maxCells} cells
   */
  BudgetDocument read(Document page, String source, ReadLimits limits) throws IOException {
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
    if (notes.isEmpty()) {
      return d;
    }
    List<Diagnostic> repaired = new ArrayList<>();
    java.util.TreeMap<Integer, Integer> doubtful = new java.util.TreeMap<>();
    for (HtmlText.Note n : notes) {
      repaired.add(Diagnostic.of(Severity.WARNING, n.code(), n.zh(), n.en(),
          Provenance.builder().source(source).line(n.sourceLine()).build()));
      if (n.doubtfulTo() > 0) {
        doubtful.put(n.doubtfulFrom(), n.doubtfulTo());
      }
    }
    return BudgetDocument.builder().from(d)
        .facts(Doubtful.mark(d.facts(), d.tables(), laid.sourceLines(), doubtful)).addAllDiagnostics(repaired)
        .build();
  }
}
