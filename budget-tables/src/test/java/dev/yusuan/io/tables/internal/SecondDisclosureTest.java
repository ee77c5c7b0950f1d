package dev.yusuan.io.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where {@link SecondDisclosure} sees another disclosure start in a file's narrative, and where it must not. */
class SecondDisclosureTest {
  private static final String DEPARTMENT = "江苏省示例厅";
  /** An organisation the file's tables name besides the department. */
  private static final String OTHER = "江苏省另一示例局";

  /**
   * Narrative lines: pages separated by {@code "|"} in the list, each string one line of one segment, as page text
   * gives them (full-width colons folded: 部门:).
   */
  private static List<TextLine> pages(String... lines) {
    List<TextLine> out = new ArrayList<>();
    int page = 1;
    for (String l : lines) {
      if (l.equals("|")) {
        page++;
        continue;
      }
      out.add(new TextLine(page, out.size() + 1, 100 + out.size(), 12,
          List.of(new Segment(l, 50, 50 + 12 * l.length(), 100 + out.size(), 12))));
    }
    return out;
  }

  private static final String[] CONTENTS = {"目 录", "第一部分 部门概况", "一、主要职能", "二、部门机构设置及预算单位构成情况",
    "第二部分 2019年度部门预算表", "一、收支预算总表", "二、收入预算总表", "第三部分 2019年度部门预算情况说明"};

  private static final String[] BODY = {"第一部分 部门概况", "一、主要职能", "负责全省示例工作，收入预算总计 100.00 万元。",
    "二、部门机构设置及预算单位构成情况", "本部门共有预算单位 2 个。", "第三部分 2019年度部门预算情况说明",
    "收入预算总计 100.00 万元，与上年相比增加 10.00 万元。"};

  private static List<TextLine> disclosure(String cover, String... more) {
    List<String> l = new ArrayList<>();
    l.add(cover);
    l.add("|");
    l.addAll(List.of(CONTENTS));
    l.add("|");
    l.addAll(List.of(BODY));
    for (String m : more) {
      l.add(m);
    }
    return pages(l.toArray(String[]::new));
  }

  private static Optional<SecondDisclosure.Start> find(List<TextLine> lines) {
    return new SecondDisclosure(2019, dev.yusuan.model.Names.key(DEPARTMENT),
        java.util.Set.of(dev.yusuan.model.Names.key(OTHER)), false).find(lines, true);
  }

  @Test
  void oneDisclosureHasNone() {
    assertThat(find(disclosure("江苏省示例厅2019年度部门预算公开"))).isEmpty();
  }

  @Test
  void aTablesPartsOwnContentsListsOnlyTablesAndIsNone() {
    assertThat(find(disclosure("江苏省示例厅2019年度部门预算公开", "|", "江苏省2019年度", "省级部门预算公开报表", "|", "目 录",
        "序号 报表名称", "一、收支预算总表", "二、收入预算总表", "三、支出预算总表"))).isEmpty();
  }

  @Test
  void aLaterCoverOfAnotherYearStartsTheSecond() {
    List<TextLine> lines = disclosure("江苏省示例厅2019年度部门预算公开", "|", "江苏省示例厅2020年度部门预算公开", "|", "目 录");
    Optional<SecondDisclosure.Start> s = find(lines);
    assertThat(s).isPresent();
    assertThat(lines.get(s.get().at()).text()).isEqualTo("江苏省示例厅2020年度部门预算公开");
    assertThat(s.get().page()).isEqualTo(4);
  }

  @Test
  void aCoverTitleWrappedAfterTheYearStartsTheSecond() {
    List<TextLine> lines = disclosure("江苏省示例厅2019年度部门预算公开", "|", "江苏省示例厅 2020 年度", "部门预算公开", "- 1 -");
    assertThat(find(lines)).map(SecondDisclosure.Start::page).contains(4);
  }

  @Test
  void aTablesPartsCoverWrappedIsNoneInItsOwnYear() {
    assertThat(find(disclosure("江苏省示例厅2019年度部门预算公开", "|", "江苏省 2019 年度", "省级部门预算公开报表"))).isEmpty();
  }

  @Test
  void theContentsOfAnotherYearPrintedAgainStartTheSecond() {
    // the entries state their year: 2019 in the first 目录, 2020 in the second; the cover is an image (no text)
    List<TextLine> lines = pages("江苏省示例厅2019年度部门预算公开", "|", "目 录", "第一部分 部门概况", "一、2019年度主要职能",
        "二、2019年度部门主要工作任务", "第二部分 2019年度部门预算表", "一、收支预算总表", "|", "第一部分 部门概况",
        "一、2019年度主要职能", "本部门负责示例工作。", "二、2019年度部门主要工作任务", "完成示例任务。", "|", "- 1 -", "|",
        "第一部分 部门概况", "一、2020年度主要职能", "二、2020年度部门主要工作任务", "第二部分 2020年度部门预算表");
    Optional<SecondDisclosure.Start> s = find(lines);
    assertThat(s).map(SecondDisclosure.Start::page).contains(4); // from its cover page
  }

  @Test
  void aLaterCoverOfTheSameYearIsNone() {
    assertThat(find(disclosure("江苏省示例厅2019年度部门预算公开", "|", "江苏省示例厅2019年度部门预算公开"))).isEmpty();
  }

  @Test
  void aYearInABodySentenceIsNoCover() {
    assertThat(find(disclosure("江苏省示例厅2019年度部门预算公开", "|", "与2018年度部门预算相比，收入增加。"))).isEmpty();
  }

  @Test
  void theContentsPrintedAgainStartTheSecondEvenWithoutItsTitle() {
    List<String> second = new ArrayList<>(List.of("|", "- 1 -", "|"));
    second.addAll(List.of(CONTENTS).subList(1, CONTENTS.length)); // its 目录 line dropped as a running header
    List<TextLine> lines = disclosure("江苏省示例厅2019年度部门预算公开", second.toArray(String[]::new));
    Optional<SecondDisclosure.Start> s = find(lines);
    assertThat(s).isPresent();
    assertThat(lines.get(s.get().at()).text()).isEqualTo("- 1 -"); // its cover page, a few lines
  }

  @Test
  void anotherOrganisationsContentsWordedItsOwnWayStartTheSecond() {
    // two entries as the first 目录's, then parts worded otherwise (another organisation of the same year)
    List<TextLine> lines = disclosure("江苏省示例厅2019年度部门预算公开", "|", "江苏省另一示例局 2019 年度部门预算", "目 录",
        "第一部分 部门概况", "一、主要职能", "二、2019年度部门主要工作任务及目标", "三、部门机构设置和所属单位情况");
    assertThat(find(lines)).map(SecondDisclosure.Start::page).contains(4);
  }

  @Test
  void twoContentsEntriesInTheBodyFollowedByItsItemsAreNone() {
    assertThat(find(disclosure("江苏省示例厅2019年度部门预算公开", "|", "第一部分 部门概况", "一、主要职能", "（一）负责全省示例工作",
        "（二）负责全省另一项工作", "1、依法管理示例事务"))).isEmpty();
    assertThat(find(disclosure("江苏省示例厅2019年度部门预算公开", "|", "第一部分 部门概况", "一、主要职能",
        "二、本部门负责示例工作，完成任务。", "三、其他。"))).isEmpty();
  }

  @Test
  void twoContentsEntriesInARowInTheBodyAreNone() {
    assertThat(find(disclosure("江苏省示例厅2019年度部门预算公开", "|", "第一部分 部门概况", "一、主要职能", "正文。"))).isEmpty();
  }

  @Test
  void aCoverPageNamingAnotherOrganisationStartsTheSecond() {
    List<TextLine> lines = disclosure("江苏省示例厅2019年度部门预算公开", "|", "上海市某区2019年区级部门预算", "预算主管部门:江苏省另一示例局");
    Optional<SecondDisclosure.Start> s = find(lines);
    assertThat(s).isPresent();
    assertThat(s.get().page()).isEqualTo(4);
  }

  @Test
  void aCoverPageNamingAnOrganisationNoTableNamesIsNone() {
    // the department in other words (中共江苏示例厅, not a name holding 江苏省示例厅): no table names it as another
    // organisation's, so it is no second disclosure
    assertThat(find(disclosure("江苏省示例厅2019年度部门预算公开", "|", "上海市某区2019年区级部门预算", "预算主管部门:中共江苏示例厅")))
        .isEmpty();
    // unless the file's tables repeat their set: a second disclosure whose tables name no one
    assertThat(new SecondDisclosure(2019, dev.yusuan.model.Names.key(DEPARTMENT), java.util.Set.of(), true)
        .find(disclosure("江苏省示例厅2019年度部门预算公开", "|", "上海市某区2019年区级部门预算", "预算主管部门:中共江苏示例厅"), true))
        .isPresent();
  }

  @Test
  void aCoverPageNamingTheDepartmentOrItsLongerNameIsNone() {
    assertThat(find(disclosure("江苏省示例厅2019年度部门预算公开", "|", "预算主管部门:中共江苏省示例厅"))).isEmpty();
  }

  @Test
  void aLongPageNamingAnotherOrganisationIsNoCover() {
    assertThat(find(disclosure("江苏省示例厅2019年度部门预算公开", "|", "部门:江苏省另一示例局", "一", "二", "三", "四", "五", "六")))
        .isEmpty();
  }
}
