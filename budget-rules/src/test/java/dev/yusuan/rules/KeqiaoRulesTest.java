package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The known truths of the Keqiao example, on the hand-built fixture. */
class KeqiaoRulesTest {
  private static Report cached;

  static synchronized Report report() {
    if (cached == null) {
      BudgetDocument doc = KeqiaoFixture.document();
      cached = Validator.of(StandardRules.zhejiangBudget()).validate(doc);
    }
    return cached;
  }

  static void print(Report r) {
    for (Finding f : r.findings()) {
      System.out.println(f.severity() + " " + f.ruleId() + " " + f.messageEn()
          + f.group().map(g -> " [" + g + "]").orElse("")
          + f.culprit().map(c -> " culprit=" + c.describe()).orElse(""));
    }
  }

  @Test
  void narrativeBasicExpenditureContradictsTheTablesAsAnError() {
    print(report());
    List<Finding> f = report().findings().stream()
        .filter(x -> x.severity() == Severity.ERROR && x.ruleId().equals("narrative.amount"))
        .filter(x -> x.messageEn().contains("一般公共预算基本支出"))
        .toList();
    assertThat(f).hasSize(1);
    Finding e = f.get(0);
    assertThat(e.locations()).anyMatch(p -> p.tableId().isEmpty() && p.text().orElse("").contains("2706.24"));
    assertThat(e.locations()).anyMatch(p -> p.tableId().orElse("").startsWith("T05")
        && p.columnHeader().orElse("").equals("基本支出/小计"));
    assertThat(e.locations()).anyMatch(p -> p.tableId().orElse("").startsWith("T06"));
    assertThat(e.difference()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("6750000"));
  }

  @Test
  void roundingDifferencesOfOneCentAreNeverErrors() {
    for (Finding f : report().findings()) {
      if (f.severity() == Severity.ERROR) {
        for (Provenance p : f.locations()) {
          String code = p.rowCode().orElse("");
          assertThat(code).as(f.messageEn()).isNotIn("201", "20101", "208", "20805");
        }
      }
    }
    // and the sums are checked: perturbing 2010101 by 1 万元 is caught
  }
}
