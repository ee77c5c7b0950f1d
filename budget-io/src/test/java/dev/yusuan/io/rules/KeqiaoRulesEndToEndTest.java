package dev.yusuan.io.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The standard pack on the real Keqiao example, read by the structured-text reader. */
class KeqiaoRulesEndToEndTest {
  static final String RESOURCE = "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt";
  static BudgetDocument doc;
  static Report report;

  @BeforeAll
  static void read() throws Exception {
    try (InputStream in = KeqiaoRulesEndToEndTest.class.getResourceAsStream(RESOURCE)) {
      doc = BudgetIo.read(in, "keqiao-rendaban-2024-budget.txt");
    }
    report = Validator.of(StandardRules.departmentBudget(doc)).validate(doc);
    for (Finding f : report.findings()) {
      System.out.println(f.severity() + " " + f.ruleId() + " " + f.messageEn()
          + f.group().map(g -> " [" + g + "]").orElse(""));
    }
  }

  @Test
  void theNarrativeBasicExpenditureIsAnErrorAtTheNarrativeAndTheTables() {
    List<Finding> f = report.findings().stream()
        .filter(x -> x.severity() == Severity.ERROR)
        .filter(x -> x.reported().isPresent() && x.computed().isPresent())
        .filter(x -> x.locations().stream().anyMatch(p -> p.tableId().isEmpty()
            && p.line().orElse(0) == 133))
        .toList();
    assertThat(f).isNotEmpty();
    assertThat(f.get(0).locations()).anyMatch(p -> p.tableId().isPresent());
    assertThat(f.get(0).difference()).hasValueSatisfying(d -> assertThat(d.abs()).isEqualByComparingTo("6750000"));
  }

  @Test
  void oneCentRoundingDifferencesAreNeverErrors() {
    for (Finding f : report.findings()) {
      if (f.severity() != Severity.ERROR) {
        continue;
      }
      for (Provenance p : f.locations()) {
        assertThat(p.rowCode().orElse("")).as(f.messageEn()).isNotIn("201", "20101", "208", "20805");
        assertThat(p.rowLabel().orElse("")).as(f.messageEn())
            .isNotIn("一般公共服务支出", "人大事务", "社会保障和就业支出", "行政事业单位养老支出");
      }
    }
  }

  @Test
  void theTargetOfAProjectAbsentFromTheProjectTablesIsReported() {
    assertThat(report.findings()).anyMatch(f -> f.ruleId().equals("targets.known-project")
        && f.messageZh().contains("人大代表补选专项"));
  }

  @Test
  void noRuleCrashes() {
    assertThat(report.findings()).noneMatch(f -> f.messageEn().contains("failed to run"));
  }
}
