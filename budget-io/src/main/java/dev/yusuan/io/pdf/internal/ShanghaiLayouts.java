package dev.yusuan.io.pdf.internal;

import dev.yusuan.model.Catalogue;
import java.util.Optional;

/** Layouts of the Shanghai district 部门预算 (9 tables) and 部门决算 (9 tables) templates. */
public final class ShanghaiLayouts {
  private ShanghaiLayouts() {}

  /** The layout kind of a table, from its title and header; empty when not a Shanghai table. */
  public static Optional<String> recognise(String title, Grid grid, boolean finalAccount) {
    return Optional.empty();
  }

  /** Maps a recognised table's cells to facts. */
  public static void map(String kind, Emitter out, Grid grid, Catalogue catalogue, int year) {
    throw new IllegalArgumentException(kind);
  }
}
