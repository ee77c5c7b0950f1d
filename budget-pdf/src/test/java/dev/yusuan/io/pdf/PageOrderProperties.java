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
 * A file that does not start where its disclosure starts: the generated national 部门预算 with its first pages
 * left out (a file cut from a larger one, an extract of the tables from page N on). Pages put in another order
 * are not drawn: a continuation page that lands after another table whose header differs is taken as that
 * table's continuation and may lose amounts (seed -4874717682432338481 of a first version of this class: page 3
 * of 20 put first, 4 of 212 amounts neither read nor counted; docs/pdf.md); {@link PageOrderTest} pins a real file
 * with its last page put first, which is read partly with every amount counted. The rows of a table whose title and header are not before them belong to no
 * table the reader finds: they must not be lost silently. Contract: every amount printed on the pages kept is a
 * fact of a table or counted unread ({@code pdf.unplaced-row}), so a file starting inside a table is read partly
 * and never passes; leaving out leading pages makes no finding an ERROR (the tables kept are whole).
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
}
