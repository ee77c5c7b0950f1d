package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Keqiao example with its tables written as Markdown pipe tables, in the many ways people and
 * converters write them (outer pipes or not, a delimiter row or not, spaces around cells, full-width
 * pipes), reads to the same facts, at the same lines, with the same diagnostics as the tab form.
 */
class PipeTablesProperties {
  private static final List<String> LINES = Arrays.asList(Keqiao.TEXT.split("\n", -1));
  private static final BudgetDocument TABBED = Keqiao.read();

  record Style(boolean outer, boolean delimiterRow, long seed, boolean fullWidth) {}

  @Provide
  Arbitrary<Style> styles() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.longs(),
        Arbitraries.of(true, false).injectDuplicates(0.2))
        // without outer pipes a table needs its delimiter row to be one (as in GitHub's Markdown)
        .as((o, d, s, f) -> new Style(o, d || !o, s, f));
  }

  /** The text with each run of tab lines as a pipe table; the delimiter row takes a blank line's place. */
  static String piped(Style st) {
    Random r = new Random(st.seed());
    String bar = st.fullWidth() ? "｜" : "|";
    List<String> out = new ArrayList<>();
    boolean inTable = false;
    int sinceStart = 0;
    for (String l : LINES) {
      if (l.indexOf('\t') < 0) {
        inTable &= l.isBlank();
        out.add(l);
        continue;
      }
      if (!inTable) {
        inTable = true;
        sinceStart = 0;
      }
      String[] cells = l.split("\t", -1);
      // an empty first or last cell needs the outer pipes (Markdown reads a leading pipe as outer)
      boolean outer = st.outer() || cells[0].isBlank() || cells[cells.length - 1].isBlank();
      StringBuilder b = new StringBuilder(outer ? bar + " ".repeat(r.nextInt(3)) : "");
      for (int c = 0; c < cells.length; c++) {
        if (c > 0) {
          b.append(" ".repeat(r.nextInt(3))).append(bar).append(" ".repeat(r.nextInt(3)));
        }
        b.append(cells[c]);
      }
      if (outer) {
        b.append(" ".repeat(r.nextInt(3))).append(bar);
      }
      out.add(b.toString());
      sinceStart++;
      if (st.delimiterRow() && sinceStart == 1) {
        // right after the first row, as Markdown has it (a blank line where the tab form had none
        // is allowed between the rows of a table)
        out.add((st.outer() ? bar : "") + "---" + (bar + ":---:").repeat(Math.max(1, cells.length - 1))
            + (st.outer() ? bar : ""));
      }
    }
    return String.join("\n", out);
  }

  @Property(tries = 40)
  void pipeTablesReadToTheFactsOfTheTabForm(@ForAll("styles") Style st) {
    BudgetDocument d = new TextReader().read(piped(st), Keqiao.SOURCE);
    assertThat(key(d.facts())).isEqualTo(key(TABBED.facts()));
    assertThat(d.diagnostics().stream().map(g -> g.severity() + " " + g.code()).sorted().toList())
        .isEqualTo(TABBED.diagnostics().stream().map(g -> g.severity() + " " + g.code()).sorted().toList());
  }

  /** Each fact by what it says: concept, coordinates, amount as printed, table and row label. */
  private static List<String> key(List<Fact> facts) {
    return facts.stream().map(f -> f.concept() + " " + f.coordinates() + " " + f.amount() + " "
        + f.provenance().tableId().orElse("") + " " + f.provenance().rowLabel().orElse("")).sorted().toList();
  }
}
