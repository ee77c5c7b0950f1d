package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Tables of structured text with columns that hold nothing: a spreadsheet's merged cells copied as text leave an
 * empty cell after each merged one, and a tool may double every tab. A column blank in every row of its table is
 * dropped before the table is read ({@code TextParser.withoutEmptyColumns}), so such a text reads as the text
 * without them: the same tables' cells, facts, claims and targets. Before 2026-12-02 the Keqiao example with
 * every tab doubled lost its 收入预算总表 and gave three ERRORs the document does not deserve (its project table's
 * levels read as one another's children: 合计 675.00 against 1,350.00).
 */
class EmptyColumnsProperties {
  /**
   * The text with empty columns put into every tab-separated line at the same places: before cell {@code k} for
   * each k drawn (a line with fewer cells gets those that fall within it), and at most once per place.
   */
  static String withEmptyColumns(String text, long seed, int places, boolean everyTab) {
    Random r = new Random(seed);
    int[] at = new int[places];
    for (int i = 0; i < places; i++) {
      at[i] = 1 + r.nextInt(12);
    }
    StringBuilder b = new StringBuilder(text.length() * 2);
    for (String line : text.split("\n", -1)) {
      if (line.indexOf('\t') < 0) {
        b.append(line).append('\n');
        continue;
      }
      String[] cells = line.split("\t", -1);
      List<String> out = new ArrayList<>();
      for (int c = 0; c < cells.length; c++) {
        if (everyTab && c > 0) {
          out.add("");
        } else {
          for (int a : at) {
            if (a == c) {
              out.add("");
              break;
            }
          }
        }
        out.add(cells[c]);
      }
      b.append(String.join("\t", out)).append('\n');
    }
    return b.substring(0, b.length() - 1);
  }

  static void assertSameReading(BudgetDocument a, BudgetDocument b) {
    assertThat(b.tables().stream().map(t -> t.id() + " " + t.title() + " " + t.kind() + " "
        + t.rows().stream().map(r -> r.cells().stream().filter(c -> !c.isBlank()).toList()).toList()).toList())
        .containsExactlyElementsOf(a.tables().stream().map(t -> t.id() + " " + t.title() + " " + t.kind() + " "
            + t.rows().stream().map(r -> r.cells().stream().filter(c -> !c.isBlank()).toList()).toList()).toList());
    assertThat(RoundTrip.facts(b)).containsExactlyElementsOf(RoundTrip.facts(a));
    assertThat(RoundTrip.claims(b)).containsExactlyElementsOf(RoundTrip.claims(a));
    assertThat(RoundTrip.targets(b)).containsExactlyElementsOf(RoundTrip.targets(a));
    assertThat(b.diagnostics().stream().map(d -> d.code() + " " + d.severity()).toList())
        .containsExactlyElementsOf(a.diagnostics().stream().map(d -> d.code() + " " + d.severity()).toList());
  }

  /** Every tab doubled: the findings of the example, no more (three ERRORs more and a table lost before). */
  @Example
  void theExampleWithEveryTabDoubledFindsWhatTheExampleFinds() {
    BudgetDocument a = new TextReader().read(Keqiao.TEXT, Keqiao.SOURCE);
    BudgetDocument b = new TextReader().read(Keqiao.TEXT.replace("\t", "\t\t"), Keqiao.SOURCE);
    assertThat(b.tables()).hasSameSizeAs(a.tables());
    assertThat(findings(b)).containsExactlyElementsOf(findings(a));
  }

  static List<String> findings(BudgetDocument d) {
    return Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
        .map(f -> f.severity() + " " + f.ruleId() + ": " + f.messageEn()).toList();
  }

  @Property(tries = 40)
  void theExampleWithEmptyColumnsReadsAsTheExample(@ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int places,
      @ForAll boolean everyTab) {
    BudgetDocument a = new TextReader().read(Keqiao.TEXT, Keqiao.SOURCE);
    BudgetDocument b = new TextReader().read(withEmptyColumns(Keqiao.TEXT, seed, places, everyTab), Keqiao.SOURCE);
    assertSameReading(a, b);
  }

  @Property(tries = 60)
  void aGeneratedTextWithEmptyColumnsReadsAsTheText(@ForAll long doc, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int places, @ForAll boolean everyTab) {
    String text = TextReaderProperties.generate(doc);
    BudgetDocument a = new TextReader().read(text, "gen.txt");
    BudgetDocument b = new TextReader().read(withEmptyColumns(text, seed, places, everyTab), "gen.txt");
    assertSameReading(a, b);
  }
}
