package dev.yusuan.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
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
 * The Keqiao example published as a web page, in the ways government sites write one (a layout table
 * around the page, {@code th} or {@code td}, {@code thead}, header groups as {@code colspan}, the unit
 * as a merged row of the table, cells padded with {@code &nbsp;} and line breaks, amounts inside
 * {@code <span>}, GBK with a {@code <meta charset>}), reads to the facts of the text form, each located
 * at the line of the page that prints it.
 */
class HtmlDocumentReaderProperties {
  static final String TEXT = load();
  static final BudgetDocument TEXT_FORM = new TextReader().read(TEXT, "keqiao.txt");

  static String load() {
    try (InputStream in = TextReader.class.getResourceAsStream("/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  record Style(boolean layoutTable, boolean th, boolean thead, boolean colspan, boolean unitRow, boolean padded,
      boolean spans, boolean gbk, long seed) {}

  @Provide
  Arbitrary<Style> styles() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(List.of(b, b, b, b, b, b, b, b)).as(l -> l).flatMap(l ->
        Arbitraries.longs().map(seed -> new Style(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4), l.get(5),
            l.get(6), l.get(7), seed)));
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** The page: one HTML line per heading, paragraph and table row. */
  static String page(Style st) {
    return page(TEXT, st);
  }

  /** The page of {@code text} (a structured text in the Keqiao form). */
  static String page(String text, Style st) {
    Random r = new Random(st.seed());
    String[] lines = text.split("\n", -1);
    List<String> out = new ArrayList<>();
    out.add("<!DOCTYPE html>");
    out.add("<html><head><meta charset=\"" + (st.gbk() ? "gbk" : "utf-8") + "\"><title>部门预算</title>");
    out.add("<style>td { border: 1px solid }</style><script>var x = '<p>1,234.56</p>';</script></head><body>");
    if (st.layoutTable()) {
      out.add("<table width=\"100%\"><tr><td class=\"main\">");
    }
    int i = 0;
    while (i < lines.length) {
      String l = lines[i];
      if (l.indexOf('\t') >= 0) {
        // a table: its tab lines, blank lines between them allowed
        List<String[]> rows = new ArrayList<>();
        int j = tableRows(lines, i, rows);
        table(out, rows, st, r);
        i = j;
        continue;
      }
      if (l.isBlank()) {
        if (r.nextInt(3) == 0) {
          out.add("");
        }
      } else if (l.startsWith("#")) {
        int n = 0;
        while (n < l.length() && l.charAt(n) == '#') {
          n++;
        }
        out.add("<h" + n + ">" + esc(l.substring(n).strip()) + "</h" + n + ">");
      } else if (st.unitRow() && l.strip().startsWith("单位") && nextIsTable(lines, i)) {
        // moved into the table below as its first, merged row
        out.add("<!-- unit in the table -->");
      } else {
        out.add((r.nextBoolean() ? "<p>" : "<div>") + esc(l) + (r.nextBoolean() ? "</p>" : ""));
      }
      i++;
    }
    if (st.layoutTable()) {
      out.add("</td></tr></table>");
    }
    out.add("</body></html>");
    return String.join("\n", out);
  }

  /**
   * The cells of the tab lines from line {@code i} on (blank lines between them allowed), added to {@code rows};
   * returns the index of the first line after the table.
   */
  static int tableRows(String[] lines, int i, List<String[]> rows) {
    int j = i;
    while (j < lines.length && (lines[j].indexOf('\t') >= 0 || lines[j].isBlank())) {
      if (!lines[j].isBlank()) {
        rows.add(lines[j].split("\t", -1));
      }
      j++;
    }
    return j;
  }

  static boolean nextIsTable(String[] lines, int i) {
    int k = i + 1;
    while (k < lines.length && lines[k].isBlank()) {
      k++;
    }
    return k < lines.length && lines[k].indexOf('\t') >= 0;
  }

  static void table(List<String> out, List<String[]> rows, Style st, Random r) {
    int width = 0;
    for (String[] row : rows) {
      width = Math.max(width, row.length);
    }
    out.add("<table border=\"1\" cellspacing=\"0\">");
    if (st.unitRow()) {
      out.add("<tr><td colspan=\"" + width + "\" align=\"right\">单位：万元</td></tr>");
    }
    int header = 0;
    while (header < rows.size() && header < 3 && !hasNumber(rows.get(header))) {
      header++;
    }
    for (int k = 0; k < rows.size(); k++) {
      if (st.thead() && k == 0 && header > 0) {
        out.add("<thead>");
      }
      if (st.thead() && k == header && header > 0) {
        out.add("</thead><tbody>");
      }
      String[] row = rows.get(k);
      String tag = k < header && st.th() ? "th" : "td";
      StringBuilder b = new StringBuilder("<tr>");
      for (int c = 0; c < row.length; c++) {
        int span = 1;
        if (st.colspan() && k < header && !row[c].isEmpty()) {
          while (c + span < row.length && row[c + span].isEmpty()) {
            span++;
          }
        }
        String cell = esc(row[c]);
        if (st.padded() && r.nextInt(3) == 0) {
          cell = "&nbsp;" + cell + "\n    &nbsp;";
          cell = cell.replace("\n", " "); // one source line per row
        }
        if (st.spans() && !cell.isEmpty() && r.nextBoolean()) {
          cell = "<span style=\"font-size:12px\">" + cell + "</span>";
        }
        b.append('<').append(tag).append(span > 1 ? " colspan=\"" + span + "\"" : "").append('>').append(cell)
            .append("</").append(tag).append('>');
        c += span - 1;
      }
      out.add(b.append("</tr>").toString());
    }
    if (st.thead() && header > 0) {
      out.add("</tbody>");
    }
    out.add("</table>");
  }

  static boolean hasNumber(String[] row) {
    for (String c : row) {
      if (c.matches("-?[\\d,]+(\\.\\d+)?")) {
        return true;
      }
    }
    return false;
  }

  static BudgetDocument read(String page, Style st) throws IOException {
    Charset cs = st.gbk() ? Charset.forName("GBK") : StandardCharsets.UTF_8;
    return new HtmlDocumentReader().read(new ByteArrayInputStream(page.getBytes(cs)), "keqiao.html");
  }

  @Property(tries = 60)
  void aPageReadsToTheFactsOfTheTextForm(@ForAll("styles") Style st) throws IOException {
    String page = page(st);
    BudgetDocument d = read(page, st);
    assertThat(key(d.facts())).isEqualTo(key(TEXT_FORM.facts()));
    assertThat(d.year()).isEqualTo(TEXT_FORM.year());
    assertThat(d.department().name()).isEqualTo(TEXT_FORM.department().name());
    assertThat(d.diagnostics().stream().map(g -> g.severity() + " " + g.code()).sorted().toList())
        .isEqualTo(TEXT_FORM.diagnostics().stream().map(g -> g.severity() + " " + g.code()).sorted().toList());
  }

  @Property(tries = 30)
  void eachFactIsLocatedAtThePageLineThatPrintsIt(@ForAll("styles") Style st) throws IOException {
    String page = page(st);
    String[] lines = page.split("\n", -1);
    BudgetDocument d = read(page, st);
    assertThat(d.facts()).isNotEmpty().allSatisfy(f -> {
      int line = f.provenance().line().getAsInt();
      assertThat(lines[line - 1]).contains(f.amount().value().abs().toPlainString());
    });
  }

  private static List<String> key(List<Fact> facts) {
    return facts.stream().map(f -> f.concept() + " " + f.coordinates() + " " + f.amount() + " "
        + f.provenance().tableId().orElse("") + " " + f.provenance().rowLabel().orElse("")).sorted().toList();
  }
}
