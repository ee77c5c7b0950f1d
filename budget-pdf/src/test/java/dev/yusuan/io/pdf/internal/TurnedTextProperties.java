package dev.yusuan.io.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.tables.internal.Segment;
import dev.yusuan.io.tables.internal.TextLine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link TurnedText} through {@link LineBuilder}: a line of upright cells (a code, an amount) with two header
 * cells between them whose text is drawn turned 90° (each read bottom-to-top or top-to-bottom, centred where the
 * upright text would be), the glyphs given in any order: the line reads code, first heading, second heading,
 * amount, each heading whole and in reading order.
 */
class TurnedTextProperties {
  static final float PAGE_HEIGHT = 595;

  record Page(List<Glyph> glyphs, List<Integer> dirs, List<float[]> origins) {
    void add(Glyph g, int dir, float rawX, float rawY) {
      glyphs.add(g);
      dirs.add(dir);
      origins.add(new float[] {rawX, rawY});
    }
  }

  static void upright(Page p, String text, float x, float baseline, float size) {
    for (char c : text.toCharArray()) {
      p.add(new Glyph(String.valueOf(c), x, x + 0.5f * size, baseline, size, size, 1, 0f, 0f), 0, x,
          PAGE_HEIGHT - baseline);
      x += 0.5f * size;
    }
  }

  /** {@code text} turned about the centre (cx, cy from the top), each glyph {@code size} along the baseline. */
  static void turned(Page p, String text, float cx, float cy, float size, boolean upwards) {
    float length = text.length() * size;
    for (int k = 0; k < text.length(); k++) {
      // its own frame's position is PDFBox's business: only its advance matters
      Glyph g = new Glyph(String.valueOf(text.charAt(k)), 100 + k * size, 100 + (k + 1) * size, 50, size, size,
          2, 0f, 0f);
      if (upwards) {
        float y = cy + length / 2 - k * size;
        p.add(g, 90, cx + 0.38f * size, PAGE_HEIGHT - y);
      } else {
        float y = cy - length / 2 + k * size;
        p.add(g, 270, cx - 0.38f * size, PAGE_HEIGHT - y);
      }
    }
  }

  @Property(tries = 300)
  void turnedHeadingsAreTheTextOfTheirCells(@ForAll @From("headings") String first,
      @ForAll @From("headings") String second, @ForAll boolean up1, @ForAll boolean up2,
      @ForAll @IntRange(min = 6, max = 14) int size, @ForAll @IntRange(min = 100, max = 500) int baseline,
      @ForAll long seed) {
    Page p = new Page(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    float cx1 = 30 + 10 * size;
    float cx2 = cx1 + 4 * size;
    upright(p, "2010101", 30, baseline, size);
    turned(p, first, cx1, baseline - 0.38f * size, size, up1);
    turned(p, second, cx2, baseline - 0.38f * size, size, up2);
    upright(p, "1,234.56", cx2 + 4 * size, baseline, size);
    // any content order
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < p.glyphs().size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    Page shuffled = new Page(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (int i : order) {
      shuffled.glyphs().add(p.glyphs().get(i));
      shuffled.dirs().add(p.dirs().get(i));
      shuffled.origins().add(p.origins().get(i));
    }
    List<Glyph> glyphs = TurnedText.upright(shuffled.glyphs(), dirs(shuffled.dirs()), origins(shuffled.origins()));
    List<TextLine> lines = LineBuilder.lines(glyphs, 1, 0);
    assertThat(lines).hasSize(1);
    assertThat(lines.get(0).segments()).extracting(Segment::text)
        .containsExactly("2010101", first, second, "1,234.56");
    Segment heading = lines.get(0).segments().get(1);
    assertThat((heading.x0() + heading.x1()) / 2).isCloseTo(cx1, org.assertj.core.data.Offset.offset(0.1f * size));
  }

  /** A figure drawn turned between upright cells is set aside (not placed), the line keeps its upright cells. */
  @Property(tries = 100)
  void aTurnedFigureIsSetAside(@ForAll @From("figures") String figure, @ForAll boolean upwards,
      @ForAll @IntRange(min = 6, max = 14) int size) {
    Page p = new Page(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    float cx = 30 + 10 * size;
    upright(p, "2010101", 30, 300, size);
    turned(p, figure, cx, 300 - 0.38f * size, size, upwards);
    upright(p, "合计", cx + 8 * size, 300, size);
    List<String> figures = new ArrayList<>();
    List<Glyph> glyphs = TurnedText.upright(p.glyphs(), dirs(p.dirs()), origins(p.origins()), figures);
    assertThat(figures).containsExactly(figure);
    assertThat(LineBuilder.lines(glyphs, 1, 0).get(0).segments()).extracting(Segment::text)
        .containsExactly("2010101", "合计");
  }

  @Provide
  Arbitrary<String> figures() {
    return Arbitraries.of("1,234.56", "78.90", "2024", "3");
  }

  /** A page drawn in one direction only (any of the four) is returned as it is. */
  @Property(tries = 50)
  void aPageInOneDirectionIsUnchanged(@ForAll @IntRange(min = 0, max = 3) int quarter,
      @ForAll @IntRange(min = 6, max = 14) int size) {
    Page p = new Page(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    upright(p, "2010101", 30, 200, size);
    upright(p, "合计", 30, 230, size);
    List<Integer> dirs = new ArrayList<>(Collections.nCopies(p.glyphs().size(), 90 * quarter));
    assertThat(TurnedText.upright(p.glyphs(), dirs(dirs), origins(p.origins()))).isSameAs(p.glyphs());
  }

  static int[] dirs(List<Integer> dirs) {
    return dirs.stream().mapToInt(Integer::intValue).toArray();
  }

  static float[] origins(List<float[]> origins) {
    float[] out = new float[2 * origins.size()];
    for (int i = 0; i < origins.size(); i++) {
      out[2 * i] = origins.get(i)[0];
      out[2 * i + 1] = origins.get(i)[1];
    }
    return out;
  }

  @Provide
  Arbitrary<String> headings() {
    return Arbitraries.of("人员经费", "公用经费", "行次", "合计", "公务接待费", "项目支出", "小计");
  }
}
