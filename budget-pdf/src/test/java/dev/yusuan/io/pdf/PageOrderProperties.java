package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Report;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.constraints.IntRange;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * A file that does not start where its disclosure starts or whose pages are in another order: the generated national
 * 部门预算 with its first pages left out (a file cut from a larger one, an extract of the tables from page N on), with
 * a later page put first, or with any page moved elsewhere. The rows of a table whose title and header are not before
 * them belong to no table the reader finds: they must not be lost silently. Contract: every amount printed on the
 * pages kept is a fact of a table or counted unread ({@code pdf.unplaced-row}), so a file starting inside a table is
 * read partly and never passes; leaving out leading pages makes no finding an ERROR (the tables kept are whole). A
 * table's second page that lands after another table whose header differs is no continuation of that table
 * ({@code pdf.not-continued}; seed -4874717682432338481 of the put-first property lost 4 of 212 amounts before, pinned
 * in {@link PageOrderTest}); a genuine continuation repeating its header wrapped otherwise is still one table, read
 * whole.
 */
class PageOrderProperties {
  @Provide
  Arbitrary<NationalBudgetFixture.Shape> budgets() {
    return new NationalBudgetProperties().shapes();
  }

  /** The pages of {@code pdf} in the order {@code order} gives (0-based page indexes; others left out). */
  static byte[] pages(byte[] pdf, List<Integer> order) throws Exception {
    try (PDDocument src = Loader.loadPDF(pdf); PDDocument out = new PDDocument()) {
      for (int i : order) {
        PDPage p = src.getPage(i);
        out.importPage(p);
      }
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      out.save(b);
      return b.toByteArray();
    }
  }

  static int pageCount(byte[] pdf) throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return d.getNumberOfPages();
    }
  }

  /**
   * Facts of tables and amounts counted unread against the amounts printed on the pages kept: none lost (a rate
   * printed in a row no table took, 增减率 beside its amounts, is counted unread with them: a row outside every
   * table cannot tell a rate from an amount, so the count may be above the amounts), none invented.
   */
  static void assertEveryKeptAmountIsAFactOrUnread(BudgetDocument d, long kept, String as) {
    long tableFacts = d.facts().stream().filter(f -> f.provenance().tableId().isPresent()).count();
    String why = as + " " + d.tables().stream().map(t -> t.id() + " " + t.title() + " " + t.coverage()).toList()
        + " " + d.diagnostics();
    assertThat(tableFacts + BudgetIo.unreadAmounts(d)).as(why).isGreaterThanOrEqualTo(kept);
    assertThat(tableFacts).as(why).isLessThanOrEqualTo(kept);
  }

  @Property(tries = 25)
  void aFileStartingAtALaterPageLosesNoAmountAndFindsNoError(@ForAll("budgets") NationalBudgetFixture.Shape shape,
      @ForAll @IntRange(min = 1, max = 40) int cut) throws Exception {
    NationalBudgetFixture fx = new NationalBudgetFixture(shape);
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    int n = pageCount(pdf);
    int from = 1 + (cut - 1) % (n - 1); // leave out pages 1 .. from (1-based), keep from + 1 .. n
    byte[] rest = pages(pdf, java.util.stream.IntStream.range(from, n).boxed().toList());
    BudgetDocument d = new PdfReader().read(new ByteArrayInputStream(rest), "national-budget-cut.pdf");
    String as = shape + " from page " + (from + 1) + " of " + n;
    long kept = fx.cells().stream().filter(c -> c.page() > from).count();
    assertEveryKeptAmountIsAFactOrUnread(d, kept, as);
    Report r = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).as(as)
        .extracting(f -> f.ruleId() + ": " + f.messageEn()).isEmpty();
  }

  @Property(tries = 25)
  void aLaterPagePutFirstLosesNoAmount(@ForAll("budgets") NationalBudgetFixture.Shape shape,
      @ForAll @IntRange(min = 1, max = 40) int which) throws Exception {
    assertPutFirstLosesNoAmount(shape, which);
  }

  /** {@code shape}'s document with page {@code 1 + (which - 1) % (n - 1)} (0-based) put first. */
  static BudgetDocument assertPutFirstLosesNoAmount(NationalBudgetFixture.Shape shape, int which) throws Exception {
    NationalBudgetFixture fx = new NationalBudgetFixture(shape);
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    int n = pageCount(pdf);
    int moved = 1 + (which - 1) % (n - 1); // 0-based index of the page put first (never the first page)
    List<Integer> order = new java.util.ArrayList<>();
    order.add(moved);
    for (int i = 0; i < n; i++) {
      if (i != moved) {
        order.add(i);
      }
    }
    BudgetDocument d = new PdfReader().read(new ByteArrayInputStream(pages(pdf, order)), "national-budget-moved.pdf");
    String as = shape + " page " + (moved + 1) + " of " + n + " put first";
    assertEveryKeptAmountIsAFactOrUnread(d, fx.cells().size(), as);
    return d;
  }

  /** Any page but the first moved to any other place: every amount a fact of a table or counted unread. */
  @Property(tries = 25)
  void aPageMovedElsewhereLosesNoAmount(@ForAll("budgets") NationalBudgetFixture.Shape shape,
      @ForAll @IntRange(min = 1, max = 40) int which, @ForAll @IntRange(min = 0, max = 40) int where)
      throws Exception {
    NationalBudgetFixture fx = new NationalBudgetFixture(shape);
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    int n = pageCount(pdf);
    int moved = 1 + (which - 1) % (n - 1);
    List<Integer> order = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (i != moved) {
        order.add(i);
      }
    }
    int at = where % n;
    order.add(at, moved);
    BudgetDocument d = new PdfReader().read(new ByteArrayInputStream(pages(pdf, order)), "national-budget-moved.pdf");
    String as = shape + " page " + (moved + 1) + " of " + n + " moved to place " + (at + 1) + " " + order;
    assertEveryKeptAmountIsAFactOrUnread(d, fx.cells().size(), as);
  }

  /**
   * A table continued on the next page that repeats its header there wrapped otherwise (its column names cut at 3 to
   * 6 characters a line, where the first page prints them as drawn) is one table: read whole, no page refused as
   * its continuation, no row outside a table, no ERROR.
   */
  @Property(tries = 25)
  void aContinuationRepeatingItsHeaderWrappedOtherwiseContinuesItsTable(
      @ForAll("budgets") NationalBudgetFixture.Shape drawn, @ForAll @IntRange(min = 3, max = 6) int width)
      throws Exception {
    NationalBudgetFixture.Shape shape = new NationalBudgetFixture.Shape(drawn.seed(), drawn.year(), drawn.wan(),
        drawn.caption(), drawn.prefix(), drawn.departmentTitles(), drawn.fiscalTitles(), drawn.amountHeader(),
        drawn.splitCodes(), true, drawn.govFund(), drawn.stateCapital(), drawn.prior(), drawn.allColumns(),
        drawn.operatingCost(), drawn.extras(), null, java.math.BigDecimal.ZERO);
    assertReadWholeWithItsHeaderWrappedAt(shape, width);
  }

  /** {@code shape}'s document with its continued tables' headers wrapped at {@code width} on their second page. */
  static void assertReadWholeWithItsHeaderWrappedAt(NationalBudgetFixture.Shape shape, int width) throws Exception {
    NationalBudgetFixture fx = new NationalBudgetFixture(shape);
    fx.rewrapContinued = width;
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    BudgetDocument d = new PdfReader().read(new ByteArrayInputStream(pdf), "national-budget-rewrapped.pdf");
    String as = shape + " width " + width + " " + d.diagnostics();
    long tableFacts = d.facts().stream().filter(f -> f.provenance().tableId().isPresent()).count();
    assertThat(d.diagnostics()).as(as).extracting(dev.yusuan.model.Diagnostic::code)
        .doesNotContain("pdf.not-continued", "pdf.unplaced-row");
    assertThat(BudgetIo.unreadAmounts(d)).as(as).isZero();
    assertThat(tableFacts).as(as).isEqualTo(fx.cells().size());
    Report r = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).as(as)
        .extracting(f -> f.ruleId() + ": " + f.messageEn()).isEmpty();
  }
}
