package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The national 部门预算 and 部门决算 fixtures drawn as PDFs ({@link NationalBudgetFixture},
 * {@link NationalFinalFixture}, every variation at once), extracted with {@code pdftotext -layout} and read as
 * space-aligned text: the same facts as the PDF read (concept, coordinates, value), read completely (every
 * printed amount one fact, no WARNING), the same tables recognised, the pack silent; one printed figure changed
 * beyond rounding is an ERROR located at that cell (page of the text file and the printed text).
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

  @Property(tries = 12)
  void aNationalBudgetThroughPdftotextReadsAsThePdf(@ForAll("budgets") NationalBudgetFixture.Shape shape)
      throws Exception {
    NationalBudgetFixture fx = new NationalBudgetFixture(shape);
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    BudgetDocument p = new PdfReader().read(new ByteArrayInputStream(pdf), "national-budget.pdf");
    BudgetDocument t = text(pdf, "national-budget.txt");
    assertThat(facts(t)).as(shape.toString()).isEqualTo(facts(p));
    assertThat(t.tables()).extracting(DisclosureTable::kind).isEqualTo(NationalBudgetProperties.kinds(shape));
    assertThat(t.year()).isEqualTo(p.year());
    assertThat(t.department().name()).isEqualTo(p.department().name());
    NationalFinalProperties.assertReadCompletely(t, shape.wan(), fx.cells(), shape.toString());
    NationalFinalProperties.assertPackFindsNothing(t, fx.cells(), shape.toString());
  }

  @Property(tries = 12)
  void aNationalFinalThroughPdftotextReadsAsThePdf(@ForAll("finals") NationalFinalFixture.Shape shape)
      throws Exception {
    NationalFinalFixture fx = new NationalFinalFixture(shape);
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    BudgetDocument p = new PdfReader().read(new ByteArrayInputStream(pdf), "national-final.pdf");
    BudgetDocument t = text(pdf, "national-final.txt");
    assertThat(facts(t)).as(shape.toString()).isEqualTo(facts(p));
    assertThat(t.tables()).extracting(DisclosureTable::kind).isEqualTo(p.tables().stream()
        .map(DisclosureTable::kind).toList());
    assertThat(t.template()).isEqualTo(p.template());
    NationalFinalProperties.assertReadCompletely(t, shape.wan(), fx.cells(), shape.toString());
    NationalFinalProperties.assertPackFindsNothing(t, fx.cells(), shape.toString());
  }

  @Property(tries = 12)
  void aFigureChangedBeyondRoundingIsAnErrorAtItsLine(@ForAll("budgets") NationalBudgetFixture.Shape shape,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 5_000) int cents,
      @ForAll boolean up) throws Exception {
    NationalBudgetFixture probe = new NationalBudgetFixture(shape);
    probe.write(PdfFixture.requireCjkFont());
    NationalFinalFixture.Printed target = probe.cells().get(which % probe.cells().size());
    BigDecimal delta = NationalFinalProperties.delta(target.text(), cents, up);
    NationalBudgetFixture wrong = new NationalBudgetFixture(shape.withPerturb(target.key(), delta));
    BudgetDocument t = text(wrong.write(PdfFixture.requireCjkFont()), "national-budget.txt");
    assertThat(t.facts()).allMatch(f -> f.provenance().line().isPresent());
    NationalFinalProperties.assertErrorAtChangedCell(t, wrong.cells(), target.key(), delta);
  }
}
