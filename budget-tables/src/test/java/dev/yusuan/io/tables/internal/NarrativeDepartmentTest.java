package dev.yusuan.io.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The department a narrative PDF names: on its cover (one line or wrapped) or in its totals' sentences. */
class NarrativeDepartmentTest {
  static List<TextLine> lines(String... texts) {
    List<TextLine> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(new TextLine(1, i + 1, 20f * i, 12f, List.of(new Segment(texts[i], 0, 100, 20f * i, 12f))));
    }
    return out;
  }

  @Test
  void aCoverTitleOnOneLine() {
    assertThat(TableAssembly.narrativeDepartments(lines("某某省某某厅 2020 年度部门预算", "目 录")))
        .containsExactly("某某省某某厅");
  }

  @Test
  void aCoverTitleWrappedAfterTheYear() {
    assertThat(TableAssembly.narrativeDepartments(lines("某某省某某厅 2018 年度", "部门预算公开", "- 1 -", "目 录")))
        .containsExactly("某某省某某厅");
  }

  @Test
  void noCoverButTheTotalsSentences() {
    assertThat(TableAssembly.narrativeDepartments(lines("- 1 -", "目    录", "第一部分 部门概况",
        "一、主要职能", "二、部门机构设置及预算单位构成情况", "三、2019 年度部门主要工作任务及目标",
        "  某某市某某局 2019 年度收入、支出预算总计 1,234.56 万元，", "  某某市某某局本年收入预算合计 1,234.56 万元，其")))
        .containsExactly("某某市某某局", "某某市某某局");
  }

  @Test
  void contentsLinesAreNoDepartment() {
    assertThat(TableAssembly.narrativeDepartments(lines("- 1 -", "目 录", "第一部分 部门概况",
        "第二部分 2019 年度部门预算表", "一、收支预算总表"))).isEmpty();
  }
}
