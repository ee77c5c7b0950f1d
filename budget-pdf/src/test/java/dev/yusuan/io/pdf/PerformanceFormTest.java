package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.Severity;
import dev.yusuan.model.TargetComparator;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-drawn national 项目支出绩效目标表 (in 元, text and amounts left-aligned, 一级 / 二级指标 printed once for the rows
 * they group) after a 项目支出表 without a unit column: the form's money is read as the project's facts, its
 * indicator rows as performance targets, and the rules find what the document contradicts.
 */
class PerformanceFormTest {
  private static final float[] EDGES = {30, 140, 300, 460, 640, 812};

  /** The document: 项目支出表 (项目名称 | 合计 | 一般公共预算 | 单位资金) then the project's form. */
  static BudgetDocument read(String tableName, String formName, String total, String fiscal, String other)
      throws IOException {
    try (PdfFixture f = new PdfFixture(PdfFixture.requireCjkFont())) {
      f.page();
      float y = f.heading(50, null, "某市示例局2024年项目支出表", "元", "某市示例局");
      PdfFixture.Table t = f.table(y, new float[] {30, 330, 490, 650, 812}, false, true, true, true);
      t.header(0, 0, "项目名称", 1, 1, "合计", 2, 2, "一般公共预算", 3, 3, "单位资金");
      t.row("合计", "1,250,000.00", "1,000,000.00", "250,000.00");
      t.row(tableName, "1,250,000.00", "1,000,000.00", "250,000.00");
      f.page();
      y = f.heading(50, null, "某市示例局2024年项目支出绩效目标表", "元", "某市示例局");
      t = f.table(y, EDGES, false, false, false, false, false);
      if (formName != null) {
        t.row("项目名称", formName, null, null, null);
      }
      t.row("主管部门", "某市示例局", null, "实施单位", "某市示例局本级");
      t.row("项目资金", "年度资金总额：", total, null, null);
      t.row(null, "其中：财政拨款", fiscal, null, null);
      t.row(null, "其他资金", other, null, null);
      t.row("年度目标", "完成全年执法装备更新，提升一线执法保障水平，确保资金使用规范", null, null, null);
      t.row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值");
      t.row(null, "产出指标", "数量指标", "执法装备购置数量", "120套");
      t.row(null, null, "质量指标", "装备验收合格率", "100%");
      t.row(null, null, "成本指标", "单套装备成本", "≤1万元");
      t.row(null, "效益指标", "社会效益指标", "执法保障能力", "明显提升");
      t.row(null, "满意度指标", "服务对象满意度指标", "一线执法人员满意度", "≥90%");
      return new PdfReader().read(new ByteArrayInputStream(f.bytes()), "form.pdf");
    }
  }

  /** The WARNING and ERROR findings but the structure rules' (this document prints two tables of the set). */
  private static List<Finding> findings(BudgetDocument d) {
    return Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
        .filter(f -> f.severity().atLeast(Severity.WARNING) && !f.ruleId().startsWith("structure.")).toList();
  }

  @Test
  void theFormsMoneyIsTheProjectsFactsAndItsIndicatorsAreTargets() throws Exception {
    BudgetDocument d = read("执法装备购置项目", "执法装备购置项目", "1,250,000.00", "1,000,000.00", "250,000.00");
    assertThat(d.template()).contains("national-budget");
    assertThat(d.tables()).extracting(DisclosureTable::kind).containsExactly("nb.projects", "nb.project-targets");
    assertThat(d.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO).isEmpty();
    DisclosureTable form = d.tables().get(1);
    assertThat(form.coverage().orElseThrow().amountsPrinted()).isEqualTo(3);
    assertThat(form.coverage().orElseThrow().amountsRead()).isEqualTo(3);
    List<Fact> money = d.facts().stream().filter(x -> x.provenance().tableId().equals(java.util.Optional.of(form.id())))
        .toList();
    assertThat(money).extracting(x -> x.coordinates().getOrNull(FactDimension.FUND_SOURCE) + "="
        + x.amount().value().toPlainString()).containsExactly("null=1250000.00", "FISCAL_APPROPRIATION=1000000.00",
            "UNIT_FUNDS=250000.00");
    assertThat(money).allMatch(x -> "执法装备购置项目".equals(x.coordinates().getOrNull(FactDimension.PROJECT))
        && "PROJECT".equals(x.coordinates().getOrNull(FactDimension.SPENDING_TYPE)));
    // 一级 / 二级 carried down; values split into comparator, number and measure; a qualitative value stays text
    assertThat(d.targets()).extracting(PerformanceTarget::level1).containsExactly("产出指标", "产出指标", "产出指标",
        "效益指标", "满意度指标");
    assertThat(d.targets()).extracting(PerformanceTarget::indicator).containsExactly("执法装备购置数量", "装备验收合格率",
        "单套装备成本", "执法保障能力", "一线执法人员满意度");
    PerformanceTarget cost = d.targets().get(2);
    assertThat(cost.comparator()).contains(TargetComparator.LE);
    assertThat(cost.numericValue().orElseThrow()).isEqualByComparingTo("1");
    assertThat(cost.measureUnit()).isEqualTo("万元");
    assertThat(d.targets().get(3).comparator()).contains(TargetComparator.QUALITATIVE);
    assertThat(d.targets()).allMatch(x -> x.project().equals("执法装备购置项目"));
    // ≤1万元 is a target: no fact of 1 万元 anywhere
    assertThat(d.facts()).noneMatch(x -> x.amount().value().compareTo(java.math.BigDecimal.ONE) == 0);
    assertThat(findings(d)).isEmpty();
  }

  @Test
  void aFormWhoseTotalIsNotItsSourcesIsAnErrorAtTheTotal() throws Exception {
    BudgetDocument d = read("执法装备购置项目", "执法装备购置项目", "1,260,000.00", "1,000,000.00", "250,000.00");
    assertThat(findings(d)).anyMatch(f -> f.severity() == Severity.ERROR && f.ruleId().equals("nb.sum.fund-source")
        && f.locations().stream().anyMatch(p -> p.text().orElse("").equals("1,260,000.00")));
  }

  @Test
  void aFormDisagreeingWithTheProjectTableIsAWarningAndOnlyUnderTheSameName() throws Exception {
    // consistent in itself (1,200,000 = 950,000 + 250,000), another figure than 项目支出表's row of the project
    BudgetDocument same = read("执法装备购置项目", "执法装备购置项目", "1,200,000.00", "950,000.00", "250,000.00");
    assertThat(findings(same)).isNotEmpty().allMatch(f -> f.ruleId().equals("nb.cross.projects")
        && f.severity() == Severity.WARNING);
    BudgetDocument other = read("执法装备购置项目", "执法装备采购项目", "1,200,000.00", "950,000.00", "250,000.00");
    assertThat(findings(other)).isEmpty();
  }

  @Test
  void aFormPrintingNoProjectNameReadsNoAmountAsTheDepartments() throws Exception {
    BudgetDocument d = read("执法装备购置项目", null, "1,250,000.00", "1,000,000.00", "250,000.00");
    DisclosureTable form = d.tables().get(1);
    assertThat(form.kind()).isEqualTo("nb.project-targets");
    assertThat(form.coverage().orElseThrow().amountsRead()).isZero();
    assertThat(d.facts()).noneMatch(x -> x.provenance().tableId().equals(java.util.Optional.of(form.id())));
    assertThat(d.diagnostics()).filteredOn(g -> g.severity() == Severity.WARNING
        && g.location().tableId().equals(java.util.Optional.of(form.id()))).hasSize(3);
  }
}
