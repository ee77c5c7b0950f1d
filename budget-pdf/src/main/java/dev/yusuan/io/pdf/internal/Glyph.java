package dev.yusuan.io.pdf.internal;

/**
 * One positioned glyph of a page, in page space with y growing downwards: left and right edges, the
 * baseline, the glyph height and the font size in points. {@code text} is already normalised.
 * {@code run} numbers the string it was shown in (one {@code Tj}, or one {@code TJ} array with its kerning);
 * {@code spacing} is the character spacing ({@code Tc}, in points) the producer added after it: between glyphs
 * of one run it is tracking, not a gap between cells. {@code ideographicSpace} is the room taken by a full-width
 * space (U+3000) drawn right after it (合　计 spaced out).
 */
public record Glyph(String text, float x0, float x1, float baseline, float height, float fontSize, int run,
    float spacing, float ideographicSpace) {
  public Glyph(String text, float x0, float x1, float baseline, float height, float fontSize) {
    this(text, x0, x1, baseline, height, fontSize, 0, 0f, 0f);
  }

  /** This glyph followed by a full-width space {@code width} wide. */
  Glyph withIdeographicSpace(float width) {
    return new Glyph(text, x0, x1, baseline, height, fontSize, run, spacing, ideographicSpace + width);
  }

  /** Whether the glyph is blank (a space drawn as a glyph). */
  public boolean blank() {
    return text.isBlank();
  }
}
