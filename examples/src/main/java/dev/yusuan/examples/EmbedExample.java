package dev.yusuan.examples;

import dev.yusuan.cli.Engine;
import dev.yusuan.cli.Wiring;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Read a document and print its findings. Run:
 * {@code mvn -B -q -pl examples -am process-classes -Dexample=EmbedExample [-Dexec.args=FILE]}.
 */
public final class EmbedExample {
  private EmbedExample() {}

  public static void main(String[] args) throws Exception {
    run(Wiring.standard(List.of()), args, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Reads {@code args[0]} (or the bundled Keqiao example), validates it, prints every finding. */
  public static Report run(Engine engine, String[] args, PrintStream out) throws Exception {
    BudgetDocument doc;
    if (args.length > 0) {
      doc = engine.read(java.nio.file.Path.of(args[0]));
    } else {
      try (InputStream in = EmbedExample.class.getResourceAsStream(
          "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt")) {
        doc = engine.read(in, "keqiao-rendaban-2024-budget.txt");
      }
    }
    Report report = engine.validate(doc);
    for (Finding f : report.findings()) {
      out.println(f.severity() + " " + f.ruleId() + " " + f.messageZh() + " / " + f.messageEn());
      f.locations().forEach(l -> out.println("    at " + l.describe()));
    }
    out.println(report.findings().size() + " findings in " + report.title());
    return report;
  }
}
