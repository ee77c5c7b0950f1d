package dev.yusuan.io.tables.internal;

import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Names;
import dev.yusuan.model.layout.HeaderLexicon;
import dev.yusuan.model.layout.Layout;
import dev.yusuan.model.layout.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage "grid → table model": column roles from the cells when the header does not name them. A
 * column whose body cells are classification codes is the code column whatever its header says; the
 * first text column right of it is the name column. The header the layout expects is added under the
 * printed one, so the printed wording stays visible and the role is reported as inferred.
 */
final class ColumnRoles {
  private ColumnRoles() {}

  /** The table with inferred code / name headers, and a note per inferred column. */
  record Result(DisclosureTable table, List<String> inferred) {}

  static Result infer(DisclosureTable t, Grid grid, Layout layout) {
    List<String> inferred = new ArrayList<>();
    if (layout.sections().size() != 1) {
      return new Result(t, inferred);
    }
    Section s = layout.sections().get(0);
    List<List<String>> paths = new ArrayList<>();
    t.columns().forEach(c -> paths.add(new ArrayList<>(c.headerPath())));
    int code = find(paths, s.codeColumn());
    if (s.codeColumn().isPresent() && code < 0) {
      code = codeColumnByCells(t, grid);
      if (code >= 0) {
        String h = first(s.codeColumn().get());
        paths.get(code).add(h);
        inferred.add(String.join("/", t.columns().get(code).headerPath()) + " → " + h);
      }
    }
    if (s.labelColumn().isPresent() && find(paths, s.labelColumn()) < 0 && code >= 0) {
      for (int c = code + 1; c < paths.size(); c++) {
        if (grid.columns().get(c).kind() == Grid.Kind.TEXT) {
          String h = first(s.labelColumn().get());
          paths.get(c).add(h);
          inferred.add(String.join("/", t.columns().get(c).headerPath()) + " → " + h);
          break;
        }
        if (grid.columns().get(c).kind() == Grid.Kind.NUMBER) {
          break;
        }
      }
    }
    if (inferred.isEmpty()) {
      return new Result(t, inferred);
    }
    DisclosureTable.Builder b = DisclosureTable.builder().from(t).columns(List.of());
    for (DisclosureTable.Column c : t.columns()) {
      b.addColumns(DisclosureTable.Column.of(c.index(), paths.get(c.index()), c.number()));
    }
    return new Result(b.build(), inferred);
  }

  /** A column at least half of whose non-blank body cells are codes, and holding at least one. */
  private static int codeColumnByCells(DisclosureTable t, Grid grid) {
    for (int c = 0; c < t.columns().size(); c++) {
      if (HeaderLexicon.isCodeHeader(t.columns().get(c).headerPath())) {
        return c;
      }
      int codes = 0;
      int other = 0;
      for (DisclosureTable.Row r : t.rows()) {
        String cell = Names.key(r.cell(c));
        if (cell.isEmpty()) {
          continue;
        }
        if (Texts.isCode(cell)) {
          codes++;
        } else if (!Texts.isTotalLabel(cell)) {
          other++;
        }
      }
      if (codes > 0 && codes >= other) {
        return c;
      }
    }
    return -1;
  }

  private static int find(List<List<String>> paths, Optional<String> header) {
    for (int c = 0; c < paths.size(); c++) {
      if (Section.headerIs(paths.get(c), header)) {
        return c;
      }
    }
    return -1;
  }

  private static String first(String alternatives) {
    return alternatives.split("\\|")[0];
  }
}
