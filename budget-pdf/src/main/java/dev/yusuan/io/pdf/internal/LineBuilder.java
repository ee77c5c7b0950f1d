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
   * A gap wider than this fraction of the font size separates two segments (the character spacing after a
   * glyph, and a full-width space between two 汉字, not counted).
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
    float sizeSum = 0;
    float baseSum = 0;
    int from = 0;
    for (int i = 0; i < line.size(); i++) {
      Glyph g = line.get(i);
      sizeSum += g.fontSize();
      baseSum += g.baseline();
      if (i > 0 && gap(line.get(i - 1), g) > SEGMENT_GAP * Math.max(line.get(i - 1).fontSize(), g.fontSize())) {
        segs.add(segment(line, from, i));
        from = i;
      }
    }
    segs.add(segment(line, from, line.size()));
    segs = SpacedLabels.join(segs);
    return new TextLine(page, index, baseSum / line.size(), sizeSum / line.size(), segs);
  }

  /**
   * The gap between two neighbouring glyphs: the character spacing a producer puts between the glyphs of one
   * string (Tc: 合 计 spaced out, numbers tracked wide) is part of its advance, not a gap between cells; so is
   * tracking of at most a quarter em where the next string begins, within a tenth of an em of the advance
   * (a number drawn as {@code 1,2} + {@code 34.56}); and a full-width space (U+3000) drawn right after a 汉字
   * and before another (合　计).
   */
  private static float gap(Glyph prev, Glyph g) {
    float gap = g.x0() - prev.x1();
    float em = Math.max(prev.fontSize(), g.fontSize());
    if (prev.run() == g.run()
        || prev.spacing() <= 0.25f * em && Math.abs(gap - prev.spacing()) <= 0.1f * em) {
      gap -= prev.spacing();
    }
    if (prev.ideographicSpace() > 0 && Texts.endsCjk(prev.text()) && Texts.endsCjk(g.text())) {
      gap -= prev.ideographicSpace();
    }
    return gap;
  }

  /**
   * Glyphs {@code from} to {@code to} as one segment; a gap wider than {@link #SPACE_GAP} between two glyphs
   * that are not 汉字 is a space (the character spacing the first was drawn with not counted), unless all
   * gaps of the segment (three glyphs or more) are the same as drawn: even tracking, each glyph positioned on
   * its own, is not a word space.
   */
  private static Segment segment(List<Glyph> line, int from, int to) {
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    float size = 0;
    for (int i = from + 1; i < to; i++) {
      float gap = line.get(i).x0() - line.get(i - 1).x1();
      min = Math.min(min, gap);
      max = Math.max(max, gap);
      size = Math.max(size, line.get(i).fontSize());
    }
    boolean even = to - from >= 3 && max - min <= 0.05f * size;
    StringBuilder text = new StringBuilder();
    Glyph prev = null;
    for (int i = from; i < to; i++) {
      Glyph g = line.get(i);
      if (prev != null && !even && gap(prev, g) > SPACE_GAP * Math.max(prev.fontSize(), g.fontSize())
          && !Texts.endsCjk(prev.text()) && !Texts.endsCjk(g.text())) {
        text.append(' ');
      }
      text.append(g.text());
      prev = g;
    }
    Glyph start = line.get(from);
    return new Segment(text.toString(), start.x0(), prev.x1(), start.baseline(), start.fontSize());
  }


}
