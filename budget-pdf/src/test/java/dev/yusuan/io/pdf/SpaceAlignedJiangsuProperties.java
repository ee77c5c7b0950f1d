package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.constraints.IntRange;

/**
 * The Jiangsu 收入预算总表 through {@code pdftotext -layout}: a two-level stub (a fund group such as 一般公共预算资金
 * printed once, on the middle row of its block, beside the items 小计 / 公共财政拨款(补助)资金 / 专项收入, both under
 * one header cell 项目名称). {@code pdftotext} prints each CJK word one column per character while the page gives
 * it up to two, so a long label (上年结转和结余资金, 债务资金(银行贷款)) seems to reach the next column; the reader
 * took group and item for one label (一般公共预算资金公共财政拨款(补助)资金, no fund source) and left the table's
 * amounts unread. Drawn by {@link JiangsuFixture} (every year, fund mix and caption style): the table is read
 * completely, with the PDF's own facts of that table; no ERROR finding on the honest set; one figure of the table
 * changed beyond rounding is an ERROR at that cell.
 */
class SpaceAlignedJiangsuProperties {
  private static final Pattern REVENUE_CELL = Pattern.compile("\\d\\d\\|(total|gpb|special|other|carry)");

  @Provide
  Arbitrary<JiangsuFixture.Shape> shapes() {
    return Combinators.combine(new JiangsuProperties().shapes(), Arbitraries.of(true, false))
        .as(JiangsuFixture.Shape::withNarrowStub);
  }

  static BudgetDocument pdf(byte[] pdf) throws Exception {
    return new PdfReader().read(new ByteArrayInputStream(pdf), "jiangsu-budget.pdf");
  }

  static DisclosureTable revenue(BudgetDocument d, String as) {
    return d.tables().stream().filter(t -> t.title().endsWith("收入预算总表") && !t.title().contains("财政拨款"))
        .findFirst().orElseThrow(() -> new AssertionError(as + ": no 收入预算总表 read"));
  }

  /** The table's facts as concept, coordinates and value (not where they were read). */
  static List<String> facts(BudgetDocument d, DisclosureTable t) {
    return d.facts().stream().filter(f -> f.provenance().tableId().orElse("").equals(t.id()))
        .map(SpaceAlignedNationalProperties::key).sorted().toList();
  }

  @Property(tries = 15)
  void theRevenueTableWithATwoLevelStubIsReadAsFromThePdf(@ForAll("shapes") JiangsuFixture.Shape shape)
      throws Exception {
    JiangsuFixture fx = new JiangsuFixture(shape);
    byte[] bytes = fx.write(PdfFixture.requireCjkFont());
    BudgetDocument p = pdf(bytes);
    BudgetDocument t = SpaceAlignedNationalProperties.text(bytes, "jiangsu-budget.txt");
    DisclosureTable read = revenue(t, shape.toString());
    assertThat(read.coverage().orElseThrow().unread()).as("%s: 收入预算总表 amounts unread", shape).isZero();
    assertThat(facts(t, read)).as(shape.toString()).isEqualTo(facts(p, revenue(p, shape.toString())));
    assertThat(Validator.of(StandardRules.departmentBudget(t)).validate(t).findings())
        .filteredOn(f -> f.severity() == Severity.ERROR).as(shape.toString()).isEmpty();
  }

  @Property(tries = 10)
  void aChangedFigureOfTheRevenueTableIsAnErrorAtThatCell(@ForAll("shapes") JiangsuFixture.Shape shape,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 5_000) int cents,
      @ForAll boolean up) throws Exception {
    JiangsuFixture probe = new JiangsuFixture(shape);
    BudgetDocument p = pdf(probe.write(PdfFixture.requireCjkFont()));
    int page = revenue(p, shape.toString()).provenance().page().orElseThrow();
    List<NationalFinalFixture.Printed> cells = probe.cells().stream()
        .filter(c -> c.page() == page && REVENUE_CELL.matcher(c.key()).matches()).toList();
    NationalFinalFixture.Printed target = cells.get(which % cells.size());
    BigDecimal delta = NationalFinalProperties.delta(target.text(), cents, up);
    JiangsuFixture wrong = new JiangsuFixture(shape.withPerturb(target.key(), delta));
    BudgetDocument t = SpaceAlignedNationalProperties.text(wrong.write(PdfFixture.requireCjkFont()),
        "jiangsu-budget.txt");
    NationalFinalProperties.assertErrorAtChangedCell(t, wrong.cells(), target.key(), delta);
  }
}
