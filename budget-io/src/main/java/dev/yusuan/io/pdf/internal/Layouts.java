package dev.yusuan.io.pdf.internal;

import dev.yusuan.model.Catalogue;
import dev.yusuan.model.CatalogueEntry;
import dev.yusuan.model.Code;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Dimension;
import dev.yusuan.model.Level;
import dev.yusuan.model.Names;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.Severity;
import dev.yusuan.model.Table;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Mapping strategies shared by the regional layouts: code rows, label/value pairs, header columns. */
public final class Layouts {
  private Layouts() {}

  private static final Pattern ENUM_PREFIX = Pattern.compile(
      "^(其中:|[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+[.、]|\\(\\d+\\))");

  /** The matching key of a label: normalised, spaces removed, enumerator prefix removed. */
  public static String labelKey(String label) {
    String k = Names.key(label);
    return ENUM_PREFIX.matcher(k).replaceFirst("");
  }

  /** Columns of a kind. */
  static int[] columns(Table t, dev.yusuan.io.pdf.internal.Grid.Kind kind, Grid grid) {
    return java.util.stream.IntStream.range(0, grid.columns().size())
        .filter(c -> grid.columns().get(c).kind() == kind).toArray();
  }

  /** The first column whose header path (joined, normalised) contains {@code word}. */
  static int column(Grid grid, String... words) {
    outer:
    for (int c = 0; c < grid.columns().size(); c++) {
      String h = Names.key(grid.columns().get(c).header());
      for (String w : words) {
        if (!h.contains(w)) {
          continue outer;
        }
      }
      return c;
    }
    return -1;
  }

  /**
   * Rows keyed by a classification code (or a total label): each row's code in {@code dim} added to
   * {@code base}; {@code valueColumns} map a number column to extra coordinates (concept fixed).
   */
  static void codeRows(Emitter out, Grid grid, Concept concept, Coordinates base, Dimension dim,
      Map<Integer, Coordinates> valueColumns, Catalogue catalogue, int year) {
    Table t = out.table();
    for (int r = 0; r < t.rows().size(); r++) {
      Table.Row row = t.rows().get(r);
      Coordinates at;
      if (row.code().isPresent()) {
        String code = row.code().get();
        Scheme scheme = dim.scheme().orElseThrow();
        if (Code.tryParse(scheme, code).isEmpty()) {
          for (int c : valueColumns.keySet()) {
            out.unmapped(r, c, "科目编码无效: " + code, "invalid code: " + code);
          }
          continue;
        }
        if (catalogue.lookup(scheme, code, year).isEmpty()) {
          out.diagnostic(Severity.INFO, "pdf.unknown-code", "科目编码不在目录中: " + code,
              "code not in the catalogue: " + code, r, 0);
        }
        at = base.with(dim, code);
      } else if (Texts.isTotalLabel(rowText(row))) {
        at = base;
      } else {
        for (int c : valueColumns.keySet()) {
          out.unmapped(r, c, "行没有科目编码", "row has no classification code");
        }
        continue;
      }
      for (Map.Entry<Integer, Coordinates> e : valueColumns.entrySet()) {
        out.fact(r, e.getKey(), concept, at.merge(e.getValue()));
      }
    }
  }

  /** The row's text cells (not numbers) joined, as a matching key. */
  static String rowText(Table.Row row) {
    StringBuilder b = new StringBuilder();
    for (String c : row.cells()) {
      if (!c.isBlank() && !Texts.isAmount(c.replace(" ", ""))) {
        b.append(c);
      }
    }
    return labelKey(b.toString());
  }

  /** What a label on a label/value table means. */
  record Meaning(Concept concept, Coordinates coordinates) {}

  /**
   * Label/value tables (收支总表): each text cell's label is looked up (enumerator removed); its value
   * is the first non-blank number cell to its right before the next non-blank text cell.
   */
  static void labelPairs(Emitter out, Grid grid, java.util.function.Function<String, Optional<Meaning>>
      meaning) {
    Table t = out.table();
    for (int r = 0; r < t.rows().size(); r++) {
      Table.Row row = t.rows().get(r);
      for (int c = 0; c < grid.columns().size(); c++) {
        if (grid.columns().get(c).kind() == Grid.Kind.NUMBER || row.cell(c).isBlank()) {
          continue;
        }
        int v = -1;
        for (int k = c + 1; k < grid.columns().size(); k++) {
          if (grid.columns().get(k).kind() == Grid.Kind.NUMBER) {
            if (!row.cell(k).isBlank()) {
              v = k;
              break;
            }
          } else if (!row.cell(k).isBlank()) {
            break;
          }
        }
        if (v < 0) {
          continue;
        }
        String label = row.cell(c);
        Optional<Meaning> m = meaning.apply(label);
        if (m.isPresent()) {
          out.fact(r, v, m.get().concept(), m.get().coordinates());
        } else {
          out.unmapped(r, v, "行标签未知: " + label, "unknown row label: " + label);
        }
      }
    }
  }

  /** The 类 (class-level) function code a printed name stands for in {@code year}. */
  static Optional<String> functionClass(Catalogue catalogue, String name, int year) {
    String k = labelKey(name);
    for (int y : new int[] {year, year - 1, year - 2, year + 1}) {
      for (CatalogueEntry e : catalogue.findByName(Scheme.FUNCTION, k, y)) {
        if (e.code().level() == Level.CLASS) {
          return Optional.of(e.code().digits());
        }
      }
    }
    return Optional.empty();
  }

  /** The economic (部门预算支出经济分类) code a printed name stands for, when unique. */
  static Optional<String> economicByName(Catalogue catalogue, String name, int year) {
    List<CatalogueEntry> l = catalogue.findByName(Scheme.ECONOMIC_DEPARTMENT, labelKey(name), year);
    if (l.size() > 1) {
      // 309 基本建设支出 repeats the names of 310 资本性支出; a department's own purchases are 310
      l = l.stream().filter(e -> !e.code().digits().startsWith("309")).toList();
    }
    return l.size() == 1 ? Optional.of(l.get(0).code().digits()) : Optional.empty();
  }
}
