package dev.yusuan.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.cli.hostile.StructureContract.Outcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Structure-level hostility (docs/security.md): generated HTML pages, Word documents, workbooks and
 * PDFs whose structure is made to hurt — spans, merges, nesting, dimensions, rotation, boxes, glyph
 * sizes, duplicated and invisible text — each read through {@code BudgetIo.read} and validated, and
 * checked through the command line, against {@link StructureContract}. Sizes bound the work: the
 * biggest structures are scaled to the lowered limits of {@link StructureContract#LIMITS}.
 */
class HostileStructureProperties {
  static final Outcome HTML_BASE = StructureContract.read(
      HostileHtml.page(new HostileHtml.Case(HostileHtml.Kind.NONE, 0, 0, 0, 0)), "base.html");

  @Property
  void htmlPageIsReadOrRefused(@ForAll("html") HostileHtml.Case c) {
    StructureContract.holds(HTML_BASE, StructureContract.read(HostileHtml.page(c), "hostile.html"),
        "hostile.html");
  }

  @Property(tries = 4)
  void htmlPageThroughTheCommandLine(@ForAll("html") HostileHtml.Case c) throws IOException {
    StructureContract.cli(HostileHtml.page(c), "hostile.html");
  }

  @Provide
  Arbitrary<HostileHtml.Case> html() {
    return Combinators.combine(Arbitraries.of(HostileHtml.Kind.class), Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(0, 400), Arbitraries.integers().between(1, 10_000),
        Arbitraries.longs()).as(HostileHtml.Case::new);
  }

  static final Outcome DOCX_BASE = StructureContract.read(
      HostileDocx.document(new HostileDocx.Case(HostileDocx.Kind.NONE, 0, 0, 0, 0)), "base.docx");

  @Property
  void wordDocumentIsReadOrRefused(@ForAll("docx") HostileDocx.Case c) {
    StructureContract.holds(DOCX_BASE, StructureContract.read(HostileDocx.document(c), "hostile.docx"),
        "hostile.docx");
  }

  @Property(tries = 4)
  void wordDocumentThroughTheCommandLine(@ForAll("docx") HostileDocx.Case c) throws IOException {
    StructureContract.cli(HostileDocx.document(c), "hostile.docx");
  }

  @Provide
  Arbitrary<HostileDocx.Case> docx() {
    return Combinators.combine(Arbitraries.of(HostileDocx.Kind.class), Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(0, 400), Arbitraries.integers().between(1, 10_000),
        Arbitraries.longs()).as(HostileDocx.Case::new);
  }

  static final Outcome XLSX_BASE = StructureContract.read(
      HostileXlsx.workbook(new HostileXlsx.Case(HostileXlsx.Kind.NONE, 0, 0, 0, 0)), "base.xlsx");

  @Property
  void workbookIsReadOrRefused(@ForAll("xlsx") HostileXlsx.Case c) {
    StructureContract.holds(XLSX_BASE, StructureContract.read(HostileXlsx.workbook(c), "hostile.xlsx"),
        "hostile.xlsx");
  }

  @Property(tries = 4)
  void workbookThroughTheCommandLine(@ForAll("xlsx") HostileXlsx.Case c) throws IOException {
    StructureContract.cli(HostileXlsx.workbook(c), "hostile.xlsx");
  }

  @Provide
  Arbitrary<HostileXlsx.Case> xlsx() {
    return Combinators.combine(Arbitraries.of(HostileXlsx.Kind.class), Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(0, 400), Arbitraries.integers().between(1, 4_000),
        Arbitraries.longs()).as(HostileXlsx.Case::new);
  }

  /** The unhurt PDF (drawn once: a CJK font is needed). */
  static final class PdfBase {
    static final Outcome BASE = StructureContract.read(pdf(new HostilePdf.Case(HostilePdf.Kind.NONE, 0, 0)),
        "base.pdf");
  }

  static byte[] pdf(HostilePdf.Case c) {
    Optional<Path> font = HostilePdf.font();
    Assumptions.assumeTrue(font.isPresent(), "no CJK font: install fonts-wqy-microhei");
    return HostilePdf.pdf(c, font.get());
  }

  @Property
  void pdfIsReadOrRefused(@ForAll("pdf") HostilePdf.Case c) {
    byte[] pdf = pdf(c);
    StructureContract.holds(PdfBase.BASE, StructureContract.read(pdf, "hostile.pdf"), "hostile.pdf");
  }

  @Property(tries = 4)
  void pdfThroughTheCommandLine(@ForAll("pdf") HostilePdf.Case c) throws IOException {
    StructureContract.cli(pdf(c), "hostile.pdf");
  }

  @Provide
  Arbitrary<HostilePdf.Case> pdf() {
    return Combinators.combine(Arbitraries.of(HostilePdf.Kind.class), Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(0, 1_000)).as(HostilePdf.Case::new);
  }

  /** The unhurt documents are read, the web page and the Word document completely. */
  @Property(tries = 1)
  void unhurtDocumentsReadCompletely() {
    for (Outcome base : List.of(HTML_BASE, DOCX_BASE)) {
      assertThat(base.readCompletely()).as("%s", base).isTrue();
      assertThat(base.document().facts()).isNotEmpty();
    }
    // the workbook and the PDF are read partly (their generated forms are simpler than printed ones):
    // an amount lost must then raise the count of unread amounts
    pdf(new HostilePdf.Case(HostilePdf.Kind.NONE, 0, 0));
    for (Outcome base : List.of(XLSX_BASE, PdfBase.BASE)) {
      assertThat(base.failure()).as("%s", base).isEmpty();
      assertThat(base.document().facts()).as("%s", base).hasSizeGreaterThan(50);
    }
  }
}
