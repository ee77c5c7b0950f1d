package dev.yusuan.cli.hostile;

import dev.yusuan.cli.Cli;
import dev.yusuan.cli.hostile.StructureContract.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a check: writes, for one case of every hostile structure of {@link HostileStructureProperties},
 * what reading and the command line gave (the table of docs/security.md "Structure-level hostility").
 * Runs only when asked: {@code -Dyusuan.survey=FILE}.
 */
@EnabledIfSystemProperty(named = "yusuan.survey", matches = ".+")
class StructureSurveyTest {
  @Test
  void survey() throws IOException {
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("yusuan.survey")),
        StandardCharsets.UTF_8))) {
      for (HostileHtml.Kind k : HostileHtml.Kind.values()) {
        int size = k == HostileHtml.Kind.MANY_CELLS ? 7_000 : 3_000;
        row(w, "html " + k, HostileHtml.page(new HostileHtml.Case(k, 2, 7, size, 1)), "hostile.html",
            HostileStructureProperties.HTML_BASE);
      }
      for (HostileDocx.Kind k : HostileDocx.Kind.values()) {
        int size = k == HostileDocx.Kind.NESTED_TABLES ? 40 : k == HostileDocx.Kind.HUGE_TABLE ? 7_000 : 3_000;
        row(w, "docx " + k, HostileDocx.document(new HostileDocx.Case(k, 2, 7, size, 1)), "hostile.docx",
            HostileStructureProperties.DOCX_BASE);
      }
      for (HostileXlsx.Kind k : HostileXlsx.Kind.values()) {
        row(w, "xlsx " + k, HostileXlsx.workbook(new HostileXlsx.Case(k, 2, 7, 1_000, 1)), "hostile.xlsx",
            HostileStructureProperties.XLSX_BASE);
      }
      Optional<Path> font = HostilePdf.font();
      if (font.isPresent()) {
        for (HostilePdf.Kind k : HostilePdf.Kind.values()) {
          int size = k == HostilePdf.Kind.MANY_GLYPHS ? 1_000 : k == HostilePdf.Kind.MANY_PAGES ? 350 : 3;
          row(w, "pdf " + k, HostilePdf.pdf(new HostilePdf.Case(k, 2, size), font.get()), "hostile.pdf",
              HostileStructureProperties.PdfBase.BASE);
        }
      }
    }
  }

  private static void row(PrintWriter w, String name, byte[] bytes, String file, Outcome base) throws IOException {
    long t0 = System.nanoTime();
    String outcome;
    try {
      Outcome o = StructureContract.read(bytes, file);
      if (o.document() == null) {
        outcome = "refused: " + o.refused().getMessage();
      } else {
        Set<String> extra = new TreeSet<>(StructureContract.errorRules(o.report()));
        extra.removeAll(StructureContract.errorRules(base.report()));
        outcome = (o.failure().isPresent() ? "failed: " + o.failure().get()
            : o.readCompletely() ? "read" : "partly: " + dev.yusuan.io.BudgetIo.unreadAmounts(o.document())
                + " unread") + "; missing " + StructureContract.missing(base.document(), o.document()).size()
            + "; extra ERROR " + extra + (name.endsWith("NONE") ? " " + o : "");
      }
    } catch (Throwable e) {
      outcome = "THROWS " + e;
    }
    String cli;
    try {
      Cli c = StructureContract.cli(bytes, file);
      cli = "exit " + c.code;
    } catch (Throwable e) {
      cli = "CLI FAILS " + e.toString().replace('\n', ' ');
    }
    w.printf("%s | %d bytes | %s | %s | %d ms%n", name, bytes.length, clip(outcome), clip(cli),
        (System.nanoTime() - t0) / 1_000_000);
    w.flush();
  }

  private static String clip(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 1500 ? one.substring(0, 1500) + "…" : one;
  }
}
