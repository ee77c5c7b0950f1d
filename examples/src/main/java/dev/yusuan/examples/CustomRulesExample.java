package dev.yusuan.examples;

import dev.yusuan.cli.Engine;
import dev.yusuan.cli.Wiring;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Add your own rules next to the standard pack: a {@code .rules} file and one rule written in Java.
 * Run: {@code mvn -B -q -pl examples -am process-classes -Dexample=CustomRulesExample
 * [-Dexec.args=FILE.rules]}.
 *
 * <p>The Java rule here is a plain function over the document until the rules engine's fluent DSL is
 * merged; it then becomes {@code given(facts(THREE_PUBLIC)).that(...).should(...).because(...)}.
 */
public final class CustomRulesExample {
  private CustomRulesExample() {}

  /** 三公 spending above 50 万元 deserves a note in the narrative: our own house rule. */
  public static final Function<BudgetDocument, List<Finding>> THREE_PUBLIC_CAP = doc -> {
    List<Finding> out = new ArrayList<>();
    for (Fact f : doc.facts()) {
      if (f.concept() == Concept.THREE_PUBLIC && f.coordinates().isEmpty()
          && f.amount().inYuan().compareTo(new BigDecimal("500000")) > 0) {
        out.add(Finding.builder().ruleId("house.three-public-cap").severity(Severity.WARNING)
            .messageZh("“三公”经费 " + f.amount().formatWithUnit() + " 超过 50 万元")
            .messageEn("three-public spending " + f.amount().formatWithUnit() + " exceeds 500,000 yuan")
            .addLocations(f.provenance()).build());
      }
    }
    return out;
  };

  public static void main(String[] args) throws Exception {
    List<Path> ruleFiles = args.length > 0 ? List.of(Path.of(args[0])) : List.of();
    run(Wiring.standard(ruleFiles), new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /** Validates the bundled example with the engine's packs plus {@link #THREE_PUBLIC_CAP}. */
  public static Report run(Engine engine, PrintStream out) throws Exception {
    BudgetDocument doc;
    try (InputStream in = CustomRulesExample.class.getResourceAsStream(
        "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt")) {
      doc = engine.read(in, "keqiao-rendaban-2024-budget.txt");
    }
    Report standard = engine.validate(doc);
    Report all = Report.builder().from(standard).addAllFindings(THREE_PUBLIC_CAP.apply(doc)).build();
    out.println(engine.rules().size() + " rules from packs and files, plus 1 Java rule");
    all.findings().forEach(f -> out.println(f.severity() + " " + f.ruleId() + " " + f.messageZh()));
    return all;
  }
}
