package dev.yusuan.io.internal;

import dev.yusuan.io.narrative.CodeResolver;
import dev.yusuan.model.Amount;
import dev.yusuan.model.AmountFormatException;
import dev.yusuan.model.Code;
import dev.yusuan.model.TargetComparator;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Names;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
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
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Applies a {@link Layout} to a published {@link DisclosureTable}: every numeric body cell becomes a
 * {@link Fact} with its coordinates and provenance, or a {@link Diagnostic} saying why not.
 * Performance-target tables give {@link PerformanceTarget}s; project tables give {@link ProjectRow}s.
 * Shared by the text and PDF readers.
 */
public final class TableMapper {
  private TableMapper() {}

  /** What the mapper needs from the document. */
  public record Context(String source, Function<String, Optional<String>> unitResolver,
      CodeResolver codes) {}

  /** A (unit, project) row of a project table with its 总计. */
  public record ProjectRow(String unit, String project, Optional<Amount> total) {}

  /** Result of mapping one table. */
  public record Result(DisclosureTable table, List<Fact> facts, List<PerformanceTarget> targets,
      List<ProjectRow> projects, List<Diagnostic> diagnostics) {}

  /** Row labels and codes as a layout sees them (for {@link DisclosureTable.Row#label()} / code). */
  public static DisclosureTable annotate(DisclosureTable t, Layout layout) {
    RowNames names = new RowNames(t.columns(), layout);
    List<DisclosureTable.Row> rows = new ArrayList<>();
    for (DisclosureTable.Row r : t.rows()) {
      DisclosureTable.Row.Builder b = DisclosureTable.Row.builder().from(r);
      names.name(b, r::cell);
      rows.add(b.build());
    }
    return DisclosureTable.builder().from(t).kind(layout.kind()).rows(rows).build();
  }

  /**
   * Where a layout finds a row's code and label among a table's columns, decided once per table: a
   * reader that knows the layout before it builds the rows names them as it builds them (what
   * {@link #annotate} does afterwards, without building every row twice).
   */
  public static final class RowNames {
    private final int code;
    private final int label;
    private final int unit;
    private final int project;

    /**
     * The code, label, unit and project columns of the layout's first section.
     *
     * @param columns the table's columns
     * @param layout the table's layout
     */
    public RowNames(List<DisclosureTable.Column> columns, Layout layout) {
      Section s0 = layout.sections().get(0);
      List<DisclosureTable.Column> cols = sectionColumns(columns, s0);
      this.code = find(cols, s0.codeColumn());
      this.label = find(cols, s0.labelColumn());
      this.unit = find(cols, s0.unitColumn());
      this.project = find(cols, s0.projectColumn());
    }

    /**
     * Sets the row's code and label (empty when its cells print none).
     *
     * @param b the row's builder
     * @param cell the row's cell of a column index ("" past its last cell)
     */
    public void name(DisclosureTable.Row.Builder b, java.util.function.IntFunction<String> cell) {
      name(b, cell, new NameMemo());
    }

    /**
     * {@link #name(DisclosureTable.Row.Builder, java.util.function.IntFunction)} normalising through
     * the read's memo (the cells are normalised again, through it, when the table is mapped).
     *
     * @param b the row's builder
     * @param cell the row's cell of a column index ("" past its last cell)
     * @param memo the read's memo
     */
    public void name(DisclosureTable.Row.Builder b, java.util.function.IntFunction<String> cell, NameMemo memo) {
      String c = code >= 0 ? memo.key(cell.apply(code)) : "";
      String l = label >= 0 ? memo.normalize(cell.apply(label)) : "";
      if (l.isEmpty() && project >= 0) {
        l = memo.normalize(cell.apply(project));
      }
      if (l.isEmpty() && unit >= 0) {
        l = memo.normalize(cell.apply(unit));
      }
      b.code(c.isEmpty() ? Optional.empty() : Optional.of(c));
      b.label(l.isEmpty() ? Optional.empty() : Optional.of(l));
    }
  }

  /** Maps a table already annotated with {@link #annotate}. */
  public static Result map(DisclosureTable t, Layout layout, Context ctx) {
    return map(t, layout, ctx, new NameMemo());
  }

  /**
   * {@link #map(DisclosureTable, Layout, Context)} normalising and keying the cells through the read's
   * memo (a reader that named the rows through it finds their labels there).
   *
   * @param t the annotated table
   * @param layout its layout
   * @param ctx the read's context
   * @param memo the read's memo
   * @return the facts, targets, projects and diagnostics of the table
   */
  public static Result map(DisclosureTable t, Layout layout, Context ctx, NameMemo memo) {
    List<Fact> facts = new ArrayList<>();
    List<PerformanceTarget> targets = new ArrayList<>();
    List<ProjectRow> projects = new ArrayList<>();
    List<Diagnostic> diags = new ArrayList<>();
    boolean[] covered = new boolean[t.columns().size()];
    for (Section s : layout.sections()) {
      List<DisclosureTable.Column> cols = sectionColumns(t, s);
      cols.forEach(c -> covered[c.index()] = true);
      if (s.isTargets()) {
        mapTargets(t, s, cols, ctx, targets, diags, memo);
      } else {
        mapSection(t, layout, s, cols, ctx, facts, projects, diags, memo);
      }
    }
    for (DisclosureTable.Column c : t.columns()) {
      if (!covered[c.index()]) {
        for (DisclosureTable.Row r : t.rows()) {
          unmappedCell(t, r, c, ctx, diags, "列不属于版式的任何部分", "column belongs to no section of the layout");
        }
      }
    }
    return new Result(t, lostAmounts(diags) ? doubtful(facts) : facts, targets, projects, diags);
  }

  /** The diagnostics of a printed amount this mapping could not read (each names its cell). */
  private static final java.util.Set<String> LOST = java.util.Set.of("table.unmapped-row",
      "table.unmapped-cell", "table.bad-number");

  /** Whether an amount printed in the table was not read: a cell-level diagnostic says so. */
  private static boolean lostAmounts(List<Diagnostic> diags) {
    for (Diagnostic d : diags) {
      if (LOST.contains(d.code()) && d.location().columnHeader().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The facts of a table with an amount that was not read are doubtful: the missing amount may be a
   * term of any sum the table's facts enter, so a failing check resting on them is at most a WARNING.
   */
  public static List<Fact> doubtful(List<Fact> facts) {
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      out.add(f.asDoubtful());
    }
    return out;
  }

  /** Reports every numeric cell of a table no layout recognised. */
  public static List<Diagnostic> unmappedTable(DisclosureTable t, String source) {
    return unmappedTable(t, source, "表格未识别，数值未映射为事实", "table not recognised; number not mapped to a fact");
  }

  /**
   * Every number printed in a table none of whose amounts is read, each a diagnostic counted as an
   * unread amount (codes and 行次 named, not counted), with the reason given.
   *
   * @param t the table
   * @param source the document's source, for provenance
   * @param zh why, in Chinese
   * @param en why, in English
   * @return one diagnostic per number printed in the table
   */
  public static List<Diagnostic> unmappedTable(DisclosureTable t, String source, String zh, String en) {
    List<Diagnostic> diags = new ArrayList<>();
    Context ctx = new Context(source, x -> Optional.empty(), CodeResolver.none());
    for (DisclosureTable.Row r : t.rows()) {
      for (DisclosureTable.Column c : t.columns()) {
        unmappedCell(t, r, c, ctx, diags, zh, en);
      }
    }
    return diags;
  }

  private static List<DisclosureTable.Column> sectionColumns(DisclosureTable t, Section s) {
    return sectionColumns(t.columns(), s);
  }

  private static List<DisclosureTable.Column> sectionColumns(List<DisclosureTable.Column> columns, Section s) {
    if (s.header().isEmpty()) {
      return columns;
    }
    List<DisclosureTable.Column> out = new ArrayList<>();
    for (DisclosureTable.Column c : columns) {
      if (s.owns(c.headerPath())) {
        out.add(c);
      }
    }
    return out;
  }

  private static int find(List<DisclosureTable.Column> cols, Optional<String> header) {
    for (DisclosureTable.Column c : cols) {
      if (Section.headerIs(c.headerPath(), header)) {
        return c.index();
      }
    }
    return -1;
  }

  private static void mapSection(DisclosureTable t, Layout layout, Section s, List<DisclosureTable.Column> cols,
      Context ctx, List<Fact> facts, List<ProjectRow> projects, List<Diagnostic> diags, NameMemo memo) {
    int code = find(cols, s.codeColumn());
    int label = find(cols, s.labelColumn());
    int unit = find(cols, s.unitColumn());
    int project = find(cols, s.projectColumn());
    // everything that depends on the column alone is decided once per table, not per cell
    Mapping[] value = new Mapping[t.columns().size()];
    List<DisclosureTable.Column> valueCols = new ArrayList<>();
    List<DisclosureTable.Column> loose = new ArrayList<>();
    List<DisclosureTable.Column> textCols = new ArrayList<>();
    for (DisclosureTable.Column c : cols) {
      int i = c.index();
      // a column of percentages (增减率, 增减%) holds no amounts: read as text, checked by the packs
      boolean text = isTextColumn(s, c) || dev.yusuan.model.layout.HeaderLexicon.isRateHeader(c.headerPath());
      if (text) {
        textCols.add(c);
      }
      if (i == code || i == label || i == unit || i == project || text) {
        continue;
      }
      Optional<ColumnRule> r = s.columnRule(c.headerPath());
      if (r.isPresent()) {
        value[i] = r.get().mapping();
        valueCols.add(c);
      } else {
        loose.add(c);
      }
    }
    Mapping sectionBase = new Mapping(Optional.of(s.concept()), s.base());
    Scheme scheme = s.codeDimension().or(s::namesDimension).flatMap(FactDimension::scheme)
        .orElse(Scheme.FUNCTION);
    String anchor = null;
    Optional<Code> near = Optional.empty();
    int rowIndex = 0;
    // a row rule's mapping (and NONE) is one object shared by its rows: what it gives each column
    // (section base, then the rule, then the column) is merged once per table, not once per cell;
    // slot value.length holds the row's own part (section base, then the rule)
    java.util.IdentityHashMap<Mapping, Mapping[]> ofSharedRow = new java.util.IdentityHashMap<>();
    // per row, the columns are walked by index (no iterator per list and row) and what a text
    // column's header says of its cells (a rate, a 行次, a 科目编码) is read once per table
    int[] stubs = {label, unit, project};
    int[] textKind = new int[textCols.size()];
    for (int k = 0; k < textKind.length; k++) {
      textKind[k] = textKind(textCols.get(k));
    }
    int looseCount = loose.size();
    int valueCount = valueCols.size();
    for (DisclosureTable.Row r : t.rows()) {
      rowIndex++;
      // each cell normalised once per read (the memo holds what naming the rows computed)
      String codeText = code >= 0 ? memo.key(r.cell(code)) : "";
      String labelText = label >= 0 ? memo.normalize(r.cell(label)) : "";
      String unitText = unit >= 0 ? memo.normalize(r.cell(unit)) : "";
      String projectText = project >= 0 ? memo.normalize(r.cell(project)) : "";
      for (int k = 0; k < looseCount; k++) {
        unmappedCell(t, r, loose.get(k), ctx, diags, "列标题不在版式中", "column header not in the layout");
      }
      for (int stub : stubs) {
        if (stub >= 0) {
          unmappedCell(t, r, t.columns().get(stub), ctx, diags, "名称列中是数字",
              "a name column holds a number");
        }
      }
      boolean anyValue = false;
      for (int k = 0; k < valueCount; k++) {
        if (!r.cell(valueCols.get(k).index()).isBlank()) {
          anyValue = true;
          break;
        }
      }
      String rowLabel = !labelText.isEmpty() ? labelText
          : !projectText.isEmpty() ? projectText : unitText;
      // each printed name keyed once (the section's total and row-rule tests take the key)
      String labelKey = memo.labelKey(labelText);
      String projectKey = memo.labelKey(projectText);
      String unitKey = memo.labelKey(unitText);
      String rowKey = !labelText.isEmpty() ? labelKey : !projectText.isEmpty() ? projectKey : unitKey;
      if (!labelText.isEmpty() && s.anchors().contains(labelKey)) {
        anchor = labelKey;
      }
      Mapping rowMap;
      boolean sharedMap = false; // rowMap is a rule's (or NONE): the same object on other rows
      Optional<RowRule> rule;
      String why = null;
      String whyEn = null;
      if (rowLabel.isEmpty() && codeText.isEmpty()) {
        if (!anyValue) {
          continue;
        }
        rowMap = null;
        why = "行没有科目编码或名称";
        whyEn = "row has neither code nor label";
      } else if (s.isTotalKey(rowKey) || s.isTotalKey(projectKey) || s.isTotalKey(unitKey)) {
        rowMap = Mapping.NONE;
        sharedMap = true;
      } else if (!labelText.isEmpty()
          && (rule = s.rowRuleOfKey(labelKey, anchor)).isPresent()) {
        rowMap = rule.get().mapping();
        sharedMap = true;
      } else if (!codeText.isEmpty() && s.codeDimension().isPresent()) {
        Optional<Code> cd = Code.tryParse(scheme, codeText);
        if (cd.isPresent()) {
          rowMap = new Mapping(Optional.empty(),
              Coordinates.of(s.codeDimension().get(), cd.get().digits()));
          near = cd;
        } else {
          rowMap = null;
          why = "科目编码无效: " + codeText;
          whyEn = "invalid classification code: " + codeText;
        }
      } else if (unit >= 0 || project >= 0) {
        Coordinates rc = Coordinates.EMPTY;
        if (!unitText.isEmpty()) {
          rc = rc.with(FactDimension.BUDGET_UNIT, ctx.unitResolver().apply(unitText).orElse(unitText));
        }
        if (!projectText.isEmpty()) {
          rc = rc.with(FactDimension.PROJECT, projectText);
        }
        rowMap = new Mapping(Optional.empty(), rc);
      } else if (s.namesDimension().isPresent() && !labelText.isEmpty()) {
        Scheme ns = s.namesDimension().flatMap(FactDimension::scheme).orElse(Scheme.FUNCTION);
        Optional<Code> cd = ctx.codes().resolveName(ns, labelText, near);
        if (cd.isPresent()) {
          rowMap = new Mapping(Optional.empty(),
              Coordinates.of(s.namesDimension().get(), cd.get().digits()));
          near = cd;
        } else {
          rowMap = null;
          why = "科目名称无法对应到编码: " + labelText;
          whyEn = "classification name not resolved to a code: " + labelText;
        }
      } else {
        rowMap = null;
        why = "行标签不在版式中: " + rowLabel;
        whyEn = "row label not in the layout: " + rowLabel;
      }
      if (rowMap == null) {
        diags.add(Diagnostic.of(Severity.WARNING, "table.unmapped-row", why + "; 本行数值未映射",
            whyEn + "; numbers of this row not mapped", rowProvenance(t, r, ctx)));
      }
      for (int k = 0; k < textKind.length; k++) {
        DisclosureTable.Column c = textCols.get(k);
        if (notAnAmount(textKind[k], r.cell(c.index()))) {
          // 行次 / 栏次 / 序号: a row's number; 科目编码 beside a project: a code; 增减率 (%): a percentage
          // (checked by the packs against the amounts it compares); none is an amount
          continue;
        }
        unmappedCell(t, r, c, ctx, diags, "文字列中的数值未映射", "number in a text column not mapped");
      }
      Optional<Amount> total = Optional.empty();
      int before = facts.size();
      // what every fact of the row shares, computed once per row
      Mapping[] merged = sharedMap ? ofSharedRow.computeIfAbsent(rowMap, k -> new Mapping[value.length + 1]) : null;
      Mapping rowBase;
      if (merged != null) {
        if (merged[value.length] == null) {
          merged[value.length] = sectionBase.then(rowMap);
        }
        rowBase = merged[value.length];
      } else {
        rowBase = rowMap == null ? null : sectionBase.then(rowMap);
      }
      Optional<String> factLabel = rowLabel.isEmpty() ? Optional.empty() : Optional.of(rowLabel);
      Optional<String> factCode = codeText.isEmpty() ? Optional.empty() : Optional.of(codeText);
      OptionalInt rowNumber = rowNumber(r, rowIndex);
      Provenance rowOfCells = null; // what the provenances of the row's facts share, built at its first fact
      for (int k = 0; k < valueCount; k++) {
        DisclosureTable.Column c = valueCols.get(k);
        String cell = r.cell(c.index());
        if (cell.isBlank() && !s.blankIsZero()) {
          continue;
        }
        if (rowMap == null) {
          if (!cell.isBlank()) {
            diags.add(Diagnostic.builder().from(cellDiag(t, r, c, ctx, Severity.WARNING, "table.unmapped-row",
                why + "; 数值 " + cell.strip() + " 未映射", whyEn + "; value " + cell.strip()
                    + " not mapped")).unreadAmounts(isNumber(cell) ? 1 : 0).build());
          }
          continue;
        }
        Amount a;
        try {
          a = cell.isBlank() ? Amount.of(BigDecimal.ZERO, t.unit())
              : Amount.parse(cell, t.unit()).orElse(null);
        } catch (AmountFormatException e) {
          diags.add(cellDiag(t, r, c, ctx, Severity.ERROR, "table.bad-number",
              "无法解析数值 '" + cell.strip() + "': " + e.reasonZh() + " (位置 " + e.index() + ")",
              "cannot parse number '" + cell.strip() + "': " + e.reasonEn() + " (at " + e.index()
                  + ")"));
          continue;
        }
        if (a == null) {
          continue;
        }
        Mapping columnMap = value[c.index()];
        Mapping m;
        if (merged != null) {
          m = merged[c.index()];
          if (m == null) {
            m = rowBase.then(columnMap);
            merged[c.index()] = m;
          }
        } else {
          m = rowBase.then(columnMap);
        }
        Concept concept = m.concept().orElse(s.concept());
        if (rowOfCells == null) {
          rowOfCells = rowOfCells(t, r, ctx, factLabel, factCode, rowNumber);
        }
        facts.add(Fact.of(concept, m.coordinates(), a, cellProvenance(rowOfCells, c, cell)));
        if (columnMap.coordinates().isEmpty() && total.isEmpty()) {
          total = Optional.of(a);
        }
      }
      if (rowMap != null && facts.size() == before && !codeText.isEmpty()) {
        diags.add(Diagnostic.of(Severity.INFO, "table.row-without-values",
            "科目 " + codeText + " 的行没有数值", "row of code " + codeText + " has no values",
            rowProvenance(t, r, ctx)));
      }
      if (rowMap != null && (unit >= 0 || project >= 0) && !projectText.isEmpty()
          && !s.isTotalKey(projectKey) && !s.isTotalKey(rowKey)) {
        projects.add(new ProjectRow(ctx.unitResolver().apply(unitText).orElse(unitText),
            projectText, total));
      }
    }
  }

  private static void mapTargets(DisclosureTable t, Section s, List<DisclosureTable.Column> cols, Context ctx,
      List<PerformanceTarget> targets, List<Diagnostic> diags, NameMemo memo) {
    int unit = find(cols, s.unitColumn());
    int project = find(cols, s.projectColumn());
    Map<String, Integer> role = new HashMap<>();
    s.targetColumns().forEach((k, h) -> role.put(k, find(cols, Optional.of(h))));
    if (project < 0 || role.getOrDefault("indicator", -1) < 0 || role.getOrDefault("value", -1) < 0) {
      // The header does not name the columns the targets need: read nothing as a target, and say so
      // for every number in the table rather than dropping rows silently.
      diags.add(Diagnostic.of(Severity.WARNING, "table.target-columns-missing",
          "绩效目标表的表头中找不到项目名称、三级指标或指标值栏，各行未读取",
          "the performance-target table's header lacks the project, indicator or value column; rows not read",
          t.provenance()));
      for (DisclosureTable.Row r : t.rows()) {
        for (DisclosureTable.Column c : cols) {
          unmappedCell(t, r, c, ctx, diags, "未读取的绩效目标数值", "performance-target number not read");
        }
      }
      return;
    }
    // the columns of the roles looked up once per table, not once per row
    Integer level1 = role.get("level1");
    Integer level2 = role.get("level2");
    Integer indicator = role.get("indicator");
    Integer comparator = role.get("comparator");
    Integer value = role.get("value");
    Integer measure = role.get("measure");
    for (DisclosureTable.Row r : t.rows()) {
      String unitText = unit >= 0 ? memo.normalize(r.cell(unit)) : "";
      String projectText = project >= 0 ? memo.normalize(r.cell(project)) : "";
      String l1 = cell(r, level1, memo);
      String l2 = cell(r, level2, memo);
      String ind = cell(r, indicator, memo);
      String cmp = cell(r, comparator, memo);
      String val = cell(r, value, memo);
      String mu = cell(r, measure, memo);
      if (projectText.isEmpty() && l1.isEmpty() && l2.isEmpty() && ind.isEmpty() && cmp.isEmpty()
          && val.isEmpty() && mu.isEmpty() && onlyCellIs(r, unit)) {
        continue; // unit group header
      }
      Provenance rowProv = rowProvenance(t, r, ctx); // one per row, shared by its target and diagnostics
      if (projectText.isEmpty() || ind.isEmpty()) {
        diags.add(Diagnostic.of(Severity.WARNING, "table.incomplete-target",
            "绩效目标行缺少项目名称或三级指标", "performance-target row lacks project or indicator",
            rowProv));
        if (projectText.isEmpty() && ind.isEmpty()) {
          continue;
        }
      }
      Optional<BigDecimal> num = Optional.empty();
      if (!val.isEmpty() && looksNumeric(val)) {
        try {
          num = Amount.parse(val, MoneyUnit.YUAN).map(Amount::value);
        } catch (AmountFormatException e) {
          num = Optional.empty();
        }
      }
      TargetComparator c = TargetComparator.parse(cmp);
      if (c == null && !cmp.isEmpty()) {
        diags.add(Diagnostic.of(Severity.WARNING, "table.unknown-comparator",
            "无法识别的计算符号 '" + cmp + "'", "unknown comparator '" + cmp + "'",
            rowProv));
      }
      targets.add(PerformanceTarget.builder()
          .unit(ctx.unitResolver().apply(unitText).orElse(unitText))
          .project(projectText).level1(l1).level2(l2).indicator(ind)
          .comparator(Optional.ofNullable(c)).comparatorText(cmp).value(val).numericValue(num)
          .measureUnit(mu).provenance(rowProv).build());
    }
  }

  /** Whether every cell of the row other than column {@code keep} is blank. */
  private static boolean onlyCellIs(DisclosureTable.Row r, int keep) {
    for (int k = 0; k < r.cells().size(); k++) {
      if (k != keep && !r.cells().get(k).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static String cell(DisclosureTable.Row r, Integer i, NameMemo memo) {
    return i == null || i < 0 ? "" : memo.normalize(r.cell(i));
  }

  private static void unmappedCell(DisclosureTable t, DisclosureTable.Row r, DisclosureTable.Column c, Context ctx,
      List<Diagnostic> diags, String zh, String en) {
    String cell = r.cell(c.index());
    if (cell.isBlank() || !isNumber(cell)) {
      return;
    }
    // a row's 行次 or a 科目编码 (in any table, known or not) is named but is no unread amount
    boolean amount = !isRowNumber(c, cell) && !isCodeText(c, cell)
        && r.code().filter(cell.strip()::equals).isEmpty();
    diags.add(Diagnostic.builder().severity(Severity.WARNING).code("table.unmapped-cell")
        .messageZh(zh + ": " + cell.strip()).messageEn(en + ": " + cell.strip())
        .location(cellProvenance(t, r, c, ctx, -1)).unreadAmounts(amount ? 1 : 0).build());
  }

  /** {@link #textKind}: a column of rates (增减率, 增减%). */
  static final int RATE = 1;
  /** {@link #textKind}: a column whose header's leaf is 行次, 栏次 or 序号. */
  static final int ROW_NUMBER = 2;
  /** {@link #textKind}: a column whose header's leaf is 科目编码. */
  static final int CODE = 3;

  /**
   * What a text column's header says of its cells, read once per table: {@link #RATE},
   * {@link #ROW_NUMBER}, {@link #CODE}, or 0 for none of them.
   */
  static int textKind(DisclosureTable.Column c) {
    if (dev.yusuan.model.layout.HeaderLexicon.isRateHeader(c.headerPath())) {
      return RATE;
    }
    List<String> path = dev.yusuan.model.layout.HeaderLexicon.canonical(c.headerPath());
    String leaf = path.isEmpty() ? "" : path.get(path.size() - 1);
    return leaf.equals("行次") || leaf.equals("栏次") || leaf.equals("序号") ? ROW_NUMBER
        : leaf.equals("科目编码") ? CODE : 0;
  }

  /**
   * {@code isRowNumber(c, cell) || isCodeText(c, cell) || isRateHeader(c.headerPath())} of a column
   * of {@link #textKind} {@code kind}: the cell is a row's number, a code or a percentage, no amount
   * (TableMapperProperties compares the two).
   */
  static boolean notAnAmount(int kind, String cell) {
    return kind == RATE
        || kind == ROW_NUMBER && isSmallNumber(cell.strip())
        || kind == CODE && isCodeDigits(cell.strip());
  }

  /** Three to seven characters, each 0-9: the text of a classification code. */
  private static boolean isCodeDigits(String s) {
    if (s.length() < 3 || s.length() > 7) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A classification code (3 to 7 digits, 类 款 项) printed in a text column headed 科目编码 (a project or
   * procurement table that names each row's 科目 beside it, its rows keyed by project): a code, not an amount.
   */
  static boolean isCodeText(DisclosureTable.Column c, String cell) {
    String s = cell.strip();
    if (s.length() < 3 || s.length() > 7) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    List<String> path = dev.yusuan.model.layout.HeaderLexicon.canonical(c.headerPath());
    return !path.isEmpty() && path.get(path.size() - 1).equals("科目编码");
  }

  /** A small integer in a 行次 / 栏次 / 序号 column: the printed number of a row, not an amount. */
  static boolean isRowNumber(DisclosureTable.Column c, String cell) {
    if (!isSmallNumber(cell.strip())) {
      return false;
    }
    List<String> path = dev.yusuan.model.layout.HeaderLexicon.canonical(c.headerPath());
    String leaf = path.isEmpty() ? "" : path.get(path.size() - 1);
    return leaf.equals("行次") || leaf.equals("栏次") || leaf.equals("序号");
  }

  /**
   * {@code s.matches("\\d{1,3}")} without compiling the pattern at every call: one to three
   * characters, each 0-9 ({@code \\d} is ASCII digits only without {@code UNICODE_CHARACTER_CLASS}).
   */
  public static boolean isSmallNumber(String s) {
    int n = s.length();
    if (n < 1 || n > 3) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Whether a cell's whole text is a number. */
  public static boolean isNumber(String cell) {
    if (!looksNumeric(cell)) {
      return false;
    }
    try {
      return Amount.parse(cell, MoneyUnit.YUAN).isPresent();
    } catch (AmountFormatException e) {
      return false;
    }
  }

  /** Cheap pre-check: only digits, separators, signs, brackets and spaces (half or full width). */
  static boolean looksNumeric(String cell) {
    boolean digit = false;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        c = (char) (c - 0xFEE0);
      }
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (",.-+() \u3000\t".indexOf(c) < 0) {
        return false;
      }
    }
    return digit;
  }

  private static Diagnostic cellDiag(DisclosureTable t, DisclosureTable.Row r, DisclosureTable.Column c, Context ctx,
      Severity sev, String code, String zh, String en) {
    return Diagnostic.of(sev, code, zh, en, cellProvenance(t, r, c, ctx, -1));
  }

  private static Provenance rowProvenance(DisclosureTable t, DisclosureTable.Row r, Context ctx) {
    Provenance.Builder b = Provenance.builder().source(ctx.source()).tableId(t.id())
        .tableTitle(t.title()).rowLabel(r.label()).rowCode(r.code()).line(r.line()).page(r.page())
        .text(String.join("\t", r.cells()));
    return b.build();
  }

  private static Provenance cellProvenance(DisclosureTable t, DisclosureTable.Row r, DisclosureTable.Column c, Context ctx,
      int rowIndex) {
    return cellProvenance(t, r, c, ctx, r.label(), r.code(), rowNumber(r, rowIndex), r.cell(c.index()));
  }

  /** One cell's provenance, built once (row label, code and number given, as the row maps them). */
  private static Provenance cellProvenance(DisclosureTable t, DisclosureTable.Row r, DisclosureTable.Column c,
      Context ctx, Optional<String> rowLabel, Optional<String> rowCode, OptionalInt rowNumber, String cell) {
    return cellProvenance(rowOfCells(t, r, ctx, rowLabel, rowCode, rowNumber), c, cell);
  }

  /** A cell's provenance: the row's (shared by its cells) with the cell's column and text. */
  private static Provenance cellProvenance(Provenance rowOfCells, DisclosureTable.Column c, String cell) {
    return rowOfCells.cell(Optional.of(c.header()), c.number(), Optional.of(cell.strip()));
  }

  /** What the provenances of a row's cells share: source, table, row label, code and number, line, page. */
  private static Provenance rowOfCells(DisclosureTable t, DisclosureTable.Row r, Context ctx,
      Optional<String> rowLabel, Optional<String> rowCode, OptionalInt rowNumber) {
    Provenance.Builder b = Provenance.builder();
    b.source(ctx.source()).tableId(t.id())
        .tableTitle(t.title()).rowLabel(rowLabel).rowCode(rowCode).line(r.line()).page(r.page());
    if (rowNumber.isPresent()) {
      b.rowNumber(rowNumber.getAsInt());
    }
    return b.build();
  }


  /** The row's printed 行次 when numeric (else none), or its position when it prints none and {@code rowIndex > 0}. */
  private static OptionalInt rowNumber(DisclosureTable.Row r, int rowIndex) {
    if (r.number().isPresent()) {
      try {
        return OptionalInt.of(Integer.parseInt(r.number().get()));
      } catch (NumberFormatException e) {
        return OptionalInt.empty(); // 行次 not numeric: leave out
      }
    }
    return rowIndex > 0 ? OptionalInt.of(rowIndex) : OptionalInt.empty();
  }

  private static boolean isTextColumn(Section s, DisclosureTable.Column c) {
    for (String h : s.textColumns()) {
      if (Section.headerIs(c.headerPath(), Optional.of(h))) {
        return true;
      }
    }
    return false;
  }
}
