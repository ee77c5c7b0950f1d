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
