package dev.yusuan.rules;

import static dev.yusuan.rules.DocBuilder.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleLanguageTest {
  static BudgetDocument table() {
    return new DocBuilder("t.txt", 2024)
        .table("T1", "zj.gpb-basic", "2024年部门一般公共预算基本支出表").codes(FactDimension.ECONOMIC)
        .columns(col("合计", x -> x), col("人员经费", x -> x.with(FactDimension.SPENDING_TYPE, "PERSONNEL")))
        .rows("""
            301\t工资福利支出\t100.00\t100.00
            30101\t基本工资\t60.00\t60.00
            30102\t津贴补贴\t40.01\t40.01
            """)
        .done().build();
  }

  @Test
  void parsesAPackWithCommentsTitlesMessagesAndCells() {
    RulePack p = RulePack.parse("demo.rules", """
        # a demo pack
        pack demo version 2.1
        rule demo.cells warning   # trailing comment
          title "工资福利等于两项之和" "Wages add up"
          because "301 = 30101 + 30102"
          message "{what}：{reported} 与 {computed} 相差 {difference}" "{what}: {reported} vs {computed}, off by {difference}"
          check cell(zj.gpb-basic, row 301, col 合计) = cell("基本支出表", row "基本工资", 栏次 1)
                + cell(zj.gpb-basic, row 30102, col "合计") * (1 + 0) - 0
        rule demo.sum error
          title "经济分类" "Economic"
          sum ECONOMIC in tables zj.gpb-basic
        """);
    assertThat(p.name()).isEqualTo("demo");
    assertThat(p.version()).isEqualTo("2.1");
    assertThat(p.rules()).extracting(Rule::id).containsExactly("demo.cells", "demo.sum");
    assertThat(p.rule("demo.cells").get().severity()).isEqualTo(Severity.WARNING);
    assertThat(p.rule("demo.cells").get().origin()).isEqualTo("demo.rules:3");
    Report r = Validator.of(p).validate(table());
    // 100.00 vs 100.01: a difference of one cent that three roundings (0.015) explain: no finding at all
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void placeholdersAreFilledWithTheNumbers() {
    RulePack p = RulePack.parse("m.rules", """
        rule m.x error
          title "x" "x"
          message "{what}：{reported} 与 {computed} 相差 {difference}" "{what}: {reported} vs {computed}, off by {difference}"
          check cell(zj.gpb-basic, row 301, col 合计) = cell(zj.gpb-basic, row 30101, col 合计)
        """);
    Report r = Validator.of(p).validate(table());
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.messageEn()).contains("100.00 [99.995, 100.005]万元 vs 60.00 [59.995, 60.005]万元, off by 40.00万元");
      assertThat(f.locations()).hasSize(2);
      assertThat(f.locations().get(0).rowCode()).contains("301");
    });
  }

  @Test
  void syntaxErrorsNameLineAndColumn() {
    assertThatThrownBy(() -> RulePack.parse("bad.rules", """
        rule a error
          title "t" "t"
          check EXPENDITURE{} = = 3
        """)).isInstanceOf(RuleSyntaxException.class)
        .satisfies(e -> {
          RuleSyntaxException s = (RuleSyntaxException) e;
          assertThat(s.line()).isEqualTo(3);
          assertThat(s.column()).isEqualTo(25);
          assertThat(s.getMessage()).startsWith("bad.rules:3:25:");
        });
    assertThatThrownBy(() -> RulePack.parse("bad.rules", "rule a fatal\n  title \"t\"\n"))
        .isInstanceOf(RuleSyntaxException.class).hasMessageContaining("bad.rules:1:8").hasMessageContaining("severity");
    assertThatThrownBy(() -> RulePack.parse("bad.rules", "rule a error\n  title \"t\n"))
        .hasMessageContaining("bad.rules:2:9").hasMessageContaining("unterminated");
    assertThatThrownBy(() -> RulePack.parse("bad.rules", "rule a error\n title \"t\"\n check EXPENDITURE{FUND_SOURCE=NOPE} = 1\n"))
        .hasMessageContaining("bad.rules:3:32").hasMessageContaining("unknown member");
    assertThatThrownBy(() -> RulePack.parse("bad.rules", "rule a error\n title \"t\"\n sum COLOUR in every table\n"))
        .hasMessageContaining("bad.rules:3:6").hasMessageContaining("unknown dimension");
    assertThatThrownBy(() -> RulePack.parse("bad.rules", "rule a error\n title \"t\"\n"))
        .hasMessageContaining("no sum or check");
  }

  @Test
  void theShippedStandardTextParsesAndAddsUpToTheJavaObjects() {
    RulePack p = RulePack.parse("zhejiang-budget.rules", StandardRules.zhejiangRulesText());
    assertThat(p.rules()).isNotEmpty();
    assertThat(StandardRules.zhejiangBudget().rules().stream().map(Rule::id).toList())
        .containsAll(p.rules().stream().map(Rule::id).toList());
  }

  @Test
  void javaDslAndTextProduceTheSameCheck() {
    Rule java = Rules.rule("j").titled("j", "j").given(Rules.facts().inTables("zj.gpb-basic"))
        .should(Rules.sumOfChildren(FactDimension.ECONOMIC)).because("301 = Σ 301xx").severity(Severity.ERROR).build();
    Rule text = RulePack.parse("t.rules", "rule j error\n title \"j\"\n sum ECONOMIC in tables zj.gpb-basic\n")
        .rules().get(0);
    BudgetDocument wrong = Mutate.set(table(), Mutate.cell("T1", "30101", "合计"), "50.00");
    List<Finding> a = Validator.of(RulePack.of("a", "1", java)).validate(wrong).findings();
    List<Finding> b = Validator.of(RulePack.of("b", "1", text)).validate(wrong).findings();
    assertThat(a).hasSize(1);
    assertThat(b).hasSize(1);
    assertThat(a.get(0).reported()).isEqualTo(b.get(0).reported());
    assertThat(a.get(0).computed()).isEqualTo(b.get(0).computed());
  }

  /**
   * A rule without {@code that} has no condition (the hierarchy rules then skip asking it fact by
   * fact); one with it has, and its condition still decides which facts a sum counts.
   */
  @Test
  void aHierarchyRuleAsksItsConditionOnlyWhenItHasOne() {
    Rule plain = Rules.rule("p").titled("p", "p").given(Rules.facts())
        .should(Rules.sumOfChildren(FactDimension.ECONOMIC)).build();
    Rule always = Rules.rule("a").titled("a", "a").given(Rules.facts()).that(f -> true)
        .should(Rules.sumOfChildren(FactDimension.ECONOMIC)).build();
    Rule none = Rules.rule("n").titled("n", "n").given(Rules.facts()).that(f -> false)
        .should(Rules.sumOfChildren(FactDimension.ECONOMIC)).build();
    assertThat(plain.hasCondition()).isFalse();
    assertThat(plain.toBuilder().build().hasCondition()).isFalse();
    assertThat(always.hasCondition()).isTrue();
    assertThat(none.hasCondition()).isTrue();
    BudgetDocument wrong = Mutate.set(table(), Mutate.cell("T1", "30101", "合计"), "50.00");
    assertThat(Validator.of(RulePack.of("p", "1", plain)).validate(wrong).findings()).hasSize(1);
    assertThat(Validator.of(RulePack.of("a", "1", always)).validate(wrong).findings()).hasSize(1);
    assertThat(Validator.of(RulePack.of("n", "1", none)).validate(wrong).findings()).isEmpty();
  }
}
