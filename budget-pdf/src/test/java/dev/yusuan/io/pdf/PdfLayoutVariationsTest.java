package dev.yusuan.io.pdf;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The shrunk failures of {@link PdfLayoutVariationsProperties}, pinned, and one example of each habit that
 * failed alone (a national 部门预算 of {@link NationalBudgetFixture} printed so).
 */
class PdfLayoutVariationsTest {
  private final PdfLayoutVariationsProperties p = new PdfLayoutVariationsProperties();

  private static final NationalBudgetFixture.Shape BUDGET = new NationalBudgetFixture.Shape(12345L, 2023, false, 1,
      true, true, true, true, false, true, true, 1, true, true, true, NationalBudgetFixture.Extras.NONE, null,
      BigDecimal.ZERO);

  private static PdfFixture.Habits only(int rotate, int glyphs, int tc, int spaced, int watermark, boolean running) {
    return new PdfFixture.Habits(rotate, false, glyphs, tc, spaced, false, 0, watermark, running, false, 0, 1);
  }

  /** Tc of 0.25 em: the tracking between glyphs of a string is no gap (no 2 7 , 7 6 0 . 5 6, no split cell). */
  @Test
  void wideCharacterSpacingIsTracking() throws Exception {
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(BUDGET, only(0, 0, 250, 0, 0, false));
  }

  /** A large grey watermark at 35°, under or over the tables: its glyphs are slanted, not read (INFO). */
  @Test
  void aDiagonalWatermarkIsNotReadAsCells() throws Exception {
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(BUDGET, only(0, 0, 0, 0, 1, false));
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(BUDGET, only(0, 0, 0, 0, 2, false));
  }

  /** 第 N 页 共 M 页 printed with spaces at the foot of every page is the page number, not a table line. */
  @Test
  void pageOfPagesIsAPageNumber() throws Exception {
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(BUDGET, only(0, 0, 0, 0, 0, true));
  }

  /** Shrunk: each glyph kerned in one TJ array with Tc 0.25 em (one run), 合　计 spaced, a full grid, a watermark. */
  @Test
  void kernedArrayWithWideSpacing() throws Exception {
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(new NationalBudgetFixture.Shape(-2701254905L, 2024, false,
        2, false, true, true, false, true, false, false, 0, false, false, true,
        new NationalBudgetFixture.Extras(0, false, true, 0, false, true, true), null, BigDecimal.ZERO),
        new PdfFixture.Habits(0, false, 1, 250, 1, false, 1, 1, false, false, 0, 1));
  }

  /**
   * Shrunk: a 决算 on /Rotate 270 media, drawn numbers first and glyph by glyph with Tc 0.12 em (even gaps: no word
   * spaces), labels spaced out by Tc 1 em (栏　次), a watermark and running lines: national-final, read completely.
   */
  @Test
  void glyphByGlyphFinalOnTurnedMedia() throws Exception {
    p.anHonestFinalAccountPrintedAnyWayIsReadCompletelyAndPasses(new NationalFinalFixture.Shape(0, 2020, false, 1,
        false, false, false, true, false, true, true, false, true, false, null, BigDecimal.ZERO),
        new PdfFixture.Habits(2, true, 2, 120, 2, false, 0, 1, true, false, 0, 2));
  }

  /** Shrunk: 财政拨款收支总表's 201 changed by -1.37 on /Rotate 270 media, kerned, Tc 0.25 em: an ERROR there. */
  @Test
  void aChangedFigureOnTurnedKernedPagesIsAnError() throws Exception {
    p.aFigureChangedBeyondRoundingIsStillAnErrorAtItsCell(new NationalBudgetFixture.Shape(-404L, 2022, true, 1, false,
        false, false, false, true, false, false, 0, true, false, true,
        new NationalBudgetFixture.Extras(0, true, true, 0, true, true, false), null, BigDecimal.ZERO),
        new PdfFixture.Habits(2, false, 1, 250, 0, false, 1, 2, true, true, 0, -320329795240756349L), 99999, 137,
        false);
  }

  /**
   * Shrunk: a continued table's second page printed twice (/Rotate 90, drawn out of order, no rules, a
   * watermark): merged twice, its rows doubled under their 合计 and made false ERRORs; now a WARNING naming both
   * pages, the copy read once.
   */
  @Test
  void aContinuedPagePrintedTwiceIsReadOnce() throws Exception {
    p.aPagePrintedTwiceIsAWarningNamingBothPagesAndIsReadOnce(new NationalBudgetFixture.Shape(8308L, 2020, false, 3,
        false, true, true, false, false, true, true, 0, false, false, false,
        new NationalBudgetFixture.Extras(0, true, true, 0, false, false, true), null, BigDecimal.ZERO),
        new PdfFixture.Habits(1, true, 0, 0, 0, false, 2, 2, false, false, 0, 2), 8);
  }

  /**
   * Shrunk (h-seeds6, fails without PdfDocumentBuilder's same-table rule): 表 8's first page printed again after its
   * continuation (page 10 repeating page 8, /Rotate 270, headers turned, a watermark, running lines): read twice,
   * no word said; now a WARNING naming both pages, the copy read once.
   */
  @Test
  void aTablesFirstPagePrintedAgainAfterItsContinuationIsReadOnce() throws Exception {
    p.aTablesFirstPagePrintedAgainAfterItsContinuationIsReadOnce(new NationalBudgetFixture.Shape(3172L, 2021, true, 3,
        true, true, false, false, true, true, false, 0, true, false, true,
        new NationalBudgetFixture.Extras(1, true, true, 4, true, true, true), null, BigDecimal.ZERO),
        new PdfFixture.Habits(2, false, 1, 0, 2, true, 2, 2, true, true, 0, -68146L, 2), 2);
  }

  /**
   * Shrunk: the continued pages of two tables (支出 by function, 一般公共预算支出) print the same rows, three pages
   * apart: no page printed twice (it was taken for one when any earlier page counted, not only the one before).
   */
  @Test
  void twoTablesContinuedOverTheSameRowsAreNoDuplicate() throws Exception {
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(new NationalBudgetFixture.Shape(1263523896L, 2021, false,
        2, false, false, true, true, true, true, false, 0, true, false, true,
        new NationalBudgetFixture.Extras(0, true, true, 0, false, true, true), null, BigDecimal.ZERO),
        new PdfFixture.Habits(3, true, 2, 0, 2, false, 2, 2, true, true, 0, Long.MAX_VALUE));
  }

  /**
   * Shrunk: amounts drawn as two strings with a Tc of 0.25 em (2,004.4 + 1, the second where the first's advance
   * ended): the gap between the strings is the tracking, no word space (was 2,004.4 1, not read).
   */
  @Test
  void aNumberSplitInTwoStringsWithTrackingIsOneNumber() throws Exception {
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(new NationalBudgetFixture.Shape(0L, 2019, true, 0, true,
        true, true, true, true, true, true, 0, false, true, false,
        new NationalBudgetFixture.Extras(0, true, true, 2, false, false, false), null, BigDecimal.ZERO),
        new PdfFixture.Habits(0, true, 0, 250, 0, true, 1, 2, false, false, 0, 2839267352L));
  }

  /** Shrunk: the same with a figure changed (01|gpb by -4.34, on turned media): an ERROR at its cell. */
  @Test
  void aChangedSplitNumberIsAnErrorAtItsCell() throws Exception {
    p.aFigureChangedBeyondRoundingIsStillAnErrorAtItsCell(new NationalBudgetFixture.Shape(0L, 2019, true, 2, true,
        false, false, true, true, true, true, 0, true, true, true,
        new NationalBudgetFixture.Extras(0, false, false, 1, true, true, true), null, BigDecimal.ZERO),
        new PdfFixture.Habits(3, true, 0, 250, 1, true, 2, 1, true, false, 0, -1165290L), 0, 434, false);
  }

  /**
   * Shrunk: 行　次 spaced out with a full-width space (U+3000) in one string: one header cell, the 行次 column
   * (was 行 | 次, its row numbers read as amounts of no column); numbers drawn as two strings.
   */
  @Test
  void aLabelSpacedByAFullWidthSpaceIsOneCell() throws Exception {
    p.anHonestFinalAccountPrintedAnyWayIsReadCompletelyAndPasses(new NationalFinalFixture.Shape(0, 2020, true, 0,
        true, true, true, true, true, true, true, true, true, true, null, BigDecimal.ZERO),
        new PdfFixture.Habits(0, true, 0, 0, 1, true, 0, 0, true, true, 0, 0));
  }

  /**
   * Shrunk: a kerned array with Tc 0.25 em drawn as two strings (20. + 34, the second where the first's advance
   * and its kerning ended): the trailing character spacing belongs to the first string's advance (was 20. | 34).
   */
  @Test
  void trackingCarriesOverToTheNextString() throws Exception {
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(new NationalBudgetFixture.Shape(0L, 2019, true, 1, true,
        false, false, true, true, true, true, 0, true, true, true,
        new NationalBudgetFixture.Extras(0, true, true, 1, true, true, true), null, BigDecimal.ZERO),
        new PdfFixture.Habits(3, false, 1, 250, 2, true, 2, 1, false, false, 0, 2912977346L));
  }

  /** Shrunk: the same 行　次, each glyph and the full-width space drawn as strings of their own: one cell. */
  @Test
  void aLabelSpacedByAFullWidthSpaceGlyphByGlyphIsOneCell() throws Exception {
    p.anHonestFinalAccountPrintedAnyWayIsReadCompletelyAndPasses(new NationalFinalFixture.Shape(0, 2020, true, 0,
        true, true, true, true, true, true, true, true, true, true, null, BigDecimal.ZERO),
        new PdfFixture.Habits(0, true, 2, 0, 1, true, 0, 2, true, true, 0, 733011));
  }

  /** One page drawing {@code lines} along the page and {@code slanted} at 35° across it. */
  static byte[] slantedPage(String slanted) throws Exception {
    return turnedPage(slanted, 35);
  }

  /** A page of one upright line and {@code text} drawn at {@code degrees} to it. */
  static byte[] turnedPage(String text, int degrees) throws Exception {
    String slanted = text;
    // the collection stays open until the document is saved (the subset is embedded then), closed after it
    try (org.apache.fontbox.ttf.TrueTypeCollection collection = new org.apache.fontbox.ttf.TrueTypeCollection(
        PdfFixture.requireCjkFont().toFile());
        org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      java.util.List<org.apache.fontbox.ttf.TrueTypeFont> fonts = new java.util.ArrayList<>();
      collection.processAllFonts(fonts::add);
      org.apache.pdfbox.pdmodel.font.PDFont font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, fonts.get(0),
          true);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc,
          page)) {
        cs.beginText();
        cs.setFont(font, 12);
        cs.newLineAtOffset(72, 700);
        cs.showText("2023年部门预算编制说明");
        cs.endText();
        cs.beginText();
        cs.setFont(font, 40);
        double a = Math.toRadians(degrees);
        cs.setTextMatrix(new org.apache.pdfbox.util.Matrix((float) Math.cos(a), (float) Math.sin(a),
            (float) -Math.sin(a), (float) Math.cos(a), 120, 200));
        cs.showText(slanted);
        cs.endText();
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  static java.util.List<dev.yusuan.model.Diagnostic> slantedDiagnostics(String slanted) throws Exception {
    return new dev.yusuan.io.pdf.PdfReader().read(new java.io.ByteArrayInputStream(slantedPage(slanted)), "s.pdf")
        .diagnostics().stream().filter(d -> d.code().equals("pdf.slanted-text")).toList();
  }

  /**
   * Amounts drawn slanted are not read, so they are counted unread (the file is read partly and never passes);
   * a watermark's words or year are no amount: said, nothing counted.
   */
  @Test
  void amountsDrawnSlantedAreCountedUnread() throws Exception {
    java.util.List<dev.yusuan.model.Diagnostic> figures = slantedDiagnostics("合计 1,234.56 支出 78.90");
    org.assertj.core.api.Assertions.assertThat(figures).hasSize(1);
    org.assertj.core.api.Assertions.assertThat(figures.get(0).unreadAmounts()).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThat(figures.get(0).severity())
        .isEqualTo(dev.yusuan.model.Severity.WARNING);
    java.util.List<dev.yusuan.model.Diagnostic> words = slantedDiagnostics("2024年 内部资料 仅供参考");
    org.assertj.core.api.Assertions.assertThat(words).hasSize(1);
    org.assertj.core.api.Assertions.assertThat(words.get(0).unreadAmounts()).isZero();
  }

  /** How many glyphs of the printed pages are drawn with their baseline across the page (turned 90°). */
  private static int turnedGlyphs(byte[] pdf) throws Exception {
    int[] n = {0};
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
        @Override
        protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
          var m = t.getTextMatrix();
          if (Math.abs(m.getValue(0, 0)) < 0.01f * Math.abs(m.getValue(0, 1))) {
            n[0]++;
          }
        }
      };
      stripper.getText(doc);
    }
    return n[0];
  }

  /**
   * Header cells printed turned 90° (bottom-to-top, top-to-bottom, either cell by cell) where they stay clear of
   * other text (合计 over three header rows, 人员经费): assembled into vertical strings, each the text of its cell;
   * the budget is read completely and passes. The printed pages do draw text turned.
   */
  @Test
  void headerCellsTurnedEitherWayAreReadAsTheirCells() throws Exception {
    for (int turned = 1; turned <= 3; turned++) {
      PdfFixture.Habits h = only(0, 0, 0, 0, 0, false).withTurned(turned);
      org.assertj.core.api.Assertions.assertThat(turnedGlyphs(new NationalBudgetFixture(BUDGET).write(
          PdfFixture.requireCjkFont(), h))).as("turned " + turned).isPositive();
      p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(BUDGET, h);
    }
  }

  /** The same on media turned by /Rotate 90 through the text matrix: the page's upright text is itself turned. */
  @Test
  void headerCellsTurnedOnTurnedMedia() throws Exception {
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(BUDGET, only(3, 0, 0, 0, 0, false).withTurned(3));
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(BUDGET, only(1, 0, 0, 0, 0, false).withTurned(1));
  }

  /** Short labels spaced out by position alone (合    计, 项    目: one string a glyph, 1–3 em apart). */
  @Test
  void labelsSpacedByPositionAloneAreJoined() throws Exception {
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(BUDGET, only(0, 0, 0, 3, 0, false));
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(BUDGET, only(3, 0, 0, 3, 0, false));
  }

  /**
   * Shrunk: labels spaced by position alone on /Rotate 270 media, drawn out of order, Tc 0.12 em elsewhere: the
   * header 公务用车购置费 wrapped, its second line 购　置　费 spaced so, was read as 购 | 置 | 费 (the column header
   * 公务用车购置及运行费/费, an amount not mapped): a header word of a built-in layout is a known label.
   */
  @Test
  void aWrappedHeaderSpacedByPositionIsOneHeader() throws Exception {
    p.anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(new NationalBudgetFixture.Shape(0, 2019, true, 0, true,
        true, true, false, true, true, true, 0, false, true, true,
        new NationalBudgetFixture.Extras(0, true, true, 0, true, true, true), null, BigDecimal.ZERO),
        new PdfFixture.Habits(2, true, 0, 120, 3, false, 2, 1, true, true, 0, 97));
  }

  /** Shrunk: a 决算 with 栏次 and 行次, labels spaced by position, header cells turned bottom-to-top. */
  @Test
  void aFinalWithTurnedHeadersAndLabelsSpacedByPosition() throws Exception {
    p.anHonestFinalAccountPrintedAnyWayIsReadCompletelyAndPasses(new NationalFinalFixture.Shape(0, 2020, true, 0,
        true, true, true, true, true, true, true, true, true, true, null, BigDecimal.ZERO),
        new PdfFixture.Habits(0, true, 0, 0, 3, true, 0, 0, true, true, 0, 0, 1));
  }

  /** Shrunk: page 3 printed twice, glyph by glyph, labels spaced by position, headers turned: read once. */
  @Test
  void aPagePrintedTwiceWithTurnedHeadersIsReadOnce() throws Exception {
    p.aPagePrintedTwiceIsAWarningNamingBothPagesAndIsReadOnce(new NationalBudgetFixture.Shape(0, 2019, true, 0,
        false, true, false, true, true, true, true, 0, false, true, false,
        new NationalBudgetFixture.Extras(0, true, true, 0, true, true, true), null, BigDecimal.ZERO),
        new PdfFixture.Habits(0, false, 2, 40, 3, false, 1, 1, false, true, 0, -3788, 1), 3);
  }

  /**
   * A figure drawn turned 90° is not placed (where it belongs is not certain enough for a fact): a WARNING,
   * pdf.turned-figure, its amounts counted unread (read partly); turned words are read, nothing said.
   */
  @Test
  void figuresDrawnTurnedAreCountedUnread() throws Exception {
    for (int degrees : new int[] {90, 270}) {
      var d = new PdfReader().read(new java.io.ByteArrayInputStream(turnedPage("1,234.56", degrees)), "t.pdf");
      var turned = d.diagnostics().stream().filter(g -> g.code().equals("pdf.turned-figure")).toList();
      org.assertj.core.api.Assertions.assertThat(turned).as("" + degrees).hasSize(1);
      org.assertj.core.api.Assertions.assertThat(turned.get(0).unreadAmounts()).isEqualTo(1);
      org.assertj.core.api.Assertions.assertThat(turned.get(0).severity())
          .isEqualTo(dev.yusuan.model.Severity.WARNING);
      var words = new PdfReader().read(new java.io.ByteArrayInputStream(turnedPage("人员经费", degrees)), "t.pdf");
      org.assertj.core.api.Assertions.assertThat(words.diagnostics())
          .noneMatch(g -> g.code().equals("pdf.turned-figure"));
    }
  }

  /**
   * Shrunk (h-vert's run; failing on main too): page 12, which prints no figure, printed twice: the reader tells only
   * a page with figures printed twice, the property expected a WARNING for any page; now at most that WARNING for a
   * page printing no table figure.
   */
  @Test
  void aPagePrintedTwiceWithRunningLinesIsFound() throws Exception {
    p.aPagePrintedTwiceIsAWarningNamingBothPagesAndIsReadOnce(new NationalBudgetFixture.Shape(0, 2019, true, 0,
        false, true, true, true, true, true, false, 0, true, true, true,
        new NationalBudgetFixture.Extras(0, true, true, 0, true, true, true), null, BigDecimal.ZERO),
        new PdfFixture.Habits(0, true, 0, 0, 0, true, 0, 0, true, true, 0, 0), 12);
  }

  /** Shrunk (h-vert's run): page 1, no table figure but a figure to the reader, printed twice: the WARNING is allowed. */
  @Test
  void aFirstPagePrintedTwiceWithoutTableFigures() throws Exception {
    p.aPagePrintedTwiceIsAWarningNamingBothPagesAndIsReadOnce(new NationalBudgetFixture.Shape(0, 2019, true, 0,
        true, true, true, true, true, true, true, 0, true, true, false,
        new NationalBudgetFixture.Extras(0, false, false, 0, true, true, true), null, BigDecimal.ZERO),
        new PdfFixture.Habits(0, true, 0, 0, 0, true, 0, 0, true, true, 0, 0), 13);
  }
}
