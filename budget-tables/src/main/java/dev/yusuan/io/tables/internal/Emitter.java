package dev.yusuan.io.tables.internal;

import dev.yusuan.model.Amount;
import dev.yusuan.model.AmountFormatException;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Names;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Collects what a layout makes of a table's cells: facts, and diagnostics for cells it cannot use.
 * {@link #finish()} reports every printed number that got neither, so no number is lost silently.
 */
public final class Emitter {
  private final String source;
  private final DisclosureTable table;
  private final List<Fact> facts = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Set<Long> seen = new HashSet<>();
  private final Set<Long> notAmounts = new HashSet<>();
  private final List<dev.yusuan.model.PerformanceTarget> targets = new ArrayList<>();

  public Emitter(String source, DisclosureTable table) {
    this.source = source;
    this.table = table;
  }

  public DisclosureTable table() {
    return table;
  }

  /** The published amount in a cell, or empty when blank; a malformed number is a diagnostic. */
  public Optional<Amount> amount(int row, int col) {
    String text = table.rows().get(row).cell(col);
    if (text.isBlank() || text.equals("-") || text.equals("--")) {
      return Optional.empty();
    }
    try {
      return Amount.parse(text, table.unit());
    } catch (AmountFormatException e) {
      mark(row, col);
      diagnostics.add(Diagnostic.of(Severity.ERROR, "pdf.bad-number",
          "单元格不是金额: " + text + " (" + e.getMessage() + ")",
          "cell is not an amount: " + text, at(row, col)));
      return Optional.empty();
    }
  }

  /** Publishes the cell at (row, col) as a fact of {@code concept} at {@code coordinates}. */
  public void fact(int row, int col, Concept concept, Coordinates coordinates) {
    fact(row, col, concept, coordinates, null);
  }

  /** As {@link #fact(int, int, Concept, Coordinates)}, naming the label the value belongs to. */
  public void fact(int row, int col, Concept concept, Coordinates coordinates, String rowLabel) {
    fact(row, col, concept, coordinates, rowLabel, null);
  }

  /** As {@link #fact(int, int, Concept, Coordinates, String)}, naming the row's code too. */
  public void fact(int row, int col, Concept concept, Coordinates coordinates, String rowLabel,
      String rowCode) {
    fact(row, col, concept, coordinates, rowLabel, rowCode, false);
  }

  /**
   * As {@link #fact(int, int, Concept, Coordinates, String, String)}; a {@code doubtful} fact rests on
   * a label the reader had to lend or carry to its row (a finding using it is at most a WARNING).
   */
  public void fact(int row, int col, Concept concept, Coordinates coordinates, String rowLabel,
      String rowCode, boolean doubtful) {
    Optional<Amount> a = amount(row, col);
    mark(row, col);
    if (a.isPresent()) {
      facts.add(Fact.of(concept, coordinates, a.get(), cell(rowOfCells(row, rowLabel, rowCode, doubtful), row, col)));
    }
  }

  /** The last row provenance built for facts, and what it was built from. */
  private Provenance rowOfCells;
  private int rowOfCellsRow = -1;
  private String rowOfCellsLabel;
  private String rowOfCellsCode;
  private boolean rowOfCellsDoubtful;

  /**
   * What the provenances of a row's facts share ({@link #at} without the column and text, with the
   * label and code the layout gives and the doubt): one per row, reused while consecutive facts of
   * the row name the same label and code.
   */
  private Provenance rowOfCells(int row, String rowLabel, String rowCode, boolean doubtful) {
    if (rowOfCells == null || row != rowOfCellsRow || !Objects.equals(rowLabel, rowOfCellsLabel)
        || !Objects.equals(rowCode, rowOfCellsCode) || doubtful != rowOfCellsDoubtful) {
      DisclosureTable.Row r = table.rows().get(row);
      Provenance.Builder b = Provenance.builder().source(source).tableId(table.id())
          .tableTitle(table.title()).rowLabel(r.label()).rowCode(r.code())
          .rowNumber(OptionalInt.of(row + 1)).page(r.page()).line(r.line());
      if (rowLabel != null) {
        b.rowLabel(Names.normalize(rowLabel));
      }
      if (rowCode != null) {
        b.rowCode(rowCode);
      }
      if (doubtful) {
        b.doubtful(true);
      }
      rowOfCells = b.build();
      rowOfCellsRow = row;
      rowOfCellsLabel = rowLabel;
      rowOfCellsCode = rowCode;
      rowOfCellsDoubtful = doubtful;
    }
    return rowOfCells;
  }

  /** The provenance of cell (row, col) on the row's shared provenance {@code rowOfCells}: as {@link #at} gives it. */
  private Provenance cell(Provenance rowOfCells, int row, int col) {
    DisclosureTable.Column c = col < table.columns().size() ? table.columns().get(col) : null;
    String text = table.rows().get(row).cell(col);
    return rowOfCells.cell(c == null ? Optional.empty() : Optional.of(c.header()),
        c == null ? Optional.empty() : c.number(), text.isBlank() ? Optional.empty() : Optional.of(text));
  }

  /** A performance target (绩效指标) the table prints; its cells are text, never amounts. */
  public void target(dev.yusuan.model.PerformanceTarget t) {
    targets.add(t);
  }

  /** The performance targets the table prints, in order. */
  public List<dev.yusuan.model.PerformanceTarget> targets() {
    return List.copyOf(targets);
  }

  /**
   * A printed number that is no amount (a percentage of an 增减率 column, a form's score or target value): seen,
   * neither a fact nor unmapped, and not counted among the table's printed amounts ({@link #isAmount}).
   */
  public void notAnAmount(int row, int col) {
    mark(row, col);
    notAmounts.add(key(row, col));
  }

  /** Whether the number printed at a cell may be an amount (not one {@link #notAnAmount} named). */
  public boolean isAmount(int row, int col) {
    return !notAmounts.contains(key(row, col));
  }

  /** Reports a printed number the layout knows but maps to no fact, with the reason. */
  public void unmapped(int row, int col, String zh, String en) {
    if (seen.contains(key(row, col))) {
      return;
    }
    String text = table.rows().get(row).cell(col);
    mark(row, col);
    if (!isNumber(text)) {
      return;
    }
    diagnostics.add(Diagnostic.unread("pdf.unmapped-cell",
        "数字未映射为事实: " + text + "，" + zh, "number not mapped to a fact: " + text + "; " + en,
        at(row, col), 1));
  }

  public void diagnostic(Severity severity, String code, String zh, String en, int row, int col) {
    diagnostics.add(Diagnostic.of(severity, code, zh, en, at(row, col)));
  }

  public boolean marked(int row, int col) {
    return seen.contains(key(row, col));
  }

  private void mark(int row, int col) {
    seen.add(key(row, col));
  }

  private static long key(int row, int col) {
    return ((long) row << 20) | col;
  }

  static boolean isNumber(String text) {
    return !text.isBlank() && Texts.isAmount(text.replace(" ", ""));
  }

  /** Provenance of a cell. */
  public Provenance at(int row, int col) {
    DisclosureTable.Row r = table.rows().get(row);
    DisclosureTable.Column c = col < table.columns().size() ? table.columns().get(col) : null;
    Provenance.Builder b = Provenance.builder().source(source).tableId(table.id())
        .tableTitle(table.title()).rowLabel(r.label()).rowCode(r.code())
        .rowNumber(OptionalInt.of(row + 1)).page(r.page()).line(r.line());
    if (c != null) {
      b.columnHeader(c.header()).columnNumber(c.number());
    }
    String text = r.cell(col);
    if (!text.isBlank()) {
      b.text(text);
    }
    return b.build();
  }

  /** Facts and diagnostics, with every unvisited printed number reported. */
  public MappedTable finish() {
    for (int r = 0; r < table.rows().size(); r++) {
      DisclosureTable.Row row = table.rows().get(r);
      for (int c = 0; c < row.cells().size(); c++) {
        String t = row.cell(c);
        boolean codeColumn = c < table.columns().size()
            && table.columns().get(c).header().contains("编码") && Texts.isCode(t);
        if (!seen.contains(key(r, c)) && isNumber(t) && !codeColumn
            && !row.code().map(t::equals).orElse(false)) {
          diagnostics.add(Diagnostic.unread("pdf.unmapped-cell",
              "数字未映射为事实: " + t, "number not mapped to a fact: " + t, at(r, c), 1));
        }
      }
    }
    return new MappedTable(table, List.copyOf(facts), List.copyOf(diagnostics));
  }
}
