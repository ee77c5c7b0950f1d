package dev.yusuan.io.tables.internal;

import dev.yusuan.model.Coordinates;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Names;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.TargetComparator;
import dev.yusuan.model.layout.ColumnRule;
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
 *   <li>a 决算's 绩效自评表 prints the money under a header row naming the layout's {@code column}s (年初预算数 |
 *       全年预算数 | 全年执行数) besides 分值 | 执行率 | 得分: each amount of a money row in such a column is a fact
 *       with that column's mapping too (PERIOD), the 分值 / 执行率 / 得分 cells are scores and a rate, never
 *       amounts, and the row's 执行率 is kept as a {@link PerformanceTarget} (indicator 执行率, its weight and
 *       score); the indicator rows keep 实际完成值 ({@code actual}), 分值 ({@code weight}) and 得分
 *       ({@code score}); the {@code total} row (总分) is a target of its own (indicator 总分, weight, score).</li>
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
    float y;
    int column = -1; // where a score row's target is located (else the 指标值 cell)
    int scoreColumn = -1;
    String level1;
    String level2;
    String indicator;
    String value;
    String measure;
    String actual = "";
    Optional<BigDecimal> weight = Optional.empty();
    Optional<BigDecimal> score = Optional.empty();

    Draft(int row, float y) {
      this.row = row;
      this.y = y;
    }
  }

  /** The labels of a project form's 实施单位 cell: the unit whose targets the form lists. */
  static final java.util.Set<String> IMPLEMENTER = java.util.Set.of("实施单位", "项目实施单位", "执行单位",
      "项目执行单位");
  /** The labels of its 主管部门 cell: the unit when no 实施单位 is printed. */
  static final java.util.Set<String> DEPARTMENT = java.util.Set.of("主管部门", "主管部门及代码", "主管单位");

  static void map(Layout layout, Emitter out, Grid grid) {
    DisclosureTable t = out.table();
    Section s = layout.sections().get(0);
    Map<String, Integer> roles = null;
    Optional<Coordinates> owner = Optional.empty();
    String ownerName = "";
    String implementer = ""; // 实施单位 (else 主管部门) as printed: whose targets they are
    List<Draft> drafts = new ArrayList<>();
    List<int[]> fragments = new ArrayList<>(); // rows of wrapped indicator names: {row}
    String l1 = "";
    String l2 = "";
    Map<Integer, ColumnRule> money = null; // a 自评表's money columns (年初预算数 | 全年预算数 | 全年执行数)
    Map<String, Integer> moneyRoles = Map.of(); // and its 分值 | 执行率 | 得分 columns
    for (int r = 0; r < t.rows().size(); r++) {
      DisclosureTable.Row row = t.rows().get(r);
      Map<Integer, ColumnRule> columns = moneyHeader(s, row);
      if (!columns.isEmpty()) {
        money = columns;
        moneyRoles = roles(s, row);
        continue;
      }
      int first = firstCell(row);
      if (first >= 0 && Section.headerIs(List.of(label(row.cell(first))), Optional.ofNullable(
          s.targetColumns().get("total")))) {
        // 总分 | 100 | 95.50: the form's total score, a target of its own (never amounts)
        Draft d = scores(new Draft(r, grid.rows().get(r).y()), out, row, r, roles, first);
        d.level1 = label(row.cell(first));
        d.level2 = "";
        d.indicator = d.level1;
        d.value = "";
        d.measure = "";
        d.column = Math.max(first, d.scoreColumn);
        drafts.add(d);
        continue;
      }
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
        String value = cellsFrom(row, roles.get("value"), next(roles, roles.get("value")));
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
        d.actual = cellsFrom(row, roles.getOrDefault("actual", -1), next(roles, roles.getOrDefault("actual", -1)));
        drafts.add(scores(d, out, row, r, roles, -1));
        continue;
      }
      for (int c = 0; c < row.cells().size(); c++) {
        String label = label(row.cell(c));
        if (label.isEmpty() || Emitter.isNumber(label)) {
          continue;
        }
        if (IMPLEMENTER.contains(label) || DEPARTMENT.contains(label) && implementer.isEmpty()) {
          String name = nextText(row, c);
          implementer = name.isEmpty() ? implementer : Names.normalize(name);
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
        if (rule.isPresent() && money != null) {
          // a 自评表's money row: an amount under each money column, the scores and rate beside them
          Draft d = moneyRow(s, out, row, r, c, rule.get(), money, moneyRoles, owner, label);
          if (d != null) {
            d.y = grid.rows().get(r).y();
            drafts.add(d);
          }
          break;
        }
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
      // located at its 得分 when it prints one (the checks of the scores name that cell), else at its 指标值
      int at = d.column >= 0 ? d.column : d.score.isPresent() && d.scoreColumn >= 0 ? d.scoreColumn
          : roles == null ? 0 : roles.get("value");
      out.target(target(d, ownerName, implementer, out.at(d.row, at)));
    }
  }

  /**
   * A money row of a 自评表 (label at {@code c}): each amount under a money column a fact of the owner with the
   * row's and the column's mapping; 分值 / 执行率 / 得分 cells not amounts, and kept as the row's 执行率 target
   * when it prints a rate or a score (else null). An amount in no money column is reported, not read.
   */
  private static Draft moneyRow(Section s, Emitter out, DisclosureTable.Row row, int r, int c, RowRule rule,
      Map<Integer, ColumnRule> money, Map<String, Integer> moneyRoles, Optional<Coordinates> owner, String label) {
    for (int k = c + 1; k < row.cells().size(); k++) {
      String x = row.cell(k).strip();
      if (moneyRoles.containsValue(k)) {
        out.notAnAmount(r, k); // a score (分值, 得分) or a rate (执行率), never an amount
        continue;
      }
      if (!Emitter.isNumber(x)) {
        continue; // blank, -, —: no amount, no fact
      }
      if (!money.containsKey(k) || owner.isEmpty()) {
        out.unmapped(r, k, owner.isEmpty() ? "表中未印出项目名称或部门名称，金额不知属于谁: " + label
            : "金额不在年初预算数、全年预算数、全年执行数任一栏下: " + label, owner.isEmpty()
            ? "the form prints no project or unit name; whose amount it is is unknown: " + label
            : "the amount is under none of the money columns: " + label);
        continue;
      }
      Mapping m = new Mapping(Optional.of(s.concept()), s.base()).then(rule.mapping())
          .then(money.get(k).mapping()).then(new Mapping(Optional.empty(), owner.get()));
      out.fact(r, k, m.concept().orElse(s.concept()), m.coordinates(), label);
    }
    Integer rate = moneyRoles.get("rate");
    String rateText = rate == null ? "" : cell(row, rate);
    Draft d = scores(new Draft(r, 0), out, row, r, moneyRoles, row.cells().size());
    if (!isScore(rateText) && d.weight.isEmpty() && d.score.isEmpty()) {
      return null;
    }
    d.level1 = label;
    d.level2 = "";
    d.indicator = rate == null ? "" : label(s.targetColumns().get("rate").split("\\|")[0]);
    d.value = "";
    d.measure = "";
    d.actual = isScore(rateText) ? rateText : "";
    // located at its 得分 (as every scored row); the 执行率 is its actual value
    d.column = d.score.isPresent() && d.scoreColumn >= 0 ? d.scoreColumn : rate == null ? c : rate;
    return d;
  }

  /** A printed score or rate: a number, with or without %. */
  private static boolean isScore(String text) {
    return SCORE.matcher(text).matches();
  }

  private static final Pattern SCORE = Pattern.compile("-?\\d+(?:\\.\\d+)?\\s*[%％]?");

  /**
   * {@code d} with the 分值 ({@code weight}) and 得分 ({@code score}) of row {@code r} in the columns of
   * {@code roles}; with no such columns (a 总分 row above the indicator header) the numbers right of
   * {@code from}, weight then score. The numbers are marked as not amounts.
   */
  private static Draft scores(Draft d, Emitter out, DisclosureTable.Row row, int r, Map<String, Integer> roles,
      int from) {
    Integer w = roles == null ? null : roles.get("weight");
    Integer sc = roles == null ? null : roles.get("score");
    if (w == null && sc == null) {
      List<Integer> numbers = new ArrayList<>();
      for (int k = from + 1; k < row.cells().size(); k++) {
        if (isScore(row.cell(k).strip())) {
          out.notAnAmount(r, k);
          numbers.add(k);
        }
      }
      if (numbers.size() == 2) {
        w = numbers.get(0);
        sc = numbers.get(1);
      }
    }
    for (Integer k : java.util.Arrays.asList(w, sc)) {
      if (k != null && k < row.cells().size() && isScore(row.cell(k).strip())) {
        out.notAnAmount(r, k);
      }
    }
    d.weight = number(row, w);
    d.score = number(row, sc);
    d.scoreColumn = sc != null ? sc : w != null ? w : from;
    return d;
  }

  private static Optional<BigDecimal> number(DisclosureTable.Row row, Integer c) {
    String x = c == null ? "" : row.cell(c).strip();
    return x.matches("-?\\d+(?:\\.\\d+)?") ? Optional.of(new BigDecimal(x)) : Optional.empty();
  }

  /** The columns of the layout's {@code column} rules a row names (a 自评表's money header), by index. */
  private static Map<Integer, ColumnRule> moneyHeader(Section s, DisclosureTable.Row row) {
    Map<Integer, ColumnRule> cols = new HashMap<>();
    if (s.columns().isEmpty()) {
      return cols;
    }
    for (int c = 0; c < row.cells().size(); c++) {
      String label = label(row.cell(c));
      if (!label.isEmpty()) {
        // the rule naming the header as printed first: the lexicon reads 年初预算数 and 全年预算数 alike (预算数)
        String key = Names.key(label);
        Optional<ColumnRule> rule = s.columns().stream().filter(x -> x.leafKeywords().contains(key)).findFirst()
            .or(() -> s.columnRule(List.of(label)));
        if (rule.isPresent()) {
          cols.put(c, rule.get());
        }
      }
    }
    return cols;
  }

  /** The role columns a row names (its cells matching the layout's {@code target} headers). */
  private static Map<String, Integer> roles(Section s, DisclosureTable.Row row) {
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
    return roles;
  }

  /** The first role column right of {@code c} (where a cell spanning from {@code c} stops), or -1. */
  private static int next(Map<String, Integer> roles, int c) {
    int best = -1;
    for (int v : roles.values()) {
      if (v > c && (best < 0 || v < best)) {
        best = v;
      }
    }
    return best;
  }

  private static int firstCell(DisclosureTable.Row row) {
    for (int c = 0; c < row.cells().size(); c++) {
      if (!row.cell(c).isBlank()) {
        return c;
      }
    }
    return -1;
  }

  private static PerformanceTarget target(Draft d, String owner, String unit, dev.yusuan.model.Provenance at) {
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
    // no value printed (a 自评表's 执行率 or 总分 row): no comparator
    TargetComparator c = cmp.isEmpty() ? (num.isEmpty() ? (value.isEmpty() ? null : TargetComparator.QUALITATIVE)
        : TargetComparator.EQ) : TargetComparator.parse(cmp);
    return PerformanceTarget.builder().unit(unit).project(owner).level1(d.level1).level2(d.level2)
        .indicator(d.indicator).comparator(Optional.ofNullable(c)).comparatorText(cmp).value(value)
        .numericValue(num).measureUnit(measure).actualValue(d.actual).weight(d.weight).score(d.score)
        .provenance(at).build();
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
    Map<String, Integer> roles = roles(s, row);
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
    if (from < 0) {
      return "";
    }
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
