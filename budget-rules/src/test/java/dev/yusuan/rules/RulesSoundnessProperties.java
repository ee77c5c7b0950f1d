package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import java.util.List;
import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Soundness: documents generated from exact 元 values, aggregated exactly and rounded honestly, never
 * get an ERROR or WARNING from the arithmetic rules of the standard pack.
 */
class RulesSoundnessProperties {
  static final RulePack PACK = StandardRules.zhejiangBudget();
  static final Validator V = Validator.of(PACK);

  static List<Finding> arithmeticProblems(Report r) {
    return r.findings().stream()
        .filter(f -> f.severity().atLeast(Severity.WARNING))
        .filter(f -> PACK.rule(f.ruleId()).map(Rule::isArithmetic).orElse(true))
        .toList();
  }

  @Property(tries = 200)
  void honestlyRoundedDocumentsHaveNoArithmeticFindings(@ForAll long seed, @ForAll boolean halfEven) {
    BudgetDocument d = GeneratedBudget.generate(seed, halfEven);
    Report r = V.validate(d);
    assertThat(arithmeticProblems(r)).as("seed %d halfEven %s", seed, halfEven)
        .extracting(Finding::messageEn).isEmpty();
  }

  /** Control: the same generator with truncation instead of rounding is caught (the property can fail). */
  @Example
  void truncatingInsteadOfRoundingIsCaught() {
    int problems = 0;
    for (long seed = 0; seed < 30; seed++) {
      GeneratedBudget g = new GeneratedBudget(seed, false) {
        @Override
        String wan(long yuan) {
          return BigDecimal.valueOf(yuan).movePointLeft(4).setScale(2, RoundingMode.DOWN).toPlainString();
        }
      };
      problems += arithmeticProblems(V.validate(g.build())).size();
    }
    assertThat(problems).isPositive();
  }
}
