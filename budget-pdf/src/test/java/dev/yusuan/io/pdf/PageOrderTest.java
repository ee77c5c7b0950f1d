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
}
