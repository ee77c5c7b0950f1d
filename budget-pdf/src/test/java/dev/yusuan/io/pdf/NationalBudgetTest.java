package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Severity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The national 部门预算 template, chosen by the tables' titles. */
class NationalBudgetTest {
  static NationalBudgetFixture.Shape shape() {
    return new NationalBudgetFixture.Shape(11, 2023, true, 2, true, true, true, false, true, true, true, 1, true,
        true, null, BigDecimal.ZERO);
  }

  @Test
  void nationalTitlesChooseTheNationalBudgetTemplate() throws Exception {
    BudgetDocument d = NationalBudgetProperties.read(new NationalBudgetFixture(shape()));
    assertThat(d.template()).contains("national-budget");
    assertThat(d.tables()).extracting(DisclosureTable::kind).allMatch(k -> k.startsWith("nb."));
    assertThat(d.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO).isEmpty();
  }
}
