package dev.yusuan.io.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Draws a disclosure in the structured-text form (headings, tab-separated tables) as a PDF the way
 * departments print it: narrative pages of plain lines; each table on its own landscape page(s) with
 * its title centred, the lines between title and grid (owner, 单位) above it, a ruled grid whose
 * header cells span the blank cells they head (right: blank cells with headed cells below; down:
 * blank cells under them), numbers right-aligned, long tables continued on the next page under a
 * repeated header. For tests of the PDF reader against the text reader on the same document.
 */
final class TextFormPdf {
  private static final Pattern AMOUNT = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?%?");

  /** How the PDF is drawn: how many body rows a page holds before the table continues. */
  record Style(int rowsPerPage) {}

  private float[] lastEdges;
  private String lastTitle;

  private TextFormPdf() {}

  static byte[] draw(String text, Style style) throws IOException {
    return new TextFormPdf().drawDocument(text, style);
  }

  private byte[] drawDocument(String text, Style style) throws IOException {
    List<String> lines = List.of(text.split("\r?\n", -1));
    try (PdfFixture f = new PdfFixture(PdfFixture.requireCjkFont())) {
      int i = 0;
      List<String> narrative = new ArrayList<>();
      while (i < lines.size()) {
        String l = lines.get(i);
        if (l.startsWith("#") && tableFollows(lines, i)) {
          flushNarrative(f, narrative);
          i = table(f, lines, i, style);
        } else {
          narrative.add(l);
          i++;
        }
      }
      flushNarrative(f, narrative);
      return f.bytes();
    }
  }

  /** A heading whose next non-blank lines reach a tab row before another heading. */
  private static boolean tableFollows(List<String> lines, int i) {
    for (int k = i + 1; k < lines.size() && k < i + 8; k++) {
      String l = lines.get(k);
      if (l.startsWith("#")) {
        return false;
      }
      if (l.contains("\t")) {
        return true;
      }
    }
    return false;
  }

  private static void flushNarrative(PdfFixture f, List<String> narrative) throws IOException {
    while (!narrative.isEmpty() && narrative.get(narrative.size() - 1).isBlank()) {
      narrative.remove(narrative.size() - 1);
    }
    if (narrative.stream().allMatch(String::isBlank)) {
      narrative.clear();
      return;
    }
    f.page();
    float y = 50;
    for (String raw : narrative) {
      if (raw.isBlank()) {
        continue;
      }
      // headings a size larger than the body, as printed
      float size = raw.startsWith("#") ? 12 : 10;
      String l = raw.replaceFirst("^#+\\s*", "");
      // wrap long paragraphs at 48 characters, as a page of body text does
      for (int s = 0; s < l.length(); s += 48) {
        if (y > 560) {
          f.page();
          y = 50;
        }
        String part = l.substring(s, Math.min(l.length(), s + 48));
        if (f.canDraw(part)) {
          f.text(40, y, size, part);
        }
        y += size + 6;
      }
    }
    narrative.clear();
  }

  private int table(PdfFixture f, List<String> lines, int i, TextFormPdf.Style style)
      throws IOException {
    String title = lines.get(i).replaceFirst("^#+\\s*", "");
    int k = i + 1;
    List<String> above = new ArrayList<>();
    while (k < lines.size() && !lines.get(k).contains("\t")) {
      if (!lines.get(k).isBlank()) {
        above.add(lines.get(k));
      }
      k++;
    }
    List<String[]> rows = new ArrayList<>();
    while (k < lines.size() && lines.get(k).contains("\t")) {
      rows.add(lines.get(k).split("\t", -1));
      k++;
    }
    // lines printed under the table before the next heading (注：…, 本表无数据)
    List<String> under = new ArrayList<>();
    while (k < lines.size() && !lines.get(k).startsWith("#")) {
      if (!lines.get(k).isBlank()) {
        under.add(lines.get(k));
      }
      k++;
    }
    int n = rows.stream().mapToInt(r -> r.length).max().orElse(1);
    int head = 0;
    while (head < rows.size() && !dataRow(rows.get(head))) {
      head++;
    }
    if (head < rows.size() && numbering(rows.get(head))) {
      head++;
    }
    // a table the text form continues under its title again keeps its columns, as the printed pages do
    float[] edges = lastEdges != null && lastEdges.length == n + 1 && title.equals(lastTitle)
        ? lastEdges : edges(rows, n);
    lastEdges = edges;
    lastTitle = title;
    boolean[] numeric = new boolean[n];
    for (int c = 0; c < n; c++) {
      int nums = 0;
      int texts = 0;
      for (int r = head; r < rows.size(); r++) {
        String s = cell(rows.get(r), c);
        if (AMOUNT.matcher(s).matches() && s.contains(".")) { // codes are integers, printed as text
          nums++;
        } else if (!s.isEmpty()) {
          texts++;
        }
      }
      numeric[c] = nums > texts;
    }
    int r = head;
    do {
      f.page();
      float y = 40;
      f.center(421, y, 16, title);
      y += 22;
      // the owner on the left and the unit on the right of one line, as the forms print them
      String unit = above.stream().filter(TextFormPdf::unitLine).findFirst().orElse(null);
      List<String> left = above.stream().filter(a -> !unitLine(a)).toList();
      for (int a = 0; a < Math.max(1, left.size()); a++) {
        if (a < left.size()) {
          f.text(40, y, 9, left.get(a));
        }
        if (unit != null && a == Math.max(0, left.size() - 1)) {
          f.right(800, y, 9, unit);
        }
        y += 14;
      }
      PdfFixture.Table t = f.table(y, edges, numeric);
      header(t, rows.subList(0, head), n);
      int end = Math.min(rows.size(), r + style.rowsPerPage());
      for (; r < end; r++) {
        String[] row = new String[n];
        for (int c = 0; c < n; c++) {
          String s = cell(rows.get(r), c);
          row[c] = s.isEmpty() ? null : numeric[c] ? s : wrap(s, edges[c + 1] - edges[c] - 6);
        }
        t.row(row);
      }
      if (r == rows.size()) {
        float ny = t.bottom() + 16;
        for (String u : under) {
          if (f.canDraw(u)) {
            f.text(40, ny, 9, u);
          }
          ny += 14;
        }
      }
    } while (r < rows.size());
    return k;
  }

  /** Text wrapped to lines of at most {@code width} points at 9 pt (a CJK character is 9 points wide). */
  private static String wrap(String s, float width) {
    int per = Math.max(2, (int) (width / 9));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i += per) {
      b.append(i == 0 ? "" : "\n").append(s, i, Math.min(s.length(), i + per));
    }
    return b.toString();
  }

  private static boolean unitLine(String s) {
    return s.startsWith("单位") || s.startsWith("金额单位");
  }

  private static boolean dataRow(String[] row) {
    for (String s : row) {
      if (s.contains(".") && AMOUNT.matcher(s.strip()).matches()) {
        return true;
      }
    }
    return numbering(row);
  }

  private static boolean numbering(String[] row) {
    int nums = 0;
    for (String s : row) {
      if (s.strip().matches("[0-9]{1,2}")) {
        nums++;
      }
    }
    return nums >= 2;
  }

  private static String cell(String[] row, int c) {
    return c < row.length ? row[c].strip() : "";
  }

  private static float[] edges(List<String[]> rows, int n) {
    float[] widths = new float[n];
    float total = 0;
    for (int c = 0; c < n; c++) {
      int w = 4;
      for (String[] r : rows) {
        w = Math.max(w, Math.min(24, cell(r, c).length()));
      }
      widths[c] = w;
      total += w;
    }
    float[] edges = new float[n + 1];
    edges[0] = 30;
    for (int c = 0; c < n; c++) {
      edges[c + 1] = edges[c] + widths[c] / total * 780;
    }
    return edges;
  }

  /** Header cells with their spans: right over blank cells headed below, down over blank cells. */
  private static void header(PdfFixture.Table t, List<String[]> head, int n) throws IOException {
    if (head.isEmpty()) {
      return;
    }
    int h = head.size();
    // a 栏次 line under the header heads nothing: spans reach over the labelled lines only
    int labelled = numbering(head.get(h - 1)) ? h - 1 : h;
    List<Object> cells = new ArrayList<>();
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < n; c++) {
        String s = cell(head.get(r), c);
        if (s.isEmpty()) {
          continue;
        }
        int c1 = c;
        while (c1 + 1 < n && cell(head.get(r), c1 + 1).isEmpty() && r + 1 < labelled
            && !cell(head.get(r + 1), c1 + 1).isEmpty()) {
          c1++;
        }
        int r1 = r;
        while (r1 + 1 < h && blank(head.get(r1 + 1), c, c1)) {
          r1++;
        }
        cells.addAll(List.of(c, c1, r, r1, s));
      }
    }
    t.headerGrid(h, cells.toArray());
  }

  private static boolean blank(String[] row, int c0, int c1) {
    for (int c = c0; c <= c1; c++) {
      if (!cell(row, c).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
