package dev.yusuan.io.tables.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Space-aligned text (the output of {@code pdftotext -layout}, a table copied from a word processor or
 * a web page) as pages of positioned segments for the table stages: a form feed ({@code \f}) starts a
 * page, each non-blank line is a {@link TextLine} at y = its line on the page, each run of text
 * without a gap of two columns is a {@link Segment} at x = its display column. Positions are in the
 * units of the PDF stages, the text folded as a PDF's glyphs are ({@code Names.normalize}: full-width
 * forms, radicals): a font size of {@value #EM} points, one column half an em (a CJK or
 * full-width character two columns, as a monospaced display shows it), one line 1.2 em.
 *
 * <p>Tools disagree on the width of a CJK character: a word processor or a monospaced editor shows it
 * two columns wide, {@code pdftotext -layout} lays every character out one column wide (each word
 * starts at the column of its x on the page; a CJK word covers twice its character count there, up to
 * the next word). The reader measures which: the metric under which the amounts' right edges fall on
 * fewer distinct columns (amounts are aligned in their columns) is the text's; a tie is display width.
 *
 * <p>Line numbers are the file's (1-based; a form feed does not end a line), so every fact and
 * diagnostic is located at the line that prints it. One pass per metric: linear in the text.
 */
public final class AlignedPages {
  /** The font size given to every segment, in points. */
  static final float EM = 10f;
  /** One display column. */
  static final float COLUMN = EM / 2;
  /** One line. */
  static final float PITCH = EM * 1.2f;
  private static final int TAB = 8;
  /**
   * The share of a page's height at its top where the stages look for page numbers and running headers
   * ({@code PageAssembler}). The text starts on a page's first line, as if the page had no margin; a PDF's
   * page has one: lines are placed below a top margin such that the first line lies in that band and the
   * second (a table's unit or department line under a title) does not, and the last line in the bottom
   * band, where a page number is printed.
   */
  static final double TOP_BAND = 0.07;

  private AlignedPages() {}

  /**
   * The pages and the lines as printed.
   *
   * @param pages the pages in order (1-based numbers); a page may have no line
   * @param lines every line of the file as printed without form feeds and carriage returns,
   *     {@code lines.get(n - 1)} is line n
   * @param wide whether CJK characters were measured two columns wide
   */
  public record Result(List<PageText> pages, List<String> lines, boolean wide) {}

  /**
   * Lays a text out as pages.
   *
   * @param text the decoded text
   * @return its pages and lines
   */
  public static Result read(String text) {
    List<String> lines = new ArrayList<>();
    List<Integer> pageOf = new ArrayList<>();
    int page = 1;
    int start = 0;
    int n = text.length();
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      int e = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      String line = text.substring(start, e);
      int ff = line.indexOf('\f');
      if (ff >= 0) {
        // a form feed before the line's text starts its page; one after it ends the line's page
        boolean before = line.substring(0, ff).isBlank();
        int count = (int) line.chars().filter(c -> c == '\f').count();
        line = line.replace("\f", "");
        if (before) {
          page += count;
          pageOf.add(page);
        } else {
          pageOf.add(page);
          page += count;
        }
      } else {
        pageOf.add(page);
      }
      lines.add(line);
      if (end == n) {
        break;
      }
      start = end + 1;
    }
    boolean wide = score(lines, pageOf, true) <= score(lines, pageOf, false);
    return new Result(layout(lines, pageOf, wide), lines, wide);
  }

  /** Distinct (page, right edge) of the amounts: the fewer, the better the metric aligns them. */
  private static int score(List<String> lines, List<Integer> pageOf, boolean wide) {
    Set<Long> edges = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      for (int[] s : cut(lines.get(i), wide)) {
        if (Texts.isMoneyLike(lines.get(i).substring(s[0], s[1]))) {
          edges.add((long) pageOf.get(i) << 32 | s[3]);
        }
      }
    }
    return edges.size();
  }

  private static List<PageText> layout(List<String> lines, List<Integer> pageOf, boolean wide) {
    List<PageText> pages = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int page = pageOf.get(i);
      int first = i;
      int rows = 0;
      while (first + rows < lines.size() && pageOf.get(first + rows) == page) {
        rows++;
      }
      int top = 0;
      for (int k = 0; k < 8; k++) {
        top = Math.max(0, (int) Math.ceil(TOP_BAND * (top + rows + 1.5)) - 2);
      }
      float height = (float) ((top + rows + 1.5) * PITCH);
      List<TextLine> out = new ArrayList<>();
      int row = 0;
      int columns = 0;
      int glyphs = 0;
      for (; i < lines.size() && pageOf.get(i) == page; i++, row++) {
        String l = lines.get(i);
        List<int[]> cuts = cut(l, wide);
        if (cuts.isEmpty()) {
          continue;
        }
        float y = (top + row + 1) * PITCH;
        List<Segment> segs = new ArrayList<>(cuts.size());
        for (int[] c : cuts) {
          String t = dev.yusuan.model.Names.normalize(l.substring(c[0], c[1])); // as a PDF's glyphs
          if (t.isEmpty()) {
            continue;
          }
          segs.add(new Segment(t, c[2] * COLUMN, c[3] * COLUMN, y, EM));
          glyphs += t.length();
          columns = Math.max(columns, c[3]);
        }
        if (!segs.isEmpty()) {
          out.add(new TextLine(page, i + 1, y, EM, segs));
        }
      }
      // pages numbered without gaps from the first: a run of form feeds gives blank pages
      while (pages.size() + 1 < page) {
        pages.add(new PageText(pages.size() + 1, 1, 1, List.of(), 0, 0));
      }
      pages.add(new PageText(page, Math.max(1, columns) * COLUMN, height, out, glyphs, 0));
    }
    return pages;
  }

  /**
   * The segments of a line: {start, end} in the string and {x0, x1} in columns. Words (runs without
   * white space) are split at white space two or more columns wide or holding a tab (tabs stop every
   * {@value #TAB} columns); an amount ({@code 27,664.22}, {@code 0.00}) is a cell of its own even after a
   * single space, so is a zero printed as a dash before CJK text ({@code — 三、卫生健康支出}) and CJK text after
   * a run of digits ({@code 01 行政运行}: a code, or a 项 of a code split over 类|款|项, and its name), as
   * {@code pdftotext -layout} prints a number and the next column's text when a narrow column leaves no room
   * for more; an amount and a bracketed amount printed without a space are two words.
   */
  static List<int[]> cut(String line, boolean wide) {
    List<int[]> out = new ArrayList<>();
    int col = 0;
    int gap = 0;
    boolean tab = false;
    int[] seg = null; // the segment being built
    boolean segAmount = false;
    boolean segDigits = false; // the segment's last word is a run of digits (a code or a code's part)
    boolean segDash = false; // the segment is a dash (a zero printed so)
    for (int i = 0, n = line.length(); i < n; ) {
      int cp = line.codePointAt(i);
      if (cp == ' ' || cp == '\t' || cp == '\u3000' || cp == '\u00A0') {
        int w = cp == '\t' ? TAB - col % TAB : cp == '\u3000' ? 2 : 1;
        col += w;
        gap += w;
        tab |= cp == '\t';
        i += Character.charCount(cp);
        continue;
      }
      // a word: up to the next white space
      int start = i;
      int startCol = col;
      while (i < n) {
        int c = line.codePointAt(i);
        if (c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0') {
          break;
        }
        col += wide ? width(c) : 1;
        i += Character.charCount(c);
      }
      String word = line.substring(start, i);
      java.util.regex.Matcher joined = JOINED.matcher(word);
      if (joined.matches()) {
        // an amount and a bracketed (negative) amount printed without a space: two words
        i = start + joined.end(1);
        col = startCol + joined.end(1); // digits and separators: one column each
        word = line.substring(start, i);
      }
      boolean amount = Texts.isMoneyLike(word);
      boolean cjk = width(word.codePointAt(0)) == 2;
      if (seg != null && (gap >= 2 || tab || amount || segAmount || segDigits && cjk || segDash && cjk)) {
        out.add(seg);
        seg = null;
      }
      if (seg == null) {
        seg = new int[] {start, i, startCol, col};
        segAmount = amount;
      } else {
        seg[1] = i;
        seg[3] = col;
        segAmount = false;
      }
      segDigits = digits(word);
      segDash = seg[0] == start && dashes(word);
      gap = 0;
      tab = false;
    }
    if (seg != null) {
      out.add(seg);
    }
    if (!wide) {
      // pdftotext places each word at its x on a grid of average character widths, one column per
      // character: the start is the word's position, its extent is what it covers on the page, a CJK
      // character twice a digit's width, up to the next word
      for (int k = 0; k < out.size(); k++) {
        int[] c = out.get(k);
        int extent = c[2] + displayWidth(line, c[0], c[1]);
        int next = k + 1 < out.size() ? out.get(k + 1)[2] - 1 : Integer.MAX_VALUE;
        c[3] = Math.max(c[3], Math.min(extent, next));
      }
    }
    return out;
  }

  /**
   * An amount with decimals and a bracketed amount with decimals printed without a space between them
   * ({@code 4,491.63（30,999.74）}, as {@code pdftotext} joins two crowded columns): the bracket cannot be part of
   * the first amount, so the word is two.
   */
  private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile(
      "([-\\u2212]?\\d{1,3}(?:,\\d{3})*\\.\\d+)([(\\uff08]\\d{1,3}(?:,\\d{3})*\\.\\d+[)\\uff09])");

  /** A zero printed as a dash or two ({@code -}, {@code —}, {@code ——}). */
  static boolean dashes(String w) {
    return w.length() <= 2 && w.chars().allMatch(c -> c == '-' || c == '\u2014' || c == '\u2013' || c == '\u2212'
        || c == '\uff0d');
  }

  private static boolean digits(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) < '0' || w.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static int displayWidth(String s, int from, int to) {
    int w = 0;
    for (int i = from; i < to; ) {
      int cp = s.codePointAt(i);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  /** Display width: East Asian wide and full-width characters 2 columns, others 1 (control 0). */
  static int width(int cp) {
    if (cp < 0x1100) {
      return cp < 0x20 ? 0 : 1;
    }
    return cp <= 0x115F // Hangul Jamo
        || cp >= 0x2E80 && cp <= 0x303E // CJK radicals, punctuation
        || cp >= 0x3041 && cp <= 0x33FF // kana, bopomofo, CJK compatibility
        || cp >= 0x3400 && cp <= 0x4DBF // CJK extension A
        || cp >= 0x4E00 && cp <= 0x9FFF // CJK unified
        || cp >= 0xA000 && cp <= 0xA4CF // Yi
        || cp >= 0xAC00 && cp <= 0xD7A3 // Hangul syllables
        || cp >= 0xF900 && cp <= 0xFAFF // CJK compatibility ideographs
        || cp >= 0xFE30 && cp <= 0xFE4F // CJK compatibility forms
        || cp >= 0xFF00 && cp <= 0xFF60 // full-width forms
        || cp >= 0xFFE0 && cp <= 0xFFE6
        || cp >= 0x20000 && cp <= 0x3FFFD ? 2 : 1;
  }
}
