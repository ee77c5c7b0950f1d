package dev.yusuan.io.pdf.internal;

import dev.yusuan.model.Catalogue;
import dev.yusuan.model.CatalogueEntry;
import dev.yusuan.model.Code;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Names;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.layout.Layout;
import dev.yusuan.model.layout.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stage "grid → table model" for classification tables (a layout section with a code column): rows
 * printed without a code get one from their name, and total rows are recognised by arithmetic as
 * well as by label.
 * <ul>
 *   <li><b>By name</b>: a row whose code cell is blank and whose label is neither a total nor a row
 *       rule of the layout is looked up in the catalogue of the document's year (its renames
 *       included, then the neighbouring years' names of a code valid in that year). A name several
 *       codes share (every 行政运行) is resolved under the code printed or resolved last: the
 *       candidate below its nearest ancestor, when exactly one is. The code is written into the code
 *       cell; the row is reported (INFO) and its facts are doubtful. A 其中 row, and a name whose
 *       code another row of the table prints, are left as printed.</li>
 *   <li><b>By arithmetic</b>: a row without code, printed first or last among the rows with amounts,
 *       whose label no rule knows and each of whose amounts equals — within the rounding of the
 *       printed figures — the sum of the top-level code rows in its column (the codes with no
 *       ancestor in the table) is the table's total row: its label joins the section's total labels
 *       for this table. Reported (INFO), its facts doubtful.</li>
 * </ul>
 * A row resolved neither way stays as printed, and the mapper reports it.
 */
final class CodelessRows {
  private CodelessRows() {}

  /**
   * The table with codes filled in, the layout with this table's total labels, a note per decision
   * and the (page, line) keys of the rows whose facts rest on it.
   */
  record Result(DisclosureTable table, Layout layout, List<String> notes, Set<String> doubtfulRows) {}

  static Result apply(DisclosureTable t, Grid grid, Layout layout, Catalogue cat, int year) {
    Result none = new Result(t, layout, List.of(), Set.of());
    if (layout.sections().size() != 1) {
      return none;
    }
    Section s = layout.sections().get(0);
    Optional<Scheme> scheme = s.codeDimension().flatMap(d -> d.scheme());
    int code = column(t, s.codeColumn());
    if (scheme.isEmpty() || code < 0) {
      return none;
    }
    int label = column(t, s.labelColumn());
    if (label < 0) {
      for (int c = code + 1; c < grid.columns().size() && label < 0; c++) {
        if (grid.columns().get(c).kind() == Grid.Kind.TEXT) {
          label = c;
        }
      }
    }
    if (label < 0) {
      return none;
    }
    List<String> notes = new ArrayList<>();
    Set<String> doubtful = new HashSet<>();
    List<DisclosureTable.Row> rows = new ArrayList<>(t.rows());
    Set<String> printedCodes = new HashSet<>();
    for (DisclosureTable.Row row : rows) {
      String c = Names.key(row.cell(code));
      if (Texts.isCode(c)) {
        printedCodes.add(c);
      }
    }
    String context = null;
    for (int r = 0; r < rows.size(); r++) {
      DisclosureTable.Row row = rows.get(r);
      String printed = Names.key(row.cell(code));
      if (Texts.isCode(printed)) {
        context = printed;
        continue;
      }
      String name = row.cell(label);
      if (!printed.isEmpty() || name.isBlank() || s.isTotal(name) || Texts.isTotalLabel(
          Names.key(name)) || Names.key(name).startsWith("其中") || s.rowRule(name, null).isPresent()
          || !hasAmount(row, code, label)) {
        continue; // a 其中 row is a part printed beside its whole, not a member of the tree
      }
      Optional<String> found = byName(cat, scheme.get(), name, year, context);
      if (found.isEmpty() || !printedCodes.add(found.get())) {
        continue; // unknown, ambiguous, or a code the table prints on another row: not guessed
      }
      List<String> cells = new ArrayList<>(row.cells());
      cells.set(code, found.get());
      rows.set(r, DisclosureTable.Row.builder().from(row).cells(cells).code(found.get()).build());
      context = found.get();
      notes.add(Names.normalize(name) + " → " + found.get() + " @" + at(row));
      doubtful.add(key(row));
    }
    DisclosureTable named = DisclosureTable.builder().from(t).rows(rows).build();
    Set<String> totals = totalsByArithmetic(named, s, code, label);
    Layout out = layout;
    if (!totals.isEmpty()) {
      List<String> labels = new ArrayList<>(s.totals());
      for (int r = 0; r < rows.size(); r++) {
        DisclosureTable.Row row = rows.get(r);
        String k = dev.yusuan.model.layout.RowRule.labelKey(row.cell(label));
        if (totals.contains(k)) {
          notes.add(Names.normalize(row.cell(label)) + " → 合计 (Σ) @" + at(row));
          doubtful.add(key(row));
          if (!labels.contains(k)) {
            labels.add(k);
          }
        }
      }
      Section withTotals = new Section(s.header(), s.concept(), s.base(), s.codeColumn(),
          s.codeDimension(), s.labelColumn(), s.namesDimension(), s.unitColumn(), s.projectColumn(),
          List.copyOf(labels), s.columns(), s.rows(), s.anchors(), s.textColumns(),
          s.targetColumns(), s.blankIsZero());
      out = new Layout(layout.template(), layout.kind(), layout.titleKeywords(),
          layout.titleExcludes(), layout.headerKeywords(), layout.requiredHeaders(),
          List.of(withTotals), layout.properties());
    }
    return new Result(named, out, notes, doubtful);
  }

  /** The (page, line) key of a row, as fact provenance gives it. */
  static String key(DisclosureTable.Row row) {
    return row.page().orElse(-1) + "|" + row.line().orElse(-1);
  }

  private static String at(DisclosureTable.Row row) {
    return "p." + row.page().orElse(0) + " l." + row.line().orElse(0);
  }

  private static int column(DisclosureTable t, Optional<String> header) {
    if (header.isEmpty()) {
      return -1;
    }
    for (DisclosureTable.Column c : t.columns()) {
      if (Section.headerIs(c.headerPath(), header)) {
        return c.index();
      }
    }
    return -1;
  }

  private static boolean hasAmount(DisclosureTable.Row row, int code, int label) {
    for (int c = 0; c < row.cells().size(); c++) {
      if (c != code && c != label && Emitter.isNumber(row.cell(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The code a printed name stands for in {@code year}: the entries of that name (or its renames)
   * valid in the year — else of the neighbouring years, when their code is valid in the year — with
   * or without a trailing 支出; among several, the one under the nearest ancestor of {@code context}
   * that has exactly one.
   */
  static Optional<String> byName(Catalogue cat, Scheme scheme, String name, int year,
      String context) {
    String k = Layouts.labelKey(name);
    Set<String> found = new LinkedHashSet<>();
    for (int y : new int[] {year, year - 1, year + 1}) {
      for (String n : k.endsWith("支出") ? List.of(k) : List.of(k, k + "支出")) {
        for (CatalogueEntry e : cat.findByName(scheme, n, y)) {
          if (cat.lookup(scheme, e.code().digits(), year).isPresent()) {
            found.add(e.code().digits());
          }
        }
      }
      if (!found.isEmpty()) {
        break;
      }
    }
    if (found.size() == 1) {
      return Optional.of(found.iterator().next());
    }
    for (String ctx = context; ctx != null && !found.isEmpty(); ctx = parent(scheme, ctx)) {
      String c = ctx;
      List<String> under = found.stream().filter(x -> x.length() > c.length() && x.startsWith(c))
          .toList();
      if (under.size() == 1) {
        return Optional.of(under.get(0));
      }
      if (under.size() > 1) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String parent(Scheme scheme, String code) {
    return Code.tryParse(scheme, code).flatMap(Code::parent).map(Code::digits).orElse(null);
  }

  /**
   * Labels (keys) of rows without code, first or last among the rows with amounts, whose every
   * amount equals the sum of the top-level code rows of its column within rounding.
   */
  private static Set<String> totalsByArithmetic(DisclosureTable t, Section s, int code,
      int label) {
    List<DisclosureTable.Row> rows = t.rows();
    Set<String> codes = new HashSet<>();
    for (DisclosureTable.Row r : rows) {
      String c = Names.key(r.cell(code));
      if (Texts.isCode(c)) {
        codes.add(c);
      }
    }
    Map<Integer, BigDecimal[]> sums = new TreeMap<>(); // column -> {sum, allowance}
    int tops = 0;
    for (DisclosureTable.Row r : rows) {
      String c = Names.key(r.cell(code));
      if (!Texts.isCode(c) || hasAncestor(c, codes)) {
        continue;
      }
      tops++;
      for (int col = 0; col < r.cells().size(); col++) {
        BigDecimal v = col == code || col == label ? null : number(r.cell(col));
        if (v != null) {
          BigDecimal[] a = sums.computeIfAbsent(col, x -> new BigDecimal[] {BigDecimal.ZERO,
              BigDecimal.ZERO});
          a[0] = a[0].add(v);
          a[1] = a[1].add(half(v));
        }
      }
    }
    Set<String> out = new HashSet<>();
    if (tops == 0) {
      return out;
    }
    List<Integer> withAmounts = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (hasAmount(rows.get(i), code, label)) {
        withAmounts.add(i);
      }
    }
    if (withAmounts.isEmpty()) {
      return out;
    }
    for (int i : new int[] {withAmounts.get(0), withAmounts.get(withAmounts.size() - 1)}) {
      DisclosureTable.Row r = rows.get(i);
      String name = r.cell(label);
      if (!Names.key(r.cell(code)).isEmpty() || name.isBlank() || s.isTotal(name)
          || s.rowRule(name, null).isPresent()) {
        continue;
      }
      int compared = 0;
      boolean equal = true;
      for (int col = 0; col < r.cells().size() && equal; col++) {
        BigDecimal v = col == code || col == label ? null : number(r.cell(col));
        if (v == null) {
          continue;
        }
        BigDecimal[] a = sums.get(col);
        equal = a != null && v.subtract(a[0]).abs().compareTo(a[1].add(half(v))) <= 0;
        compared++;
      }
      if (equal && compared > 0) {
        out.add(dev.yusuan.model.layout.RowRule.labelKey(name));
      }
    }
    return out;
  }

  private static boolean hasAncestor(String c, Set<String> codes) {
    for (int n = c.length() - 2; n >= 3; n -= 2) {
      if (codes.contains(c.substring(0, n))) {
        return true;
      }
    }
    return false;
  }

  private static BigDecimal number(String cell) {
    String s = cell.replace(" ", "").replace(",", "");
    if (s.isEmpty() || !Texts.isAmount(s)) {
      return null;
    }
    try {
      return new BigDecimal(s.replace("(", "-").replace(")", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Half a unit in the last printed place. */
  private static BigDecimal half(BigDecimal v) {
    return BigDecimal.ONE.scaleByPowerOfTen(-Math.max(v.scale(), 0)).divide(BigDecimal.valueOf(2));
  }
}
