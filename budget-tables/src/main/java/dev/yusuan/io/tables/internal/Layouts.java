package dev.yusuan.io.tables.internal;

import dev.yusuan.model.Catalogue;
import dev.yusuan.model.CatalogueEntry;
import dev.yusuan.model.CodeLevel;
import dev.yusuan.model.Names;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.DisclosureTable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Helpers of the PDF layout strategies: label keys, columns by header, names to codes. */
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
  static int[] columns(DisclosureTable t, dev.yusuan.io.tables.internal.Grid.Kind kind, Grid grid) {
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

  /** The 类 (class-level) function code a printed name stands for in {@code year}. */
  static Optional<String> functionClass(Catalogue catalogue, String name, int year) {
    String k = labelKey(name);
    for (int y : new int[] {year, year - 1, year - 2, year + 1}) {
      for (CatalogueEntry e : catalogue.findByName(Scheme.FUNCTION, k, y)) {
        if (e.code().level() == CodeLevel.CLASS) {
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
