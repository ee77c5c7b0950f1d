package dev.yusuan.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An xlsx workbook saved as Excel 97-2003 (.xls, HSSF), as a department that keeps the old format would:
 * sheets, cell values (a formula's cached value as the value), number formats, font sizes, merged
 * regions and column widths. Numbers are stored as binary doubles, as Excel stores them.
 */
final class XlsCopy {
  private XlsCopy() {}

  static byte[] of(byte[] xlsx) throws IOException {
    try (XSSFWorkbook in = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); HSSFWorkbook out = new HSSFWorkbook()) {
      Map<String, HSSFCellStyle> styles = new HashMap<>();
      for (int i = 0; i < in.getNumberOfSheets(); i++) {
        XSSFSheet from = in.getSheetAt(i);
        HSSFSheet to = out.createSheet(from.getSheetName());
        int columns = 0;
        for (Row row : from) {
          columns = Math.max(columns, row.getLastCellNum());
        }
        for (int c = 0; c < Math.min(columns, 256); c++) {
          to.setColumnWidth(c, Math.min(255 * 256, from.getColumnWidth(c)));
        }
        for (CellRangeAddress m : from.getMergedRegions()) {
          to.addMergedRegion(m.copy());
        }
        for (Row row : from) {
          HSSFRow r = to.createRow(row.getRowNum());
          for (Cell cell : row) {
            HSSFCell c = r.createCell(cell.getColumnIndex());
            String format = cell.getCellStyle().getDataFormatString();
            XSSFFont font = in.getFontAt(cell.getCellStyle().getFontIndex());
            short size = font.getFontHeightInPoints();
            c.setCellStyle(styles.computeIfAbsent(format + "|" + size, k -> {
              HSSFCellStyle s = out.createCellStyle();
              s.setDataFormat(out.createDataFormat().getFormat(format));
              HSSFFont f = out.createFont();
              f.setFontHeightInPoints(size);
              s.setFont(f);
              return s;
            }));
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType()
                : cell.getCellType();
            switch (type) {
              case NUMERIC -> c.setCellValue(cell.getNumericCellValue());
              case STRING -> c.setCellValue(cell.getRichStringCellValue().getString());
              case BOOLEAN -> c.setCellValue(cell.getBooleanCellValue());
              default -> { }
            }
          }
        }
      }
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      out.write(b);
      return b.toByteArray();
    }
  }
}
