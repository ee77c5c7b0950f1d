package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.text.TextReader;
import dev.yusuan.io.text.TextWriter;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The structured-text form (and the web pages and Word files laid out as it) of a disclosure in
 * another template than Zhejiang's is read in its template: a document read from its PDF, written as
 * structured text ({@link TextWriter}) and read again by the default {@link TextReader} is recognised
 * in the PDF's template, most figures it reads are figures of the PDF, and it finds no ERROR the PDF's
 * reading does not. Before, such a text read no table figure at all (its tables were unknown or taken
 * for Zhejiang ones).
 */
class TextTemplatesProperties {
  static BudgetDocument asText(BudgetDocument pdf) throws Exception {
    List<DisclosureTable> tables = pdf.tables().stream().map(TextTemplatesProperties::spannedHeader).toList();
    BudgetDocument printed = BudgetDocument.builder().from(pdf).tables(tables).build();
    byte[] text = new TextWriter().render(printed).getBytes(StandardCharsets.UTF_8);
    return new TextReader().read(new ByteArrayInputStream(text), pdf.source() + ".txt");
  }

  /**
   * The table with its header rows written as a page or a form prints merged header cells: each column's
   * header path top-down, a parent in the first column it spans (blank in the others), a leaf above blank
   * cells when it spans the rows below. The PDF reader's own header rows place a parent where its text
   * was centred, which is not how the text form marks a span.
   */
  static DisclosureTable spannedHeader(DisclosureTable t) {
    int depth = t.columns().stream().mapToInt(c -> c.headerPath().size()).max().orElse(0);
    if (depth == 0) {
      return t;
    }
    List<List<String>> rows = new java.util.ArrayList<>();
    for (int r = 0; r < depth; r++) {
      List<String> row = new java.util.ArrayList<>();
      for (int c = 0; c < t.columns().size(); c++) {
        List<String> path = t.columns().get(c).headerPath();
        String v = r < path.size() ? path.get(r) : "";
        boolean parent = r < path.size() - 1;
        if (parent && c > 0) {
          List<String> left = t.columns().get(c - 1).headerPath();
          if (left.size() > r + 1 && left.subList(0, r + 1).equals(path.subList(0, r + 1))) {
            v = ""; // the same parent spans on
          }
        }
        row.add(v);
      }
      rows.add(row);
    }
    return DisclosureTable.builder().from(t).headerRows(rows).build();
  }

  static Set<String> errors(BudgetDocument d) {
    return Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).map(f -> f.ruleId()).collect(Collectors.toSet());
  }

  static void assertReadInItsTemplate(BudgetDocument pdf, double atLeast) throws Exception {
    BudgetDocument text = asText(pdf);
    assertThat(text.template()).isEqualTo(pdf.template());
    assertThat(text.tables()).extracting(DisclosureTable::kind).doesNotContain(DisclosureTable.UNKNOWN_KIND);
    List<String> read = new java.util.ArrayList<>(NationalFinalTest.facts(text));
    read.retainAll(NationalFinalTest.facts(pdf));
    // the figures read that are the PDF's (a few differ: the text parser rebuilds a column's header path
    // from the written header rows by its own rule, e.g. 合计 where the PDF's path is 基本支出/合计)
    assertThat((double) read.size()).isGreaterThanOrEqualTo(atLeast * pdf.facts().size());
    assertThat(errors(pdf)).containsAll(errors(text));
  }

  @Property(tries = 5)
  void aNationalBudgetAsTextIsReadInTheNationalTemplate(
      @ForAll("shapes") NationalBudgetFixture.Shape shape) throws Exception {
    BudgetDocument pdf = NationalBudgetProperties.read(new NationalBudgetFixture(shape));
    assertReadInItsTemplate(pdf, 0.75); // 80 % measured: the “三公” table is mapped by a PDF strategy
  }

  @Provide
  Arbitrary<NationalBudgetFixture.Shape> shapes() {
    return new NationalBudgetProperties().shapes();
  }

  @Property(tries = 3)
  void aJiangsuSetAsTextIsReadInTheJiangsuTemplate(@ForAll @IntRange(min = 0, max = 2) int which)
      throws Exception {
    String file = List.of("jiangsu-npcsc-office-2019-budget-tables.pdf",
        "jiangsu-party-committee-office-2018-budget-tables.pdf",
        "jiangsu-cppcc-office-2017-budget-tables.pdf").get(which);
    // the Jiangsu tables mapped by a PDF strategy (收支预算总表 in label pairs …) are reported, not read,
    // by the text reader: about 60 % of the figures are read
    assertReadInItsTemplate(new PdfReader().read(PdfReaderRealTest.real(file)), 0.5);
  }
}
