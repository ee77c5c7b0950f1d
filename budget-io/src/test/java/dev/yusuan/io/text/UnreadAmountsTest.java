package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import org.junit.jupiter.api.Test;

/** Examples of {@link UnreadAmounts}: the text a PDF converter writes is not passed as read. */
class UnreadAmountsTest {
  /** The shape of {@code pdftotext -layout} output of a budget: a heading, a sentence, a table. */
  private static final String LAYOUT_TEXT = String.join("\n",
      "某某县某某局",
      "2025 年度部门预算公开",
      "",
      "# 一、收支预算总体情况说明",
      "",
      "  支出预算总计 1,234.56 万元。",
      "",
      "公开 06 表",
      "          财政拨款基本支出预算表（经济科目）",
      "部门名称：某某县某某局                     单位：万元",
      "        科目编码               科目名称   金额",
      "                  合计               1,234.56",
      "301              工资福利支出            1,000.00",
      "30101            基本工资                  234.56",
      "                                    10",
      "");

  @Test
  void rowsAlignedWithSpacesMakeTheReadIncompleteAtTheirLines() {
    BudgetDocument d = new TextReader().read(LAYOUT_TEXT, "layout.txt");
    assertThat(d.year()).isEqualTo(2025);
    assertThat(d.diagnostics()).filteredOn(g -> g.code().equals("text.untabbed-row"))
        .extracting(g -> g.location().line().getAsInt()).containsExactly(12, 13, 14);
    assertThat(d.diagnostics()).filteredOn(g -> g.code().equals("text.untabbed-row"))
        .allSatisfy(g -> assertThat(g.severity()).isEqualTo(Severity.ERROR))
        .first().extracting(Diagnostic::messageZh).asString().contains("合计 | 1,234.56");
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).get().asString()
        .contains("layout.txt:12").contains("未能完整读取").contains("(+2 more");
  }

  /**
   * A table whose cells are one space apart (a copy that kept one space per cell) under a narrative with a year:
   * until 2026-12-02 each amount was only an INFO and the document passed, its 12 table amounts unread.
   */
  @Test
  void rowsWhoseCellsAreOneSpaceApartMakeTheReadIncomplete() {
    String text = String.join("\n", "某市示例局2024年部门预算", "", "一、预算情况说明", "", "2024年支出预算30.00万元。", "",
        "2024年一般公共预算支出表", "部门：某市示例局 单位：万元", "科目编码 科目名称 合计 基本支出 项目支出",
        "合计 30.00 20.00 10.00", "201 一般公共服务支出 30.00 20.00 10.00", "20101 人大事务 30.00 20.00 10.00",
        "2010101 行政运行 30.00 20.00 10.00", "");
    BudgetDocument d = new TextReader().read(text, "one-space.txt");
    assertThat(d.diagnostics()).filteredOn(g -> g.code().equals("text.untabbed-row"))
        .extracting(g -> g.location().line().getAsInt()).containsExactly(10, 11, 12, 13);
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isPresent();
    // the sentence's figure has its unit: no row
    assertThat(d.diagnostics()).noneMatch(g -> g.location().line().orElse(0) == 5 && g.code().startsWith("text.un"));
  }

  /** Figures without their unit in a sentence (its punctuation) are no row: each an INFO, as before. */
  @Test
  void aSentenceListingFiguresWithoutTheirUnitIsNoRow() {
    String text = String.join("\n", "某市示例局2024年部门预算", "", "一、预算情况说明", "",
        "其中基本支出 20.00 项目支出 10.00，合计 30.00。", "");
    BudgetDocument d = new TextReader().read(text, "sentence.txt");
    assertThat(d.diagnostics()).extracting(Diagnostic::code).doesNotContain("text.untabbed-row");
  }

  @Test
  void theSentenceWithItsUnitIsTheNarrativeReadersAndThePageNumberNothing() {
    BudgetDocument d = new TextReader().read(LAYOUT_TEXT, "layout.txt");
    assertThat(d.diagnostics()).noneMatch(g -> g.code().startsWith("text.un")
        && (g.location().line().orElse(0) == 6 || g.location().line().orElse(0) == 15));
    assertThat(d.diagnostics()).noneMatch(g -> g.location().line().orElse(0) == 15);
  }

  @Test
  void anAmountWithoutUnitInASentenceIsInfoNotAFailure() {
    String text = LAYOUT_TEXT.lines().limit(7).reduce((a, b) -> a + "\n" + b).get()
        + "\n其中上年结转 12.30，详见附表。\n";
    BudgetDocument d = new TextReader().read(text, "t.txt");
    assertThat(d.diagnostics()).filteredOn(g -> g.code().equals("text.unread-amount"))
        .singleElement().satisfies(g -> {
          assertThat(g.severity()).isEqualTo(Severity.INFO);
          assertThat(g.location().line()).hasValue(8);
          assertThat(g.messageEn()).endsWith(": 12.30");
        });
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isEmpty();
  }

  @Test
  void numberShapes() {
    assertThat(UnreadAmounts.number("2024.01.15")).isFalse();
    assertThat(UnreadAmounts.number("1,234,567.89")).isTrue();
    assertThat(UnreadAmounts.number("12,34")).isFalse();
    assertThat(UnreadAmounts.amountShaped("1.2")).isFalse();
    assertThat(UnreadAmounts.amountShaped("1.20")).isTrue();
    assertThat(UnreadAmounts.amountShaped("1,200")).isTrue();
    assertThat(UnreadAmounts.amountShaped("2024")).isFalse();
    assertThat(UnreadAmounts.fold("１２．５０")).isEqualTo("12.50");
  }

  @Test
  void theKeqiaoExampleHasNoUntabbedRow() {
    assertThat(Keqiao.read().diagnostics()).noneMatch(g -> g.code().startsWith("text.untabbed")
        || g.code().equals("text.unread-amount"));
  }
}
