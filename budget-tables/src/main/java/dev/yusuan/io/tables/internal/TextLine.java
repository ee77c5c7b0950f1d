package dev.yusuan.io.tables.internal;

import java.util.List;

/**
 * A line of a page: segments sorted left to right sharing a baseline. {@code page} is 1-based;
 * {@code index} numbers the lines of the whole document (1-based) and serves as the line number of
 * provenance.
 */
public record TextLine(int page, int index, float baseline, float fontSize, List<Segment> segments) {
  /** The segments' texts joined with single spaces. */
  public String text() {
    StringBuilder b = new StringBuilder();
    for (Segment s : segments) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(s.text());
    }
    return b.toString();
  }

  /** The text without any space, for matching. */
  public String key() {
    return text().replace(" ", "");
  }

  public float x0() {
    return segments.get(0).x0();
  }

  public float x1() {
    return segments.get(segments.size() - 1).x1();
  }
}
