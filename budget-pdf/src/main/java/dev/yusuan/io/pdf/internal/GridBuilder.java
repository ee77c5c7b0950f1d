package dev.yusuan.io.pdf.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds a table grid from positioned lines. The header is the run of lines above the first body
 * line (one with an amount, a code or a total label). Columns are the header's leaf cells (cells with
 * no header cell under them; text wrapped inside a header cell is joined first); a parent header cell
 * spans the leaves between the cells that reach up to its line. Body segments are assigned to the
 * column they overlap (column ranges grow with what they receive), segments outside every column
 * found new columns. Lines that hold only a piece of wrapped label text (no amount, no code, no
 * enumerator) are joined to the nearest row when they sit closer than a normal row pitch.
 */
public final class GridBuilder {
  private GridBuilder() {}

  private static final class Column {
    float x0;
    float x1;
    final List<String> path = new ArrayList<>();
    /** Centre of the leaf header text. */
    float leafCenter;
    /** x-range of each parent segment of {@link #path} (all but the leaf). */
    final List<float[]> parentRanges = new ArrayList<>();
    String number;
    int numbers;
    int texts;
    int codes;
    boolean fromHeader;
    /** A body column of segments outside every header column that holds some non-amount text. */
    boolean orphanText;

    Column(float x0, float x1) {
      this.x0 = x0;
      this.x1 = x1;
    }

    float overlap(Segment s) {
      return s.overlap(x0, x1);
    }

    float center() {
      return (x0 + x1) / 2;
    }
  }

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

  /**
   * Builds the grid of {@code lines}; {@code previous} (nullable) gives the columns to use when the
   * lines have no header of their own.
   */
  public static Grid build(List<TextLine> lines, Grid previous) {
    int bodyStart = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      if (isBodyLine(lines.get(i))) {
        bodyStart = i;
        break;
      }
    }
    List<TextLine> header = new ArrayList<>();
    String[] numbersLine = null;
    TextLine numbersRow = null;
    for (TextLine l : lines.subList(0, bodyStart)) {
      if (isColumnNumberLine(l)) {
        numbersRow = l;
      } else {
        header.add(mergeSpaced(l));
      }
    }
    List<TextLine> body = new ArrayList<>();
    for (TextLine l : lines.subList(bodyStart, lines.size())) {
      body.add(mergeSpaced(l));
    }
    body.removeIf(GridBuilder::isColumnNumberLine);
    List<Column> cols = header.isEmpty() ? fromPrevious(previous) : headerColumns(header);
    // assign body segments to columns
    List<List<int[]>> assign = new ArrayList<>(); // per line: segment -> column
    for (TextLine l : body) {
      int[] a = new int[l.segments().size()];
      Arrays.fill(a, -1);
      assign.add(new ArrayList<>(List.of(a)));
    }
    boolean changed = true;
    for (int pass = 0; changed && pass < 4; pass++) {
      changed = false;
      for (int li = 0; li < body.size(); li++) {
        TextLine l = body.get(li);
        int[] a = assign.get(li).get(0);
        for (int si = 0; si < a.length; si++) {
          if (a[si] >= 0) {
            continue;
          }
          Segment s = l.segments().get(si);
          int only = -1;
          int count = 0;
          for (int c = 0; c < cols.size(); c++) {
            if (cols.get(c).overlap(s) > 0) {
              only = c;
              count++;
            }
          }
          if (count == 1) {
            a[si] = only;
            Column col = cols.get(only);
            col.x0 = Math.min(col.x0, s.x0());
            col.x1 = Math.max(col.x1, s.x1());
            changed = true;
          }
        }
      }
    }
    // segments overlapping several columns: the one they overlap most; none: new columns
    List<Segment> orphans = new ArrayList<>();
    for (int li = 0; li < body.size(); li++) {
      TextLine l = body.get(li);
      int[] a = assign.get(li).get(0);
      for (int si = 0; si < a.length; si++) {
        if (a[si] >= 0) {
          continue;
        }
        Segment s = l.segments().get(si);
        float best = 0;
        for (int c = 0; c < cols.size(); c++) {
          float o = cols.get(c).overlap(s);
          if (o > best) {
            best = o;
            a[si] = c;
          }
        }
        if (a[si] < 0) {
          orphans.add(s);
        }
      }
    }
    if (!orphans.isEmpty()) {
      orphans.sort(Comparator.comparingDouble(Segment::x0));
      List<Column> added = new ArrayList<>();
      for (Segment s : orphans) {
        Column last = added.isEmpty() ? null : added.get(added.size() - 1);
        if (last != null && s.x0() <= last.x1) {
          last.x1 = Math.max(last.x1, s.x1());
        } else {
          last = new Column(s.x0(), s.x1());
          added.add(last);
        }
        last.orphanText |= !Texts.isAmount(s.text()) || Texts.isCode(s.text());
      }
      mergeIntoEmptyHeaders(cols, added, body, assign);
      cols.addAll(added);
      cols.sort(Comparator.comparingDouble(c -> c.x0));
      for (int li = 0; li < body.size(); li++) {
        TextLine l = body.get(li);
        int[] a = assign.get(li).get(0);
        for (int si = 0; si < a.length; si++) {
          Segment s = l.segments().get(si);
          int bestC = -1;
          float best = -1;
          for (int c = 0; c < cols.size(); c++) {
            float o = cols.get(c).overlap(s);
            if (o > best) {
              best = o;
              bestC = c;
            }
          }
          a[si] = bestC;
        }
      }
    }
    if (cols.isEmpty()) {
      return new Grid(List.of(), List.of(), List.of(), List.of());
    }
    // column kinds
    for (int li = 0; li < body.size(); li++) {
      TextLine l = body.get(li);
      int[] a = assign.get(li).get(0);
      for (int si = 0; si < a.length; si++) {
        String t = l.segments().get(si).text();
        Column c = cols.get(a[si]);
        if (Texts.isCode(t)) {
          c.codes++;
        } else if (Texts.isAmount(t)) {
          c.numbers++;
        } else {
          c.texts++;
        }
      }
    }
    Grid.Kind[] kinds = new Grid.Kind[cols.size()];
    for (int c = 0; c < cols.size(); c++) {
      Column col = cols.get(c);
      String h = String.join("", col.path);
      if (h.contains("编码") || h.contains("代码") || h.contains("科目编号")
          || col.codes > 0 && col.codes >= col.numbers && col.codes >= col.texts) {
        kinds[c] = Grid.Kind.CODE;
      } else if (col.numbers > col.texts || col.numbers > 0 && h.matches(
          ".*(金额|合计|小计|总计|预算数|决算数|执行数|支出|费|经费|收入|结余)$")) {
        kinds[c] = Grid.Kind.NUMBER;
      } else {
        kinds[c] = Grid.Kind.TEXT;
      }
    }
    // text segments that landed in number columns go to the nearest text column on their left
    for (int li = 0; li < body.size(); li++) {
      TextLine l = body.get(li);
      int[] a = assign.get(li).get(0);
      for (int si = 0; si < a.length; si++) {
        String t = l.segments().get(si).text();
        if (kinds[a[si]] == Grid.Kind.CODE && Texts.hasCjk(t)) {
          for (int c = a[si] + 1; c < kinds.length; c++) {
            if (kinds[c] == Grid.Kind.TEXT) {
              a[si] = c;
              break;
            }
          }
        }
        if (kinds[a[si]] == Grid.Kind.NUMBER && !Texts.isAmount(t) && !t.equals("-")
            && Texts.hasCjk(t)) {
          for (int c = a[si] - 1; c >= 0; c--) {
            if (kinds[c] == Grid.Kind.TEXT) {
              a[si] = c;
              break;
            }
          }
        }
      }
    }
    adoptLabelParents(cols, kinds);
    // 栏次
    if (numbersRow != null) {
      for (Segment s : numbersRow.segments()) {
        int c = nearest(cols, s);
        if (c >= 0 && Texts.isAmount(s.text()) && !s.text().contains(".")) {
          cols.get(c).number = s.text();
        }
      }
    }
    List<Grid.Col> gcols = new ArrayList<>();
    for (int c = 0; c < cols.size(); c++) {
      Column col = cols.get(c);
      gcols.add(new Grid.Col(List.copyOf(col.path), col.number, col.x0, col.x1, kinds[c]));
    }
    List<List<String>> headerRows = new ArrayList<>();
    for (TextLine l : header) {
      String[] row = new String[cols.size()];
      Arrays.fill(row, "");
      for (Segment s : l.segments()) {
        int c = nearest(cols, s);
        row[c] = row[c].isEmpty() ? s.text() : row[c] + s.text();
      }
      headerRows.add(List.of(row));
    }
    if (numbersRow != null) {
      String[] row = new String[cols.size()];
      Arrays.fill(row, "");
      for (Segment s : numbersRow.segments()) {
        int c = nearest(cols, s);
        row[c] = s.text();
      }
      headerRows.add(List.of(row));
    }
    List<String> rejoined = new ArrayList<>();
    List<Grid.GridRow> rows = rows(body, assign, kinds, rejoined);
    return new Grid(gcols, headerRows, rows, rejoined);
  }

  /**
   * Body columns that no header cell overlaps (numbers right-aligned under a centred header) join the
   * nearest header column that received nothing, closest pairs first. A column of amounts only joins
   * a header whose centre lies left of its right edge when there is one (unless the table prints its
   * amounts left-aligned): a right-aligned 合计 printed beside a blank cell is nearer the blank cell's
   * header than its own.
   */
  private static void mergeIntoEmptyHeaders(List<Column> cols, List<Column> added,
      List<TextLine> body, List<List<int[]>> assign) {
    boolean[] filled = new boolean[cols.size()];
    for (int li = 0; li < body.size(); li++) {
      for (int c : assign.get(li).get(0)) {
        if (c >= 0) {
          filled[c] = true;
        }
      }
    }
    boolean leftAligned = leftAligned(cols, body, assign);
    while (true) {
      float best = Float.MAX_VALUE;
      int bc = -1;
      Column bo = null;
      for (Column o : added) {
        // right-aligned or centred amounts end right of their header's centre: when such a header is
        // free, a header further right is not theirs (its blank cell must not receive them)
        boolean directed = !leftAligned && !o.orphanText;
        List<int[]> options = new ArrayList<>(); // {column, allowed by the direction}
        for (int c = 0; c < cols.size(); c++) {
          Column h = cols.get(c);
          if (filled[c] || !h.fromHeader) {
            continue;
          }
          boolean between = false;
          for (int k = 0; k < cols.size(); k++) {
            Column m = cols.get(k);
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
          Column h = cols.get(x[0]);
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
      Column h = cols.get(bc);
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
  private static boolean leftAligned(List<Column> cols, List<TextLine> body, List<List<int[]>> assign) {
    int left = 0;
    int other = 0;
    for (int li = 0; li < body.size(); li++) {
      int[] a = assign.get(li).get(0);
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

  private static float headerCenter(Column c) {
    return c.leafCenter != 0 ? c.leafCenter : c.center();
  }

  /**
   * A value column belongs under the same parent header as the label column on its left (收支总表:
   * 功能分类 over 功能科目名称 and its 金额), when its own header does not lie under its parent's text.
   */
  private static void adoptLabelParents(List<Column> cols, Grid.Kind[] kinds) {
    // a label column goes with the value column on its right (收入 | 支出: 项目 under 支出)
    for (int c = 0; c + 1 < cols.size(); c++) {
      Column l = cols.get(c);
      Column v = cols.get(c + 1);
      if (kinds[c] == Grid.Kind.TEXT && kinds[c + 1] == Grid.Kind.NUMBER && l.path.size() == 1
          && v.path.size() >= 2 && l.parentRanges.isEmpty()) {
        // a label whose parent header was not found: the parents of its values
        int n = v.path.size();
        for (int k = n - 2; k >= 0; k--) {
          l.path.add(0, v.path.get(k));
          l.parentRanges.add(0, v.parentRanges.get(k));
        }
        continue;
      }
      int n = l.path.size();
      if (kinds[c] != Grid.Kind.TEXT || kinds[c + 1] != Grid.Kind.NUMBER || n < 2
          || v.path.size() < n || l.parentRanges.size() != n - 1
          || v.parentRanges.size() < n - 1
          || l.path.subList(0, n - 1).equals(v.path.subList(0, n - 1))) {
        continue;
      }
      float[] own = l.parentRanges.get(n - 2);
      float[] right = v.parentRanges.get(n - 2);
      float lc = l.leafCenter;
      boolean under = lc >= own[0] && lc <= own[1];
      if (!under && own[1] < right[0] && lc > own[1]) {
        for (int k = 0; k < n - 1; k++) {
          l.path.set(k, v.path.get(k));
          l.parentRanges.set(k, v.parentRanges.get(k));
        }
      }
    }
    for (int c = 1; c < cols.size(); c++) {
      Column v = cols.get(c);
      Column l = cols.get(c - 1);
      int n = v.path.size();
      if (kinds[c] != Grid.Kind.NUMBER || kinds[c - 1] != Grid.Kind.TEXT || n < 2
          || l.path.size() != n || v.parentRanges.size() != n - 1
          || l.parentRanges.size() != n - 1 || v.path.subList(0, n - 1).equals(l.path.subList(0, n - 1))) {
        continue;
      }
      float[] own = v.parentRanges.get(n - 2);
      float[] left = l.parentRanges.get(n - 2);
      boolean under = v.center() >= own[0] && v.center() <= own[1];
      if (!under && left[1] < own[0]) {
        for (int k = 0; k < n - 1; k++) {
          v.path.set(k, l.path.get(k));
          v.parentRanges.set(k, l.parentRanges.get(k));
        }
      }
    }
  }

  private static List<Column> fromPrevious(Grid previous) {
    List<Column> cols = new ArrayList<>();
    if (previous != null) {
      for (Grid.Col c : previous.columns()) {
        Column col = new Column(c.x0(), c.x1());
        col.path.addAll(c.path());
        col.number = c.number();
        col.fromHeader = true;
        cols.add(col);
      }
    }
    return cols;
  }

  private static int nearest(List<Column> cols, Segment s) {
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

  static boolean isBodyLine(TextLine l) {
    List<Segment> segs = l.segments();
    for (Segment s : segs) {
      if (Texts.isMoneyLike(s.text())) {
        return true;
      }
    }
    String first = segs.get(0).text().replace(" ", "");
    if (Texts.isCode(first) && segs.size() > 1) {
      return true;
    }
    StringBuilder labels = new StringBuilder();
    for (Segment s : segs) {
      if (!Texts.isAmount(s.text())) {
        labels.append(s.text().replace(" ", ""));
      }
    }
    return Texts.isTotalLabel(labels.toString());
  }

  /** 栏次 line: "栏次" / 甲 乙 and 1 2 3 …, or only consecutive small integers. */
  static boolean isColumnNumberLine(TextLine l) {
    List<Segment> segs = l.segments();
    int expect = 1;
    int ints = 0;
    for (Segment s : segs) {
      String t = s.text().replace(" ", "");
      if (t.equals("栏次") || t.equals("行次") || t.equals("甲") || t.equals("乙") || t.equals("丙")) {
        continue;
      }
      if (!t.equals(Integer.toString(expect))) {
        return false;
      }
      expect++;
      ints++;
    }
    return ints >= 2;
  }

  /** Joins single CJK characters spread over a cell (金   额, 合   计) into one segment. */
  private static TextLine mergeSpaced(TextLine l) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : l.segments()) {
      Segment prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && (s.text().length() == 1 || prev.text().length() == 1)
          && Texts.hasCjk(s.text()) && Texts.hasCjk(prev.text())
          && s.x0() - prev.x1() < (s.text().length() == 1 && prev.text().length() == 1 ? 4f : 2.5f)
              * s.fontSize()
          && (prev.text().length() == 1 && s.text().length() <= 2
              || s.text().length() == 1 && prev.text().length() <= 2)) {
        out.set(out.size() - 1, new Segment(prev.text() + s.text(), prev.x0(), s.x1(),
            prev.baseline(), prev.fontSize()));
      } else {
        out.add(s);
      }
    }
    return new TextLine(l.page(), l.index(), l.baseline(), l.fontSize(), out);
  }

  /** Columns from a (possibly multi-level) header. */
  private static List<Column> headerColumns(List<TextLine> header) {
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
        for (int j = i - 1; j >= 0; j--) {
          TextLine up = header.get(j);
          if (y - up.baseline() > 1.85f * Math.max(up.fontSize(), l.fontSize())) {
            break;
          }
          if (up.segments().stream().noneMatch(t -> t.overlap(s.x0(), s.x1()) > 0)) {
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
            continue;
          }
          Segment t = up.segments().get(hit);
          // the segment above must not reach over any other cell below it
          boolean wide = false;
          for (int k = j + 1; k < n && !wide; k++) {
            for (Segment other : header.get(k).segments()) {
              if (!leaf.stack.contains(other) && t.overlap(other.x0(), other.x1()) > 0.3f * other.width()) {
                wide = true;
                break;
              }
            }
          }
          if (wide) {
            break;
          }
          leaf.add(t, up.baseline());
          used[j][hit] = true;
          y = up.baseline();
          below = t;
        }
        leaves.add(leaf);
      }
    }
    leaves.sort(Comparator.comparingDouble(Leaf::center));
    float bottom = header.get(n - 1).baseline();
    List<Column> cols = new ArrayList<>();
    for (Leaf leaf : leaves) {
      Column c = new Column(leaf.x0, leaf.x1);
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
        for (Leaf leaf : leaves) {
          float top = 2 * leaf.midY() - bottom;
          if (top <= y + tol && leaf.stack.size() > 0) {
            float c = leaf.center();
            if (c < s.center() && c > left && leaf.x1 <= s.x0() + 2) {
              left = c;
            } else if (c > s.center() && c < right && leaf.x0 >= s.x1() - 2) {
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
            left = Math.max(left, mid);
          } else {
            right = Math.min(right, mid);
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
    boolean l0 = false;
    boolean r0 = false;
    for (Leaf leaf : leaves) {
      if (leaf.ys.get(0) > l.baseline() + 1 && leaf.x0 >= left && leaf.x1 <= right) {
        if (leaf.center() < s.center()) {
          l0 = true;
        } else {
          r0 = true;
        }
      }
    }
    for (int j = i + 1; j < header.size(); j++) {
      List<Segment> segs = header.get(j).segments();
      for (int k = 0; k < segs.size(); k++) {
        Segment t = segs.get(k);
        if (!used[j][k] && t.x0() >= left && t.x1() <= right) {
          if (t.center() < s.center()) {
            l0 = true;
          } else {
            r0 = true;
          }
        }
      }
    }
    return l0 && r0;
  }

  private static boolean centerInside(Segment a, Segment b) {
    return a.center() >= b.x0() && a.center() <= b.x1();
  }

  /** Rows: body lines with fragments of wrapped text joined to their row. */
  private static List<Grid.GridRow> rows(List<TextLine> body, List<List<int[]>> assign,
      Grid.Kind[] kinds, List<String> rejoined) {
    int n = body.size();
    boolean[] fragment = new boolean[n];
    boolean[] data = new boolean[n];
    for (int i = 0; i < n; i++) {
      TextLine l = body.get(i);
      int[] a = assign.get(i).get(0);
      boolean hasData = false;
      boolean enumerated = false;
      for (int si = 0; si < a.length; si++) {
        String t = l.segments().get(si).text();
        Grid.Kind k = kinds[a[si]];
        if (k == Grid.Kind.NUMBER && Texts.isAmount(t) || k == Grid.Kind.CODE && Texts.isCode(
            t.replace(" ", "")) || k == Grid.Kind.NUMBER && t.equals("-")) {
          hasData = true;
        }
        if (k == Grid.Kind.TEXT && Texts.isEnumerated(t.replace(" ", ""))) {
          enumerated = true;
        }
      }
      String key = l.key();
      data[i] = hasData;
      fragment[i] = !hasData && !enumerated && !Texts.isTotalLabel(key);
    }
    // typical row pitch
    List<Float> pitches = new ArrayList<>();
    for (int i = 1; i < n; i++) {
      if (data[i] && data[i - 1] && body.get(i).page() == body.get(i - 1).page()) {
        pitches.add(body.get(i).baseline() - body.get(i - 1).baseline());
      }
    }
    pitches.sort(null);
    float pitch = pitches.size() >= 3 ? pitches.get(pitches.size() / 2) : Float.MAX_VALUE;
    if (pitches.size() < 3) {
      // few rows with data (收入预算总表: mostly blank rows printing only their label): the upper
      // quartile of all line gaps, so that blank rows at the row pitch stay rows of their own
      List<Float> gaps = new ArrayList<>();
      for (int i = 1; i < n; i++) {
        if (body.get(i).page() == body.get(i - 1).page()) {
          gaps.add(body.get(i).baseline() - body.get(i - 1).baseline());
        }
      }
      gaps.sort(null);
      if (gaps.size() >= 4) {
        pitch = gaps.get(gaps.size() * 3 / 4);
      }
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      TextLine l = body.get(i);
      float fs = l.fontSize();
      float limit = Math.min(1.45f * fs, 0.75f * pitch);
      if (fragment[i]) {
        int best = -1;
        float bestD = Float.MAX_VALUE;
        for (int j : new int[] {i - 1, i + 1}) {
          if (j < 0 || j >= n || body.get(j).page() != l.page()) {
            continue;
          }
          if (!data[j] && disjoint(assign.get(i).get(0), assign.get(j).get(0))) {
            continue;
          }
          float d = Math.abs(body.get(j).baseline() - l.baseline());
          if (d < bestD) {
            bestD = d;
            best = j;
          }
        }
        if (best >= 0 && bestD <= limit) {
          union(parent, i, best);
        }
      } else if (i > 0 && body.get(i - 1).page() == l.page()
          && l.baseline() - body.get(i - 1).baseline() < 0.75f * fs
          && disjoint(assign.get(i).get(0), assign.get(i - 1).get(0))) {
        union(parent, i, i - 1);
      }
    }
    List<Grid.GridRow> rows = new ArrayList<>();
    int cols = kinds.length;
    int i = 0;
    while (i < n) {
      int root = find(parent, i);
      int j = i;
      while (j + 1 < n && find(parent, j + 1) == root) {
        j++;
      }
      StringBuilder[] cells = new StringBuilder[cols];
      for (int c = 0; c < cols; c++) {
        cells[c] = new StringBuilder();
      }
      int anchor = i;
      for (int k = i; k <= j; k++) {
        if (data[k]) {
          anchor = k;
          break;
        }
      }
      for (int k = i; k <= j; k++) {
        TextLine l = body.get(k);
        int[] a = assign.get(k).get(0);
        for (int si = 0; si < a.length; si++) {
          String t = l.segments().get(si).text();
          StringBuilder b = cells[a[si]];
          if (b.length() > 0 && kinds[a[si]] == Grid.Kind.TEXT
              && !(LineBuilder.cjk(b.toString()) || Texts.hasCjk(t.substring(0, 1)))) {
            b.append(' ');
          } else if (b.length() > 0 && kinds[a[si]] == Grid.Kind.CODE) {
            b.append(' '); // a code in pieces: rejoined (and reported) below
          }
          b.append(t);
        }
      }
      List<String> out = new ArrayList<>(cols);
      for (int c = 0; c < cols; c++) {
        String t = cells[c].toString();
        if (kinds[c] == Grid.Kind.CODE && !Texts.isCode(t)) {
          String joined = t.replace(" ", "");
          if (Texts.isCode(joined) && (t.contains(" ") || j > i)) {
            rejoined.add(t + " -> " + joined + " @" + body.get(anchor).page() + ":"
                + body.get(anchor).index());
            t = joined;
          }
        }
        if (kinds[c] == Grid.Kind.TEXT) {
          t = t.trim();
        }
        out.add(t);
      }
      TextLine a = body.get(anchor);
      rows.add(new Grid.GridRow(out, a.page(), a.index(), a.baseline()));
      i = j + 1;
    }
    return rows;
  }

  private static boolean disjoint(int[] a, int[] b) {
    for (int x : a) {
      for (int y : b) {
        if (x == y) {
          return false;
        }
      }
    }
    return true;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
