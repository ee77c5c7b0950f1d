package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shanghai district 部门预算 and 部门决算 layouts, read from PDFs the tests write with PDFBox in those
 * layouts (titles, 表N captions, multi-level headers, wrapped labels, a table continued on the next
 * page under its repeated title, 元 and 万元 in one document, a two-block economic table).
 */
class ShanghaiPdfTest {
  private static BudgetDocument budget;
  private static BudgetDocument finals;

  @BeforeAll
  static void write() throws Exception {
    Optional<Path> font = Optional.of(PdfFixture.requireCjkFont());
    PdfReader reader = new PdfReader();
    budget = reader.read(new ByteArrayInputStream(ShanghaiFixtures.budget(font.get())),
        "sh-budget.pdf");
    finals = reader.read(new ByteArrayInputStream(ShanghaiFixtures.finalAccount(font.get())),
        "sh-final.pdf");
  }

  @Test
  void budgetTablesRecognisedFromTitlesAndHeaders() {
    assertThat(budget.template()).contains("shanghai");
    assertThat(finals.template()).contains("shanghai-final");
    assertThat(budget.kind()).isEqualTo(DocumentKind.DEPARTMENT_BUDGET);
    assertThat(budget.year()).isEqualTo(2024);
    assertThat(budget.department().name()).isEqualTo("上海市某区某局");
    assertThat(budget.tables()).extracting(DisclosureTable::kind).containsExactly("sh.summary", "sh.revenue",
        "sh.expenditure-summary", "sh.fiscal-summary", "sh.gpb-function", "sh.gov-fund-function",
        "sh.state-capital-function", "sh.gpb-basic-economic", "sh.three-public");
    assertThat(budget.tables()).extracting(DisclosureTable::unit).containsExactly(MoneyUnit.YUAN,
        MoneyUnit.YUAN, MoneyUnit.YUAN, MoneyUnit.YUAN, MoneyUnit.YUAN, MoneyUnit.YUAN,
        MoneyUnit.YUAN, MoneyUnit.YUAN, MoneyUnit.WAN_YUAN);
    assertThat(budget.unit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(budget.facts()).hasSize(110);
    assertThat(budget.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO).isEmpty();
    PdfReaderRealTest.assertEveryNumberAccountedFor(budget);
    // empty tables keep their note
    assertThat(budget.tables().get(5).notes()).anySatisfy(n -> assertThat(n).contains("本表无数据"));
  }

  @Test
  void budgetContinuedTableWrappedLabelsAndUnits() {
    DisclosureTable t3 = budget.tables().get(2);
    assertThat(budget.tables()).filteredOn(t -> t.kind().equals("sh.expenditure-summary")).hasSize(1);
    assertThat(t3.rows()).extracting(r -> r.page().getAsInt()).containsOnly(2, 3);
    assertThat(t3.rows()).extracting(r -> r.code().orElse("")).contains("2080506", "2210201");
    assertThat(t3.rows()).anySatisfy(r -> {
      assertThat(r.code()).contains("20103");
      assertThat(r.label()).contains("政府办公厅(室)及相关机构事务");
    });
    assertThat(budget.diagnostics()).filteredOn(g -> g.code().equals("pdf.table-continued"))
        .hasSize(1);
    assertThat(value(budget, Concept.EXPENDITURE, "FUNCTION=2080505,FUND_SOURCE=GENERAL_PUBLIC_BUDGET"))
        .isEqualTo(new BigDecimal("400000.00"));
    // 三公 in 万元, the rest in 元; multi-level header 公务用车购置及运行费/小计
    Fact op = fact(budget, Concept.THREE_PUBLIC, "THREE_PUBLIC_ITEM=VEHICLE_OPERATION");
    assertThat(op.amount().unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(op.amount().inYuan()).isEqualByComparingTo("150000");
    assertThat(value(budget, Concept.THREE_PUBLIC, "THREE_PUBLIC_ITEM=VEHICLES"))
        .isEqualTo(new BigDecimal("20.00"));
    assertThat(value(budget, Concept.OPERATING_COST, "")).isEqualTo(new BigDecimal("70.00"));
  }

  @Test
  void budgetPackReportsOnlyThePrintedInconsistency() {
    Report report = Validator.of(StandardRules.departmentBudget(budget)).validate(budget);
    List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
        .toList();
    assertThat(errors).isNotEmpty().allSatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("sh.sum.economic");
      assertThat(f.locations().get(0).rowCode()).contains("302");
    });
    // the published table really is inconsistent: 302 prints 700,000.00, its items add to 710,000.00
    DisclosureTable t8 = budget.tables().get(7);
    DisclosureTable.Row r302 = t8.rows().stream().filter(r -> r.code().equals(Optional.of("302"))).findFirst()
        .orElseThrow();
    assertThat(r302.cell(2)).isEqualTo("700,000.00");
    BigDecimal items = t8.rows().stream().filter(r -> r.code().orElse("").startsWith("302")
        && r.code().get().length() == 5).map(r -> new BigDecimal(r.cell(2).replace(",", "")))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(items).isEqualByComparingTo("710000.00");
    assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.WARNING).isEmpty();
  }

  @Test
  void finalAccountTablesAndFacts() {
    assertThat(finals.kind()).isEqualTo(DocumentKind.FINAL_ACCOUNT);
    assertThat(finals.year()).isEqualTo(2023);
    assertThat(finals.tables()).extracting(DisclosureTable::kind).containsExactly("sh.final-summary",
        "sh.final-revenue", "sh.final-expenditure", "sh.final-fiscal-summary", "sh.final-gpb",
        "sh.final-gpb-basic", "sh.final-three-public", "sh.final-gov-fund", "sh.final-state-capital");
    assertThat(finals.tables()).allSatisfy(t -> assertThat(t.unit()).isEqualTo(MoneyUnit.WAN_YUAN));
    assertThat(finals.facts()).hasSize(103);
    assertThat(finals.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO).isEmpty();
    PdfReaderRealTest.assertEveryNumberAccountedFor(finals);
    // 栏次 printed under the header of 支出决算表
    assertThat(finals.tables().get(2).columns()).extracting(c -> c.number().orElse(""))
        .contains("1", "2", "3");
    // per-fund opening and closing balances
    assertThat(value(finals, Concept.REVENUE, "FUND_SOURCE=CARRY_OVER_GENERAL_PUBLIC_BUDGET"))
        .isEqualTo(new BigDecimal("40.00"));
    assertThat(value(finals, Concept.CARRY_FORWARD, "FUND_SOURCE=GOVERNMENT_FUND"))
        .isEqualTo(new BigDecimal("10.00"));
    // two-block 基本支出 table: both halves are economic codes, totals are 人员经费 / 公用经费
    assertThat(value(finals, Concept.EXPENDITURE,
        "ECONOMIC=30231,FUND_SOURCE=GENERAL_PUBLIC_BUDGET,SPENDING_TYPE=BASIC"))
        .isEqualTo(new BigDecimal("30.00"));
    assertThat(value(finals, Concept.EXPENDITURE,
        "FUND_SOURCE=GENERAL_PUBLIC_BUDGET,SPENDING_TYPE=PUBLIC_OPERATION"))
        .isEqualTo(new BigDecimal("80.00"));
    // 三公: 预算数 → PERIOD=CURRENT_BUDGET, 决算数 → the document's own period
    assertThat(value(finals, Concept.THREE_PUBLIC, "PERIOD=CURRENT_BUDGET"))
        .isEqualTo(new BigDecimal("40.00"));
    assertThat(value(finals, Concept.THREE_PUBLIC, "")).isEqualTo(new BigDecimal("35.00"));
    assertThat(value(finals, Concept.THREE_PUBLIC, "THREE_PUBLIC_ITEM=VEHICLE_OPERATION"))
        .isEqualTo(new BigDecimal("24.00"));
  }

  @Test
  void finalAccountPackChecksTheFundBalances() {
    Report ok = Validator.of(StandardRules.departmentBudget(finals)).validate(finals);
    assertThat(ok.rules()).extracting(r -> r.id()).contains("shf.balance.general-public-budget",
        "shf.balance.government-fund", "shf.balance.fiscal", "shf.sum.three-public");
    assertThat(ok.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    Report bad = PdfReaderRealTest.validateWith(finals,
        "CARRY_FORWARD{FUND_SOURCE=GENERAL_PUBLIC_BUDGET}", "5.00");
    assertThat(bad.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::ruleId).contains("shf.balance.general-public-budget");
    Report over = PdfReaderRealTest.validateWith(finals, "THREE_PUBLIC{}", "10.00");
    assertThat(over.findings()).extracting(Finding::ruleId)
        .contains("shf.three-public.within-budget", "shf.sum.three-public");
  }

  static Fact fact(BudgetDocument d, Concept c, String at) {
    return d.facts().stream().filter(f -> f.concept() == c
        && f.coordinates().equals(Coordinates.parse(at))).findFirst().orElseThrow(() ->
        new AssertionError(c + "{" + at + "} not found"));
  }

  /**
   * A 三公 table whose amounts are right-aligned and sit between the centred headers: the 合计 0.95 is
   * printed nearer the blank 因公出国(境)费 header than its own. Blank cells receive no value and the
   * total is a fact of its own column.
   */
  @Test
  void rightAlignedTotalBesideABlankCellStaysInItsColumn() throws Exception {
    byte[] pdf;
    try (PdfFixture f = new PdfFixture(PdfFixture.requireCjkFont())) {
      f.page();
      float y = f.heading(50, "表9", "2024年\"三公\"经费和机关运行经费预算表", "万元");
      // a wide 合计 column: its right-aligned amount is 48 pt from its header, 23 pt from the next
      PdfFixture.Table t = f.table(y, new float[] {40, 200, 300, 400, 500, 600, 700, 840}, true, true,
          true, true, true, true, true);
      t.headerGrid(3, 0, 5, 0, 0, "\"三公\"经费预算数", 6, 6, 0, 2, "机关运行经费\n预算数",
          0, 0, 1, 2, "合计", 1, 1, 1, 2, "因公出国(境)费", 2, 4, 1, 1, "公务用车购置及运行费",
          5, 5, 1, 2, "公务接待费", 2, 2, 2, 2, "小计", 3, 3, 2, 2, "购置费", 4, 4, 2, 2, "运行费");
      t.row("0.95", null, null, null, null, "0.95", "229.43");
      pdf = f.bytes();
    }
    BudgetDocument d = new PdfReader().read(new ByteArrayInputStream(pdf), "sh-three.pdf");
    assertThat(d.tables()).extracting(DisclosureTable::kind).containsExactly("sh.three-public");
    assertThat(value(d, Concept.THREE_PUBLIC, "")).isEqualByComparingTo("0.95");
    assertThat(value(d, Concept.THREE_PUBLIC, "THREE_PUBLIC_ITEM=RECEPTION"))
        .isEqualByComparingTo("0.95");
    assertThat(value(d, Concept.OPERATING_COST, "")).isEqualByComparingTo("229.43");
    assertThat(d.facts()).hasSize(3);
    PdfReaderRealTest.assertEveryNumberAccountedFor(d);
  }

  static BigDecimal value(BudgetDocument d, Concept c, String at) {
    return PdfReaderRealTest.value(d, c, at);
  }
}
