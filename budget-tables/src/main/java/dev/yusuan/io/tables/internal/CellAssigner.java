package dev.yusuan.io.tables.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Stage "lines → cells": each body segment is assigned to the column it overlaps (column ranges grow
 * with what they receive); a segment overlapping several columns goes to the one it overlaps most;
 * segments outside every column found new columns, which join a header column that received nothing
 * when one fits (numbers right-aligned under a centred header).
 */
final class CellAssigner {
  private CellAssigner() {}

  /**
   * Per body line, the column index of each of its segments; {@code cols} grows by the columns found
   * for segments outside every column and is kept sorted left to right.
   */
  static List<int[]> assign(List<GridColumn> cols, List<TextLine> body) {
    return assign(cols, body, false);
  }

  /**
   * As {@link #assign(List, List)}; {@code characterGrid}: the lines are rows of a character grid (space-aligned
   * text), where a label one space after an amount stands where the amount left room for it
   * ({@code 1,723.25 一、一般公共服务支出}, {@code — 三、卫生健康支出}), not where its column starts: a number goes
   * by the extent of the column's header and of the numbers it took, not by the labels that grew it (a text
   * column grown by a label pushed left would take the amounts of the column before it).
   */
  static List<int[]> assign(List<GridColumn> cols, List<TextLine> body, boolean characterGrid) {
    return assign(cols, body, characterGrid, false);
  }

  /**
   * As {@link #assign(List, List, boolean)}; {@code roughWidths}: a character grid whose Chinese text is measured
   * as {@code pdftotext -layout} prints it (one column per character in the file, while on the page a CJK word
   * covers up to twice that, {@link AlignedPages}): a label's right edge beyond one column per character is a
   * guess: a label whose guessed tail alone reaches a column that took amounts does not join that column
   * (债务资金(银行贷款) reaching one column into 金额, which then grew left over the items' column so that every
   * label after it joined the amounts and was moved to the group labels' column: 一般公共预算资金公共财政拨款(补助)资金).
   * A display-width grid and a PDF measure labels exactly and keep the plain overlap.
   */
  static List<int[]> assign(List<GridColumn> cols, List<TextLine> body, boolean characterGrid,
      boolean roughWidths) {
    List<TextLine> sure = roughWidths ? sure(body) : body;
    // assign body segments to columns
    List<int[]> assign = new ArrayList<>(); // per line: segment -> column
    for (TextLine l : body) {
      int[] a = new int[l.segments().size()];
      Arrays.fill(a, -1);
      assign.add(a);
    }
    float[] numberX0 = new float[cols.size()]; // the header's extent and the numbers' the column took
    float[] numberX1 = new float[cols.size()];
    for (int c = 0; c < cols.size(); c++) {
      numberX0[c] = cols.get(c).x0;
      numberX1[c] = cols.get(c).x1;
    }
    boolean changed = true;
    for (int pass = 0; changed && pass < 4; pass++) {
      changed = false;
      for (int li = 0; li < body.size(); li++) {
        TextLine l = body.get(li);
        int[] a = assign.get(li);
        for (int si = 0; si < a.length; si++) {
          if (a[si] >= 0) {
            continue;
          }
          Segment s = l.segments().get(si);
          boolean number = Texts.isAmount(s.text());
          int only = -1;
          int count = 0;
          for (int c = 0; c < cols.size(); c++) {
            // on a character grid an amount goes by the extent of its header and of the amounts the column took
            float o = characterGrid && number ? s.overlap(numberX0[c], numberX1[c])
                : overlap(cols.get(c), s, sure.get(li).segments().get(si));
            if (o > 0) {
              only = c;
              count++;
            }
          }
          if (count == 1) {
            a[si] = only;
            GridColumn col = cols.get(only);
            col.x0 = Math.min(col.x0, s.x0());
            col.x1 = Math.max(col.x1, s.x1());
            if (number) {
              col.amounts = true;
              numberX0[only] = Math.min(numberX0[only], s.x0());
              numberX1[only] = Math.max(numberX1[only], s.x1());
            }
            changed = true;
          }
        }
      }
    }
    // segments overlapping several columns: the one they overlap most; none: new columns
    List<Segment> orphans = new ArrayList<>();
    for (int li = 0; li < body.size(); li++) {
      TextLine l = body.get(li);
      int[] a = assign.get(li);
      for (int si = 0; si < a.length; si++) {
        if (a[si] >= 0) {
          continue;
        }
        Segment s = l.segments().get(si);
        float best = 0;
        for (int c = 0; c < cols.size(); c++) {
          float o = overlap(cols.get(c), s, sure.get(li).segments().get(si));
          if (o > best) {
            best = o;
            a[si] = c;
          }
        }
        if (a[si] >= 0 && Texts.isAmount(s.text())) {
          cols.get(a[si]).amounts = true;
        }
        if (a[si] < 0) {
          orphans.add(s);
        }
      }
    }
    if (!orphans.isEmpty()) {
      orphans.sort(Comparator.comparingDouble(Segment::x0));
      List<GridColumn> added = new ArrayList<>();
      for (Segment s : orphans) {
        GridColumn last = added.isEmpty() ? null : added.get(added.size() - 1);
        if (last != null && s.x0() <= last.x1) {
          last.x1 = Math.max(last.x1, s.x1());
        } else {
          last = new GridColumn(s.x0(), s.x1());
          added.add(last);
        }
        last.orphanText |= !Texts.isAmount(s.text()) || Texts.isCode(s.text());
      }
      mergeIntoEmptyHeaders(cols, added, body, assign, characterGrid);
      cols.addAll(added);
      cols.sort(Comparator.comparingDouble(c -> c.x0));
      for (int li = 0; li < body.size(); li++) {
        TextLine l = body.get(li);
        int[] a = assign.get(li);
        for (int si = 0; si < a.length; si++) {
          Segment s = l.segments().get(si);
          int bestC = -1;
          float best = -1;
          for (int c = 0; c < cols.size(); c++) {
            float o = overlap(cols.get(c), s, sure.get(li).segments().get(si));
            if (o > best) {
              best = o;
              bestC = c;
            }
          }
          a[si] = bestC;
        }
      }
    }
    if (characterGrid) {
      splitStubs(cols, body, assign);
    }
    return assign;
  }

  /**
   * A two-level stub on a character grid (收入预算总表: 一般公共预算资金 | 公共财政拨款(补助)资金, a group label
   * merged over its rows beside the items' labels, both under one header cell 项目名称): a text column that
   * takes two labels on one line is two columns. On a character grid a label's right edge is known only
   * roughly ({@code pdftotext} gives a CJK word up to twice its characters), so a long group label reaches the
   * items' column and the column grown by it takes the items too, joining group and item into one label. When
   * at least two lines print exactly two text segments (labels with Chinese characters, no amount or code) in a
   * column and the second starts at the same column on each of them, the column is split there: segments
   * starting at that column or right of it form a column of their own with no header (the items), the others
   * keep the header (the groups); as a PDF's stub columns read. The stub only: the table's first column (a
   * column further right taking two labels is a continuation page's body laid under the first page's columns
   * off by a few, not a second level). Linear in the segments.
   */
  private static void splitStubs(List<GridColumn> cols, List<TextLine> body, List<int[]> assign) {
    if (!cols.isEmpty()) {
      int c = 0;
      float split = Float.NaN;
      int pairs = 0;
      boolean agreed = true;
      for (int li = 0; li < body.size() && agreed; li++) {
        int[] a = assign.get(li);
        List<Segment> in = new ArrayList<>(2);
        for (int si = 0; si < a.length; si++) {
          if (a[si] == c) {
            in.add(body.get(li).segments().get(si));
          }
        }
        if (in.size() < 2) {
          continue;
        }
        if (in.size() > 2 || !in.stream().allMatch(x -> Texts.hasCjk(x.text()) && !Texts.isAmount(x.text())
            && !Texts.isCode(x.text()))) {
          agreed = false;
          break;
        }
        Segment second = in.get(0).x0() < in.get(1).x0() ? in.get(1) : in.get(0);
        if (pairs > 0 && Math.abs(second.x0() - split) > second.fontSize() / 4) {
          agreed = false;
        }
        split = pairs == 0 ? second.x0() : Math.min(split, second.x0());
        pairs++;
      }
      if (!agreed || pairs < 2) {
        return;
      }
      GridColumn left = cols.get(c);
      GridColumn right = new GridColumn(split, split);
      float leftX1 = left.x0;
      for (int li = 0; li < body.size(); li++) {
        int[] a = assign.get(li);
        for (int si = 0; si < a.length; si++) {
          if (a[si] == c) {
            Segment s = body.get(li).segments().get(si);
            if (s.x0() >= split - s.fontSize() / 4) {
              right.x1 = Math.max(right.x1, s.x1());
            } else {
              leftX1 = Math.max(leftX1, Math.min(s.x1(), split));
            }
          }
        }
      }
      right.x0 = split;
      left.x1 = Math.min(Math.max(leftX1, left.x0), split);
      cols.add(c + 1, right);
      for (int li = 0; li < body.size(); li++) {
        int[] a = assign.get(li);
        for (int si = 0; si < a.length; si++) {
          if (a[si] > c) {
            a[si]++;
          } else if (a[si] == c && body.get(li).segments().get(si).x0()
              >= split - body.get(li).segments().get(si).fontSize() / 4) {
            a[si] = c + 1;
          }
        }
      }
    }
  }

  /**
   * A segment's overlap with a column; with rough widths ({@code sure} is the segment cut to the columns it
   * surely covers, {@link #sure}) a label whose guessed tail alone reaches a column that took amounts does not
   * overlap it: its text ends before the amounts' column on the page.
   */
  private static float overlap(GridColumn col, Segment s, Segment sure) {
    float o = col.overlap(s);
    if (o > 0 && sure != s && col.amounts && col.overlap(sure) == 0) {
      return 0;
    }
    return o;
  }

  /** The lines with each label cut to the columns it surely covers: one column per character. */
  private static List<TextLine> sure(List<TextLine> body) {
    List<TextLine> out = new ArrayList<>(body.size());
    for (TextLine l : body) {
      List<Segment> segs = new ArrayList<>(l.segments().size());
      boolean cut = false;
      for (Segment s : l.segments()) {
        float x1 = s.x0() + s.text().codePointCount(0, s.text().length()) * s.fontSize() / 2;
        if (x1 < s.x1() && !Texts.isAmount(s.text())) {
          segs.add(new Segment(s.text(), s.x0(), x1, s.baseline(), s.fontSize(), s.typedNumber()));
          cut = true;
        } else {
          segs.add(s);
        }
      }
      out.add(cut ? new TextLine(l.page(), l.index(), l.baseline(), l.fontSize(), segs) : l);
    }
    return out;
  }

  /**
   * Body columns that no header cell overlaps (numbers right-aligned under a centred header) join the
   * nearest header column that received nothing (on a character grid: nothing but dashes), closest pairs first. A column of amounts only joins
   * a header whose centre lies left of its right edge when there is one (unless the table prints its
   * amounts left-aligned): a right-aligned 合计 printed beside a blank cell is nearer the blank cell's
   * header than its own.
   */
  private static void mergeIntoEmptyHeaders(List<GridColumn> cols, List<GridColumn> added,
      List<TextLine> body, List<int[]> assign, boolean characterGrid) {
    boolean[] filled = new boolean[cols.size()];
    for (int li = 0; li < body.size(); li++) {
      int[] a = assign.get(li);
      for (int si = 0; si < a.length; si++) {
        // on a character grid a zero printed as a dash (centred, one column wide) does not fill its header: the
        // column's amounts, right-aligned beyond the header, still join it
        if (a[si] >= 0 && !(characterGrid && AlignedPages.dashes(body.get(li).segments().get(si).text()))) {
          filled[a[si]] = true;
        }
      }
    }
    boolean leftAligned = leftAligned(cols, body, assign);
    while (true) {
      float best = Float.MAX_VALUE;
      int bc = -1;
      GridColumn bo = null;
      for (GridColumn o : added) {
        // right-aligned or centred amounts end right of their header's centre: when such a header is
        // free, a header further right is not theirs (its blank cell must not receive them)
        boolean directed = !leftAligned && !o.orphanText;
        List<int[]> options = new ArrayList<>(); // {column, allowed by the direction}
        for (int c = 0; c < cols.size(); c++) {
          GridColumn h = cols.get(c);
          if (filled[c] || !h.fromHeader) {
            continue;
          }
          boolean between = false;
          for (int k = 0; k < cols.size(); k++) {
            GridColumn m = cols.get(k);
            if (k != c && filled[k] && m.center() > Math.min(h.center(), o.center())
                && m.center() < Math.max(h.center(), o.center())) {
              between = true;
            }
          }
          if (!between) {
            options.add(new int[] {c, directed && headerCenter(h) > o.x1 + 1 ? 0 : 1});
          }
        }
        boolean anyAllowed = options.stream().anyMatch(x -> x[1] == 1);
        for (int[] x : options) {
          if (anyAllowed && x[1] == 0) {
            continue;
          }
          GridColumn h = cols.get(x[0]);
          float gap = Math.max(0, Math.max(h.x0 - o.x1, o.x0 - h.x1));
          if (gap < best) {
            best = gap;
            bc = x[0];
            bo = o;
          }
        }
      }
      if (bo == null) {
        return;
      }
      GridColumn h = cols.get(bc);
      h.x0 = Math.min(h.x0, bo.x0);
      h.x1 = Math.max(h.x1, bo.x1);
      filled[bc] = true;
      added.remove(bo);
    }
  }

  /**
   * Whether the table prints its amounts left-aligned: most amounts that overlap their header end left
   * of the header's centre. Right-aligned and centred amounts end right of it, so an amount that
   * overlaps no header belongs to a header whose centre lies left of its right edge (a right-aligned
   * total sits nearer the next header than its own, whose blank cell must not receive it).
   */
  private static boolean leftAligned(List<GridColumn> cols, List<TextLine> body, List<int[]> assign) {
    int left = 0;
    int other = 0;
    for (int li = 0; li < body.size(); li++) {
      int[] a = assign.get(li);
      for (int si = 0; si < a.length; si++) {
        Segment s = body.get(li).segments().get(si);
        if (a[si] < 0 || !cols.get(a[si]).fromHeader || !Texts.isAmount(s.text())) {
          continue;
        }
        if (s.x1() < headerCenter(cols.get(a[si]))) {
          left++;
        } else {
          other++;
        }
      }
    }
    return left > other;
  }

  private static float headerCenter(GridColumn c) {
    return c.leafCenter != 0 ? c.leafCenter : c.center();
  }

  /** The column a segment overlaps most, else the one whose centre is nearest. */
  static int nearest(List<GridColumn> cols, Segment s) {
    int best = -1;
    float bestO = 0;
    for (int c = 0; c < cols.size(); c++) {
      float o = cols.get(c).overlap(s);
      if (o > bestO) {
        bestO = o;
        best = c;
      }
    }
    if (best >= 0) {
      return best;
    }
    float bestD = Float.MAX_VALUE;
    for (int c = 0; c < cols.size(); c++) {
      float d = Math.abs(cols.get(c).center() - s.center());
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best;
  }
}
