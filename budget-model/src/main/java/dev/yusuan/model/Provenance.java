package dev.yusuan.model;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a published number (or a problem) was found: source file, table, row (label, code, 行次),
 * column (header, 栏次), page, line, and the text span. Every field but the source is optional.
 */
@Value.Immutable
public abstract class Provenance {
  /** {@return the source document (file name or identifier)} */
  public abstract String source();

  /** {@return identifier of the table within the document, e.g. {@code T03}} */
  public abstract Optional<String> tableId();

  /** {@return the table's title as printed} */
  public abstract Optional<String> tableTitle();

  /** {@return row label as printed (科目名称 / 项目)} */
  public abstract Optional<String> rowLabel();

  /** {@return row classification code (科目编码), if the row has one} */
  public abstract Optional<String> rowCode();

  /** {@return 行次 (row number as printed), or the 1-based row index when none is printed} */
  public abstract OptionalInt rowNumber();

  /** {@return column header path as printed, joined with {@code /}} */
  public abstract Optional<String> columnHeader();

  /** {@return 栏次 (column number as printed), if printed} */
  public abstract Optional<String> columnNumber();

  /** {@return 1-based page, for paginated sources} */
  public abstract OptionalInt page();

  /** {@return 1-based line in the source text} */
  public abstract OptionalInt line();

  /** {@return narrative section heading the text belongs to} */
  public abstract Optional<String> section();

  /** {@return the printed text of the cell or claim} */
  public abstract Optional<String> text();

  /** {@return start offset of {@link #text()} within its line (0-based, in chars)} */
  public abstract OptionalInt spanStart();

  /** {@return end offset (exclusive) of {@link #text()} within its line} */
  public abstract OptionalInt spanEnd();

  /**
   * Whether the value at this location rests on a doubtful read: a column role inferred from its
   * cells, a joined label. A finding resting on it is at most a WARNING and says so.
   *
   * @return whether the read is doubtful; false by default
   */
  @Value.Default
  public boolean doubtful() {
    return false;
  }

  /**
   * A short human-readable location, e.g. {@code report.txt:412 T03 2010101 行政运行 / 人员经费}.
   *
   * @return the parts present (source, line, page, table, row code and label, column), in that order
   */
  @Value.Lazy
  public String describe() {
    StringBuilder b = new StringBuilder(source());
    line().ifPresent(l -> b.append(':').append(l));
    page().ifPresent(p -> b.append(" p.").append(p));
    tableTitle().or(this::tableId).ifPresent(t -> b.append(' ').append(t));
    rowCode().ifPresent(c -> b.append(' ').append(c));
    rowLabel().ifPresent(l -> b.append(' ').append(l));
    columnHeader().ifPresent(h -> b.append(" / ").append(h));
    columnNumber().ifPresent(n -> b.append(" [栏").append(n).append(']'));
    return b.toString();
  }

  /**
   * The provenance of one cell of the row this provenance names: equal to
   * {@code builder().from(this).columnHeader(columnHeader).columnNumber(columnNumber).text(text).build()},
   * but sharing this provenance's fields instead of copying them. The cells of a table row share
   * their source, table, row label, code, number, page and line; one full provenance per cell was the
   * largest part of what a read document holds per fact.
   *
   * @param columnHeader the column header path as printed, or empty
   * @param columnNumber the 栏次 as printed, or empty
   * @param text the printed text of the cell, or empty
   * @return the cell's provenance
   */
  public Provenance cell(Optional<String> columnHeader, Optional<String> columnNumber, Optional<String> text) {
    Provenance row = this instanceof CellProvenance c ? c.row() : this;
    return new CellProvenance(row, columnHeader.orElse(null), columnNumber.orElse(null), text.orElse(null));
  }

  /**
   * Equal when every attribute is equal (whichever of the two implementations, a full provenance or
   * a cell's, holds it).
   */
  @Override
  public boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof Provenance o
        && source().equals(o.source())
        && tableId().equals(o.tableId())
        && tableTitle().equals(o.tableTitle())
        && rowLabel().equals(o.rowLabel())
        && rowCode().equals(o.rowCode())
        && rowNumber().equals(o.rowNumber())
        && columnHeader().equals(o.columnHeader())
        && columnNumber().equals(o.columnNumber())
        && page().equals(o.page())
        && line().equals(o.line())
        && section().equals(o.section())
        && text().equals(o.text())
        && spanStart().equals(o.spanStart())
        && spanEnd().equals(o.spanEnd())
        && doubtful() == o.doubtful();
  }

  /** The hash of every attribute, the same for both implementations (and as generated before). */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + source().hashCode();
    h += (h << 5) + tableId().hashCode();
    h += (h << 5) + tableTitle().hashCode();
    h += (h << 5) + rowLabel().hashCode();
    h += (h << 5) + rowCode().hashCode();
    h += (h << 5) + rowNumber().hashCode();
    h += (h << 5) + columnHeader().hashCode();
    h += (h << 5) + columnNumber().hashCode();
    h += (h << 5) + page().hashCode();
    h += (h << 5) + line().hashCode();
    h += (h << 5) + section().hashCode();
    h += (h << 5) + text().hashCode();
    h += (h << 5) + spanStart().hashCode();
    h += (h << 5) + spanEnd().hashCode();
    h += (h << 5) + Boolean.hashCode(doubtful());
    return h;
  }

  /** {@return a new builder; only the source is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A provenance naming only a source, for a problem about a whole file.
   *
   * @param source the source document (file name or identifier)
   * @return the provenance
   */
  public static Provenance of(String source) {
    return builder().source(source).build();
  }

  /** Builder. */
  public static class Builder extends ImmutableProvenance.Builder {}
}
