package dev.yusuan.io.word;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The Keqiao example written as .docx files in many styles ({@link KeqiaoDocx}: merged header cells,
 * the unit as a paragraph or a table row, the title inside or outside the table, automatic numbering,
 * empty paragraphs, tables split in two, English or Chinese heading style ids) reads to the facts and
 * the findings of the text form, each fact at the paragraph that prints it; a figure changed beyond
 * rounding is an ERROR at its table, row and paragraph, as in the text.
 */
class WordDocumentReaderProperties {
  static final BudgetDocument TEXT_FORM = new TextReader().read(KeqiaoDocx.TEXT, "keqiao.txt");

  @Provide
  Arbitrary<KeqiaoDocx.Style> styles() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(List.of(b, b, b, b, b, b, b)).as(l -> l).flatMap(l ->
        Arbitraries.longs().map(seed -> new KeqiaoDocx.Style(l.get(0), l.get(1), l.get(2), l.get(3), l.get(4),
            l.get(5), l.get(6), seed)));
  }

  static BudgetDocument read(byte[] docx) throws IOException {
    return new WordDocumentReader().read(new ByteArrayInputStream(docx), "keqiao.docx");
  }

  @Property(tries = 40)
  void aDocxReadsToTheFactsAndFindingsOfTheTextForm(@ForAll("styles") KeqiaoDocx.Style st) throws IOException {
    KeqiaoDocx.Written w = KeqiaoDocx.write(KeqiaoDocx.TEXT, st);
    BudgetDocument d = read(w.bytes());
    assertThat(key(d.facts())).isEqualTo(key(TEXT_FORM.facts()));
    assertThat(d.year()).isEqualTo(TEXT_FORM.year());
    assertThat(d.department().name()).isEqualTo(TEXT_FORM.department().name());
    assertThat(codes(d)).isEqualTo(codes(TEXT_FORM));
    assertThat(findings(d)).isEqualTo(findings(TEXT_FORM));
  }

  @Property(tries = 20)
  void eachFactIsLocatedAtTheParagraphThatPrintsIt(@ForAll("styles") KeqiaoDocx.Style st) throws IOException {
    KeqiaoDocx.Written w = KeqiaoDocx.write(KeqiaoDocx.TEXT, st);
    BudgetDocument d = read(w.bytes());
    // a fact of the text form at line k is at the paragraph that prints line k
    List<String> expected = new ArrayList<>();
    for (Fact f : TEXT_FORM.facts()) {
      int line = f.provenance().line().orElse(0);
      expected.add(f.concept() + " " + f.coordinates() + " " + f.amount() + " @" + (line == 0 ? 0
          : w.paragraphOfLine()[line - 1]));
    }
    List<String> actual = d.facts().stream().map(f -> f.concept() + " " + f.coordinates() + " " + f.amount()
        + " @" + f.provenance().line().orElse(0)).toList();
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  /** A 7-digit code row of a table: its first amount (a row total, and a part of its column's total). */
  private static final Pattern ITEM_ROW = Pattern.compile("^\\d{7}\t[^\t]+\t\\d+\\.\\d\\d(\t.*)?$");

  @Provide
  Arbitrary<Integer> rowIndex() {
    return Arbitraries.integers().between(0, 10_000);
  }

  /** At least 1.00 万元 (100 published steps), either sign. */
  @Provide
  Arbitrary<BigDecimal> deltas() {
    return Arbitraries.bigDecimals().between(new BigDecimal("1.00"), new BigDecimal("500.00")).ofScale(2)
        .flatMap(v -> Arbitraries.of(v, v.negate()));
  }

  @Property(tries = 20)
  void aChangedFigureIsAnErrorAtItsRow(@ForAll("styles") KeqiaoDocx.Style st, @ForAll("rowIndex") int which,
      @ForAll("deltas") BigDecimal delta) throws IOException {
    String[] lines = KeqiaoDocx.TEXT.split("\n", -1);
    List<Integer> items = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (ITEM_ROW.matcher(lines[i]).matches()) {
        items.add(i);
      }
    }
    int line = items.get(which % items.size());
    String[] cells = lines[line].split("\t", -1);
    BigDecimal changed = new BigDecimal(cells[2]).add(delta);
    Assume.that(changed.signum() > 0);
    cells[2] = changed.toPlainString();
    lines[line] = String.join("\t", cells);
    String text = String.join("\n", lines);

    BudgetDocument fromText = new TextReader().read(text, "keqiao.txt");
    List<Finding> textErrors = errorsAt(fromText, line + 1);
    Assume.that(!textErrors.isEmpty()); // the text form sees it (a row every rule ignores is not the point)

    KeqiaoDocx.Written w = KeqiaoDocx.write(text, st);
    BudgetDocument d = read(w.bytes());
    int paragraph = w.paragraphOfLine()[line];
    List<Finding> errors = errorsAt(d, paragraph);
    assertThat(errors).as("an ERROR at paragraph %d (%s)", paragraph, cells[1]).isNotEmpty();
    assertThat(errors.stream().map(Finding::ruleId).sorted().toList())
        .isEqualTo(textErrors.stream().map(Finding::ruleId).sorted().toList());
    assertThat(errors).allSatisfy(f -> assertThat(f.locations()).anySatisfy(p -> {
      assertThat(p.line()).hasValue(paragraph);
      assertThat(p.rowLabel()).hasValue(cells[1]);
      assertThat(p.tableId()).isPresent();
    }));
  }

  private static List<Finding> errorsAt(BudgetDocument d, int line) {
    return Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .filter(f -> f.locations().stream().anyMatch(p -> p.line().orElse(0) == line)).toList();
  }

  static List<String> key(List<Fact> facts) {
    return facts.stream().map(f -> f.concept() + " " + f.coordinates() + " " + f.amount() + " "
        + f.provenance().tableId().orElse("") + " " + f.provenance().rowLabel().orElse("")).sorted().toList();
  }

  static List<String> codes(BudgetDocument d) {
    return d.diagnostics().stream().map(g -> g.severity() + " " + g.code()).sorted().toList();
  }

  /** Findings without their lines (those are the text's lines in one, paragraphs in the other). */
  static List<String> findings(BudgetDocument d) {
    return Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
        .map(f -> f.ruleId() + " " + f.severity() + " " + f.locations().stream()
            .map(p -> p.tableId().orElse("") + "/" + p.rowLabel().orElse("") + "/" + p.columnHeader().orElse(""))
            .toList())
        .sorted().toList();
  }
}
