package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.ContentsEntry;
import dev.yusuan.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code structure.contents} for the Jiangsu and Shanghai templates: the contents in each template's
 * own wording (numbering, year, word order, parts with tables under them) agree with the tables; a
 * listed table that is absent is an ERROR, a table not listed a WARNING.
 */
class StructureContentsTest {
  /** The 2017–2019 Jiangsu wording: 政府性基金 after 财政拨款, 政府采购预算表 without 支出. */
  static final List<String> JIANGSU = List.of("一、收支预算总表", "二、收入预算总表", "三、支出预算总表", "四、财政拨款收支预算总表",
      "五、财政拨款支出预算表", "六、财政拨款基本支出预算表", "七、财政拨款政府性基金支出预算表", "八、一般公共预算支出预算表",
      "九、一般公共预算基本支出预算表", "十、一般公共预算机关运行经费支出预算表", "十一、一般公共预算“三公”经费、会议费、培训费支出预算表",
      "十二、政府采购支出预算表");

  static final List<String> SHANGHAI = List.of("1. 2024年部门财务收支预算总表", "2. 2024年部门收入预算总表",
      "3. 2024年部门支出预算总表", "4．2024年部门财政拨款收支预算总表", "5．2024年部门一般公共预算支出功能分类预算表",
      "6．2024年部门政府性基金预算支出功能分类预算表", "7．2024年部门国有资本经营预算支出功能分类预算表",
      "8．2024年部门一般公共预算基本支出部门预算经济分类预算表", "9．2024年部门“三公”经费和机关运行经费预算表");

  static BudgetDocument withContents(BudgetDocument d, String part, List<String> tables) {
    BudgetDocument.Builder b = BudgetDocument.builder().from(d).contents(List.of())
        .addContents(ContentsEntry.of(1, "第一部分 部门概况"), ContentsEntry.of(2, "一、主要职能"))
        .addContents(ContentsEntry.of(1, part));
    tables.forEach(t -> b.addContents(ContentsEntry.of(2, t)));
    return b.addContents(ContentsEntry.of(1, "第三部分 2024年度部门预算情况说明")).build();
  }

  static List<Finding> contents(RulePack pack, BudgetDocument d) {
    return Validator.of(pack).validate(d).findings().stream().filter(f -> f.ruleId().equals("structure.contents"))
        .toList();
  }

  @Test
  void jiangsuContentsInItsOwnWordingAgreeWithTheTables() {
    for (long seed = 0; seed < 6; seed++) {
      BudgetDocument d = withContents(GeneratedJiangsu.generate(seed, seed % 2 == 0), "第二部分 2024年度部门预算表", JIANGSU);
      assertThat(contents(StandardRules.jiangsuBudget(), d)).as("seed %d", seed).isEmpty();
    }
  }

  @Test
  void aListedTableThatIsAbsentIsAnErrorAndAnUnlistedTableAWarning() {
    BudgetDocument d = withContents(GeneratedJiangsu.generate(3, false), "第二部分 2024年度部门预算表", JIANGSU);
    BudgetDocument absent = BudgetDocument.builder().from(d)
        .tables(d.tables().stream().filter(t -> !t.kind().equals("js.operating-cost")).toList()).build();
    assertThat(contents(StandardRules.jiangsuBudget(), absent)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.messageZh()).contains("机关运行经费");
    });
    BudgetDocument unlisted = withContents(GeneratedJiangsu.generate(3, false), "第二部分 2024年度部门预算表",
        JIANGSU.stream().filter(t -> !t.contains("八、")).toList());
    assertThat(contents(StandardRules.jiangsuBudget(), unlisted)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.messageZh()).contains("一般公共预算支出预算表");
    });
  }

  @Test
  void shanghaiContentsWithNumberedEntriesAndYears() {
    BudgetDocument d = withContents(GeneratedShanghai.generate(5, true), "五、部门预算表", SHANGHAI);
    assertThat(contents(StandardRules.shanghaiBudget(), d)).isEmpty();
    BudgetDocument more = BudgetDocument.builder().from(d)
        .addContents(ContentsEntry.of(2, "10．2024年部门项目支出预算表")).build();
    assertThat(contents(StandardRules.shanghaiBudget(), more)).singleElement()
        .satisfies(f -> assertThat(f.messageZh()).contains("项目支出预算表"));
  }

  @Test
  void aDocumentWithoutContentsIsNotChecked() {
    assertThat(contents(StandardRules.jiangsuBudget(), GeneratedJiangsu.generate(1, true))).isEmpty();
  }

  /**
   * One printed table read as two (the reader gave the parts different kinds under one title, as the
   * Zhejiang 项目支出绩效表): the listing covers both; a second table under another title does not.
   */
  @Test
  void aTableReadAsTwoKindsUnderOneListedTitleIsListed() {
    BudgetDocument d = withContents(GeneratedJiangsu.generate(2, true), "第二部分 2024年度部门预算表", JIANGSU);
    dev.yusuan.model.DisclosureTable listed = d.tables().stream()
        .filter(t -> t.kind().equals("js.operating-cost")).findFirst().orElseThrow();
    BudgetDocument twoKinds = BudgetDocument.builder().from(d).addTables(dev.yusuan.model.DisclosureTable
        .builder().from(listed).id("T99").kind("js.performance-targets").build()).build();
    assertThat(contents(StandardRules.jiangsuBudget(), twoKinds)).isEmpty();
    BudgetDocument other = BudgetDocument.builder().from(d).addTables(dev.yusuan.model.DisclosureTable
        .builder().from(listed).id("T99").kind("js.performance-targets").title("2024年度项目绩效目标表").build())
        .build();
    assertThat(contents(StandardRules.jiangsuBudget(), other)).singleElement()
        .satisfies(f -> assertThat(f.messageZh()).contains("项目绩效目标表").contains("未列入目录"));
  }
}
