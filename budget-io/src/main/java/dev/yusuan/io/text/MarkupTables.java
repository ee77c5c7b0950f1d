package dev.yusuan.io.text;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Tables written as HTML inside a text ({@code <table>…<td>…</td>…</table>}), told apart from a text that
 * merely mentions a tag: a {@code <table} opening tag and a cell tag ({@code <td} or {@code <th}) after it.
 * One pass over the text's {@code <} characters.
 */
public final class MarkupTables {
  private MarkupTables() {}

  /**
   * @param text a whole document
   * @return true when the text holds a table in HTML
   */
  public static boolean hasMarkupTable(String text) {
    int table = tag(text, 0, "table");
    return table >= 0 && (tag(text, table, "td") >= 0 || tag(text, table, "th") >= 0);
  }

  /** Position of the next opening tag {@code <name} (case-insensitive, then white space, {@code >} or {@code /}). */
  static int tag(String s, int from, String name) {
    int i = s.indexOf('<', from);
    while (i >= 0 && !tagAt(s, i, name)) {
      i = s.indexOf('<', i + 1);
    }
    return i;
  }

  /**
   * The document read without a markup reader: the amounts its HTML tables print, which the text reader
   * notes one by one as amounts without a unit ({@code text.unread-amount}, INFO), become one {@code
   * text.markup-table} per line (WARNING, the line's amounts counted unread), so that the document is read
   * partly and never passes.
   *
   * @param d the document as read
   * @param text its text
   * @return {@code d} with the tables' amounts counted unread
   */
  static BudgetDocument countedUnread(BudgetDocument d, String text) {
    java.util.BitSet inTable = tableLines(text);
    java.util.Map<Integer, Integer> amounts = new java.util.TreeMap<>();
    List<Diagnostic> kept = new ArrayList<>();
    for (Diagnostic x : d.diagnostics()) {
      int line = x.location().line().orElse(0);
      if (x.code().equals("text.unread-amount") && inTable.get(line)) {
        amounts.merge(line, 1, Integer::sum);
      } else {
        kept.add(x);
      }
    }
    if (amounts.isEmpty()) {
      return d;
    }
    for (java.util.Map.Entry<Integer, Integer> e : amounts.entrySet()) {
      kept.add(Diagnostic.unread("text.markup-table",
          "以 HTML 写成的表格未读取（" + e.getValue() + " 个金额；读取需要 budget-html 模块）",
          "table written as HTML not read (" + e.getValue() + " amounts; reading it needs the budget-html module)",
          Provenance.builder().source(d.source()).line(e.getKey()).build(), e.getValue()));
    }
    return BudgetDocument.builder().from(d).diagnostics(kept).build();
  }

  /** The numbers (from 1) of the lines that are inside an HTML table, from its {@code <table} to its end. */
  static java.util.BitSet tableLines(String text) {
    java.util.BitSet in = new java.util.BitSet();
    int depth = 0;
    int line = 1;
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == '<') {
        if (tagAt(text, i, "table")) {
          depth++;
        } else if (depth > 0 && tagAt(text, i, "/table")) {
          in.set(line); // the closing line is the table's
          depth--;
        }
      }
      if (depth > 0) {
        in.set(line);
      }
      i++;
    }
    return in;
  }

  private static boolean tagAt(String s, int i, String name) {
    int end = i + 1 + name.length();
    return end <= s.length() && s.regionMatches(true, i + 1, name, 0, name.length())
        && (end == s.length() || s.charAt(end) == '>' || s.charAt(end) == '/' || Character.isWhitespace(s.charAt(end)));
  }

  /** {@return the reader of texts with tables in HTML on the class path, if any} */
  public static Optional<MarkupTextReader> reader() {
    return Holder.READER;
  }

  private static final class Holder {
    static final Optional<MarkupTextReader> READER = load();

    private static Optional<MarkupTextReader> load() {
      try {
        return ServiceLoader.load(MarkupTextReader.class, MarkupTables.class.getClassLoader()).findFirst();
      } catch (java.util.ServiceConfigurationError e) {
        return Optional.empty(); // a broken provider: the tables' amounts stay counted unread
      }
    }
  }
}
