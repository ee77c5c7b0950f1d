package dev.yusuan.io.pdf.internal;

/**
 * One positioned glyph of a page, in page space with y growing downwards: left and right edges, the
 * baseline, the glyph height and the font size in points. {@code text} is already normalised. {@code run}
 * numbers the string the glyph was shown in (one {@code Tj}, or one string of a {@code TJ} array), and
 * {@code spacing} is the character spacing ({@code Tc}, in points) the producer added after it: between
 * glyphs of one run it is tracking, not a gap between cells.
 */
public record Glyph(String text, float x0, float x1, float baseline, float height, float fontSize, int run,
    float spacing) {
  public Glyph(String text, float x0, float x1, float baseline, float height, float fontSize) {
    this(text, x0, x1, baseline, height, fontSize, 0, 0f);
  }

  /** Whether the glyph is blank (a space drawn as a glyph). */
  public boolean blank() {
    return text.isBlank();
  }
}
