package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.BiConsumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

/**
 * Pages without a text layer: a scanned page or text drawn as outlines loses content, so the document
 * is not read completely (an ERROR diagnostic, and {@link BudgetIo#failure} names the page); a blank
 * page or one holding only a small image (a logo, a seal) is a WARNING and the document is still read.
 */
class PageImagesTest {
  /** A readable one-table disclosure with one extra page drawn by {@code extra}. */
  private static BudgetDocument withPage(BiConsumer<PDDocument, PDPage> extra) throws Exception {
    byte[] base = PdfFixture.oneTable();
    try (PDDocument d = Loader.loadPDF(base); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage p = new PDPage(PDRectangle.A4);
      d.addPage(p);
      extra.accept(d, p);
      d.save(out);
      return new PdfReader().read(new ByteArrayInputStream(out.toByteArray()), "test.pdf");
    }
  }

  private static void image(PDDocument d, PDPage p, int w, int h, float drawnW, float drawnH) {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    for (int x = 0; x < w; x += 7) {
      for (int y = 0; y < h; y++) {
        img.getRaster().setSample(x, y, 0, 255);
      }
    }
    try (PDPageContentStream cs = new PDPageContentStream(d, p)) {
      PDImageXObject x = LosslessFactory.createFromImage(d, img);
      cs.drawImage(x, 20, 20, drawnW, drawnH);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Diagnostic only(BudgetDocument d, String code) {
    return d.diagnostics().stream().filter(g -> g.code().equals(code)).reduce((a, b) -> {
      throw new AssertionError("two " + code);
    }).orElseThrow(() -> new AssertionError("no " + code + " in " + d.diagnostics()));
  }

  @Test
  void aScannedPageIsAnErrorAndTheDocumentIsNotReadCompletely() throws Exception {
    // a 150 dpi scan of the whole page
    BudgetDocument d = withPage((doc, p) -> image(doc, p, 1240, 1754, 555, 800));
    Diagnostic g = only(d, "pdf.scanned-page");
    assertThat(g.severity()).isEqualTo(Severity.ERROR);
    assertThat(g.location().page()).hasValue(2);
    assertThat(g.messageEn()).contains("page 2", "scanned");
    assertThat(g.messageZh()).contains("第 2 页", "扫描");
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).hasValueSatisfying(
        m -> assertThat(m).contains("page 2", "scanned"));
    // the table on page 1 is still read
    assertThat(d.facts()).isNotEmpty();
  }

  @Test
  void aLowResolutionScanIsAScanToo() throws Exception {
    // 50 dpi over most of the page: few pixels (below any pixel threshold), large on the page
    BudgetDocument d = withPage((doc, p) -> image(doc, p, 414, 585, 500, 700));
    assertThat(only(d, "pdf.scanned-page").severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void textDrawnAsOutlinesIsAnError() throws Exception {
    BudgetDocument d = withPage((doc, p) -> {
      try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
        for (int i = 0; i < 3000; i++) { // a glyph-like path per character
          float x = 40 + (i % 60) * 8;
          float y = 60 + (i / 60) * 14;
          cs.moveTo(x, y);
          cs.curveTo(x + 1, y + 3, x + 4, y + 6, x + 6, y + 1);
          cs.lineTo(x + 2, y + 9);
          cs.fill();
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(only(d, "pdf.drawn-text").severity()).isEqualTo(Severity.ERROR);
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isPresent();
  }

  @Test
  void aBlankPageOrASmallImageIsOnlyAWarning() throws Exception {
    for (BiConsumer<PDDocument, PDPage> extra : java.util.List.<BiConsumer<PDDocument, PDPage>>of(
        (doc, p) -> {}, (doc, p) -> image(doc, p, 600, 600, 120, 120))) { // a seal: many pixels, small
      BudgetDocument d = withPage(extra);
      Diagnostic g = only(d, "pdf.no-text");
      assertThat(g.severity()).isEqualTo(Severity.WARNING);
      assertThat(g.location().page()).hasValue(2);
      assertThat(d.diagnostics()).noneMatch(x -> x.code().equals("pdf.scanned-page")
          || x.code().equals("pdf.drawn-text"));
      assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isEmpty();
    }
  }
}
