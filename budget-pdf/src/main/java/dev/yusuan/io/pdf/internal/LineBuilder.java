package dev.yusuan.io.pdf.internal;

import dev.yusuan.io.tables.internal.Segment;
import dev.yusuan.io.tables.internal.TextLine;
import dev.yusuan.io.tables.internal.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups glyphs into lines by baseline and lines into segments by horizontal gaps. */
public final class LineBuilder {
  /**
   * A gap wider than this fraction of the font size separates two segments (the character spacing between
   * two glyphs of one string not counted).
   */
  static final float SEGMENT_GAP = 0.3f;
  /** A gap wider than this fraction of the font size inside a segment becomes a space. */
  static final float SPACE_GAP = 0.2f;

  private LineBuilder() {}

  /** Lines of one page, top to bottom, numbered from {@code firstIndex}. */
  public static List<TextLine> lines(List<Glyph> glyphs, int page, int firstIndex) {
    List<Glyph> sorted = new ArrayList<>(glyphs.size());
    for (Glyph g : glyphs) {
      if (!g.blank()) {
        sorted.add(g);
      }
    }
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x0));
    List<TextLine> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      Glyph first = sorted.get(i);
      float base = first.baseline();
      float tol = Math.max(1f, 0.4f * first.fontSize());
      int j = i + 1;
      while (j < sorted.size() && sorted.get(j).baseline() - base <= tol) {
        j++;
      }
      List<Glyph> line = new ArrayList<>(sorted.subList(i, j));
      line.sort(Comparator.comparingDouble(Glyph::x0));
      out.add(toLine(line, page, firstIndex + out.size()));
      i = j;
    }
    return out;
  }

  private static TextLine toLine(List<Glyph> line, int page, int index) {
    List<Segment> segs = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Glyph start = line.get(0);
    Glyph prev = null;
    float sizeSum = 0;
    float baseSum = 0;
    for (Glyph g : line) {
      sizeSum += g.fontSize();
      baseSum += g.baseline();
      if (prev != null) {
        float size = Math.max(prev.fontSize(), g.fontSize());
        // the character spacing a producer puts between the glyphs of one string (Tc: 合　计 spaced out, numbers
        // tracked wide) is part of that string, not a gap between cells
        float gap = g.x0() - prev.x1() - (prev.run() == g.run() ? prev.spacing() : 0f);
        if (gap > SEGMENT_GAP * size) {
          segs.add(new Segment(text.toString(), start.x0(), prev.x1(), start.baseline(),
              start.fontSize()));
          text.setLength(0);
          start = g;
        } else if (gap > SPACE_GAP * size && !Texts.endsCjk(prev.text()) && !Texts.endsCjk(g.text())) {
          text.append(' ');
        }
      }
      text.append(g.text());
      prev = g;
    }
    segs.add(new Segment(text.toString(), start.x0(), prev.x1(), start.baseline(), start.fontSize()));
    return new TextLine(page, index, baseSum / line.size(), sizeSum / line.size(), segs);
  }


}
