package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The lines between a table's caption and its rows are printed in many ways: the unit as
 * {@code 单位：万元}, {@code 金额单位：万元}, {@code （单位：万元）}, after the department it is for
 * ({@code 部门名称：某某  单位：万元}); the department as {@code 编制单位：…} or {@code 部门名称：…}. With
 * any of them in place of the Keqiao example's lines, the tables read to the same facts and
 * diagnostics.
 */
class TableHeadLinesProperties {
  private static final String[] LINES = Keqiao.TEXT.split("\n", -1);

  static final String[] UNITS = {"单位：万元", "金额单位：万元", "（单位：万元）", "单位:万元", "单位： 万元"};
  static final String[] OWNERS = {"部门名称：区人大办", "编制单位：绍兴市柯桥区人民代表大会常务委员会办公室",
      "编制部门：区人大办", "单位名称：区人大办"};

  static String varied(long seed) {
    Random r = new Random(seed);
    List<String> out = new ArrayList<>();
    boolean firstDept = true;
    for (String l : LINES) {
      String s = l.strip();
      if (s.equals("102-区人大办")) {
        if (firstDept) {
          firstDept = false; // the document's department code stays where it is
          out.add(l);
        } else {
          out.add(r.nextBoolean() ? OWNERS[r.nextInt(OWNERS.length)] : "");
        }
      } else if (s.equals("单位：万元")) {
        int k = r.nextInt(UNITS.length + 1);
        out.add(k < UNITS.length ? UNITS[k] : OWNERS[r.nextInt(OWNERS.length)] + "\u3000\u3000\u3000单位：万元");
      } else {
        out.add(l);
      }
    }
    return String.join("\n", out);
  }

  @Property(tries = 40)
  void tablesReadTheSameWhateverTheirHeadLines(@ForAll long seed) {
    BudgetDocument d = new TextReader().read(varied(seed), Keqiao.SOURCE);
    BudgetDocument k = Keqiao.read();
    assertThat(key(d.facts())).isEqualTo(key(k.facts()));
    assertThat(d.diagnostics().stream().map(g -> g.severity() + " " + g.code()).sorted().toList())
        .isEqualTo(k.diagnostics().stream().map(g -> g.severity() + " " + g.code()).sorted().toList());
    assertThat(d.tables()).extracting(t -> t.title()).isEqualTo(k.tables().stream().map(t -> t.title()).toList());
  }

  private static List<String> key(List<Fact> facts) {
    return facts.stream().map(f -> f.concept() + " " + f.coordinates() + " " + f.amount() + " "
        + f.provenance().tableId().orElse("") + " " + f.provenance().rowLabel().orElse("")).sorted().toList();
  }
}
