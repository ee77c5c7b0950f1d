package dev.yusuan.io.pdf.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.pdf.corpus.CorpusMeasure.Result;
import dev.yusuan.io.pdf.corpus.CorpusMeasure.TableResult;
import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Department;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The measurement counts what a reader really got right, and fails what it got wrong. */
class CorpusMeasureTest {
  private static final CorpusExpectation EXPECT = CorpusExpectation.parse("m.expect", List.of(
      "document m", "source s.pdf", "year 2025", "kind DEPARTMENT_BUDGET",
      "table fn | 一般公共预算支出 -基本 | unit=元 | pages=s.pdf:1",
      "amounts 300.00 300.00 100.00 100.00 200.00 200.00",
      "row 201 | 100.00 100.00",
      "row 208 | 200.00 200.00",
      "total 合计 | 合计 | 300.00",
      "table three | 三公 | unit=万元 | pages=s.pdf:2",
      "amounts 0.95 0.95",
      "total * | 合计 | 0.95",
      "inconsistency I1 | rule=narrative.* | at=887.36 | The narrative prints 887.36万元 where the"
          + " tables print 87.36万元 for the same item."));

  @Test
  void everyPrintedAmountReadInItsRowAndEveryTotalAsFactPasses() {
    BudgetDocument doc = doc(
        fact("T1", "201", "100.00", "一般公共服务支出", "合计"),
        fact("T1", "201", "100.00", "一般公共服务支出", "基本支出"),
        fact("T1", "208", "200.00", "社会保障和就业支出", "合计"),
        fact("T1", "208", "200.00", "社会保障和就业支出", "基本支出"),
        fact("T1", null, "300.00", "合计", "一般公共预算支出/合计"),
        fact("T1", null, "300.00", "合计", "一般公共预算支出/基本支出"),
        wan("T2", "9500", "三公经费/合计"), wan("T2", "0.95", "三公经费/公务接待费"));
    Result r = CorpusMeasure.measure(EXPECT, doc, report());
    assertThat(r.failures()).isEmpty();
    assertThat(r.matched()).isEqualTo(8);
    assertThat(r.tables().get(0).rowChecked()).isEqualTo(4);
  }

  @Test
  void aValueInTheWrongRowDoesNotCountAndFails() {
    BudgetDocument doc = doc(
        fact("T1", "208", "100.00", "社会保障和就业支出", "合计"),
        fact("T1", null, "300.00", "合计", "合计"));
    Result r = CorpusMeasure.measure(EXPECT, doc, report());
    TableResult fn = r.tables().get(0);
    assertThat(fn.matched()).isEqualTo(1);
    assertThat(fn.misplaced()).singleElement().asString().contains("as 208");
    assertThat(r.failures()).anyMatch(f -> f.contains("not printed in the row of its code"))
        .anyMatch(f -> f.contains("below 98"));
  }

  @Test
  void aTotalReadUnderAnotherColumnIsNotTheTotal() {
    BudgetDocument doc = doc(wan("T2", "0.95", "三公经费/因公出国(境)费"),
        wan("T2", "0.95", "三公经费/公务接待费"));
    Result r = CorpusMeasure.measure(EXPECT, doc, report());
    assertThat(r.tables().get(1).matched()).isEqualTo(2);
    assertThat(r.tables().get(1).totalsMissing()).singleElement().asString()
        .contains("* | 合计 | 0.95").contains("因公出国");
  }

  @Test
  void onlyVerifiedInconsistenciesMayBeErrors() {
    Finding verified = error("narrative.amount", "职业年金缴费支出 887.36万元 vs 87.36万元");
    Finding artefact = error("narrative.amount", "政府性基金拨款支出预算0万元 vs 合计");
    Finding otherRule = error("sum.function", "887.36");
    Result r = CorpusMeasure.measure(EXPECT, doc(), report(verified, artefact, otherRule));
    assertThat(r.verifiedErrors()).hasSize(1);
    assertThat(r.unverifiedErrors()).hasSize(2);
    assertThat(r.failures()).filteredOn(f -> f.contains("not a verified inconsistency")).hasSize(2);
  }

  @Test
  void aValueTheTableDoesNotPrintIsInvented() {
    BudgetDocument doc = doc(fact("T1", null, "300.00", "合计", "合计"),
        fact("T1", null, "150.00", "小计", "合计"), wan("T3", "1.00", "合计"));
    Result r = CorpusMeasure.measure(EXPECT, BudgetDocument.builder().from(doc)
        .addTables(table("T3", "上海市XX局2024年度部门决算表", MoneyUnit.WAN_YUAN)).build(), report());
    assertThat(r.tables().get(0).extra()).isEqualTo(1);
    assertThat(r.unclaimedFacts()).isEqualTo(1);
    assertThat(r.failures()).anyMatch(f -> f.contains("1 fact(s) whose values the table does not print"))
        .anyMatch(f -> f.contains("from tables the document does not print"));
  }

  @Test
  void aTableNotReachedCountsNothing() {
    BudgetDocument doc = BudgetDocument.builder().from(doc(
        fact("T1", "201", "100.00", "一般公共服务支出", "合计"))).tables(List.of()).build();
    Result r = CorpusMeasure.measure(EXPECT, doc, report());
    assertThat(r.tables()).noneMatch(TableResult::reached);
    assertThat(r.matched()).isZero();
  }

  private static BudgetDocument doc(Fact... facts) {
    return BudgetDocument.builder().source("s.pdf").department(Department.builder().name("某局").build())
        .year(2025).kind(DocumentKind.DEPARTMENT_BUDGET).unit(MoneyUnit.YUAN)
        .addTables(table("T1", "2025年部门一般公共预算支出功能分类预算表", MoneyUnit.YUAN),
            table("T2", "2025年部门“三公”经费和机关运行经费预算表", MoneyUnit.WAN_YUAN))
        .addFacts(facts).build();
  }

  private static DisclosureTable table(String id, String title, MoneyUnit unit) {
    return DisclosureTable.builder().id(id).title(title).kind("x").unit(unit)
        .provenance(Provenance.builder().source("s.pdf").tableId(id).build()).build();
  }

  private static Fact fact(String table, String code, String value, String row, String column) {
    Coordinates c = code == null ? Coordinates.EMPTY : Coordinates.of(FactDimension.FUNCTION, code);
    return Fact.of(Concept.EXPENDITURE, c, Amount.of(value, MoneyUnit.YUAN), Provenance.builder()
        .source("s.pdf").tableId(table).rowLabel(row).columnHeader(column).build());
  }

  /** A 三公 fact; "9500" is given in 元 to show the comparison is in the table's unit. */
  private static Fact wan(String table, String value, String column) {
    MoneyUnit unit = value.contains(".") ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    return Fact.of(Concept.THREE_PUBLIC, Coordinates.EMPTY, Amount.of(value, unit),
        Provenance.builder().source("s.pdf").tableId(table).columnHeader(column).build());
  }

  private static Finding error(String rule, String message) {
    return Finding.builder().ruleId(rule).severity(Severity.ERROR).messageZh(message)
        .messageEn(message).build();
  }

  private static Report report(Finding... findings) {
    return Report.builder().source("s.pdf").title("t").addFindings(findings).build();
  }
}
