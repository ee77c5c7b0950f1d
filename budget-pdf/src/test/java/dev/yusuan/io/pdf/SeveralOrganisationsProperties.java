package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One PDF holding the tables of two organisations: a department's national set followed by the set of another
 * organisation (a unit under it, or the department's own 本级 beside its totals), each table naming its
 * organisation on its 部门： line. Such files are common (a 主管部门 publishing its units' tables with its own).
 * The figures of the second set are that organisation's, not the department's: read as that budget unit's, so no
 * rule compares them with the department's (before, every figure both sets print was a {@code dup.tables} ERROR:
 * 121 on two real Jiangsu table files joined). Honest sets give no finding; a figure of the department's own set
 * changed beyond rounding is still an ERROR at its cell.
 */
class SeveralOrganisationsProperties {
  /**
   * The second organisation: another one, or the department's 本级 (its name holds the department's; not one of
   * the units the department's project table lists, whose rows the 本级's own set would repeat with the same
   * figures, where this fixture draws other ones).
   */
  static final List<String> OTHERS = List.of("某市示例事务中心", NationalBudgetFixture.DEPARTMENT + "机关本级");

  @Provide
  Arbitrary<NationalBudgetFixture.Shape> shapes() {
    return new NationalBudgetProperties().shapes();
  }

  @Provide
  Arbitrary<String> others() {
    return Arbitraries.of(OTHERS);
  }

  /** The department's PDF with another organisation's document appended. */
  static byte[] joined(byte[] a, NationalBudgetFixture second) throws IOException {
    byte[] b = second.write(PdfFixture.requireCjkFont());
    try (PDDocument dest = Loader.loadPDF(a); PDDocument src = Loader.loadPDF(b)) {
      new PDFMergerUtility().appendDocument(dest, src);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      dest.save(out);
      return out.toByteArray();
    }
  }

  static NationalBudgetFixture other(NationalBudgetFixture.Shape shape, String name) {
    return new NationalBudgetFixture(shape.withSeed(shape.seed() ^ 0x5DEECE66DL), name);
  }

  static BudgetDocument read(byte[] pdf) throws IOException {
    return new PdfReader().read(new ByteArrayInputStream(pdf), "several-organisations.pdf");
  }

  @Property(tries = 20)
  void anotherOrganisationsTablesAreKeptApartAndNothingIsFound(
      @ForAll("shapes") NationalBudgetFixture.Shape shape, @ForAll("others") String name) throws Exception {
    NationalBudgetFixture first = new NationalBudgetFixture(shape);
    byte[] alone = first.write(PdfFixture.requireCjkFont());
    int firstPages;
    try (PDDocument p = Loader.loadPDF(alone)) {
      firstPages = p.getNumberOfPages();
    }
    BudgetDocument d = read(joined(alone, other(shape, name)));
    String as = shape + " with " + name;
    assertThat(d.department().name()).as(as).isEqualTo(NationalBudgetFixture.DEPARTMENT);
    // the department's facts are those of its set read alone; every table fact of the other set is the unit's
    List<String> own = d.facts().stream().filter(f -> f.provenance().page().orElse(0) <= firstPages)
        .map(SeveralOrganisationsProperties::key).sorted().toList();
    assertThat(own).as(as).isEqualTo(read(alone).facts().stream().map(SeveralOrganisationsProperties::key)
        .sorted().toList());
    List<Fact> theirs = d.facts().stream().filter(f -> f.provenance().page().orElse(0) > firstPages
        && f.provenance().tableId().isPresent()).toList();
    assertThat(theirs).as(as).isNotEmpty().allSatisfy(f -> assertThat(f.coordinates().has(FactDimension.BUDGET_UNIT))
        .as("%s: %s", as, f).isTrue());
    assertThat(d.diagnostics()).as(as).anyMatch(g -> g.code().equals("pdf.department-mismatch")
        && g.severity() == Severity.WARNING && g.messageZh().contains(name));
    Report r = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(r.findings()).filteredOn(f -> f.severity().atLeast(Severity.WARNING)).as(as)
        .extracting(f -> f.ruleId() + ": " + f.messageEn()).isEmpty();
  }

  @Property(tries = 15)
  void aFigureOfTheDepartmentsOwnSetChangedIsStillAnErrorAtItsCell(
      @ForAll("shapes") NationalBudgetFixture.Shape shape, @ForAll("others") String name,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 5_000) int cents,
      @ForAll boolean up) throws Exception {
    NationalBudgetFixture probe = new NationalBudgetFixture(shape);
    probe.write(PdfFixture.requireCjkFont());
    NationalFinalFixture.Printed target = probe.cells().get(which % probe.cells().size());
    int by = shape.extras().zero() == 4 ? Math.max(cents, 600) : cents; // as NationalBudgetProperties does
    BigDecimal delta = NationalFinalProperties.delta(target.text(), by, up);
    NationalBudgetFixture wrong = new NationalBudgetFixture(shape.withPerturb(target.key(), delta));
    BudgetDocument d = read(joined(wrong.write(PdfFixture.requireCjkFont()), other(shape, name)));
    NationalFinalProperties.assertErrorAtChangedCell(d, wrong.cells(), target.key(), delta);
  }

  private static String key(Fact f) {
    return f.concept() + " " + f.coordinates() + " " + f.amount().value().toPlainString() + " "
        + f.provenance().page().orElse(0) + " " + f.provenance().text().orElse("");
  }
}
