package dev.yusuan.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentKeysTest {
  @Test
  void aTablesFileJoinsTheNarrativeOfTheSameNameDirectoryAndExtension() {
    assertThat(DocumentKeys.documentId("file:/d/x-budget-tables.pdf")).isEqualTo("file:/d/x-budget.pdf");
    assertThat(DocumentKeys.documentId("file:/d/x-budget_TABLES.pdf")).isEqualTo("file:/d/x-budget.pdf");
    assertThat(DocumentKeys.documentId("file:/d/x-budget.pdf")).isEqualTo("file:/d/x-budget.pdf");
    assertThat(DocumentKeys.documentId("file:/e/x-budget-tables.pdf")).isEqualTo("file:/e/x-budget.pdf");
    assertThat(DocumentKeys.documentId("file:/d/x-budget-tables.txt")).isNotEqualTo("file:/d/x-budget.pdf");
    assertThat(DocumentKeys.documentId("file:/d/tables.pdf")).isEqualTo("file:/d/tables.pdf");
  }

  @Test
  void theNarrativeSortsFirst() {
    String narrative = DocumentKeys.sortKey("file:/d/x-budget.pdf");
    String tables = DocumentKeys.sortKey("file:/d/x-budget-tables.pdf");
    assertThat(narrative).isLessThan(tables);
    assertThat(DocumentKeys.documentOfSortKey(tables)).isEqualTo(DocumentKeys.documentOfSortKey(narrative));
    assertThat(DocumentKeys.role("file:/d/x-budget.pdf")).isZero();
    assertThat(DocumentKeys.role("file:/d/x-budget-tables.pdf")).isOne();
  }
}
