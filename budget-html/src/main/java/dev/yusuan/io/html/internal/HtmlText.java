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
 * A span that does not fit its table is clamped to it and said ({@code html.span-clamped}); a span over
 * an amount or from the header into the rows of figures, or a row pushed wider than the others, makes
 * the table's figures doubtful and is said ({@code html.suspicious-span}, {@code html.ragged-table}).
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
  private final List<Note> notes = new ArrayList<>();

  /**
   * What the layout repaired or doubts: the source line of the element, a message in Chinese and
   * English, and the source lines of a table whose figures are doubtful ({@code 0, 0} for none).
   */
  public record Note(String code, int sourceLine, String zh, String en, int doubtfulFrom, int doubtfulTo,
      int unreadAmounts) {
    /** A note counting no amount unread. */
    public Note(String code, int sourceLine, String zh, String en, int doubtfulFrom, int doubtfulTo) {
      this(code, sourceLine, zh, en, doubtfulFrom, doubtfulTo, 0);
    }
  }

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
    return of(page, maxCells, new ArrayList<>());
  }

  /**
   * As {@link #of(Document, int)}, adding to {@code notes} what the layout repaired (a span clamped).
   *
   * @param page the parsed page (positions tracked, for locations)
   * @param maxCells the most table cells to lay out (merged cells count each cell they cover)
   * @param notes where the repairs are added
   * @return the text form of the page and, for each of its lines, the HTML source line it comes from
   * @throws IllegalStateException when the page's tables cover more than {@code maxCells} cells
   */
  public static LaidOutText.Result of(Document page, int maxCells, List<Note> notes) {
    HtmlText t = new HtmlText(maxCells);
    t.block(page.body() == null ? page : page.body());
    t.flush();
    notes.addAll(t.notes);
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

  /** An element whose children are being laid out, the next child, and whether a block ends with it. */
  private static final class Frame {
    final Element element;
    final boolean block;
    int next;

    Frame(Element element, boolean block) {
      this.element = element;
      this.block = block;
    }
  }

  /** Tables holding a table in one of their cells (page layout), found in one pass over the page. */
  private final Set<Element> layoutTables = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /**
   * Lays out {@code root}'s content with an explicit stack, not recursion: a page nesting divs or
   * tables thousands deep is read as a flat one is, without a stack overflow and without losing its
   * tables.
   */
  private void block(Element root) {
    for (Element t : root.getElementsByTag("table")) {
      boolean inCell = false;
      for (Element p = t.parent(); p != null && p != root.parent(); p = p.parent()) {
        String n = p.normalName();
        if (n.equals("td") || n.equals("th")) {
          inCell = true;
        } else if (n.equals("table")) {
          if (inCell) {
            layoutTables.add(p);
          }
          break;
        }
      }
    }
    java.util.ArrayDeque<Frame> stack = new java.util.ArrayDeque<>();
    stack.push(new Frame(root, false));
    while (!stack.isEmpty()) {
      Frame f = stack.peek();
      if (f.next >= f.element.childNodeSize()) {
        stack.pop();
        if (f.block) {
          flush();
        }
        continue;
      }
      Frame child = node(f.element.childNode(f.next++));
      if (child != null) {
        stack.push(child);
      }
    }
  }

  /** Lays out a node, or returns the frame of an element whose children are laid out next. */
  private Frame node(Node n) {
    if (n instanceof TextNode tn) {
      if (inline.length() == 0) {
        inlineLine = line(tn);
      }
      inline.append(tn.getWholeText());
      return null;
    }
    if (!(n instanceof Element c)) {
      return null;
    }
    String tag = c.normalName();
    if (SKIP.contains(tag)) {
      return null;
    }
    if (hidden(c)) {
      unshown(c, "html.hidden-text");
      return null;
    }
    if (STRUCK.contains(tag)) {
      unshown(c, "html.struck-text");
      return null;
    }
    if (tag.equals("sup") || tag.equals("sub")) {
      raised(c, inline, true);
      return null;
    }
    if (tag.equals("br")) {
      breakLine();
    } else if (heading(tag)) {
      flush();
      out.heading(clean(shown(c, true)), tag.charAt(1) - '0', line(c));
    } else if (tag.equals("table")) {
      flush();
      if (layoutTables.contains(c)) {
        return new Frame(c, false); // a layout table: its cells hold the page
      }
      table(c);
    } else if (BLOCK.contains(tag)) {
      flush();
      return new Frame(c, true);
    } else {
      if (inline.length() == 0) {
        inlineLine = line(c);
      }
      return new Frame(c, false); // inline content (span, font, a, b, …): its text; a block inside it breaks the line
    }
    return null;
  }

  private static boolean heading(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }

  private void table(Element table) {
    Element caption = table.selectFirst("caption");
    emit("", line(table));
    if (caption != null) {
      String c = clean(shown(caption, true));
      if (!c.isEmpty()) {
        emit(c, line(caption));
      }
    }
    List<Element> rows = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") == table) {
        if (hidden(tr)) {
          unshown(tr, "html.hidden-text"); // a row the page does not show
        } else {
          rows.add(tr);
        }
      }
    }
    // the grid: pending[c] = rows a rowspan above still covers in column c, with nothing to print
    // a cell spans at most as many columns as the table's widest row has cells: a colspan beyond
    // that (colspan="1000000") covers only empty columns, which would make the table too wide to read
    int width = 1;
    for (Element tr : rows) {
      int n = 0;
      for (Element td : tr.children()) {
        n += td.normalName().equals("td") || td.normalName().equals("th") ? 1 : 0;
      }
      width = Math.max(width, n);
    }
    int from = rows.isEmpty() ? 0 : line(rows.get(0));
    int to = rows.isEmpty() ? 0 : line(rows.get(rows.size() - 1));
    // the header ends where the first row holding an amount begins
    int firstBody = rows.size();
    for (int r = 0; r < rows.size() && firstBody == rows.size(); r++) {
      for (Element td : rows.get(r).children()) {
        if ((td.normalName().equals("td") || td.normalName().equals("th")) && !hidden(td)
            && amount(clean(shown(td, false)))) {
          firstBody = r;
          break;
        }
      }
    }
    boolean suspicious = false;
    int rowIndex = -1;
    List<Integer> pending = new ArrayList<>();
    List<List<String>> grid = new ArrayList<>();
    List<Integer> elementCounts = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    for (Element tr : rows) {
      rowIndex++;
      List<String> out = new ArrayList<>();
      int col = 0;
      int elements = 0;
      for (Element td : tr.children()) {
        if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
          continue;
        }
        if (hidden(td)) {
          unshown(td, "html.hidden-text"); // a cell the page does not show takes no place in the grid
          continue;
        }
        elements++;
        while (col < pending.size() && pending.get(col) > 0) {
          pending.set(col, pending.get(col) - 1);
          out.add("");
          col++;
        }
        int cs = span(td.attr("colspan"));
        if (cs > width) {
          int at = line(td);
          notes.add(new Note("html.span-clamped", at,
              "第 " + at + " 行的表格单元格 colspan=" + td.attr("colspan").strip() + " 超过表格的 " + width
                  + " 列，按 " + width + " 列读取，本表数据存疑",
              "a table cell on line " + at + " has colspan=" + td.attr("colspan").strip() + ", wider than the "
                  + "table's " + width + " columns; read as spanning " + width + "; the table's figures are doubtful",
              from, to));
          cs = width;
        }
        int rs = span(td.attr("rowspan"));
        int left = rows.size() - rowIndex; // rows from this one to the table's end
        if (rs > left) {
          // a span past the table's end ends with it, as in a browser; the rows below it are pushed right
          int at = line(td);
          notes.add(new Note("html.span-clamped", at,
              "第 " + at + " 行的表格单元格 rowspan=" + td.attr("rowspan").strip() + " 超过表格余下的 " + left
                  + " 行，按 " + left + " 行读取" + (left > 1 ? "，其下各行单元格可能错位，本表数据存疑" : ""),
              "a table cell on line " + at + " has rowspan=" + td.attr("rowspan").strip() + ", more than the "
                  + left + " rows left in the table; read as spanning " + left
                  + (left > 1 ? "; the cells of the rows below may be shifted, the table's figures are doubtful" : ""),
              left > 1 ? from : 0, left > 1 ? to : 0));
          rs = left;
        }
        if (!suspicious && (cs > 1 || rs > 1)) {
          String text = clean(shown(td, false));
          boolean overAmount = amount(text);
          boolean crossing = rowIndex < firstBody && rowIndex + rs > firstBody;
          if (overAmount || crossing) {
            // a merged amount, or a header cell reaching into the rows of figures: as a browser lays it
            // out, cells below or beside it may stand under other headers than the ones meant
            suspicious = true;
            int at = line(td);
            String what = (cs > 1 ? "colspan=" + td.attr("colspan").strip() : "")
                + (cs > 1 && rs > 1 ? " " : "") + (rs > 1 ? "rowspan=" + td.attr("rowspan").strip() : "");
            notes.add(new Note("html.suspicious-span", at,
                "第 " + at + " 行的表格单元格“" + clip(text) + "”" + what + (overAmount ? "：合并的是金额单元格"
                    : "：表头单元格跨入数字行") + "，单元格可能错位，本表数据存疑",
                "a table cell \"" + clip(text) + "\" on line " + at + " has " + what + (overAmount
                    ? ": a merged amount cell" : ": a header cell reaching into the rows of figures")
                    + "; cells may be shifted, the table's figures are doubtful", from, to));
          }
        }
        cells += (long) cs * rs;
        if (cells > maxCells) {
          throw new IllegalStateException("table cells " + cells + " > " + maxCells);
        }
        for (int k = 0; k < cs; k++) {
          out.add(k == 0 ? clean(shown(td, true)).replace('\t', ' ') : "");
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
    ragged(grid, rowLines);
    out.table(grid, elementCounts, rowLines);
    emit("", line(table));
  }

  /**
   * A table whose spans push a row wider than most of its rows (a colspan or rowspan where the table
   * has no room) has cells that may stand under the wrong headers, as a browser shows them: its
   * figures are doubtful (a finding resting on them is at most a WARNING).
   */
  private void ragged(List<List<String>> grid, List<Integer> rowLines) {
    java.util.Map<Integer, Integer> widths = new java.util.HashMap<>();
    for (List<String> row : grid) {
      widths.merge(row.size(), 1, Integer::sum);
    }
    // the width most rows have (of equally common widths the narrowest)
    int usual = widths.entrySet().stream().max(java.util.Map.Entry.<Integer, Integer>comparingByValue()
        .thenComparing(java.util.Map.Entry.<Integer, Integer>comparingByKey().reversed()))
        .map(java.util.Map.Entry::getKey).orElse(0);
    for (int r = 0; r < grid.size(); r++) {
      if (grid.get(r).size() > usual) {
        int at = rowLines.get(r);
        notes.add(new Note("html.ragged-table", at,
            "第 " + at + " 行的表格行有 " + grid.get(r).size() + " 列，多于该表大多数行的 " + usual
                + " 列（colspan/rowspan 与表格不符）：单元格可能错位，本表数据存疑",
            "the table row on line " + at + " spans " + grid.get(r).size() + " columns, more than the "
                + usual + " of most of the table's rows (colspan/rowspan do not fit the table): cells may be "
                + "shifted, the table's figures are doubtful", rowLines.get(0), rowLines.get(rowLines.size() - 1)));
        return;
      }
    }
  }

  private static String clip(String s) {
    return s.length() > 20 ? s.substring(0, 20) + "…" : s;
  }

  /** Struck-out text: shown crossed out, no figure of the page. */
  private static final Set<String> STRUCK = Set.of("del", "s", "strike");
  /** A note mark printed as a superscript after a figure or a name: 1, 12, a, *, †, ①, [1], (2). */
  private static final java.util.regex.Pattern NOTE_MARK =
      java.util.regex.Pattern.compile("[\\[(（]?([0-9]{1,2}|[a-zA-Z]|\\*{1,3}|[†‡]|[\u2460-\u2473])[\\])）]?");
  private static final java.util.regex.Pattern AMOUNT_TOKEN =
      java.util.regex.Pattern.compile("[-(]?[0-9][0-9,]*\\.[0-9]+\\)?%?|[-(]?[0-9]{1,3}(,[0-9]{3})+\\)?");

  /**
   * Whether the page does not show an element: the {@code hidden} attribute, or an inline style
   * {@code display:none} or {@code visibility:hidden} (a style sheet's rules are not applied).
   */
  static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String st = style.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
    return st.contains("display:none") || st.contains("visibility:hidden");
  }

  /**
   * An element whose text is not read: hidden ({@code html.hidden-text}: not shown, its amounts counted unread)
   * or struck out ({@code html.struck-text}: shown crossed out, an old figure, not counted). Said when it holds
   * an amount.
   */
  private void unshown(Element e, String code) {
    int amounts = 0;
    java.util.regex.Matcher m = AMOUNT_TOKEN.matcher(e.text());
    while (m.find()) {
      amounts++;
    }
    if (amounts == 0) {
      return;
    }
    int at = line(e);
    String text = clip(clean(e.text()));
    boolean hiddenText = code.equals("html.hidden-text");
    notes.add(new Note(code, at,
        "第 " + at + " 行的" + (hiddenText ? "隐藏内容（不显示）" : "删除线文字") + "“" + text + "”含 " + amounts + " 个金额，未读取"
            + (hiddenText ? "" : "（划去的旧数字不是本页的数据）"),
        "the " + (hiddenText ? "hidden content (not shown)" : "struck-out text") + " \"" + text + "\" on line " + at
            + " holds " + amounts + " amount(s); not read" + (hiddenText ? "" : " (a crossed-out figure is no figure of the page)"),
        0, 0, hiddenText ? amounts : 0));
  }

  /**
   * A superscript or subscript: a note mark right after text (1, a, *, ①) is not part of the figure or name it
   * follows ({@code 2706.24<sup>1</sup>} is 2706.24; {@code html.note-mark}); other text is kept apart by spaces.
   */
  private void raised(Element e, StringBuilder into, boolean note) {
    String t = clean(shown(e, note));
    if (t.isEmpty()) {
      return;
    }
    boolean after = into.length() > 0 && !Character.isWhitespace(into.charAt(into.length() - 1));
    if (after && NOTE_MARK.matcher(t).matches()) {
      if (note) {
        int at = line(e);
        notes.add(new Note("html.note-mark", at, "第 " + at + " 行的上标“" + t + "”是注释标记，不计入其前的数字或名称",
            "the superscript \"" + t + "\" on line " + at + " is a note mark, not part of the figure or name before it",
            0, 0));
      }
      return;
    }
    into.append(' ').append(t).append(' ');
  }

  /**
   * The text an element shows: its text nodes in order, a space for a line break and around blocks; hidden
   * elements, struck-out text, scripts and styles left out, superscript note marks apart ({@link #raised}).
   * With {@code note}, what is left out is said. Iterative: deep markup costs no stack.
   */
  private String shown(Element root, boolean note) {
    StringBuilder b = new StringBuilder();
    java.util.ArrayDeque<Node> stack = new java.util.ArrayDeque<>();
    for (int i = root.childNodeSize() - 1; i >= 0; i--) {
      stack.push(root.childNode(i));
    }
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof TextNode tn) {
        b.append(tn.getWholeText());
        continue;
      }
      if (!(n instanceof Element e)) {
        continue;
      }
      String tag = e.normalName();
      if (SKIP.contains(tag)) {
        continue;
      }
      if (hidden(e) || STRUCK.contains(tag)) {
        if (note) {
          unshown(e, hidden(e) ? "html.hidden-text" : "html.struck-text");
        }
        continue;
      }
      if (tag.equals("sup") || tag.equals("sub")) {
        raised(e, b, note);
        continue;
      }
      if (tag.equals("br")) {
        b.append(' ');
        continue;
      }
      boolean block = BLOCK.contains(tag) || tag.equals("table") || heading(tag);
      if (block) {
        b.append(' ');
        stack.push(new TextNode(" "));
      }
      for (int i = e.childNodeSize() - 1; i >= 0; i--) {
        stack.push(e.childNode(i));
      }
    }
    return b.toString();
  }

  /**
   * Whether a cell's text is an amount: a number with decimals or digit groups, or of three digits or
   * more (a row of column numbers, 栏次 1, 2, 3, is not yet the rows of figures).
   */
  static boolean amount(String text) {
    return text.matches("[-(]?[0-9][0-9,]*(\\.[0-9]+)?\\)?%?")
        && (text.contains(".") || text.contains(",") || text.replaceAll("[^0-9]", "").length() >= 3);
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
