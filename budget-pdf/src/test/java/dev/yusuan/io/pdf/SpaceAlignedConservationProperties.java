package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Conservation on the space-aligned path: a national 部门预算 ({@link NationalBudgetFixture}: 万元 and 元, every
 * zero style, the comparison columns in 元 documents too, tables continued on the next page) drawn as a PDF and
 * extracted with {@code pdftotext -layout}, read as space-aligned text. The oracle is what the fixture printed
 * ({@link NationalBudgetFixture#cells()}: every amount of a table body, page and text; codes, 行次 and rates are
 * not amounts there, as in ReadingCounter), not what the reader says: on each page every printed amount is
 * either one table fact whose value equals it, or counted in {@link BudgetIo#unreadAmounts} — never neither,
 * never twice: the printed amounts no fact took are exactly the document's unread count, and a fact (sure or
 * doubtful) of a value printed nowhere on its page is a failure. Whether it is read completely (no amount counted
 * unread) is collected, and asserted for the shapes read partly on main.
 */
class SpaceAlignedConservationProperties {
  @Provide
  Arbitrary<NationalBudgetFixture.Shape> budgets() {
    return new NationalBudgetProperties().shapes();
  }

  /**
   * What conservation found: printed amounts no fact took, printed rates no fact took, sure and doubtful facts
   * of a value printed nowhere on their page.
   */
  record Balance(int unmatched, int ratesUnmatched, List<String> extra, List<String> doubtfulExtra,
      List<String> missing) {}

  /**
   * Matches table facts to printed amounts page by page, by value, then to printed rates (a 增减率 under the
   * heading of an amount when pdftotext prints a header askew: a misread, not a loss). A doubtful fact is still a
   * fact: it is read, with a finding on it at most a WARNING.
   */
  static Balance balance(BudgetDocument d, List<NationalFinalFixture.Printed> cells,
      List<NationalFinalFixture.Printed> rates) {
    Map<String, Integer> amounts = new HashMap<>();
    cells.forEach(c -> amounts.merge(c.page() + "|" + value(c.text()), 1, Integer::sum));
    Map<String, Integer> rateLeft = new HashMap<>();
    rates.forEach(c -> rateLeft.merge(c.page() + "|" + value(c.text()), 1, Integer::sum));
    List<String> extra = new ArrayList<>();
    List<String> doubtfulExtra = new ArrayList<>();
    for (Fact f : d.facts()) {
      if (f.provenance().tableId().isEmpty()) {
        continue; // a claim of the narrative, not a table's cell
      }
      String k = f.provenance().page().orElse(-1) + "|" + value(f.amount().value());
      if (amounts.getOrDefault(k, 0) > 0) {
        amounts.merge(k, -1, Integer::sum);
      } else if (rateLeft.getOrDefault(k, 0) > 0) {
        rateLeft.merge(k, -1, Integer::sum);
        doubtfulExtra.add(f.provenance().describe() + " = " + f.amount().value().toPlainString() + " (a rate)");
      } else {
        (f.provenance().doubtful() ? doubtfulExtra : extra).add(f.provenance().describe() + " = "
            + f.amount().value().toPlainString());
      }
    }
    List<String> missing = new ArrayList<>();
    for (NationalFinalFixture.Printed c : cells) {
      String k = c.page() + "|" + value(c.text());
      if (amounts.getOrDefault(k, 0) > 0) {
        amounts.merge(k, -1, Integer::sum);
        missing.add(c.key() + " = " + c.text() + " on page " + c.page());
      }
    }
    int ratesUnmatched = rateLeft.values().stream().mapToInt(Integer::intValue).sum();
    return new Balance(missing.size(), ratesUnmatched, extra, doubtfulExtra, missing);
  }

  private static String value(String printed) {
    return value(NationalFinalFixture.value(printed));
  }

  private static String value(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }

  /**
   * The shapes the property shrank to on main, and the 元 document printing zero as a bare {@code 0} that
   * {@code SpaceAlignedNationalProperties} failed on (seed −1, zero style 4): each conserves its amounts.
   */
  @net.jqwik.api.Example
  void theShapesFoundOnMainConserveTheirAmounts() throws Exception {
    var bareZero = new NationalBudgetFixture.Extras(0, false, false, 4, false, false, false);
    everyPrintedAmountIsOneFactOrCountedUnread(new NationalBudgetFixture.Shape(-1, 2019, false, 0, false, false,
        false, false, false, false, false, 0, false, false, false, bareZero, null, BigDecimal.ZERO));
    // six 收支总表 amounts joined to the next column's label (WARNING counting none of them)
    everyPrintedAmountIsOneFactOrCountedUnread(new NationalBudgetFixture.Shape(25563, 2023, false, 0, false, false,
        true, false, false, false, true, 0, false, false, true,
        new NationalBudgetFixture.Extras(0, true, true, 1, true, false, true), null, BigDecimal.ZERO));
    // a dash zero joined to the next column's amount, read as its negative
    everyPrintedAmountIsOneFactOrCountedUnread(new NationalBudgetFixture.Shape(0, 2019, true, 0, false, false, false,
        false, true, true, true, 0, true, true, true,
        new NationalBudgetFixture.Extras(0, true, true, 2, true, true, true), null, BigDecimal.ZERO));
  }

  /**
   * Shapes read only partly on main (fixed seed 20261201, 40 tries: every try had amounts unread, 2,158 in all),
   * each read completely now: the 收入总表's three-line source headers (一般公共 / 预算拨款 / 收入 …) were unknown
   * columns and a continuation page printed askew put figures under their left neighbours' headings (seed −2, 18
   * unread); a 支出总表 whose amounts stand right of their header while the continuation page's dashes fall under
   * it (seed 2974625869: 16 unread on main, 5 once the headers were joined); an amount and a bracketed amount
   * printed without a space, {@code 4,491.63（30,999.74）} (seed −1232: 26 unread on main, then 2).
   */
  @net.jqwik.api.Example
  void theShapesReadPartlyOnMainAreReadCompletely() throws Exception {
    conserves(new NationalBudgetFixture.Shape(-2, 2019, true, 0, true, true, true,
        true, true, true, true, 0, true, true, true, new NationalBudgetFixture.Extras(0, true, true, 0, true, true,
            true), null, BigDecimal.ZERO), true);
    conserves(new NationalBudgetFixture.Shape(2974625869L, 2025, true, 3, false,
        false, false, true, false, true, false, 0, false, false, true, new NationalBudgetFixture.Extras(2, false,
            false, 2, true, false, false), null, BigDecimal.ZERO), true);
    conserves(new NationalBudgetFixture.Shape(-1232, 2025, false, 0, true, false,
        false, true, false, false, true, 0, true, true, false, new NationalBudgetFixture.Extras(1, false, true, 0,
            true, true, false), null, BigDecimal.ZERO), true);
  }

  @Property(tries = 40)
  void everyPrintedAmountIsOneFactOrCountedUnread(@ForAll("budgets") NationalBudgetFixture.Shape shape)
      throws Exception {
    conserves(shape, false);
  }

  private void conserves(NationalBudgetFixture.Shape shape, boolean complete) throws Exception {
    NationalBudgetFixture fx = new NationalBudgetFixture(shape);
    fx.comparisonsInYuan = true;
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    Pdftotext.require();
    BudgetDocument t = new TextReader().read(Pdftotext.layout(pdf), "national-budget.txt");
    Balance b = balance(t, fx.cells(), fx.rates);
    int unread = BudgetIo.unreadAmounts(t);
    Statistics.label("zero style").collect(shape.extras().zero());
    assertThat(b.extra()).as("%s: sure facts of a value printed nowhere on their page (read twice or misread)",
        shape).isEmpty();
    // a figure under its neighbour's heading (a continuation page whose header pdftotext prints askew put the
    // 增减率 under 增减额) is a misplaced fact even when its table is doubtful
    assertThat(b.doubtfulExtra()).as("%s: doubtful facts of a value printed nowhere as an amount on their page",
        shape).isEmpty();
    // read completely (multi-line headers joined, continuation pages placed): collected, asserted for the examples
    // below; NOT DONE in every try: seed -2752447026979368475 (部门支出总表, a column with no header, 8 unread)
    Statistics.label("read completely").collect(unread == 0 ? "yes" : "no");
    if (complete) {
      assertThat(unread).as("%s: amounts not read %s", shape, t.diagnostics().stream()
          .filter(x -> x.unreadAmounts() > 0).map(x -> x.code() + " " + x.location().describe()).toList()).isZero();
    }
    assertThat(unread).as("%s: printed amounts no fact took %s are counted unread", shape, b.missing())
        .isGreaterThanOrEqualTo(b.unmatched());
    // a rate no fact took is either in its rate column (no amount) or, under an amount's heading, counted unread:
    // with no such rate, the unread count is exactly the printed amounts no fact took
    assertThat(unread).as("%s: nothing counted twice (%d rates no fact took)", shape, b.ratesUnmatched())
        .isLessThanOrEqualTo(b.unmatched() + b.ratesUnmatched());
    Statistics.label("unread count checked").collect(b.ratesUnmatched() == 0 ? "exactly" : "within the rates");
  }
}
