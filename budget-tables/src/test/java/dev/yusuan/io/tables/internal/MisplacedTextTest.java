package dev.yusuan.io.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A label shifted under an amount column ({@link MisplacedText}): read as a misplaced row (a WARNING at the
 * cell, the row's amounts counted unread, the document read partly), never a number that cannot be parsed
 * (an ERROR refusing the whole document); a malformed number keeps its ERROR.
 */
class MisplacedTextTest {
  @Test
  void textIsToldApartFromAMisprintedNumber() {
    assertThat(MisplacedText.isText("人大事务综合业务管理")).isTrue();
    assertThat(MisplacedText.isText("（一）人大会议 305.00")).isTrue();
    assertThat(MisplacedText.isText("2024年人大会议")).isTrue();
    assertThat(MisplacedText.isText("13,907-78")).isFalse();
    assertThat(MisplacedText.isText("1,234.5.6")).isFalse();
    assertThat(MisplacedText.isText("12.5万元")).isFalse();
    assertThat(MisplacedText.isText("2,706.24元")).isFalse();
    assertThat(MisplacedText.isText("n/a")).isFalse();
    assertThat(MisplacedText.amounts("（一）人大会议 305.00 1,234.50")).containsExactly("305.00", "1,234.50");
  }

  /**
   * The Keqiao example with its tabs expanded to stops of 4 counting characters ({@code expand -t 4}): the
   * project tables' unit names push the project names under the 一般公共预算 column. Before: 14
   * {@code table.bad-number} ERRORs, the document refused (exit 2, no report).
   */
  @Test
  void theKeqiaoExampleExpandedToTabStopsOfFourIsReadPartlyNotRefused() {
    String printed = ShiftedRowsProperties.print(ShiftedRowsProperties.KEQIAO,
        new ShiftedRowsProperties.Style(ShiftedRowsProperties.Printing.TABS_BY_CHARACTERS, 4, -1));
    BudgetDocument d = ShiftedRowsProperties.read(printed);
    assertThat(d.diagnostics()).extracting(Diagnostic::code).noneMatch(c -> c.endsWith("bad-number"));
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isEmpty();
    List<Diagnostic> shifted = d.diagnostics().stream().filter(MisplacedText::isMisplaced).toList();
    assertThat(shifted).hasSize(14).allMatch(x -> x.severity() == Severity.WARNING
        && x.code().equals("layout.misplaced-text") && x.location().line().isPresent()
        && x.location().columnHeader().isPresent());
    assertThat(shifted).extracting(x -> x.location().text().orElse("")).contains("人大事务综合业务管理");
    // no fact on a misplaced row; the document is read partly and checked, with no ERROR finding
    for (Diagnostic x : shifted) {
      int line = x.location().line().getAsInt();
      assertThat(d.facts()).noneMatch(f -> f.provenance().tableId().isPresent()
          && f.provenance().line().orElse(-1) == line);
    }
    assertThat(BudgetIo.unreadAmounts(d)).isPositive();
    assertThat(ShiftedRowsProperties.findings(d)).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * An honest national table with tabs expanded to stops of 2 counting characters and the 行政运行 row's label
   * moved one column right: 行政运行 stands under 合计 (and 机关事业单位基本养老保险缴费支出, too long for its
   * stop, under 合计 of its own row). Each such row is misplaced (its amounts counted unread), the other figures
   * are doubtful (the table was not read completely), and nothing is an ERROR. Before: {@code table.bad-number}
   * ERRORs, the document refused.
   */
  @Test
  void aNationalRowShiftedUnderAnAmountColumnIsMisplacedAndCountedUnread() {
    String tabbed = ShiftedRowsProperties.national(7);
    List<String> lines = List.of(tabbed.split("\n", -1));
    int row = lines.indexOf(lines.stream().filter(l -> l.startsWith("2010101\t")).findFirst().orElseThrow());
    String printed = ShiftedRowsProperties.print(tabbed,
        new ShiftedRowsProperties.Style(ShiftedRowsProperties.Printing.TABS_BY_CHARACTERS, 2,
            ShiftedRowsProperties.shiftable(lines).indexOf(row)));
    assertThat(printed.split("\n")[row]).as(printed).isEqualTo("2010101   行政运行  8137.13 8137.13 0.00");
    BudgetDocument d = ShiftedRowsProperties.read(printed);
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).as(printed).isEmpty();
    List<Diagnostic> shifted = d.diagnostics().stream().filter(MisplacedText::isMisplaced).toList();
    assertThat(shifted).as(printed).extracting(x -> x.location().line().orElse(-1) + " " + x.location().text()
        .orElse("")).containsExactlyInAnyOrder((row + 1) + " 行政运行", "16 机关事业单位基本养老保险缴费支出");
    assertThat(shifted).allMatch(x -> x.severity() == Severity.WARNING && x.location().columnHeader().isPresent());
    assertThat(d.facts()).noneMatch(f -> f.provenance().line().orElse(-1) == row + 1);
    assertThat(BudgetIo.unreadAmounts(d)).isGreaterThanOrEqualTo(6);
    assertThat(d.facts()).filteredOn(f -> f.provenance().tableId().isPresent())
        .allMatch(f -> f.provenance().doubtful());
    assertThat(ShiftedRowsProperties.findings(d)).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /** A malformed number under an amount column (digits with a mark too many) is no text: it keeps its ERROR. */
  @Test
  void aMalformedNumberKeepsItsError() {
    String tabbed = ShiftedRowsProperties.national(7);
    String[] lines = tabbed.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("2010101\t")) {
        String[] c = lines[i].split("\t", -1);
        c[3] = "1,234.5.6";
        lines[i] = String.join("\t", c);
      }
    }
    String printed = ShiftedRowsProperties.print(String.join("\n", lines),
        new ShiftedRowsProperties.Style(ShiftedRowsProperties.Printing.COLUMNS_BY_DISPLAY, 3, -1));
    BudgetDocument d = ShiftedRowsProperties.read(printed);
    assertThat(d.diagnostics()).filteredOn(x -> x.severity() == Severity.ERROR).as(printed)
        .extracting(Diagnostic::code).contains("table.bad-number");
    assertThat(d.diagnostics()).noneMatch(MisplacedText::isMisplaced);
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isPresent();
  }
}
