package dev.yusuan.io.html;

import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.text.MarkupTextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * A text whose tables are HTML among lines of plain text or Markdown (what PDF-to-Markdown converters such as
 * MinerU write: each table one line of {@code <table><tr><td>…}, merged cells as {@code rowspan}/{@code
 * colspan}), read as the web page it nearly is. Each line outside a table becomes a block of its own on the
 * same line ({@code # 标题} a heading of its level, any other line a paragraph, its text escaped), the tables
 * stay as written; the page is then read as {@link HtmlDocumentReader} reads pages (tables on their grid, merged
 * cells spread), so locations are the lines of the text. A service of {@code budget-io}'s {@link
 * MarkupTextReader}, found by {@link java.util.ServiceLoader}.
 */
public final class HtmlTablesInText implements MarkupTextReader {
  /** The provider (public, for {@link java.util.ServiceLoader}). */
  public HtmlTablesInText() {}

  @Override
  public BudgetDocument read(String text, String source, Catalogue catalogue) {
    Document page = Jsoup.parse(page(text), "", Parser.htmlParser().setTrackPosition(true));
    HtmlDocumentReader reader = (HtmlDocumentReader) new HtmlDocumentReader().withCatalogue(catalogue);
    try {
      return reader.read(page, source, ReadLimits.fromSystemProperties());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: not reached
    }
  }

  /**
   * The text as a page, line for line: table markup kept, every other non-blank line a heading or paragraph.
   *
   * @param text the text
   * @return HTML with the same number of lines
   */
  static String page(String text) {
    StringBuilder b = new StringBuilder(text.length() + text.length() / 4);
    int depth = 0; // tables open (a table may hold tables)
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      String line = text.substring(start, end);
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      int i = 0;
      while (i < line.length()) {
        if (depth == 0) {
          int open = tableTag(line, i, false);
          String before = open < 0 ? line.substring(i) : line.substring(i, open);
          block(b, before);
          if (open < 0) {
            break;
          }
          i = open;
          depth = 1;
          i = line.indexOf('>', i) < 0 ? line.length() : line.indexOf('>', i) + 1;
          b.append(line, open, i);
        } else {
          int open = tableTag(line, i, false);
          int close = tableTag(line, i, true);
          if (close < 0 && open < 0) {
            b.append(line, i, line.length());
            break;
          }
          boolean closing = close >= 0 && (open < 0 || close < open);
          int at = closing ? close : open;
          int gt = line.indexOf('>', at);
          int next = gt < 0 ? line.length() : gt + 1;
          b.append(line, i, next);
          depth += closing ? -1 : 1;
          i = next;
        }
      }
      if (end < n) {
        b.append('\n');
      }
      start = end + 1;
    }
    return b.toString();
  }

  /** Position of the next {@code <table} (or {@code </table}) tag in the line from {@code from}, or -1. */
  private static int tableTag(String line, int from, boolean closing) {
    String name = closing ? "/table" : "table";
    int i = line.indexOf('<', from);
    while (i >= 0) {
      int end = i + 1 + name.length();
      if (line.regionMatches(true, i + 1, name, 0, name.length())
          && (end == line.length() || line.charAt(end) == '>' || Character.isWhitespace(line.charAt(end)))) {
        return i;
      }
      i = line.indexOf('<', i + 1);
    }
    return -1;
  }

  /** A line's text outside tables as one block: a Markdown heading as its level, else a paragraph. */
  private static void block(StringBuilder b, String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return;
    }
    int level = 0;
    while (level < t.length() && level < 7 && t.charAt(level) == '#') {
      level++;
    }
    if (level >= 1 && level <= 6 && level < t.length() && Character.isWhitespace(t.charAt(level))) {
      b.append("<h").append(level).append('>').append(escape(t.substring(level).strip())).append("</h")
          .append(level).append('>');
    } else {
      b.append("<p>").append(escape(t)).append("</p>");
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
