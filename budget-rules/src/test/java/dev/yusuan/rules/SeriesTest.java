package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Department;
import dev.yusuan.model.Direction;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two consecutive years checked together: the prior-year column and a "比上年" statement against last
 * year's published figure, each with a consistent twin. 210 was 医疗卫生与计划生育支出 in 2018 and is
 * 卫生健康支出 since 2019: the catalogue keeps the code, so the renamed class is matched by its code.
 */
class SeriesTest {
  private static final Validator V = Validator.of(StandardRules.jiangsuBudget());

  private static Fact fact(String source, String coords, String value, String table, String row) {
    return Fact.of(Concept.EXPENDITURE, Coordinates.parse(coords), Amount.of(value, MoneyUnit.WAN_YUAN),
        Provenance.builder().source(source).tableId(table).rowLabel(row).columnHeader("金额").build());
  }

  private static BudgetDocument doc(int year, List<Fact> facts, List<Claim> claims) {
    return BudgetDocument.builder().source("d" + year + ".pdf").department(Department.builder().name("某厅").build())
        .year(year).kind(DocumentKind.DEPARTMENT_BUDGET).unit(MoneyUnit.WAN_YUAN).addAllFacts(facts)
        .addAllClaims(claims).build();
  }

  private static BudgetDocument lastYear() {
    return doc(2018, List.of(fact("d2018.pdf", "FUNCTION=210", "100.00", "T01", "医疗卫生与计划生育支出")), List.of());
  }

  private static BudgetDocument thisYear(String priorColumn, String delta) {
    Claim change = Claim.builder().kind(ClaimKind.CHANGE).concept(Concept.EXPENDITURE)
        .coordinates(Coordinates.parse("FUNCTION=210")).subject("卫生健康(类)支出")
        .amount(Amount.of("120.00", MoneyUnit.WAN_YUAN)).basePeriod(FiscalPeriod.PRIOR_BUDGET)
        .direction(Direction.INCREASE).delta(Amount.of(delta, MoneyUnit.WAN_YUAN))
        .provenance(Provenance.builder().source("d2019.pdf").section("二、支出预算").line(12).build()).build();
    return doc(2019, List.of(fact("d2019.pdf", "FUNCTION=210", "120.00", "T01", "卫生健康支出"),
        fact("d2019.pdf", "FUNCTION=210,PERIOD=PRIOR_BUDGET", priorColumn, "T05", "卫生健康支出")), List.of(change));
  }

  @Test
  void consistentYearsAreQuiet() {
    SeriesReport r = V.validateSeries(List.of(thisYear("100.00", "20.00"), lastYear()));
    assertThat(r.crossYear()).isEmpty();
    assertThat(r.reports()).extracting(Report::source).containsExactly("d2018.pdf", "d2019.pdf");
  }

  @Test
  void aPriorColumnThatDisagreesWithLastYearIsReportedOnBoth() {
    SeriesReport r = V.validateSeries(List.of(lastYear(), thisYear("101.00", "20.00")));
    assertThat(r.crossYear()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("series.prior-column");
      assertThat(f.locations()).extracting(Provenance::source).containsExactly("d2019.pdf", "d2018.pdf");
    });
    assertThat(r.reports()).allSatisfy(x -> assertThat(x.findings()).extracting(Finding::ruleId)
        .contains("series.prior-column"));
  }

  @Test
  void aStatementThatImpliesAnotherPriorIsReported() {
    SeriesReport r = V.validateSeries(List.of(lastYear(), thisYear("100.00", "25.00")));
    assertThat(r.crossYear()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("series.prior-statement");
      assertThat(f.messageZh()).contains("卫生健康");
      assertThat(f.locations()).extracting(Provenance::source).containsExactly("d2019.pdf", "d2018.pdf");
    });
  }

  @Test
  void yearsThatAreNotConsecutiveAreNotCompared() {
    BudgetDocument y2017 = BudgetDocument.builder().from(lastYear()).year(2017).build();
    assertThat(V.validateSeries(List.of(y2017, thisYear("101.00", "25.00"))).crossYear()).isEmpty();
  }
}
