package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/**
 * The national 部门预算 and 部门决算 fixtures drawn as PDFs ({@link NationalBudgetFixture},
 * {@link NationalFinalFixture}, every variation at once), extracted with {@code pdftotext -layout} and read as
 * space-aligned text. {@code pdftotext} keeps positions only to a character grid (words of a crowded header
 * drift from line to line), so not every table reads as from the PDF: the properties check that the read is
 * safe (nothing lost silently, nothing read otherwise than the PDF unless doubtful, a changed figure read
 * surely is an ERROR at its cell) and collect how much is equal (docs/formats.md).
 */
class SpaceAlignedNationalProperties {
  @Provide
  Arbitrary<NationalBudgetFixture.Shape> budgets() {
    return new NationalBudgetProperties().shapes();
  }

  @Provide
  Arbitrary<NationalFinalFixture.Shape> finals() {
    return new NationalFinalProperties().shapes();
  }

  static BudgetDocument text(byte[] pdf, String name) throws Exception {
    Pdftotext.require();
    return new TextReader().read(Pdftotext.layout(pdf), name);
  }

  static List<String> facts(BudgetDocument d) {
    return d.facts().stream().map(SpaceAlignedNationalProperties::key).sorted().toList();
  }

  static String key(Fact f) {
    return f.concept() + " " + f.coordinates() + " " + f.amount().value().toPlainString() + " " + f.amount().unit();
  }

  /**
   * What {@code pdftotext -layout} keeps of a PDF's geometry is read safely: nothing lost silently (every printed
   * amount is a fact at its page and text, a reported problem naming it, or counted unread in its table's
   * reading coverage), no fact the PDF did not read so
   * unless it is doubtful (its table was not read completely, so no finding on it is an ERROR), and a text read
   * with no WARNING gives exactly the PDF's facts. How many facts are equal is collected (jqwik statistics), and
   * whether a fact that is not doubtful was read otherwise than the PDF: this happens (a 收入总表 whose header
   * drifts) and is a known gap, collected rather than asserted (the real PDFs' texts have none: SpaceAlignedRealTest).
   */
  static void assertReadSafely(BudgetDocument p, BudgetDocument t, List<NationalFinalFixture.Printed> cells,
      String as) {
    assertThat(t.diagnostics()).extracting(Diagnostic::code).doesNotContain("text.untabbed-row");
    java.util.Map<String, Long> left = new java.util.HashMap<>();
    p.facts().forEach(f -> left.merge(key(f), 1L, Long::sum));
    int equal = 0;
    int misread = 0;
    for (Fact f : t.facts()) {
      long n = left.getOrDefault(key(f), 0L);
      if (n > 0) {
        left.put(key(f), n - 1);
        equal++;
      } else if (!f.provenance().doubtful()) {
        misread++; // NOT DONE: a sure fact read otherwise than the PDF (docs/formats.md, collected, not asserted)
      }
    }
    for (NationalFinalFixture.Printed c : cells) {
      // texts as the readers normalise them (full-width brackets folded, − as -)
      String text = dev.yusuan.model.Names.normalize(c.text());
      boolean read = t.facts().stream().anyMatch(f -> f.provenance().page().orElse(-1) == c.page()
          && NationalFinalProperties.sameText(f.provenance(), c.text()));
      boolean said = t.diagnostics().stream().anyMatch(d -> d.severity().atLeast(Severity.WARNING)
          && d.location().page().orElse(-1) == c.page() && (d.messageEn().contains(c.text())
              || dev.yusuan.model.Names.normalize(d.messageEn()).contains(text)
              || dev.yusuan.model.Names.normalize(d.location().text().orElse("")).contains(text)));
      // or counted unread in its table's coverage (a row printing it, the table read below 100 %)
      boolean counted = t.tables().stream().anyMatch(tb -> tb.coverage()
          .map(cv -> cv.amountsRead() < cv.amountsPrinted()).orElse(false) && tb.rows().stream().anyMatch(r ->
              r.page().orElse(-1) == c.page() && r.cells().stream().map(dev.yusuan.model.Names::normalize)
                  .anyMatch(text::equals)));
      assertThat(read || said || counted).as("%s: %s = %s on page %d neither read nor reported", as, c.key(), c.text(),
          c.page()).isTrue();
    }
    if (t.diagnostics().stream().noneMatch(d -> d.severity().atLeast(Severity.WARNING))) {
      assertThat(facts(t)).as(as).isEqualTo(facts(p));
    }
    Statistics.label("sure facts read otherwise than the PDF").collect(misread == 0 ? "none" : "some");
    Statistics.label("equal").collect(p.facts().isEmpty() ? "no facts" : equal == p.facts().size() ? "all facts equal"
        : 10 * (equal * 10 / p.facts().size()) + "-" + (10 * (equal * 10 / p.facts().size()) + 9) + " % equal");
  }

  /**
   * Found by the property below (shape of seed 18476): on a continuation page whose three-line header
   * pdftotext prints askew, the 公用经费 and 项目支出 zeros of a row fell in one column and were joined,
   * {@code 00}: read as one zero, the other lost without a word (then {@code layout.merged-numbers}, not read).
   * The continuation page's body is now placed through its repeated header onto the first page's columns
   * ({@code ColumnMap}): each zero is a fact of its own column and nothing on the page is unread.
   */
  @net.jqwik.api.Example
  void twoZerosOfAnAskewContinuationPageAreReadInTheirColumns() throws Exception {
    var shape = new NationalBudgetFixture.Shape(18476, 2025, true, 2, true, true, false, true, true, true, false, 0,
        false, true, true, new NationalBudgetFixture.Extras(0, true, true, 4, true, true, false), null,
        java.math.BigDecimal.ZERO);
    NationalBudgetFixture fx = new NationalBudgetFixture(shape);
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    BudgetDocument t = text(pdf, "national-budget.txt");
    assertThat(t.diagnostics()).extracting(Diagnostic::code).doesNotContain("layout.merged-numbers");
    assertThat(t.facts()).noneMatch(f -> f.provenance().text().orElse("").equals("00"));
    assertReadSafely(new PdfReader().read(new ByteArrayInputStream(pdf), "national-budget.pdf"), t, fx.cells(),
        shape.toString());
  }

  @Property(tries = 12)
  void aNationalBudgetThroughPdftotextIsReadSafely(@ForAll("budgets") NationalBudgetFixture.Shape shape)
      throws Exception {
    NationalBudgetFixture fx = new NationalBudgetFixture(shape);
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    BudgetDocument p = new PdfReader().read(new ByteArrayInputStream(pdf), "national-budget.pdf");
    BudgetDocument t = text(pdf, "national-budget.txt");
    assertThat(t.year()).isEqualTo(p.year());
    assertThat(t.department().name()).isEqualTo(p.department().name());
    assertThat(t.template()).isEqualTo(p.template());
    assertReadSafely(p, t, fx.cells(), shape.toString());
    // read completely (multi-line headers joined, continuation pages placed; on main every try read partly):
    // collected, not asserted (SpaceAlignedConservationProperties names a shape still read partly)
    Statistics.label("read completely").collect(dev.yusuan.io.BudgetIo.unreadAmounts(t) == 0 ? "yes" : "no");
  }

  @Property(tries = 12)
  void aNationalFinalThroughPdftotextIsReadSafely(@ForAll("finals") NationalFinalFixture.Shape shape)
      throws Exception {
    NationalFinalFixture fx = new NationalFinalFixture(shape);
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    BudgetDocument p = new PdfReader().read(new ByteArrayInputStream(pdf), "national-final.pdf");
    BudgetDocument t = text(pdf, "national-final.txt");
    assertThat(t.year()).isEqualTo(p.year());
    assertThat(t.template()).isEqualTo(p.template());
    assertReadSafely(p, t, fx.cells(), shape.toString());
  }

  /**
   * A printed figure changed beyond rounding: when the text read takes the changed cell as a fact that is not
   * doubtful, the pack reports an ERROR located at it; a fact under a multi-level header is doubtful
   * ({@code layout.nested-header}: a finding on it is at most a WARNING); otherwise the cell was reported as not
   * read (checked by {@link #assertReadSafely}). Which happened is collected.
   */
  @Property(tries = 12)
  void aFigureChangedBeyondRoundingIsAnErrorAtItsCellWhenItIsRead(
      @ForAll("budgets") NationalBudgetFixture.Shape shape,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 5_000) int cents,
      @ForAll boolean up) throws Exception {
    NationalBudgetFixture probe = new NationalBudgetFixture(shape);
    probe.write(PdfFixture.requireCjkFont());
    NationalFinalFixture.Printed target = probe.cells().get(which % probe.cells().size());
    // a bare "0" is read at precision 0: near it a change of a unit or two is what rounding nearly explains
    // (a WARNING), so that variation changes by 6 units or more, as NationalBudgetProperties does
    int by = shape.extras().zero() == 4 ? Math.max(cents, 600) : cents;
    BigDecimal delta = NationalFinalProperties.delta(target.text(), by, up);
    NationalBudgetFixture wrong = new NationalBudgetFixture(shape.withPerturb(target.key(), delta));
    BudgetDocument t = text(wrong.write(PdfFixture.requireCjkFont()), "national-budget.txt");
    NationalFinalFixture.Printed changed = wrong.cells().stream().filter(c -> c.key().equals(target.key()))
        .findFirst().orElseThrow();
    boolean readSurely = t.facts().stream().anyMatch(f -> f.provenance().page().orElse(-1) == changed.page()
        && f.provenance().text().orElse("").equals(changed.text()) && !f.provenance().doubtful());
    boolean read = t.facts().stream().anyMatch(f -> f.provenance().page().orElse(-1) == changed.page()
        && f.provenance().text().orElse("").equals(changed.text()));
    Statistics.collect(readSurely ? "changed cell read" : read ? "changed cell read as doubtful (nested header)"
        : "changed cell reported unread");
    if (readSurely) {
      NationalFinalProperties.assertErrorAtChangedCell(t, wrong.cells(), target.key(), delta);
    }
  }
}
