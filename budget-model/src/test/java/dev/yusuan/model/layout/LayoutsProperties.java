package dev.yusuan.model.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Layouts#recognise} keys the title and makes the header cells canonical once per table, not
 * once per layout tried: it must choose the layout that scoring each layout on its own chose.
 */
class LayoutsProperties {
  private static final List<String> FILES = List.of("zhejiang.layouts", "jiangsu.layouts",
      "shanghai.layouts", "national-budget.layouts", "national-final.layouts");

  /** The words layouts look for, with some that no layout knows, printed as documents print them. */
  private static List<String> words() {
    List<String> w = new ArrayList<>(List.of("2024年", "部门", "单位", "表", "明细", "会议费", " ", "（",
        "）", "万元", "合 计", "ａ"));
    for (String f : FILES) {
      for (Layout l : Layouts.resource(f).all()) {
        w.addAll(l.titleKeywords());
        w.addAll(l.titleExcludes());
        w.addAll(l.headerKeywords());
        w.addAll(l.requiredHeaders());
      }
    }
    return w;
  }

  @Provide
  Arbitrary<String> titles() {
    return Arbitraries.of(words()).list().ofMaxSize(6).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<List<List<String>>> headers() {
    return Arbitraries.of(words()).list().ofMaxSize(8).list().ofMaxSize(3);
  }

  /** The score as it was computed for each layout on its own (title keyed, header made canonical). */
  private static int scoreAlone(Layout l, String title, List<List<String>> headerRows) {
    String t = Names.key(title);
    int score = 0;
    for (String k : l.titleKeywords()) {
      if (!t.contains(k)) {
        return -1;
      }
      score += 10 * k.length();
    }
    for (String k : l.titleExcludes()) {
      if (t.contains(k)) {
        return -1;
      }
    }
    java.util.Set<String> cells = new java.util.HashSet<>();
    for (List<String> row : headerRows) {
      for (String c : row) {
        cells.add(HeaderLexicon.canonical(c));
      }
    }
    for (String k : l.requiredHeaders()) {
      if (!cells.contains(HeaderLexicon.canonical(k))) {
        return -1;
      }
      score += 5;
    }
    for (String k : l.headerKeywords()) {
      if (cells.contains(HeaderLexicon.canonical(k))) {
        score += 1;
      }
    }
    return score;
  }

  @Property(tries = 300)
  void recogniseChoosesWhatScoringEachLayoutAloneChose(@ForAll("titles") String title,
      @ForAll("headers") List<List<String>> header) {
    for (String f : FILES) {
      Layouts ls = Layouts.resource(f);
      Layout best = null;
      int bestScore = -1;
      for (Layout l : ls.all()) {
        int s = scoreAlone(l, title, header);
        assertThat(l.score(title, header)).isEqualTo(s);
        if (s > bestScore) {
          best = l;
          bestScore = s;
        }
      }
      assertThat(ls.recognise(title, header)).isEqualTo(Optional.ofNullable(best));
    }
  }

  /** A row label's key is made for any text a cell can hold: qualifiers, numbering, brackets alone. */
  @Property(tries = 1000)
  void aLabelKeyIsMadeForAnyLabel(@ForAll("labels") String label) {
    String k = RowRule.labelKey(label);
    assertThat(k.length()).isLessThanOrEqualTo(Names.key(label).length());
  }

  @Provide
  Arbitrary<String> labels() {
    return Arbitraries.of("（", "）", "(", ")", "含", "专用结余", "一、", "七", "1.", "(一)", "十", "、", " ", "结余",
        "使用非财政拨款", "\u3000").list().ofMaxSize(6).map(l -> String.join("", l));
  }
}
