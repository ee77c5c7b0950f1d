package dev.yusuan.io.tables.internal;

/**
 * A run of glyphs on one line with no wide gap inside: a word, a number or a cell's text on that line.
 * Coordinates in points, y growing downwards.
 */
public record Segment(String text, float x0, float x1, float baseline, float fontSize) {
  public float center() {
    return (x0 + x1) / 2;
  }

  public float width() {
    return x1 - x0;
  }

  /** Horizontal overlap with {@code [a, b]}, in points (0 when disjoint). */
  public float overlap(float a, float b) {
    return Math.max(0, Math.min(x1, b) - Math.max(x0, a));
  }
}
