package dev.yusuan.model;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A table as published: title, kind (which standard table of a template it is, or {@code UNKNOWN}),
 * money unit, header rows with 栏次, body rows with their cells as printed, and notes such as
 * 本表无数据. A table is a presentation; its numbers become {@link Fact}s through a layout.
 */
@Value.Immutable
public abstract class DisclosureTable {
  /** Kind of a table no layout recognised. */
  public static final String UNKNOWN_KIND = "UNKNOWN";

  /** {@return identifier within the document, e.g. {@code T03}} */
  public abstract String id();

  /** {@return the title as printed, e.g. {@code 一般公共预算支出表}} */
  public abstract String title();

  /** {@return layout kind, e.g. {@code zj.expenditure-summary}, or {@link #UNKNOWN_KIND}} */
  @Value.Default
  public String kind() {
    return UNKNOWN_KIND;
  }

  /** {@return the money unit the table's amounts are printed in (元, 万元, …)} */
  public abstract MoneyUnit unit();

  /** {@return the header grid as printed (one list per header line, blank strings for empty cells)} */
  public abstract List<List<String>> headerRows();

  /** {@return columns with their resolved header path and 栏次} */
  public abstract List<Column> columns();

  /** {@return the body rows, in printed order} */
  public abstract List<Row> rows();

  /** {@return notes printed with the table (注：…, 本表无数据, …)} */
  public abstract List<String> notes();

  /** {@return where the table starts (source, page, line of its title)} */
  public abstract Provenance provenance();

  /**
   * How many of the amounts printed in the table the reader turned into facts; empty when the source
   * format has no notion of it (a table built in code, a JSON file without it).
   *
   * @return the coverage, or empty when not measured
   */
  public abstract java.util.Optional<ReadingCoverage> coverage();

  /** {@return whether the table has no body row with any printed number} */
  @Value.Lazy
  public boolean isEmptyOfNumbers() {
    for (Row r : rows()) {
      for (String c : r.cells()) {
        if (!c.isBlank() && c.chars().anyMatch(Character::isDigit)) {
          if (r.code().map(code -> !c.equals(code)).orElse(true)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** {@return a new builder; id, title, unit and provenance are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableDisclosureTable.Builder {}

  /** A column: 0-based index, header path (e.g. [基本支出, 人员经费]) and 栏次. */
  @Value.Immutable
  public abstract static class Column {
    /** {@return the 0-based position of the column in the table} */
    public abstract int index();

    /** {@return the header cells above the column, outermost first, e.g. [基本支出, 人员经费]} */
    public abstract List<String> headerPath();

    /** {@return 栏次 as printed, if any} */
    public abstract Optional<String> number();

    /** {@return header path joined with {@code /}} */
    @Value.Derived
    public String header() {
      return String.join("/", headerPath());
    }

    /**
     * A column of all its parts.
     *
     * @param index 0-based position
     * @param headerPath header cells above it, outermost first
     * @param number 栏次 as printed, if any
     * @return the column
     */
    public static Column of(int index, List<String> headerPath, Optional<String> number) {
      return builder().index(index).headerPath(headerPath).number(number).build();
    }

    /** {@return a new builder} */
    public static Builder builder() {
      return new Builder();
    }

    /** Builder. */
    public static class Builder extends ImmutableColumn.Builder {}
  }

  /** A body row: its cells as printed, and the label, code and 行次 a layout found in them. */
  @Value.Immutable
  public abstract static class Row {
    /** {@return cell texts as printed, one per column (blank string for an empty cell)} */
    public abstract List<String> cells();

    /** {@return the row label (科目名称 / 项目) a layout found, if any} */
    public abstract Optional<String> label();

    /** {@return the classification code (科目编码) a layout found, if any} */
    public abstract Optional<String> code();

    /** {@return 行次 as printed} */
    public abstract Optional<String> number();

    /** {@return the 1-based line of the row in the source text, if known} */
    public abstract OptionalInt line();

    /** {@return the 1-based page of the row, for paginated sources} */
    public abstract OptionalInt page();

    /**
     * Cell text at {@code column}, or blank when the row is shorter.
     *
     * @param column 0-based column index
     * @return the text as printed, possibly blank
     */
    public String cell(int column) {
      return column < cells().size() ? cells().get(column) : "";
    }

    /** {@return a new builder} */
    public static Builder builder() {
      return new Builder();
    }

    /** Builder. */
    public static class Builder extends ImmutableRow.Builder {}
  }
}
