package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A real table file whose pages do not start where its first table starts ({@link PageOrderProperties} draws the
 * generated ones): the rows of a table whose title and header are on no page before them belong to no table the
 * reader finds, and they are said and counted, never dropped. Until 2026-12-02 the 11 amounts of such a page were
 * lost silently and the file could pass.
 */
class PageOrderTest {
  static final String TABLES = "jiangsu-npcsc-office-2019-budget-tables.pdf";

  static BudgetDocument readPages(List<Integer> order, String name) throws Exception {
    byte[] pdf = Files.readAllBytes(PdfReaderRealTest.real(TABLES));
    return new PdfReader().read(new ByteArrayInputStream(PageOrderProperties.pages(pdf, order)), name);
  }

  @Test
  void theLastPageAloneIsReadPartlyWithItsElevenAmountsCounted() throws Exception {
    BudgetDocument d = readPages(List.of(12), "last-page.pdf"); // page 13: the 政府采购预算表 continued
    assertThat(d.diagnostics()).filteredOn(x -> x.code().equals("pdf.unplaced-row")).hasSize(11)
        .allSatisfy(x -> assertThat(x.location().page()).hasValue(1));
    assertThat(BudgetIo.unreadAmounts(d)).isEqualTo(11);
    assertThat(BudgetIo.partlyRead(d)).isPresent();
    assertThat(d.diagnostics()).extracting(Diagnostic::messageZh)
        .anySatisfy(m -> assertThat(m).contains("会议服务 分散自行组织 113.63"));
  }

  @Test
  void theLastPagePutFirstLosesNoAmount() throws Exception {
    List<Integer> order = new ArrayList<>(List.of(12));
    for (int i = 0; i < 12; i++) {
      order.add(i);
    }
    BudgetDocument d = readPages(order, "moved.pdf");
    long tableFacts = d.facts().stream().filter(f -> f.provenance().tableId().isPresent()).count();
    // 163 amounts printed (the corpus's expectation): 152 read in the tables, the 11 of the page moved counted
    assertThat(tableFacts).isEqualTo(152);
    assertThat(BudgetIo.unreadAmounts(d)).isEqualTo(11);
  }

  @Test
  void theFileInItsOwnOrderHasNoRowOutsideATable() throws Exception {
    BudgetDocument d = readPages(java.util.stream.IntStream.range(0, 13).boxed().toList(), TABLES);
    assertThat(d.diagnostics()).extracting(Diagnostic::code).doesNotContain("pdf.unplaced-row");
    assertThat(BudgetIo.unreadAmounts(d)).isZero();
  }

  /**
   * {@link PageOrderProperties}' seed -4874717682432338481 (found by the fresh-clone CI): the generated 部门预算 with page
   * 3 of 20 (收入总表's first page) put first, so that the 收入总表's second page (its header repeated) follows the
   * 收支总表's page. Until 2026-12-02 it was taken as the 收支总表's continuation: 4 of 212 amounts neither read nor
   * counted. Now it is refused (its header's columns are not the 收支总表's) and its rows are counted unread.
   */
  @Test
  void aContinuationAfterAnotherTableIsNotTakenAsItsContinuation() throws Exception {
    NationalBudgetFixture.Shape shape = new NationalBudgetFixture.Shape(-2482, 2023, false, 1, true, true, false, false,
        false, true, false, 1, true, false, true, new NationalBudgetFixture.Extras(2, false, true, 2, true, true, true),
        null, java.math.BigDecimal.ZERO);
    BudgetDocument d = PageOrderProperties.assertPutFirstLosesNoAmount(shape, 2);
    assertThat(d.diagnostics()).filteredOn(x -> x.code().equals("pdf.not-continued"))
        .extracting(x -> x.location().page().orElse(0) + " " + x.location().tableTitle().orElse(""))
        .containsExactly("4 某市示例局2023年部门收支总表");
    // the 收支总表 is read whole (its columns no longer meet the 收入总表's rows: 0 of its amounts read before)
    assertThat(d.tables()).filteredOn(t -> t.title().equals("某市示例局2023年部门收支总表")).singleElement()
        .satisfies(t -> assertThat(t.coverage().orElseThrow().amountsRead()).isPositive()
            .isEqualTo(t.coverage().orElseThrow().amountsPrinted()));
  }

  /**
   * Shrunk samples of {@link PageOrderProperties#aContinuationRepeatingItsHeaderWrappedOtherwiseContinuesItsTable}: the
   * 收入总表's and 支出总表's second pages open with their header wrapped at 5 or 4 characters (a lone 科目编码 or 对附属单
   * on its first line, a lone 出 further down, a (%) of 增减率(%) on a line of its own). Before 2026-12-02 such a page ended the table (its rows unplaced),
   * and a lone 出 of the header anchored the page's columns to a body label's 出 on the first page (its rows read
   * under no column).
   */
  @Test
  void aContinuationRepeatingItsHeaderWrappedOtherwiseIsReadWhole() throws Exception {
    PageOrderProperties.assertReadWholeWithItsHeaderWrappedAt(new NationalBudgetFixture.Shape(0, 2021, false, 0, true,
        true, true, false, false, true, false, 0, true, false, false,
        new NationalBudgetFixture.Extras(1, false, true, 1, false, true, true), null, java.math.BigDecimal.ZERO), 5);
    PageOrderProperties.assertReadWholeWithItsHeaderWrappedAt(new NationalBudgetFixture.Shape(0, 2019, false, 0, false,
        true, false, false, false, true, false, 0, true, true, true,
        new NationalBudgetFixture.Extras(2, false, true, 2, true, true, true), null, java.math.BigDecimal.ZERO), 4);
    // 增减率(%) wrapped at 5 leaves a line (%) of no 汉字 above the body: it is the header's too
    PageOrderProperties.assertReadWholeWithItsHeaderWrappedAt(new NationalBudgetFixture.Shape(6724552265089365140L,
        2022, true, 3, false, false, true, true, true, true, true, 0, true, true, true,
        new NationalBudgetFixture.Extras(0, true, true, 0, true, false, false), null, java.math.BigDecimal.ZERO), 5);
  }
}
