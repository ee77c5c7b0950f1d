package dev.yusuan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticDocumentsTest {
  static final Validator VALIDATOR = Validator.builder().addAll(StandardRules.all()).build();

  @Test
  void sizeIsAtLeastTheRequestAndCloseToIt() {
    for (int n : new int[] {1, 1000, 5000, 12_345}) {
      BudgetDocument d = SyntheticDocuments.departmentBudget(n, 1);
      assertThat(d.facts().size()).as("n=%d", n).isGreaterThanOrEqualTo(n)
          .isLessThan(n + SyntheticDocuments.factsPerUnit());
      assertThat(d.factSet().size()).isEqualTo(d.facts().size());
    }
    // larger sizes span several budget units, each its own table
    BudgetDocument big = SyntheticDocuments.departmentBudget(3 * SyntheticDocuments.factsPerUnit(), 1);
    assertThat(big.tables()).hasSize(3);
    assertThat(big.facts()).hasSize(3 * SyntheticDocuments.factsPerUnit());
  }

  @Test
  void factCountIsTheDocumentsSize() {
    int unit = SyntheticDocuments.factsPerUnit();
    for (int n : new int[] {1, 5, 6, 999, 1000, 4000, unit - 1, unit, unit + 1, 2 * unit + 7, 10_000, 12_345}) {
      assertThat(SyntheticDocuments.factCount(n)).as("n=%d", n)
          .isEqualTo(SyntheticDocuments.departmentBudget(n, n).facts().size());
    }
  }

  @Test
  void everyListedCodeIsARowOfEachUnitTable() {
    // the 合计 row and one row per listed code (302): a code the catalogue drops or whose parent it
    // drops would shrink the tables and change what the benchmarks measure
    assertThat(SyntheticDocuments.factsPerUnit()).isEqualTo(SyntheticDocuments.FACTS_PER_ROW * (1 + 302));
  }

  @Test
  void sameSizeAndSeedGiveTheSameDocument() {
    assertThat(SyntheticDocuments.departmentBudget(2000, 7))
        .isEqualTo(SyntheticDocuments.departmentBudget(2000, 7));
    assertThat(SyntheticDocuments.departmentBudget(2000, 7).facts())
        .isNotEqualTo(SyntheticDocuments.departmentBudget(2000, 8).facts());
  }

  @Test
  void theDocumentIsConsistentUnderTheStandardRules() {
    BudgetDocument d = SyntheticDocuments.departmentBudget(4000, 3);
    Report r = VALIDATOR.validate(d);
    assertThat(r.findings()).extracting(Finding::ruleId).isEmpty();
    assertThat(r.rules()).extracting(i -> i.id()).contains("zj.sum.function", "zj.sum.spending-type",
        "structure.catalogue");
  }

  @Test
  void aWrongItemIsFoundSoTheRulesReallyRun() {
    BudgetDocument d = SyntheticDocuments.departmentBudget(4000, 3);
    List<Fact> facts = new ArrayList<>(d.facts());
    int item = -1;
    for (int i = 0; i < facts.size(); i++) {
      String code = facts.get(i).coordinates().getOrNull(FactDimension.FUNCTION);
      if (code != null && code.length() == 7 && !facts.get(i).coordinates().has(FactDimension.SPENDING_TYPE)) {
        item = i;
        break;
      }
    }
    assertThat(item).isNotNegative();
    Fact f = facts.get(item);
    facts.set(item, Fact.builder().from(f).amount(Amount.of(f.amount().value().add(BigDecimal.ONE),
        f.amount().unit())).build());
    Report r = VALIDATOR.validate(BudgetDocument.builder().from(d).facts(facts).build());
    assertThat(r.findings()).filteredOn(x -> x.severity() == Severity.ERROR).extracting(Finding::ruleId)
        .contains("zj.sum.function", "zj.sum.spending-type");
  }
}
