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
 * tables without outer pipes). A pipe escaped as {@code \|} is text. One pass over the lines.
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
    if (text.indexOf('|') < 0 && text.indexOf('｜') < 0) {
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
      while (end < n && pipe(raw.get(end)) >= 0) {
        delimited |= delimiter(raw.get(end));
        end++;
      }
      for (int k = i; k < end; k++) {
        String r = raw.get(k);
        if (delimited || outer(r)) {
          if (out == null) {
            out = new ArrayList<>(raw);
          }
          out.set(k, delimiter(r) ? "" : cells(r));
        }
      }
      i = end;
    }
    return out == null ? raw : out;
  }

  private static boolean isPipe(char c) {
    return c == '|' || c == '｜';
  }

  /** Position of the first unescaped pipe, or -1. */
  private static int pipe(String l) {
    if (l.indexOf('|') < 0 && l.indexOf('｜') < 0) {
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

  /** {@code |---|:--:|--:|}: every cell dashes with optional alignment colons, at least one pipe. */
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
      } else if (!(isPipe(c) || c == ':' || c == '：' || c == ' ' || c == '\u3000')) {
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
