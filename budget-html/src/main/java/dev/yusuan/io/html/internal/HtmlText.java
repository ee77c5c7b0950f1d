package dev.yusuan.io.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private final List<String> lines = new ArrayList<>();
  private final List<Integer> sourceLines = new ArrayList<>();
  /** Whether a line with text was emitted: before it, a title heading is the cover. */
  private boolean texted;
  private final StringBuilder inline = new StringBuilder();
  private int inlineLine = 1;
  private final int maxCells;
  private long cells;

  private HtmlText(int maxCells) {
    this.maxCells = maxCells;
  }

  /** The text and, for each of its lines, the HTML source line it comes from. */
  public record Result(String text, int[] sourceLines) {}

  /**
   * @param page the parsed page (positions tracked, for locations)
   * @param maxCells the most table cells to lay out (merged cells count each cell they cover)
   * @return the text form of the page
   * @throws IllegalStateException when the page's tables cover more than {@code maxCells} cells
   */
  public static Result of(Document page, int maxCells) {
    HtmlText t = new HtmlText(maxCells);
    t.block(page.body() == null ? page : page.body());
    t.flush();
    // each line at its source line where it can be (blank lines before it), else right after the one
    // before: a page with an element per line reads with its own line numbers
    List<String> out = new ArrayList<>(t.lines.size() * 2);
    List<Integer> map = new ArrayList<>(t.lines.size() * 2);
    for (int i = 0; i < t.lines.size(); i++) {
      String text = t.lines.get(i);
      int src = t.sourceLines.get(i);
      if (text.isEmpty()) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
          out.add("");
          map.add(src);
        }
        continue;
      }
      while (out.size() + 1 < src) {
        out.add("");
        map.add(out.size());
      }
      out.add(text);
      map.add(src);
    }
    int[] src = new int[map.size()];
    for (int i = 0; i < src.length; i++) {
      src[i] = map.get(i);
    }
    return new Result(String.join("\n", out), src);
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
    lines.add(text);
    sourceLines.add(sourceLine);
    texted |= !text.isEmpty();
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

  /** Whitespace runs (tabs, line breaks of the source) as one space; no-break spaces kept as spaces. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
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
      String h = clean(c.text());
      if (!h.isEmpty() && cover() && (h.contains("预算") || h.contains("决算"))) {
        emit(h, line(c)); // the page's title, before anything else: the cover (department, year, kind)
        emit("", line(c));
      } else if (!h.isEmpty()) {
        emit("", line(c));
        emit("#".repeat(tag.charAt(1) - '0') + " " + h, line(c));
        emit("", line(c));
      }
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

  /** Nothing but blank lines emitted yet. */
  private boolean cover() {
    return !texted;
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
    // one cell across the table is a title, unit or note line above the first row of cells or below
    // the last; between them it is a row (a group label with blank amounts)
    int first = 0;
    while (first < grid.size() && elementCounts.get(first) <= 1) {
      first++;
    }
    int last = grid.size() - 1;
    while (last >= 0 && elementCounts.get(last) <= 1) {
      last--;
    }
    for (int k = 0; k < grid.size(); k++) {
      row(grid.get(k), k < first || k > last, rowLines.get(k));
    }
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

  private void row(List<String> cells, boolean outside, int sourceLine) {
    List<String> texts = new ArrayList<>();
    for (String c : cells) {
      if (!c.isEmpty()) {
        texts.add(c);
      }
    }
    if (texts.isEmpty()) {
      return;
    }
    if (outside && texts.size() == 1 && !number(texts.get(0))) {
      emit(texts.get(0), sourceLine); // one cell across the table: a title, unit or note row
      return;
    }
    boolean heading = true;
    for (String t : texts) {
      String k = t.replace(" ", "").toLowerCase(Locale.ROOT);
      heading &= k.startsWith("单位") || k.startsWith("部门") || k.startsWith("编制") || k.startsWith("预算单位")
          || k.startsWith("金额单位");
    }
    if (heading) {
      for (String t : texts) {
        emit(t, sourceLine);
      }
      return;
    }
    // every cell kept, empty ones too: a row with one label and blank amounts is still a row
    emit(String.join("\t", cells), sourceLine);
  }

  private static boolean number(String s) {
    String t = s.replace(",", "").replace(" ", "");
    return !t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.' || c == '-');
  }
}
