package dev.yusuan.io.word.internal;

import dev.yusuan.io.internal.LaidOutText;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word document as the structured-text form the text reader reads ({@link LaidOutText}): a heading
 * line per paragraph in a heading style ({@code 标题 1}, {@code Heading 1}, {@code Title}), a line per
 * other paragraph (automatic numbering such as {@code 一、} or {@code (一)} written out as Word shows
 * it), and each table as one tab-separated line per row on its grid: a cell spanning columns
 * ({@code gridSpan}) gives its text once and empty cells for the columns it also covers, a cell
 * continuing a vertical merge ({@code vMerge}) is empty, so header groups read as in a PDF. A row of
 * one cell above the first row or below the last (a title, {@code 单位：万元}, a note) is a line of its
 * own. A table that holds tables is page layout (its cells are read as blocks, nested tables in turn;
 * a cell of nothing but an amount there is counted unread), unless its own cells hold amounts: then it
 * is a table of figures, read on its grid, the tables in its cells read after it.
 *
 * <p>Every line remembers the number of the paragraph it comes from (1-based, counting every paragraph
 * of the body in document order, those inside table cells too; a table row is the number of its first
 * paragraph), for locations. One pass over the document.
 */
public final class DocxText {
  private final LaidOutText out = new LaidOutText();
  private final XWPFStyles styles;
  private final long maxCells;
  private final int maxDepth;
  private long cells;
  private int paragraphs;
  private final List<Note> notes = new ArrayList<>();

  /**
   * What the layout repaired or left out: the paragraph it is at, a message in Chinese and English,
   * how many amounts it left unread, and the paragraphs of the table whose figures it makes doubtful.
   */
  public record Note(String code, int paragraph, String zh, String en, int unreadAmounts, int doubtfulFrom,
      int doubtfulTo) {}

  /** Notes of the table being laid out, given its paragraphs once it ends. */
  private final List<Note> tableNotes = new ArrayList<>();
  /** Counters of automatic numbering: per list, the current number of each level. */
  private final Map<BigInteger, int[]> numbers = new HashMap<>();

  private DocxText(XWPFStyles styles, long maxCells, int maxDepth) {
    this.styles = styles;
    this.maxCells = maxCells;
    this.maxDepth = maxDepth;
  }

  /**
   * @param doc the document
   * @param maxCells the most table cells to lay out (a merged cell counts each grid cell it covers)
   * @param maxDepth the deepest nesting of tables in tables to follow
   * @return the text form and, for each of its lines, the paragraph number it comes from
   * @throws IllegalStateException when the tables cover more than {@code maxCells} cells or nest deeper
   *     than {@code maxDepth}
   */
  public static LaidOutText.Result of(XWPFDocument doc, long maxCells, int maxDepth) {
    return of(doc, maxCells, maxDepth, new ArrayList<>());
  }

  /**
   * As {@link #of(XWPFDocument, long, int)}, adding to {@code notes} what the layout repaired (a span
   * clamped) or left out (text under a vertical merge).
   */
  public static LaidOutText.Result of(XWPFDocument doc, long maxCells, int maxDepth, List<Note> notes) {
    DocxText t = new DocxText(doc.getStyles(), maxCells, maxDepth);
    t.body(doc.getBodyElements(), 0);
    notes.addAll(t.notes);
    return t.out.result(false);
  }

  private void body(List<IBodyElement> elements, int depth) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        paragraph(p);
      } else if (e instanceof XWPFTable t) {
        table(t, depth + 1);
      } else if (e instanceof XWPFSDT sdt) {
        // a content control around blocks: its text, a paragraph per line
        for (String line : sdt.getContent().getText().split("\n")) {
          out.paragraph(LaidOutText.clean(line), ++paragraphs);
        }
      }
    }
  }

  private void paragraph(XWPFParagraph p) {
    int at = ++paragraphs;
    String text = text(p, at);
    int level = headingLevel(p);
    if (level > 0) {
      out.heading(text, level, at);
    } else {
      out.paragraph(text, at);
    }
  }

  /**
   * The paragraph's text as Word shows it: its automatic number first, runs of white space as one
   * space; tabs inside the text (columns aligned with tab stops) kept as one tab, as the text form
   * separates cells. Only the text Word shows is read ({@link #shown}).
   */
  private String text(XWPFParagraph p, int at) {
    String raw = shown(p, at);
    StringBuilder b = new StringBuilder();
    for (String part : raw.split("\t")) {
      String c = LaidOutText.clean(part);
      if (!c.isEmpty()) {
        b.append(b.length() == 0 ? "" : "\t").append(c);
      }
    }
    String number = number(p);
    if (number.isEmpty() || b.length() == 0) {
      return b.toString();
    }
    char lastChar = number.charAt(number.length() - 1);
    boolean wide = lastChar > 0x2E80 || lastChar == ')' ; // 一、 (一) 1) are followed directly
    return number + (wide ? "" : " ") + b;
  }

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  /** A note mark printed as a superscript after a figure or a name: 1, 12, a, *, †, ①, [1], (2). */
  private static final java.util.regex.Pattern NOTE_MARK =
      java.util.regex.Pattern.compile("[\\[(（]?([0-9]{1,2}|[a-zA-Z]|\\*{1,3}|[†‡]|[\u2460-\u2473])[\\])）]?");
  private static final java.util.regex.Pattern AMOUNT_TOKEN =
      java.util.regex.Pattern.compile("[-(]?[0-9][0-9,]*(\\.[0-9]+)?\\)?%?");

  /**
   * The text of a paragraph as Word shows it (the document with its tracked changes accepted), in one
   * pass over its XML: the text of runs ({@code w:t}), inserted or moved here ({@code w:ins},
   * {@code w:moveTo}), in hyperlinks, fields' results, content controls, smart tags and text boxes (once:
   * the fallback of an {@code mc:AlternateContent} repeats its choice); a tab as a tab, a line break as a
   * space. Not read: tracked deletions and text moved away ({@code w:del}, {@code w:moveFrom}, whatever
   * they hold: their text is no figure of the document), field instructions ({@code w:instrText}), and
   * hidden text ({@code w:vanish}: neither shown nor printed; an amount in it is counted unread,
   * {@code word.hidden-text}). A superscript that is a note mark (1, a, *, ①) after text is not part of
   * the figure or name it follows ({@code 2706.24¹} is 2706.24, not 2706.241: {@code word.note-mark},
   * INFO); other superscript or subscript text is kept apart from its neighbours by a space.
   *
   * @param at the paragraph's number, for notes; 0 for none
   */
  private String shown(XWPFParagraph p, int at) {
    StringBuilder out = new StringBuilder();
    StringBuilder hidden = new StringBuilder();
    List<String> marks = new ArrayList<>();
    java.util.ArrayDeque<org.w3c.dom.Node> stack = new java.util.ArrayDeque<>();
    stack.push(p.getCTP().getDomNode());
    while (!stack.isEmpty()) {
      org.w3c.dom.Node n = stack.pop();
      if (n.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) {
        continue;
      }
      String ns = n.getNamespaceURI();
      String name = n.getLocalName();
      if (MC.equals(ns) && "Fallback".equals(name)) {
        continue;
      }
      if (W.equals(ns)) {
        switch (name == null ? "" : name) {
          case "del", "moveFrom", "delText", "instrText", "delInstrText", "rPr", "pPr" -> {
            continue;
          }
          case "r" -> {
            String style = runStyle(n);
            if (!style.isEmpty()) {
              StringBuilder own = new StringBuilder();
              runText(n, own);
              if (style.equals("hidden")) {
                hidden.append(' ').append(own);
              } else {
                String mark = own.toString().strip();
                if (NOTE_MARK.matcher(mark).matches() && out.length() > 0
                    && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                  marks.add(mark);
                } else if (!mark.isEmpty()) {
                  out.append(' ').append(own).append(' ');
                }
              }
              continue;
            }
          }
          case "t" -> {
            appendText(n, out);
            continue;
          }
          case "tab", "ptab" -> {
            out.append('\t');
            continue;
          }
          case "br", "cr" -> {
            out.append(' ');
            continue;
          }
          case "noBreakHyphen" -> {
            out.append('-');
            continue;
          }
          case "txbxContent", "p" -> {
            if (n != p.getCTP().getDomNode()) {
              out.append(' '); // a paragraph of a text box: apart from the text around it
            }
          }
          default -> { }
        }
      }
      // children in document order: pushed last to first
      org.w3c.dom.Node c = n.getLastChild();
      while (c != null) {
        stack.push(c);
        c = c.getPreviousSibling();
      }
    }
    if (at > 0 && hidden.length() > 0) {
      int amounts = 0;
      for (String token : LaidOutText.clean(hidden.toString()).split(" ")) {
        amounts += AMOUNT_TOKEN.matcher(token).matches() ? 1 : 0;
      }
      if (amounts > 0) {
        String shownText = clip(LaidOutText.clean(hidden.toString()));
        notes.add(new Note("word.hidden-text", at,
            "第 " + at + " 段有隐藏文字（w:vanish，不显示也不打印）“" + shownText + "”，含 " + amounts + " 个金额，未读取",
            "paragraph " + at + " holds hidden text (w:vanish, neither shown nor printed) \"" + shownText + "\" with "
                + amounts + " amount(s); not read", amounts, 0, 0));
      }
    }
    if (at > 0 && !marks.isEmpty()) {
      notes.add(new Note("word.note-mark", at,
          "第 " + at + " 段的上标 " + String.join("、", marks) + " 是注释标记，不计入其前的数字或名称",
          "paragraph " + at + ": the superscript " + String.join(", ", marks) + " is a note mark, not part of the figure"
              + " or name before it", 0, 0, 0));
    }
    return out.toString();
  }

  /** "hidden" for a run of hidden text, "raised" for a superscript or subscript run, else empty. */
  private static String runStyle(org.w3c.dom.Node run) {
    for (org.w3c.dom.Node c = run.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE && W.equals(c.getNamespaceURI())
          && "rPr".equals(c.getLocalName())) {
        String style = "";
        for (org.w3c.dom.Node q = c.getFirstChild(); q != null; q = q.getNextSibling()) {
          if (q.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE || !W.equals(q.getNamespaceURI())) {
            continue;
          }
          String val = ((org.w3c.dom.Element) q).getAttributeNS(W, "val");
          boolean on = val == null || val.isEmpty() || !(val.equals("0") || val.equals("false") || val.equals("off"));
          if (("vanish".equals(q.getLocalName()) || "specVanish".equals(q.getLocalName())) && on) {
            return "hidden";
          }
          if ("vertAlign".equals(q.getLocalName()) && (val.equals("superscript") || val.equals("subscript"))) {
            style = "raised";
          }
        }
        return style;
      }
    }
    return "";
  }

  /** The text a run shows ({@code w:t}, tabs, breaks), for a run read apart. */
  private static void runText(org.w3c.dom.Node run, StringBuilder out) {
    for (org.w3c.dom.Node c = run.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE || !W.equals(c.getNamespaceURI())) {
        continue;
      }
      switch (c.getLocalName()) {
        case "t" -> appendText(c, out);
        case "tab", "ptab" -> out.append('\t');
        case "br", "cr" -> out.append(' ');
        case "noBreakHyphen" -> out.append('-');
        default -> { }
      }
    }
  }

  private static void appendText(org.w3c.dom.Node t, StringBuilder out) {
    for (org.w3c.dom.Node c = t.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c.getNodeType() == org.w3c.dom.Node.TEXT_NODE || c.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
        out.append(c.getNodeValue());
      }
    }
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  /** The automatic number Word prints before a numbered paragraph, or empty (bullets are not read). */
  private String number(XWPFParagraph p) {
    BigInteger id = p.getNumID();
    if (id == null) {
      return "";
    }
    String format = p.getNumLevelText();
    String kind = p.getNumFmt();
    if (format == null || kind == null || kind.equals("bullet") || kind.equals("none")) {
      return "";
    }
    BigInteger ilvl = p.getNumIlvl();
    int level = ilvl == null ? 0 : Math.max(0, Math.min(8, ilvl.intValue()));
    int[] counters = numbers.computeIfAbsent(id, k -> new int[9]);
    BigInteger start = p.getNumStartOverride();
    if (counters[level] == 0 && start != null) {
      counters[level] = start.intValue() - 1;
    }
    counters[level]++;
    for (int k = level + 1; k < 9; k++) {
      counters[k] = 0;
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '%' && i + 1 < format.length() && format.charAt(i + 1) >= '1' && format.charAt(i + 1) <= '9') {
        int k = format.charAt(++i) - '1';
        int n = Math.max(1, counters[k]);
        b.append(k == level ? format(n, kind) : Integer.toString(n));
      } else {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  private static final String DIGITS = "零一二三四五六七八九";

  /** A number in a Word numbering format: Chinese counting (一, 十一, 二十), letters, roman, else decimal. */
  static String format(int n, String kind) {
    switch (kind) {
      case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographDigital",
          "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand" -> {
        if (n <= 0 || n >= 100) {
          return Integer.toString(n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String s = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        return ones == 0 && tens > 0 ? s : s + DIGITS.charAt(ones);
      }
      case "lowerLetter", "upperLetter" -> {
        char c = (char) ((kind.startsWith("lower") ? 'a' : 'A') + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
      }
      case "lowerRoman", "upperRoman" -> {
        String r = roman(n);
        return kind.startsWith("lower") ? r.toLowerCase(Locale.ROOT) : r;
      }
      default -> {
        return Integer.toString(n);
      }
    }
  }

  private static String roman(int n) {
    int[] v = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] s = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < v.length && n > 0; i++) {
      while (n >= v[i]) {
        b.append(s[i]);
        n -= v[i];
      }
    }
    return b.toString();
  }

  /** The level of a heading style (标题 1 … 标题 6, Heading 1 …, Title as 1), or 0. */
  private int headingLevel(XWPFParagraph p) {
    String id = p.getStyleID();
    if (id == null) {
      return 0;
    }
    XWPFStyle style = styles == null ? null : styles.getStyle(id);
    String name = (style == null || style.getName() == null ? id : style.getName()).replace(" ", "")
        .toLowerCase(Locale.ROOT);
    if (name.equals("title") || name.equals("标题")) {
      return 1;
    }
    for (String prefix : new String[] {"heading", "标题"}) {
      if (name.startsWith(prefix) && name.length() == prefix.length() + 1) {
        char d = name.charAt(prefix.length());
        if (d >= '1' && d <= '9') {
          return Math.min(6, d - '0');
        }
      }
    }
    return 0;
  }

  private void table(XWPFTable table, int depth) {
    if (depth > maxDepth) {
      throw new IllegalStateException("tables nested " + depth + " deep > " + maxDepth);
    }
    boolean holdsTables = false;
    for (XWPFTableRow row : table.getRows()) {
      for (XWPFTableCell cell : row.getTableCells()) {
        holdsTables |= !cell.getTables().isEmpty();
      }
    }
    int amountCells = 0;
    for (int r = 0; holdsTables && r < table.getRows().size() && amountCells < 2; r++) {
      for (XWPFTableCell cell : table.getRows().get(r).getTableCells()) {
        amountCells += bareAmount(cell) ? 1 : 0;
      }
    }
    out.emit("", paragraphs + 1);
    // a table holding tables is page layout (its cells hold the document), unless its own cells hold
    // amounts (at least two cells of nothing but an amount, over two rows or more): then it is a table
    // of figures with a table in a cell, read as a table, the tables in its cells read after it
    boolean layout = holdsTables && (amountCells < 2 || table.getRows().size() < 2);
    if (layout) {
      for (XWPFTableRow row : table.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          count(1);
          int at = paragraphs + 1;
          if (bareAmount(cell)) {
            // an amount alone in a cell of a layout table is not a line of text the reader can place
            String shown = cellText(cell);
            notes.add(new Note("word.layout-table-amount", at,
                "第 " + at + " 段：版式表格（单元格内含表格）的单元格只有金额“" + shown + "”，无法归入任何表格，未读取",
                "paragraph " + at + ": a cell of a layout table (a table holding tables) holds only the amount \""
                    + shown + "\"; it belongs to no table it can be read in, not read", 1, 0, 0));
          }
          body(cell.getBodyElements(), depth);
        }
      }
      out.emit("", paragraphs);
      return;
    }
    // no span wider than the table: its grid (w:tblGrid) or its widest row of cells
    int width = table.getCTTbl().getTblGrid() == null ? 1
        : Math.min(1000, table.getCTTbl().getTblGrid().sizeOfGridColArray());
    for (XWPFTableRow row : table.getRows()) {
      width = Math.max(width, row.getTableICells().size());
    }
    List<List<String>> grid = new ArrayList<>();
    List<Integer> elementCounts = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    int above = 0; // grid columns the row above covers
    for (XWPFTableRow row : table.getRows()) {
      int at = paragraphs + 1;
      List<String> cellsOfRow = new ArrayList<>();
      int before = gridBefore(row);
      if (before >= width) {
        clamped(at, "gridBefore", before, width - 1);
        before = width - 1;
      }
      for (int k = before; k > 0; k--) {
        cellsOfRow.add("");
      }
      int elements = 0;
      for (ICell icell : row.getTableICells()) {
        elements++;
        if (icell instanceof XWPFSDTCell sdt) {
          count(1);
          paragraphs++;
          cellsOfRow.add(LaidOutText.clean(sdt.getContent().getText()).replace('\t', ' '));
          continue;
        }
        XWPFTableCell cell = (XWPFTableCell) icell;
        CTTcPr pr = cell.getCTTc().getTcPr();
        int span = 1;
        boolean continued = false;
        if (pr != null) {
          CTDecimalNumber g = pr.getGridSpan();
          if (g != null && g.getVal() != null) {
            long declared = g.getVal().longValue();
            span = (int) Math.max(1, Math.min(width, declared));
            if (declared > width) {
              clamped(at, "gridSpan", declared, width);
            }
          }
          continued = pr.getVMerge() != null
              && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
        }
        count(span);
        StringBuilder text = new StringBuilder();
        for (XWPFParagraph p : cell.getParagraphs()) {
          paragraphs++;
          String t = text(p, paragraphs).replace('\t', ' ');
          if (!t.isEmpty()) {
            text.append(text.length() == 0 ? "" : " ").append(t);
          }
        }
        if (continued && text.length() > 0) {
          if (cellsOfRow.size() >= above) {
            continued = false; // nothing above to continue: read as a cell of its own
          } else {
            hidden(at, text.toString());
          }
        }
        for (int k = 0; k < span; k++) {
          cellsOfRow.add(k == 0 && !continued ? text.toString() : "");
        }
      }
      above = cellsOfRow.size();
      grid.add(cellsOfRow);
      elementCounts.add(elements);
      rowLines.add(at);
    }
    out.table(grid, elementCounts, rowLines);
    out.emit("", paragraphs);
    int from = rowLines.isEmpty() ? paragraphs : rowLines.get(0);
    for (Note n : tableNotes) {
      notes.add(new Note(n.code(), n.paragraph(), n.zh(), n.en(), n.unreadAmounts(), from, paragraphs));
    }
    tableNotes.clear();
    if (holdsTables) {
      // the tables in its cells, each read as a table of its own after the table holding it (their
      // paragraphs numbered after the outer table's)
      int at = from;
      notes.add(new Note("word.nested-table", at,
          "第 " + at + " 段的表格的单元格内含表格：外层表格按表格读取，内层表格在其后单独读取",
          "the table at paragraph " + at + " holds tables in its cells: it is read as a table, the tables in"
              + " its cells after it, each as a table of its own", 0, 0, 0));
      for (XWPFTableRow row : table.getRows()) {
        for (XWPFTableCell cell : row.getTableCells()) {
          for (XWPFTable inner : cell.getTables()) {
            table(inner, depth + 1);
          }
        }
      }
    }
  }

  /** The text of a cell's own paragraphs (not of the tables in it), one space between paragraphs. */
  private String cellText(XWPFTableCell cell) {
    StringBuilder b = new StringBuilder();
    for (XWPFParagraph p : cell.getParagraphs()) {
      String t = LaidOutText.clean(shown(p, 0).replace('\t', ' '));
      if (!t.isEmpty()) {
        b.append(b.length() == 0 ? "" : " ").append(t);
      }
    }
    return b.toString();
  }

  /** Whether a cell's own paragraphs hold nothing but one amount ({@code 1,234.56}, {@code -3}, {@code 12%}). */
  private boolean bareAmount(XWPFTableCell cell) {
    return cellText(cell).matches("[-(]?[0-9][0-9,]*(\\.[0-9]+)?\\)?%?");
  }

  private void clamped(int at, String attribute, long declared, int width) {
    tableNotes.add(new Note("word.span-clamped", at,
        "第 " + at + " 段的表格行 " + attribute + "=" + declared + " 超过表格的 " + width + " 列，按 " + width + " 列读取，本表数据存疑",
        "a table row at paragraph " + at + " has " + attribute + "=" + declared + ", more than the table's " + width
            + " columns; read as " + width + "; the table's figures are doubtful", 0, 0, 0));
  }

  /** Text of a cell continuing a vertical merge: Word shows the merged cell's first text only. */
  private void hidden(int at, String text) {
    int amounts = 0;
    for (String token : text.split("\\s+")) {
      amounts += token.matches("[-(]?[0-9][0-9,]*(\\.[0-9]+)?\\)?%?") ? 1 : 0;
    }
    String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
    tableNotes.add(new Note("word.hidden-by-merge", at,
        "第 " + at + " 段的表格单元格接续上方的纵向合并（vMerge），Word 不显示其文字“" + shown + "”，未读取，本表数据存疑",
        "a table cell at paragraph " + at + " continues a vertical merge (vMerge); Word does not show its text \""
            + shown + "\", not read; the table's figures are doubtful", amounts, 0, 0));
  }

  /** Grid columns a row leaves out before its first cell ({@code w:gridBefore}). */
  private static int gridBefore(XWPFTableRow row) {
    CTTrPr pr = row.getCtRow().getTrPr();
    if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) {
      return 0;
    }
    return (int) Math.max(0, Math.min(1000, pr.getGridBeforeArray(0).getVal().longValue()));
  }

  private void count(int n) {
    cells += n;
    if (cells > maxCells) {
      throw new IllegalStateException("table cells " + cells + " > " + maxCells);
    }
  }
}
