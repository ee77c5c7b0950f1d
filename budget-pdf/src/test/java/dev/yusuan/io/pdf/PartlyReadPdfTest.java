package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.ReadingCoverage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A PDF whose table no layout knows is read partly ({@link BudgetIo#partlyRead}): its amounts are
 * counted by the table's reading coverage, each named by a diagnostic, and the count is the same
 * through both (a diagnostic on a counted table's cell is not counted twice).
 */
class PartlyReadPdfTest {
  static BudgetDocument read(byte[] pdf) throws IOException {
    return new PdfReader().read(new ByteArrayInputStream(pdf), "test.pdf");
  }

  @Test
  void aKnownTableIsReadCompletely() throws IOException {
    BudgetDocument d = read(PdfFixture.oneTable());
    assertThat(d.facts()).isNotEmpty();
    assertThat(BudgetIo.unreadAmounts(d)).isZero();
    assertThat(BudgetIo.partlyRead(d)).isEmpty();
  }

  @Test
  void anUnknownTableBesideAKnownOneIsPartlyRead() throws IOException {
    byte[] pdf;
    try (PdfFixture f = new PdfFixture(PdfFixture.requireCjkFont())) {
      f.oneTablePage().page();
      float y = f.heading(50, "表2", "2024年部门车辆购置明细表", "元");
      PdfFixture.Table u = f.table(y, new float[] {40, 300, 450, 600}, false, true, true);
      u.header(0, 0, "车辆类型", 1, 1, "数量", 2, 2, "金额");
      u.row("轿车", "2", "180000.00");
      u.row("客车", "1", "260000.00");
      pdf = f.bytes();
    }
    BudgetDocument d = read(pdf);
    assertThat(d.facts()).isNotEmpty();
    int unread = BudgetIo.unreadAmounts(d);
    assertThat(unread).as(d.diagnostics().toString()).isEqualTo(ReadingCoverage.total(d.tables()).unread())
        .isGreaterThanOrEqualTo(2);
    assertThat(BudgetIo.partlyRead(d)).hasValueSatisfying(why -> assertThat(why)
        .startsWith("partly read / 未完整读取: " + unread + " printed amounts"));
    assertThat(d.diagnostics()).filteredOn(x -> x.unreadAmounts() > 0)
        .extracting(x -> x.location().text().orElse(""))
        .contains("180000.00", "260000.00");
  }
}
