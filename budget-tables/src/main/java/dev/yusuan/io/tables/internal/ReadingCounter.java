package dev.yusuan.io.tables.internal;

import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.ReadingCoverage;
import dev.yusuan.model.Severity;
import dev.yusuan.model.layout.HeaderLexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage "facts → coverage": counts the amounts printed in a table's body and those that became
 * facts, and makes sure every printed amount that did not is a WARNING naming its cell (page, table,
 * row label, column) — an unread amount is never only INFO.
 */
final class ReadingCounter {
  private ReadingCounter() {}

  /** The table with its coverage, and the WARNINGs added for unread cells nobody reported. */
  record Result(DisclosureTable table, List<Diagnostic> added) {}

  static Result count(DisclosureTable t, List<Fact> facts, List<Diagnostic> diagnostics,
      String source) {
    return count(t, facts, diagnostics, source, (row, col) -> true);
  }

  /**
   * As {@link #count(DisclosureTable, List, List, String)}, a number printed at a cell (row and column index)
   * {@code amount} says is no amount (a form's score or rate: {@link Emitter#notAnAmount}) not counted.
   */
  static Result count(DisclosureTable t, List<Fact> facts, List<Diagnostic> diagnostics,
      String source, java.util.function.BiPredicate<Integer, Integer> amount) {
    Set<String> read = new HashSet<>();
    for (Fact f : facts) {
      Provenance p = f.provenance();
      if (p.tableId().filter(t.id()::equals).isPresent()) {
        read.add(key(p));
      }
    }
    Set<String> warned = new HashSet<>();
    Set<String> misplaced = new HashSet<>(); // cells holding text shifted under an amount column (MisplacedText)
    for (Diagnostic d : diagnostics) {
      if (d.severity().compareTo(Severity.WARNING) >= 0) {
        Provenance p = d.location();
        if (p.tableId().filter(t.id()::equals).isPresent()) {
          warned.add(key(p));
          if (MisplacedText.isMisplaced(d)) {
            misplaced.add(key(p));
          }
        }
      }
    }
    boolean[] skip = new boolean[t.columns().size()];
    for (DisclosureTable.Column c : t.columns()) {
      String leaf = HeaderLexicon.canonical(c.headerPath()).stream().reduce((a, b) -> b).orElse("");
      skip[c.index()] = HeaderLexicon.isCodeHeader(c.headerPath()) || leaf.equals("行次")
          || leaf.equals("栏次") || leaf.equals("序号") || HeaderLexicon.isRateHeader(c.headerPath());
    }
    int printed = 0;
    int got = 0;
    List<Diagnostic> added = new ArrayList<>();
    for (int ri = 0; ri < t.rows().size(); ri++) {
      DisclosureTable.Row r = t.rows().get(ri);
      for (int c = 0; c < r.cells().size() && c < skip.length; c++) {
        String text = r.cell(c).strip();
        if (!skip[c] && !text.isEmpty() && !Emitter.isNumber(text) && amount.test(ri, c)) {
          int inside = runTogether(text);
          if (inside > 0) {
            // amounts printed run together or side by side in one cell (columns too narrow, a column lost):
            // none can be told apart as a figure of its own, so each counts as printed and not read
            printed += inside;
            Provenance at = cell(t, r, c, source);
            if (!warned.contains(key(at))) {
              added.add(Diagnostic.unread("pdf.unread-amount",
                  "单元格中有 " + inside + " 个金额连在一起，无法分开读取: " + text,
                  inside + " amounts printed together in one cell, not read: " + text, at, inside));
            }
          } else if (!misplaced.isEmpty() && misplaced.contains(key(cell(t, r, c, source)))) {
            // text shifted under an amount column (its WARNING names the cell): an amount printed inside it is
            // printed and not read
            printed += MisplacedText.amounts(text).size();
          } else if (BROKEN_DECIMAL.matcher(text).matches()) {
            // an amount whose decimal mark reads as another character (13,907-78: a damaged font's map)
            printed++;
            Provenance at = cell(t, r, c, source);
            if (!warned.contains(key(at))) {
              added.add(Diagnostic.unread("pdf.unread-amount", "印出的金额无法读取为数值（小数点不是应有的字符）: " + text,
                  "printed amount cannot be read as a number (its decimal mark is another character): " + text, at, 1));
            }
          }
          continue;
        }
        if (skip[c] || !Emitter.isNumber(text) || r.code().filter(text::equals).isPresent()
            || !amount.test(ri, c)) {
          continue;
        }
        printed++;
        Provenance at = cell(t, r, c, source);
        String k = key(at);
        if (read.contains(k)) {
          got++;
        } else if (!warned.contains(k)) {
          added.add(Diagnostic.unread("pdf.unread-amount",
              "印出的金额未读取为事实: " + text, "printed amount not read as a fact: " + text, at, 1));
        }
      }
    }
    DisclosureTable out = DisclosureTable.builder().from(t)
        .coverage(new ReadingCoverage(printed, got)).build();
    return new Result(out, added);
  }

  /** An amount printed with a decimal point (and perhaps thousands separators), as it may be run into another. */
  private static final java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile(
      "\\d{1,3}(?:,\\d{3})+\\.\\d{1,2}|\\d+\\.\\d{1,2}");
  /** An amount with thousands separators whose decimal mark is another character: 13,907-78, 1,642:08. */
  private static final java.util.regex.Pattern BROKEN_DECIMAL = java.util.regex.Pattern.compile(
      "-?\\d{1,3}(?:,\\d{3})+[^\\d,.\\s]\\d{1,2}");
  /** Only what numbers are printed with: digits, separators, signs, brackets and spaces. */
  private static final java.util.regex.Pattern NUMBERS_ONLY = java.util.regex.Pattern.compile("[\\d,.\\-()\\s]+");

  /**
   * How many amounts a cell that is no number holds printed together ({@code 2,703.782,588.55}, {@code 100.00
   * 200.00}): 0 unless the cell holds nothing but numbers and at least two of them, each with its decimals.
   */
  static int runTogether(String text) {
    if (!NUMBERS_ONLY.matcher(text).matches()) {
      return 0;
    }
    java.util.regex.Matcher m = MONEY.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n >= 2 ? n : 0;
  }

  private static Provenance cell(DisclosureTable t, DisclosureTable.Row r, int c, String source) {
    DisclosureTable.Column col = t.columns().get(c);
    return Provenance.builder().source(source).tableId(t.id()).tableTitle(t.title())
        .rowLabel(r.label()).rowCode(r.code()).page(r.page()).line(r.line())
        .columnHeader(col.header()).columnNumber(col.number()).text(r.cell(c).strip()).build();
  }

  private static String key(Provenance p) {
    return p.page().orElse(-1) + "|" + p.line().orElse(-1) + "|" + p.columnHeader().orElse("");
  }
}
