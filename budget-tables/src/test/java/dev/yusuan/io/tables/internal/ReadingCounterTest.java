package dev.yusuan.io.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.ReadingCoverage;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** What {@link ReadingCounter} counts as printed, and what it reports unread. */
class ReadingCounterTest {
  private static DisclosureTable table(List<String> row) {
    return DisclosureTable.builder().id("T01").title("支出预算表").unit(MoneyUnit.WAN_YUAN)
        .addColumns(DisclosureTable.Column.of(0, List.of("项目"), Optional.empty()))
        .addColumns(DisclosureTable.Column.of(1, List.of("基本支出"), Optional.empty()))
        .addColumns(DisclosureTable.Column.of(2, List.of("项目支出"), Optional.empty()))
        .addRows(DisclosureTable.Row.builder().cells(row).label(row.get(0)).page(OptionalInt.of(3))
            .line(OptionalInt.of(40)).build())
        .provenance(Provenance.builder().source("t.pdf").tableId("T01").build()).build();
  }

  /** The fact the reader made of the cell in column 1 (基本支出). */
  private static Fact readFirst(DisclosureTable t) {
    return Fact.of(Concept.EXPENDITURE, Coordinates.EMPTY, Amount.of(t.rows().get(0).cell(1), MoneyUnit.WAN_YUAN),
        Provenance.builder().source("t.pdf").tableId("T01").page(3).line(40).columnHeader("基本支出").build());
  }

  @Test
  void amountsPrintedTogetherInOneCellAreCountedAndReportedUnread() {
    DisclosureTable t = table(List.of("一般公共服务支出", "1,000.00", "2,703.782,588.55"));
    ReadingCounter.Result r = ReadingCounter.count(t, List.of(readFirst(t)), List.of(), "t.pdf");
    assertThat(r.table().coverage()).contains(new ReadingCoverage(3, 1));
    assertThat(r.added()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("pdf.unread-amount");
      assertThat(d.unreadAmounts()).isEqualTo(2);
      assertThat(d.location().columnHeader()).contains("项目支出");
      assertThat(d.messageEn()).contains("2,703.782,588.55");
    });
  }

  @Test
  void twoAmountsSideBySideInOneCellToo() {
    DisclosureTable t = table(List.of("一般公共服务支出", "1,000.00", "100.00 200.00"));
    ReadingCounter.Result r = ReadingCounter.count(t, List.of(readFirst(t)), List.of(), "t.pdf");
    assertThat(r.added()).extracting(Diagnostic::unreadAmounts).containsExactly(2);
  }

  @Test
  void textWithANumberInItAndOneAmountAreNotRunTogether() {
    assertThat(ReadingCounter.runTogether("台式计算机(20.50万以下)")).isZero();
    assertThat(ReadingCounter.runTogether("1,000.00")).isZero();
    assertThat(ReadingCounter.runTogether("2019")).isZero();
    assertThat(ReadingCounter.runTogether("12 34")).isZero(); // 栏次 or codes, no decimals
    assertThat(ReadingCounter.runTogether("2,703.782,588.55")).isEqualTo(2);
    assertThat(ReadingCounter.runTogether("1.00 2.00 3.00")).isEqualTo(3);
    DisclosureTable t = table(List.of("台式计算机(20.50万以下)", "1,000.00", ""));
    ReadingCounter.Result r = ReadingCounter.count(t, List.of(readFirst(t)), List.of(), "t.pdf");
    assertThat(r.added()).isEmpty();
    assertThat(r.table().coverage()).contains(new ReadingCoverage(1, 1));
  }

  @Test
  void anAmountWhoseDecimalMarkReadsAsAnotherCharacterIsReportedUnread() {
    DisclosureTable t = table(List.of("一般公共服务支出", "1,000.00", "13,907-78"));
    ReadingCounter.Result r = ReadingCounter.count(t, List.of(readFirst(t)), List.of(), "t.pdf");
    assertThat(r.table().coverage()).contains(new ReadingCoverage(2, 1));
    assertThat(r.added()).singleElement().satisfies(d -> {
      assertThat(d.unreadAmounts()).isEqualTo(1);
      assertThat(d.messageEn()).contains("13,907-78");
    });
  }
}
