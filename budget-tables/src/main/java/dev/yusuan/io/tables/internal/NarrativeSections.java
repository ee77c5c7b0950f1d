package dev.yusuan.io.tables.internal;

import dev.yusuan.model.Names;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Narrative pages into {@link Section}s: headings 第X部分 and 一、 (level 1) and (一) (level 2), each
 * followed by its text lines. A PDF line is a visual line; the claim extractor joins sentences broken
 * over lines.
 */
public final class NarrativeSections {
  private NarrativeSections() {}

  private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分.*");
  private static final Pattern L1 = Pattern.compile("^[一二三四五六七八九十]+、.*");
  private static final Pattern L2 = Pattern.compile("^\\([一二三四五六七八九十]+\\).*");
  /** A numbered third-level heading: 1. 机关运行经费 / 2、政府采购情况 / (1) … (only when printed larger). */
  private static final Pattern L3 = Pattern.compile("^(?:[0-9]{1,2}[.、．]|\\([0-9]{1,2}\\))\\D*$");

  /** The text of a line: segments joined, with a space only between non-CJK neighbours. */
  public static String text(TextLine l) {
    StringBuilder b = new StringBuilder();
    for (Segment s : l.segments()) {
      if (b.length() > 0 && !Texts.endsCjk(b) && !Texts.hasCjk(s.text().substring(0, 1))) {
        b.append(' ');
      }
      b.append(s.text());
    }
    return Names.normalize(b.toString());
  }

  public static List<Section> sections(String source, List<TextLine> lines) {
    List<Section> out = new ArrayList<>();
    String heading = null;
    int level = 1;
    TextLine at = null;
    List<String> text = new ArrayList<>();
    float body = bodySize(lines);
    for (TextLine l : lines) {
      String t = text(l);
      int lv = headingLevel(t);
      if (lv == 0 && l.fontSize() > body + 0.5f && L3.matcher(t).matches() && t.length() <= 30
          && !t.contains("万元")) {
        lv = 3; // 1. 机关运行经费。 printed larger than the body: a heading, not a list item
      }
      if (lv > 0) {
        if (heading != null || !text.isEmpty()) {
          out.add(section(source, heading == null ? "" : heading, level, at == null ? l : at, text));
        }
        heading = t;
        level = lv;
        at = l;
        text = new ArrayList<>();
      } else {
        if (at == null) {
          at = l;
        }
        text.add(t);
      }
    }
    if (heading != null || !text.isEmpty()) {
      out.add(section(source, heading == null ? "" : heading, level, at, text));
    }
    return out;
  }

  /** The font size most narrative lines are printed in (0 when there are none). */
  private static float bodySize(List<TextLine> lines) {
    java.util.Map<Float, Integer> count = new java.util.HashMap<>();
    float best = 0;
    int most = 0;
    for (TextLine l : lines) {
      int c = count.merge(l.fontSize(), 1, Integer::sum);
      if (c > most) {
        most = c;
        best = l.fontSize();
      }
    }
    return best;
  }

  private static int headingLevel(String t) {
    if (t.length() > 40 || t.endsWith("。") || t.contains("万元")) {
      return 0;
    }
    if (PART.matcher(t).matches() || L1.matcher(t).matches()) {
      return 1;
    }
    return L2.matcher(t).matches() ? 2 : 0;
  }

  private static Section section(String source, String heading, int level, TextLine at,
      List<String> text) {
    return Section.builder().level(level).heading(heading).text(String.join("\n", text))
        .provenance(Provenance.builder().source(source).line(at.index()).page(at.page())
            .section(heading).build())
        .build();
  }
}
