package dev.yusuan.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The Putuo forms filled as in {@link ForeignWorkbookProperties} and saved as Excel 97-2003 (.xls,
 * {@link XlsCopy}) read through the same stages as the xlsx: the same facts at the same sheets and rows,
 * every amount read, every rule passed; one figure changed is an ERROR at its sheet and row. The .xls
 * stores binary doubles: figures to the cent up to 9,999,999.99 come back exactly.
 */
class XlsWorkbookProperties {
  final ForeignWorkbookProperties forms = new ForeignWorkbookProperties();

  static BudgetDocument read(byte[] xls) throws Exception {
    return new XlsxDocumentReader().read(new ByteArrayInputStream(xls), "form.xls");
  }

  @Property(tries = 8)
  void anXlsReadsToTheFactsOfTheXlsx(@ForAll("templates") String template,
      @ForAll("budgets") PutuoForms.Budget budget, @ForAll("anyFormats") String format) throws Exception {
    PutuoForms.Filled filled = PutuoForms.fill(template, budget, format);
    BudgetDocument xlsx = ForeignWorkbookProperties.read(filled.bytes());
    byte[] xls = XlsCopy.of(filled.bytes());
    assertThat(new XlsxDocumentReader().recognises("form.xls", xls)).isTrue();
    BudgetDocument d = read(xls);

    assertThat(key(d.facts())).isEqualTo(key(xlsx.facts()));
    assertThat(d.year()).isEqualTo(2026);
    assertThat(d.department().name()).isEqualTo(PutuoForms.DEPARTMENT);
    List<Diagnostic> bad = d.diagnostics().stream().filter(x -> x.severity() != Severity.INFO).toList();
    assertThat(bad).as("diagnostics").isEmpty();
    long printed = d.tables().stream().mapToLong(t -> t.coverage().orElseThrow().amountsPrinted()).sum();
    long read = d.tables().stream().mapToLong(t -> t.coverage().orElseThrow().amountsRead()).sum();
    assertThat(printed).isEqualTo(filled.amounts().size());
    assertThat(read).isEqualTo(printed);
    Report report = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
  }

  @Property(tries = 8)
  void aChangedFigureIsCaughtAtItsCell(@ForAll("templates") String template,
      @ForAll("budgets") PutuoForms.Budget budget, @ForAll("formats") String format,
      @ForAll("cellIndex") int which, @ForAll("deltas") long delta) throws Exception {
    PutuoForms.Filled filled = PutuoForms.fill(template, budget, format);
    PutuoForms.Cell cell = filled.itemAmounts().get(which % filled.itemAmounts().size());
    BudgetDocument d = read(XlsCopy.of(PutuoForms.perturb(filled.bytes(), cell, delta)));

    Report report = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    List<Finding> errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(errors).as("an ERROR at sheet %d row %d", cell.sheet() + 1, cell.row() + 1)
        .anySatisfy(f -> assertThat(f.locations()).anySatisfy(p -> ForeignWorkbookProperties.atCell(p, cell)));
  }

  static List<String> key(List<Fact> facts) {
    return facts.stream().map(f -> f.concept() + " " + f.coordinates() + " " + f.amount() + " "
        + f.amount().value().scale() + " p" + f.provenance().page().orElse(0) + " l" + f.provenance().line().orElse(0))
        .sorted().toList();
  }

  // the generators of ForeignWorkbookProperties
  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<PutuoForms.Budget> budgets() {
    return forms.budgets();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> templates() {
    return forms.templates();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> formats() {
    return forms.formats();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> anyFormats() {
    return forms.anyFormats();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Integer> cellIndex() {
    return forms.cellIndex();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Long> deltas() {
    return forms.deltas();
  }
}
