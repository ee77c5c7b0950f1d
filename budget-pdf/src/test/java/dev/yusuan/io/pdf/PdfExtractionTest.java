package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.yusuan.io.pdf.internal.GlyphCollector;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Extraction details on small PDFs: pages without text, codes in pieces, negatives, glyphs. */
class PdfExtractionTest {
  private static Path font() {
    return PdfFixture.requireCjkFont();
  }

  private static BudgetDocument read(byte[] pdf) throws Exception {
    return new PdfReader().read(new ByteArrayInputStream(pdf), "test.pdf");
  }

  @Test
  void pagesWithoutTextCodesInPiecesNegativesAndUnknownTables() throws Exception {
    byte[] pdf;
    try (PdfFixture f = new PdfFixture(font())) {
      f.blankPage();
      f.page();
      float y = f.heading(50, "表1", "2024年某某明细支出表", "元");
      PdfFixture.Table t = f.table(y, new float[] {40, 140, 400, 600}, false, false, true);
      t.header(0, 0, "科目编码", 1, 1, "科目名称", 2, 2, "金额");
      t.row(null, "合计", "1,222.50");
      t.row("301 02", "津贴补贴", "(1,234.50)");
      t.row("20101\n01", "行政运行", "2,469.00");
      t.row("30199", "其他工资福利支出", "-12.00");
      pdf = f.bytes();
    }
    BudgetDocument d = read(pdf);
    // the page without text is reported, not guessed
    assertThat(d.diagnostics()).filteredOn(g -> g.code().equals("pdf.no-text"))
        .singleElement().satisfies(g -> {
          assertThat(g.severity()).isEqualTo(Severity.WARNING);
          assertThat(g.location().page()).hasValue(1);
        });
    DisclosureTable table = d.tables().get(0);
    assertThat(table.kind()).isEqualTo(DisclosureTable.UNKNOWN_KIND);
    assertThat(table.unit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(d.diagnostics()).anySatisfy(g -> assertThat(g.code()).isEqualTo("pdf.unknown-table"));
    assertThat(table.rows()).extracting(r -> r.code().orElse("")).containsExactly("", "30102",
        "2010101", "30199");
    assertThat(table.rows()).extracting(r -> r.cell(2)).containsExactly("1,222.50", "(1,234.50)",
        "2,469.00", "-12.00");
    assertThat(d.diagnostics()).filteredOn(g -> g.code().equals("pdf.code-rejoined"))
        .extracting(Diagnostic::messageEn).hasSize(2)
        .anySatisfy(m -> assertThat(m).contains("30102"))
        .anySatisfy(m -> assertThat(m).contains("2010101"));
    // unknown table: every number reported, none lost
    assertThat(d.facts()).isEmpty();
    PdfReaderRealTest.assertEveryNumberAccountedFor(d);
  }

  @Test
  void glyphsAreFolded() {
    assertThat(GlyphCollector.fold("\u2ED4")).isEqualTo("门");
    assertThat(GlyphCollector.fold("\u2ECB")).isEqualTo("车");
    assertThat(GlyphCollector.fold("\uFB01")).isEqualTo("fi");
    assertThat(GlyphCollector.fold("（")).isEqualTo("(");
    assertThat(GlyphCollector.fold("１")).isEqualTo("1");
    assertThat(GlyphCollector.fold("\u3000")).isEqualTo(" ");
  }

  @Test
  void radicalCodePointsAreReadAsIdeographs() throws Exception {
    Path font = font();
    byte[] pdf;
    try (PdfFixture f = new PdfFixture(font)) {
      assumeTrue(f.canDraw("\u2ED4\u2ECB"), "font has no CJK radical-supplement glyphs");
      f.page();
      f.text(40, 60, 12, "部\u2ED4预算：公务用\u2ECB运行维护费");
      pdf = f.bytes();
    }
    BudgetDocument d = read(pdf);
    assertThat(d.sections()).anySatisfy(s -> assertThat(s.text() + s.heading())
        .contains("部门预算").contains("公务用车运行维护费"));
  }

  @Test
  void unreadableInputIsADiagnostic() throws Exception {
    BudgetDocument d = new PdfReader().read(new ByteArrayInputStream("%PDF-1.4 broken".getBytes()),
        "broken.pdf");
    assertThat(d.diagnostics()).anySatisfy(g -> {
      assertThat(g.code()).isEqualTo("pdf.unreadable");
      assertThat(g.severity()).isEqualTo(Severity.ERROR);
    });
    assertThat(d.tables()).isEmpty();
  }
}
