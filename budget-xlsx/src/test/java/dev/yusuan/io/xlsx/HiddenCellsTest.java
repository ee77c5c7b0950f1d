package dev.yusuan.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Examples of {@link HiddenCellsProperties}: hidden rows, columns and sheets are not read, but counted. */
class HiddenCellsTest {
  static final PutuoForms.Budget BUDGET =
      new PutuoForms.Budget(123456789, 2345678, 345678, 4567890, 567890, 67890, 789012, 12, 345, 678);

  private static BudgetDocument hidden(List<HiddenCellsProperties.Hide> hides) throws Exception {
    PutuoForms.Filled filled = PutuoForms.fill(PutuoForms.TEMPLATES.get(0), BUDGET, "#,##0.00");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled.bytes()))) {
      HiddenCellsProperties.hide(wb, filled, hides);
      return ForeignWorkbookProperties.read(HiddenCellsProperties.write(wb));
    }
  }

  /** Before: the hidden row's older figures were read into the sums, four false ERRORs (sh.sum.function). */
  @Test
  void aHiddenOlderCopyOfARowGivesNoErrorAndIsCounted() throws Exception {
    BudgetDocument d = hidden(List.of(new HiddenCellsProperties.Hide(HiddenCellsProperties.Kind.STALE_COPY, 3)));
    assertThat(HiddenCellsProperties.errors(d)).isEmpty();
    List<Diagnostic> hidden = d.diagnostics().stream().filter(x -> x.code().equals("xlsx.hidden-cells")).toList();
    assertThat(hidden).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.unreadAmounts()).isEqualTo(2);
      assertThat(x.messageEn()).contains("hidden rows or columns").contains("!B");
      assertThat(x.messageZh()).contains("隐藏的行或列");
    });
    assertThat(BudgetIo.unreadAmounts(d)).isEqualTo(2);
  }

  @Test
  void aHiddenColumnIsNotReadButCounted() throws Exception {
    BudgetDocument plain = ForeignWorkbookProperties.read(
        PutuoForms.fill(PutuoForms.TEMPLATES.get(0), BUDGET, "#,##0.00").bytes());
    BudgetDocument d = hidden(List.of(new HiddenCellsProperties.Hide(HiddenCellsProperties.Kind.COLUMN, 3)));
    assertThat(HiddenCellsProperties.errors(d)).isEmpty();
    assertThat(d.facts().size() + BudgetIo.unreadAmounts(d)).isGreaterThanOrEqualTo(plain.facts().size());
    assertThat(BudgetIo.unreadAmounts(d)).isPositive();
  }

  @Test
  void aHiddenSheetIsNotReadButCounted() throws Exception {
    PutuoForms.Filled filled = PutuoForms.fill(PutuoForms.TEMPLATES.get(0), BUDGET, "#,##0.00");
    int sheet = filled.amounts().get(filled.amounts().size() / 2).sheet();
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled.bytes()))) {
      wb.setSheetHidden(sheet, true);
      bytes = HiddenCellsProperties.write(wb);
    }
    BudgetDocument d = ForeignWorkbookProperties.read(bytes);
    long onSheet = filled.amounts().stream().filter(c -> c.sheet() == sheet).count();
    assertThat(d.diagnostics()).filteredOn(x -> x.code().equals("xlsx.hidden-cells")).singleElement()
        .satisfies(x -> {
          assertThat(x.unreadAmounts()).isEqualTo((int) onSheet);
          assertThat(x.location().page()).hasValue(sheet + 1);
          assertThat(x.messageEn()).contains("in a hidden sheet");
        });
    assertThat(d.facts()).noneMatch(f -> f.provenance().page().orElse(0) == sheet + 1);
  }
}
