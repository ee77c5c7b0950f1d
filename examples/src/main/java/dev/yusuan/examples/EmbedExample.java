package dev.yusuan.examples;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Read a budget document, validate it with the standard rules and print the findings. Run from the
 * repository root: {@code mvn -B -q -pl examples -am process-classes -Dexample=EmbedExample
 * -Dargs=/path/to/budget.txt} (without {@code -Dargs} it checks the bundled Keqiao example).
 */
public final class EmbedExample {
  private EmbedExample() {}

  /**
   * Command-line entry; see {@link #run}.
   *
   * @param args optionally the path of a document in any supported format
   * @throws IOException if the file is missing, unreadable or of an unknown format
   */
  public static void main(String[] args) throws IOException {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8), args);
  }

  /**
   * The whole example: read, validate with one validator, print every finding with its locations.
   *
   * @param out receives every finding with its locations and a summary line
   * @param args optionally the path of a document; without it the bundled Keqiao example is checked
   * @return the report
   * @throws IOException if the file is missing, unreadable or of an unknown format
   */
  public static Report run(PrintStream out, String... args) throws IOException {
    BudgetDocument doc = args.length > 0 ? BudgetIo.read(Path.of(args[0])) : bundledExample();
    Validator v = Validator.builder().addAll(StandardRules.all()).build();
    Report report = v.validate(doc);
    for (Finding f : report.findings()) {
      out.println(f.severity() + " [" + f.ruleId() + "] " + f.messageZh());
      f.locations().forEach(at -> out.println("    at " + at.describe()));
    }
    out.println(report.findings().size() + " findings in " + report.title());
    return report;
  }

  /** The Keqiao 2024 budget that ships inside budget-io. */
  static BudgetDocument bundledExample() throws IOException {
    try (InputStream in = EmbedExample.class.getResourceAsStream(
        "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt")) {
      return BudgetIo.read(in, "keqiao-rendaban-2024-budget.txt");
    }
  }
}
