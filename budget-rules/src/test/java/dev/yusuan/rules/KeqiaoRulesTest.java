package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Interval;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.math.BigDecimal;
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
    // the numbers are in the document's unit, exactly: 2706.24 万元 stands for [2706.235, 2706.245] 万元
    assertThat(e.unit()).contains("万元");
    assertThat(e.difference()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("675"));
    assertThat(e.reported()).contains(Interval.of(new BigDecimal("2706.235"), new BigDecimal("2706.245")));
    assertThat(e.computed()).contains(Interval.of(new BigDecimal("2031.235"), new BigDecimal("2031.245")));
    assertThat(e.roundingAllowance()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("0.01"));
  }

  @Test
  void moneyFollowsTheDocumentUnit() {
    // the same document declared in 元: the facts keep their own units, the finding speaks 元
    BudgetDocument yuan = BudgetDocument.builder().from(KeqiaoFixture.document()).unit(MoneyUnit.YUAN).build();
    Finding e = Validator.of(StandardRules.zhejiangBudget()).validate(yuan).findings().stream()
        .filter(x -> x.ruleId().equals("narrative.amount") && x.messageEn().contains("一般公共预算基本支出"))
        .findFirst().orElseThrow();
    assertThat(e.unit()).contains("元");
    assertThat(e.difference()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("6750000"));
    assertThat(e.reported()).contains(Interval.of(new BigDecimal("27062350"), new BigDecimal("27062450")));
  }

  @Test
  void shareFindingsAreInPercent() {
    List<Finding> shares = report().findings().stream().filter(x -> x.ruleId().equals("narrative.share")).toList();
    assertThat(shares).isNotEmpty();
    for (Finding f : shares) {
      assertThat(f.unit()).contains("%");
      assertThat(f.reported()).hasValueSatisfying(i -> assertThat(i.hi()).isLessThanOrEqualTo(new BigDecimal("100")));
    }
    Finding daily = shares.stream().filter(f -> f.messageZh().contains("日常公用支出")).findFirst().orElseThrow();
    assertThat(daily.reported()).contains(Interval.of(new BigDecimal("5.695"), new BigDecimal("5.705")));
    assertThat(daily.messageZh()).contains("5.70 [5.695, 5.705]%");
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
