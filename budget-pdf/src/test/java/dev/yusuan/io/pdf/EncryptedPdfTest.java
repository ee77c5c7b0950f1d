package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/**
 * Encrypted PDFs: many disclosures are published with an owner password that only restricts
 * printing or copying; they are read as usual. A password needed to open the file is a clear ERROR
 * (`pdf.password`), not PDFBox's message.
 */
class EncryptedPdfTest {
  private static byte[] encrypted(String userPassword) throws Exception {
    byte[] plain = PdfFixture.oneTable();
    try (PDDocument d = Loader.loadPDF(plain); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      AccessPermission none = new AccessPermission();
      none.setCanExtractContent(false);
      none.setCanPrint(false);
      StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", userPassword, none);
      p.setEncryptionKeyLength(128);
      d.protect(p);
      d.save(out);
      return out.toByteArray();
    }
  }

  private static BudgetDocument read(byte[] pdf) throws Exception {
    return new PdfReader().read(new ByteArrayInputStream(pdf), "test.pdf");
  }

  @Test
  void anOwnerPasswordThatOnlyRestrictsCopyingIsRead() throws Exception {
    BudgetDocument d = read(encrypted(""));
    assertThat(d.diagnostics()).noneMatch(g -> g.severity() == Severity.ERROR);
    assertThat(d.facts()).isNotEmpty();
  }

  @Test
  void aPasswordToOpenIsAClearError() throws Exception {
    BudgetDocument d = read(encrypted("open-secret"));
    Diagnostic g = d.diagnostics().stream().filter(x -> x.code().equals("pdf.password")).findFirst()
        .orElseThrow(() -> new AssertionError(d.diagnostics().toString()));
    assertThat(g.severity()).isEqualTo(Severity.ERROR);
    assertThat(g.messageZh()).contains("密码");
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).hasValueSatisfying(
        m -> assertThat(m).contains("password"));
  }
}
