package dev.yusuan.io.pdf.internal;

import dev.yusuan.io.tables.internal.Segment;
import dev.yusuan.io.tables.internal.Texts;
import dev.yusuan.model.Names;
import dev.yusuan.model.layout.HeaderLexicon;
import dev.yusuan.model.layout.Layouts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 汉字 of one short label spaced out by their positions alone (Word's distributed alignment: 合    计, 项    目
 * drawn one glyph per position, no space glyph, no {@code Tc}), which the line's gaps cut into one segment a
 * glyph. Neighbouring segments of one 汉字 each are joined when the gaps between them are alike (within a
 * quarter em) and between {@link LineBuilder#SEGMENT_GAP} and {@link #MAX_GAP} ems, nothing else stands between them, and the
 * glyphs closed up make a known label: a total (合计, 总计, 小计), a stub or header word ({@link #LABELS}), a
 * header the lexicon knows ({@link HeaderLexicon}: 科目编码, 科目名称, 预算数, 决算数) or a header word of a built-in
 * layout (购置费, 运行费, 公用经费 …) or a part of one (和结余: one line of a wrapped header). Single 汉字 that are cells of their own (类 款 项) make no known label and
 * stay apart.
 */
final class SpacedLabels {
  /** The widest gap between two glyphs of one spaced label, in ems. */
  static final float MAX_GAP = 3.5f;
  private static final float MIN_GAP = LineBuilder.SEGMENT_GAP;
  private static final float ALIKE = 0.25f;
  /** The longest label joined, in glyphs. */
  private static final int LONGEST = 4;

  /** Short stub and header words a producer spaces out. */
  static final Set<String> LABELS = Set.of("合计", "总计", "小计", "项目", "科目", "金额", "行次", "栏次", "名称",
      "编码", "单位", "收入", "支出", "年初数", "年末数", "决算数", "预算数", "本年数", "上年数", "其中", "备注", "类型");

  private SpacedLabels() {}

  /** Every header word the built-in layouts know (as keys), loaded when a spaced label is first looked up. */
  private static final class Vocabulary {
    static final Set<String> WORDS = Layouts.of(Layouts.zhejiang(), Layouts.resource("jiangsu.layouts"),
        Layouts.resource("shanghai.layouts"), Layouts.resource("national-budget.layouts"),
        Layouts.resource("national-final.layouts")).headerVocabulary();
    /**
     * Every run of 2 to {@link #LONGEST} characters of those words: one line of a wrapped header (年末结转 / 和结余)
     * spaced out on its own.
     */
    static final Set<String> PARTS = parts(WORDS);

    private static Set<String> parts(Set<String> words) {
      java.util.HashSet<String> parts = new java.util.HashSet<>();
      for (String w : words) {
        for (int i = 0; i < w.length(); i++) {
          for (int n = 2; n <= LONGEST && i + n <= w.length(); n++) {
            parts.add(w.substring(i, i + n));
          }
        }
      }
      return Set.copyOf(parts);
    }
  }

  /** Whether {@code text} is a label a producer spaces out. */
  static boolean known(String text) {
    String c = HeaderLexicon.canonical(text);
    if (c.equals(HeaderLexicon.CODE) && !text.endsWith("编码")) {
      return false; // the levels 类 款 项 are cells of their own
    }
    return LABELS.contains(text) || Texts.isTotalLabel(text) || c.equals(HeaderLexicon.NAME)
        || c.equals("预算数") || c.equals("决算数") || c.equals(HeaderLexicon.CODE)
        || Vocabulary.WORDS.contains(c) || Vocabulary.PARTS.contains(Names.key(text));
  }

  /** The line's segments with each spaced label joined into one. */
  static List<Segment> join(List<Segment> segs) {
    if (segs.size() < 2) {
      return segs;
    }
    List<Segment> out = null;
    int i = 0;
    while (i < segs.size()) {
      int end = i + 1;
      if (single(segs.get(i))) {
        for (int k = Math.min(segs.size(), i + LONGEST); k >= i + 2; k--) {
          if (spaced(segs, i, k)) {
            end = k;
            break;
          }
        }
      }
      if (end > i + 1) {
        if (out == null) {
          out = new ArrayList<>(segs.subList(0, i));
        }
        StringBuilder text = new StringBuilder();
        for (int k = i; k < end; k++) {
          text.append(segs.get(k).text());
        }
        Segment first = segs.get(i);
        out.add(new Segment(text.toString(), first.x0(), segs.get(end - 1).x1(), first.baseline(),
            first.fontSize()));
      } else if (out != null) {
        out.add(segs.get(i));
      }
      i = end;
    }
    return out == null ? segs : out;
  }

  /** Whether segments {@code from} to {@code to} are one glyph each, evenly spaced, and make a known label. */
  private static boolean spaced(List<Segment> segs, int from, int to) {
    float min = Float.MAX_VALUE;
    float max = -Float.MAX_VALUE;
    StringBuilder text = new StringBuilder();
    text.append(segs.get(from).text());
    for (int k = from + 1; k < to; k++) {
      Segment prev = segs.get(k - 1);
      Segment s = segs.get(k);
      float em = Math.max(prev.fontSize(), s.fontSize());
      float gap = (s.x0() - prev.x1()) / em;
      if (!single(s) || gap < MIN_GAP || gap > MAX_GAP
          || Math.abs(s.baseline() - prev.baseline()) > 0.2f * em) {
        return false;
      }
      min = Math.min(min, gap);
      max = Math.max(max, gap);
      text.append(s.text());
    }
    return max - min <= ALIKE && known(text.toString());
  }

  private static boolean single(Segment s) {
    String t = s.text();
    return t.codePointCount(0, t.length()) == 1 && Texts.hasCjk(t);
  }
}
