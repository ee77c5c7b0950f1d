package dev.yusuan.io.tables.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The grid of a form-like table ({@link Texts#isFormTitle}: 绩效目标表): labels and values side by side,
 * text cells that span several columns or wrap, header-like rows (一级指标 | 二级指标 | 三级指标 | 指标值) in the
 * middle of the body. No line is a header: every printed line is one row, its segments put in columns
 * by their left edges (the left edges of all lines, clustered), so a layout strategy walks the cells
 * left to right ({@code performance-form} in {@link StrategyMapper}). Linear in the segments (after
 * sorting the left edges).
 */
final class FormGrid {
  private FormGrid() {}

  static Grid build(List<TextLine> lines) {
    List<List<Segment>> cells = new ArrayList<>();
    List<Float> xs = new ArrayList<>();
    float size = 0;
    for (TextLine l : lines) {
      List<Segment> merged = cells(l);
      cells.add(merged);
      for (Segment s : merged) {
        xs.add(s.x0());
        size += s.fontSize();
      }
    }
    if (xs.isEmpty()) {
      return new Grid(List.of(), List.of(), List.of(), List.of());
    }
    float tol = Math.max(1f, size / xs.size() * 0.5f); // left edges closer than half a character: one column
    xs.sort(Float::compare);
    List<float[]> all = new ArrayList<>(); // [first x0, last x0, count] of each cluster of left edges
    for (float x : xs) {
      float[] last = all.isEmpty() ? null : all.get(all.size() - 1);
      if (last != null && x - last[1] <= tol) {
        last[1] = x;
        last[2]++;
      } else {
        all.add(new float[] {x, x, 1});
      }
    }
    // a left edge no other line shares (text after a gap inside a cell) starts no column of its own
    List<float[]> cols = new ArrayList<>();
    for (float[] c : all) {
      if (c[2] >= 2 || cols.isEmpty()) {
        cols.add(c);
      }
    }
    float[] starts = new float[cols.size()];
    for (int c = 0; c < starts.length; c++) {
      starts[c] = cols.get(c)[0];
    }
    List<Grid.GridRow> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TextLine l = lines.get(i);
      String[] row = new String[cols.size()];
      Arrays.fill(row, "");
      for (Segment s : cells.get(i)) {
        int c = column(starts, s.x0());
        if (s.x0() > cols.get(c)[1] + tol) {
          c = column(starts, s.center()); // starts at no column: centred or right-aligned, placed by its centre
        }
        row[c] = row[c].isEmpty() ? s.text() : row[c] + s.text();
      }
      rows.add(new Grid.GridRow(List.of(row), l.page(), l.index(), l.baseline()));
    }
    List<Grid.Col> gcols = new ArrayList<>();
    for (int c = 0; c < cols.size(); c++) {
      float x1 = c + 1 < cols.size() ? cols.get(c + 1)[0] : Float.MAX_VALUE;
      // a column is named by its place (列1, 列2 …): the form prints no header over it
      gcols.add(new Grid.Col(List.of("列" + (c + 1)), null, cols.get(c)[0], x1, Grid.Kind.TEXT));
    }
    return new Grid(gcols, List.of(), rows, List.of());
  }

  /** The column whose left edge is the last at or before {@code x} (the first column for x before it). */
  private static int column(float[] starts, float x) {
    int c = Arrays.binarySearch(starts, x);
    return Math.max(0, c >= 0 ? c : -c - 2);
  }

  /** Punctuation after which a cell's text may be broken into segments (the glyph's blank half is a gap). */
  private static final String PAUSE = "，,、；;：:。";

  /**
   * The line's cells: its segments, those less than half a character apart joined, and those less than two
   * characters apart after a full-width comma or the like (a cell's text broken at its punctuation).
   */
  private static List<Segment> cells(TextLine l) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : l.segments()) {
      Segment prev = out.isEmpty() ? null : out.get(out.size() - 1);
      float size = Math.max(prev == null ? 0 : prev.fontSize(), s.fontSize());
      if (prev != null && (s.x0() - prev.x1() < size / 2
          || PAUSE.indexOf(prev.text().charAt(prev.text().length() - 1)) >= 0 && s.x0() - prev.x1() < 2 * size)) {
        out.set(out.size() - 1, new Segment(prev.text() + s.text(), prev.x0(), s.x1(), prev.baseline(),
            prev.fontSize(), false));
      } else {
        out.add(s);
      }
    }
    return out;
  }
}
