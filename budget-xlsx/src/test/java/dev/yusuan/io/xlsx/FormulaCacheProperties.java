package dev.yusuan.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Figures typed as formulas, each with the result the file stores: the Putuo forms filled ({@link PutuoForms}), then
 * amount cells turned into formulas computing their figure ({@code ROUND(x,2)}, {@code x+0}, {@code x*1}) with their
 * result stored, as a spreadsheet program saves them, read to the plain workbook's facts with no WARNING. Some
 * stored results stale (a program that set formulas and results apart, or a file saved without recalculating: the
 * result an older figure): the spreadsheet program shows the formula's figure on recalculation, the stored one
 * before, so neither is read — each such cell a WARNING at its cell ({@code xlsx.stale-formula}) counted unread, no
 * ERROR finding, no fact the plain workbook lacks. Before, the stale result was read as the figure: two false
 * {@code sh.sum.*} ERRORs for one cell.
 */
class FormulaCacheProperties {
  @Provide
  Arbitrary<PutuoForms.Budget> budgets() {
    return new ForeignWorkbookProperties().budgets();
  }

  @Provide
  Arbitrary<String> templates() {
    return Arbitraries.of(PutuoForms.TEMPLATES);
  }

  /** The workbook with about one amount cell in {@code every} a formula; {@code stale} of them keep an older result. */
  static byte[] formulas(PutuoForms.Filled filled, long seed, int every, int stale, List<PutuoForms.Cell> staled)
      throws Exception {
    Random r = new Random(seed);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled.bytes()))) {
      for (PutuoForms.Cell c : filled.itemAmounts()) {
        if (r.nextInt(every) != 0) {
          continue;
        }
        XSSFCell x = wb.getSheetAt(c.sheet()).getRow(c.row()).getCell(c.column());
        String raw = new BigDecimal(x.getRawValue()).toPlainString();
        String formula = switch (r.nextInt(3)) {
          case 0 -> "ROUND(" + raw + ",2)";
          case 1 -> raw + "+0";
          default -> raw + "*1";
        };
        x.setCellFormula(formula);
        String stored = raw;
        if (staled.size() < stale) {
          stored = new BigDecimal(raw).add(BigDecimal.valueOf(1 + r.nextInt(99_999), 2)).toPlainString();
          staled.add(c);
        }
        x.getCTCell().setV(stored);
      }
      return HiddenCellsProperties.write(wb);
    }
  }

  @Property(tries = 8)
  void formulasWithTheirResultsReadAsTyped(@ForAll("templates") String template,
      @ForAll("budgets") PutuoForms.Budget budget, @ForAll long seed) throws Exception {
    PutuoForms.Filled filled = PutuoForms.fill(template, budget, "#,##0.00");
    BudgetDocument plain = ForeignWorkbookProperties.read(filled.bytes());
    BudgetDocument d = ForeignWorkbookProperties.read(formulas(filled, seed, 2, 0, new ArrayList<>()));
    assertThat(HiddenCellsProperties.key(d.facts())).isEqualTo(HiddenCellsProperties.key(plain.facts()));
    assertThat(d.diagnostics()).noneMatch(x -> x.severity() != Severity.INFO);
  }

  @Property(tries = 10)
  void staleResultsAreCountedNeverReadAsFigures(@ForAll("templates") String template,
      @ForAll("budgets") PutuoForms.Budget budget, @ForAll long seed, @ForAll("counts") int stale) throws Exception {
    PutuoForms.Filled filled = PutuoForms.fill(template, budget, "#,##0.00");
    BudgetDocument plain = ForeignWorkbookProperties.read(filled.bytes());
    List<PutuoForms.Cell> staled = new ArrayList<>();
    BudgetDocument d = ForeignWorkbookProperties.read(formulas(filled, seed, 2, stale, staled));

    assertThat(HiddenCellsProperties.errors(d)).as("ERROR findings with %d stale results", staled.size()).isEmpty();
    List<String> plainKeys = new ArrayList<>(HiddenCellsProperties.key(plain.facts()));
    List<String> extra = new ArrayList<>();
    for (String k : HiddenCellsProperties.key(d.facts())) {
      if (!plainKeys.remove(k)) {
        extra.add(k);
      }
    }
    assertThat(extra).as("facts the plain reading lacks").isEmpty();
    assertThat(BudgetIo.unreadAmounts(d)).isGreaterThanOrEqualTo(Math.max(plainKeys.size(), staled.size()));
    List<Diagnostic> named = d.diagnostics().stream().filter(x -> x.code().equals("xlsx.stale-formula")).toList();
    assertThat(named).hasSize(Math.min(20, staled.size()));
    for (Diagnostic x : named) {
      assertThat(staled).anySatisfy(c -> ForeignWorkbookProperties.atCell(x.location(), c));
    }
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(1, 4);
  }
}
