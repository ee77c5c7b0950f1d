package dev.yusuan.io.tables.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds a table grid from positioned lines, in stages with one responsibility each:
 * {@link HeaderLines} (lines → header, 栏次 and body), {@link HeaderColumns} (header → columns),
 * {@link CellAssigner} (body segments → columns), {@link ColumnKinds} (what each column holds) and
 * {@link RowJoiner} (lines → rows, wrapped labels and split codes joined). The grid then becomes the
 * table model ({@link TableAssembly}, {@link SplitCodes}, {@link ColumnRoles}) and facts
 * ({@link StrategyMapper}, {@code TableMapper}).
 */
public final class GridBuilder {
  private GridBuilder() {}

  /**
   * Builds the grid of {@code lines}; {@code previous} (nullable) gives the columns to use when the
   * lines have no header of their own.
   */
  public static Grid build(List<TextLine> lines, Grid previous) {
    return build(lines, previous, false);
  }

  /**
   * Builds the grid of {@code lines}; {@code characterGrid}: the lines are rows of a character grid (space-aligned
   * text, {@link HeaderColumns#of(List, boolean)}).
   */
  public static Grid build(List<TextLine> lines, Grid previous, boolean characterGrid) {
    return build(lines, previous, characterGrid, false);
  }

  /**
   * As {@link #build(List, Grid, boolean)}; {@code displayWidth}: the character grid is measured in display
   * columns ({@link HeaderColumns#of(List, boolean, boolean)}).
   */
  static Grid build(List<TextLine> lines, Grid previous, boolean characterGrid, boolean displayWidth) {
    HeaderLines.Parts parts = HeaderLines.split(lines);
    List<TextLine> header = parts.header();
    TextLine numbersRow = parts.numbersRow();
    List<TextLine> body = parts.body();
    List<GridColumn> cols = header.isEmpty() ? HeaderColumns.fromPrevious(previous)
        : HeaderColumns.of(header, characterGrid, displayWidth);
    List<int[]> assign = CellAssigner.assign(cols, body, characterGrid, characterGrid && !displayWidth);
    if (cols.isEmpty()) {
      return new Grid(List.of(), List.of(), List.of(), List.of());
    }
    Grid.Kind[] kinds = ColumnKinds.classify(cols, body, assign);
    // 栏次
    if (numbersRow != null) {
      for (Segment s : numbersRow.segments()) {
        int c = CellAssigner.nearest(cols, s);
        if (c >= 0 && Texts.isAmount(s.text()) && !s.text().contains(".")) {
          cols.get(c).number = s.text();
        }
      }
    }
    List<Grid.Col> gcols = new ArrayList<>();
    for (int c = 0; c < cols.size(); c++) {
      GridColumn col = cols.get(c);
      gcols.add(new Grid.Col(List.copyOf(col.path), col.number, col.x0, col.x1, kinds[c]));
    }
    List<List<String>> headerRows = new ArrayList<>();
    for (TextLine l : header) {
      String[] row = new String[cols.size()];
      Arrays.fill(row, "");
      for (Segment s : l.segments()) {
        int c = CellAssigner.nearest(cols, s);
        row[c] = row[c].isEmpty() ? s.text() : row[c] + s.text();
      }
      headerRows.add(List.of(row));
    }
    if (numbersRow != null) {
      String[] row = new String[cols.size()];
      Arrays.fill(row, "");
      for (Segment s : numbersRow.segments()) {
        int c = CellAssigner.nearest(cols, s);
        row[c] = s.text();
      }
      headerRows.add(List.of(row));
    }
    List<String> rejoined = new ArrayList<>();
    List<Grid.GridRow> rows = RowJoiner.rows(body, assign, kinds, rejoined);
    return new Grid(gcols, headerRows, rows, rejoined);
  }
}
