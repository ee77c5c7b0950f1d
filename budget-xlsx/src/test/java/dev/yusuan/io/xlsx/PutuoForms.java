package dev.yusuan.io.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills the official blank Shanghai Putuo 部门预算 / 单位预算 workbooks (test resources, as published)
 * with one department's figures, as a department would: its codes and names in the 类|款|项 and name
 * columns, its amounts as numeric cells in a number format, the 编制部门 line. The figures are
 * consistent by construction; a {@link Cell} can be perturbed afterwards.
 */
final class PutuoForms {
  private PutuoForms() {}

  static final String DEPARTMENT = "上海市某区某某局";
  static final List<String> TEMPLATES = List.of("shanghai-putuo-2026-department-budget-template.xlsx",
      "shanghai-putuo-2026-unit-budget-template.xlsx");

  /**
   * A department's budget in cents of 元 (the 三公 table in cents of 万元, derived and rounded half up
   * as a department rounds): function items 2010301 (basic = x1 + y1 + y2), 2010302 (project),
   * 2080505, 2080506, 2210201 (basic); economic items 30101 x1, 30108 = 2080505, 30109 = 2080506,
   * 30113 = 2210201 (人员经费), 30201 y1, 30231 y2 (公用经费); 三公: abroad, reception, purchase.
   */
  record Budget(long x1, long y1, long y2, long project, long pension, long annuity, long housing,
      long abroad, long reception, long purchase) {
    long admin() {
      return x1 + y1 + y2;
    }

    long personnel() {
      return x1 + pension + annuity + housing;
    }

    long publicOperation() {
      return y1 + y2;
    }

    long basic() {
      return personnel() + publicOperation();
    }

    long total() {
      return basic() + project;
    }

    /** 公务用车运行费 in cents of 万元: 30231 rounded to 0.01 万元, half up. */
    long vehicleRunning() {
      return BigDecimal.valueOf(y2).movePointLeft(4).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** 机关运行经费 in cents of 万元: 30201 rounded to 0.01 万元 (not above the 公用经费). */
    long operatingCost() {
      return BigDecimal.valueOf(y1).movePointLeft(4).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
  }

  /** A cell the filler wrote an amount in: sheet (0-based), row and column (0-based). */
  record Cell(int sheet, int row, int column) {}

  /** A filled workbook and the amount cells it holds. */
  record Filled(byte[] bytes, List<Cell> amounts, List<Cell> itemAmounts) {}

  private static final String[][] FUNCTION = {
      {"201", "", "", "一般公共服务支出"}, {"201", "03", "", "政府办公厅(室)及相关机构事务"},
      {"201", "03", "01", "行政运行"}, {"201", "03", "02", "一般行政管理事务"},
      {"208", "", "", "社会保障和就业支出"}, {"208", "05", "", "行政事业单位养老支出"},
      {"208", "05", "05", "机关事业单位基本养老保险缴费支出"}, {"208", "05", "06", "机关事业单位职业年金缴费支出"},
      {"221", "", "", "住房保障支出"}, {"221", "02", "", "住房改革支出"}, {"221", "02", "01", "住房公积金"}};

  /** Per function row: {total, basic, project}. */
  private static long[][] functionValues(Budget b) {
    long admin = b.admin() + b.project();
    long social = b.pension() + b.annuity();
    return new long[][] {{admin, b.admin(), b.project()}, {admin, b.admin(), b.project()},
        {b.admin(), b.admin(), 0}, {b.project(), 0, b.project()},
        {social, social, 0}, {social, social, 0}, {b.pension(), b.pension(), 0},
        {b.annuity(), b.annuity(), 0}, {b.housing(), b.housing(), 0}, {b.housing(), b.housing(), 0},
        {b.housing(), b.housing(), 0}};
  }

  private static final String[][] ECONOMIC = {{"301", "", "工资福利支出"}, {"301", "01", "基本工资"},
      {"301", "08", "机关事业单位基本养老保险缴费"}, {"301", "09", "职业年金缴费"}, {"301", "13", "住房公积金"},
      {"302", "", "商品和服务支出"}, {"302", "01", "办公费"}, {"302", "31", "公务用车运行维护费"}};

  /**
   * The template filled with {@code b}; amounts displayed with {@code format} (an Excel number format
   * such as {@code #,##0.00}).
   */
  static Filled fill(String template, Budget b, String format) throws IOException {
    try (InputStream in = PutuoForms.class.getResourceAsStream("/templates/" + template);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Writer w = new Writer(wb, format);
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        w.sheet(s, b);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return new Filled(out.toByteArray(), w.amounts, w.items);
    }
  }

  /** The workbook with {@code cells}'s amount increased by {@code cents}. */
  static byte[] perturb(byte[] workbook, Cell cell, long cents) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      XSSFCell c = wb.getSheetAt(cell.sheet()).getRow(cell.row()).getCell(cell.column());
      BigDecimal v = new BigDecimal(c.getRawValue()).add(BigDecimal.valueOf(cents, 2));
      c.setCellValue(v.doubleValue());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static final class Writer {
    final XSSFWorkbook wb;
    final XSSFCellStyle amountStyle;
    final List<Cell> amounts = new ArrayList<>();
    /** Amounts of 项 rows (each enters at least one sum). */
    final List<Cell> items = new ArrayList<>();
    int sheet;

    Writer(XSSFWorkbook wb, String format) {
      this.wb = wb;
      amountStyle = wb.createCellStyle();
      amountStyle.setDataFormat(wb.createDataFormat().getFormat(format));
    }

    void sheet(int s, Budget b) {
      sheet = s;
      XSSFSheet sh = wb.getSheetAt(s);
      String title = title(sh);
      for (int r = 0; r <= Math.min(6, sh.getLastRowNum()); r++) {
        XSSFRow row = sh.getRow(r);
        XSSFCell c = row == null ? null : row.getCell(0);
        if (c != null && c.getCellType() == CellType.STRING
            && c.getStringCellValue().replace(" ", "").matches("^编制(部门|单位)[:：].*")) {
          c.setCellValue(c.getStringCellValue().substring(0, 5) + DEPARTMENT);
        }
      }
      if (title.contains("财政拨款收支预算总表")) {
        fiscal(sh, b);
      } else if (title.contains("财务收支预算总表")) {
        summary(sh, b);
      } else if (title.contains("收入预算总表")) {
        codeRows(sh, b, 4, new int[] {0, 0}); // 合计, 财政拨款收入 (all of it)
      } else if (title.contains("支出预算总表") || title.contains("一般公共预算支出功能分类")) {
        codeRows(sh, b, 4, new int[] {0, 1, 2});
      } else if (title.contains("政府性基金预算支出") || title.contains("国有资本经营预算支出")) {
        clearBody(sh);
        put(sh, body(sh)[1] + 1, 0, "注：本部门无" + (title.contains("政府性基金") ? "政府性基金预算拨款"
            : "国有资本经营预算拨款") + "，本表无数据。");
      } else if (title.contains("经济分类")) {
        economic(sh, b);
      } else if (title.contains("三公")) {
        threePublic(sh, b);
      }
    }

    static String title(XSSFSheet sh) {
      for (int r = 0; r <= Math.min(3, sh.getLastRowNum()); r++) {
        XSSFRow row = sh.getRow(r);
        if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
            && row.getCell(0).getStringCellValue().endsWith("表")) {
          return row.getCell(0).getStringCellValue();
        }
      }
      return "";
    }

    /** Index of the 类 row (the last header row), and of the 合计 row under it. */
    static int[] body(XSSFSheet sh) {
      int header = -1;
      int total = -1;
      for (int r = 0; r <= sh.getLastRowNum(); r++) {
        String a = text(sh, r, 0);
        if (a.equals("类") && header < 0) {
          header = r;
        } else if (header >= 0 && a.replace(" ", "").equals("合计")) {
          total = r;
          break;
        }
      }
      if (header < 0 || total < 0) {
        throw new IllegalStateException(sh.getSheetName() + ": no 类 header or 合计 row");
      }
      return new int[] {header, total};
    }

    static String text(XSSFSheet sh, int r, int c) {
      XSSFRow row = sh.getRow(r);
      XSSFCell cell = row == null ? null : row.getCell(c);
      return cell == null || cell.getCellType() != CellType.STRING ? ""
          : cell.getStringCellValue().strip();
    }

    void clearBody(XSSFSheet sh) {
      int[] b = body(sh);
      for (int r = b[0] + 1; r < b[1]; r++) {
        XSSFRow row = sh.getRow(r);
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            if (row.getCell(c) != null) {
              row.getCell(c).setBlank();
            }
          }
        }
      }
    }

    void codeRows(XSSFSheet sh, Budget b, int firstAmount, int[] values) {
      clearBody(sh);
      int[] body = body(sh);
      long[][] v = functionValues(b);
      int r = body[0] + 1;
      for (int i = 0; i < FUNCTION.length; i++, r++) {
        for (int k = 0; k < 4; k++) {
          put(sh, r, k, FUNCTION[i][k]);
        }
        for (int k = 0; k < values.length; k++) {
          Cell at = amount(sh, r, firstAmount + k, v[i][values[k]]);
          if (at != null && FUNCTION[i][2].length() > 0) {
            items.add(at);
          }
        }
      }
      if (r > body[1]) {
        throw new IllegalStateException(sh.getSheetName() + ": not enough rows above 合计");
      }
      long[] totals = {b.total(), b.basic(), b.project()};
      for (int k = 0; k < values.length; k++) {
        amount(sh, body[1], firstAmount + k, totals[values[k]]);
      }
    }

    void economic(XSSFSheet sh, Budget b) {
      clearBody(sh);
      int[] body = body(sh);
      long[][] v = {{b.personnel(), b.personnel(), 0}, {b.x1(), b.x1(), 0},
          {b.pension(), b.pension(), 0}, {b.annuity(), b.annuity(), 0}, {b.housing(), b.housing(), 0},
          {b.publicOperation(), 0, b.publicOperation()}, {b.y1(), 0, b.y1()}, {b.y2(), 0, b.y2()}};
      int r = body[0] + 1;
      for (int i = 0; i < ECONOMIC.length; i++, r++) {
        for (int k = 0; k < 3; k++) {
          put(sh, r, k, ECONOMIC[i][k]);
        }
        for (int k = 0; k < 3; k++) {
          Cell at = amount(sh, r, 3 + k, v[i][k]);
          if (at != null && ECONOMIC[i][1].length() > 0) {
            items.add(at);
          }
        }
      }
      amount(sh, body[1], 3, b.basic());
      amount(sh, body[1], 4, b.personnel());
      amount(sh, body[1], 5, b.publicOperation());
    }

    /** The row whose column {@code c} reads {@code label} (spaces ignored), from the top. */
    static int row(XSSFSheet sh, int c, String label) {
      for (int r = 0; r <= sh.getLastRowNum(); r++) {
        if (text(sh, r, c).replace(" ", "").equals(label)) {
          return r;
        }
      }
      throw new IllegalStateException(sh.getSheetName() + ": no row " + label);
    }

    void summary(XSSFSheet sh, Budget b) {
      int first = row(sh, 0, "一、财政拨款收入");
      int total = row(sh, 0, "收入总计");
      amount(sh, first, 1, b.total());
      amount(sh, first + 1, 1, b.total());
      boolean unit = text(sh, first - 1, 4).equals("人员经费") || text(sh, first - 2, 4).equals("人员经费");
      String[] names = {"一、一般公共服务支出", "二、社会保障和就业支出", "三、住房保障支出"};
      long[][] classes = {{b.admin() + b.project(), b.x1(), b.publicOperation(), b.project()},
          {b.pension() + b.annuity(), b.pension() + b.annuity(), 0, 0},
          {b.housing(), b.housing(), 0, 0}};
      for (int r = first; r < total; r++) {
        for (int c = 2; c < 7; c++) {
          if (sh.getRow(r) != null && sh.getRow(r).getCell(c) != null) {
            sh.getRow(r).getCell(c).setBlank();
          }
        }
      }
      long[] totals = {b.total(), b.personnel(), b.publicOperation(), b.project()};
      for (int i = 0; i < names.length; i++) {
        put(sh, first + i, 2, names[i]);
        for (int k = 0; k < (unit ? 4 : 1); k++) {
          amount(sh, first + i, 3 + k, classes[i][k]);
        }
      }
      amount(sh, total, 1, b.total());
      for (int k = 0; k < (unit ? 4 : 1); k++) {
        amount(sh, total, 3 + k, totals[k]);
      }
    }

    void fiscal(XSSFSheet sh, Budget b) {
      int first = row(sh, 0, "一、一般公共预算");
      int total = row(sh, 0, "收入总计");
      amount(sh, first, 1, b.total());
      String[] names = {"一、一般公共服务支出", "二、社会保障和就业支出", "三、住房保障支出"};
      long[] classes = {b.admin() + b.project(), b.pension() + b.annuity(), b.housing()};
      for (int r = first; r < total; r++) {
        put(sh, r, 2, "");
      }
      for (int i = 0; i < names.length; i++) {
        put(sh, first + i, 2, names[i]);
        amount(sh, first + i, 3, classes[i]);
        amount(sh, first + i, 4, classes[i]);
      }
      amount(sh, total, 1, b.total());
      amount(sh, total, 3, b.total());
      amount(sh, total, 4, b.total());
    }

    void threePublic(XSSFSheet sh, Budget b) {
      int r = row(sh, 3, "小计") + 1;
      long vehicles = b.purchase() + b.vehicleRunning();
      long[] v = {b.abroad() + b.reception() + vehicles, b.abroad(), b.reception(), vehicles,
          b.purchase(), b.vehicleRunning(), b.operatingCost()};
      for (int c = 0; c < v.length; c++) {
        Cell at = amount(sh, r, c, v[c]);
        if (at != null && c > 0 && c != 3 && c < 6) {
          items.add(at);
        }
      }
    }

    void put(XSSFSheet sh, int r, int c, String text) {
      XSSFRow row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
      XSSFCell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
      if (text.isEmpty()) {
        cell.setBlank();
      } else {
        cell.setCellValue(text);
      }
    }

    /** Writes a non-zero amount (a zero stays blank, as the forms print it); its cell, or null. */
    Cell amount(XSSFSheet sh, int r, int c, long cents) {
      XSSFRow row = sh.getRow(r) == null ? sh.createRow(r) : sh.getRow(r);
      XSSFCell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
      if (cents == 0) {
        cell.setBlank();
        return null;
      }
      cell.setCellValue(BigDecimal.valueOf(cents, 2).doubleValue());
      cell.setCellStyle(amountStyle);
      Cell at = new Cell(sheet, r, c);
      amounts.add(at);
      return at;
    }
  }
}
