package dev.yusuan.io.pdf;

import dev.yusuan.io.pdf.internal.GlyphCollector;
import dev.yusuan.io.tables.internal.PageText;
import dev.yusuan.io.tables.internal.Segment;
import dev.yusuan.io.tables.internal.TextLine;
import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Debug aid: prints the lines and segments of a PDF with their positions. */
public final class PdfDump {
  public static void main(String[] args) throws Exception {
    try (PDDocument d = Loader.loadPDF(new File(args[0]))) {
      for (PageText p : GlyphCollector.collect(d, 1)) {
        if (args.length > 1 && p.page() != Integer.parseInt(args[1])) {
          continue;
        }
        System.out.printf("=== page %d %.0fx%.0f%n", p.page(), p.width(), p.height());
        for (TextLine l : p.lines()) {
          StringBuilder b = new StringBuilder();
          for (Segment s : l.segments()) {
            b.append(String.format(" [%.1f-%.1f]%s", s.x0(), s.x1(), s.text()));
          }
          System.out.printf("%4d y=%.1f fs=%.1f%s%n", l.index(), l.baseline(), l.fontSize(), b);
        }
      }
    }
  }
}
