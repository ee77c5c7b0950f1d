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
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;

/**
 * A composite font without a ToUnicode map: PDFBox cannot turn its glyphs into text and drops them,
 * so digits and words may be missing. The reader counts the glyphs shown against those extracted and
 * reports the loss as an ERROR naming the page: the document was not read completely.
 */
class UnmappedGlyphsTest {
  private static byte[] table() throws Exception {
    return PdfFixture.oneTable();
  }

  private static BudgetDocument read(byte[] pdf) throws Exception {
    return new PdfReader().read(new ByteArrayInputStream(pdf), "test.pdf");
  }

  @Test
  void aFontWithoutToUnicodeLosesTextAndTheDocumentIsNotReadCompletely() throws Exception {
    byte[] stripped;
    try (PDDocument d = Loader.loadPDF(table()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (PDPage p : d.getPages()) {
        PDResources r = p.getResources();
        for (COSName n : r.getFontNames()) {
          r.getFont(n).getCOSObject().removeItem(COSName.TO_UNICODE);
        }
      }
      d.save(out);
      stripped = out.toByteArray();
    }
    BudgetDocument d = read(stripped);
    Diagnostic g = d.diagnostics().stream().filter(x -> x.code().equals("pdf.unmapped-glyphs"))
        .findFirst().orElseThrow(() -> new AssertionError(d.diagnostics().toString()));
    assertThat(g.severity()).isEqualTo(Severity.ERROR);
    assertThat(g.location().page()).hasValue(1);
    assertThat(g.messageEn()).contains("page 1", "ToUnicode");
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isPresent();
  }

  @Test
  void theSameDocumentWithItsMapsIsReadWithoutThatDiagnostic() throws Exception {
    BudgetDocument d = read(table());
    assertThat(d.diagnostics()).noneMatch(x -> x.code().equals("pdf.unmapped-glyphs"));
    assertThat(d.facts()).isNotEmpty();
  }
}
