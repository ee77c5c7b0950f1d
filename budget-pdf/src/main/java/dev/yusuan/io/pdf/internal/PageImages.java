package dev.yusuan.io.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.awt.geom.Point2D;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

/**
 * What a page without extractable text holds instead: a scanned image (扫描件), text drawn as
 * outlines, or nothing. Decides whether the page's content is lost (the document cannot be read
 * completely) or the page is blank.
 *
 * <p>A page is <em>scanned</em> when it paints images over at least {@link #SCAN_SHARE} of its area,
 * whatever their resolution (a logo or a seal covers far less). It holds <em>drawings</em> when its
 * content streams hold at least {@link #DRAWING_BYTES} bytes: a blank page or a ruled but empty frame
 * is far smaller, text converted to outlines far larger.
 */
public final class PageImages {
  /** The share of the page's area that painted images must cover for a scan. */
  public static final double SCAN_SHARE = 0.4;
  /** The smallest content, in bytes, taken for drawn (outlined) text. */
  public static final long DRAWING_BYTES = 30_000;

  /** What fills a page that has no text. */
  public enum Content {
    /** Nothing to read: an empty or nearly empty page. */
    BLANK,
    /** A large image: a scan. */
    SCANNED,
    /** Many drawing operations: text drawn as outlines, or a chart. */
    DRAWINGS
  }

  private PageImages() {}

  /** Classifies {@code page}, which has no extractable text; unreadable content counts as blank. */
  public static Content classify(PDPage page) {
    try {
      PDRectangle box = page.getCropBox();
      double pageArea = (double) box.getWidth() * box.getHeight();
      ImageArea engine = new ImageArea(page);
      engine.processPage(page);
      if (pageArea > 0 && engine.area >= SCAN_SHARE * pageArea) {
        return Content.SCANNED;
      }
      return contentBytes(page) >= DRAWING_BYTES ? Content.DRAWINGS : Content.BLANK;
    } catch (IOException | RuntimeException e) {
      return Content.BLANK;
    }
  }

  /** Sums the page area painted by images (the unit square under the current matrix). */
  private static final class ImageArea extends PDFGraphicsStreamEngine {
    double area;

    ImageArea(PDPage page) {
      super(page);
    }

    @Override
    public void drawImage(PDImage image) {
      Matrix m = getGraphicsState().getCurrentTransformationMatrix();
      area += Math.abs((double) m.getScaleX() * m.getScaleY()
          - (double) m.getShearX() * m.getShearY());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void moveTo(float x, float y) {}

    @Override
    public void lineTo(float x, float y) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
      return new Point2D.Float();
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {}

    @Override
    public void strokePath() {}

    @Override
    public void fillPath(int windingRule) {}

    @Override
    public void fillAndStrokePath(int windingRule) {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }

  private static long contentBytes(PDPage page) throws IOException {
    if (!page.hasContents()) {
      return 0;
    }
    long n = 0;
    try (InputStream in = page.getContents()) {
      byte[] buf = new byte[8192];
      for (int r; (r = in.read(buf)) > 0 && n < DRAWING_BYTES; ) {
        n += r;
      }
    }
    return n;
  }
}
