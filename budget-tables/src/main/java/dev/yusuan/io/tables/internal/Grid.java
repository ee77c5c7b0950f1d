package dev.yusuan.io.tables.internal;

import java.util.List;

/** A rebuilt table grid: columns with header paths, the header as printed, body rows. */
public record Grid(List<Col> columns, List<List<String>> headerRows, List<GridRow> rows,
    List<String> rejoinedCodes) {

  /** What a column holds. */
  public enum Kind { TEXT, CODE, NUMBER }

  /** A column: header path (top-down), 栏次 if printed, x-range, kind. */
  public record Col(List<String> path, String number, float x0, float x1, Kind kind) {
    public String header() {
      return String.join("/", path);
    }
  }

  /** A body row: cell texts by column, where it was printed. */
  public record GridRow(List<String> cells, int page, int line, float y) {
    public String cell(int c) {
      return c < cells.size() ? cells.get(c) : "";
    }
  }
}
