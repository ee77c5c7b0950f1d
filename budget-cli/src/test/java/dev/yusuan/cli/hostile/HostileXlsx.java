package dev.yusuan.cli.hostile;

import dev.yusuan.cli.hostile.KeqiaoBlocks.Block;
import dev.yusuan.cli.hostile.KeqiaoBlocks.Heading;
import dev.yusuan.cli.hostile.KeqiaoBlocks.Paragraph;
import dev.yusuan.cli.hostile.KeqiaoBlocks.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Workbooks made to hurt at the level of their structure, written with POI's XSSF and, where POI would
 * not write it, by rewriting the zip: the Keqiao disclosure (a sheet per table, amounts as numbers)
 * with one hostile structure — a dimension of {@code A1:XFD1048576}, a merged region covering the whole
 * sheet, overlapping merged regions, error values or formulas without cached values where amounts
 * belong, the shared-strings part missing, inline strings, dates where amounts belong, a part that
 * inflates a thousandfold.
 */
final class HostileXlsx {
  enum Kind { NONE, HUGE_DIMENSION, MERGE_ALL, OVERLAPPING_MERGES, ERROR_VALUES, FORMULA_WITHOUT_VALUE,
    NO_SHARED_STRINGS, INLINE_STRINGS, DATES_AS_AMOUNTS, INFLATES_1000 }

  /** One hostile workbook: the kind, where (a sheet, a cell) and how much (a count). */
  record Case(Kind kind, int table, int cell, int size, long seed) {
    @Override
    public String toString() {
      return kind + "(table " + table + ", cell " + cell + ", size " + size + ", seed " + seed + ")";
    }
  }

  private HostileXlsx() {}

  static byte[] workbook(Case c) {
    Random random = new Random(c.seed());
    List<Table> tables = KeqiaoBlocks.tables();
    int hostile = Math.floorMod(c.table(), tables.size());
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle amount = wb.createCellStyle();
      amount.setDataFormat(wb.createDataFormat().getFormat("0.00"));
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      XSSFSheet cover = wb.createSheet("封面");
      List<String> before = new ArrayList<>();
      int t = 0;
      for (Block block : KeqiaoBlocks.BLOCKS) {
        if (block instanceof Heading h) {
          before.clear();
          before.add(h.text());
        } else if (block instanceof Paragraph p) {
          if (cover.getPhysicalNumberOfRows() < 2) {
            cover.createRow(cover.getPhysicalNumberOfRows()).createCell(0).setCellValue(p.text());
          }
          before.add(p.text());
        } else if (block instanceof Table table) {
          XSSFSheet s = wb.createSheet("表" + (t + 1));
          // as forms are laid out: the title merged across the table, the owner left and the unit right
          int r = 0;
          int last = Math.max(1, table.columns() - 1);
          List<String> head = before.subList(Math.max(0, before.size() - 3), before.size());
          if (!head.isEmpty()) {
            s.createRow(r).createCell(0).setCellValue(head.get(0));
            s.addMergedRegion(new CellRangeAddress(r, r, 0, last));
            r++;
          }
          if (head.size() > 1) {
            Row owner = s.createRow(r++);
            for (String line : head.subList(1, head.size())) {
              owner.createCell(line.startsWith("单位") ? last : 0).setCellValue(line);
            }
          }
          int first = r;
          List<XSSFCell> amounts = new ArrayList<>();
          for (int i = 0; i < table.rows().size(); i++) {
            List<String> row = table.rows().get(i);
            List<String> below = i + 1 < table.rows().size() ? table.rows().get(i + 1) : List.of();
            if (header(row) && header(below)) {
              // a group header spans the empty cells right of it over the headers below it, merged
              for (int k = 0; k < row.size(); k++) {
                int end = k;
                while (end + 1 < row.size() && row.get(end + 1).isBlank() && end + 1 < below.size()
                    && !below.get(end + 1).isBlank()) {
                  end++;
                }
                if (end > k && !row.get(k).isBlank()) {
                  s.addMergedRegion(new CellRangeAddress(r, r, k, end));
                }
                k = end;
              }
            }
            Row x = s.createRow(r++);
            for (int k = 0; k < row.size(); k++) {
              String v = row.get(k).strip();
              if (v.isEmpty()) {
                continue;
              }
              Cell cell = x.createCell(k);
              if (KeqiaoBlocks.amount(v) && !v.contains(",")) {
                cell.setCellValue(Double.parseDouble(v));
                cell.setCellStyle(amount);
                amounts.add((XSSFCell) cell);
              } else {
                cell.setCellValue(v);
              }
            }
          }
          if (t++ == hostile) {
            hurt(wb, s, c, random, amounts, first, r, table.columns(), date);
          }
          before.clear();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return rewrite(out.toByteArray(), c);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A header row: text, no amount, not the row of column numbers ({@code **}). */
  private static boolean header(List<String> row) {
    return !row.isEmpty() && row.stream().noneMatch(KeqiaoBlocks::amount) && !row.get(0).startsWith("*")
        && row.stream().anyMatch(c -> !c.isBlank());
  }

  private static void hurt(XSSFWorkbook wb, XSSFSheet s, Case c, Random random, List<XSSFCell> amounts,
      int first, int last, int columns, CellStyle date) {
    int some = 1 + Math.floorMod(c.cell(), 5);
    switch (c.kind()) {
      case OVERLAPPING_MERGES -> {
        for (int i = 0; i < 1 + c.size() % 40; i++) {
          int r0 = first + random.nextInt(Math.max(1, last - first));
          int c0 = random.nextInt(Math.max(1, columns));
          int r1 = r0 + random.nextInt(4);
          int c1 = c0 + random.nextInt(3);
          if (r1 > r0 || c1 > c0) {
            s.addMergedRegionUnsafe(new CellRangeAddress(r0, r1, c0, c1));
          }
        }
      }
      case ERROR_VALUES, FORMULA_WITHOUT_VALUE, DATES_AS_AMOUNTS -> {
        for (int i = 0; i < some && !amounts.isEmpty(); i++) {
          XSSFCell cell = amounts.get(random.nextInt(amounts.size()));
          if (c.kind() == Kind.ERROR_VALUES) {
            cell.setCellErrorValue(FormulaError.DIV0);
          } else if (c.kind() == Kind.DATES_AS_AMOUNTS) {
            cell.setCellStyle(date);
          } else {
            cell.setCellFormula("1+1");
            if (cell.getCTCell().isSetV()) {
              cell.getCTCell().unsetV();
            }
          }
        }
      }
      case INLINE_STRINGS -> {
        for (Row row : s) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.STRING) {
              String text = cell.getStringCellValue();
              var ct = ((XSSFCell) cell).getCTCell();
              ct.unsetV();
              ct.setT(STCellType.INLINE_STR);
              ct.addNewIs().setT(text);
            }
          }
        }
      }
      default -> { }
    }
  }

  /** What POI does not write: the dimension, the missing part, the padding that inflates. */
  private static byte[] rewrite(byte[] xlsx, Case c) throws IOException {
    if (c.kind() != Kind.HUGE_DIMENSION && c.kind() != Kind.NO_SHARED_STRINGS && c.kind() != Kind.INFLATES_1000
        && c.kind() != Kind.MERGE_ALL) {
      return xlsx;
    }
    // the cover is sheet 1
    String hostileSheet = "xl/worksheets/sheet" + (2 + Math.floorMod(c.table(), KeqiaoBlocks.tables().size()))
        + ".xml";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] b = in.readAllBytes();
        String name = e.getName();
        if (c.kind() == Kind.NO_SHARED_STRINGS && name.equals("xl/sharedStrings.xml")) {
          continue;
        }
        if (name.startsWith("xl/worksheets/sheet")) {
          String xml = new String(b, StandardCharsets.UTF_8);
          if (c.kind() == Kind.HUGE_DIMENSION) {
            xml = xml.replaceFirst("<dimension ref=\"[^\"]*\"/>", "<dimension ref=\"A1:XFD1048576\"/>");
          } else if (c.kind() == Kind.MERGE_ALL && name.equals(hostileSheet)) {
            // a merged region over the whole sheet (POI cannot count its 2^34 cells to write it)
            String all = "<mergeCell ref=\"A1:XFD1048576\"/>";
            xml = xml.contains("<mergeCells") ? xml.replaceFirst("<mergeCells[^>]*>", "<mergeCells>" + all)
                : xml.replace("</sheetData>", "</sheetData><mergeCells>" + all + "</mergeCells>");
          } else if (c.kind() == Kind.INFLATES_1000 && name.equals(hostileSheet)) {
            // blanks between the elements: about 1000 times the compressed size
            xml = xml.replace("<sheetData>", "<sheetData>" + " ".repeat(Math.min(c.size(), 4000) * 1024));
          }
          b = xml.getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(name));
        z.write(b);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
