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
      return reader.read(page, source, ReadLimits.fromSystemProperties(), java.util.List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: not reached
    }
  }

  /**
   * The text as a page, line for line: table markup kept, a run of tab-separated rows outside it a table too
   * (a text may mix both; its Markdown pipe rows are in tab form already), every other non-blank line a heading
   * or paragraph.
   *
   * @param text the text
   * @return HTML with the same number of lines
   */
  static String page(String text) {
    String[] lines = text.split("\n", -1);
    int n = lines.length;
    boolean[] tabRow = new boolean[n];
    int depth = 0; // tables open (a table may hold tables)
    for (int k = 0; k < n; k++) {
      if (lines[k].endsWith("\r")) {
        lines[k] = lines[k].substring(0, lines[k].length() - 1);
      }
      tabRow[k] = depth == 0 && lines[k].indexOf('\t') >= 0 && !lines[k].isBlank() && tableTag(lines[k], 0, false) < 0;
      depth = depthAfter(lines[k], depth, null);
    }
    StringBuilder b = new StringBuilder(text.length() + text.length() / 4);
    depth = 0;
    boolean inTabTable = false;
    for (int k = 0; k < n; k++) {
      String line = lines[k];
      if (tabRow[k]) {
        if (!inTabTable) {
          b.append("<table>");
          inTabTable = true;
        }
        b.append("<tr>");
        for (String cell : line.split("\t", -1)) {
          b.append("<td>").append(escape(cell.strip())).append("</td>");
        }
        b.append("</tr>");
        int next = k + 1;
        while (next < n && lines[next].isBlank()) {
          next++; // blank lines between a table's rows, as the tab form allows
        }
        if (next >= n || !tabRow[next]) {
          b.append("</table>");
          inTabTable = false;
        }
      } else if (!inTabTable) {
        depth = depthAfter(line, depth, b);
      }
      if (k < n - 1) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  /**
   * Walks a line's table tags: the depth after it; with {@code out}, the line as HTML (text outside tables as
   * blocks, markup inside them as written).
   */
  private static int depthAfter(String line, int depth, StringBuilder out) {
    int i = 0;
    while (i < line.length()) {
      int open = tableTag(line, i, false);
      if (depth == 0) {
        if (out != null) {
          block(out, open < 0 ? line.substring(i) : line.substring(i, open));
        }
        if (open < 0) {
          break;
        }
        int gt = line.indexOf('>', open);
        int next = gt < 0 ? line.length() : gt + 1;
        if (out != null) {
          out.append(line, open, next);
        }
        depth = 1;
        i = next;
      } else {
        int close = tableTag(line, i, true);
        if (close < 0 && open < 0) {
          if (out != null) {
            out.append(line, i, line.length());
          }
          break;
        }
        boolean closing = close >= 0 && (open < 0 || close < open);
        int at = closing ? close : open;
        int gt = line.indexOf('>', at);
        int next = gt < 0 ? line.length() : gt + 1;
        if (out != null) {
          out.append(line, i, next);
        }
        depth += closing ? -1 : 1;
        i = next;
      }
    }
    return depth;
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

  /** Text as HTML: jsoup's escaping ({@code &}, {@code <}, {@code >} and what else HTML needs). */
  private static String escape(String s) {
    return org.jsoup.nodes.Entities.escape(s);
  }
}
