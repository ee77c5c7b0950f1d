package dev.yusuan.model.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.model.Coordinates;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutsTest {
  private static List<List<String>> header(String... rows) {
    return java.util.Arrays.stream(rows).map(r -> List.of(r.split("\t", -1))).toList();
  }

  @Test
  void zhejiangHasElevenKindsAndRecognisesByTitleAndHeader() {
    Layouts z = Layouts.zhejiang();
    assertThat(z.all()).hasSize(12); // 11 tables, the 绩效 table in two forms
    assertThat(z.recognise("2024年部门收支预算总表", header("收 入\t\t支 出\t"))
        .map(Layout::kind)).contains("zj.summary");
    assertThat(z.recognise("2024年部门财政拨款收支预算总表", header("收入\t\t支出\t"))
        .map(Layout::kind)).contains("zj.fiscal-summary");
    assertThat(z.recognise("2024年部门一般公共预算基本支出表", header("科目编码\t科目名称\t合计"))
        .map(Layout::kind)).contains("zj.gpb-basic");
    assertThat(z.recognise("2024年部门项目支出绩效表", header("单位名称\t项目名称\t金额\t绩效目标"))
        .map(Layout::kind)).contains("zj.project-performance");
    assertThat(z.recognise("2024年部门项目支出绩效表",
        header("单位\t项目名称\t一级指标\t二级指标\t三级指标\t计算符号\t指标值\t计量单位"))
        .map(Layout::kind)).contains("zj.performance-targets");
    assertThat(z.recognise("会议费明细", header("a\tb"))).isEmpty();
  }

  @Test
  void columnAndRowRules() {
    Section s = Layouts.zhejiang().kind("zj.expenditure-summary").get().sections().get(0);
    assertThat(s.columnRule(List.of("基本支出", "人员支出")).get().mapping().coordinates())
        .isEqualTo(Coordinates.parse("SPENDING_TYPE=PERSONNEL"));
    assertThat(s.columnRule(List.of("对附属单 位补助支 出")).get().mapping().coordinates())
        .isEqualTo(Coordinates.parse("SPENDING_TYPE=SUBSIDY_TO_AFFILIATED"));
    Section income = Layouts.zhejiang().kind("zj.fiscal-summary").get().sections().get(0);
    assertThat(income.rowRule("一般公共预算", "上年结转结余").get().mapping().coordinates())
        .isEqualTo(Coordinates.parse("FUND_SOURCE=CARRY_OVER_GENERAL_PUBLIC_BUDGET"));
    assertThat(income.rowRule("一般公共预算", "财政拨款").get().mapping().coordinates())
        .isEqualTo(Coordinates.parse("FUND_SOURCE=GENERAL_PUBLIC_BUDGET"));
    assertThat(income.rowRule("收 入 总 计", null).get().mapping().coordinates())
        .isEqualTo(Coordinates.parse("FUND_SOURCE=FISCAL_TOTAL"));
    assertThat(income.isTotal("合 计")).isFalse();
  }

  @Test
  void malformedFilesNameTheLine() {
    String bad = "layout x\n  title t\n  column a b\n";
    assertThatThrownBy(() -> Layouts.load(new ByteArrayInputStream(
        bad.getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("line 3");
  }
}
