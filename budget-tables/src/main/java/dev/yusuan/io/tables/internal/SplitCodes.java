package dev.yusuan.io.tables.internal;

import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Stage "grid → table model": classification codes printed over adjacent 类 | 款 | 项 columns
 * ({@code 301 | 01}, {@code 201 | 06 | 01}, {@code 20106 | 01} under a 类款 | 项 header) are joined into the first of those columns and the level
 * columns after it are emptied. A row that leaves the 类 cell blank under a row that printed it
 * ({@code   | 01 | 基本工资}) continues that 类. Only a joined text that is a 3/5/7-digit code is
 * written; anything else stays as printed (and is reported by the mapper).
 */
final class SplitCodes {
  private SplitCodes() {}

  private static final Pattern CLASS = Pattern.compile("^\\d{3}$");
  private static final Pattern HEAD = Pattern.compile("^\\d{3}(?:\\d{2})?$");
  private static final Pattern PART = Pattern.compile("^\\d{2}$");

  /** The table with split codes joined; the number of rows changed. */
  record Result(DisclosureTable table, int joined) {}

  static Result join(DisclosureTable t, Grid grid) {
    int first = -1;
    int parts = 0;
    for (int c = 0; c + 1 < grid.columns().size() && first < 0; c++) {
      if (grid.columns().get(c).kind() == Grid.Kind.CODE && levelColumn(t, c + 1)) {
        first = c;
        parts = 1;
        while (first + parts < grid.columns().size() && levelColumn(t, first + parts)) {
          parts++;
        }
      }
    }
    if (first < 0) {
      return new Result(t, 0);
    }
    List<DisclosureTable.Row> rows = new ArrayList<>();
    String lastClass = "";
    int joined = 0;
    for (DisclosureTable.Row r : t.rows()) {
      List<String> cells = new ArrayList<>(r.cells());
      while (cells.size() < first + parts) {
        cells.add("");
      }
      String head = Names.key(cells.get(first));
      StringBuilder code = new StringBuilder(HEAD.matcher(head).matches() ? head : "");
      boolean tail = false;
      boolean ok = code.length() > 0 || head.isEmpty();
      for (int k = 1; k < parts && ok; k++) {
        String p = Names.key(cells.get(first + k));
        if (p.isEmpty()) {
          continue;
        }
        ok = PART.matcher(p).matches();
        if (code.length() == 0 && !lastClass.isEmpty()) {
          code.append(lastClass);
        }
        code.append(p);
        tail = true;
      }
      String c = code.toString();
      if (ok && tail && Texts.isCode(c)) {
        cells.set(first, c);
        for (int k = 1; k < parts; k++) {
          cells.set(first + k, "");
        }
        joined++;
        r = DisclosureTable.Row.builder().from(r).cells(cells).code(c).build();
      }
      if (CLASS.matcher(head).matches()) {
        lastClass = head;
      }
      rows.add(r);
    }
    if (joined == 0) {
      return new Result(t, 0);
    }
    return new Result(DisclosureTable.builder().from(t).rows(rows).build(), joined);
  }

  /** A column holding only two-digit level parts (款 / 项) and blanks, at least one. */
  private static boolean levelColumn(DisclosureTable t, int c) {
    int parts = 0;
    for (DisclosureTable.Row r : t.rows()) {
      String s = Names.key(r.cell(c));
      if (s.isEmpty()) {
        continue;
      }
      if (!PART.matcher(s).matches()) {
        return false;
      }
      parts++;
    }
    return parts > 0;
  }
}
