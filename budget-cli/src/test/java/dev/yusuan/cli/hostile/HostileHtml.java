package dev.yusuan.cli.hostile;

import dev.yusuan.cli.hostile.KeqiaoBlocks.Block;
import dev.yusuan.cli.hostile.KeqiaoBlocks.Heading;
import dev.yusuan.cli.hostile.KeqiaoBlocks.Paragraph;
import dev.yusuan.cli.hostile.KeqiaoBlocks.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Web pages made to hurt at the level of their structure, as plain strings: the Keqiao disclosure as a
 * page (headings, paragraphs, one {@code <table>} per table) with one hostile structure added — a cell
 * spanning a million columns or 65,534 rows, random and invalid spans, tables or divs nested thousands
 * deep, a table of many tiny cells — or, not hurt, with its header groups written with spans as a page
 * writes them ({@link Kind#HONEST_SPANS}: read as the unhurt page).
 */
final class HostileHtml {
  enum Kind { NONE, HUGE_COLSPAN, HUGE_ROWSPAN, SPAN_CHAOS, DEEP_TABLES, DEEP_DIVS, MANY_CELLS, HONEST_SPANS }

  /** One hostile page: the kind, where (a table, a cell) and how much (a depth, a count). */
  record Case(Kind kind, int table, int cell, int size, long seed) {
    @Override
    public String toString() {
      return kind + "(table " + table + ", cell " + cell + ", size " + size + ", seed " + seed + ")";
    }
  }

  private HostileHtml() {}

  static byte[] page(Case c) {
    Random random = new Random(c.seed());
    StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>预算</title>"
        + "</head><body>\n");
    int depth = c.kind() == Kind.DEEP_TABLES || c.kind() == Kind.DEEP_DIVS ? c.size() : 0;
    for (int i = 0; i < depth; i++) {
      b.append(c.kind() == Kind.DEEP_TABLES ? "<table><tr><td>" : "<div>");
    }
    List<Table> tables = KeqiaoBlocks.tables();
    int hostileTable = Math.floorMod(c.table(), tables.size());
    int t = 0;
    for (Block block : KeqiaoBlocks.BLOCKS) {
      if (block instanceof Heading h) {
        b.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level())
            .append(">\n");
      } else if (block instanceof Paragraph p) {
        b.append("<p>").append(escape(p.text())).append("</p>\n");
      } else if (block instanceof Table table) {
        table(b, table, t++ == hostileTable ? c : null, random);
      }
    }
    if (c.kind() == Kind.MANY_CELLS) {
      // a table of size × 50 one-character cells
      b.append("<table>\n");
      for (int r = 0; r < c.size(); r++) {
        b.append("<tr>");
        for (int k = 0; k < 50; k++) {
          b.append("<td>").append((r + k) % 10).append("</td>");
        }
        b.append("</tr>\n");
      }
      b.append("</table>\n");
    }
    for (int i = 0; i < depth; i++) {
      b.append(c.kind() == Kind.DEEP_TABLES ? "</td></tr></table>" : "</div>");
    }
    b.append("</body></html>\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void table(StringBuilder b, Table table, Case c, Random random) {
    if (c != null && c.kind() == Kind.HONEST_SPANS) {
      honest(b, table);
      return;
    }
    int cells = table.rows().stream().mapToInt(List::size).sum();
    int hostileCell = c == null ? -1 : Math.floorMod(c.cell(), cells);
    int at = 0;
    b.append("<table border=\"1\">\n");
    for (List<String> row : table.rows()) {
      b.append("<tr>");
      for (String cell : row) {
        String attrs = "";
        if (c != null) {
          switch (c.kind()) {
            case HUGE_COLSPAN -> attrs = at == hostileCell ? " colspan=\"1000000\"" : "";
            case HUGE_ROWSPAN -> attrs = at == hostileCell ? " rowspan=\"65534\"" : "";
            case SPAN_CHAOS -> {
              String[] values = {"0", "-1", "2", "3", "abc", "99999", " 2 ", "1.5"};
              if (random.nextInt(4) == 0) {
                attrs += " colspan=\"" + values[random.nextInt(values.length)] + "\"";
              }
              if (random.nextInt(4) == 0) {
                attrs += " rowspan=\"" + values[random.nextInt(values.length)] + "\"";
              }
            }
            default -> { }
          }
        }
        b.append("<td").append(attrs).append('>').append(escape(cell)).append("</td>");
        at++;
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  /**
   * The table with its header groups written as a page writes them, not hurt: a header cell over an
   * empty header cell below it spans both rows ({@code rowspan}), a group header over empty cells to its
   * right, with headers below them, spans those columns ({@code colspan}); the cells a span covers are
   * left out. Laid out on its grid it is the same table.
   */
  private static void honest(StringBuilder b, Table table) {
    List<List<String>> rows = table.rows();
    int columns = table.columns();
    boolean[][] covered = new boolean[rows.size()][columns];
    b.append("<table border=\"1\">\n");
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      b.append("<tr>");
      for (int k = 0; k < row.size(); k++) {
        if (covered[r][k]) {
          continue;
        }
        String cell = row.get(k);
        int cs = 1;
        int rs = 1;
        if (header(row) && !cell.isBlank()) {
          List<String> below = r + 1 < rows.size() ? rows.get(r + 1) : List.of();
          while (header(below) && k + cs < row.size() && row.get(k + cs).isBlank() && k + cs < below.size()
              && !below.get(k + cs).isBlank()) {
            cs++;
          }
          while (cs == 1 && r + rs < rows.size() && header(rows.get(r + rs)) && k < rows.get(r + rs).size()
              && rows.get(r + rs).get(k).isBlank()) {
            rs++;
          }
        }
        for (int i = r; i < r + rs; i++) {
          for (int j = k; j < k + cs; j++) {
            covered[i][j] = i != r || j != k;
          }
        }
        b.append("<td").append(cs > 1 ? " colspan=\"" + cs + "\"" : "").append(rs > 1 ? " rowspan=\"" + rs + "\"" : "")
            .append('>').append(escape(cell)).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n");
  }

  /** A header row: text, no amount, not the row of column numbers ({@code **}). */
  private static boolean header(List<String> row) {
    return !row.isEmpty() && row.stream().noneMatch(KeqiaoBlocks::amount) && !row.get(0).startsWith("*")
        && row.stream().anyMatch(c -> !c.isBlank());
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
