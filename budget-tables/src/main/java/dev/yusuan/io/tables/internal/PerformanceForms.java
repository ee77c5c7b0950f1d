package dev.yusuan.io.tables.internal;

import dev.yusuan.model.Coordinates;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Names;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.TargetComparator;
import dev.yusuan.model.layout.Layout;
import dev.yusuan.model.layout.Mapping;
import dev.yusuan.model.layout.RowRule;
import dev.yusuan.model.layout.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code performance-form} strategy: a 项目支出绩效目标表 or 部门(单位)整体支出绩效目标表 printed as a form
 * ({@link FormGrid}: one row per printed line, cells left to right). Everything is taken from the layout's
 * first section:
 * <ul>
 *   <li>the owner: the value printed right of the {@code project} label (项目名称) → {@code PROJECT}, or of the
 *       {@code unit} label (部门名称) → {@code BUDGET_UNIT};</li>
 *   <li>money: a label of a row rule (年度资金总额, 其中：财政拨款, 其他资金) and the first amount right of it → a
 *       fact at the section's base ⊕ the row rule ⊕ the owner; no owner printed: the amount is reported, not
 *       read (it would otherwise be the department's total);</li>
 *   <li>indicators: the row printing the {@code target} headers (一级指标 | 二级指标 | 三级指标 | 指标值) names
 *       their columns; each row below it with a 指标值 is a {@link PerformanceTarget} (一级 / 二级 carried down
 *       from the rows above, as the merged cells print them once); a row with no 指标值 is a wrapped indicator
 *       name, joined to the nearest indicator row. A number in an indicator row (≥500, 95) is a target
 *       value, never an amount.</li>
 * </ul>
 */
final class PerformanceForms {
  private PerformanceForms() {}

  /** ≥95%, ≤30万元, 12台, =100%: comparator, number, measure unit. */
  private static final Pattern VALUE = Pattern.compile(
      "^(≥|≤|>=|<=|≧|≦|>|<|=|大于等于|小于等于|大于|小于|等于)?\\s*(-?\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(.*)$");

  /** A target being read: its row and y, the texts of its cells. */
  private static final class Draft {
    final int row;
    final float y;
    String level1;
    String level2;
    String indicator;
    String value;
    String measure;

    Draft(int row, float y) {
      this.row = row;
      this.y = y;
    }
  }

  static void map(Layout layout, Emitter out, Grid grid) {
    DisclosureTable t = out.table();
    Section s = layout.sections().get(0);
    Map<String, Integer> roles = null;
    Optional<Coordinates> owner = Optional.empty();
    String ownerName = "";
    List<Draft> drafts = new ArrayList<>();
    List<int[]> fragments = new ArrayList<>(); // rows of wrapped indicator names: {row}
    String l1 = "";
    String l2 = "";
    for (int r = 0; r < t.rows().size(); r++) {
      DisclosureTable.Row row = t.rows().get(r);
      Map<String, Integer> header = targetHeader(s, row);
      if (header != null) {
        roles = header;
        l1 = "";
        l2 = "";
        continue;
      }
      if (roles != null && indicatorRow(row, roles)) {
        for (int c = 0; c < row.cells().size(); c++) {
          out.notAnAmount(r, c); // a target value (≥500, 95), never an amount of the budget
        }
        String value = cellsFrom(row, roles.get("value"), roles.getOrDefault("measure", -1));
        String ind = cell(row, roles.get("indicator"));
        String a = cell(row, roles.getOrDefault("level1", -1));
        String b = cell(row, roles.getOrDefault("level2", -1));
        if (value.isEmpty()) {
          fragments.add(new int[] {r});
          continue;
        }
        l1 = a.isEmpty() ? l1 : a;
        l2 = b.isEmpty() ? l2 : b;
        Draft d = new Draft(r, grid.rows().get(r).y());
        d.level1 = l1;
        d.level2 = l2;
        d.indicator = ind;
        d.value = value;
        d.measure = cell(row, roles.getOrDefault("measure", -1));
        drafts.add(d);
        continue;
      }
      for (int c = 0; c < row.cells().size(); c++) {
        String label = label(row.cell(c));
        if (label.isEmpty() || Emitter.isNumber(label)) {
          continue;
        }
        if (Section.headerIs(List.of(label), s.projectColumn())
            || Section.headerIs(List.of(label), s.unitColumn())) {
          String name = nextText(row, c);
          if (!name.isEmpty()) {
            ownerName = Names.normalize(name);
            owner = Optional.of(Coordinates.of(Section.headerIs(List.of(label), s.projectColumn())
                ? FactDimension.PROJECT : FactDimension.BUDGET_UNIT, ownerName));
          }
          continue;
        }
        Optional<RowRule> rule = s.rowRule(label, null);
        int v = rule.isPresent() ? nextNumber(row, c) : -1;
        if (v < 0) {
          continue;
        }
        if (owner.isEmpty()) {
          out.unmapped(r, v, "表中未印出项目名称或部门名称，金额不知属于谁: " + label,
              "the form prints no project or unit name; whose amount it is is unknown: " + label);
          continue;
        }
        Mapping m = new Mapping(Optional.of(s.concept()), s.base()).then(rule.get().mapping())
            .then(new Mapping(Optional.empty(), owner.get()));
        out.fact(r, v, m.concept().orElse(s.concept()), m.coordinates(), label);
      }
    }
    for (int[] f : fragments) {
      Draft near = nearest(drafts, grid.rows().get(f[0]).y());
      if (near != null) {
        String text = cell(t.rows().get(f[0]), roles.get("indicator"));
        near.indicator = f[0] < near.row ? text + near.indicator : near.indicator + text;
      }
    }
    for (Draft d : drafts) {
      out.target(target(d, ownerName, out.at(d.row, roles.get("value"))));
    }
  }

  private static PerformanceTarget target(Draft d, String owner, dev.yusuan.model.Provenance at) {
    Matcher m = VALUE.matcher(Names.normalize(d.value));
    String cmp = "";
    Optional<BigDecimal> num = Optional.empty();
    String value = d.value;
    String measure = d.measure;
    if (m.matches()) {
      cmp = m.group(1) == null ? "" : m.group(1);
      num = Optional.of(new BigDecimal(m.group(2).replace(",", "")));
      value = m.group(2);
      measure = measure.isEmpty() ? m.group(3).strip() : measure;
    }
    TargetComparator c = cmp.isEmpty() ? (num.isEmpty() ? TargetComparator.QUALITATIVE : TargetComparator.EQ)
        : TargetComparator.parse(cmp);
    return PerformanceTarget.builder().unit("").project(owner).level1(d.level1).level2(d.level2)
        .indicator(d.indicator).comparator(Optional.ofNullable(c)).comparatorText(cmp).value(value)
        .numericValue(num).measureUnit(measure).provenance(at).build();
  }

  private static Draft nearest(List<Draft> drafts, float y) {
    Draft best = null;
    for (Draft d : drafts) {
      if (best == null || Math.abs(d.y - y) < Math.abs(best.y - y)) {
        best = d;
      }
    }
    return best;
  }

  /** The columns of the target roles when {@code row} prints the indicator and value headers, else null. */
  private static Map<String, Integer> targetHeader(Section s, DisclosureTable.Row row) {
    Map<String, Integer> roles = new HashMap<>();
    for (int c = 0; c < row.cells().size(); c++) {
      String label = label(row.cell(c));
      if (label.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, String> e : s.targetColumns().entrySet()) {
        if (!roles.containsKey(e.getKey()) && Section.headerIs(List.of(label), Optional.of(e.getValue()))) {
          roles.put(e.getKey(), c);
        }
      }
    }
    return roles.containsKey("indicator") && roles.containsKey("value") ? roles : null;
  }

  /** A row below the indicator header with text in the indicator columns only (not a label of the form). */
  private static boolean indicatorRow(DisclosureTable.Row row, Map<String, Integer> roles) {
    int first = roles.values().stream().mapToInt(Integer::intValue).min().orElse(0);
    boolean any = false;
    for (int c = 0; c < row.cells().size(); c++) {
      if (!row.cell(c).isBlank()) {
        if (c < first) {
          return false; // a label left of the indicators: another part of the form
        }
        any = true;
      }
    }
    return any;
  }

  private static String cell(DisclosureTable.Row row, int c) {
    return c < 0 ? "" : Names.normalize(row.cell(c));
  }

  /** The cells from column {@code from} on (the 指标值 and what follows it), up to {@code stop} (excluded). */
  private static String cellsFrom(DisclosureTable.Row row, int from, int stop) {
    StringBuilder b = new StringBuilder();
    for (int c = from; c < row.cells().size() && (stop < 0 || stop <= from || c < stop); c++) {
      b.append(row.cell(c).strip());
    }
    return Names.normalize(b.toString());
  }

  private static String label(String cell) {
    String k = Names.normalize(cell).strip();
    while (k.endsWith(":") || k.endsWith("：")) {
      k = k.substring(0, k.length() - 1).strip();
    }
    return k;
  }

  private static String nextText(DisclosureTable.Row row, int c) {
    for (int k = c + 1; k < row.cells().size(); k++) {
      if (!row.cell(k).isBlank()) {
        return row.cell(k).strip();
      }
    }
    return "";
  }

  /** The first amount right of column {@code c} before another text cell; -1 when none. */
  private static int nextNumber(DisclosureTable.Row row, int c) {
    for (int k = c + 1; k < row.cells().size(); k++) {
      String x = row.cell(k).strip();
      if (x.isEmpty()) {
        continue;
      }
      return Emitter.isNumber(x) ? k : -1; // a zero printed blank or as - is no amount: no fact
    }
    return -1;
  }
}
