package dev.yusuan.io.tables.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stage "header lines → columns": the columns of a (possibly multi-level) header are its leaf cells
 * (cells with no header cell under them; text wrapped inside a header cell is joined first); a parent
 * header cell spans the leaves between the cells that reach up to its line. A page without a header
 * of its own (a continued table) takes the previous grid's columns.
 */
final class HeaderColumns {
  private HeaderColumns() {}

  /** A header leaf: its cell's segments top-down. */
  private static final class Leaf {
    final List<Segment> stack = new ArrayList<>();
    final List<Float> ys = new ArrayList<>();
    float x0 = Float.MAX_VALUE;
    float x1 = -Float.MAX_VALUE;

    void add(Segment s, float y) {
      stack.add(0, s);
      ys.add(0, y);
      x0 = Math.min(x0, s.x0());
      x1 = Math.max(x1, s.x1());
    }

    float center() {
      return (x0 + x1) / 2;
    }

    float midY() {
      return (ys.get(0) + ys.get(ys.size() - 1)) / 2;
    }

    String text() {
      StringBuilder b = new StringBuilder();
      for (Segment s : stack) {
        b.append(s.text().replace(" ", ""));
      }
      return b.toString();
    }
  }

  /** Columns from a (possibly multi-level) header. */
  static List<GridColumn> of(List<TextLine> header) {
    return of(header, false);
  }

  /**
   * Columns from a (possibly multi-level) header; {@code characterGrid}: the lines are rows of a character grid
   * (space-aligned text), where a line between two parts of a wrapped header cell that prints nothing over the
   * cell (the line of a neighbouring cell with one line fewer, vertically centred: {@code pdftotext -layout}
   * gives each baseline a row of its own) does not part them.
   */
  static List<GridColumn> of(List<TextLine> header, boolean characterGrid) {
    return of(header, characterGrid, false);
  }

  /**
   * As {@link #of(List, boolean)}; {@code displayWidth}: a character grid measured in display columns (a Chinese
   * character two: a table aligned by a word processor or by spaces from tab-separated cells, not {@code pdftotext}),
   * where a parent printed flush left over its first leaf spans the leaves up to the next text of its line (a
   * left-aligned merged cell), never the upper line of a wrapped cell.
   */
  static List<GridColumn> of(List<TextLine> header, boolean characterGrid, boolean displayWidth) {
    boolean flushLeft = characterGrid && displayWidth;
    int n = header.size();
    List<Leaf> leaves = new ArrayList<>();
    boolean[][] used = new boolean[n][];
    for (int i = 0; i < n; i++) {
      used[i] = new boolean[header.get(i).segments().size()];
    }
    // leaves: segments with nothing under them; stack wrapped text directly above them
    for (int i = n - 1; i >= 0; i--) {
      TextLine l = header.get(i);
      for (int si = 0; si < l.segments().size(); si++) {
        if (used[i][si]) {
          continue;
        }
        Segment s = l.segments().get(si);
        boolean covered = false;
        for (int j = i + 1; j < n && !covered; j++) {
          for (Segment t : header.get(j).segments()) {
            if (centerInside(t, s) || centerInside(s, t)) {
              covered = true;
              break;
            }
          }
        }
        if (covered || spansBelow(header, i, si, leaves, used)) {
          continue;
        }
        Leaf leaf = new Leaf();
        leaf.add(s, l.baseline());
        used[i][si] = true;
        // wrapped text of the same cell directly above
        float y = l.baseline();
        Segment below = s;
        int belowLine = i;
        for (int j = i - 1; j >= 0; j--) {
          TextLine up = header.get(j);
          if (y - up.baseline() > 1.85f * Math.max(up.fontSize(), l.fontSize())) {
            break;
          }
          if (up.segments().stream().noneMatch(t -> t.overlap(s.x0(), s.x1()) > 0)) {
            if (characterGrid) {
              y = up.baseline(); // a row of other cells only: no distance within this cell
            }
            continue;
          }
          int hit = -1;
          for (int k = 0; k < up.segments().size(); k++) {
            Segment t = up.segments().get(k);
            float o = t.overlap(below.x0(), below.x1());
            if (!used[j][k] && o >= 0.5f * Math.min(t.width(), below.width())) {
              hit = k;
              break;
            }
          }
          if (hit < 0) {
            if (characterGrid) {
              y = up.baseline(); // nothing of this cell's text on that row
            }
            continue;
          }
          Segment t = up.segments().get(hit);
          // the segment above must not reach over any other cell below it
          boolean wide = false;
          for (int k = j + 1; k < n && !wide; k++) {
            for (Segment other : header.get(k).segments()) {
              // on a character grid, a CJK word's extent is estimated (two columns a character up to the next
              // word), so a reach of one em over another cell is a reach too
              float o = t.overlap(other.x0(), other.x1());
              if (!leaf.stack.contains(other) && (o > 0.3f * other.width()
                  || characterGrid && o >= other.fontSize())) {
                wide = true;
                break;
              }
            }
          }
          // on a character grid a parent may stand over one leaf only (pdftotext prints it over the middle of
          // its leaves): text wider than the cell below by three characters or more and reaching within an em of
          // the next cell on that cell's line is no line of that cell (a wrapped cell's lines fill one width,
          // apart from its neighbours), nor is the text the leaves beside it belong under
          if (wide || characterGrid && (t.width() - below.width() >= 3 * t.fontSize()
              && reachesNeighbour(header.get(belowLine), below, t)
              || belowLine - j > 1 && parentOfNeighbours(header, belowLine, below, t)
              || flushLeft && leaf.stack.size() == 1 && flushLeftParent(header, j, t, belowLine, below))) {
            break;
          }
          leaf.add(t, up.baseline());
          used[j][hit] = true;
          y = up.baseline();
          below = t;
          belowLine = j;
        }
        leaves.add(leaf);
      }
    }
    leaves.sort(Comparator.comparingDouble(Leaf::center));
    float bottom = header.get(n - 1).baseline();
    List<GridColumn> cols = new ArrayList<>();
    for (Leaf leaf : leaves) {
      GridColumn c = new GridColumn(leaf.x0, leaf.x1);
      c.fromHeader = true;
      c.leafCenter = leaf.center();
      cols.add(c);
    }
    // parents: the remaining segments, top-down
    for (int i = 0; i < n; i++) {
      TextLine l = header.get(i);
      for (int si = 0; si < l.segments().size(); si++) {
        if (used[i][si]) {
          continue;
        }
        Segment s = l.segments().get(si);
        float y = l.baseline();
        float tol = 0.8f * l.fontSize();
        float left = -Float.MAX_VALUE;
        float right = Float.MAX_VALUE;
        // on a character grid, a parent printed flush left over its first leaf (a left-aligned merged cell: a
        // tab-separated table aligned by spaces) spans the leaves from there up to the next text of its line or a
        // leaf of full height, whichever comes first
        boolean flush = flushLeft && flushOverLeaf(s, y, leaves);
        if (flush) {
          left = s.x0() - AlignedPages.COLUMN / 2; // nothing left of its first leaf
        }
        for (Leaf leaf : leaves) {
          float top = 2 * leaf.midY() - bottom;
          if (flush && leaf.x0 >= s.x1() - 2 && leaf.ys.get(0) <= y + tol) {
            right = Math.min(right, leaf.x0); // a leaf as high as the parent: the span ends before it
          }
          if (top <= y + tol && leaf.stack.size() > 0) {
            float c = leaf.center();
            if (c < s.center() && c > left && leaf.x1 <= s.x0() + 2) {
              left = c;
            } else if (!flush && c > s.center() && c < right && leaf.x0 >= s.x1() - 2) {
              right = c;
            }
          }
        }
        for (int k = 0; k < l.segments().size(); k++) {
          if (k == si) {
            continue;
          }
          Segment o = l.segments().get(k);
          float mid = (o.center() + s.center()) / 2;
          if (o.center() < s.center()) {
            left = Math.max(left, flush ? Math.min(mid, s.x0() - AlignedPages.COLUMN / 2) : mid);
          } else {
            right = Math.min(right, flush ? o.x0() : mid);
          }
        }
        for (int c = 0; c < leaves.size(); c++) {
          float lc = leaves.get(c).center();
          if (lc > left && lc < right && leaves.get(c).ys.get(0) > y) {
            cols.get(c).path.add(s.text().replace(" ", ""));
            cols.get(c).parentRanges.add(new float[] {s.x0(), s.x1()});
          }
        }
      }
    }
    for (int c = 0; c < leaves.size(); c++) {
      cols.get(c).path.add(leaves.get(c).text());
    }
    return cols;
  }

  /**
   * On a character grid, whether text {@code t} (on line {@code upper}) directly over {@code below} (on line
   * {@code lower}, a leaf of one line: the lines of a cell wrapped over three lines, 一般公共 / 预算拨款 / 收入,
   * may share their left edge) is rather a parent printed flush left over it than the upper line of one wrapped
   * cell: it
   * starts where {@code below} starts (within half a column), ends before the next segment of {@code below}'s
   * line, and nothing is printed over that next segment from {@code t}'s line down (a left-aligned merged cell
   * 基本支出 over 人员支出 | 公用经费, 收 入 over 项 目 | 预算数, as a tab-separated table aligned by spaces prints
   * them; the lines of a wrapped cell stand beside the lines of their neighbours).
   */
  private static boolean flushLeftParent(List<TextLine> header, int upper, Segment t, int lower, Segment below) {
    if (Math.abs(t.x0() - below.x0()) > AlignedPages.COLUMN / 2) {
      return false;
    }
    List<Segment> segs = header.get(lower).segments();
    int k = segs.indexOf(below);
    if (k < 0 || k + 1 >= segs.size()) {
      return false;
    }
    Segment next = segs.get(k + 1);
    if (t.x1() > next.x0()) {
      return false;
    }
    for (int j = upper; j < lower; j++) {
      for (Segment o : header.get(j).segments()) {
        if (o.overlap(next.x0(), next.x1()) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether header text {@code s} starts where a leaf below its line starts (within half a column). */
  private static boolean flushOverLeaf(Segment s, float y, List<Leaf> leaves) {
    for (Leaf leaf : leaves) {
      if (leaf.ys.get(0) > y && Math.abs(leaf.x0 - s.x0()) <= AlignedPages.COLUMN / 2) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} reaches within an em of a segment beside {@code below} on {@code line}. */
  private static boolean reachesNeighbour(TextLine line, Segment below, Segment t) {
    for (Segment o : line.segments()) {
      if (o != below && Math.max(o.x0() - t.x1(), t.x0() - o.x1()) <= t.fontSize()) {
        return true;
      }
    }
    return false;
  }

  /**
   * On a character grid, whether text {@code t} over {@code below} (on line {@code lower}, rows of other cells
   * between them) is rather the parent of {@code below} and of its neighbours: {@code pdftotext} prints a parent
   * over the middle one of an odd number of leaves, overlapping only that one. So when both segments right beside
   * {@code below} on its line lie below the header's middle line (a full-height cell is centred on it), have
   * nothing printed over them and {@code t} is the header text above the middle line nearest each, they are leaves under
   * {@code t} and so is {@code below}. (A leaf beside on one side only has a parent of its own further off: the
   * lower half of a wrapped cell, 因公出国 / (境)费, stands beside the first leaf under another parent.)
   */
  private static boolean parentOfNeighbours(List<TextLine> header, int lower, Segment below, Segment t) {
    if (2 * lower <= header.size() - 1) {
      return false;
    }
    List<Segment> segs = header.get(lower).segments();
    int k = segs.indexOf(below);
    if (k <= 0 || k + 1 >= segs.size()) {
      return false;
    }
    for (Segment nb : List.of(segs.get(k - 1), segs.get(k + 1))) {
      Segment nearest = null;
      float gap = Float.MAX_VALUE;
      for (int j = 0; j < lower; j++) {
        for (Segment o : header.get(j).segments()) {
          if (o.overlap(nb.x0(), nb.x1()) > 0) {
            return false; // printed over: not a leaf without a cell above it
          }
          if (2 * j >= header.size() - 1) {
            continue; // a full-height cell on the middle line, or a leaf: no parent
          }
          float g = Math.max(0, Math.max(o.x0() - nb.x1(), nb.x0() - o.x1()));
          if (g < gap) {
            gap = g;
            nearest = o;
          }
        }
      }
      if (nearest != t) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether header segment {@code si} of line {@code i} has header cells under it on both sides of its
   * centre, within the reach of its neighbours on the same line: a parent cell such as 收入 over
   * 项目名称 and 金额.
   */
  private static boolean spansBelow(List<TextLine> header, int i, int si, List<Leaf> leaves,
      boolean[][] used) {
    TextLine l = header.get(i);
    Segment s = l.segments().get(si);
    float left = -Float.MAX_VALUE;
    float right = Float.MAX_VALUE;
    if (si > 0) {
      left = (l.segments().get(si - 1).center() + s.center()) / 2;
    }
    if (si + 1 < l.segments().size()) {
      right = (l.segments().get(si + 1).center() + s.center()) / 2;
    }
    // the nearest cell below on each side (gap to s); MAX when none
    float gapLeft = Float.MAX_VALUE;
    float gapRight = Float.MAX_VALUE;
    // the centres of those nearest cells
    float centerLeft = 0;
    float centerRight = 0;
    for (Leaf leaf : leaves) {
      if (leaf.ys.get(0) > l.baseline() + 1 && leaf.x0 >= left && leaf.x1 <= right
          && !blocked(header, i, s, leaf.x0, leaf.x1)) {
        if (leaf.center() < s.center()) {
          float g = Math.max(0, s.x0() - leaf.x1);
          if (g < gapLeft) {
            gapLeft = g;
            centerLeft = leaf.center();
          }
        } else {
          float g = Math.max(0, leaf.x0 - s.x1());
          if (g < gapRight) {
            gapRight = g;
            centerRight = leaf.center();
          }
        }
      }
    }
    for (int j = i + 1; j < header.size(); j++) {
      List<Segment> segs = header.get(j).segments();
      for (int k = 0; k < segs.size(); k++) {
        Segment t = segs.get(k);
        if (!used[j][k] && t.x0() >= left && t.x1() <= right && !blocked(header, i, s, t.x0(), t.x1())) {
          if (t.center() < s.center()) {
            float g = Math.max(0, s.x0() - t.x1());
            if (g < gapLeft) {
              gapLeft = g;
              centerLeft = t.center();
            }
          } else {
            float g = Math.max(0, t.x0() - s.x1());
            if (g < gapRight) {
              gapRight = g;
              centerRight = t.center();
            }
          }
        }
      }
    }
    if (gapLeft == Float.MAX_VALUE || gapRight == Float.MAX_VALUE) {
      return false;
    }
    // a cell below the top of the header between two header stacks is a parent only of cells right beside it,
    // or of two cells close by (within 2.5 em) it is centred over (增减 over 增减额 | 增减率(%) of narrow columns)
    float em = l.fontSize();
    float gap = Math.max(gapLeft, gapRight);
    return gap <= em || gap <= 2.5f * em && Math.abs(s.center() - (centerLeft + centerRight) / 2) <= 0.5f * em
        || !underHeaders(header, i, s);
  }

  /**
   * Whether one header line above {@code s} holds text both left and right of it while nothing is printed
   * right above it: {@code s} is a single-line full-height cell centred vertically between two header
   * stacks (科目名称 between 科目编码 over 类|款|项 and 本年支出 over 小计|基本支出|项目支出), no parent of
   * what lies below its neighbours. The lower half of a wrapped cell (因公出国 / (境)费) is not one.
   */
  private static boolean underHeaders(List<TextLine> header, int i, Segment s) {
    TextLine l = header.get(i);
    for (int j = i - 1; j >= 0; j--) {
      TextLine up = header.get(j);
      if (l.baseline() - up.baseline() > 1.85f * Math.max(up.fontSize(), l.fontSize())) {
        break;
      }
      if (up.segments().stream().anyMatch(t -> t.overlap(s.x0(), s.x1()) > 0)) {
        return false;
      }
    }
    for (int j = 0; j < i; j++) {
      if (header.get(j).baseline() >= l.baseline() - 1) {
        continue;
      }
      boolean left = false;
      boolean right = false;
      for (Segment t : header.get(j).segments()) {
        left |= t.x1() < s.x0();
        right |= t.x0() > s.x1();
      }
      if (left && right) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether header text on a line just above {@code s}'s (within 1.85 em) lies between {@code s} and a
   * cell [x0, x1] below it: that cell belongs to another column (the lower half of a wrapped full-height
   * cell such as 年初结转 / 和结余 is not the parent of the cells beyond its neighbour 本年收入).
   */
  private static boolean blocked(List<TextLine> header, int i, Segment s, float x0, float x1) {
    TextLine l = header.get(i);
    float from = x1 <= s.center() ? x1 : s.x1();
    float to = x1 <= s.center() ? s.x0() : x0;
    for (int j = i - 1; j >= 0; j--) {
      TextLine up = header.get(j);
      if (l.baseline() - up.baseline() > 1.85f * Math.max(up.fontSize(), l.fontSize())) {
        break;
      }
      for (Segment t : up.segments()) {
        if (t.x0() >= from && t.x1() <= to) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean centerInside(Segment a, Segment b) {
    return a.center() >= b.x0() && a.center() <= b.x1();
  }

  /** The columns of {@code previous} (nullable: none), for lines with no header of their own. */
  static List<GridColumn> fromPrevious(Grid previous) {
    List<GridColumn> cols = new ArrayList<>();
    if (previous != null) {
      for (Grid.Col c : previous.columns()) {
        GridColumn col = new GridColumn(c.x0(), c.x1());
        col.path.addAll(c.path());
        col.number = c.number();
        col.fromHeader = true;
        cols.add(col);
      }
    }
    return cols;
  }
}
