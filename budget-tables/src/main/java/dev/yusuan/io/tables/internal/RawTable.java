package dev.yusuan.io.tables.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as found on the pages, before its grid is rebuilt: caption (公开表N / 表N), title, unit
 * text, department line, the grid lines (header and body, over several pages when it continues) and
 * the notes printed under it.
 */
public final class RawTable {
  String caption;
  String title;
  String unitText;
  String department;
  int page;
  int line;
  final List<TextLine> grid = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  final List<Integer> pages = new ArrayList<>();

  public String caption() {
    return caption;
  }

  public String title() {
    return title;
  }

  public String unitText() {
    return unitText;
  }

  public String department() {
    return department;
  }

  public int page() {
    return page;
  }

  public int line() {
    return line;
  }

  public List<TextLine> grid() {
    return grid;
  }

  public List<String> notes() {
    return notes;
  }

  /** Pages the table is printed on, in order. */
  public List<Integer> pages() {
    return pages;
  }
}
