package dev.yusuan.io.pdf;

import dev.yusuan.io.tables.internal.Grid;
import dev.yusuan.io.tables.internal.GridBuilder;
import dev.yusuan.io.pdf.internal.GlyphCollector;
import dev.yusuan.io.tables.internal.PageAssembler;
import dev.yusuan.io.tables.internal.RawTable;
import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Debug aid: prints the rebuilt tables of a PDF. */
public final class GridDump {
  public static void main(String[] args) throws Exception {
    try (PDDocument d = Loader.loadPDF(new File(args[0]))) {
      PageAssembler.Result r = PageAssembler.assemble(GlyphCollector.collect(d, 1));
      Grid prev = null;
      for (RawTable t : r.tables()) {
        Grid g = GridBuilder.build(t.grid(), prev);
        prev = g;
        System.out.printf("### %s | %s | unit=%s | dept=%s | pages=%s%n", t.caption(), t.title(),
            t.unitText(), t.department(), t.pages());
        for (java.util.List<String> h : g.headerRows()) {
          System.out.println("   head " + h);
        }
        for (Grid.Col c : g.columns()) {
          System.out.printf("   col %s [%.0f-%.0f] %s %s%n", c.kind(), c.x0(), c.x1(), c.path(),
              c.number() == null ? "" : "#" + c.number());
        }
        for (Grid.GridRow row : g.rows()) {
          System.out.println("   | " + String.join(" | ", row.cells()));
        }
        for (String n : t.notes()) {
          System.out.println("   note: " + n);
        }
        for (String n : g.rejoinedCodes()) {
          System.out.println("   rejoined: " + n);
        }
      }
      System.out.println("narrative lines: " + r.narrative().size() + ", removed: " + r.removed().size());
    }
  }
}
