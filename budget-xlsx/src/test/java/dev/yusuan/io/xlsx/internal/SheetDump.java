package dev.yusuan.io.xlsx.internal;

import dev.yusuan.io.tables.internal.Segment;
import dev.yusuan.io.tables.internal.TextLine;
import java.io.FileInputStream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Prints the pages a workbook's sheets become (a development aid, not a test). */
public final class SheetDump {
  public static void main(String[] args) throws Exception {
    try (Workbook wb = WorkbookFactory.create(new FileInputStream(args[0]))) {
      for (int i = 0; i < wb.getNumberOfSheets(); i++) {
        SheetPages.Result r = SheetPages.page(wb.getSheetAt(i), i + 1, "dump");
        System.out.println("=== sheet " + (i + 1) + " " + wb.getSheetAt(i).getSheetName() + " w="
            + r.page().width() + " h=" + r.page().height());
        for (TextLine l : r.page().lines()) {
          StringBuilder b = new StringBuilder();
          for (Segment s : l.segments()) {
            b.append(String.format(" [%.0f-%.0f]%s", s.x0(), s.x1(), s.text().replace("\n", "⏎")));
          }
          System.out.printf("%3d y=%.0f f=%.0f%s%n", l.index(), l.baseline(), l.fontSize(), b);
        }
      }
    }
  }
}
