package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Empty-table notes against the table's content, both ways, and the template's required tables. */
class StructureNotesTest {
  private static final Validator V = Validator.of(StandardRules.zhejiangBudget());

  private static BudgetDocument k() {
    return KeqiaoFixture.document();
  }

  private static List<Finding> of(BudgetDocument d, String rule) {
    return V.validate(d).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
  }

  private static BudgetDocument withFigureIn(String table, String value) {
    return Mutate.addFact(k(), Fact.of(Concept.EXPENDITURE, Coordinates.parse("FUND_SOURCE=GOVERNMENT_FUND"),
        Amount.of(value, MoneyUnit.WAN_YUAN),
        Provenance.builder().source("x").tableId(table).rowLabel("合计").columnHeader("合计").build()));
  }

  private static BudgetDocument note(String table, String note) {
    return Mutate.tables(k(), t -> t.id().equals(table) ? DisclosureTable.builder().from(t).notes(List.of(note)).build()
        : t);
  }

  @Test
  void theKeqiaoEmptyTablesAreNotedAndHoldNothing() {
    assertThat(of(k(), "structure.empty-note")).isEmpty();
    assertThat(of(k(), "structure.empty-table")).isEmpty();
    assertThat(of(k(), "structure.required-tables")).isEmpty();
  }

  @Test
  void aTableNotedEmptyWithAFigureIsAnError() {
    assertThat(of(withFigureIn("T08", "12.00"), "structure.empty-note")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.messageZh()).contains("本表无数据").contains("12.00");
    });
    // a zero is no figure: "本表无数据" with zeros is consistent
    assertThat(of(withFigureIn("T08", "0.00"), "structure.empty-note")).isEmpty();
  }

  @Test
  void aNoteThatOnlySaysThereAreNoSuchFundsIsAWarning() {
    BudgetDocument d = note("T08", "注：本部门无政府性基金预算拨款安排的支出");
    assertThat(of(d, "structure.empty-note")).isEmpty();
    assertThat(of(d, "structure.empty-table")).isEmpty();
    BudgetDocument withFigure = Mutate.addFact(d, Fact.of(Concept.EXPENDITURE,
        Coordinates.parse("FUND_SOURCE=GOVERNMENT_FUND"), Amount.of("3.00", MoneyUnit.WAN_YUAN),
        Provenance.builder().source("x").tableId("T08").rowLabel("合计").columnHeader("合计").build()));
    assertThat(of(withFigure, "structure.empty-note")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void anEmptyTableWithoutTheNoteIsReported() {
    assertThat(of(note("T08", "注：单位：万元"), "structure.empty-table")).singleElement()
        .satisfies(f -> assertThat(f.messageZh()).contains("本表无数据"));
  }

  @Test
  void aMissingRequiredTableIsReportedByName() {
    BudgetDocument d = BudgetDocument.builder().from(k())
        .tables(k().tables().stream().filter(t -> !t.id().equals("T08")).toList()).build();
    assertThat(of(d, "structure.required-tables")).singleElement()
        .satisfies(f -> assertThat(f.messageZh()).contains("zj.gov-fund"));
  }
}
