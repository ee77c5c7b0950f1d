package dev.yusuan.io.pdf.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Text turned 90° on an upright page: the narrow header cell of a landscape table printing its heading
 * vertically (人员经费, 公用经费, 行次, read bottom-to-top or top-to-bottom). The page's upright direction is the
 * direction most of its glyphs are drawn in; a glyph whose baseline runs across it (its text matrix turned ±90°
 * relative to that direction) is no part of the page's horizontal lines. Such glyphs are assembled into vertical
 * strings: grouped by their column (the centre of their glyph boxes across the baseline, within a third of an
 * em), ordered along their baseline in reading order, a string ending where the next glyph is more than an em
 * away along it. Each string becomes one piece of text of the cell it sits in: its box across the baseline is
 * the string's column, its baseline the middle of the string's extent (so it joins the line of the upright
 * cells centred beside it).
 *
 * <p>A vertical string holding a digit is set aside, not read (the caller counts its amounts unread). Glyphs drawn
 * upside down relative to the page (180°) are left as they were read. A page drawn in one
 * direction only is returned as it is.
 */
final class TurnedText {
  /** Where a glyph box's centre lies above its baseline, as a fraction of the font size (CJK em box). */
  private static final float CENTRE = 0.4f;
  /** Glyphs within this fraction of an em across the baseline are one column. */
  private static final float COLUMN = 0.33f;
  /** A gap along the baseline wider than this fraction of an em ends a string. */
  private static final float GAP = 1.0f;

  private TurnedText() {}

  /** One turned glyph in the page's upright frame: its column centre and its extent along the page's y. */
  private record Turned(Glyph g, float centre, float top, float bottom, boolean upwards) {}

  /**
   * The page's glyphs as its lines are built from: those drawn in the page's upright direction (or upside
   * down) as read, in order; then each vertical string as one glyph placed in the upright frame.
   *
   * @param glyphs the page's glyphs, positioned in their own direction's frame (PDFBox's text direction)
   * @param dirs each glyph's direction (0, 90, 180, 270), at its index
   * @param origins each glyph's origin in the page's unrotated space (x, y up), at twice its index
   */
  static List<Glyph> upright(List<Glyph> glyphs, int[] dirs, float[] origins) {
    return upright(glyphs, dirs, origins, new ArrayList<>());
  }

  /**
   * As {@link #upright(List, int[], float[])}; a vertical string holding a digit (a figure or a number printed
   * turned) is not placed but added to {@code figures}: where it belongs is not certain enough to make a fact of it.
   */
  static List<Glyph> upright(List<Glyph> glyphs, int[] dirs, float[] origins, List<String> figures) {
    int[] count = new int[4];
    for (int i = 0; i < glyphs.size(); i++) {
      if (!glyphs.get(i).blank()) {
        count[quarter(dirs[i])]++;
      }
    }
    int up = 0;
    for (int q = 1; q < 4; q++) {
      if (count[q] > count[up]) {
        up = q;
      }
    }
    int left = (up + 1) % 4;
    int right = (up + 3) % 4;
    if (count[left] == 0 && count[right] == 0) {
      return glyphs;
    }
    // the upright frame: the unrotated space turned by the page's direction, y down; its offset from one
    // upright glyph (PDFBox's frame for a direction is this rotation, translated)
    double a = Math.toRadians(90 * up);
    float cos = (float) Math.cos(a);
    float sin = (float) Math.sin(a);
    float offX = 0;
    float offY = 0;
    for (int i = 0; i < glyphs.size(); i++) {
      if (quarter(dirs[i]) == up) {
        float ox = origins[2 * i];
        float oy = origins[2 * i + 1];
        offX = glyphs.get(i).x0() - (ox * cos + oy * sin);
        offY = glyphs.get(i).baseline() - (ox * sin - oy * cos);
        break;
      }
    }
    List<Glyph> kept = new ArrayList<>(glyphs.size());
    List<Turned> turned = new ArrayList<>();
    for (int i = 0; i < glyphs.size(); i++) {
      Glyph g = glyphs.get(i);
      int q = quarter(dirs[i]);
      if (q != left && q != right) {
        kept.add(g);
        continue;
      }
      if (g.blank()) {
        continue;
      }
      float ox = origins[2 * i];
      float oy = origins[2 * i + 1];
      float x = ox * cos + oy * sin + offX;
      float y = ox * sin - oy * cos + offY;
      float w = g.x1() - g.x0();
      float size = g.fontSize();
      boolean upwards = q == left; // turned a quarter anticlockwise: read bottom-to-top
      turned.add(upwards
          ? new Turned(g, x - CENTRE * size, y - w, y, true)
          : new Turned(g, x + CENTRE * size, y, y + w, false));
    }
    turned.sort(Comparator.comparing(Turned::upwards).thenComparingDouble(Turned::centre));
    int run = Integer.MIN_VALUE;
    int i = 0;
    while (i < turned.size()) {
      Turned first = turned.get(i);
      int j = i + 1;
      while (j < turned.size() && turned.get(j).upwards() == first.upwards()
          && turned.get(j).centre() - turned.get(j - 1).centre() <= COLUMN * first.g().fontSize()) {
        j++;
      }
      List<Turned> column = new ArrayList<>(turned.subList(i, j));
      column.sort(first.upwards()
          ? Comparator.comparingDouble(Turned::bottom).reversed()
          : Comparator.comparingDouble(Turned::top));
      int from = 0;
      for (int k = 1; k <= column.size(); k++) {
        if (k == column.size() || gap(column.get(k - 1), column.get(k)) > GAP * column.get(k).g().fontSize()) {
          Glyph string = string(column.subList(from, k), run++);
          if (string.text().chars().anyMatch(Character::isDigit)) {
            figures.add(string.text());
          } else {
            kept.add(string);
          }
          from = k;
        }
      }
      i = j;
    }
    return kept;
  }

  /** The room along the baseline between a glyph and the next one in reading order. */
  private static float gap(Turned prev, Turned next) {
    return prev.upwards() ? prev.top() - next.bottom() : next.top() - prev.bottom();
  }

  /** One vertical string as one glyph of the upright frame, where it stands. */
  private static Glyph string(List<Turned> glyphs, int run) {
    StringBuilder text = new StringBuilder();
    float size = 0;
    float centre = 0;
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    for (Turned t : glyphs) {
      text.append(t.g().text());
      size = Math.max(size, t.g().fontSize());
      centre += t.centre();
      top = Math.min(top, t.top());
      bottom = Math.max(bottom, t.bottom());
    }
    centre /= glyphs.size();
    float baseline = (top + bottom) / 2 + CENTRE * size; // its middle where an upright glyph's box centre is
    return new Glyph(text.toString(), centre - size / 2, centre + size / 2, baseline, size, size, run, 0f, 0f);
  }

  private static int quarter(int dir) {
    return Math.floorMod(Math.round(dir / 90f), 4);
  }
}
