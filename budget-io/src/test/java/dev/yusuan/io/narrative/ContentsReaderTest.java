package dev.yusuan.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.ContentsEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 目录 as printed by the Jiangsu and Shanghai templates, read from lines of text. */
class ContentsReaderTest {
  @Test
  void jiangsuPartsAndTablesUntilTheBodyRepeatsTheFirstHeading() {
    List<ContentsEntry> e = ContentsReader.read(List.of("   某部门 2017 年度部门预算", "", "               目 录",
        "第一部分 部门概况", "一、主要职能", "二、2017 年度部门主要工作任务及目标",
        "第二部分 某部门 2017 年度部门预算表", "一、收支预算总表", "七、财政拨款政府性基金支出预算表",
        "十一、一般公共预算“三公”经费、会议费、培训费支出预算表", "十二、政府采购预算表",
        "第三部分 某部门 2017 年度部门预算情况说明", "第四部分 名词解释", "", "               1",
        "           第一部分 部门概况", "  一、主要职能", "  省某某是……"));
    assertThat(e).extracting(ContentsEntry::level).containsExactly(1, 2, 2, 1, 2, 2, 2, 2, 1, 1);
    assertThat(e).extracting(ContentsEntry::title).contains("第二部分 某部门 2017 年度部门预算表",
        "七、财政拨款政府性基金支出预算表", "十二、政府采购预算表").doesNotContain("省某某是……");
  }

  @Test
  void shanghaiEntriesWithDotLeadersAndAContentsTableHeader() {
    List<ContentsEntry> e = ContentsReader.read(List.of("目   录", "", "一、部门主要职能 ………………………………",
        "五、部门预算表   ………………………………", "  1. 2025年部门财务收支预算总表   ……………………………… 12",
        "  4．2025年部门财政拨款收支预算总表   ………………", "  9．2025年部门“三公”经费和机关运行经费预算表     ……",
        "六、其他相关情况说明 ……………………", "                 某区某局主要职能", "一、部门主要职能"));
    assertThat(e).extracting(ContentsEntry::title).containsExactly("一、部门主要职能", "五、部门预算表",
        "1.2025年部门财务收支预算总表", "4．2025年部门财政拨款收支预算总表", "9．2025年部门“三公”经费和机关运行经费预算表",
        "六、其他相关情况说明");
    assertThat(e).extracting(ContentsEntry::level).containsExactly(1, 1, 2, 2, 2, 1);
    assertThat(ContentsReader.read(List.of("目      录", "序号   报表名称", "一、   收支预算总表", "二、   收入预算总表",
        "收支预算总表", "部门：某部门"))).extracting(ContentsEntry::title)
        .containsExactly("一、收支预算总表", "二、收入预算总表");
  }

  @Test
  void aTitleWrappedOntoTheNextLineAfterAPageBreak() {
    List<ContentsEntry> e = ContentsReader.read(List.of("目           录", "第二部分 某部门 2017 年度部门预算表",
        "九、一般公共预算基本支出预算表", "               — 1 —", "  十、一般公共预算机关运行经费支出预算表",
        "  十一、一般公共预算“三公”经费、会议费、培训费支", "出预算表", "  十二、政府采购支出预算表",
        "  第三部分 某部门 2017 年度部门预算情况说明", "省某某是我省的重要机构。"));
    assertThat(e).extracting(ContentsEntry::title).containsExactly("第二部分 某部门 2017 年度部门预算表",
        "九、一般公共预算基本支出预算表", "十、一般公共预算机关运行经费支出预算表",
        "十一、一般公共预算“三公”经费、会议费、培训费支出预算表", "十二、政府采购支出预算表",
        "第三部分 某部门 2017 年度部门预算情况说明");
  }

  @Test
  void noContentsNoEntries() {
    assertThat(ContentsReader.read(List.of("一、收支预算总表", "二、收入预算总表"))).isEmpty();
  }
}
