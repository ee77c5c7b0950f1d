package dev.yusuan.io.tables.internal;

import dev.yusuan.model.Catalogue;
import dev.yusuan.model.CatalogueEntry;
import dev.yusuan.model.Code;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Names;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.layout.Layout;
import dev.yusuan.model.layout.Mapping;
import dev.yusuan.model.layout.RowRule;
import dev.yusuan.model.layout.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 *   <li><b>By arithmetic</b> ({@link SubtotalRows}): a code-less row with amounts that no row rule
 *       maps — blank, unknown, 小计, a group name, a 合计 between groups — that equals the sum of the
 *       table's top-level code rows is the total row (a blank label reads 合计); one that equals the
 *       sum of its block is a subtotal: of a 支出用途 group (a row rule SPENDING_TYPE=…), of an
 *       unprinted ancestor code (written into the code cell), or ambiguous (WARNING, not read). An
 *       economic name no catalogue code has and that is no sum is read under its printed name
 *       (WARNING). Reported, their facts doubtful.</li>
 * </ul>
 * A row resolved neither way stays as printed, and the mapper reports it.
 */
final class CodelessRows {
  private CodelessRows() {}

  /**
   * The table with codes filled in, the layout with this table's total labels, a note per decision
   * and the (page, line) keys of the rows whose facts rest on it.
   */
  record Result(DisclosureTable table, Layout layout, List<String> notes, Set<String> doubtfulRows,
      List<RowNote> warnings, Map<String, String> groupRows, String baseType) {}

  /** A WARNING about one row: its diagnostic code and messages. */
  record RowNote(DisclosureTable.Row row, String code, String zh, String en) {}

  static Result apply(DisclosureTable t, Grid grid, Layout layout, Catalogue cat, int year) {
    Result none = new Result(t, layout, List.of(), Set.of(), List.of(), Map.of(), null);
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
          || !SubtotalRows.hasAmount(row, code, label)) {
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
    List<RowNote> warnings = new ArrayList<>();
    List<String> labels = new ArrayList<>(s.totals());
    List<RowRule> rules = new ArrayList<>(s.rows());
    List<SubtotalRows.Decision> decisions = SubtotalRows.classify(rows, s, code, label,
        scheme.get());
    Map<String, String> groupRows = groupRows(rows, decisions, code);
    for (SubtotalRows.Decision d : decisions) {
      DisclosureTable.Row row = rows.get(d.row());
      String name = Names.normalize(row.cell(label));
      String shown = name.isEmpty() ? "(空白)" : name;
      List<String> cells = new ArrayList<>(row.cells());
      String block = d.from() < 0 ? "" : " (Σ " + at(rows.get(d.from())) + " – "
          + at(rows.get(d.to())) + ")";
      boolean word = name.isEmpty() || s.isTotal(name) || Texts.isTotalLabel(Names.key(name))
          || Names.key(name).matches(".*(小计|合计|总计)$");
      switch (d.kind()) {
        case TOTAL -> {
          if (name.isEmpty()) {
            cells.set(label, labels.isEmpty() ? "合计" : labels.get(0));
          }
          String k = RowRule.labelKey(cells.get(label));
          if (!labels.contains(k)) {
            labels.add(k);
          }
          notes.add(shown + " → 合计 (Σ) @" + at(row));
        }
        case SPENDING_TYPE -> {
          if (word) {
            cells.set(label, d.group() + "小计");
          }
          // the row, and the label-only row opening its block (it prints no amount)
          Mapping m = new Mapping(Optional.empty(), Coordinates.of(FactDimension.SPENDING_TYPE,
              d.member()));
          for (String k : new LinkedHashSet<>(List.of(RowRule.labelKey(cells.get(label)),
              RowRule.labelKey(d.group())))) {
            rules.add(new RowRule(List.of(k), Optional.empty(), m));
          }
          notes.add(shown + " → " + d.group() + block + " @" + at(row));
        }
        case CODE -> {
          cells.set(code, d.member());
          if (word) {
            cells.set(label, cat.nameOf(scheme.get(), d.member(), year).orElse(""));
          }
          notes.add(shown + " → " + d.member() + block + " @" + at(row));
        }
        case AMBIGUOUS -> {
          if (s.isTotal(name)) {
            cells.set(label, name + "(小计)"); // a 合计 between groups is not the grand total
          }
          warnings.add(new RowNote(row, "pdf.subtotal-ambiguous",
              "无编码的行等于其所在组" + block + "之和，但组的含义无法确定，本行未读取: " + shown,
              "row without a code equals the sum of its block" + block
                  + " but the block's meaning is unknown; row not read: " + shown));
        }
        case UNKNOWN_NAME -> {
          rules.add(new RowRule(List.of(RowRule.labelKey(name)), Optional.empty(), new Mapping(
              Optional.empty(), Coordinates.of(s.codeDimension().get(), d.member()))));
          doubtful.addAll(parentsAbove(rows, d.row(), code));
          warnings.add(new RowNote(row, "pdf.name-not-in-catalogue",
              "经济科目名称不在内置科目表中，按名称读取（存疑）: " + name,
              "economic class name not in the bundled catalogue; read under its name (doubtful): "
                  + name));
        }
        default -> throw new IllegalStateException(d.kind().name());
      }
      if (d.kind() != SubtotalRows.Kind.AMBIGUOUS) {
        doubtful.add(key(row));
      }
      rows.set(d.row(), DisclosureTable.Row.builder().from(row).cells(cells)
          .code(d.kind() == SubtotalRows.Kind.CODE ? Optional.of(d.member()) : row.code())
          .build());
    }
    DisclosureTable named = DisclosureTable.builder().from(t).rows(rows).build();
    Layout out = layout;
    if (!labels.equals(s.totals()) || !rules.equals(s.rows())) {
      Section changed = new Section(s.header(), s.concept(), s.base(), s.codeColumn(),
          s.codeDimension(), s.labelColumn(), s.namesDimension(), s.unitColumn(), s.projectColumn(),
          List.copyOf(labels), s.columns(), List.copyOf(rules), s.anchors(), s.textColumns(),
          s.targetColumns(), s.blankIsZero());
      out = new Layout(layout.template(), layout.kind(), layout.titleKeywords(),
          layout.titleExcludes(), layout.headerKeywords(), layout.requiredHeaders(),
          List.of(changed), layout.properties());
    }
    return new Result(named, out, notes, doubtful, warnings, groupRows,
        s.base().getOrNull(FactDimension.SPENDING_TYPE));
  }

  /**
   * The keys of the printed rows whose codes are ancestors of (or the class of) the last code
   * printed above {@code r}: a row read under its name may be one of their parts, so their sums are
   * doubtful too.
   */
  private static Set<String> parentsAbove(List<DisclosureTable.Row> rows, int r, int code) {
    String context = null;
    for (int k = r - 1; k >= 0 && context == null; k--) {
      String c = Names.key(rows.get(k).cell(code));
      context = Texts.isCode(c) ? c : null;
    }
    Set<String> out = new HashSet<>();
    for (int k = 0; k < rows.size() && context != null; k++) {
      String c = Names.key(rows.get(k).cell(code));
      if (Texts.isCode(c) && context.startsWith(c) && (c.length() < context.length()
          || c.length() == 3)) {
        out.add(key(rows.get(k)));
      }
    }
    return out;
  }

  /**
   * When a code is printed in two 支出用途 blocks (201 under 基本支出 and again under 项目支出), each
   * code row of those blocks stands for its group's part of the code: the (page, line) keys of those
   * rows with their type. Empty when no code repeats (each row is then the code's whole amount).
   */
  private static Map<String, String> groupRows(List<DisclosureTable.Row> rows,
      List<SubtotalRows.Decision> decisions, int code) {
    Map<String, Integer> blocks = new HashMap<>();
    boolean repeated = false;
    for (SubtotalRows.Decision d : decisions) {
      if (d.kind() != SubtotalRows.Kind.SPENDING_TYPE) {
        continue;
      }
      Set<String> seen = new HashSet<>();
      for (int k = d.from(); k <= d.to(); k++) {
        String c = Names.key(rows.get(k).cell(code));
        if (Texts.isCode(c) && seen.add(c)) {
          repeated |= blocks.merge(c, 1, Integer::sum) > 1;
        }
      }
    }
    if (!repeated) {
      return Map.of();
    }
    Map<String, String> out = new HashMap<>();
    for (SubtotalRows.Decision d : decisions) {
      for (int k = d.from(); d.kind() == SubtotalRows.Kind.SPENDING_TYPE && k <= d.to(); k++) {
        if (Texts.isCode(Names.key(rows.get(k).cell(code)))) {
          out.put(key(rows.get(k)), d.member());
        }
      }
    }
    return out;
  }

  /**
   * The facts of a table with the 支出用途 of their group added ({@link Result#groupRows}): where the
   * column gives none, or the section's base type, the group's type replaces it.
   */
  static List<Fact> inGroups(List<Fact> facts, Result r) {
    if (r.groupRows().isEmpty()) {
      return facts;
    }
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      String type = r.groupRows().get(f.provenance().page().orElse(-1) + "|"
          + f.provenance().line().orElse(-1));
      String has = f.coordinates().getOrNull(FactDimension.SPENDING_TYPE);
      out.add(type == null || has != null && !has.equals(r.baseType()) ? f : Fact.builder().from(f)
          .coordinates(f.coordinates().with(FactDimension.SPENDING_TYPE, type)).build());
    }
    return out;
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
}
