package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The indicators of a national 项目支出绩效目标表 are checked by the national 部门预算 pack's {@code targets.plausible}
 * and {@code targets.duplicate} (WARNINGs, as in the Zhejiang pack): a hand-drawn form with plausible values gives
 * neither; a rate above 100 %, a cost target with ≥ or an indicator row printed twice gives its WARNING at the form.
 */
class NationalTargetsTest {
  private static final float[] EDGES = {30, 140, 300, 460, 640, 812};

  /** A form whose indicator rows are {@code rows} (二级指标, 三级指标, 指标值), under 产出指标. */
  static BudgetDocument read(String[]... rows) throws IOException {
    try (PdfFixture f = new PdfFixture(PdfFixture.requireCjkFont())) {
      f.page();
      float y = f.heading(50, null, "某市示例局2024年项目支出绩效目标表", "元", "某市示例局");
      PdfFixture.Table t = f.table(y, EDGES, false, false, false, false, false);
      t.row("项目名称", "执法装备购置项目", null, null, null);
      t.row("主管部门", "某市示例局", null, "实施单位", "某市示例局本级");
      t.row("项目资金", "年度资金总额：", "1,250,000.00", null, null);
      t.row(null, "其中：财政拨款", "1,000,000.00", null, null);
      t.row(null, "其他资金", "250,000.00", null, null);
      t.row("年度目标", "完成全年执法装备更新，提升一线执法保障水平，确保资金使用规范", null, null, null);
      t.row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值");
      boolean first = true;
      for (String[] r : rows) {
        t.row(null, first ? "产出指标" : null, r[0], r[1], r[2]);
        first = false;
      }
      t.row(null, "满意度指标", "服务对象满意度指标", "一线执法人员满意度", "≥90%");
      return new PdfReader().read(new ByteArrayInputStream(f.bytes()), "form.pdf");
    }
  }

  private static List<Finding> targetFindings(BudgetDocument d) {
    return Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
        .filter(f -> f.ruleId().startsWith("targets.")).toList();
  }

  private static final String[] COUNT = {"数量指标", "执法装备购置数量", "120套"};
  private static final String[] RATE = {"质量指标", "装备验收合格率", "100%"};
  private static final String[] COST = {"成本指标", "单套装备成本", "≤1万元"};

  @Test
  void plausibleIndicatorsGiveNoFinding() throws Exception {
    BudgetDocument d = read(COUNT, RATE, COST);
    assertThat(d.template()).contains("national-budget");
    assertThat(d.targets()).hasSize(4);
    assertThat(targetFindings(d)).isEmpty();
  }

  @Test
  void aRateAbove100PercentIsAWarning() throws Exception {
    List<Finding> f = targetFindings(read(COUNT, new String[] {"质量指标", "装备验收合格率", "150%"}, COST));
    assertThat(f).extracting(Finding::ruleId).containsExactly("targets.plausible");
    assertThat(f).allMatch(x -> x.severity() == Severity.WARNING);
  }

  @Test
  void aCostTargetWithAtLeastIsAWarning() throws Exception {
    List<Finding> f = targetFindings(read(COUNT, RATE, new String[] {"成本指标", "单套装备成本", "≥1万元"}));
    assertThat(f).extracting(Finding::ruleId).containsExactly("targets.plausible");
  }

  @Test
  void anIndicatorRowPrintedTwiceIsAWarning() throws Exception {
    List<Finding> f = targetFindings(read(COUNT, RATE, RATE, COST));
    assertThat(f).extracting(Finding::ruleId).containsExactly("targets.duplicate");
    assertThat(f).allMatch(x -> x.severity() == Severity.WARNING);
  }
}
