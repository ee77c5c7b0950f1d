package dev.yusuan.io.html.internal;

import dev.yusuan.io.internal.LaidOutText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A web page as the structured-text form the text reader reads: a heading per {@code h1}–{@code h6}
 * ({@code #} marks), a line per paragraph or other block of text, and each data table as its caption,
 * then one tab-separated line per row with merged cells ({@code colspan}, {@code rowspan}) laid out on
 * the grid they cover (the text once, the cells it also covers empty), so that header groups read as
 * in a PDF. A row whose cells are all one merged text (a title or {@code 单位：万元} row inside the
 * table) is a line of its own; so is each cell of a row that only names the unit and the department.
 * A table that holds tables is page layout: its cells are read as blocks. A heading that names a
 * 预算/决算 before any other text is the page's title, read as the cover (department, year, kind).
 *
 * <p>Every line remembers the line of the HTML source its element starts on, for locations. One pass
 * over the page's nodes; a table's grid is built once.
 */
public final class HtmlText {
  private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "select",
      "option", "textarea", "button", "svg", "iframe", "object");
  private static final Set<String> BLOCK = Set.of("p", "div", "section", "article", "main", "header", "footer",
      "aside", "nav", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "form", "fieldset", "center",
      "figure", "figcaption", "address", "hr", "body", "html", "caption", "tbody", "thead", "tfoot", "tr",
      "td", "th");

  private final LaidOutText out = new LaidOutText();
  private final StringBuilder inline = new StringBuilder();
  private int inlineLine = 1;
  private final int maxCells;
  private long cells;

  private HtmlText(int maxCells) {
    this.maxCells = maxCells;
  }

  /**
   * @param page the parsed page (positions tracked, for locations)
   * @param maxCells the most table cells to lay out (merged cells count each cell they cover)
   * @return the text form of the page and, for each of its lines, the HTML source line it comes from
   * @throws IllegalStateException when the page's tables cover more than {@code maxCells} cells
   */
  public static LaidOutText.Result of(Document page, int maxCells) {
    HtmlText t = new HtmlText(maxCells);
    t.block(page.body() == null ? page : page.body());
    t.flush();
    // each line at its source line where it can be: a page with an element per line reads with its own
    // line numbers
    return t.out.result(true);
  }

  private static int line(Node n) {
    if (n instanceof TextNode tn) {
      return line(tn);
    }
    int l = n.sourceRange().start().lineNumber();
    return l > 0 ? l : 1;
  }

  /**
   * The line a text's first visible character is on: from where the node before it ends (the end of
   * the previous sibling, or of its parent's start tag) plus the line breaks before that character.
   * (A text node's own start line is not always the line of its start.)
   */
  private static int line(TextNode tn) {
    Node prev = tn.previousSibling();
    int base;
    if (prev instanceof Element pe && pe.endSourceRange().isTracked()) {
      base = pe.endSourceRange().end().lineNumber();
    } else if (prev != null) {
      base = prev.sourceRange().end().lineNumber();
    } else if (tn.parent() != null) {
      base = tn.parent().sourceRange().end().lineNumber();
    } else {
      base = 0;
    }
    String t = tn.getWholeText();
    for (int i = 0; i < t.length() && Character.isWhitespace(t.charAt(i)); i++) {
      if (t.charAt(i) == '\n') {
        base++;
      }
    }
    return Math.max(1, base);
  }

  private void emit(String text, int sourceLine) {
    out.emit(text, sourceLine);
  }

  /** The text gathered since the last block boundary, as a paragraph (a line, then a blank line). */
  private void flush() {
    String s = clean(inline.toString());
    if (!s.isEmpty()) {
      emit(s, inlineLine);
      emit("", inlineLine);
    }
    inline.setLength(0);
  }

  /** A line break inside a paragraph: the line so far, no blank line after it. */
  private void breakLine() {
    String s = clean(inline.toString());
    if (!s.isEmpty()) {
      emit(s, inlineLine);
    }
    inline.setLength(0);
  }

  static String clean(String s) {
    return LaidOutText.clean(s);
  }

  /** Deeper than this, an element's text is read as one paragraph (no recursion without bound). */
  static final int MAX_DEPTH = 256;
  private int depth;

  private void block(Element e) {
    if (++depth > MAX_DEPTH) {
      flush();
      String s = clean(e.text());
      if (!s.isEmpty()) {
        emit(s, line(e));
        emit("", line(e));
      }
    } else {
      for (Node n : e.childNodes()) {
        node(n);
      }
    }
    depth--;
  }

  private void node(Node n) {
    if (n instanceof TextNode tn) {
      if (inline.length() == 0) {
        inlineLine = line(tn);
      }
      inline.append(tn.getWholeText());
      return;
    }
    if (!(n instanceof Element c)) {
      return;
    }
    String tag = c.normalName();
    if (SKIP.contains(tag)) {
      return;
    }
    if (tag.equals("br")) {
      breakLine();
    } else if (heading(tag)) {
      flush();
      out.heading(clean(c.text()), tag.charAt(1) - '0', line(c));
    } else if (tag.equals("table")) {
      flush();
      if (c.selectFirst("td table, th table") != null) {
        block(c); // a layout table: its cells hold the page
      } else {
        table(c);
      }
    } else if (BLOCK.contains(tag)) {
      flush();
      block(c);
      flush();
    } else {
      if (inline.length() == 0) {
        inlineLine = line(c);
      }
      block(c); // inline content (span, font, a, b, …): its text; a block inside it breaks the line
    }
  }

  private static boolean heading(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }

  private void table(Element table) {
    Element caption = table.selectFirst("caption");
    emit("", line(table));
    if (caption != null) {
      String c = clean(caption.text());
      if (!c.isEmpty()) {
        emit(c, line(caption));
      }
    }
    List<Element> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") == table) {
        rows.add(tr);
      }
    }
    // the grid: pending[c] = rows a rowspan above still covers in column c, with nothing to print
    List<Integer> pending = new ArrayList<>();
    List<List<String>> grid = new ArrayList<>();
    List<Integer> elementCounts = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    for (Element tr : rows) {
      List<String> out = new ArrayList<>();
      int col = 0;
      int elements = 0;
      for (Element td : tr.children()) {
        if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
          continue;
        }
        elements++;
        while (col < pending.size() && pending.get(col) > 0) {
          pending.set(col, pending.get(col) - 1);
          out.add("");
          col++;
        }
        int cs = span(td.attr("colspan"));
        int rs = span(td.attr("rowspan"));
        cells += (long) cs * rs;
        if (cells > maxCells) {
          throw new IllegalStateException("table cells " + cells + " > " + maxCells);
        }
        for (int k = 0; k < cs; k++) {
          out.add(k == 0 ? clean(td.text()).replace('\t', ' ') : "");
          while (pending.size() <= col) {
            pending.add(0);
          }
          pending.set(col, rs - 1);
          col++;
        }
      }
      while (col < pending.size()) {
        if (pending.get(col) > 0) {
          pending.set(col, pending.get(col) - 1);
        }
        out.add("");
        col++;
      }
      grid.add(out);
      elementCounts.add(elements);
      rowLines.add(line(tr));
    }
    out.table(grid, elementCounts, rowLines);
    emit("", line(table));
  }

  private static int span(String attr) {
    try {
      int v = Integer.parseInt(attr.strip());
      return Math.max(1, Math.min(v, 1000));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
