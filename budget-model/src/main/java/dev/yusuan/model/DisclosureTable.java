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

  /** Identifier within the document, e.g. {@code T03}. */
  public abstract String id();

  public abstract String title();

  /** Layout kind, e.g. {@code zj.expenditure-summary}, or {@link #UNKNOWN_KIND}. */
  @Value.Default
  public String kind() {
    return UNKNOWN_KIND;
  }

  public abstract MoneyUnit unit();

  /** The header grid as printed (one list per header line, blank strings for empty cells). */
  public abstract List<List<String>> headerRows();

  /** Columns with their resolved header path and 栏次. */
  public abstract List<Column> columns();

  public abstract List<Row> rows();

  /** Notes printed with the table (注：…, 本表无数据, …). */
  public abstract List<String> notes();

  /** Where the table starts (source, page, line of its title). */
  public abstract Provenance provenance();

  /**
   * How many of the amounts printed in the table the reader turned into facts; empty when the source
   * format has no notion of it (a table built in code, a JSON file without it).
   */
  public abstract java.util.Optional<ReadingCoverage> coverage();

  /** Whether the table has no body row with any printed number. */
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

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableDisclosureTable.Builder {}

  /** A column: 0-based index, header path (e.g. [基本支出, 人员经费]) and 栏次. */
  @Value.Immutable
  public abstract static class Column {
    public abstract int index();

    public abstract List<String> headerPath();

    /** 栏次 as printed, if any. */
    public abstract Optional<String> number();

    /** Header path joined with {@code /}. */
    @Value.Derived
    public String header() {
      return String.join("/", headerPath());
    }

    public static Column of(int index, List<String> headerPath, Optional<String> number) {
      return builder().index(index).headerPath(headerPath).number(number).build();
    }

    public static Builder builder() {
      return new Builder();
    }

    /** Builder. */
    public static class Builder extends ImmutableColumn.Builder {}
  }

  /** A body row: its cells as printed, and the label, code and 行次 a layout found in them. */
  @Value.Immutable
  public abstract static class Row {
    /** Cell texts as printed, one per column (blank string for an empty cell). */
    public abstract List<String> cells();

    public abstract Optional<String> label();

    public abstract Optional<String> code();

    /** 行次 as printed. */
    public abstract Optional<String> number();

    public abstract OptionalInt line();

    public abstract OptionalInt page();

    /** Cell text at {@code column}, or blank when the row is shorter. */
    public String cell(int column) {
      return column < cells().size() ? cells().get(column) : "";
    }

    public static Builder builder() {
      return new Builder();
    }

    /** Builder. */
    public static class Builder extends ImmutableRow.Builder {}
  }
}
