package dev.yusuan.io.pdf.internal;

import dev.yusuan.io.tables.internal.PageText;
import dev.yusuan.io.tables.internal.TextLine;
import dev.yusuan.model.Names;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the positioned glyphs of every page with PDFBox's text engine, then groups them into lines
 * and segments ({@link LineBuilder}). Glyph text is normalised with {@link Names#normalize} (CJK
 * radical supplement code points to ideographs, full-width and compatibility forms folded); glyphs
 * drawn twice at the same place (simulated bold) are kept once.
 */
public final class GlyphCollector extends PDFTextStripper {
  private final List<PageText> pages = new ArrayList<>();
  private List<Glyph> current = new ArrayList<>();
  private int lineCounter;
  private float pageWidth;
  private float pageHeight;
  /** Glyphs the page's content shows, and how many of them reached {@link #processTextPosition}. */
  private int shown;
  private int positions;

  private GlyphCollector() {
    super();
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(false);
  }

  /** Extracts every page of {@code document}; {@code firstLine} is the index the first line gets. */
  public static List<PageText> collect(PDDocument document, int firstLine) throws IOException {
    GlyphCollector c = new GlyphCollector();
    c.lineCounter = firstLine;
    c.writeText(document, new StringWriter());
    // pages without a content stream never reach startPage/endPage: they hold no text
    List<PageText> all = new ArrayList<>();
    int k = 0;
    for (int no = 1; no <= document.getNumberOfPages(); no++) {
      if (k < c.pages.size() && c.pages.get(k).page() == no) {
        all.add(c.pages.get(k++));
      } else {
        PDRectangle box = document.getPage(no - 1).getCropBox();
        all.add(new PageText(no, box.getWidth(), box.getHeight(), List.of(), 0, 0));
      }
    }
    return all;
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    current = new ArrayList<>();
    shown = 0;
    positions = 0;
    PDRectangle box = page.getCropBox();
    boolean rotated = page.getRotation() % 180 != 0;
    pageWidth = rotated ? box.getHeight() : box.getWidth();
    pageHeight = rotated ? box.getWidth() : box.getHeight();
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
      throws IOException {
    shown++; // PDFBox drops a composite font's glyph that maps to no Unicode before processTextPosition
    super.showGlyph(textRenderingMatrix, font, code, displacement);
  }

  @Override
  protected void processTextPosition(TextPosition t) {
    positions++;
    String u = t.getUnicode();
    if (u == null || u.isEmpty()) {
      return;
    }
    String text = u.length() == 1 && u.charAt(0) < 0x80 ? u : fold(u);
    float x0 = t.getXDirAdj();
    float w = t.getWidthDirAdj();
    float y = t.getYDirAdj();
    float size = t.getFontSizeInPt();
    if (size <= 0) {
      size = t.getHeightDir();
    }
    int n = current.size();
    for (int i = n - 1; i >= 0 && i >= n - 4; i--) {
      Glyph g = current.get(i);
      if (g.text().equals(text) && Math.abs(g.x0() - x0) < 1f && Math.abs(g.baseline() - y) < 1f) {
        return; // drawn twice (simulated bold)
      }
    }
    current.add(new Glyph(text, x0, x0 + w, y, t.getHeightDir(), size));
  }

  /** A glyph's text as the reader sees it (radicals to ideographs, NFKC folding). */
  public static String fold(String u) {
    if (u.isBlank()) {
      return " ";
    }
    String n = Names.normalize(u);
    return n.isEmpty() ? " " : n;
  }

  @Override
  protected void endPage(PDPage page) throws IOException {
    int no = getCurrentPageNo();
    List<TextLine> lines = LineBuilder.lines(current, no, lineCounter);
    lineCounter += lines.size();
    pages.add(new PageText(no, pageWidth, pageHeight, lines, current.size(), shown - positions));
  }

  @Override
  protected void writePage() {
    // lines are built in endPage from the collected glyphs
  }
}
