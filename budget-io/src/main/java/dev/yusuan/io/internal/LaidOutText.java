package dev.yusuan.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A document of another format (a web page, a Word document) laid out as the structured-text form the
 * text reader reads, line by line, each line remembering the line (or paragraph) of the source it
 * comes from, for locations ({@link Relocate}). Shared by the readers that lay documents out: headings
 * as {@code #} lines (a first heading naming a 预算/决算 is the cover), paragraphs as lines, and tables
 * as one tab-separated line per row of their grid, with the rows forms print around a table (a title or
 * {@code 单位：万元} across the table above its first row or below its last; cells that only name the
 * unit and the department) as lines of their own.
 */
public final class LaidOutText {
  private final List<String> lines = new ArrayList<>();
  private final List<Integer> sourceLines = new ArrayList<>();
  /** Whether a line with text was emitted: before it, a title heading is the cover. */
  private boolean texted;

  /** The text and, for each of its lines, the source line it comes from. */
  public record Result(String text, int[] sourceLines) {}

  /**
   * Adds a line.
   *
   * @param text the line, empty for a blank line
   * @param sourceLine the source line (or paragraph) it comes from, from 1
   */
  public void emit(String text, int sourceLine) {
    lines.add(text);
    sourceLines.add(sourceLine);
    texted |= !text.isEmpty();
  }

  /** A paragraph: its line, then a blank line (nothing for an empty one). */
  public void paragraph(String text, int sourceLine) {
    if (!text.isEmpty()) {
      emit(text, sourceLine);
      emit("", sourceLine);
    }
  }

  /**
   * A heading of {@code level} (1–6): a {@code #} line between blank lines; the first heading naming a
   * 预算/决算 before any other text is the document's title, read as the cover (department, year, kind).
   */
  public void heading(String text, int level, int sourceLine) {
    if (text.isEmpty()) {
      return;
    }
    if (!texted && (text.contains("预算") || text.contains("决算"))) {
      paragraph(text, sourceLine);
    } else {
      emit("", sourceLine);
      emit("#".repeat(Math.max(1, Math.min(6, level))) + " " + text, sourceLine);
      emit("", sourceLine);
    }
  }

  /**
   * The rows of a table on its grid (merged cells: the text once, the cells it also covers empty). A row
   * of at most one cell element (one cell across the table) above the first row of several cells or
   * below the last is a title, unit or note line; between them it is a row (a group label with blank
   * amounts).
   *
   * @param grid the cells of each row, on the grid
   * @param elementCounts for each row, how many cell elements it has (before merging)
   * @param rowLines for each row, its source line
   */
  public void table(List<List<String>> grid, List<Integer> elementCounts, List<Integer> rowLines) {
    int first = 0;
    while (first < grid.size() && elementCounts.get(first) <= 1) {
      first++;
    }
    int last = grid.size() - 1;
    while (last >= 0 && elementCounts.get(last) <= 1) {
      last--;
    }
    for (int k = 0; k < grid.size(); k++) {
      row(grid.get(k), k < first || k > last, rowLines.get(k));
    }
  }

  private void row(List<String> cells, boolean outside, int sourceLine) {
    List<String> texts = new ArrayList<>();
    for (String c : cells) {
      if (!c.isEmpty()) {
        texts.add(c);
      }
    }
    if (texts.isEmpty()) {
      return;
    }
    if (outside && texts.size() == 1 && !number(texts.get(0))) {
      emit(texts.get(0), sourceLine); // one cell across the table: a title, unit or note row
      return;
    }
    boolean heading = true;
    for (String t : texts) {
      String k = t.replace(" ", "").toLowerCase(Locale.ROOT);
      heading &= k.startsWith("单位") || k.startsWith("部门") || k.startsWith("编制") || k.startsWith("预算单位")
          || k.startsWith("金额单位");
    }
    if (heading) {
      for (String t : texts) {
        emit(t, sourceLine);
      }
      return;
    }
    // every cell kept, empty ones too: a row with one label and blank amounts is still a row
    emit(String.join("\t", cells), sourceLine);
  }

  private static boolean number(String s) {
    String t = s.replace(",", "").replace(" ", "");
    return !t.isEmpty() && t.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.' || c == '-');
  }

  /**
   * Whitespace runs (tabs, line breaks, no-break spaces) as one space, none at either end.
   *
   * @param s a text
   * @return the text on one line
   */
  public static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The text, runs of blank lines as one.
   *
   * @param atSourceLines whether each line is put at its source line where it can be (blank lines
   *     before it), else right after the one before, so that a source with an element per line reads
   *     with its own line numbers
   * @return the text and the source line of each of its lines
   */
  public Result result(boolean atSourceLines) {
    List<String> out = new ArrayList<>(lines.size() * 2);
    List<Integer> map = new ArrayList<>(lines.size() * 2);
    for (int i = 0; i < lines.size(); i++) {
      String text = lines.get(i);
      int src = sourceLines.get(i);
      if (text.isEmpty()) {
        if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
          out.add("");
          map.add(src);
        }
        continue;
      }
      while (atSourceLines && out.size() + 1 < src) {
        out.add("");
        map.add(out.size());
      }
      out.add(text);
      map.add(src);
    }
    int[] src = new int[map.size()];
    for (int i = 0; i < src.length; i++) {
      src[i] = map.get(i);
    }
    return new Result(String.join("\n", out), src);
  }
}
