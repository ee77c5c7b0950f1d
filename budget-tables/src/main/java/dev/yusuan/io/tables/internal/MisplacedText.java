package dev.yusuan.io.tables.internal;

import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row shifted sideways: text that is no amount under an amount column (a long label pushed past its column
 * by text aligned with tabs of another width, a word processor's overflowing cell, a PDF cell drawn wider
 * than its column). A mapper that finds it there cannot parse a number ({@code *.bad-number}, an ERROR that
 * refuses the whole document); it is no misprinted number but a label out of place, so the row's figures
 * stand under columns that are not theirs. The stage reads such a row as misplaced: a located WARNING
 * ({@code pdf.misplaced-text}, {@code layout.misplaced-text} for space-aligned text) at the cell, no fact
 * of the row (its amounts counted unread by the table's coverage, {@link ReadingCounter}, with any amount
 * printed inside the text itself), the document read partly. A malformed number (digits with a wrong mark,
 * {@code 13,907-78}; a number and its unit, {@code 12.5万元}) is no such text and keeps its ERROR.
 */
final class MisplacedText {
  private MisplacedText() {}

  /** An amount inside text: a decimal point or thousands separators. */
  private static final Pattern PIECE = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+");

  /**
   * Whether a cell's text is text, not a number printed wrongly: it holds Chinese characters (letters of
   * the Han script), and either starts with one (after brackets, signs and spaces: a number never does) or
   * holds more of them than digits. {@code 人大事务综合业务管理}, {@code （一）人大会议 305.00} and
   * {@code 2024年人大会议} are text; {@code 13,907-78}, {@code 12.5万元} and {@code 2,706.24元} are not.
   */
  static boolean isText(String cell) {
    String s = cell.strip();
    int han = 0;
    int digits = 0;
    int first = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean isHan = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
      if (isHan) {
        han++;
      } else if (cp >= '0' && cp <= '9') {
        digits++;
      }
      if (first < 0 && (isHan || Character.isLetterOrDigit(cp))) {
        first = isHan ? 1 : 0;
      }
    }
    return han > 0 && (first == 1 || han > digits);
  }

  /** The amounts printed inside a text (a decimal point or separators), in order. */
  static List<String> amounts(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = PIECE.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** A table's facts and diagnostics with its misplaced rows read as such. */
  record Result(List<Fact> facts, List<Diagnostic> diagnostics) {}

  /**
   * Turns each {@code *.bad-number} at a cell holding text ({@link #isText}) into {@code pdf.misplaced-text}
   * (a WARNING at the cell) and drops the facts of its row (same table, page and line): the row is not read
   * (a row located at no line leaves the table's facts doubtful instead).
   * Linear in the facts and diagnostics.
   *
   * @param facts the table's facts
   * @param diagnostics the table's diagnostics
   * @return both, unchanged when no cell holds misplaced text
   */
  static Result apply(List<Fact> facts, List<Diagnostic> diagnostics) {
    Set<String> rows = new HashSet<>();
    Set<String> unlocated = new HashSet<>();
    List<Diagnostic> out = null;
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic x = diagnostics.get(i);
      Provenance at = x.location();
      String text = at.text().orElse("").strip();
      if (x.code().endsWith(".bad-number") && at.tableId().isPresent() && isText(text)) {
        if (out == null) {
          out = new ArrayList<>(diagnostics.subList(0, i));
        }
        if (at.line().isPresent()) {
          rows.add(rowKey(at));
        } else {
          unlocated.add(at.tableId().get()); // a row without a line: the table's facts are doubtful instead
        }
        out.add(Diagnostic.builder().severity(Severity.WARNING).code("pdf.misplaced-text")
            .messageZh("金额列中印的是文字，不是金额（行错位：文字移到了金额列下），本行的金额未读取: " + text)
            .messageEn("text, not an amount, under an amount column (a shifted row); the row's amounts are not"
                + " read: " + text)
            .location(at).unreadAmounts(amounts(text).size()).build());
      } else if (out != null) {
        out.add(x);
      }
    }
    if (out == null) {
      return new Result(facts, diagnostics);
    }
    List<Fact> kept = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      Provenance p = f.provenance();
      if (p.tableId().isPresent() && p.line().isPresent() && rows.contains(rowKey(p))) {
        continue;
      }
      kept.add(p.tableId().filter(unlocated::contains).isPresent() ? f.asDoubtful() : f);
    }
    return new Result(kept, out);
  }

  /** A row of a table: its table, page and line. */
  private static String rowKey(Provenance p) {
    return p.tableId().orElse("") + "|" + p.page().orElse(-1) + "|" + p.line().orElse(-1);
  }

  /** Whether a diagnostic reads a cell as misplaced text (in any format's code). */
  static boolean isMisplaced(Diagnostic d) {
    return d.code().endsWith(".misplaced-text");
  }
}
