package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  @Test
  void aRuleThatThrowsBecomesAnErrorFindingAboutTheRule() {
    Rule boom = Rules.rule("boom").titled("炸", "boom").should(ctx -> {
      throw new IllegalStateException("bug");
    }).build();
    Report r = Validator.of(RulePack.of("p", "1", boom), StandardRules.zhejiangBudget())
        .validate(KeqiaoFixture.document());
    assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("boom") && f.severity() == Severity.ERROR
        && f.messageEn().contains("bug"));
    assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("narrative.amount"));
    assertThat(r.rules()).anyMatch(i -> i.id().equals("boom") && i.pack().equals("p"));
  }

  @Test
  void aCustomCheckThatWritesOnlyOneLanguageIsReportedInBoth() {
    Rule en = Rules.rule("custom.en").titled("自定义", "custom")
        .should(ctx -> ctx.report(ctx.finding().messageEn("only English").build())).build();
    Rule zh = Rules.rule("custom.zh").titled("自定义", "custom")
        .should(ctx -> ctx.report(ctx.finding().messageZh("只有中文").build())).build();
    Report r = Validator.of(RulePack.of("p", "1", en, zh)).validate(KeqiaoFixture.document());
    assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("custom.en") && f.messageZh().equals("only English")
        && f.messageEn().equals("only English"));
    assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("custom.zh") && f.messageEn().equals("只有中文"));
    // no message at all is a bug of the check, reported about the rule rather than thrown
    Rule none = Rules.rule("custom.none").titled("自定义", "custom")
        .should(ctx -> ctx.report(ctx.finding().build())).build();
    assertThat(Validator.of(RulePack.of("p", "1", none)).validate(KeqiaoFixture.document()).findings())
        .anyMatch(f -> f.ruleId().equals("custom.none") && f.messageEn().contains("no message"));
  }

  @Test
  void tolerancePolicies() {
    // 一般公共服务支出 2187.51 vs Σ items 2187.50: nothing under INTERVAL, a WARNING (one cent) under EXACT,
    // nothing under ABSOLUTE(100 元)
    BudgetDocument d = KeqiaoFixture.document();
    Validator v = Validator.of(StandardRules.zhejiangBudget());
    assertThat(sumFindings(v.validate(d))).isEmpty();
    List<Finding> exact = sumFindings(v.withTolerance(TolerancePolicy.EXACT).validate(d));
    assertThat(exact).isNotEmpty().allMatch(f -> f.severity() == Severity.WARNING);
    assertThat(sumFindings(Validator.builder().add(StandardRules.zhejiangBudget())
        .tolerance(TolerancePolicy.absolute(new BigDecimal("100"))).build().validate(d))).isEmpty();
  }

  private static List<Finding> sumFindings(Report r) {
    return r.findings().stream().filter(f -> f.ruleId().equals("zj.sum.function")).toList();
  }

  @Test
  void oneValidatorServesManyThreads() throws Exception {
    Validator v = Validator.of(StandardRules.zhejiangBudget());
    BudgetDocument d = KeqiaoFixture.document();
    Report expected = v.validate(d);
    ExecutorService ex = Executors.newFixedThreadPool(4);
    try {
      List<Future<Report>> fs = new java.util.ArrayList<>();
      for (int i = 0; i < 16; i++) {
        fs.add(ex.submit(() -> v.validate(d)));
      }
      for (Future<Report> f : fs) {
        assertThat(f.get().findings()).isEqualTo(expected.findings());
      }
    } finally {
      ex.shutdown();
    }
  }
}
