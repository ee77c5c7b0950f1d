package dev.yusuan.io.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A tab-separated table aligned by spaces in display columns prints a parent header flush left over its first
 * leaf (基本支出 over 人员支出 | 公用经费, 收 入 over 项 目 | 预算数): a left-aligned merged cell. It is a parent of
 * the leaves up to the next text of its line, not the upper line of its first leaf's wrapped cell
 * ({@code HeaderColumns}, display-width grids only: {@code pdftotext}'s wrapped cells may share their left edge).
 */
class FlushLeftHeadersTest {
  static BudgetDocument keqiaoAligned() {
    return ShiftedRowsProperties.read(ShiftedRowsProperties.print(ShiftedRowsProperties.KEQIAO,
        new ShiftedRowsProperties.Style(ShiftedRowsProperties.Printing.COLUMNS_BY_DISPLAY, 3, -1)));
  }

  static DisclosureTable table(BudgetDocument d, String title) {
    return d.tables().stream().filter(t -> t.title().endsWith(title)).findFirst().orElseThrow();
  }

  /** Before: 118 amounts unread, the 支出总表, 一般公共预算支出表 and 基本支出表 among them (headers 基本支出人员支出). */
  @Test
  void parentsPrintedFlushLeftSpanTheirLeaves() {
    BudgetDocument d = keqiaoAligned();
    DisclosureTable spending = table(d, "2024年部门支出预算总表");
    assertThat(spending.columns()).extracting(c -> c.headerPath().subList(c.headerPath().size() - 2,
        c.headerPath().size())).contains(List.of("基本支出", "人员支出"), List.of("基本支出", "公用经费"));
    assertThat(spending.coverage().orElseThrow().unread()).isZero();
    assertThat(table(d, "2024年部门一般公共预算支出表").coverage().orElseThrow().unread()).isZero();
    assertThat(table(d, "2024年部门一般公共预算基本支出表").coverage().orElseThrow().unread()).isZero();
    DisclosureTable summary = table(d, "2024年部门收支预算总表");
    assertThat(summary.columns()).extracting(c -> c.headerPath().subList(c.headerPath().size() - 2,
        c.headerPath().size())).containsExactly(List.of("收入", "项目"), List.of("收入", "预算数"),
            List.of("支出", "项目"), List.of("支出", "预算数"));
    // NOT DONE: the 收支总表s stay unread (53 amounts): the department and unit lines above their headers are
    // taken as parents of every column, so no column's top header is a section of the layout
    assertThat(BudgetIo.unreadAmounts(d)).isEqualTo(55);
    assertThat(ShiftedRowsProperties.findings(d)).noneMatch(f -> f.severity() == Severity.ERROR);
  }
}
