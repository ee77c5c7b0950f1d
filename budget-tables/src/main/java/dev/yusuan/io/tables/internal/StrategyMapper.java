package dev.yusuan.io.tables.internal;

import static dev.yusuan.model.FactDimension.BUDGET_UNIT;
import static dev.yusuan.model.FactDimension.ECONOMIC;
import static dev.yusuan.model.FactDimension.FUNCTION;
import static dev.yusuan.model.FactDimension.PROCUREMENT_ITEM;
import static dev.yusuan.model.FactDimension.PROJECT;

import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Names;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.layout.ColumnRule;
import dev.yusuan.model.layout.Layout;
import dev.yusuan.model.layout.Mapping;
import dev.yusuan.model.layout.RowRule;
import dev.yusuan.model.layout.Section;
import java.util.Optional;

/**
 * Layout strategies for PDF tables whose shape the shared table mapper does not cover; each reads its
 * rows and columns from the {@link Layout} (data), the strategy only says how to walk the grid:
 * <ul>
 *   <li>{@code label-pairs}: side-by-side label/value pairs (收支预算总表): every text cell is a label,
 *       its value the first number to its right before the next text; the label is looked up in the
 *       row rules of every section, then (sections with {@code names FUNCTION}) as a 类 name;</li>
 *   <li>{@code columns}: every body row is the department total, each column maps by its header
 *       (支出预算总表, "三公"经费 tables); a column with no rule is reported;</li>
 *   <li>{@code revenue-groups}: 收入预算总表 with group labels beside their rows, each group opened by
 *       its 小计 row; the group is the {@code after=} anchor of the row rules;</li>
 *   <li>{@code two-halves}: tables printed as several side-by-side (code, name, amount) blocks
 *       (上海决算 一般公共预算财政拨款基本支出决算表: 人员经费 left, 公用经费 right); each block's rows are
 *       code rows of the section's code dimension, its labelled rows (人员经费合计) use the row rules;</li>
 *   <li>{@code procurement}: 政府采购 tables: 合计, category rows (row rules), 专项 rows with an
 *       经济科目 (→ PROJECT + ECONOMIC), item rows under them (→ + PROCUREMENT_ITEM).</li>
 *   <li>{@code performance-form}: 绩效目标表 forms ({@link PerformanceForms}): money label/value pairs of one
 *       project (or unit) and the indicator rows as performance targets.</li>
 * </ul>
 */
public final class StrategyMapper {
  private StrategyMapper() {}

  public static boolean supports(String strategy) {
    return switch (strategy) {
      case "label-pairs", "columns", "revenue-groups", "procurement", "two-halves", "performance-form" -> true;
      default -> false;
    };
  }

  public static void map(String strategy, Layout layout, Emitter out, Grid grid, Catalogue cat,
      int year) {
    switch (strategy) {
      case "label-pairs" -> labelPairs(layout, out, grid, cat, year);
      case "columns" -> columns(layout, out, grid);
      case "revenue-groups" -> revenueGroups(layout, out, grid);
      case "procurement" -> procurement(layout, out, grid, cat, year);
      case "two-halves" -> twoHalves(layout, out, grid);
      case "performance-form" -> PerformanceForms.map(layout, out, grid);
      default -> throw new IllegalArgumentException(strategy);
    }
  }

  private static Mapping base(Section s) {
    return new Mapping(Optional.of(s.concept()), s.base());
  }

  private static void emit(Emitter out, int r, int c, Mapping m, Concept fallback) {
    out.fact(r, c, m.concept().orElse(fallback), m.coordinates());
  }

  private static void emit(Emitter out, int r, int c, Mapping m, Concept fallback, String label) {
    out.fact(r, c, m.concept().orElse(fallback), m.coordinates(), label);
  }

  private static Optional<Mapping> meaning(Layout layout, String label, String anchor, Catalogue cat,
      int year) {
    for (Section s : layout.sections()) {
      Optional<RowRule> r = s.rowRule(label, anchor);
      if (r.isPresent()) {
        return Optional.of(base(s).then(r.get().mapping()));
      }
    }
    for (Section s : layout.sections()) {
      if (s.namesDimension().filter(d -> d == FUNCTION).isPresent()) {
        Optional<String> code = Layouts.functionClass(cat, label, year);
        if (code.isPresent()) {
          return Optional.of(base(s).then(new Mapping(Optional.empty(),
              Coordinates.of(FUNCTION, code.get()))));
        }
      }
    }
    return Optional.empty();
  }

  private static void labelPairs(Layout layout, Emitter out, Grid grid, Catalogue cat, int year) {
    DisclosureTable t = out.table();
    for (int r = 0; r < t.rows().size(); r++) {
      DisclosureTable.Row row = t.rows().get(r);
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
        Optional<Mapping> m = meaning(layout, label, null, cat, year);
        if (m.isPresent()) {
          emit(out, r, v, m.get(), layout.sections().get(0).concept(), label);
        } else {
          out.unmapped(r, v, "行标签不在版式中: " + label, "row label not in the layout: " + label);
        }
      }
    }
  }

  private static void columns(Layout layout, Emitter out, Grid grid) {
    DisclosureTable t = out.table();
    Section s = layout.sections().get(0);
    // a table printing a row per 单位 (合计 first): the unit column's text is the row's BUDGET_UNIT
    int unit = -1;
    for (int c = 0; c < grid.columns().size() && s.unitColumn().isPresent(); c++) {
      if (grid.columns().get(c).kind() != Grid.Kind.NUMBER
          && Section.headerIs(grid.columns().get(c).path(), s.unitColumn())) {
        unit = c;
      }
    }
    for (int c = 0; c < grid.columns().size(); c++) {
      Grid.Col col = grid.columns().get(c);
      if (c == unit) {
        continue;
      }
      if (dev.yusuan.model.layout.HeaderLexicon.isRateHeader(col.path())) {
        for (int r = 0; r < t.rows().size(); r++) {
          out.notAnAmount(r, c); // 增减率 (%): a percentage, not an amount (checked by the packs)
        }
        continue;
      }
      Optional<ColumnRule> rule = s.columnRule(col.path());
      for (int r = 0; r < t.rows().size(); r++) {
        String name = unit < 0 ? "" : t.rows().get(r).cell(unit).strip();
        if (rule.isPresent() && !name.isEmpty() && !s.isTotal(name)) {
          emit(out, r, c, base(s).then(rule.get().mapping()).then(new Mapping(Optional.empty(),
              Coordinates.of(BUDGET_UNIT, name))), s.concept(), name);
        } else if (rule.isPresent()) {
          emit(out, r, c, base(s).then(rule.get().mapping()), s.concept());
        } else {
          out.unmapped(r, c, "列标题不在版式中: " + col.header(),
              "column header not in the layout: " + col.header());
        }
      }
    }
  }

  private static void twoHalves(Layout layout, Emitter out, Grid grid) {
    DisclosureTable t = out.table();
    Section s = layout.sections().get(0);
    java.util.List<int[]> blocks = new java.util.ArrayList<>(); // [first, last] column of a block
    int start = 0;
    for (int c = 1; c <= grid.columns().size(); c++) {
      if (c == grid.columns().size() || grid.columns().get(c).kind() == Grid.Kind.CODE
          && grid.columns().get(c - 1).kind() != Grid.Kind.CODE) {
        blocks.add(new int[] {start, c - 1});
        start = c;
      }
    }
    dev.yusuan.model.FactDimension dim = s.codeDimension().orElse(ECONOMIC);
    for (int r = 0; r < t.rows().size(); r++) {
      DisclosureTable.Row row = t.rows().get(r);
      for (int[] b : blocks) {
        String code = "";
        StringBuilder label = new StringBuilder();
        for (int c = b[0]; c <= b[1]; c++) {
          Grid.Kind k = grid.columns().get(c).kind();
          if (k == Grid.Kind.CODE && Texts.isCode(row.cell(c))) {
            code = row.cell(c);
          } else if (k != Grid.Kind.NUMBER) {
            label.append(row.cell(c));
          }
        }
        Optional<Mapping> m = Optional.empty();
        String lab = label.toString();
        if (!code.isEmpty()) {
          m = Optional.of(base(s).then(new Mapping(Optional.empty(),
              Coordinates.of(dim, code))));
        } else if (!lab.isBlank()) {
          m = s.rowRule(lab, null).map(x -> base(s).then(x.mapping()));
          if (m.isEmpty() && s.isTotal(lab)) {
            m = Optional.of(base(s));
          }
        }
        for (int c = b[0]; c <= b[1]; c++) {
          if (grid.columns().get(c).kind() != Grid.Kind.NUMBER || row.cell(c).isBlank()) {
            continue;
          }
          if (m.isPresent()) {
            out.fact(r, c, m.get().concept().orElse(s.concept()), m.get().coordinates(), lab,
                code.isEmpty() ? null : code);
          } else {
            out.unmapped(r, c, "行没有科目编码且标签不在版式中: " + lab,
                "row has no code and its label is not in the layout: " + lab);
          }
        }
      }
    }
  }

  private static int lastNumberColumn(Grid grid) {
    for (int c = grid.columns().size() - 1; c >= 0; c--) {
      if (grid.columns().get(c).kind() == Grid.Kind.NUMBER) {
        return c;
      }
    }
    return -1;
  }

  private static void revenueGroups(Layout layout, Emitter out, Grid grid) {
    DisclosureTable t = out.table();
    Section s = layout.sections().get(0);
    int value = lastNumberColumn(grid);
    if (value < 0) {
      return;
    }
    int n = t.rows().size();
    String[] group = new String[n];
    int start = -1;
    for (int r = 0; r <= n; r++) {
      boolean subtotal = r < n && RowRule.labelKey(item(t.rows().get(r), value)).equals("小计");
      if (r == n || subtotal) {
        if (start >= 0) {
          String g = null;
          for (int k = start; k < r; k++) {
            String gl = group(t.rows().get(k), value);
            if (!gl.isEmpty()) {
              g = gl;
            }
          }
          for (int k = start; k < r; k++) {
            group[k] = g;
          }
        }
        start = r;
      }
    }
    for (int r = 0; r < n; r++) {
      String item = item(t.rows().get(r), value);
      Optional<RowRule> rule = s.rowRule(item, group[r]);
      if (rule.isPresent()) {
        emit(out, r, value, base(s).then(rule.get().mapping()), s.concept(),
            (group[r] == null ? "" : group[r] + "/") + item);
      } else {
        String g = group[r] == null ? "" : group[r] + "/";
        out.unmapped(r, value, "收入明细行不在版式中（无对应资金来源成员）: " + g + item,
            "revenue detail row not in the layout (no fund-source member): " + g + item);
      }
    }
  }

  /** The item label: the rightmost text cell left of the value column. */
  private static String item(DisclosureTable.Row row, int value) {
    for (int c = value - 1; c >= 0; c--) {
      if (!row.cell(c).isBlank() && !Emitter.isNumber(row.cell(c))) {
        return Names.key(row.cell(c));
      }
    }
    return "";
  }

  /** The group label: a text cell left of the item label (or in the first column of a row alone). */
  private static String group(DisclosureTable.Row row, int value) {
    int found = 0;
    for (int c = value - 1; c >= 0; c--) {
      if (!row.cell(c).isBlank()) {
        found++;
        if (found == 2) {
          return RowRule.labelKey(row.cell(c));
        }
      }
    }
    if (found == 1 && !row.cell(0).isBlank() && value > 1) {
      return RowRule.labelKey(row.cell(0));
    }
    return "";
  }

  /**
   * Per row, the row whose label cells it uses: itself, or — for a row printing only an amount — the
   * single adjacent row printing only labels (a project or 经济科目 cell centred vertically over two
   * lines lands on a line of its own, above or below its amount); that label row gets -1. When both
   * neighbours print only labels the amount keeps its own (blank) labels and is reported.
   */
  private static int[] lentLabels(DisclosureTable t, int value, int... textColumns) {
    int n = t.rows().size();
    int[] labels = new int[n];
    for (int r = 0; r < n; r++) {
      labels[r] = r;
    }
    for (int r = 0; r < n; r++) {
      if (labels[r] != r || t.rows().get(r).cell(value).isBlank()
          || hasText(t.rows().get(r), textColumns)) {
        continue;
      }
      boolean above = r > 0 && labels[r - 1] == r - 1 && labelsOnly(t.rows().get(r - 1), value, textColumns);
      boolean below = r + 1 < n && labelsOnly(t.rows().get(r + 1), value, textColumns);
      if (above != below) {
        int from = above ? r - 1 : r + 1;
        labels[r] = from;
        labels[from] = -1;
      }
    }
    return labels;
  }

  private static boolean hasText(DisclosureTable.Row row, int... columns) {
    for (int c : columns) {
      if (c >= 0 && !row.cell(c).isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean labelsOnly(DisclosureTable.Row row, int value, int... textColumns) {
    return row.cell(value).isBlank() && hasText(row, textColumns);
  }

  /** An item row of a 政府采购 table: the row (专项 × 经济科目) it details, its printed name and form. */
  private record ItemRow(int row, int group, Mapping parent, String name, String form,
      boolean doubtful) {}

  /**
   * 政府采购 tables: 合计, category rows (row rules), 专项 × 经济科目 rows (→ PROJECT + ECONOMIC), and the
   * item rows printed under them (采购物品名称 / 采购品目名称 → + PROCUREMENT_ITEM by printed name). An
   * item row that leaves its name blank continues the item above (printed once for two 采购组织形式);
   * it is doubtful. The same item printed twice under one row is told apart by its 采购组织形式. When
   * an item of a row cannot be read, the row's other items are doubtful (their sum is incomplete).
   */
  private static void procurement(Layout layout, Emitter out, Grid grid, Catalogue cat, int year) {
    DisclosureTable t = out.table();
    Section s = layout.sections().get(0);
    int value = lastNumberColumn(grid);
    int category = Layouts.column(grid, "品目大类");
    int project = Layouts.column(grid, "专项");
    int economic = Layouts.column(grid, "经济科目");
    int item = itemColumn(grid, category);
    int form = Layouts.column(grid, "组织形式");
    if (form < 0) {
      form = Layouts.column(grid, "采购方式");
    }
    if (value < 0) {
      return;
    }
    int[] labels = lentLabels(t, value, category, project, economic, item);
    Mapping type = null;
    String currentProject = null;
    Mapping group = null;
    int groupId = 0;
    String lastItem = null;
    boolean unknownName = false;
    java.util.List<ItemRow> items = new java.util.ArrayList<>();
    java.util.Set<Integer> incomplete = new java.util.HashSet<>(); // groups with an unread item
    for (int r = 0; r < t.rows().size(); r++) {
      if (labels[r] < 0) {
        continue; // its labels belong to the amount printed on the adjacent line
      }
      boolean lent = labels[r] != r;
      DisclosureTable.Row row = t.rows().get(labels[r]);
      String head = category >= 0 ? row.cell(category) : "";
      if (s.isTotal(head)) {
        emit(out, r, value, base(s), s.concept());
        continue;
      }
      if (!head.isBlank()) {
        Optional<RowRule> rule = s.rowRule(head, null);
        type = rule.map(x -> base(s).then(x.mapping())).orElse(null);
        currentProject = null;
        group = null;
        lastItem = null;
        if (type != null) {
          emit(out, r, value, type, s.concept());
        } else {
          out.unmapped(r, value, "采购品目大类不在版式中: " + head,
              "procurement category not in the layout: " + head);
        }
        continue;
      }
      if (project >= 0 && !row.cell(project).isBlank()) {
        currentProject = Names.normalize(row.cell(project));
      }
      String econ = economic >= 0 ? row.cell(economic) : "";
      String name = item >= 0 ? row.cell(item) : "";
      if (!econ.isBlank()) {
        Optional<String> code = Layouts.economicByName(cat, econ, year);
        groupId++;
        lastItem = null;
        // a name no catalogue code has is read under its printed name, doubtful: no amount is lost
        unknownName = code.isEmpty();
        group = type == null || currentProject == null ? null
            : type.then(new Mapping(Optional.empty(), Coordinates.EMPTY.with(PROJECT, currentProject)
                .with(ECONOMIC, code.orElse(Layouts.labelKey(econ)))));
        if (group == null) {
          out.unmapped(r, value, "无法确定采购类别或专项: " + econ,
              "cannot resolve procurement category or project: " + econ);
          continue;
        }
        if (unknownName) {
          incomplete.add(groupId);
          out.diagnostic(Severity.WARNING, "pdf.name-not-in-catalogue",
              "经济科目名称不在内置科目表中，按名称读取（存疑）: " + Names.normalize(econ),
              "economic class name not in the bundled catalogue; read under its name (doubtful): "
                  + Names.normalize(econ), r, value);
        }
        if (name.isBlank()) {
          Mapping g = group;
          out.fact(r, value, g.concept().orElse(s.concept()), g.coordinates(), null, null,
              unknownName);
          continue;
        }
      }
      boolean carried = name.isBlank();
      if (carried) {
        name = lastItem;
      }
      if (group == null || name == null || name.isBlank()) {
        incomplete.add(groupId);
        out.unmapped(r, value, "采购物品明细无法归属到专项和经济科目行",
            "procurement item row cannot be placed under a project and economic-class row");
        continue;
      }
      lastItem = name;
      items.add(new ItemRow(r, groupId, group, Names.normalize(name),
          form >= 0 ? Names.normalize(row.cell(form)) : "", lent || carried));
    }
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (ItemRow x : items) {
      seen.merge(x.group() + "|" + x.name(), 1, Integer::sum);
    }
    for (ItemRow x : items) {
      if (seen.get(x.group() + "|" + x.name()) > 1 && x.form().isEmpty()) {
        incomplete.add(x.group());
        out.unmapped(x.row(), value, "同一采购物品在一行下出现两次且无采购组织形式可区分: " + x.name(),
            "the same procurement item is printed twice under one row, with no form to tell them"
                + " apart: " + x.name());
      }
    }
    for (ItemRow x : items) {
      boolean twice = seen.get(x.group() + "|" + x.name()) > 1;
      if (twice && x.form().isEmpty()) {
        continue;
      }
      String member = twice ? x.name() + "(" + x.form() + ")" : x.name();
      Mapping m = x.parent().then(new Mapping(Optional.empty(),
          Coordinates.of(PROCUREMENT_ITEM, member)));
      // the items of a row with an item left unread cannot be summed with confidence
      out.fact(x.row(), value, m.concept().orElse(s.concept()), m.coordinates(), x.name(), null,
          x.doubtful() || incomplete.contains(x.group()));
    }
  }

  /** The 采购物品名称 / 采购品目名称 column: a header naming 物品 or 品目 that is not the category's. */
  private static int itemColumn(Grid grid, int category) {
    int c = Layouts.column(grid, "物品");
    if (c >= 0) {
      return c;
    }
    for (int k = 0; k < grid.columns().size(); k++) {
      if (k != category && Names.key(grid.columns().get(k).header()).contains("品目")) {
        return k;
      }
    }
    return -1;
  }
}
