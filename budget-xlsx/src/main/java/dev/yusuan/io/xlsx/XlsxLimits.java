package dev.yusuan.io.xlsx;

import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Counts the cells of an xlsx workbook and finds its widest column by streaming through the worksheet
 * XML once, before POI builds its (memory-hungry) object model: a workbook beyond
 * {@link ReadLimits#maxSpreadsheetCells()} or with a cell beyond {@link ReadLimits#maxTableColumns()}
 * (such as one in column XFD) is refused. A file that is not a readable zip passes: POI reports it.
 */
final class XlsxLimits {
  private XlsxLimits() {}

  static void check(byte[] xlsx, ReadLimits limits) throws LimitExceededException {
    long cells = 0;
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        String n = e.getName();
        if (n.startsWith("xl/worksheets/") && n.endsWith(".xml")) {
          cells = scan(z, n, cells, limits);
        }
      }
    } catch (LimitExceededException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // not a readable zip: POI says why
    }
  }

  /**
   * Counts {@code <c} elements and reads the column letters of their {@code r="…"} references, byte by
   * byte (the XML is ASCII where it matters), without building anything.
   */
  private static long scan(InputStream in, String sheet, long cells, ReadLimits limits) throws IOException {
    byte[] buf = new byte[1 << 16];
    int state = 0; // 0 outside, 1 after '<', 2 after "<c", 3 in a cell tag, 4 after 'r', 5 after "r=", 6 in the reference
    long column = 0;
    int prev = 0;
    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
      for (int i = 0; i < n; i++) {
        int b = buf[i] & 0xFF;
        switch (state) {
          case 0 -> state = b == '<' ? 1 : 0;
          case 1 -> state = b == 'c' ? 2 : b == '<' ? 1 : 0;
          case 2 -> {
            if (b == ' ' || b == '>' || b == '/' || b == '\t' || b == '\n' || b == '\r') {
              if (++cells > limits.maxSpreadsheetCells()) {
                throw new LimitExceededException("maxSpreadsheetCells", limits.maxSpreadsheetCells(),
                    "a workbook of more than " + limits.maxSpreadsheetCells() + " cells / 工作簿超过 "
                        + limits.maxSpreadsheetCells() + " 个单元格");
              }
              state = b == ' ' || b == '\t' || b == '\n' || b == '\r' ? 3 : 0;
            } else {
              state = 0;
            }
          }
          case 3 -> {
            if (b == '>') {
              state = 0;
            } else if (b == 'r' && (prev == ' ' || prev == '\t' || prev == '\n' || prev == '\r')) {
              state = 4;
            }
          }
          case 4 -> state = b == '=' ? 5 : b == '>' ? 0 : 3;
          case 5 -> {
            if (b == '"' || b == '\'') {
              state = 6;
              column = 0;
            } else {
              state = b == '>' ? 0 : 3;
            }
          }
          case 6 -> {
            if (b >= 'A' && b <= 'Z') {
              column = column * 26 + (b - 'A' + 1);
              if (column > limits.maxTableColumns()) {
                throw new LimitExceededException("maxTableColumns", limits.maxTableColumns(),
                    "a cell beyond column " + limits.maxTableColumns() + " in " + sheet + " / " + sheet
                        + " 中有单元格超过第 " + limits.maxTableColumns() + " 列");
              }
            } else {
              state = 3;
            }
          }
          default -> state = 0;
        }
        prev = b;
      }
    }
    return cells;
  }
}
