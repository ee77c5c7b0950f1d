package dev.yusuan.io.tables.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The header a table prints on its first page (the lines above its first body line, {@link HeaderLines#isBodyLine}),
 * against which a later page that opens like a continuation (grid lines, no title) is checked. A continuation page
 * repeats the header, whole or its lower rows only, maybe wrapped otherwise (科目编码 over two lines, 一般公共预算拨款
 * cut in two): the 汉字 of its column names are among the first page's. A page of another table (pages put in another
 * order: a table's second page right after a different table) prints other column names: most of its header's 汉字 are
 * not the first page's, and it does not continue the table.
 *
 * <p>Compared: the 汉字 (as a multiset) of the lines the page opens with above its first body line that are column
 * names (two or more cells, each with 汉字; a body row's label alone or beside dashes is none), against the 汉字 of
 * the table's first-page header lines. The page continues the table when at least {@link #SHARE} of them are the
 * first page's, when one of its lines is a line of the first page's header as printed, or when either has no header to
 * compare (a page of body rows only, a table whose header was not in the file). At most {@link #LOOK} lines of the
 * page are looked at: linear in the input.
 */
final class ContinuationHeader {
  /** The share of a page header's 汉字 that must be the table's for the page to continue it. */
  static final double SHARE = 0.8;
  /** Lines looked at from the top of a page. */
  static final int LOOK = 8;

  private final Map<Character, Integer> chars = new HashMap<>();
  private final Set<String> keys = new java.util.HashSet<>();
  /** Every printed character of the header (汉字, brackets, %, digits of a 栏次 line), for {@link #holds}. */
  private final Map<Character, Integer> printed = new HashMap<>();
  /** The header's cells as printed (their x range and text), for {@link #holds}. */
  private final List<Segment> cells = new java.util.ArrayList<>();
  private boolean body;

  /** Adds a grid line of the table, in order: the lines above its first body line are its header. */
  void add(TextLine l) {
    if (body) {
      return;
    }
    if (HeaderLines.isBodyLine(l)) {
      body = true;
      return;
    }
    count(l.key(), chars);
    keys.add(l.key());
    countAll(l.key(), printed);
    cells.addAll(l.segments());
  }

  /** Whether a line of this key is one of the first page's header lines. */
  boolean printed(String key) {
    return keys.contains(key);
  }

  /**
   * Whether the page whose first line (after the page's running header) is {@code lines.get(from)} continues the
   * table.
   *
   * @param lines the page's lines
   * @param from the index of its first line
   * @return false only when the page opens with column names mostly not the table's
   */
  boolean continuedBy(List<TextLine> lines, int from) {
    if (chars.isEmpty()) {
      return true;
    }
    Map<Character, Integer> page = new HashMap<>();
    for (int k = from; k < lines.size() && k < from + LOOK; k++) {
      TextLine l = lines.get(k);
      if (HeaderLines.isBodyLine(l)) {
        break;
      }
      if (keys.contains(l.key())) {
        return true; // a line of the header as the first page prints it
      }
      if (columnNames(l)) {
        count(l.key(), page);
      }
    }
    int total = 0;
    int shared = 0;
    for (Map.Entry<Character, Integer> e : page.entrySet()) {
      total += e.getValue();
      shared += Math.min(e.getValue(), chars.getOrDefault(e.getKey(), 0));
    }
    return total == 0 || shared >= SHARE * total;
  }

  /**
   * Whether the page opens with a line of the table's header (the header repeated wrapped otherwise, its first line
   * maybe one lone cell such as 科目编码): no body line, its characters all the first page's header's ({@link #holds}).
   */
  boolean repeatedBy(TextLine first) {
    return !HeaderLines.isBodyLine(first) && holds(first);
  }

  /**
   * A line without amounts whose printed characters (one or more 汉字 or others: the {@code (%)} of 增减率(%) wrapped
   * apart) are all among the first page's header's, as many times, each cell's among those of the header cells
   * printed above it (overlapping it across the page).
   */
  boolean holds(TextLine l) {
    if (printed.isEmpty() || PageAssembler.hasAmount(l)) {
      return false;
    }
    Map<Character, Integer> own = new HashMap<>();
    countAll(l.key(), own);
    if (own.isEmpty()) {
      return false;
    }
    for (Map.Entry<Character, Integer> e : own.entrySet()) {
      if (e.getValue() > printed.getOrDefault(e.getKey(), 0)) {
        return false;
      }
    }
    // each cell under (overlapping) first-page header cells that print its characters: a group label 项目支出 in
    // the names column is no piece of the 项目支出 column's header
    for (Segment g : l.segments()) {
      StringBuilder above = new StringBuilder();
      for (Segment h : cells) {
        if (h.x0() < g.x1() && g.x0() < h.x1()) {
          above.append(h.text());
        }
      }
      String t = g.text();
      for (int i = 0; i < t.length(); i++) {
        if (!Character.isWhitespace(t.charAt(i)) && above.indexOf(String.valueOf(t.charAt(i))) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Two or more cells, each holding 汉字: a row of column names, not a body row's label. */
  private static boolean columnNames(TextLine l) {
    if (l.segments().size() < 2) {
      return false;
    }
    for (Segment s : l.segments()) {
      if (!Texts.hasCjk(s.text())) {
        return false;
      }
    }
    return true;
  }

  private static void countAll(String key, Map<Character, Integer> into) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!Character.isWhitespace(c)) {
        into.merge(c, 1, Integer::sum);
      }
    }
  }

  private static void count(String key, Map<Character, Integer> into) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c >= '\u4e00' && c <= '\u9fff') {
        into.merge(c, 1, Integer::sum);
      }
    }
  }
}
