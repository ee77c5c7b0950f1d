package dev.yusuan.io.tables.internal;

/**
 * A run of glyphs on one line with no wide gap inside: a word, a number or a cell's text on that line.
 * Coordinates in points, y growing downwards. {@code typedNumber}: the source typed it as a number
 * (a spreadsheet's numeric cell; never a PDF's text).
 */
public record Segment(String text, float x0, float x1, float baseline, float fontSize, boolean typedNumber) {
  /** A segment of printed text (a PDF's): whether it is a number is told from its text alone. */
  public Segment(String text, float x0, float x1, float baseline, float fontSize) {
    this(text, x0, x1, baseline, fontSize, false);
  }

  /**
   * Whether this is a number cell of a typed source (a spreadsheet's numeric cell) showing an amount:
   * there, a bare integer such as {@code 20} is a number as surely as {@code 20.00} is, where printed
   * text needs a decimal point or separator to tell an amount from a 栏次 or a code.
   *
   * @return true when the source typed it as a number and it reads as an amount
   */
  public boolean typedAmount() {
    return typedNumber && Texts.isAmount(text);
  }

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
