package dev.yusuan.io.pdf.internal;

/**
 * One positioned glyph of a page, in page space with y growing downwards: left and right edges, the
 * baseline, the glyph height and the font size in points. {@code text} is already normalised.
 */
public record Glyph(String text, float x0, float x1, float baseline, float height, float fontSize) {
  /** Whether the glyph is blank (a space drawn as a glyph). */
  public boolean blank() {
    return text.isBlank();
  }
}
