package dev.yusuan.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.json.JsonFormatTestSupport;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbooks not written by Yusuan: unknown sheets, formulas, hostile shapes; Yusuan's own still round-trip. */
class ForeignWorkbookTest {
  static final PutuoForms.Budget BUDGET = new PutuoForms.Budget(123_456_789, 2_345_678, 345_678, 4_500_000,
      567_890, 67_890, 789_012, 1_250, 300, 2_000);

  static BudgetDocument read(byte[] bytes) throws Exception {
    return ForeignWorkbookProperties.read(bytes);
  }

  static byte[] bytes(XSSFWorkbook wb) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  static List<Diagnostic> problems(BudgetDocument d) {
    return d.diagnostics().stream().filter(x -> x.severity() != Severity.INFO).toList();
  }

  @Test
  void theBlankFormIsRecognisedButHasNoFigures() throws Exception {
    try (var in = getClass().getResourceAsStream("/templates/" + PutuoForms.TEMPLATES.get(0))) {
      BudgetDocument d = read(in.readAllBytes());
      assertThat(d.template()).contains("shanghai");
      assertThat(d.tables()).hasSize(9);
      assertThat(d.facts()).filteredOn(f -> f.provenance().tableId().isPresent()).isEmpty();
    }
  }

  @Test
  void aFilledFormGivesExactFactsNamingSheetRowAndColumn() throws Exception {
    PutuoForms.Filled f = PutuoForms.fill(PutuoForms.TEMPLATES.get(0), BUDGET, "#,##0.00");
    BudgetDocument d = read(f.bytes());
    assertThat(problems(d)).isEmpty();
    // 2010301 行政运行 in 部门支出预算总表 (sheet 9, row 11): 合计 = x1 + y1 + y2 = 1,261,481.45 元
    Fact admin = d.facts().stream().filter(x -> x.provenance().tableTitle().orElse("").contains("部门支出预算总表")
        && x.provenance().rowCode().equals(java.util.Optional.of("2010301"))
        && x.provenance().columnHeader().orElse("").endsWith("合计")).findFirst().orElseThrow();
    assertThat(admin.amount().value()).isEqualTo(new BigDecimal("1261481.45"));
    assertThat(admin.provenance().page()).hasValue(9);
    assertThat(admin.provenance().line()).hasValue(11);
    assertThat(admin.provenance().text()).contains("1,261,481.45");
  }

  /** A sheet no layout knows is reported, and every number on it too: nothing is lost silently. */
  @Test
  void anUnknownSheetIsReportedWithItsNumbers() throws Exception {
    PutuoForms.Filled f = PutuoForms.fill(PutuoForms.TEMPLATES.get(0), BUDGET, "#,##0.00");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(f.bytes()))) {
      XSSFSheet titled = wb.createSheet("人员情况");
      titled.createRow(0).createCell(0).setCellValue("2026年部门预算人员情况表");
      titled.createRow(1).createCell(0).setCellValue("单位：人");
      titled.createRow(2).createCell(0).setCellValue("类别");
      titled.getRow(2).createCell(1).setCellValue("人数");
      titled.createRow(3).createCell(0).setCellValue("在职");
      titled.getRow(3).createCell(1).setCellValue(42);
      XSSFSheet bare = wb.createSheet("Sheet1");
      bare.createRow(4).createCell(2).setCellValue(1234.5);
      BudgetDocument d = read(bytes(wb));
      assertThat(problems(d)).anySatisfy(x -> {
        assertThat(x.code()).isEqualTo("xlsx.unknown-table");
        assertThat(x.location().page()).hasValue(18);
      });
      assertThat(problems(d)).anySatisfy(x -> {
        assertThat(x.code()).isEqualTo("xlsx.amount-outside-table");
        assertThat(x.messageEn()).contains("Sheet1!C5=1234.5");
        assertThat(x.location().page()).hasValue(19);
        assertThat(x.location().line()).hasValue(5);
      });
      // the unknown table is kept; its 42 (a typed number, so its line is a row of the table) is
      // reported at its cell as a number of a table no layout maps
      assertThat(d.tables()).anySatisfy(t -> assertThat(t.title()).contains("人员情况"));
      assertThat(problems(d)).anySatisfy(x -> {
        assertThat(x.code()).isEqualTo("table.unmapped-cell");
        assertThat(x.messageEn()).endsWith(": 42");
        assertThat(x.location().page()).hasValue(18);
        assertThat(x.location().line()).hasValue(4);
      });
      // the known tables are still read completely
      assertThat(d.tables()).filteredOn(t -> t.kind().startsWith("sh."))
          .allSatisfy(t -> assertThat(t.coverage().orElseThrow().amountsRead())
              .isEqualTo(t.coverage().orElseThrow().amountsPrinted()));
    }
  }

  /**
   * A number shown as a date where a table's figures belong (a cell given a date format by mistake) is no amount
   * the page shows: counted unread, its table doubtful, never lost, as is a number shown as a day no document is
   * dated; a date of the form (编制日期, above the header) stays text. HostileStructureProperties found the loss (DATES_AS_AMOUNTS, docs/security.md).
   */
  @Test
  void aDateAmongFiguresIsCountedUnreadAndTheFormsDateIsText() throws Exception {
    PutuoForms.Filled f = PutuoForms.fill(PutuoForms.TEMPLATES.get(0), BUDGET, "#,##0.00");
    BudgetDocument plain = read(f.bytes());
    assertThat(problems(plain)).isEmpty();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(f.bytes()))) {
      XSSFSheet s = wb.getSheetAt(8); // 部门支出总表: the header in rows 6-8, 高等教育 in row 11
      var date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      XSSFCell basic = s.getRow(10).getCell(5); // F11: 高等教育's 基本支出
      assertThat(basic.getCellType()).isEqualTo(CellType.NUMERIC);
      basic.setCellValue(45_000.25);
      basic.setCellStyle(date);
      // 编制日期 between the title and the owner (row 3), over the header's text
      var row3 = s.getRow(2) == null ? s.createRow(2) : s.getRow(2);
      row3.createCell(3).setCellValue("编制日期：");
      XSSFCell made = row3.createCell(4);
      made.setCellValue(46_000);
      made.setCellStyle(date);
      // and an amount shown as a day no document is dated (675 as 1901-11-05), with no figure near it
      XSSFCell old = row3.createCell(6);
      old.setCellValue(675);
      old.setCellStyle(date);
      BudgetDocument d = read(bytes(wb));
      assertThat(problems(d)).hasSize(2).allSatisfy(x -> {
        assertThat(x.code()).isEqualTo("xlsx.date-as-amount");
        assertThat(x.unreadAmounts()).isEqualTo(1);
        assertThat(x.messageZh()).contains("日期");
      });
      assertThat(problems(d).get(0).location().text()).hasValue("部门支出总表!G3");
      assertThat(problems(d).get(0).messageEn()).contains("1901-11-05");
      assertThat(problems(d).get(1).location().text()).hasValue("部门支出总表!F11");
      assertThat(problems(d).get(1).location().line()).hasValue(11);
      assertThat(problems(d).get(1).messageEn()).contains("2023-03-15");
      assertThat(BudgetIo.unreadAmounts(d)).isEqualTo(BudgetIo.unreadAmounts(plain) + 2);
      assertThat(d.facts()).hasSize(plain.facts().size() - 1);
      assertThat(d.facts()).filteredOn(x -> x.provenance().page().equals(java.util.OptionalInt.of(9))).isNotEmpty()
          .allSatisfy(x -> assertThat(x.provenance().doubtful()).isTrue());
    }
  }

  /**
   * A whole column of figures shown as dates, each a day a document could be dated (1990-2099: amounts of 32,874
   * to 73,050), has no figure near it; its header names amounts (基本支出), so each is counted unread, not taken
   * for a column of dates (the figures were lost silently before). A date in the row of a total is counted too;
   * dates under a header naming a date (开始日期, 完成时间) stay text.
   */
  @Test
  void aWholeColumnOfFiguresShownAsDatesIsCountedUnread() throws Exception {
    PutuoForms.Filled f = PutuoForms.fill(PutuoForms.TEMPLATES.get(0), BUDGET, "#,##0.00");
    BudgetDocument plain = read(f.bytes());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(f.bytes()))) {
      XSSFSheet s = wb.getSheetAt(8); // 部门支出总表: 基本支出 in column F, the header in rows 6-8
      var date = wb.createCellStyle();
      date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      assertThat(s.getRow(6).getCell(5).getStringCellValue()).isEqualTo("基本支出"); // F7, merged over F7:F8
      List<String> dated = new java.util.ArrayList<>();
      for (int r = 8; r <= s.getLastRowNum(); r++) {
        XSSFCell cell = s.getRow(r) == null ? null : s.getRow(r).getCell(5);
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
          cell.setCellValue(32_874 + 1_000.25 * dated.size()); // 1990-01-01 and on
          cell.setCellStyle(date);
          dated.add("部门支出总表!F" + (r + 1));
        }
      }
      assertThat(dated).hasSizeGreaterThan(3);
      // a sheet of a project's dates: under 开始日期 and 完成时间 they are dates; in the 合计 row, under 其他, an amount
      XSSFSheet dates = wb.createSheet("项目进度");
      String[][] rows = {{"项目名称", "开始日期", "完成时间", "其他"}, {"甲项目", null, null, ""}, {"201", null, "", ""},
          {"合计", "", "", null}};
      for (int r = 0; r < rows.length; r++) {
        var row = dates.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          XSSFCell cell = row.createCell(c);
          if (rows[r][c] == null) {
            cell.setCellValue(45_000 + 100 * r + c);
            cell.setCellStyle(date);
          } else if (!rows[r][c].isEmpty()) {
            cell.setCellValue(rows[r][c]);
          }
        }
      }
      BudgetDocument d = read(bytes(wb));
      List<Diagnostic> asAmounts = d.diagnostics().stream().filter(x -> x.code().equals("xlsx.date-as-amount"))
          .toList();
      List<String> expected = new java.util.ArrayList<>(dated);
      expected.add("项目进度!D4");
      assertThat(asAmounts).extracting(x -> x.location().text().orElse("")).containsExactlyInAnyOrderElementsOf(
          expected);
      assertThat(asAmounts).allSatisfy(x -> {
        assertThat(x.severity()).isEqualTo(Severity.WARNING);
        assertThat(x.unreadAmounts()).isEqualTo(1);
      });
      assertThat(asAmounts).filteredOn(x -> x.location().text().orElse("").startsWith("部门支出总表"))
          .allSatisfy(x -> assertThat(x.messageZh()).contains("“基本支出”"));
      assertThat(asAmounts).filteredOn(x -> x.location().text().orElse("").startsWith("项目进度"))
          .singleElement().satisfies(x -> assertThat(x.messageEn()).contains("row of \"合计\""));
      assertThat(BudgetIo.unreadAmounts(d)).isEqualTo(BudgetIo.unreadAmounts(plain) + dated.size() + 1);
      assertThat(d.facts()).filteredOn(x -> x.provenance().page().equals(java.util.OptionalInt.of(9)))
          .hasSize((int) plain.facts().stream().filter(x -> x.provenance().page().equals(java.util.OptionalInt.of(9)))
              .count() - dated.size())
          .allSatisfy(x -> assertThat(x.provenance().doubtful()).isTrue());
    }
  }

  /** A formula's cached value is what the sheet shows; a formula without one cannot be read. */
  @Test
  void formulasAreReadThroughTheirCachedValues() throws Exception {
    PutuoForms.Filled f = PutuoForms.fill(PutuoForms.TEMPLATES.get(0), BUDGET, "#,##0.00");
    BudgetDocument plain = read(f.bytes());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(f.bytes()))) {
      // 部门支出预算总表: the 合计 row (20) as sums of the class rows, evaluated and cached
      XSSFSheet s = wb.getSheetAt(8);
      for (String col : List.of("E", "F", "G")) {
        XSSFCell c = s.getRow(19).getCell(col.charAt(0) - 'A');
        c.setCellFormula(col + "9+" + col + "13+" + col + "17");
      }
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      assertThat(s.getRow(19).getCell(4).getCTCell().isSetV()).isTrue();
      BudgetDocument withFormulas = read(bytes(wb));
      assertThat(problems(withFormulas)).isEmpty();
      assertThat(withFormulas.facts()).hasSameSizeAs(plain.facts());
      assertThat(withFormulas.facts().stream().map(x -> x.amount().value()).toList())
          .isEqualTo(plain.facts().stream().map(x -> x.amount().value()).toList());

      // the same formula with its cached value removed (as a generator that does not calculate writes it):
      // the rest is read, the cell counted unread (read partly), named with its sheet and reference
      s.getRow(19).getCell(4).getCTCell().unsetV();
      BudgetDocument uncached = read(bytes(wb));
      assertThat(problems(uncached)).anySatisfy(x -> {
        assertThat(x.code()).isEqualTo("xlsx.formula-without-value");
        assertThat(x.severity()).isEqualTo(Severity.WARNING);
        assertThat(x.unreadAmounts()).isEqualTo(1);
        assertThat(x.location().page()).hasValue(9);
        assertThat(x.location().line()).hasValue(20);
        assertThat(x.messageEn()).contains("!E20");
        assertThat(x.messageZh()).contains("!E20");
      });
      assertThat(BudgetIo.failure(uncached, ReadLimits.defaults())).isEmpty();
      assertThat(BudgetIo.partlyRead(uncached)).isPresent();
      assertThat(uncached.facts()).hasSize(plain.facts().size() - 1);
      // the table holding it has its figures doubtful: a sum missing the unread cell is no ERROR
      assertThat(uncached.facts()).filteredOn(x -> x.provenance().page().orElse(0) == 9).isNotEmpty()
          .allMatch(x -> x.provenance().doubtful());
    }
  }

  /** A cell storing more digits than its format shows is read as displayed, and said so. */
  @Test
  void storedDigitsBeyondTheDisplayAreReadToTheDisplayedPrecision() throws Exception {
    PutuoForms.Filled f = PutuoForms.fill(PutuoForms.TEMPLATES.get(0), BUDGET, "#,##0.00");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(f.bytes()))) {
      // 30201 办公费 (部门一般公共预算基本支出经济分类表, row 15, 合计) stored as 23456.785: displayed 23,456.79
      XSSFCell c = wb.getSheetAt(13).getRow(14).getCell(3);
      assertThat(c.getCellType()).isEqualTo(CellType.NUMERIC);
      c.setCellValue(23456.785);
      BudgetDocument d = read(bytes(wb));
      Fact office = d.facts().stream().filter(x -> x.provenance().page().orElse(0) == 14
          && x.provenance().line().orElse(0) == 15 && x.provenance().columnHeader().orElse("").endsWith("合计"))
          .findFirst().orElseThrow();
      // half away from zero on the stored decimal 23456.785 (a double read would give 23456.78)
      assertThat(office.amount().value()).isEqualTo(new BigDecimal("23456.79"));
      assertThat(d.diagnostics()).anySatisfy(x -> {
        assertThat(x.code()).isEqualTo("xlsx.display-precision");
        assertThat(x.messageEn()).contains("23456.785");
      });
    }
  }

  @Test
  void aWholeSheetMergedAndManySheetsStayCheap() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      for (int i = 0; i < 300; i++) {
        XSSFSheet s = wb.createSheet("S" + i);
        s.createRow(0).createCell(0).setCellValue("x");
        s.createRow(99_999).createCell(16_383).setCellValue(i);
        s.addMergedRegionUnsafe(new CellRangeAddress(0, 99_999, 0, 16_383)); // 1.6 billion cells
      }
      byte[] b = bytes(wb);
      long start = System.nanoTime();
      BudgetDocument d = new XlsxDocumentReader().read(new ByteArrayInputStream(b), "hostile.xlsx",
          ReadLimits.builder().maxTableColumns(20_000).build());
      assertThat(System.nanoTime() - start).isLessThan(60_000_000_000L);
      assertThat(d.facts()).isEmpty();
      // the merged region hides the number under it, as a spreadsheet does: said, not read
      assertThat(d.diagnostics()).noneMatch(x -> x.code().equals("xlsx.amount-outside-table"));
      assertThat(d.diagnostics()).filteredOn(x -> x.code().equals("xlsx.hidden-by-merge")).hasSize(300)
          .allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING))
          .allSatisfy(x -> assertThat(x.unreadAmounts()).isEqualTo(1)); // counted: the document is read partly
    }
  }

  @Test
  void aCellFarRightIsRefusedByTheLimits() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("S").createRow(0).createCell(16_383).setCellValue(1);
      byte[] b = bytes(wb);
      assertThatThrownBy(() -> new XlsxDocumentReader().read(new ByteArrayInputStream(b), "far.xlsx",
          ReadLimits.defaults())).isInstanceOf(LimitExceededException.class);
    }
  }

  @Test
  void yusuansOwnWorkbookStillRoundTrips() throws Exception {
    BudgetDocument sample = JsonFormatTestSupport.sample();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxFormat.write(sample, out);
    BudgetDocument back = read(out.toByteArray());
    assertThat(back.facts()).isEqualTo(sample.facts());
    assertThat(back.tables()).isEqualTo(sample.tables());
    assertThat(back.diagnostics()).noneMatch(x -> x.code().startsWith("xlsx."));
  }

  /**
   * Amounts shown as bare integers (the General format on whole 元: 20, 10001050) are numbers because
   * the cells are typed numeric: their rows are table rows and every figure is read (as printed text, a
   * bare integer could be a 栏次 or a code and would not make a row).
   */
  @Test
  void wholeYuanInTheGeneralFormatAreRead() throws Exception {
    PutuoForms.Budget b = new PutuoForms.Budget(1001, 999_999_999, 100_000, 1000, 1000, 1000, 1000, 2, 2, 2);
    for (String template : PutuoForms.TEMPLATES) {
      PutuoForms.Filled filled = PutuoForms.fill(template, b, "General");
      BudgetDocument d = ForeignWorkbookProperties.read(filled.bytes());
      assertThat(d.diagnostics()).noneMatch(x -> x.code().equals("xlsx.amount-outside-table"));
      long printed = d.tables().stream().mapToLong(t -> t.coverage().orElseThrow().amountsPrinted()).sum();
      long read = d.tables().stream().mapToLong(t -> t.coverage().orElseThrow().amountsRead()).sum();
      assertThat(printed).isEqualTo(filled.amounts().size());
      assertThat(read).isEqualTo(printed);
    }
  }
}
