package dev.yusuan.model.layout;

import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.FactDimension;
import java.util.List;
import java.util.Optional;

/**
 * A side of a table (收支总表 has an income and an expenditure side) or the whole table: which columns
 * belong to it (those whose top header is {@code header}, or all), its stub columns, how value
 * columns and labelled rows map to facts.
 *
 * @param header key of the top header cell that owns this section's columns; empty for all columns
 * @param concept the concept of its facts unless a column or row says otherwise
 * @param base coordinates every fact of the section gets
 * @param codeColumn header of the code column (科目编码), if any
 * @param codeDimension dimension of the codes in the code column (FUNCTION, ECONOMIC, …)
 * @param labelColumn header of the label column (科目名称 / 项目)
 * @param namesDimension when set, rows with a label but no code and no row rule are names of this
 *     code dimension, resolved to codes by the reader
 * @param unitColumn header of the budget-unit column (单位名称)
 * @param projectColumn header of the project column (项目名称)
 * @param totals labels of total rows (合计): no row coordinate
 * @param columns value column rules, first match wins
 * @param rows labelled row rules, first match wins
 * @param anchors row label keys used as {@code after=} anchors
 * @param textColumns headers of columns that hold text, not numbers
 * @param targetColumns for performance-target tables: role → header (level1, level2, indicator,
 *     comparator, value, measure)
 * @param blankIsZero whether a blank value cell means a published 0
 */
public record Section(
    Optional<String> header,
    Concept concept,
    Coordinates base,
    Optional<String> codeColumn,
    Optional<FactDimension> codeDimension,
    Optional<String> labelColumn,
    Optional<FactDimension> namesDimension,
    Optional<String> unitColumn,
    Optional<String> projectColumn,
    List<String> totals,
    List<ColumnRule> columns,
    List<RowRule> rows,
    List<String> anchors,
    List<String> textColumns,
    java.util.Map<String, String> targetColumns,
    boolean blankIsZero) {

  /**
   * The column rule matching {@code headerPath}, if any.
   *
   * @param headerPath the column's header cells, top to bottom, as keys
   * @return the first matching rule, or empty
   */
  public Optional<ColumnRule> columnRule(List<String> headerPath) {
    for (int i = 0, n = columns.size(); i < n; i++) {
      ColumnRule r = columns.get(i);
      if (r.matches(headerPath)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The row rule for {@code label} under anchor {@code anchorKey}, if any.
   *
   * @param label the printed row label
   * @param anchorKey the key of the current anchor row, or null
   * @return the first matching rule, or empty
   */
  public Optional<RowRule> rowRule(String label, String anchorKey) {
    return rowRuleOfKey(RowRule.labelKey(label), anchorKey);
  }

  /**
   * {@link #rowRule} of a label whose {@link RowRule#labelKey key} is known (keyed once, not once
   * per rule of the section).
   *
   * @param labelKey the {@link RowRule#labelKey} of the printed row label
   * @param anchorKey the key of the most recent anchor row of the section, or null when none was seen
   * @return the first rule that applies
   */
  public Optional<RowRule> rowRuleOfKey(String labelKey, String anchorKey) {
    for (RowRule r : rows) {
      if (r.matchesKey(labelKey, anchorKey)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code label} names a total row: one of the layout's total labels, or — when the layout
   * declares any — the grand-total synonyms 合计 / 总计 / 合计数 (小计 stays a row rule's business: it
   * is a group total whose group the layout names).
   *
   * @param label the printed row label
   * @return whether the row is a total row of this section
   */
  public boolean isTotal(String label) {
    return isTotalKey(RowRule.labelKey(label));
  }

  /**
   * {@link #isTotal} of a label whose {@link RowRule#labelKey key} is known.
   *
   * @param k the {@link RowRule#labelKey} of the printed row label
   * @return whether the row is a total row of this section
   */
  public boolean isTotalKey(String k) {
    if (totals.contains(k)) {
      return true;
    }
    return !totals.isEmpty() && GRAND_TOTALS.contains(k)
        && totals.stream().anyMatch(GRAND_TOTALS::contains);
  }

  private static final java.util.Set<String> GRAND_TOTALS = java.util.Set.of("合计", "总计",
      "合计数", "总合计");

  /**
   * Whether a column with {@code headerPath} belongs to this section: its top header is the section
   * header, or ends with it ({@code 本年收入} and {@code 财政拨款收入} belong to section 收入). A section
   * without header owns every column.
   *
   * @param headerPath the column's header cells, top to bottom
   * @return whether the column belongs to this section
   */
  public boolean owns(List<String> headerPath) {
    if (header.isEmpty()) {
      return true;
    }
    List<String> p = HeaderLexicon.canonical(headerPath);
    if (p.isEmpty()) {
      return false;
    }
    String top = p.get(0);
    String h = HeaderLexicon.canonical(header.get());
    return top.equals(h) || top.length() <= h.length() + 4 && top.endsWith(h);
  }

  /**
   * Whether a header path ends with the stub/text header {@code h}.
   *
   * @param headerPath the column's header cells, top to bottom, as keys
   * @param h the header alternatives ({@code a|b/c}), or empty
   * @return true when {@code h} is present and one alternative ends the path
   */
  public static boolean headerIs(List<String> headerPath, Optional<String> h) {
    if (h.isEmpty()) {
      return false;
    }
    List<List<String>> alts = ColumnRule.parseAlternatives(h.get());
    for (int i = 0, n = alts.size(); i < n; i++) { // no stream or iterator: tested per column and stub
      if (HeaderMatch.endsWith(headerPath, alts.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether this is a performance-target section.
   *
   * @return true when {@link #targetColumns()} is not empty
   */
  public boolean isTargets() {
    return !targetColumns.isEmpty();
  }
}
