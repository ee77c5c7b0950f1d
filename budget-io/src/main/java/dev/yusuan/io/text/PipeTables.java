package dev.yusuan.io.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables written with pipes (Markdown / GitHub-flavoured tables, the form of many converters and of
 * text copied from a wiki): {@code | 项目 | 金额 |}. Their cells are delimited as clearly as by tabs,
 * so each such line becomes the tab-separated row the reader reads, and a delimiter row
 * ({@code |---|:--:|}) becomes a blank line (line numbers of all other lines stay).
 *
 * <p>A line is a pipe row when it starts and ends with a pipe ({@code |} or full-width {@code ｜}), or
 * when it has a pipe and belongs to a run of lines with a pipe that holds a delimiter row (GitHub's
 * tables without outer pipes). A pipe escaped as {@code \|} is text. Grid tables too: their border lines
 * ({@code +----+}, {@code ├──┼──┤}, {@link #border}) go blank like delimiter rows, and the box-drawing bar
 * {@code │} is a pipe. One pass over the lines.
 */
final class PipeTables {
  private PipeTables() {}

  /**
   * The text with its pipe rows in tab form ({@link #tabbed(List)}), line for line; the text itself
   * when it has no pipe.
   *
   * @param text a whole document
   * @return the text to read
   */
  static String tabbed(String text) {
    if (!hasPipe(text)) {
      return text;
    }
    List<String> lines = TextParser.splitLines(text);
    List<String> out = tabbed(lines);
    return out == lines ? text : String.join("\n", out);
  }

  /**
   * @param raw the lines of the text
   * @return the same number of lines, pipe rows in tab form, delimiter rows empty; {@code raw}
   *     itself when there is no pipe row
   */
  static List<String> tabbed(List<String> raw) {
    List<String> out = null;
    int n = raw.size();
    int i = 0;
    while (i < n) {
      String l = raw.get(i);
      if (pipe(l) < 0) {
        i++;
        continue;
      }
      int end = i;
      boolean delimited = false;
      // a grid table's border lines (+---+, ├──┼──┤) stand between its rows: the run goes on over them
      if (i > 0 && border(raw.get(i - 1))) {
        if (out == null) {
          out = new ArrayList<>(raw);
        }
        out.set(i - 1, "");
      }
      while (end < n && (pipe(raw.get(end)) >= 0 || border(raw.get(end)))) {
        delimited |= delimiter(raw.get(end)) || border(raw.get(end));
        end++;
      }
      for (int k = i; k < end; k++) {
        String r = raw.get(k);
        if (delimited || outer(r)) {
          if (out == null) {
            out = new ArrayList<>(raw);
          }
          out.set(k, delimiter(r) || border(r) ? "" : cells(r));
        }
      }
      i = end;
    }
    return out == null ? raw : out;
  }

  private static boolean hasPipe(String s) {
    return s.indexOf('|') >= 0 || s.indexOf('｜') >= 0 || s.indexOf('│') >= 0 || s.indexOf('┃') >= 0
        || s.indexOf('║') >= 0;
  }

  private static boolean isPipe(char c) {
    return c == '|' || c == '｜' || c == '│' || c == '┃' || c == '║';
  }

  /**
   * A grid table's border line: {@code +----+----+} or {@code +====+} (Emacs, pandoc grid tables, psql,
   * Python's tabulate) or box-drawing rules ({@code ├──┼──┤}, {@code ╞══╪══╡}); at least three rule characters.
   */
  static boolean border(String l) {
    String s = l.strip();
    if (s.length() < 3) {
      return false;
    }
    int rules = 0;
    boolean corner = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' || c == '=' || c == '─' || c == '━' || c == '═') {
        rules++;
      } else if (c == '+' || c >= '\u2500' && c <= '\u257F') {
        corner = true;
      } else if (!(c == ':' || c == ' ')) {
        return false;
      }
    }
    return corner && rules >= 3;
  }

  /** Position of the first unescaped pipe, or -1. */
  private static int pipe(String l) {
    if (!hasPipe(l)) {
      return -1;
    }
    for (int i = 0; i < l.length(); i++) {
      if (isPipe(l.charAt(i)) && (i == 0 || l.charAt(i - 1) != '\\')) {
        return i;
      }
    }
    return -1;
  }

  private static boolean outer(String l) {
    String s = l.strip();
    return s.length() >= 2 && isPipe(s.charAt(0)) && isPipe(s.charAt(s.length() - 1))
        && s.charAt(s.length() - 2) != '\\';
  }

  /**
   * {@code |---|:--:|--:|}: every cell dashes with optional alignment colons, at least one pipe; Emacs org's
   * {@code |----+----|} and a grid table's {@code |====|} too.
   */
  static boolean delimiter(String l) {
    String s = l.strip();
    if (pipe(s) < 0) {
      return false;
    }
    int dashes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '-' || c == '－' || c == '—') {
        dashes++;
      } else if (!(isPipe(c) || c == ':' || c == '：' || c == ' ' || c == '\u3000' || c == '+' || c == '=')) {
        return false;
      }
    }
    return dashes >= 3;
  }

  /** The cells of a pipe row joined by tabs: outer pipes dropped, cells trimmed, {@code \|} unescaped. */
  static String cells(String l) {
    String s = l.strip();
    int from = isPipe(s.charAt(0)) ? 1 : 0;
    int to = s.length();
    if (to > from && isPipe(s.charAt(to - 1)) && (to < 2 || s.charAt(to - 2) != '\\')) {
      to--;
    }
    StringBuilder b = new StringBuilder(s.length());
    StringBuilder cell = new StringBuilder();
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < to && isPipe(s.charAt(i + 1))) {
        cell.append(s.charAt(++i));
      } else if (isPipe(c)) {
        b.append(cell.toString().strip()).append('\t');
        cell.setLength(0);
      } else if (c == '\t') {
        cell.append(' ');
      } else {
        cell.append(c);
      }
    }
    b.append(cell.toString().strip());
    return b.toString();
  }
}
