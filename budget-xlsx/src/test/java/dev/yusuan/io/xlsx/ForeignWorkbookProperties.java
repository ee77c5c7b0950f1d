package dev.yusuan.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The official blank Putuo 部门预算 and 单位预算 workbooks, filled with generated consistent figures
 * ({@link PutuoForms}), are read through the table stages the PDF reader uses: every table recognised
 * by its content, every printed amount read, no WARNING or ERROR; one figure changed is caught by a
 * rule whose finding names its sheet, row and column.
 */
class ForeignWorkbookProperties {
  @Provide
  Arbitrary<PutuoForms.Budget> budgets() {
    // cents of 元: 10.00 to 9,999,999.99 元; the 三公 figures in cents of 万元: 0.01 to 99.99 万元
    Arbitrary<Long> yuan = Arbitraries.longs().between(1_000, 999_999_999);
    Arbitrary<Long> wan = Arbitraries.longs().between(1, 9_999);
    return Combinators.combine(List.of(yuan, yuan, yuan, yuan, yuan, yuan, yuan, wan, wan, wan))
        .as(v -> new PutuoForms.Budget(v.get(0), v.get(1), Math.max(v.get(2), 100_000), v.get(3), v.get(4),
            v.get(5), v.get(6), v.get(7), v.get(8), v.get(9)));
  }

  @Provide
  Arbitrary<String> templates() {
    return Arbitraries.of(PutuoForms.TEMPLATES);
  }

  /** Number formats a department may give its amount cells, each showing the cents. */
  @Provide
  Arbitrary<String> formats() {
    return Arbitraries.of("#,##0.00", "0.00", "#,##0.00_);[Red]\\(#,##0.00\\)");
  }

  /**
   * The same and "General", which shows whole 元 as bare integers (20, 10001050): typed numeric cells,
   * read as amounts. (Not for the changed-figure property: a bare integer's precision is ±0.5, so a
   * change is found, but a sum mixing it with figures shown to the cent may be a WARNING.)
   */
  @Provide
  Arbitrary<String> anyFormats() {
    return Arbitraries.of("#,##0.00", "0.00", "#,##0.00_);[Red]\\(#,##0.00\\)", "General");
  }

  static BudgetDocument read(byte[] workbook) throws Exception {
    return new XlsxDocumentReader().read(new ByteArrayInputStream(workbook), "form.xlsx");
  }

  @Property(tries = 8)
  void aFilledFormIsReadCompletelyAndPassesEveryRule(@ForAll("templates") String template,
      @ForAll("budgets") PutuoForms.Budget budget, @ForAll("anyFormats") String format) throws Exception {
    PutuoForms.Filled filled = PutuoForms.fill(template, budget, format);
    BudgetDocument d = read(filled.bytes());

    assertThat(d.template()).contains("shanghai");
    assertThat(d.year()).isEqualTo(2026);
    assertThat(d.department().name()).isEqualTo(PutuoForms.DEPARTMENT);
    assertThat(d.tables()).extracting(DisclosureTable::kind).containsExactly("sh.summary", "sh.revenue",
        "sh.expenditure-summary", "sh.fiscal-summary", "sh.gpb-function", "sh.gov-fund-function",
        "sh.state-capital-function", "sh.gpb-basic-economic", "sh.three-public");
    List<Diagnostic> bad = d.diagnostics().stream().filter(x -> x.severity() != Severity.INFO).toList();
    assertThat(bad).as("diagnostics").isEmpty();
    // every amount cell written is printed in a table and read
    long printed = d.tables().stream().mapToLong(t -> t.coverage().orElseThrow().amountsPrinted()).sum();
    long read = d.tables().stream().mapToLong(t -> t.coverage().orElseThrow().amountsRead()).sum();
    assertThat(printed).isEqualTo(filled.amounts().size());
    assertThat(read).isEqualTo(printed);
    // each fact names the sheet (page) and row (line) of its cell, and holds the cell's exact value
    assertThat(d.facts()).filteredOn(f -> f.provenance().tableId().isPresent()).allSatisfy(f -> {
      assertThat(f.provenance().page()).isPresent();
      assertThat(f.provenance().line()).isPresent();
    });
    Report report = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
  }

  @Property(tries = 8)
  void aChangedFigureIsCaughtAtItsCell(@ForAll("templates") String template,
      @ForAll("budgets") PutuoForms.Budget budget, @ForAll("formats") String format,
      @ForAll("cellIndex") int which, @ForAll("deltas") long delta) throws Exception {
    PutuoForms.Filled filled = PutuoForms.fill(template, budget, format);
    PutuoForms.Cell cell = filled.itemAmounts().get(which % filled.itemAmounts().size());
    BudgetDocument d = read(PutuoForms.perturb(filled.bytes(), cell, delta));

    Report report = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR)
        .toList();
    assertThat(errors).as("an ERROR at sheet %d row %d", cell.sheet() + 1, cell.row() + 1)
        .anySatisfy(f -> assertThat(f.locations()).anySatisfy(p -> atCell(p, cell)));
  }

  /**
   * A whole column of a table's figures shown as dates, each a day a document could be dated (1990-2099: amounts
   * of 32,874.00 to 73,050.99 元, so no figure near them and no day out of range tells them): each is counted unread
   * at its cell (its header or its row names amounts), every other amount read; none is lost silently.
   */
  @Property(tries = 8)
  void aColumnOfFiguresShownAsDatesIsCountedNotLost(@ForAll("templates") String template,
      @ForAll("budgets") PutuoForms.Budget budget, @ForAll("cellIndex") int which,
      @ForAll("dateFormats") String dateFormat, @ForAll("cellIndex") int day) throws Exception {
    PutuoForms.Filled filled = PutuoForms.fill(template, budget, "#,##0.00");
    PutuoForms.Cell chosen = filled.amounts().get(which % filled.amounts().size());
    List<PutuoForms.Cell> column = filled.amounts().stream()
        .filter(c -> c.sheet() == chosen.sheet() && c.column() == chosen.column()).toList();
    byte[] dated;
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
        new ByteArrayInputStream(filled.bytes()))) {
      var style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat(dateFormat));
      for (int i = 0; i < column.size(); i++) {
        PutuoForms.Cell c = column.get(i);
        var cell = wb.getSheetAt(c.sheet()).getRow(c.row()).getCell(c.column());
        cell.setCellValue(32_874 + (day * 37L + i * 211L) % 40_177 + (i % 100) / 100.0);
        cell.setCellStyle(style);
      }
      var out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      dated = out.toByteArray();
    }
    BudgetDocument d = read(dated);
    List<Diagnostic> counted = d.diagnostics().stream().filter(x -> x.code().equals("xlsx.date-as-amount")).toList();
    // each named at its cell (at most 20 of a sheet; the rest counted in one diagnostic)
    assertThat(counted).as("sheet %d column %d", chosen.sheet() + 1, chosen.column() + 1)
        .hasSize(Math.min(20, column.size()))
        .extracting(x -> x.location().page().orElse(0) * 100_000 + x.location().line().orElse(0))
        .isSubsetOf(column.stream().map(c -> (c.sheet() + 1) * 100_000 + c.row() + 1).toList());
    assertThat(counted).allSatisfy(x -> assertThat(x.unreadAmounts()).isEqualTo(1));
    // every amount written is a fact or counted unread: the dates, and any figure of their rows a table could not
    // place without them (a 收支总表 row whose 支出 合计 is blank: table.unmapped-row, counted)
    int unread = dev.yusuan.io.BudgetIo.unreadAmounts(d);
    long read = d.tables().stream().mapToLong(t -> t.coverage().orElseThrow().amountsRead()).sum();
    assertThat(unread).as("%s", d.diagnostics()).isGreaterThanOrEqualTo(column.size());
    assertThat(read + unread).as("%s", d.diagnostics()).isEqualTo(filled.amounts().size());
  }

  /** Date formats a cell may be given by mistake. */
  @Provide
  Arbitrary<String> dateFormats() {
    return Arbitraries.of("yyyy-mm-dd", "yyyy\"年\"m\"月\"d\"日\"", "m/d/yy", "yyyy/m/d h:mm");
  }

  static void atCell(Provenance p, PutuoForms.Cell cell) {
    assertThat(p.page()).hasValue(cell.sheet() + 1);
    assertThat(p.line()).hasValue(cell.row() + 1);
  }

  @Provide
  Arbitrary<Integer> cellIndex() {
    return Arbitraries.integers().between(0, 1_000);
  }

  /** At least 1.00 (one 万元 cent in the 三公 table, one 元 elsewhere), either sign. */
  @Provide
  Arbitrary<Long> deltas() {
    return Arbitraries.longs().between(100, 10_000_000).flatMap(v -> Arbitraries.of(v, -v));
  }
}
