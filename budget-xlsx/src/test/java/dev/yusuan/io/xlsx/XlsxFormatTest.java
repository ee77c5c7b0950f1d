package dev.yusuan.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.csv.CsvFacts;
import dev.yusuan.io.json.JsonFormatTestSupport;
import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxFormatTest {
  static byte[] write(BudgetDocument d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxFormat.write(d, out);
    return out.toByteArray();
  }

  @Test
  void tableSheetIsLaidOutAsPublishedWithMergedHeadersAndColumnNumbers() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(JsonFormatTestSupport.sample())))) {
      assertThat(wb.getSheetName(0)).isEqualTo("T03 一般公共预算支出表");
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("一般公共预算支出表");
      assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("单位：万元");
      // header paths: [合计] spans two header lines, [基本支出] spans 人员经费 and 公用经费
      assertThat(s.getRow(2).getCell(3).getStringCellValue()).isEqualTo("基本支出");
      assertThat(s.getRow(3).getCell(3).getStringCellValue()).isEqualTo("人员经费");
      assertThat(s.getRow(3).getCell(4).getStringCellValue()).isEqualTo("公用经费");
      List<CellRangeAddress> merges = s.getMergedRegions();
      assertThat(merges).contains(new CellRangeAddress(2, 2, 3, 4), new CellRangeAddress(2, 3, 2, 2),
          new CellRangeAddress(2, 3, 5, 5), new CellRangeAddress(0, 0, 0, 5));
      // 栏次 row
      assertThat(s.getRow(4).getCell(2).getStringCellValue()).isEqualTo("1");
      assertThat(s.getRow(4).getCell(5).getStringCellValue()).isEqualTo("4");
      // body: code as text, amounts numeric with their precision
      assertThat(s.getRow(5).getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo("2010101");
      assertThat(s.getRow(5).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(s.getRow(5).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00");
      assertThat(s.getRow(5).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(s.getRow(6).getCell(0).getStringCellValue()).isEqualTo("注：本表无政府性基金数据");
      // facts sheet with CSV columns, exact text; hidden document sheet
      XSSFSheet facts = wb.getSheet("facts");
      assertThat(facts.getRow(0).getCell(0).getStringCellValue()).isEqualTo("concept");
      int value = CsvFacts.HEADER.indexOf("value");
      assertThat(facts.getRow(1).getCell(value).getStringCellValue()).isEqualTo("1301.49");
      assertThat(wb.isSheetHidden(wb.getSheetIndex("document"))).isTrue();
    }
  }

  @Test
  void roundTripsTheSampleAndAwkwardText(@TempDir Path dir) throws Exception {
    String awkward = "line1\r\nline2 _x0041_ \u0001 <script>x</script> 𠮷 ";
    Fact f = Fact.of(Concept.EXPENDITURE, Coordinates.EMPTY, Amount.of("0.10", MoneyUnit.WAN_YUAN),
        Provenance.builder().source(awkward).text("").rowLabel(awkward).build());
    BudgetDocument doc = BudgetDocument.builder().from(JsonFormatTestSupport.sample()).addFacts(f)
        .region(awkward).build();
    Path file = dir.resolve("doc.xlsx");
    BudgetIo.write(doc, file, "xlsx");
    BudgetDocument back = BudgetIo.read(file);
    assertThat(back).isEqualTo(doc);
    assertThat(back.facts().get(3).provenance().rowLabel()).hasValue(awkward);
    assertThat(back.facts().get(3).provenance().text()).hasValue("");
  }

  @Test
  void editedFactsSheetIsWhatIsRead() throws Exception {
    byte[] bytes = write(JsonFormatTestSupport.sample());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      wb.getSheet("facts").getRow(1).getCell(CsvFacts.HEADER.indexOf("value")).setCellValue("1301.50");
      wb.getSheet("facts").getRow(1).getCell(CsvFacts.HEADER.indexOf("printed")).setCellValue("1301.50");
      wb.write(out);
    }
    BudgetDocument back = XlsxFormat.read(new ByteArrayInputStream(out.toByteArray()), "e.xlsx");
    assertThat(back.facts().get(0).amount()).isEqualTo(Amount.of("1301.50", MoneyUnit.WAN_YUAN));
  }

  @Test
  void foreignWorkbookWithoutATableReportsItsNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var s = wb.createSheet("收支总表");
      s.createRow(0).createCell(0).setCellValue("项目");
      s.getRow(0).createCell(1).setCellValue(2706.24);
      wb.write(out);
    }
    BudgetDocument d = XlsxFormat.read(new ByteArrayInputStream(out.toByteArray()), "f.xlsx");
    // no title, no unit: no table; the number is reported at its cell, not lost (ForeignWorkbookTest)
    assertThat(d.tables()).isEmpty();
    assertThat(d.diagnostics()).filteredOn(x -> x.code().equals("xlsx.amount-outside-table"))
        .singleElement().satisfies(x -> assertThat(x.messageEn()).contains("收支总表!B1=2706.24"));
  }

  @Test
  void garbageGivesADiagnosticNotAnException() throws Exception {
    byte[] bad = {'P', 'K', 3, 4, 1, 2, 3};
    XlsxDocumentReader r = new XlsxDocumentReader();
    assertThat(r.recognises("a.xlsx", bad)).isTrue();
    assertThat(r.recognises("a.txt", "hello".getBytes())).isFalse();
    BudgetDocument d = r.read(new ByteArrayInputStream(bad), "bad.xlsx");
    assertThat(d.diagnostics()).extracting(Diagnostic::code).containsExactly("xlsx.unreadable");
  }

  @Test
  void recognisesItsOwnOutputFromContent() throws Exception {
    byte[] bytes = write(JsonFormatTestSupport.sample());
    assertThat(new XlsxDocumentReader().recognises("", java.util.Arrays.copyOf(bytes, 8192))).isTrue();
  }

  @Test
  void largeDocumentJsonIsSplitAcrossCells() throws Exception {
    // varied text (POI rejects entries that inflate more than 100-fold as zip bombs)
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < 70_000; i++) {
      b.append((char) ('\u4e00' + (i * 7919) % 20000)).append(i);
    }
    String big = b.toString();
    BudgetDocument doc = BudgetDocument.builder().from(JsonFormatTestSupport.sample()).region(big).build();
    byte[] bytes = write(doc);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      assertThat(wb.getSheet("document").getLastRowNum()).isGreaterThanOrEqualTo(2);
    }
    assertThat(XlsxFormat.read(new ByteArrayInputStream(bytes), "b.xlsx")).isEqualTo(doc);
  }
}
