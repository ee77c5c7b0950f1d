package dev.yusuan.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Keqiao example as PDF-to-Markdown converters write it (MinerU and others): headings and paragraphs as
 * Markdown lines, each table as HTML — on one line, as those tools write it, or a row per line — with {@code
 * th} or {@code td}, header groups as {@code colspan}, {@code &nbsp;} padding and {@code <span>}s, text before a
 * table on its line; some tables left as tab rows or written as Markdown pipe tables among the HTML ones (each read
 * as a table: until the mixed form was handled a tab table among HTML ones was laid out as paragraphs). Read as a text (the command line takes a {@code .md} file as text), it reads to the facts,
 * diagnostics and claims of the text form, each fact at the line that prints its amount. Until 2026-12-02 such a
 * text read no table: its 275 table amounts were INFO notes and the file passed (exit 0).
 */
class HtmlTablesInTextProperties {
  private static final BudgetDocument TEXT_FORM = HtmlDocumentReaderProperties.TEXT_FORM;

  /** {@code mixed}: some tables left as tab rows or written as Markdown pipe tables, the others HTML. */
  record Style(boolean oneLine, boolean th, boolean colspan, boolean padded, boolean spans, boolean textBefore,
      boolean mixed, long seed) {}

  @Provide
  Arbitrary<Style> styles() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(List.of(b, b, b, b, b, b, b)).as(l -> l).flatMap(l -> Arbitraries.longs()
        .map(seed -> new Style(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5), l.get(6), seed)));
  }

  /** The text form with its tables as HTML; other lines as they are. */
  static String text(Style st) {
    Random r = new Random(st.seed());
    HtmlDocumentReaderProperties.Style html = new HtmlDocumentReaderProperties.Style(false, st.th(), false,
        st.colspan(), false, st.padded(), st.spans(), false, st.seed());
    String[] lines = HtmlDocumentReaderProperties.TEXT.split("\n", -1);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < lines.length) {
      String l = lines[i];
      if (l.indexOf('\t') < 0) {
        out.add(l);
        i++;
        continue;
      }
      List<String[]> rows = new ArrayList<>();
      int j = HtmlDocumentReaderProperties.tableRows(lines, i, rows);
      int form = st.mixed() ? r.nextInt(3) : 0;
      if (form == 1) { // as it was: tab rows
        for (int k = i; k < j; k++) {
          out.add(lines[k]);
        }
        i = j;
        continue;
      }
      if (form == 2) { // a Markdown pipe table, its delimiter row under the first row
        for (int k = 0; k < rows.size(); k++) {
          out.add("| " + String.join(" | ", rows.get(k)) + " |");
          if (k == 0) {
            out.add("|---".repeat(rows.get(k).length) + "|");
          }
        }
        i = j;
        continue;
      }
      List<String> table = new ArrayList<>();
      HtmlDocumentReaderProperties.table(table, rows, html, r);
      if (st.oneLine()) {
        table = List.of(String.join("", table));
      }
      if (st.textBefore() && !out.isEmpty() && !out.get(out.size() - 1).isBlank()
          && !out.get(out.size() - 1).startsWith("#")) {
        // the line before the table (its unit, its department) with the table's markup after it
        out.set(out.size() - 1, out.get(out.size() - 1) + table.get(0));
        table = table.subList(1, table.size());
      }
      out.addAll(table);
      i = j;
    }
    return String.join("\n", out);
  }

  @Property(tries = 40)
  void htmlTablesInATextReadToTheTextForm(@ForAll("styles") Style st) {
    String text = text(st);
    BudgetDocument d = new TextReader().read(text, "keqiao.md");
    assertThat(key(d.facts())).as(st.toString()).isEqualTo(key(TEXT_FORM.facts()));
    assertThat(d.diagnostics().stream().map(g -> g.severity() + " " + g.code()).sorted().toList()).as(st.toString())
        .isEqualTo(TEXT_FORM.diagnostics().stream().map(g -> g.severity() + " " + g.code()).sorted().toList());
    List<String> claims = claims(d);
    List<String> want = claims(TEXT_FORM);
    assertThat(claims.stream().filter(c -> !want.contains(c)).toList()).as(st + ": claims not in the text form")
        .isEmpty();
    assertThat(want.stream().filter(c -> !claims.contains(c)).toList()).as(st + ": claims of the text form missing")
        .isEmpty();
    assertThat(claims).as(st + ": claims, each as often as in the text form").hasSameSizeAs(want);
    String[] lines = text.split("\n", -1);
    assertThat(d.facts()).allSatisfy(f -> assertThat(lines[f.provenance().line().getAsInt() - 1])
        .contains(f.amount().value().abs().toPlainString()));
  }

  /** Claims by what they say, at a line (the line itself is checked for facts below). */
  private static List<String> claims(BudgetDocument d) {
    return d.claims().stream().map(Claim::toString).map(s -> s.replaceAll("line=\\d+", "line"))
        .map(s -> s.replaceAll("source=[^,}\\]]*", "source"))
        // a span is within its laid-out line: the markup reader, like the HTML reader, locates a claim by line
        .map(s -> s.replaceAll(", spanStart=\\d+, spanEnd=\\d+", "")).sorted().toList();
  }

  private static List<String> key(List<Fact> facts) {
    return facts.stream().map(f -> f.concept() + " " + f.coordinates() + " " + f.amount() + " "
        + f.provenance().tableId().orElse("") + " " + f.provenance().rowLabel().orElse("")).sorted().toList();
  }
}
