package dev.yusuan.io.pdf.internal;

import static dev.yusuan.model.Dimension.ECONOMIC;
import static dev.yusuan.model.Dimension.FUNCTION;
import static dev.yusuan.model.Dimension.FUND_SOURCE;
import static dev.yusuan.model.Dimension.PROCUREMENT_TYPE;
import static dev.yusuan.model.Dimension.PROJECT;
import static dev.yusuan.model.Dimension.SPENDING_TYPE;
import static dev.yusuan.model.Dimension.THREE_PUBLIC_ITEM;

import dev.yusuan.io.pdf.internal.Layouts.Meaning;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.Names;
import dev.yusuan.model.ProcurementType;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.Table;
import dev.yusuan.model.ThreePublicItem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Layouts of the Jiangsu provincial 部门预算 template (公开表一–十二), recognised from titles and
 * headers. Conventions: docs/fact-conventions.md, section Jiangsu.
 */
public final class JiangsuLayouts {
  private JiangsuLayouts() {}

  private static final Coordinates E = Coordinates.EMPTY;

  /** The layout kind of a table, from its title and header; empty when not a Jiangsu table. */
  public static Optional<String> recognise(String title, Grid grid) {
    String t = Names.key(title).replaceAll("^\\d{4}年(度)?", "");
    String h = Names.key(String.join("|", grid.columns().stream().map(Grid.Col::header).toList()));
    if (t.contains("三公") && t.contains("会议费") && t.contains("培训费")) {
      return Optional.of("js.three-public");
    }
    if (t.contains("机关运行经费")) {
      return Optional.of("js.operating-cost");
    }
    if (t.contains("政府采购")) {
      return Optional.of("js.procurement");
    }
    if (t.contains("政府性基金") && t.endsWith("支出预算表") || t.contains("政府性基金") && t.endsWith("支出表")) {
      return Optional.of("js.gov-fund");
    }
    if (t.equals("财政拨款收支预算总表")) {
      return Optional.of("js.fiscal-summary");
    }
    if (t.equals("收支预算总表") && h.contains("支出用途")) {
      return Optional.of("js.summary");
    }
    if (t.equals("收入预算总表")) {
      return Optional.of("js.revenue");
    }
    if (t.equals("支出预算总表") && h.contains("单位预留机动经费")) {
      return Optional.of("js.expenditure-summary");
    }
    boolean function = t.contains("功能科目") || h.contains("功能科目");
    boolean economic = t.contains("经济科目") || h.contains("科目编码") && !function;
    if (t.startsWith("财政拨款基本支出预算表") && economic) {
      return Optional.of("js.fiscal-basic");
    }
    if (t.startsWith("财政拨款支出预算表") && function) {
      return Optional.of("js.fiscal-function");
    }
    if (t.startsWith("一般公共预算基本支出预算表") && economic) {
      return Optional.of("js.gpb-basic");
    }
    if (t.startsWith("一般公共预算支出预算表") && function) {
      return Optional.of("js.gpb-function");
    }
    return Optional.empty();
  }

  /** Maps a recognised table's cells to facts. */
  public static void map(String kind, Emitter out, Grid grid, Catalogue cat, int year) {
    Coordinates fiscal = E.with(FUND_SOURCE, FundSource.FISCAL_APPROPRIATION);
    Coordinates gpb = E.with(FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
    switch (kind) {
      case "js.summary" -> Layouts.labelPairs(out, grid, l -> summary(l, cat, year));
      case "js.fiscal-summary" -> Layouts.labelPairs(out, grid, l -> fiscalSummary(l));
      case "js.revenue" -> revenue(out, grid);
      case "js.expenditure-summary" -> headerColumns(out, grid, Map.of(
          "合计", new Meaning(Concept.EXPENDITURE, E),
          "基本支出", new Meaning(Concept.EXPENDITURE, E.with(SPENDING_TYPE, SpendingType.BASIC)),
          "项目支出", new Meaning(Concept.EXPENDITURE, E.with(SPENDING_TYPE, SpendingType.PROJECT)),
          "单位预留机动经费", new Meaning(Concept.EXPENDITURE,
              E.with(SPENDING_TYPE, SpendingType.RESERVE)),
          "结转下年资金", new Meaning(Concept.CARRY_FORWARD, E)));
      case "js.fiscal-function" -> single(out, grid, Concept.EXPENDITURE, fiscal, FUNCTION, cat, year);
      case "js.fiscal-basic" -> single(out, grid, Concept.EXPENDITURE,
          fiscal.with(SPENDING_TYPE, SpendingType.BASIC), ECONOMIC, cat, year);
      case "js.gpb-function" -> single(out, grid, Concept.EXPENDITURE, gpb, FUNCTION, cat, year);
      case "js.gpb-basic" -> single(out, grid, Concept.EXPENDITURE,
          gpb.with(SPENDING_TYPE, SpendingType.BASIC), ECONOMIC, cat, year);
      case "js.gov-fund" -> single(out, grid, Concept.EXPENDITURE,
          E.with(FUND_SOURCE, FundSource.GOVERNMENT_FUND), FUNCTION, cat, year);
      case "js.operating-cost" -> single(out, grid, Concept.OPERATING_COST, E, ECONOMIC, cat, year);
      case "js.three-public" -> threePublic(out, grid);
      case "js.procurement" -> procurement(out, grid, cat, year);
      default -> throw new IllegalArgumentException(kind);
    }
  }

  private static void single(Emitter out, Grid grid, Concept concept, Coordinates base,
      dev.yusuan.model.Dimension dim, Catalogue cat, int year) {
    Map<Integer, Coordinates> values = new LinkedHashMap<>();
    for (int c = 0; c < grid.columns().size(); c++) {
      if (grid.columns().get(c).kind() == Grid.Kind.NUMBER) {
        values.put(c, E);
      }
    }
    Layouts.codeRows(out, grid, concept, base, dim, values, cat, year);
  }

  static Optional<Meaning> summary(String label, Catalogue cat, int year) {
    String k = Layouts.labelKey(label);
    Concept rev = Concept.REVENUE;
    Concept exp = Concept.EXPENDITURE;
    return switch (k) {
      case "财政拨款" -> fs(rev, FundSource.FISCAL_APPROPRIATION);
      case "一般公共预算" -> fs(rev, FundSource.GENERAL_PUBLIC_BUDGET);
      case "政府性基金预算" -> fs(rev, FundSource.GOVERNMENT_FUND);
      case "国有资本经营预算" -> fs(rev, FundSource.STATE_CAPITAL);
      case "财政专户管理资金" -> fs(rev, FundSource.SPECIAL_ACCOUNT);
      case "其他资金" -> fs(rev, FundSource.UNIT_FUNDS);
      case "当年收入小计" -> fs(rev, FundSource.CURRENT_YEAR);
      case "上年结转资金" -> fs(rev, FundSource.CARRY_OVER);
      case "收入合计" -> Optional.of(new Meaning(rev, E));
      case "基本支出" -> st(SpendingType.BASIC);
      case "项目支出" -> st(SpendingType.PROJECT);
      case "单位预留机动经费" -> st(SpendingType.RESERVE);
      case "当年支出小计" -> Optional.of(new Meaning(exp, E));
      case "结转下年资金" -> Optional.of(new Meaning(Concept.CARRY_FORWARD, E));
      case "支出合计" -> Optional.of(new Meaning(Concept.USES_TOTAL, E));
      default -> Layouts.functionClass(cat, k, year)
          .map(code -> new Meaning(exp, E.with(FUNCTION, code)));
    };
  }

  static Optional<Meaning> fiscalSummary(String label) {
    String k = Layouts.labelKey(label);
    Coordinates fiscal = E.with(FUND_SOURCE, FundSource.FISCAL_APPROPRIATION);
    return switch (k) {
      case "一般公共预算" -> fs(Concept.REVENUE, FundSource.GENERAL_PUBLIC_BUDGET);
      case "政府性基金预算" -> fs(Concept.REVENUE, FundSource.GOVERNMENT_FUND);
      case "国有资本经营预算" -> fs(Concept.REVENUE, FundSource.STATE_CAPITAL);
      case "收入合计" -> fs(Concept.REVENUE, FundSource.FISCAL_APPROPRIATION);
      case "基本支出" -> Optional.of(new Meaning(Concept.EXPENDITURE,
          fiscal.with(SPENDING_TYPE, SpendingType.BASIC)));
      case "项目支出" -> Optional.of(new Meaning(Concept.EXPENDITURE,
          fiscal.with(SPENDING_TYPE, SpendingType.PROJECT)));
      case "单位预留机动经费" -> Optional.of(new Meaning(Concept.EXPENDITURE,
          fiscal.with(SPENDING_TYPE, SpendingType.RESERVE)));
      case "支出合计" -> Optional.of(new Meaning(Concept.EXPENDITURE, fiscal));
      default -> Optional.empty();
    };
  }

  private static Optional<Meaning> fs(Concept c, FundSource f) {
    return Optional.of(new Meaning(c, E.with(FUND_SOURCE, f)));
  }

  private static Optional<Meaning> st(SpendingType s) {
    return Optional.of(new Meaning(Concept.EXPENDITURE, E.with(SPENDING_TYPE, s)));
  }

  /**
   * 收入预算总表: a group label (一般公共预算资金, 政府性基金, 财政专户管理资金, 其他资金, 上年结转和结余资金)
   * sits vertically centred beside its rows; every group starts with its 小计 row.
   */
  private static void revenue(Emitter out, Grid grid) {
    Table t = out.table();
    int value = -1;
    for (int c = grid.columns().size() - 1; c >= 0; c--) {
      if (grid.columns().get(c).kind() == Grid.Kind.NUMBER) {
        value = c;
        break;
      }
    }
    if (value < 0) {
      return;
    }
    int n = t.rows().size();
    String[] group = new String[n];
    int start = -1;
    for (int r = 0; r <= n; r++) {
      boolean subtotal = r < n && itemLabel(t.rows().get(r), value).equals("小计");
      if (r == n || subtotal) {
        if (start >= 0) {
          String g = null;
          for (int k = start; k < r; k++) {
            String gl = groupLabel(t.rows().get(k), value);
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
      String item = itemLabel(t.rows().get(r), value);
      String g = group[r] == null ? "" : group[r];
      Optional<FundSource> f = Optional.empty();
      boolean total = false;
      if (item.equals("收入总计")) {
        total = true;
      } else if (item.equals("小计")) {
        f = switch (g) {
          case "一般公共预算资金" -> Optional.of(FundSource.GENERAL_PUBLIC_BUDGET);
          case "政府性基金" -> Optional.of(FundSource.GOVERNMENT_FUND);
          case "国有资本经营预算资金", "国有资本经营预算" -> Optional.of(FundSource.STATE_CAPITAL);
          case "财政专户管理资金" -> Optional.of(FundSource.SPECIAL_ACCOUNT);
          case "其他资金" -> Optional.of(FundSource.UNIT_FUNDS);
          case "上年结转和结余资金" -> Optional.of(FundSource.CARRY_OVER);
          default -> Optional.empty();
        };
      } else {
        f = switch (item) {
          case "事业收入" -> Optional.of(FundSource.BUSINESS_INCOME);
          case "经营收入", "事业单位经营收入" -> Optional.of(FundSource.OPERATING_INCOME);
          case "其他收入" -> Optional.of(FundSource.OTHER_INCOME);
          default -> Optional.empty();
        };
      }
      if (total) {
        out.fact(r, value, Concept.REVENUE, E);
      } else if (f.isPresent()) {
        out.fact(r, value, Concept.REVENUE, E.with(FUND_SOURCE, f.get()));
      } else {
        out.unmapped(r, value, "收入明细项没有对应的资金来源成员: " + g + "/" + item,
            "revenue detail has no fund-source member: " + g + "/" + item);
      }
    }
  }

  private static String itemLabel(Table.Row row, int value) {
    for (int c = value - 1; c >= 0; c--) {
      if (!row.cell(c).isBlank() && !Emitter.isNumber(row.cell(c))) {
        String k = Names.key(row.cell(c));
        return k.startsWith("其中:") ? k : Layouts.labelKey(k);
      }
    }
    return "";
  }

  private static String groupLabel(Table.Row row, int value) {
    int found = 0;
    for (int c = value - 1; c >= 0; c--) {
      if (!row.cell(c).isBlank()) {
        found++;
        if (found == 2) {
          return Names.key(row.cell(c));
        }
      }
    }
    // a row holding only the group label (no item)
    if (found == 1) {
      for (int c = 0; c < value; c++) {
        if (!row.cell(c).isBlank()) {
          return c == 0 && row.cells().size() > 2 ? Names.key(row.cell(c)) : "";
        }
      }
    }
    return "";
  }

  /** Tables whose columns carry the meaning (支出预算总表): header leaf → meaning, every row. */
  private static void headerColumns(Emitter out, Grid grid, Map<String, Meaning> byHeader) {
    Table t = out.table();
    for (int c = 0; c < grid.columns().size(); c++) {
      String leaf = leaf(grid.columns().get(c));
      Meaning m = byHeader.get(leaf);
      for (int r = 0; r < t.rows().size(); r++) {
        if (m != null) {
          out.fact(r, c, m.concept(), m.coordinates());
        } else {
          out.unmapped(r, c, "列标题未知: " + leaf, "unknown column header: " + leaf);
        }
      }
    }
  }

  private static String leaf(Grid.Col c) {
    return c.path().isEmpty() ? "" : Names.key(c.path().get(c.path().size() - 1));
  }

  /** "三公"经费、会议费、培训费支出预算表. */
  private static void threePublic(Emitter out, Grid grid) {
    Table t = out.table();
    for (int c = 0; c < grid.columns().size(); c++) {
      Grid.Col col = grid.columns().get(c);
      String h = Names.key(col.header());
      String leaf = leaf(col);
      Optional<Meaning> m = Optional.empty();
      Coordinates tp = E;
      if (leaf.startsWith("因公出国")) {
        m = Optional.of(new Meaning(Concept.THREE_PUBLIC,
            tp.with(THREE_PUBLIC_ITEM, ThreePublicItem.OUTBOUND_TRAVEL)));
      } else if (leaf.startsWith("公务用车购置") && !leaf.contains("运行")) {
        m = Optional.of(new Meaning(Concept.THREE_PUBLIC,
            tp.with(THREE_PUBLIC_ITEM, ThreePublicItem.VEHICLE_PURCHASE)));
      } else if (leaf.startsWith("公务用车运行")) {
        m = Optional.of(new Meaning(Concept.THREE_PUBLIC,
            tp.with(THREE_PUBLIC_ITEM, ThreePublicItem.VEHICLE_OPERATION)));
      } else if (leaf.equals("小计") && h.contains("公务用车购置及运行")) {
        m = Optional.of(new Meaning(Concept.THREE_PUBLIC,
            tp.with(THREE_PUBLIC_ITEM, ThreePublicItem.VEHICLES)));
      } else if (leaf.startsWith("公务接待")) {
        m = Optional.of(new Meaning(Concept.THREE_PUBLIC,
            tp.with(THREE_PUBLIC_ITEM, ThreePublicItem.RECEPTION)));
      } else if (leaf.equals("小计") && h.contains("三公")) {
        m = Optional.of(new Meaning(Concept.THREE_PUBLIC, tp));
      } else if (leaf.equals("会议费")) {
        m = Optional.of(new Meaning(Concept.MEETING_COST, E));
      } else if (leaf.equals("培训费")) {
        m = Optional.of(new Meaning(Concept.TRAINING_COST, E));
      }
      for (int r = 0; r < t.rows().size(); r++) {
        if (m.isPresent()) {
          out.fact(r, c, m.get().concept(), m.get().coordinates());
        } else if (leaf.equals("合计")) {
          out.unmapped(r, c, "合计 = \"三公\"经费 + 会议费 + 培训费，没有对应的概念，由江苏规则按单元格核对",
              "合计 = three public + meeting + training has no concept; the Jiangsu rules check it"
                  + " as a cell relation");
        } else {
          out.unmapped(r, c, "列标题未知: " + h, "unknown column header: " + h);
        }
      }
    }
  }

  /**
   * 政府采购预算表: 合计 → PROCUREMENT{}; 一、货物A / 二、工程B / 三、服务C → PROCUREMENT_TYPE; rows of a
   * 专项 with an 经济科目 → + PROJECT (专项名称, carried down) + ECONOMIC (by name); item rows
   * (采购物品名称) are details with no dimension of their own and are reported, not mapped.
   */
  private static void procurement(Emitter out, Grid grid, Catalogue cat, int year) {
    Table t = out.table();
    int value = -1;
    for (int c = grid.columns().size() - 1; c >= 0; c--) {
      if (grid.columns().get(c).kind() == Grid.Kind.NUMBER) {
        value = c;
        break;
      }
    }
    int category = Layouts.column(grid, "品目大类");
    int project = Layouts.column(grid, "专项");
    int economic = Layouts.column(grid, "经济科目");
    int item = Layouts.column(grid, "采购物品");
    if (value < 0) {
      return;
    }
    ProcurementType type = null;
    String currentProject = null;
    for (int r = 0; r < t.rows().size(); r++) {
      Table.Row row = t.rows().get(r);
      String cat0 = category >= 0 ? Names.key(row.cell(category)) : "";
      if (Texts.isTotalLabel(cat0)) {
        out.fact(r, value, Concept.PROCUREMENT, E);
        continue;
      }
      if (!cat0.isEmpty()) {
        type = cat0.contains("货物") ? ProcurementType.GOODS
            : cat0.contains("工程") ? ProcurementType.WORKS
            : cat0.contains("服务") ? ProcurementType.SERVICES : null;
        currentProject = null;
        if (type != null) {
          out.fact(r, value, Concept.PROCUREMENT, E.with(PROCUREMENT_TYPE, type.name()));
        } else {
          out.unmapped(r, value, "采购品目大类未知: " + cat0, "unknown procurement category: " + cat0);
        }
        continue;
      }
      if (project >= 0 && !row.cell(project).isBlank()) {
        currentProject = Names.normalize(row.cell(project));
      }
      String econ = economic >= 0 ? row.cell(economic) : "";
      boolean isItem = item >= 0 && !row.cell(item).isBlank() || econ.isBlank();
      if (isItem) {
        out.unmapped(r, value, "采购物品明细没有对应维度", "procurement item detail has no dimension");
        continue;
      }
      Optional<String> code = Layouts.economicByName(cat, econ, year);
      if (type == null || currentProject == null || code.isEmpty()) {
        out.unmapped(r, value, "无法确定采购类别、专项或经济科目: " + econ,
            "cannot resolve procurement category, project or economic code: " + econ);
        continue;
      }
      out.fact(r, value, Concept.PROCUREMENT, E.with(PROCUREMENT_TYPE, type.name())
          .with(PROJECT, currentProject).with(ECONOMIC, code.get()));
    }
  }
}
