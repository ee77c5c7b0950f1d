package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The generated national 部门预算 and 部门决算 ({@link NationalBudgetFixture}, {@link NationalFinalFixture}) printed
 * with one or several producer habits at once ({@link PdfFixture.Habits}, printed by {@link HabitPrinter}):
 * portrait media turned by /Rotate 90 or 270 (by a {@code cm} or by a rotated text matrix), content-stream order
 * unlike reading order, glyphs kerned or positioned one by one, character spacing, spaced-out 汉字 (合　计, 合 计 by
 * character spacing or by position alone), header cells printed turned 90° either way,
 * numbers drawn as two strings, full / no rules, a diagonal watermark, running header and footer lines, a stamp
 * image, a page printed twice. What the pages show is the same document: it is read completely (every drawn
 * amount one fact, no WARNING) and its pack finds nothing; one printed figure changed beyond rounding is an
 * ERROR at its cell; a page printed twice is a WARNING naming both pages.
 */
class PdfLayoutVariationsProperties {
  @Provide
  Arbitrary<PdfFixture.Habits> habits() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(Arbitraries.integers().between(0, 3), b, Arbitraries.integers().between(0, 2),
        Arbitraries.of(0, 0, 40, 120, 250), Arbitraries.integers().between(0, 3), b,
        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 2))
        .flatAs((rotate, shuffled, glyphs, tc, spaced, split, rules, watermark) -> Combinators.combine(b, b,
            Arbitraries.longs(), Arbitraries.integers().between(0, 3)).as((running, stamp, seed, turned) ->
                new PdfFixture.Habits(rotate, shuffled, glyphs, tc, spaced, split, rules, watermark, running, stamp,
                    0, seed, turned)));
  }

  @Provide
  Arbitrary<NationalBudgetFixture.Shape> budgets() {
    return new NationalBudgetProperties().shapes();
  }

  @Provide
  Arbitrary<NationalFinalFixture.Shape> finals() {
    return new NationalFinalProperties().shapes();
  }

  static BudgetDocument read(NationalBudgetFixture fx, PdfFixture.Habits h) throws Exception {
    byte[] pdf = fx.write(PdfFixture.requireCjkFont(), h);
    return new PdfReader().read(new ByteArrayInputStream(pdf), "national-budget.pdf");
  }

  static BudgetDocument read(NationalFinalFixture fx, PdfFixture.Habits h) throws Exception {
    byte[] pdf = fx.write(PdfFixture.requireCjkFont(), h);
    return new PdfReader().read(new ByteArrayInputStream(pdf), "national-final.pdf");
  }

  @Property(tries = 30)
  void anHonestBudgetPrintedAnyWayIsReadCompletelyAndPasses(@ForAll("budgets") NationalBudgetFixture.Shape shape,
      @ForAll("habits") PdfFixture.Habits habits) throws Exception {
    NationalBudgetFixture fx = new NationalBudgetFixture(shape);
    BudgetDocument d = read(fx, habits);
    String as = shape + " " + habits;
    assertThat(d.template()).as(as).contains("national-budget");
    assertThat(d.tables()).extracting(DisclosureTable::kind).as(as).isEqualTo(NationalBudgetProperties.kinds(fx));
    NationalFinalProperties.assertReadCompletely(d, shape.wan(), fx.cells(), as);
    NationalFinalProperties.assertPackFindsNothing(d, fx.cells(), as);
  }

  @Property(tries = 20)
  void anHonestFinalAccountPrintedAnyWayIsReadCompletelyAndPasses(
      @ForAll("finals") NationalFinalFixture.Shape shape, @ForAll("habits") PdfFixture.Habits habits)
      throws Exception {
    NationalFinalFixture fx = new NationalFinalFixture(shape);
    BudgetDocument d = read(fx, habits);
    String as = shape + " " + habits;
    assertThat(d.template()).as(as).contains(shape.national() ? "national-final" : "shanghai-final");
    NationalFinalProperties.assertReadCompletely(d, shape.wan(), fx.cells(), as);
    NationalFinalProperties.assertPackFindsNothing(d, fx.cells(), as);
  }

  @Property(tries = 25)
  void aFigureChangedBeyondRoundingIsStillAnErrorAtItsCell(@ForAll("budgets") NationalBudgetFixture.Shape shape,
      @ForAll("habits") PdfFixture.Habits habits, @ForAll @IntRange(min = 0, max = 100_000) int which,
      @ForAll @IntRange(min = 100, max = 5_000) int cents, @ForAll boolean up) throws Exception {
    NationalBudgetFixture probe = new NationalBudgetFixture(shape);
    probe.write(PdfFixture.requireCjkFont(), habits);
    NationalFinalFixture.Printed target = probe.cells().get(which % probe.cells().size());
    int by = shape.extras().zero() == 4 ? Math.max(cents, 600) : cents;
    BigDecimal delta = NationalFinalProperties.delta(target.text(), by, up);
    NationalBudgetFixture wrong = new NationalBudgetFixture(shape.withPerturb(target.key(), delta));
    BudgetDocument d = read(wrong, habits);
    NationalFinalProperties.assertErrorAtChangedCell(d, wrong.cells(), target.key(), delta);
  }

  /**
   * A page printed twice (its copy right after it): the figures agree with themselves, so no rule would object;
   * the reader says which page repeats which (a WARNING naming both, the only diagnostic above INFO; for a page
   * printing no table figure, at most that WARNING) and reads the copy once: every drawn amount is one fact, as without the copy, and the pack finds nothing.
   */
  @Property(tries = 20)
  void aPagePrintedTwiceIsAWarningNamingBothPagesAndIsReadOnce(@ForAll("budgets") NationalBudgetFixture.Shape shape,
      @ForAll("habits") PdfFixture.Habits any, @ForAll @IntRange(min = 2, max = 40) int page) throws Exception {
    NationalBudgetFixture fx = new NationalBudgetFixture(shape);
    PdfFixture.Habits habits = any.withDuplicate(page);
    byte[] pdf = fx.write(PdfFixture.requireCjkFont(), habits);
    int pages;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      pages = doc.getNumberOfPages();
    }
    int first = (page - 1) % (pages - 1) + 1;
    BudgetDocument d = new PdfReader().read(new ByteArrayInputStream(pdf), "national-budget.pdf");
    String as = shape + " " + habits + " page " + first;
    String twice = "pdf.duplicate-page: page " + (first + 1) + " prints exactly what page " + first
        + " prints (the same page printed twice?); read once, as page " + first;
    if (fx.cells().stream().noneMatch(c -> c.page() == first)) {
      // a page printing no table figure (a table's header alone, a note, the contents): the reader tells it printed
      // twice only when it holds a figure (PdfDocumentBuilder.duplicate); read twice, it adds no fact
      assertThat(d.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO).as(as)
          .extracting(g -> g.code() + ": " + g.messageEn()).isSubsetOf(twice);
    } else {
      assertThat(d.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO).as(as)
          .extracting(g -> g.code() + ": " + g.messageEn()).containsExactly(twice);
    }
    assertReadOnceAndPasses(d, fx, as);
  }

  /**
   * A continued table's first page printed again after its continuation, further on than the next page but in the
   * same table (no other table begins before the copy): its rows read again would double the table's under its
   * 合计. The reader names both pages (a WARNING, the only diagnostic above INFO) and reads the copy once: every
   * drawn amount is one fact, as without the copy, and the pack finds nothing. (Two tables continued over the same
   * rows are both read: {@code PdfLayoutVariationsTest.twoTablesContinuedOverTheSameRowsAreNoDuplicate}.)
   */
  @Property(tries = 12)
  void aTablesFirstPagePrintedAgainAfterItsContinuationIsReadOnce(
      @ForAll("budgets") NationalBudgetFixture.Shape any, @ForAll("habits") PdfFixture.Habits habits,
      @ForAll @IntRange(min = 0, max = 1_000) int which) throws Exception {
    NationalBudgetFixture.Shape shape = new NationalBudgetFixture.Shape(any.seed(), any.year(), any.wan(),
        any.caption(), any.prefix(), any.departmentTitles(), any.fiscalTitles(), any.amountHeader(),
        any.splitCodes(), true, any.govFund(), any.stateCapital(), any.prior(), any.allColumns(),
        any.operatingCost(), any.extras(), null, BigDecimal.ZERO);
    NationalBudgetFixture fx = new NationalBudgetFixture(shape);
    byte[] pdf = fx.write(PdfFixture.requireCjkFont(), habits);
    // the tables printing figures on each page (a cell's key begins with its table's)
    java.util.Map<Integer, java.util.Set<String>> tablesOn = new java.util.HashMap<>();
    fx.cells().forEach(c -> tablesOn.computeIfAbsent(c.page(), k -> new java.util.HashSet<>())
        .add(c.key().substring(0, c.key().indexOf('|'))));
    // a page continuing the one table of the page before it (each table begins on a page of its own)
    java.util.List<Integer> continuations = tablesOn.keySet().stream().sorted()
        .filter(p -> tablesOn.get(p).size() == 1 && tablesOn.get(p).equals(tablesOn.get(p - 1))).toList();
    net.jqwik.api.Assume.that(!continuations.isEmpty());
    int continued = continuations.get(which % continuations.size());
    int first = continued - 1;
    byte[] copied;
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      var original = doc.getPage(first - 1);
      var copy = new org.apache.pdfbox.pdmodel.PDPage(new org.apache.pdfbox.cos.COSDictionary(
          original.getCOSObject()));
      doc.getPages().insertAfter(copy, doc.getPage(continued - 1));
      var out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      copied = out.toByteArray();
    }
    BudgetDocument d = new PdfReader().read(new ByteArrayInputStream(copied), "national-budget.pdf");
    String as = shape + " " + habits + " page " + first + " again after page " + continued;
    String twice = "pdf.duplicate-page: page " + (continued + 1) + " prints exactly what page " + first
        + " prints (the same page printed twice?); read once, as page " + first;
    assertThat(d.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO).as(as)
        .extracting(g -> g.code() + ": " + g.messageEn()).containsExactly(twice);
    assertReadOnceAndPasses(d, fx, as);
  }

  /** A page printed twice read once: the tables' kinds, every drawn amount one fact, and the pack finds nothing. */
  static void assertReadOnceAndPasses(BudgetDocument d, NationalBudgetFixture fx, String as) {
    assertThat(d.tables()).extracting(DisclosureTable::kind).as(as).isEqualTo(NationalBudgetProperties.kinds(fx));
    int printed = d.tables().stream().map(DisclosureTable::coverage)
        .mapToInt(c -> c.map(dev.yusuan.model.ReadingCoverage::amountsPrinted).orElse(0)).sum();
    int read = d.tables().stream().map(DisclosureTable::coverage)
        .mapToInt(c -> c.map(dev.yusuan.model.ReadingCoverage::amountsRead).orElse(0)).sum();
    assertThat(printed).as(as).isEqualTo(fx.cells().size());
    assertThat(read).as(as).isEqualTo(printed);
    assertThat(d.facts()).filteredOn(f -> f.provenance().tableId().isPresent()).as(as).hasSize(fx.cells().size());
    NationalFinalProperties.assertPackFindsNothing(d, fx.cells(), as);
  }
}
