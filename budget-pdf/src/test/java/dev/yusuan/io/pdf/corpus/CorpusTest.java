package dev.yusuan.io.pdf.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.pdf.corpus.CorpusMeasure.Result;
import dev.yusuan.io.pdf.corpus.CorpusMeasure.TableResult;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The annotated real-document corpus (issue 9): each document of {@code src/test/resources/corpus}
 * read as a user would ({@link BudgetIo#read(List)}, validated with
 * {@link StandardRules#departmentBudget}), and compared with its hand-written expectation: the share
 * of printed table amounts read as facts (≥ 98% per document), every printed total a fact, every
 * ERROR one of the inconsistencies verified by hand.
 *
 * <p>The thresholds are enforced unless {@code -Dyusuan.corpus.enforce=false}; either way the
 * coverage table is printed and written to {@code target/corpus-coverage.txt}.
 */
class CorpusTest {
  static final boolean ENFORCE =
      Boolean.parseBoolean(System.getProperty("yusuan.corpus.enforce", "true"));
  private static final List<Result> RESULTS = Collections.synchronizedList(new ArrayList<>());

  static Path resource(String name) {
    try {
      return Path.of(CorpusTest.class.getResource("/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("test resource missing: " + name, e);
    }
  }

  static List<CorpusExpectation> expectations() throws IOException {
    try (Stream<Path> files = Files.list(resource("corpus"))) {
      return files.filter(p -> p.toString().endsWith(".expect")).sorted()
          .map(CorpusExpectation::read).toList();
    }
  }

  static Stream<Arguments> documents() throws IOException {
    return expectations().stream().map(e -> Arguments.of(e.name(), e));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void documentMeetsItsExpectation(String name, CorpusExpectation e) {
    Result r = run(e);
    RESULTS.add(r);
    System.out.println(render(r));
    List<String> failures = r.failures();
    if (ENFORCE) {
      assertThat(failures).as("corpus thresholds for %s (-Dyusuan.corpus.enforce=false reports"
          + " without failing)", e.name()).isEmpty();
    } else if (!failures.isEmpty()) {
      System.out.println("NOT ENFORCED (-Dyusuan.corpus.enforce=false): " + failures.size()
          + " threshold failure(s) for " + e.name());
    }
  }

  /**
   * Debug aid for reader work: {@code -Dyusuan.corpus.dump=<document>} prints what the reader made
   * of that corpus document (tables with their rows and cells, diagnostics) next to its expectation.
   */
  @Test
  @EnabledIfSystemProperty(named = "yusuan.corpus.dump", matches = ".+")
  void dump() throws IOException {
    String name = System.getProperty("yusuan.corpus.dump");
    CorpusExpectation e = expectations().stream().filter(x -> x.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no corpus document " + name));
    BudgetDocument doc = BudgetIo.read(e.sources().stream().map(CorpusTest::resource).toList());
    StringBuilder b = new StringBuilder("== dump of " + name + "\n");
    for (DisclosureTable t : doc.tables()) {
      b.append("-- ").append(t.id()).append(' ').append(t.title()).append(" [").append(t.unit())
          .append("] columns=").append(t.columns().stream().map(DisclosureTable.Column::header)
              .toList()).append('\n');
      for (DisclosureTable.Row r : t.rows()) {
        b.append(String.format("   p%s l%s code=%s label=%s %s%n", r.page().orElse(0),
            r.line().orElse(0), r.code().orElse(""), r.label().orElse(""), r.cells()));
      }
      doc.facts().stream().filter(f -> f.provenance().tableId().equals(Optional.of(t.id())))
          .forEach(f -> b.append("   fact ").append(f).append('\n'));
    }
    doc.diagnostics().forEach(d -> b.append("diag ").append(d.severity()).append(' ')
        .append(d.code()).append(' ').append(d.location().describe()).append(": ")
        .append(d.messageEn()).append('\n'));
    System.out.println(b);
  }

  static Result run(CorpusExpectation e) {
    BudgetDocument doc;
    try {
      doc = BudgetIo.read(e.sources().stream().map(CorpusTest::resource).toList());
    } catch (IOException | RuntimeException ex) {
      return CorpusMeasure.failed(e, ex.toString());
    }
    Report report = Validator.of(StandardRules.departmentBudget(doc)).validate(doc);
    return CorpusMeasure.measure(e, doc, report);
  }

  static String render(Result r) {
    StringBuilder b = new StringBuilder();
    b.append("== corpus: ").append(r.document()).append('\n');
    r.readFailure().ifPresent(f -> b.append("   NOT READ: ").append(f).append('\n'));
    b.append(String.format("   %-14s %8s %6s %7s %6s %6s  %s%n", "table", "expected", "read", "%",
        "extra", "in-row", "matched title(s)"));
    for (TableResult t : r.tables()) {
      String pct = t.expected() == 0 ? "-"
          : CorpusMeasure.percent(java.math.BigDecimal.valueOf(t.matched())
              .divide(java.math.BigDecimal.valueOf(t.expected()), 4, java.math.RoundingMode.DOWN));
      b.append(String.format("   %-14s %8d %6d %7s %6d %6d  %s%n", t.id(), t.expected(),
          t.matched(), pct, t.extra(), t.rowChecked(), t.reached() ? String.join(" + ", t.titles()) : "(table not reached)"));
      if (!t.missing().isEmpty() && t.matched() > 0) {
        b.append("      unread: ").append(abbreviate(t.missing())).append('\n');
      }
      t.totalsMissing().forEach(m -> b.append("      total not a fact: ").append(m).append('\n'));
      t.misplaced().forEach(m -> b.append("      fact not in the row of its code: ").append(m)
          .append('\n'));
    }
    b.append(String.format("   %-14s %8d %6d %7s%n", "DOCUMENT", r.expected(), r.matched(),
        CorpusMeasure.percent(r.coverage())));
    r.unexpectedTables().forEach(t -> b.append("   table read but not expected: ").append(t)
        .append('\n'));
    r.verifiedErrors().forEach(x -> b.append("   ERROR, verified: ").append(x).append('\n'));
    r.unverifiedErrors().forEach(x -> b.append("   ERROR, NOT a verified inconsistency: ")
        .append(x).append('\n'));
    b.append("   warnings (findings + diagnostics): ").append(r.warnings()).append('\n');
    return b.toString();
  }

  private static String abbreviate(List<String> amounts) {
    return amounts.size() <= 12 ? String.join(" ", amounts)
        : String.join(" ", amounts.subList(0, 12)) + " … (" + amounts.size() + ")";
  }

  @AfterAll
  static void summary() throws IOException {
    if (RESULTS.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder("== corpus coverage (enforced: " + ENFORCE + ")\n");
    b.append(String.format("%-38s %7s %8s %6s %7s %7s %9s %9s%n", "document", "tables",
        "expected", "read", "%", "totals", "ERR ok", "ERR bad"));
    int expected = 0;
    int matched = 0;
    List<Result> sorted = new ArrayList<>(RESULTS);
    sorted.sort(java.util.Comparator.comparing(Result::document));
    for (Result r : sorted) {
      long reached = r.tables().stream().filter(TableResult::reached).count();
      b.append(String.format("%-38s %3d/%-3d %8d %6d %7s %7s %9d %9d%n", r.document(), reached,
          r.tables().size(), r.expected(), r.matched(), CorpusMeasure.percent(r.coverage()),
          r.totals() == 0 ? "ok" : r.totals() + " miss", r.verifiedErrors().size(),
          r.unverifiedErrors().size()));
      expected += r.expected();
      matched += r.matched();
    }
    if (expected > 0) {
      b.append(String.format("%-38s %7s %8d %6d %7s%n", "ALL", "", expected, matched,
          CorpusMeasure.percent(java.math.BigDecimal.valueOf(matched)
              .divide(java.math.BigDecimal.valueOf(expected), 4, java.math.RoundingMode.DOWN))));
    }
    System.out.println(b);
    sorted.forEach(r -> b.append('\n').append(render(r)));
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("corpus-coverage.txt"), b, StandardCharsets.UTF_8);
    }
  }
}
