package dev.yusuan.io.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Prints the pages a {@link PdfFixture} recorded with a producer's {@link PdfFixture.Habits}: rotated media,
 * content-stream order unlike reading order, glyphs positioned one by one, character spacing, spaced-out
 * 汉字, numbers split into two strings, full / no rules, a watermark, running lines, a stamp image, a page
 * printed twice. What the page shows (an upright landscape page, each text where the fixture put it, aligned
 * as it was) stays the same; only how it is drawn changes.
 */
final class HabitPrinter {
  /** The landscape page the fixture draws on: width and height in points. */
  private static final float W = PDRectangle.A4.getHeight();
  private static final float H = PDRectangle.A4.getWidth();
  private static final Pattern AMOUNT = Pattern.compile("[-−(（]?[0-9][0-9,]*(\\.[0-9]+)?[)）]?");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}{2,3}");

  private final PDDocument doc;
  private final PDFont font;
  private final PdfFixture.Habits habits;
  private final Random random;
  private PDPageContentStream cs;
  /** The page being printed: what it draws and its rules (a turned text must stay clear of them). */
  private List<PdfFixture.Draw> pageDraws = List.of();
  private List<PdfFixture.Rule> pageRules = List.of();
  private static final Pattern TURNABLE = Pattern.compile("\\p{IsHan}{2,6}");
  /** Where a CJK glyph box's centre lies above its baseline, in ems. */
  private static final float CENTRE = 0.38f;

  HabitPrinter(PDDocument doc, PDFont font, PdfFixture.Habits habits) {
    this.doc = doc;
    this.font = font;
    this.habits = habits;
    this.random = new Random(habits.seed());
  }

  void print(List<PdfFixture.PageRecord> records) throws IOException {
    int total = records.size();
    PDImageXObject stamp = habits.stamp() ? stampImage() : null;
    for (int i = 0; i < total; i++) {
      PdfFixture.PageRecord r = records.get(i);
      PDPage page = habits.rotate() == 0 ? new PDPage(new PDRectangle(W, H)) : new PDPage(new PDRectangle(H, W));
      if (habits.rotate() > 0) {
        page.setRotation(habits.rotate() == 2 ? 270 : 90);
      }
      doc.addPage(page);
      if (r.draws.isEmpty() && r.rules.isEmpty()) {
        continue; // a blank page stays blank
      }
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        cs = s;
        if (habits.rotate() == 1) {
          cs.transform(new Matrix(0, 1, -1, 0, H, 0));
        } else if (habits.rotate() == 2) {
          cs.transform(new Matrix(0, -1, 1, 0, 0, W));
        }
        if (habits.watermark() == 1) {
          watermark();
        }
        List<PdfFixture.Draw> draws = new ArrayList<>();
        for (PdfFixture.Draw d : r.draws) {
          if (habits.running() && d.role() == PdfFixture.OTHER && d.y() == 570 && d.text().startsWith("- ")) {
            continue; // the running footer numbers the page instead
          }
          draws.add(d);
        }
        if (habits.running()) {
          draws.add(new PdfFixture.Draw(30, 18, 8, "某省财政厅预决算公开平台", 'L', PdfFixture.OTHER));
          draws.add(new PdfFixture.Draw(812, 18, 8, "2025年1月20日", 'R', PdfFixture.OTHER));
          draws.add(new PdfFixture.Draw(W / 2, 582, 8, "第 " + (i + 1) + " 页 共 " + total + " 页", 'C',
              PdfFixture.OTHER));
        }
        pageDraws = draws;
        pageRules = r.rules;
        if (!habits.shuffled()) {
          rules(r);
        }
        for (PdfFixture.Draw d : order(draws)) {
          draw(d);
        }
        if (habits.shuffled()) {
          rules(r);
        }
        if (habits.watermark() == 2) {
          watermark();
        }
        if (stamp != null && !r.edges.isEmpty()) {
          float x = r.edges.get(0)[0] + 100 + random.nextInt(400);
          float y = r.across.get(0).get(0) + 20 + random.nextInt(80);
          cs.drawImage(stamp, toMedia(new Matrix(110, 0, 0, 110, x, H - y - 110)));
        }
      }
    }
    if (habits.duplicate() > 0 && total > 0) {
      PDPage original = doc.getPage((habits.duplicate() - 1) % total);
      PDPage copy = new PDPage(new COSDictionary(original.getCOSObject()));
      doc.getPages().insertAfter(copy, original);
    }
  }

  /**
   * The order the page's texts are drawn in: as told, or (shuffled) the body's numbers column by column with
   * rows bottom-up, then the body's labels bottom-up, the other texts last to first, the header last.
   */
  private List<PdfFixture.Draw> order(List<PdfFixture.Draw> draws) {
    if (!habits.shuffled()) {
      return draws;
    }
    List<PdfFixture.Draw> numbers = new ArrayList<>();
    List<PdfFixture.Draw> labels = new ArrayList<>();
    List<PdfFixture.Draw> other = new ArrayList<>();
    List<PdfFixture.Draw> header = new ArrayList<>();
    for (PdfFixture.Draw d : draws) {
      switch (d.role()) {
        case PdfFixture.BODY -> (AMOUNT.matcher(d.text()).matches() ? numbers : labels).add(d);
        case PdfFixture.HEADER -> header.add(d);
        default -> other.add(0, d);
      }
    }
    numbers.sort(Comparator.comparingDouble(PdfFixture.Draw::x).thenComparing(PdfFixture.Draw::y,
        Comparator.reverseOrder()));
    labels.sort(Comparator.comparing(PdfFixture.Draw::y, Comparator.reverseOrder()));
    List<PdfFixture.Draw> out = new ArrayList<>(numbers);
    out.addAll(labels);
    out.addAll(other);
    out.addAll(header);
    return out;
  }

  /** Draws one text where the fixture placed it (its alignment kept whatever the spacing makes its width). */
  private void draw(PdfFixture.Draw d) throws IOException {
    String text = d.text();
    float size = d.size();
    if (habits.turned() > 0 && d.role() == PdfFixture.HEADER && TURNABLE.matcher(text).matches()) {
      boolean upwards = habits.turned() == 1 || habits.turned() == 3 && random.nextBoolean();
      if (turned(d, upwards)) {
        return;
      }
    }
    if (habits.spacedLabels() == 3 && d.role() != PdfFixture.OTHER && HAN.matcher(text).matches()) {
      spacedByPosition(d);
      return;
    }
    float tc = habits.charSpacing() / 1000f * size;
    boolean label = d.role() != PdfFixture.OTHER && HAN.matcher(text).matches();
    if (label && habits.spacedLabels() == 1) {
      text = String.join("\u3000", text.split(""));
    } else if (label && habits.spacedLabels() == 2) {
      tc = size;
    }
    String[] chars = text.codePoints().mapToObj(Character::toString).toArray(String[]::new);
    float[] kern = new float[chars.length];
    if (habits.glyphs() == 1) {
      for (int i = 0; i + 1 < chars.length; i++) {
        kern[i] = (random.nextInt(101) - 40) / 1000f * size; // extra room after glyph i, -0.04 to +0.06 em
      }
    }
    float plain = 0;
    for (int i = 0; i < chars.length; i++) {
      plain += font.getStringWidth(chars[i]) / 1000 * size + (i + 1 < chars.length ? kern[i] : 0);
    }
    if (plain > d.room()) { // kerned wider than its cell: a producer kerns it tighter
      plain = 0;
      for (int i = 0; i < chars.length; i++) {
        kern[i] = Math.min(kern[i], 0);
        plain += font.getStringWidth(chars[i]) / 1000 * size + (i + 1 < chars.length ? kern[i] : 0);
      }
    }
    if (chars.length > 1 && tc > 0) {
      // the text stays in its cell, taking at most a third of the room it leaves free (a long label of the cell
      // before may overflow into it, as the fixtures draw some)
      tc = Math.max(0, Math.min(tc, (d.room() - plain) / 3 / (chars.length - 1)));
    }
    float width = plain + tc * (chars.length - 1);
    float x = switch (d.align()) {
      case 'R' -> d.x() - width;
      case 'C' -> d.x() - width / 2;
      default -> d.x();
    };
    float y = H - d.y();
    int split = habits.splitNumbers() && d.role() == PdfFixture.BODY && chars.length >= 4
        && AMOUNT.matcher(text).matches() ? 1 + random.nextInt(chars.length - 1) : chars.length;
    // a label spaced out by character spacing is one string, also from a producer positioning other text glyph
    // by glyph (spaced by positions alone, with no space glyph and no Tc, it is cells apart: docs/pdf.md Limits)
    boolean spaced = label && habits.spacedLabels() == 2;
    show(chars, kern, 0, split, x, y, size, tc, spaced);
    if (split < chars.length) {
      float at = x;
      for (int i = 0; i < split; i++) {
        at += font.getStringWidth(chars[i]) / 1000 * size + tc + kern[i];
      }
      show(chars, kern, split, chars.length, at, y, size, tc, false);
    }
  }

  /** The left and right edge of {@code d} drawn upright, unspaced. */
  private float[] across(PdfFixture.Draw d) throws IOException {
    float width = font.getStringWidth(d.text()) / 1000 * d.size();
    float x = switch (d.align()) {
      case 'R' -> d.x() - width;
      case 'C' -> d.x() - width / 2;
      default -> d.x();
    };
    return new float[] {x, x + width};
  }

  /**
   * Draws a header cell's text turned 90° about the centre it has upright ({@code upwards}: read bottom-to-top),
   * if the turned text stays clear (by 2 points) of every other text and rule of the page, as in a tall narrow
   * cell; otherwise draws nothing and says so.
   */
  private boolean turned(PdfFixture.Draw d, boolean upwards) throws IOException {
    float size = d.size();
    float length = font.getStringWidth(d.text()) / 1000 * size;
    float[] x = across(d);
    float cx = (x[0] + x[1]) / 2;
    float cy = d.y() - CENTRE * size; // from the top
    float left = cx - size / 2 - 2;
    float right = cx + size / 2 + 2;
    float top = cy - length / 2 - 2;
    float bottom = cy + length / 2 + 2;
    for (PdfFixture.Draw o : pageDraws) {
      if (o == d) {
        continue;
      }
      float[] ox = across(o);
      if (ox[0] < right && ox[1] > left && o.y() - 0.88f * o.size() < bottom && o.y() + 0.12f * o.size() > top) {
        return false;
      }
    }
    for (PdfFixture.Rule l : pageRules) {
      if (Math.min(l.x0(), l.x1()) < right && Math.max(l.x0(), l.x1()) > left
          && Math.min(l.y0(), l.y1()) < bottom && Math.max(l.y0(), l.y1()) > top) {
        return false;
      }
    }
    float up = H - cy;
    Matrix m = upwards
        ? new Matrix(0, 1, -1, 0, cx + CENTRE * size, up - length / 2)
        : new Matrix(0, -1, 1, 0, cx - CENTRE * size, up + length / 2);
    cs.beginText();
    cs.setFont(font, size);
    cs.setCharacterSpacing(0);
    cs.setTextMatrix(toMedia(m));
    cs.showText(d.text());
    cs.endText();
    return true;
  }

  /**
   * Draws a short label's 汉字 one string each, spaced by position alone: gaps of 1 to 3 em (the same between
   * every two), as much as the cell has room for, aligned as the label was.
   */
  private void spacedByPosition(PdfFixture.Draw d) throws IOException {
    float size = d.size();
    String[] chars = d.text().codePoints().mapToObj(Character::toString).toArray(String[]::new);
    float plain = font.getStringWidth(d.text()) / 1000 * size;
    float gap = (1 + random.nextInt(201) / 100f) * size;
    if (d.room() < Float.MAX_VALUE) {
      gap = Math.max(0, Math.min(gap, (d.room() - plain) / (chars.length - 1)));
    }
    float width = plain + gap * (chars.length - 1);
    float at = switch (d.align()) {
      case 'R' -> d.x() - width;
      case 'C' -> d.x() - width / 2;
      default -> d.x();
    };
    cs.beginText();
    cs.setFont(font, size);
    cs.setCharacterSpacing(0);
    for (String c : chars) {
      cs.setTextMatrix(toMedia(Matrix.getTranslateInstance(at, H - d.y())));
      cs.showText(c);
      at += font.getStringWidth(c) / 1000 * size + gap;
    }
    cs.endText();
  }

  /** Shows glyphs {@code from} to {@code to} as one string, one kerned array or one string per glyph. */
  private void show(String[] chars, float[] kern, int from, int to, float x, float y, float size, float tc,
      boolean whole) throws IOException {
    cs.beginText();
    cs.setFont(font, size);
    cs.setCharacterSpacing(tc);
    if (habits.glyphs() == 2 && !whole) {
      float at = x;
      for (int i = from; i < to; i++) {
        cs.setTextMatrix(toMedia(Matrix.getTranslateInstance(at, y)));
        cs.showText(chars[i]);
        at += font.getStringWidth(chars[i]) / 1000 * size + tc + kern[i];
      }
    } else {
      cs.setTextMatrix(toMedia(Matrix.getTranslateInstance(x, y)));
      if (habits.glyphs() == 1) {
        List<Object> parts = new ArrayList<>();
        for (int i = from; i < to; i++) {
          parts.add(chars[i]);
          if (i + 1 < to) {
            parts.add(-kern[i] / size * 1000);
          }
        }
        cs.showTextWithPositioning(parts.toArray());
      } else {
        cs.showText(String.join("", java.util.Arrays.copyOfRange(chars, from, to)));
      }
    }
    cs.endText();
  }

  /** The rules of the page: as drawn (horizontal), a full grid, or none. */
  private void rules(PdfFixture.PageRecord r) throws IOException {
    if (habits.rules() == 2) {
      return;
    }
    cs.setLineWidth(0.5f);
    for (PdfFixture.Rule l : r.rules) {
      line(l.x0(), l.y0(), l.x1(), l.y1());
    }
    if (habits.rules() == 1) {
      for (int t = 0; t < r.edges.size(); t++) {
        List<Float> ys = r.across.get(t);
        for (float e : r.edges.get(t)) {
          line(e, ys.get(0), e, ys.get(ys.size() - 1));
        }
      }
    }
    cs.stroke();
  }

  private void line(float x0, float y0, float x1, float y1) throws IOException {
    if (habits.rotate() == 3) {
      cs.moveTo(y0, x0); // (x, y up = H - y0) of the landscape page is (H - y up, x) = (y0, x0) of the media
      cs.lineTo(y1, x1);
    } else {
      cs.moveTo(x0, H - y0);
      cs.lineTo(x1, H - y1);
    }
  }

  /** A large grey diagonal watermark across the page. */
  private void watermark() throws IOException {
    cs.saveGraphicsState();
    cs.setNonStrokingColor(0.85f);
    cs.beginText();
    cs.setFont(font, 60);
    double a = Math.toRadians(35);
    Matrix m = new Matrix((float) Math.cos(a), (float) Math.sin(a), (float) -Math.sin(a), (float) Math.cos(a),
        W / 2 - 220, H / 2 - 130);
    cs.setTextMatrix(toMedia(m));
    cs.showText("内部资料 仅供参考");
    cs.endText();
    cs.restoreGraphicsState();
  }

  /** {@code m} (landscape page space) in the media's space: turned when the text matrix carries the rotation. */
  private Matrix toMedia(Matrix m) {
    if (habits.rotate() != 3) {
      return m;
    }
    // m × [0 1 -1 0 H 0] (row vectors): a point (x, y) of the landscape page is (H - y, x) of the portrait media
    return new Matrix(-m.getValue(0, 1), m.getValue(0, 0), -m.getValue(1, 1), m.getValue(1, 0),
        H - m.getTranslateY(), m.getTranslateX());
  }

  /** A round red stamp with some transparency. */
  private PDImageXObject stampImage() throws IOException {
    BufferedImage img = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(new Color(220, 30, 30, 170));
    g.setStroke(new BasicStroke(10));
    g.drawOval(10, 10, 180, 180);
    g.fillPolygon(new int[] {100, 112, 145, 118, 128, 100, 72, 82, 55, 88}, new int[] {55, 88, 90, 110, 145, 125,
        145, 110, 90, 88}, 10);
    g.dispose();
    return LosslessFactory.createFromImage(doc, img);
  }
}
