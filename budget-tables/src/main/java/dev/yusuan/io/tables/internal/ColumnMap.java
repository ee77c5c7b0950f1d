package dev.yusuan.io.tables.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Where the columns of a continuation page lie on the table's first page: a text laid out on a character grid
 * ({@code pdftotext -layout}) places each page's words by that page's own grid, so the same header repeated on
 * the next page may stand some columns left or right of where it stood, by more towards the right (each
 * column's words are placed apart by different amounts). The repeated header's segments, matched to the
 * first page's by text in order, are anchors (left and right edges); an x between two anchors is interpolated
 * linearly, one beyond the outer anchors keeps their offset. A PDF's repeated header lies where the first
 * one did: every offset 0, nothing moves. Linear in the segments.
 *
 * @param page the continuation page
 * @param anchors x on the continuation page → x on the first page
 */
record ColumnMap(int page, TreeMap<Float, Float> anchors) {
  /** Offsets below this many points (a tenth of a display column) are no move. */
  private static final float EPSILON = 0.5f;

  /**
   * The map of {@code page} with the anchors of a repeated header line added ({@code previous} when it maps
   * another page: a new page starts anew).
   *
   * @param previous the map so far (nullable)
   * @param page the continuation page
   * @param repeated the header line as repeated on that page
   * @param first the same header line on the first page (nullable: nothing to anchor)
   * @return the map
   */
  static ColumnMap add(ColumnMap previous, int page, TextLine repeated, TextLine first) {
    ColumnMap m = previous != null && previous.page == page ? previous : new ColumnMap(page, new TreeMap<>());
    if (first == null) {
      return m;
    }
    List<Segment> a = repeated.segments();
    List<Segment> b = first.segments();
    if (a.size() != b.size()) {
      return m; // the same text split otherwise: no sure pairing of segments
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).text().equals(b.get(i).text())) {
        return m;
      }
    }
    for (int i = 0; i < a.size(); i++) {
      m.anchors.put(a.get(i).x0(), b.get(i).x0());
      m.anchors.put(a.get(i).x1(), b.get(i).x1());
    }
    return m;
  }

  /** {@code line} with its segments moved onto the first page's columns. */
  TextLine apply(TextLine line) {
    if (anchors.isEmpty() || anchors.entrySet().stream().allMatch(e -> Math.abs(e.getKey() - e.getValue())
        < EPSILON)) {
      return line;
    }
    List<Segment> out = new ArrayList<>(line.segments().size());
    for (Segment s : line.segments()) {
      out.add(new Segment(s.text(), map(s.x0()), Math.max(map(s.x0()), map(s.x1())), s.baseline(), s.fontSize(),
          s.typedNumber()));
    }
    return new TextLine(line.page(), line.index(), line.baseline(), line.fontSize(), out);
  }

  private float map(float x) {
    var lo = anchors.floorEntry(x);
    var hi = anchors.ceilingEntry(x);
    if (lo == null) {
      return x + hi.getValue() - hi.getKey();
    }
    if (hi == null || hi.getKey().equals(lo.getKey())) {
      return x + lo.getValue() - lo.getKey();
    }
    float t = (x - lo.getKey()) / (hi.getKey() - lo.getKey());
    return lo.getValue() + t * (hi.getValue() - lo.getValue());
  }
}
