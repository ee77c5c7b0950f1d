package dev.yusuan.io.word.internal;

import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Bounds a .docx before POI builds its (memory-hungry) object model, by streaming once through the
 * document part ({@code word/document.xml}): its inflated size ({@code maxFileBytes}), its table cells
 * ({@code <w:tc>} elements; POI needs about as much heap per cell as for a spreadsheet cell, so
 * {@code maxSpreadsheetCells} applies, and {@code maxCells}) and how deep tables nest in table cells
 * ({@code maxNestingDepth}). A file that is not a readable zip passes: POI says why.
 */
public final class DocxLimits {
  private DocxLimits() {}

  /**
   * @param docx the file's bytes
   * @param limits the limits
   * @throws LimitExceededException when the document part is too large, has too many table cells or
   *     nests tables too deep
   */
  public static void check(byte[] docx, ReadLimits limits) throws LimitExceededException {
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          scan(z, limits);
        }
      }
    } catch (LimitExceededException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // not a readable zip: POI says why
    }
  }

  /** Reads element names after each {@code <} byte by byte (ASCII where it matters), building nothing. */
  private static void scan(InputStream in, ReadLimits limits) throws IOException {
    long maxCells = Math.min(limits.maxCells(), limits.maxSpreadsheetCells());
    byte[] buf = new byte[1 << 16];
    long bytes = 0;
    long cells = 0;
    int depth = 0;
    StringBuilder name = new StringBuilder();
    boolean inName = false;
    for (int n = in.read(buf); n > 0; n = in.read(buf)) {
      bytes += n;
      if (bytes > limits.maxFileBytes()) {
        throw new LimitExceededException("maxFileBytes", limits.maxFileBytes(), "a document part of more than "
            + limits.maxFileBytes() + " bytes inflated / 文档正文解压后超过 " + limits.maxFileBytes() + " 字节");
      }
      for (int i = 0; i < n; i++) {
        int b = buf[i] & 0xFF;
        if (b == '<') {
          inName = true;
          name.setLength(0);
          continue;
        }
        if (!inName) {
          continue;
        }
        if (b == ' ' || b == '>' || b == '/' && name.length() > 0 || b == '\t' || b == '\n' || b == '\r') {
          inName = false;
          String s = name.toString();
          if (s.equals("w:tc")) {
            if (++cells > maxCells) {
              throw new LimitExceededException(limits.maxCells() <= limits.maxSpreadsheetCells() ? "maxCells"
                  : "maxSpreadsheetCells", maxCells, "tables of more than " + maxCells
                  + " cells / 表格单元格超过 " + maxCells + " 个");
            }
          } else if (s.equals("w:tbl")) {
            if (b != '/' && ++depth > limits.maxNestingDepth()) {
              throw new LimitExceededException("maxNestingDepth", limits.maxNestingDepth(),
                  "tables nested more than " + limits.maxNestingDepth() + " deep / 表格嵌套超过 "
                      + limits.maxNestingDepth() + " 层");
            }
          } else if (s.equals("/w:tbl")) {
            depth = Math.max(0, depth - 1);
          }
        } else if (name.length() < 16) {
          name.append((char) b);
        } else {
          inName = false;
        }
      }
    }
  }
}
