package dev.yusuan.examples;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Interval;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.Rule;
import dev.yusuan.rules.RulePack;
import dev.yusuan.rules.Rules;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Your own rules next to the standard pack: reviewer rules in a {@code .rules} file (the bundled
 * {@code house.rules}, or yours) and one rule written with the Java DSL. Run from the repository root:
 * {@code mvn -B -q -pl examples -am process-classes -Dexample=CustomRulesExample
 * [-Dargs=my.rules]}.
 */
public final class CustomRulesExample {
  /** 30 万元, in 元. */
  static final BigDecimal CAP_YUAN = new BigDecimal("300000");

  private CustomRulesExample() {}

  /**
   * A house rule in Java: every budget unit's “三公” total stays within 30 万元. Rounding-aware: it fires
   * only when the whole interval the published figure stands for is above the cap.
   *
   * @return the rule, of severity WARNING
   */
  public static Rule threePublicCapPerUnit() {
    return Rules.rule("house.three-public-per-unit")
        .titled("每个预算单位的“三公”经费不超过 30 万元", "Each budget unit spends at most 300,000 yuan on the three public expenses")
        .given(Rules.facts().of(Concept.THREE_PUBLIC))
        .that(f -> f.coordinates().has(FactDimension.BUDGET_UNIT) && !f.coordinates().has(FactDimension.THREE_PUBLIC_ITEM))
        .should(ctx -> {
          for (Fact f : ctx.scopedFacts()) {
            Interval yuan = f.amount().interval(MoneyUnit.YUAN);
            if (yuan.lo().compareTo(CAP_YUAN) > 0) {
              String unit = f.coordinates().getOrNull(FactDimension.BUDGET_UNIT);
              ctx.report(ctx.finding()
                  .messageZh(unit + "的“三公”经费 " + f.amount().formatWithUnit() + " 超过 30 万元")
                  .messageEn(unit + ": three public expenses " + f.amount().formatWithUnit() + " exceed 300,000 yuan")
                  .addLocations(f.provenance())
                  .reported(f.amount().interval()).unit(f.amount().unit().symbol())
                  .build());
            }
          }
        })
        .because("审查指引：单位“三公”经费超过 30 万元须逐项说明用途")
        .severity(Severity.WARNING)
        .build();
  }

  /**
   * Command-line entry; see {@link #run}.
   *
   * @param args optionally the path of a {@code .rules} file to use instead of the bundled
   *     {@code house.rules}
   * @throws IOException if the rules file or the bundled example cannot be read
   */
  public static void main(String[] args) throws IOException {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8), args);
  }

  /**
   * Validates the bundled Keqiao example with the standard packs, a rules file and the Java rule.
   *
   * @param out receives the rule count, each finding of a house rule and a summary line
   * @param args optionally the path of a {@code .rules} file
   * @return the report of the bundled example
   * @throws IOException if the rules file or the bundled example cannot be read
   * @throws dev.yusuan.rules.RuleSyntaxException if the rules file does not parse
   */
  public static Report run(PrintStream out, String... args) throws IOException {
    RulePack house = args.length > 0 ? RulePack.load(Path.of(args[0])) : bundledHouseRules();
    RulePack java = RulePack.of("house-java", "1", threePublicCapPerUnit());
    Validator v = Validator.builder().addAll(StandardRules.all()).add(house).add(java).build();
    out.println(v.rules().size() + " rules: the standard packs, " + house.rules().size() + " from "
        + house.name() + " and 1 in Java");
    BudgetDocument doc = EmbedExample.bundledExample();
    Report report = v.validate(doc);
    report.findings().stream()
        .filter(f -> f.ruleId().startsWith("house."))
        .forEach(f -> out.println(f.severity() + " [" + f.ruleId() + "] " + f.messageZh()));
    out.println(report.findings().size() + " findings in all, of which "
        + report.findings().stream().filter(f -> f.ruleId().startsWith("house.")).count() + " from house rules");
    return report;
  }

  /** {@code house.rules} shipped with the examples. */
  static RulePack bundledHouseRules() throws IOException {
    try (InputStream in = CustomRulesExample.class.getResourceAsStream("house.rules")) {
      return RulePack.parse("house.rules", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
