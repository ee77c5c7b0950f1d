package dev.yusuan.io.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import dev.yusuan.rules.Finding;
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
 * The Keqiao example with its tables written as Markdown pipe tables the way converters and formatters write
 * them, read with the space-aligned reader on the class path (as the command line reads): cells padded with
 * spaces to line the pipes up by display width (what Markdown formatters do), or loosely; outer pipes or not;
 * a delimiter row or not; full-width pipes. A padded pipe row with an empty cell has a run of spaces before a
 * figure, which made the text look aligned with spaces: before 2026-12-02 such a text went to the space-aligned
 * reader and 275 of its amounts were not read (exit 3). Grid tables ({@code +----+} borders: pandoc, psql, Python's
 * tabulate) and box-drawing tables ({@code │ a │}, {@code ├──┼──┤}) likewise: until 2026-12-02 their border lines
 * ended the table at every row and 460 amounts were not read. Contract: the same facts (concept, coordinates, amount,
 * table, row), diagnostics and findings as the tab form; and one total changed is a finding
 * the tab form with the same change has too.
 */
class MarkdownTablesProperties {
  private static final List<String> LINES = List.of(ShiftedRowsProperties.KEQIAO.split("\n", -1));

  /**
   * Markdown pipe tables; grid tables with {@code +----+} borders (pandoc, Emacs, psql, Python's tabulate:
   * {@code +====+} under the header, a border between rows or not); box-drawing tables ({@code │ a │},
   * {@code ├──┼──┤}).
   */
  enum Kind { MARKDOWN, GRID, BOX }

  /** How the pipe tables are written. */
  record Style(Kind kind, boolean outer, boolean delimiterRow, boolean padded, boolean fullWidth, boolean rowRules,
      long seed) {}

  @Provide
  Arbitrary<Style> styles() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(Arbitraries.of(Kind.class), b, b, b, b.injectDuplicates(0.2), b, Arbitraries.longs())
        // without outer pipes a table needs its delimiter row to be one (as in GitHub's Markdown); grid and box
        // tables have outer rules and pipes
        .as((k, o, d, p, f, rr, s) -> k == Kind.MARKDOWN ? new Style(k, o, d || !o, p, f, false, s)
            : new Style(k, true, true, true, false, rr, s));
  }

  /** Runs of tab lines (a blank line inside a table does not end it, as in the tab form). */
  private static List<int[]> tables(List<String> lines) {
    List<int[]> runs = new ArrayList<>();
    int start = -1;
    int last = -1;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.indexOf('\t') >= 0) {
        if (start < 0) {
          start = i;
        }
        last = i;
      } else if (!l.isBlank() && start >= 0) {
        runs.add(new int[] {start, last});
        start = -1;
      }
    }
    if (start >= 0) {
      runs.add(new int[] {start, last});
    }
    return runs;
  }

  /** The text with each table as a pipe table; the delimiter row is added after a table's first row. */
  static String piped(List<String> lines, Style st) {
    Random r = new Random(st.seed());
    String bar = st.kind() == Kind.BOX ? "│" : st.fullWidth() ? "｜" : "|";
    List<String> out = new ArrayList<>(lines);
    List<int[]> runs = tables(lines);
    for (int[] run : runs) {
      int[] widths = new int[64];
      for (int i = run[0]; i <= run[1]; i++) {
        String[] cells = lines.get(i).split("\t", -1);
        for (int c = 0; c < cells.length && c < widths.length; c++) {
          widths[c] = Math.max(widths[c], ShiftedRowsProperties.width(cells[c]));
        }
      }
      int columns = 0;
      for (int i = run[0]; i <= run[1]; i++) {
        String l = lines.get(i);
        if (l.indexOf('\t') < 0) {
          continue;
        }
        String[] cells = l.split("\t", -1);
        columns = Math.max(columns, cells.length);
        // an empty first or last cell needs the outer pipes (Markdown reads a leading pipe as outer)
        boolean outer = st.outer() || cells[0].isBlank() || cells[cells.length - 1].isBlank();
        StringBuilder b = new StringBuilder(outer ? bar + " " : "");
        for (int c = 0; c < cells.length; c++) {
          if (c > 0) {
            b.append(st.padded() ? " " : " ".repeat(r.nextInt(3))).append(bar).append(" ");
          }
          b.append(cells[c]);
          if (st.padded() && c < widths.length) {
            b.append(" ".repeat(widths[c] - ShiftedRowsProperties.width(cells[c])));
          }
        }
        if (outer) {
          b.append(" ").append(bar);
        }
        out.set(i, b.toString());
      }
      if (st.kind() != Kind.MARKDOWN) {
        // a rule above, under the first row (double), between rows (optional) and below
        for (int i = run[0]; i <= run[1]; i++) {
          if (lines.get(i).indexOf('\t') >= 0) {
            String rule = rule(widths, columns, st.kind(), i == run[0] ? '=' : '-');
            if (i == run[0] || st.rowRules()) {
              out.set(i, out.get(i) + "\n" + rule);
            }
          }
        }
        out.set(run[0], rule(widths, columns, st.kind(), '-') + "\n" + out.get(run[0]));
        out.set(run[1], out.get(run[1]) + (st.rowRules() ? "" : "\n" + rule(widths, columns, st.kind(), '-')));
      } else if (st.delimiterRow()) {
        String d = (st.outer() ? bar : "") + "---" + (bar + ":---:").repeat(Math.max(1, columns - 1))
            + (st.outer() ? bar : "");
        out.set(run[0], out.get(run[0]) + "\n" + d);
      }
    }
    return String.join("\n", out);
  }

  /** A grid or box table's rule over columns of the given widths (cells padded with one space each side). */
  private static String rule(int[] widths, int columns, Kind kind, char line) {
    boolean box = kind == Kind.BOX;
    char dash = box ? (line == '=' ? '═' : '─') : line;
    StringBuilder b = new StringBuilder(box ? (line == '=' ? "╞" : "├") : "+");
    for (int c = 0; c < columns; c++) {
      if (c > 0) {
        b.append(box ? (line == '=' ? '╪' : '┼') : '+');
      }
      b.append(String.valueOf(dash).repeat(widths[c] + 2));
    }
    return b.append(box ? (line == '=' ? "╡" : "┤") : "+").toString();
  }

  @Property(tries = 40)
  void pipeTablesReadAsTheTabForm(@ForAll("styles") Style st) {
    String text = piped(LINES, st);
    BudgetDocument tabbed = read(ShiftedRowsProperties.KEQIAO);
    BudgetDocument d = read(text);
    assertThat(key(d.facts())).as(st.toString()).isEqualTo(key(tabbed.facts()));
    assertThat(codes(d)).as(st.toString()).isEqualTo(codes(tabbed));
    assertThat(findings(d)).as(st.toString()).isEqualTo(findings(tabbed));
  }

  @Property(tries = 15)
  void aChangedFigureIsFoundAsInTheTabForm(@ForAll("styles") Style st,
      @ForAll("bodyLines") int which) {
    List<String> changed = new ArrayList<>(LINES);
    String l = changed.get(which);
    // the last figure of the line 1.00 larger, beyond any rounding (a figure with decimals: an amount, not a code)
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.(\\d\\d)(?!.*\\d\\.\\d)").matcher(l);
    if (!m.find()) {
      return;
    }
    java.math.BigDecimal v = new java.math.BigDecimal(m.group()).add(java.math.BigDecimal.ONE);
    changed.set(which, l.substring(0, m.start()) + v.toPlainString() + l.substring(m.end()));
    List<String> want = findings(read(String.join("\n", changed)));
    assertThat(want).as("the tab form with the change has a finding").isNotEqualTo(findings(read(
        ShiftedRowsProperties.KEQIAO)));
    assertThat(findings(read(piped(changed, st)))).as(st + " line " + (which + 1)).isEqualTo(want);
  }

  @Provide
  Arbitrary<Integer> bodyLines() {
    List<Integer> body = new ArrayList<>();
    for (int i = 0; i < LINES.size(); i++) {
      String l = LINES.get(i);
      if (l.indexOf('\t') >= 0 && l.matches(".*\\t\\d+\\.\\d\\d.*") && l.contains("合计")) {
        body.add(i); // a total row: every template's total is checked against its parts
      }
    }
    return Arbitraries.of(body);
  }

  private static BudgetDocument read(String text) {
    return new TextReader().read(text, "keqiao.md");
  }

  private static List<String> codes(BudgetDocument d) {
    return d.diagnostics().stream().map(g -> g.severity() + " " + g.code()).sorted().toList();
  }

  /** Findings by rule, severity and message (locations differ by the delimiter rows' lines). */
  private static List<String> findings(BudgetDocument d) {
    return ShiftedRowsProperties.findings(d).stream().map((Finding f) -> f.ruleId() + " " + f.severity() + " "
        + f.messageEn()).sorted().toList();
  }

  /** Each fact by what it says: concept, coordinates, amount as printed, table and row label. */
  private static List<String> key(List<Fact> facts) {
    return facts.stream().map(f -> f.concept() + " " + f.coordinates() + " " + f.amount() + " "
        + f.provenance().tableId().orElse("") + " " + f.provenance().rowLabel().orElse("")).sorted().toList();
  }
}
