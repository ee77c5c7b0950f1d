package dev.yusuan.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The provenance of one table cell ({@link Provenance#cell}): the row's provenance, shared by the
 * cells of the row, and the three attributes that differ from cell to cell. Equal to, and hashed as,
 * the full provenance with the same attributes.
 */
final class CellProvenance extends Provenance {
  private final Provenance row;
  private final String columnHeader;
  private final String columnNumber;
  private final String text;

  CellProvenance(Provenance row, String columnHeader, String columnNumber, String text) {
    this.row = row;
    this.columnHeader = columnHeader;
    this.columnNumber = columnNumber;
    this.text = text;
  }

  Provenance row() {
    return row;
  }

  @Override
  public String source() {
    return row.source();
  }

  @Override
  public Optional<String> tableId() {
    return row.tableId();
  }

  @Override
  public Optional<String> tableTitle() {
    return row.tableTitle();
  }

  @Override
  public Optional<String> rowLabel() {
    return row.rowLabel();
  }

  @Override
  public Optional<String> rowCode() {
    return row.rowCode();
  }

  @Override
  public OptionalInt rowNumber() {
    return row.rowNumber();
  }

  @Override
  public Optional<String> columnHeader() {
    return Optional.ofNullable(columnHeader);
  }

  @Override
  public Optional<String> columnNumber() {
    return Optional.ofNullable(columnNumber);
  }

  @Override
  public OptionalInt page() {
    return row.page();
  }

  @Override
  public OptionalInt line() {
    return row.line();
  }

  @Override
  public Optional<String> section() {
    return row.section();
  }

  @Override
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  @Override
  public OptionalInt spanStart() {
    return row.spanStart();
  }

  @Override
  public OptionalInt spanEnd() {
    return row.spanEnd();
  }

  @Override
  public boolean doubtful() {
    return row.doubtful();
  }

  /** As the full provenance prints itself. */
  @Override
  public String toString() {
    return Provenance.builder().from(this).build().toString();
  }
}
