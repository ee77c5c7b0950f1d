package dev.yusuan.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Examples of Excel 97-2003 (.xls) input: detection, figures as displayed from binary doubles, bad files. */
class XlsWorkbookTest {
  static final byte[] FORM = form();

  static byte[] form() {
    try {
      return XlsCopy.of(PutuoForms.fill(PutuoForms.TEMPLATES.get(0), ForeignWorkbookTest.BUDGET, "#,##0.00")
          .bytes());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] head(byte[] b) {
    return Arrays.copyOf(b, Math.min(b.length, 8192));
  }

  @Test
  void anXlsIsRecognisedByItsContentAndByItsName() throws Exception {
    assertThat(BudgetIo.detect("download.bin", head(FORM))).get().extracting(r -> r.format()).isEqualTo("xlsx");
    assertThat(BudgetIo.detect("form.xls", head(FORM))).get().extracting(r -> r.format()).isEqualTo("xlsx");
    BudgetDocument d = BudgetIo.read(new ByteArrayInputStream(FORM), "download.bin");
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isEmpty();
    assertThat(d.department().name()).isEqualTo(PutuoForms.DEPARTMENT);
  }

  /**
   * 30201 办公费 (sheet 14, row 15, 合计) stored as binary doubles: 23456.785 (binary 23456.78499999…)
   * displayed 23,456.79 as Excel shows it; 0.1 + 0.2 (0.30000000000000004) as 0.30.
   */
  @Test
  void binaryDoublesAreReadAsExcelDisplaysThem() throws Exception {
    for (double stored : new double[] {23456.785, 0.1 + 0.2}) {
      String expected = stored > 1 ? "23456.79" : "0.30";
      try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(FORM))) {
        wb.getSheetAt(13).getRow(14).getCell(3).setCellValue(stored);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        BudgetDocument d = new XlsxDocumentReader().read(new ByteArrayInputStream(out.toByteArray()), "form.xls");
        Fact office = d.facts().stream().filter(x -> x.provenance().page().orElse(0) == 14
            && x.provenance().line().orElse(0) == 15 && x.provenance().columnHeader().orElse("").endsWith("合计"))
            .findFirst().orElseThrow();
        assertThat(office.amount().value()).isEqualTo(new BigDecimal(expected));
      }
    }
  }

  @Test
  void anEncryptedWorkbookIsAnInputFailureSayingSo() throws Exception {
    POIFSFileSystem fs = new POIFSFileSystem();
    Encryptor enc = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
    enc.confirmPassword("secret");
    try (OutputStream os = enc.getDataStream(fs)) {
      os.write(PutuoForms.fill(PutuoForms.TEMPLATES.get(0), ForeignWorkbookTest.BUDGET, "0.00").bytes());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fs.writeFilesystem(out);
    fs.close();
    BudgetDocument d = BudgetIo.read(new ByteArrayInputStream(out.toByteArray()), "form.xls");
    assertThat(d.diagnostics()).filteredOn(x -> x.severity() == Severity.ERROR).extracting(Diagnostic::messageZh)
        .singleElement().asString().contains("密码");
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isPresent();
  }

  @Test
  void aWordDocumentNamedXlsIsAnInputFailure() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
      fs.writeFilesystem(out);
    }
    BudgetDocument d = new XlsxDocumentReader().read(new ByteArrayInputStream(out.toByteArray()), "form.xls");
    assertThat(d.diagnostics()).extracting(Diagnostic::code).containsExactly("xlsx.unreadable");
  }
}
