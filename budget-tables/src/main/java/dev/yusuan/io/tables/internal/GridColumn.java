package dev.yusuan.io.tables.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of a grid being rebuilt: its x-range (growing with the body segments it receives), header
 * path top-down, 栏次 and what its body cells hold. Mutable working state of the grid stages
 * ({@link HeaderColumns}, {@link CellAssigner}, {@link ColumnKinds}); the result is {@link Grid.Col}.
 */
final class GridColumn {
  float x0;
  float x1;
  final List<String> path = new ArrayList<>();
  /** Centre of the leaf header text. */
  float leafCenter;
  /** x-range of each parent segment of {@link #path} (all but the leaf). */
  final List<float[]> parentRanges = new ArrayList<>();
  String number;
  int numbers;
  int texts;
  int codes;
  boolean fromHeader;
  /** A body column of segments outside every header column that holds some non-amount text. */
  boolean orphanText;
  /** The column took an amount of the body ({@link CellAssigner}). */
  boolean amounts;

  GridColumn(float x0, float x1) {
    this.x0 = x0;
    this.x1 = x1;
  }

  float overlap(Segment s) {
    return s.overlap(x0, x1);
  }

  float center() {
    return (x0 + x1) / 2;
  }
}
