package dev.yusuan.io.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.tables.internal.Segment;
import dev.yusuan.io.tables.internal.TextLine;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.FloatRange;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link SpacedLabels} through {@link LineBuilder}: a known label's 汉字 placed one string each, evenly spaced by
 * position alone, is one segment; single 汉字 that are cells of their own (类 款 项), or unevenly spaced, stay
 * apart; the cells around are untouched.
 */
class SpacedLabelsProperties {
  static final List<String> KNOWN = List.of("合计", "总计", "小计", "项目", "科目", "金额", "行次", "栏次", "决算数",
      "预算数", "年初数", "科目编码", "科目名称");

  /** A line: a code, the label's glyphs one run each {@code gap} ems apart, an amount; font {@code size}. */
  static List<Glyph> line(String label, float[] gaps, float size, float baseline) {
    List<Glyph> glyphs = new ArrayList<>();
    float x = 30;
    int run = 1;
    for (char c : "2010101".toCharArray()) {
      glyphs.add(new Glyph(String.valueOf(c), x, x + 0.5f * size, baseline, size, size, run, 0f, 0f));
      x += 0.5f * size;
    }
    x += 4 * size;
    String[] chars = label.codePoints().mapToObj(Character::toString).toArray(String[]::new);
    for (int i = 0; i < chars.length; i++) {
      glyphs.add(new Glyph(chars[i], x, x + size, baseline, size, size, ++run, 0f, 0f));
      x += size + (i < gaps.length ? gaps[i] * size : 0);
    }
    x += 5 * size;
    run++;
    for (char c : "1,234.56".toCharArray()) {
      glyphs.add(new Glyph(String.valueOf(c), x, x + 0.5f * size, baseline, size, size, run, 0f, 0f));
      x += 0.5f * size;
    }
    return glyphs;
  }

  static List<String> texts(List<Glyph> glyphs) {
    List<TextLine> lines = LineBuilder.lines(glyphs, 1, 0);
    assertThat(lines).hasSize(1);
    return lines.get(0).segments().stream().map(Segment::text).toList();
  }

  @Property(tries = 300)
  void aKnownLabelSpacedEvenlyByPositionIsOneSegment(@ForAll @From("known") String label,
      @ForAll @FloatRange(min = 0.35f, max = 3.25f) float gap, @ForAll @FloatRange(min = 0f, max = 0.2f) float jitter,
      @ForAll @IntRange(min = 6, max = 16) int size) {
    float[] gaps = new float[label.length() - 1];
    for (int i = 0; i < gaps.length; i++) {
      gaps[i] = gap + (i % 2 == 0 ? 0 : jitter);
    }
    assertThat(texts(line(label, gaps, size, 200))).containsExactly("2010101", label, "1,234.56");
  }

  @Property(tries = 300)
  void singleHanziCellsThatMakeNoKnownLabelStayApart(@ForAll @From("levels") String cells,
      @ForAll @FloatRange(min = 0.35f, max = 3.4f) float gap, @ForAll @IntRange(min = 6, max = 16) int size) {
    float[] gaps = new float[cells.length() - 1];
    java.util.Arrays.fill(gaps, gap);
    List<String> want = new ArrayList<>(List.of("2010101"));
    cells.codePoints().mapToObj(Character::toString).forEach(want::add);
    want.add("1,234.56");
    assertThat(texts(line(cells, gaps, size, 200))).containsExactlyElementsOf(want);
  }

  /** Unevenly spaced (gaps a third of an em or more apart) or spaced wider than {@link SpacedLabels#MAX_GAP}. */
  @Property(tries = 200)
  void aKnownLabelSpacedUnevenlyOrTooWideStaysApart(@ForAll @From("known") String label,
      @ForAll @FloatRange(min = 0.35f, max = 2.5f) float gap, @ForAll @FloatRange(min = 0.3f, max = 3f) float more,
      @ForAll boolean tooWide, @ForAll @IntRange(min = 6, max = 16) int size) {
    float[] gaps = new float[label.length() - 1];
    for (int i = 0; i < gaps.length; i++) {
      gaps[i] = tooWide ? 3.6f + more : i == 0 ? gap + more : gap;
    }
    if (!tooWide && !List.of("决算数", "预算数", "年初数").contains(label)) {
      // one gap is always even, and two glyphs of a longer label may make a known label of their own (科目 编码):
      // widen every gap beyond the limit instead
      java.util.Arrays.fill(gaps, 3.6f + more);
    }
    List<String> want = new ArrayList<>(List.of("2010101"));
    label.codePoints().mapToObj(Character::toString).forEach(want::add);
    want.add("1,234.56");
    List<String> got = texts(line(label, gaps, size, 200));
    if (gaps[gaps.length - 1] > SpacedLabels.MAX_GAP) { // every gap too wide
      assertThat(got).containsExactlyElementsOf(want);
    } else {
      // unevenly spaced: never the whole label (two of its glyphs evenly apart may make a part of one: 决算 | 数)
      assertThat(got).doesNotContain(label).startsWith("2010101").endsWith("1,234.56");
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> known() {
    return net.jqwik.api.Arbitraries.of(KNOWN);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> levels() {
    return net.jqwik.api.Arbitraries.of("类款项", "类款", "款项", "类项", "项类", "甲乙", "人公");
  }
}
