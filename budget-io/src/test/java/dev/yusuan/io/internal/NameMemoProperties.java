package dev.yusuan.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Names;
import dev.yusuan.model.layout.RowRule;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The memo of a read gives, for every text and whatever was asked before (the same text, an equal text
 * made apart, its normalised form, the empty text), what {@link Names#normalize}, {@link Names#key} and
 * {@link RowRule#labelKey} give.
 */
class NameMemoProperties {

  @Property(tries = 1000)
  void theMemoGivesWhatNamesGives(@ForAll("cellLists") List<String> cells) {
    NameMemo memo = new NameMemo();
    for (String c : cells) {
      // asked as the readers ask: the printed cell, an equal copy of it, then its normalised form
      String copy = new String(c.toCharArray());
      assertThat(memo.normalize(c)).as("normalize %s", c).isEqualTo(Names.normalize(c));
      assertThat(memo.key(copy)).as("key %s", c).isEqualTo(Names.key(c));
      String n = memo.normalize(copy);
      assertThat(n).isEqualTo(Names.normalize(c));
      assertThat(outcome(() -> memo.labelKey(n))).as("labelKey %s", n).isEqualTo(outcome(() -> RowRule.labelKey(n)));
      assertThat(outcome(() -> memo.labelKey(c))).as("labelKey %s", c).isEqualTo(outcome(() -> RowRule.labelKey(c)));
      assertThat(memo.key(n)).as("key %s", n).isEqualTo(Names.key(n));
    }
  }

  /**
   * The result, or the class of what was thrown: {@code RowRule.labelKey} throws on a label that is
   * only a bracket of what a figure includes, e.g. {@code (含专用结余)} (its key is empty once the
   * bracket is removed, and its first character is then read); the memo must do no more and no less.
   */
  private static String outcome(java.util.function.Supplier<String> f) {
    try {
      return "= " + f.get();
    } catch (RuntimeException e) {
      return "! " + e.getClass().getName();
    }
  }

  @Provide
  Arbitrary<List<String>> cellLists() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("", " ", "\u3000", "\t", "一般公共服务支出", "绍兴市柯桥区人大", "合计", "一、", "(一)", "1.",
            "（二）", "财 政 拨 款", "(含专用结余)", "（含专用结余）", "２０１", "２０１０１", "\u201C三公\u201D", "\u2ED4",
            "\u2F00", "\u3220", "\uFF76", "e\u0301", "≥", "90%", "**", "-", "\u2014", "\u00A0", "1,234.56"),
        Arbitraries.strings().withChars("财政拨款 \u3000（）()一、1.含ａ").ofMaxLength(6));
    Arbitrary<String> cell = pieces.list().ofMaxSize(4).map(l -> String.join("", l));
    // repeated cells, as the same label or unit name stands on many rows
    return cell.list().ofMaxSize(12).flatMap(l -> Arbitraries.integers().between(0, 3).map(r -> {
      List<String> out = new ArrayList<>(l);
      for (int i = 0; i < r && !l.isEmpty(); i++) {
        out.addAll(l);
      }
      return out;
    }));
  }
}
