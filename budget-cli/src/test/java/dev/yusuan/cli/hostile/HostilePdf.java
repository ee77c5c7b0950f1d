package dev.yusuan.cli.hostile;

import dev.yusuan.cli.hostile.KeqiaoBlocks.Block;
import dev.yusuan.cli.hostile.KeqiaoBlocks.Heading;
import dev.yusuan.cli.hostile.KeqiaoBlocks.Paragraph;
import dev.yusuan.cli.hostile.KeqiaoBlocks.Table;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFs made to hurt at the level of their structure, drawn with PDFBox: the Keqiao disclosure's tables
 * (a cover, then each table on landscape pages, amounts right-aligned in their columns) with one hostile
 * structure — pages turned by {@code /Rotate} 90, 180 or 270 (drawn upright or left sideways), a
 * MediaBox of 1 × 1 pt or 200 × 200 inches, amounts at negative coordinates or outside the page, glyphs
 * of 0 or 500 pt, every text drawn twice a fraction of a point apart (fake bold), a scanned image with
 * an invisible text layer (render mode 3) or invisible amounts over a page, hundreds of pages, a page of
 * up to 10⁵ glyphs, a content stream that ends in the middle of an operator. Needs a CJK font
 * (fonts-wqy-microhei).
 */
final class HostilePdf {
  enum Kind { NONE, ROTATED_UPRIGHT, ROTATED_SIDEWAYS, TINY_BOX, HUGE_BOX, OUTSIDE_THE_PAGE, SIZE_ZERO, SIZE_500,
    FAKE_BOLD, INVISIBLE_OVER_IMAGE, INVISIBLE_AMOUNTS, MANY_PAGES, MANY_GLYPHS, CUT_CONTENT }

  /** One hostile PDF: the kind, which table's page, and how much (an angle, a count, an offset). */
  record Case(Kind kind, int table, int size) {
    @Override
    public String toString() {
      return kind + "(table " + table + ", size " + size + ")";
    }
  }

  private static final String[] FONTS = {"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"};
  private static final float W = 842;
  private static final float H = 595;

  /** A CJK font file on this machine, if any. */
  static Optional<Path> font() {
    for (String f : FONTS) {
      if (Files.isReadable(Path.of(f))) {
        return Optional.of(Path.of(f));
      }
    }
    return Optional.empty();
  }

  private final Case c;
  private final PDDocument doc = new PDDocument();
  private final PDFont font;
  private PDPageContentStream cs;
  private boolean hostilePage;
  private int pages;

  private HostilePdf(Case c, Path fontFile) throws IOException {
    this.c = c;
    TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
    List<TrueTypeFont> fonts = new ArrayList<>();
    collection.processAllFonts(fonts::add);
    font = PDType0Font.load(doc, fonts.get(0), true);
  }

  static byte[] pdf(Case c, Path fontFile) {
    try {
      HostilePdf p = new HostilePdf(c, fontFile);
      try (PDDocument d = p.doc) {
        p.draw();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        d.save(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void draw() throws IOException {
    List<Table> tables = KeqiaoBlocks.tables().stream().filter(t -> !performanceTargets(t)).toList();
    int hostile = Math.floorMod(c.table(), tables.size());
    List<String> before = new ArrayList<>();
    List<String> cover = new ArrayList<>();
    int t = 0;
    for (Block block : KeqiaoBlocks.BLOCKS) {
      if (block instanceof Heading h) {
        before.clear();
        before.add(h.text());
      } else if (block instanceof Paragraph p) {
        if (cover.size() < 2) {
          cover.add(p.text());
        }
        before.add(p.text());
      } else if (block instanceof Table table && !performanceTargets(table)) {
        if (t == 0) {
          page(false);
          float y = 200;
          for (String line : cover) {
            text(line, 300, y, 20);
            y += 40;
          }
        }
        table(before.subList(Math.max(0, before.size() - 3), before.size()), table, t++ == hostile);
        before.clear();
      }
    }
    if (c.kind() == Kind.MANY_PAGES) {
      for (int i = 0; i < c.size() % 400; i++) {
        page(false);
        text("附页 " + (i + 1), 60, 60, 9);
      }
    }
    finish();
  }

  /** A table of performance targets (绩效目标, text in narrow columns): not drawn, it is not what is tested. */
  static boolean performanceTargets(Table table) {
    return table.rows().stream().flatMap(List::stream).anyMatch(c -> c.contains("指标"));
  }

  private void table(List<String> heading, Table table, boolean hurt) throws IOException {
    page(hurt);
    float y = 50;
    for (String line : heading) {
      text(line, 60, y, 10);
      y += 18;
    }
    float colW = (W - 80) / Math.max(1, table.columns());
    List<float[]> amounts = new ArrayList<>();
    for (List<String> row : table.rows()) {
      if (y > H - 40) {
        page(hurt);
        y = 50;
      }
      for (int k = 0; k < row.size(); k++) {
        String v = row.get(k).strip();
        if (v.isEmpty()) {
          continue;
        }
        float x0 = 40 + k * colW;
        if (KeqiaoBlocks.amount(v)) {
          float w = font.getStringWidth(v) / 1000 * 9;
          text(v, x0 + colW - 3 - w, y, 9);
          amounts.add(new float[] {x0 + colW - 3 - w, y});
        } else {
          String s = v;
          while (s.length() > 1 && font.getStringWidth(s) / 1000 * 9 > colW - 4) {
            s = s.substring(0, s.length() - 1);
          }
          text(s, x0 + 3, y, 9);
        }
      }
      y += 16;
    }
    if (hurt) {
      extra(amounts);
    }
  }

  /** What the hostile kinds add to the hostile table's last page. */
  private void extra(List<float[]> amounts) throws IOException {
    switch (c.kind()) {
      case OUTSIDE_THE_PAGE -> {
        text("7777.77", -300, 100, 9);
        text("6666.66", 100, -200, 9);
        text("5555.55", W + 300, 100, 9);
        text("4444.44", 100, H + 300, 9);
      }
      case SIZE_ZERO -> text("9999.99", 400, 300, 0);
      case SIZE_500 -> text("8", 200, 500, 500);
      case INVISIBLE_AMOUNTS -> {
        cs.setRenderingMode(RenderingMode.NEITHER);
        for (float[] a : amounts) {
          text("3333.33", a[0], a[1] + 4, 9);
        }
        cs.setRenderingMode(RenderingMode.FILL);
      }
      case MANY_GLYPHS -> {
        page(true); // a page of its own
        int n = Math.min(c.size(), 1000) * 100;
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < n; i++) {
          line.append((char) ('0' + i % 10));
          if (line.length() == 400 || i == n - 1) {
            text(line.toString(), 20, 20 + (i / 400) % 280 * 2, 2);
            line.setLength(0);
          }
        }
      }
      default -> { }
    }
  }

  private void page(boolean hurt) throws IOException {
    finish();
    hostilePage = hurt;
    int angle = 90 * (1 + Math.floorMod(c.size(), 3));
    boolean turned = hurt && (c.kind() == Kind.ROTATED_UPRIGHT || c.kind() == Kind.ROTATED_SIDEWAYS);
    PDRectangle box = new PDRectangle(W, H);
    if (hurt && c.kind() == Kind.TINY_BOX) {
      box = new PDRectangle(1, 1);
    } else if (hurt && c.kind() == Kind.HUGE_BOX) {
      box = new PDRectangle(14_400, 14_400);
    } else if (turned && c.kind() == Kind.ROTATED_UPRIGHT && angle != 180) {
      box = new PDRectangle(H, W);
    }
    PDPage p = new PDPage(box);
    doc.addPage(p);
    pages++;
    cs = new PDPageContentStream(doc, p);
    if (turned) {
      p.setRotation(angle);
      if (c.kind() == Kind.ROTATED_UPRIGHT) {
        // drawn so that the turned page shows the table upright
        cs.transform(switch (angle) {
          case 90 -> new Matrix(0, 1, -1, 0, H, 0);
          case 180 -> new Matrix(-1, 0, 0, -1, W, H);
          default -> new Matrix(0, -1, 1, 0, 0, W);
        });
      }
    }
    if (hurt && c.kind() == Kind.HUGE_BOX) {
      cs.transform(Matrix.getTranslateInstance(0, 14_400 - H));
    }
    if (hurt && c.kind() == Kind.INVISIBLE_OVER_IMAGE) {
      // a scan: an image over the page, the text under it invisible (an OCR layer)
      BufferedImage scan = new BufferedImage(84, 60, BufferedImage.TYPE_INT_RGB);
      for (int x = 0; x < 84; x++) {
        for (int y = 0; y < 60; y++) {
          scan.setRGB(x, y, (x * 7 + y * 13) % 2 == 0 ? 0xFFFFFF : 0xEEEEEE);
        }
      }
      PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
      cs.drawImage(image, 0, 0, W, H);
      cs.setRenderingMode(RenderingMode.NEITHER);
    }
  }

  private void finish() throws IOException {
    if (cs == null) {
      return;
    }
    cs.close();
    cs = null;
    if (hostilePage && c.kind() == Kind.CUT_CONTENT) {
      // a second content stream that ends in the middle of an operator
      PDPage p = doc.getPage(pages - 1);
      PDStream cut = new PDStream(doc);
      try (var out = cut.createOutputStream()) {
        out.write("q BT 12 0 0 12 100 100 Tm [(12) -3 (3".getBytes(StandardCharsets.ISO_8859_1));
      }
      COSArray contents = new COSArray();
      contents.add(p.getCOSObject().getDictionaryObject(COSName.CONTENTS));
      contents.add(cut.getCOSObject());
      p.getCOSObject().setItem(COSName.CONTENTS, contents);
    }
  }

  /** {@code s} with its baseline {@code y} points below the top; twice a fraction apart in fake bold. */
  private void text(String s, float x, float y, float size) throws IOException {
    show(s, x, y, size);
    if (c.kind() == Kind.FAKE_BOLD) {
      show(s, x + 0.2f + (c.size() % 7) / 10f, y, size);
    }
  }

  private void show(String s, float x, float y, float size) throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, H - y);
    cs.showText(s);
    cs.endText();
  }
}
