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
    this(fontFile, null);
  }

  /**
   * A fixture printing with a producer's {@code habits}: what it is told to draw is recorded page by page and
   * printed by {@link HabitPrinter} when the document is saved; null draws at once, as always.
   */
  PdfFixture(Path fontFile, Habits habits) throws IOException {
    collection = new TrueTypeCollection(fontFile.toFile());
    List<TrueTypeFont> fonts = new ArrayList<>();
    collection.processAllFonts(fonts::add);
    font = PDType0Font.load(doc, fonts.get(0), true);
    this.habits = habits;
  }

  /**
   * How a producer prints a page, each a general habit of real PDFs (Word, WPS, Excel exports, budget
   * systems, printers), applied to what the fixture draws:
   *
   * @param rotate 0 upright; 1 portrait media with /Rotate 90 and a {@code cm} turning the landscape content
   *     so the page shows upright; 2 the same with /Rotate 270; 3 /Rotate 90 with every text drawn through a
   *     rotated text matrix (and the rules turned by hand)
   * @param shuffled content-stream order is not reading order: the body's numbers first, column by column,
   *     rows bottom-up, then the labels bottom-up, other text, the header last
   * @param glyphs 0 one string per text; 1 a {@code TJ} array kerning every glyph; 2 one {@code Tj} per glyph
   *     each positioned on its own
   * @param charSpacing {@code Tc} in thousandths of the font size (0 to 250)
   * @param spacedLabels cells of two or three 汉字 only spaced out: 0 not; 1 with U+3000 between them (合　计);
   *     2 by a character spacing of one em (合 计 with no space glyph); 3 by position alone (Word's distributed
   *     alignment: one string a glyph, gaps of 1 to 3 em as the cell has room, no space glyph, no {@code Tc})
   * @param splitNumbers amounts of four or more characters drawn as two strings ({@code 1,2} + {@code 34.56})
   * @param rules 0 horizontal rules only (as the fixture draws); 1 a full grid; 2 no rule at all
   * @param watermark 0 none; 1 a large grey diagonal watermark under the content; 2 over it
   * @param running a running header (organisation, date) and 第 N 页 共 M 页 on every page
   * @param stamp a round stamp image over the page's table
   * @param duplicate the page (1-based, modulo the page count) printed twice; 0 none
   * @param seed what the habits choose among (kerning, stamp position)
   * @param turned header cells of 汉字 only whose text turned 90° stays clear of every other text and rule (a tall
   *     cell) print it so: 0 not; 1 read bottom-to-top (turned anticlockwise); 2 top-to-bottom; 3 either, cell by
   *     cell
   */
  record Habits(int rotate, boolean shuffled, int glyphs, int charSpacing, int spacedLabels, boolean splitNumbers,
      int rules, int watermark, boolean running, boolean stamp, int duplicate, long seed, int turned) {
    static final Habits NONE = new Habits(0, false, 0, 0, 0, false, 0, 0, false, false, 0, 0);

    Habits(int rotate, boolean shuffled, int glyphs, int charSpacing, int spacedLabels, boolean splitNumbers,
        int rules, int watermark, boolean running, boolean stamp, int duplicate, long seed) {
      this(rotate, shuffled, glyphs, charSpacing, spacedLabels, splitNumbers, rules, watermark, running, stamp,
          duplicate, seed, 0);
    }

    Habits withDuplicate(int page) {
      return new Habits(rotate, shuffled, glyphs, charSpacing, spacedLabels, splitNumbers, rules, watermark, running,
          stamp, page, seed, turned);
    }

    Habits withTurned(int turned) {
      return new Habits(rotate, shuffled, glyphs, charSpacing, spacedLabels, splitNumbers, rules, watermark, running,
          stamp, duplicate, seed, turned);
    }
  }

  /**
   * A text the fixture was told to draw: anchor x ({@code align} L left, R right, C centre), y from the top, the
   * width its cell has room for (a producer keeps a cell's text inside it).
   */
  record Draw(float x, float y, float size, String text, char align, int role, float room) {
    Draw(float x, float y, float size, String text, char align, int role) {
      this(x, y, size, text, align, role, Float.MAX_VALUE);
    }
  }

  /** A rule (y from the top). */
  record Rule(float x0, float y0, float x1, float y1) {}

  /** What one page was told to draw, in order. */
  static final class PageRecord {
    final List<Draw> draws = new ArrayList<>();
    final List<Rule> rules = new ArrayList<>();
    /** Each table's column edges with the y of the rules drawn across it (a full grid joins them). */
    final List<float[]> edges = new ArrayList<>();
    final List<List<Float>> across = new ArrayList<>();
    boolean numbered;
  }

  /** Role of a text: 0 other (title, caption, unit, page number), 1 a header cell, 2 a body cell. */
  static final int OTHER = 0;
  static final int HEADER = 1;
  static final int BODY = 2;

  private final Habits habits;
  final List<PageRecord> records = new ArrayList<>();
  private int role = OTHER;
  private float room = Float.MAX_VALUE;
  private char align = 'L';
  private float anchor;

  /** Starts an A4 landscape page (closing the previous one with its page number). */
  PdfFixture page() throws IOException {
    finishPage();
    if (habits != null) {
      records.add(new PageRecord());
      height = PDRectangle.A4.getWidth();
      pages++;
      return this;
    }
    PDPage p = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
    doc.addPage(p);
    height = p.getMediaBox().getHeight();
    cs = new PDPageContentStream(doc, p);
    pages++;
    return this;
  }

  private void finishPage() throws IOException {
    if (habits != null) {
      if (!records.isEmpty() && !records.get(records.size() - 1).numbered) {
        PageRecord r = records.get(records.size() - 1);
        r.numbered = true;
        center(421, 570, 9, "- " + pages + " -");
      }
      return;
    }
    if (cs != null) {
      center(421, 570, 9, "- " + pages + " -");
      cs.close();
      cs = null;
    }
  }

  /** Text with its left edge at x and its baseline y points below the top. */
  PdfFixture text(float x, float y, float size, String s) throws IOException {
    if (habits != null) {
      char a = align;
      align = 'L';
      records.get(records.size() - 1).draws.add(new Draw(a == 'L' ? x : anchor, y, size, s, a, role, room));
      return this;
    }
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
    if (habits != null) {
      PageRecord r = new PageRecord();
      r.numbered = true;
      records.add(r);
      pages++;
      return this;
    }
    PDPage p = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
    doc.addPage(p);
    pages++;
    return this;
  }

  float width(String s, float size) throws IOException {
    return font.getStringWidth(s) / 1000 * size;
  }

  PdfFixture right(float x, float y, float size, String s) throws IOException {
    align = 'R';
    anchor = x;
    return text(x - width(s, size), y, size, s);
  }

  PdfFixture center(float x, float y, float size, String s) throws IOException {
    align = 'C';
    anchor = x;
    return text(x - width(s, size) / 2, y, size, s);
  }

  void line(float x0, float y0, float x1, float y1) throws IOException {
    if (habits != null) {
      records.get(records.size() - 1).rules.add(new Rule(x0, y0, x1, y1));
      return;
    }
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
      if (habits != null) {
        PageRecord r = records.get(records.size() - 1);
        r.edges.add(edges);
        r.across.add(new ArrayList<>(List.of(y)));
      }
    }

    /** Records the rule just drawn across the table at {@code y} (a full grid joins them with verticals). */
    private void across() {
      if (habits != null) {
        PageRecord r = records.get(records.size() - 1);
        int i = r.edges.lastIndexOf(edges);
        if (i >= 0) {
          r.across.get(i).add(y);
        }
      }
    }

    /** A header line: each cell spans [from, to] columns (inclusive), text centred. */
    Table header(Object... spans) throws IOException {
      role = HEADER;
      for (int i = 0; i < spans.length; i += 3) {
        int from = (Integer) spans[i];
        int to = (Integer) spans[i + 1];
        String s = (String) spans[i + 2];
        float xc = (edges[from] + edges[to + 1]) / 2;
        room = edges[to + 1] - edges[from] - 6;
        String[] lines = s.split("\n");
        for (int k = 0; k < lines.length; k++) {
          center(xc, y + 12 + (k - (lines.length - 1) / 2f) * 10, size, lines[k]);
        }
      }
      y += pitch;
      role = OTHER;
      room = Float.MAX_VALUE;
      line(edges[0], y, edges[edges.length - 1], y);
      across();
      return this;
    }

    /**
     * A header of {@code rows} lines; each cell is (fromCol, toCol, fromRow, toRow, text), its text
     * centred in the block it spans.
     */
    Table headerGrid(int rows, Object... cells) throws IOException {
      role = HEADER;
      for (int i = 0; i < cells.length; i += 5) {
        int c0 = (Integer) cells[i];
        int c1 = (Integer) cells[i + 1];
        int r0 = (Integer) cells[i + 2];
        int r1 = (Integer) cells[i + 3];
        String s = (String) cells[i + 4];
        float xc = (edges[c0] + edges[c1 + 1]) / 2;
        room = edges[c1 + 1] - edges[c0] - 6;
        float yc = y + (r0 + r1 + 1) / 2f * pitch + 3;
        String[] lines = s.split("\n");
        for (int k = 0; k < lines.length; k++) {
          center(xc, yc + (k - (lines.length - 1) / 2f) * 10, size, lines[k]);
        }
      }
      y += rows * pitch;
      role = OTHER;
      room = Float.MAX_VALUE;
      line(edges[0], y, edges[edges.length - 1], y);
      across();
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
      role = BODY;
      for (int c = 0; c < cells.length; c++) {
        if (cells[c] == null) {
          continue;
        }
        String[] lines = cells[c].split("\n");
        room = edges[c + 1] - edges[c] - 6;
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
      role = OTHER;
      room = Float.MAX_VALUE;
      line(edges[0], y, edges[edges.length - 1], y);
      across();
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
    if (habits != null) {
      new HabitPrinter(doc, font, habits).print(records);
    }
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
