package dev.yusuan.io.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes small disclosure PDFs for tests with PDFBox: titles, captions, unit lines, ruled tables with
 * multi-level headers, wrapped cells (text with {@code \n}, vertically centred), numbers right-aligned,
 * page numbers. Needs a CJK font (fonts-wqy-microhei or Noto CJK; CI installs fonts-wqy-microhei).
 */
final class PdfFixture implements AutoCloseable {
  private static final String[] FONTS = {
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
  };

  /** A CJK font file on this machine, if any. */
  /**
   * The CJK font the generated PDFs are drawn with. Skips the calling test when none is installed,
   * except under CI (env {@code CI} set), where a missing font fails: {@code .ci/run} installs one, so
   * its absence must not turn into a silent green run.
   */
  /** A one-page disclosure with one small classification table (合计 300.00 = 201 300.00), in 元. */
  static byte[] oneTable() throws IOException {
    try (PdfFixture f = new PdfFixture(requireCjkFont())) {
      f.oneTablePage();
      return f.bytes();
    }
  }

  /** The page of {@link #oneTable()}, drawn into this fixture (other pages may follow). */
  PdfFixture oneTablePage() throws IOException {
    page();
    float y = heading(50, "表1", "2024年部门收入预算总表", "元");
    Table t = table(y, new float[] {40, 140, 400, 600}, false, false, true);
    t.header(0, 0, "科目编码", 1, 1, "科目名称", 2, 2, "合计");
    t.row(null, "合计", "300.00");
    t.row("201", "一般公共服务支出", "300.00");
    return this;
  }

  static Path requireCjkFont() {
    Optional<Path> f = cjkFont();
    if (f.isEmpty() && System.getenv("CI") != null) {
      throw new AssertionError("no CJK font under CI: .ci/run should have installed fonts-wqy-microhei");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(f.isPresent(), "no CJK font: install fonts-wqy-microhei");
    return f.get();
  }

  static Optional<Path> cjkFont() {
    for (String f : FONTS) {
      Path p = Path.of(f);
      if (Files.isReadable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private final PDDocument doc = new PDDocument();
  private final TrueTypeCollection collection;
  private final PDFont font;
  private PDPageContentStream cs;
  private float height;
  private int pages;

  PdfFixture(Path fontFile) throws IOException {
    collection = new TrueTypeCollection(fontFile.toFile());
    List<TrueTypeFont> fonts = new ArrayList<>();
    collection.processAllFonts(fonts::add);
    font = PDType0Font.load(doc, fonts.get(0), true);
  }

  /** Starts an A4 landscape page (closing the previous one with its page number). */
  PdfFixture page() throws IOException {
    finishPage();
    PDPage p = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
    doc.addPage(p);
    height = p.getMediaBox().getHeight();
    cs = new PDPageContentStream(doc, p);
    pages++;
    return this;
  }

  private void finishPage() throws IOException {
    if (cs != null) {
      center(421, 570, 9, "- " + pages + " -");
      cs.close();
      cs = null;
    }
  }

  /** Text with its left edge at x and its baseline y points below the top. */
  PdfFixture text(float x, float y, float size, String s) throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, height - y);
    cs.showText(s);
    cs.endText();
    return this;
  }

  /** Whether the font can draw {@code s}. */
  boolean canDraw(String s) {
    try {
      font.encode(s);
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  /** Ends the page without a page number and without text (a scanned page has none either). */
  PdfFixture blankPage() throws IOException {
    finishPage();
    PDPage p = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
    doc.addPage(p);
    pages++;
    return this;
  }

  float width(String s, float size) throws IOException {
    return font.getStringWidth(s) / 1000 * size;
  }

  PdfFixture right(float x, float y, float size, String s) throws IOException {
    return text(x - width(s, size), y, size, s);
  }

  PdfFixture center(float x, float y, float size, String s) throws IOException {
    return text(x - width(s, size) / 2, y, size, s);
  }

  void line(float x0, float y0, float x1, float y1) throws IOException {
    cs.setLineWidth(0.5f);
    cs.moveTo(x0, height - y0);
    cs.lineTo(x1, height - y1);
    cs.stroke();
  }

  /** Caption, title and the 单位 line of a table; returns the y below them. */
  float heading(float y, String caption, String title, String unit) throws IOException {
    return heading(y, caption, title, unit, "上海市某区某局");
  }

  /** Caption, title and the 部门/单位 line of a table naming {@code department}. */
  float heading(float y, String caption, String title, String unit, String department)
      throws IOException {
    if (caption != null) {
      text(40, y, 10, caption);
      y += 22;
    }
    center(421, y, 16, title);
    y += 20;
    text(40, y, 9, "部门：" + department);
    right(800, y, 9, "单位：" + unit);
    return y + 14;
  }

  /**
   * A table region. {@code edges} are the column borders (n+1 values); {@code numeric} says which
   * columns are right-aligned.
   */
  final class Table {
    final float[] edges;
    final boolean[] numeric;
    float y;
    final float size = 9;
    final float pitch = 18;

    Table(float y, float[] edges, boolean... numeric) throws IOException {
      this.edges = edges;
      this.numeric = numeric;
      this.y = y;
      line(edges[0], y, edges[edges.length - 1], y);
    }

    /** A header line: each cell spans [from, to] columns (inclusive), text centred. */
    Table header(Object... spans) throws IOException {
      for (int i = 0; i < spans.length; i += 3) {
        int from = (Integer) spans[i];
        int to = (Integer) spans[i + 1];
        String s = (String) spans[i + 2];
        float xc = (edges[from] + edges[to + 1]) / 2;
        String[] lines = s.split("\n");
        for (int k = 0; k < lines.length; k++) {
          center(xc, y + 12 + (k - (lines.length - 1) / 2f) * 10, size, lines[k]);
        }
      }
      y += pitch;
      line(edges[0], y, edges[edges.length - 1], y);
      return this;
    }

    /**
     * A header of {@code rows} lines; each cell is (fromCol, toCol, fromRow, toRow, text), its text
     * centred in the block it spans.
     */
    Table headerGrid(int rows, Object... cells) throws IOException {
      for (int i = 0; i < cells.length; i += 5) {
        int c0 = (Integer) cells[i];
        int c1 = (Integer) cells[i + 1];
        int r0 = (Integer) cells[i + 2];
        int r1 = (Integer) cells[i + 3];
        String s = (String) cells[i + 4];
        float xc = (edges[c0] + edges[c1 + 1]) / 2;
        float yc = y + (r0 + r1 + 1) / 2f * pitch + 3;
        String[] lines = s.split("\n");
        for (int k = 0; k < lines.length; k++) {
          center(xc, yc + (k - (lines.length - 1) / 2f) * 10, size, lines[k]);
        }
      }
      y += rows * pitch;
      line(edges[0], y, edges[edges.length - 1], y);
      return this;
    }

    /**
     * The four-line header of a 决算 “三公” table over 12 columns: 预算数 and 决算数, each 合计 | 因公出国(境)费 |
     * 公务用车购置及运行费 (小计 | 购置费 | 运行费) | 公务接待费; {@code outbound} as printed (wrapped with \n).
     */
    Table threePublicFinalHeader(String outbound) throws IOException {
      List<Object> cells = new ArrayList<>(List.of(0, 5, 0, 0, "预算数", 6, 11, 0, 0, "决算数"));
      for (int g = 0; g < 12; g += 6) {
        cells.addAll(List.of(g, g, 1, 3, "合计", g + 1, g + 1, 1, 3, outbound, g + 2, g + 4, 1, 1, "公务用车购置及运行费",
            g + 2, g + 2, 2, 3, "小计", g + 3, g + 3, 2, 3, "公务用车\n购置费", g + 4, g + 4, 2, 3, "公务用车\n运行费",
            g + 5, g + 5, 1, 3, "公务接待费"));
      }
      return headerGrid(4, cells.toArray());
    }

    /** A body row; {@code \n} in a cell wraps it (lines centred on the row), null = blank. */
    Table row(String... cells) throws IOException {
      int wrap = 1;
      for (String c : cells) {
        if (c != null) {
          wrap = Math.max(wrap, c.split("\n").length);
        }
      }
      float h = pitch + (wrap - 1) * 10;
      float mid = y + h / 2 + 3;
      for (int c = 0; c < cells.length; c++) {
        if (cells[c] == null) {
          continue;
        }
        String[] lines = cells[c].split("\n");
        for (int k = 0; k < lines.length; k++) {
          float ly = mid + (k - (lines.length - 1) / 2f) * 10;
          if (numeric[c]) {
            right(edges[c + 1] - 3, ly, size, lines[k]);
          } else {
            text(edges[c] + 3, ly, size, lines[k]);
          }
        }
      }
      y += h;
      line(edges[0], y, edges[edges.length - 1], y);
      return this;
    }

    float bottom() {
      return y;
    }
  }

  Table table(float y, float[] edges, boolean... numeric) throws IOException {
    return new Table(y, edges, numeric);
  }

  byte[] bytes() throws IOException {
    finishPage();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    doc.close();
    collection.close();
  }
}
