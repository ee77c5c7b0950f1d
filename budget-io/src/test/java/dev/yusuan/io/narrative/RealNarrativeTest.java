package dev.yusuan.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.internal.CodeNames;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Department;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Section;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Narrative statements of real disclosures of other regions ({@code real-narrative/statements.tsv}: statement,
 * kind, region, year, section heading, source, and what the statement says, written by reading it) run through
 * {@link ClaimExtractor} the way the text and PDF readers call it (one section under its heading, the document's
 * year and unit). Each claim read is compared with the hand-written expectation: concept, coordinates, value,
 * base period and year, direction, delta, percent and the whole of a share.
 *
 * <p>A statement is <b>read right</b> when every claim read is expected and every expected claim is read,
 * <b>partly read</b> when every claim read is expected but some are missing, <b>not read</b> when nothing is
 * read (a missed check, acceptable), and <b>WRONG</b> when a claim read is not one the statement makes (a wrong
 * concept, base, direction, whole or value: the ERROR the document does not deserve). The test fails on any
 * WRONG and when fewer statements are read right than the floor reached (docs/narrative.md records the coverage).
 * Run with {@code -Drealnarrative.dump=true} to print every statement's claims.
 */
class RealNarrativeTest {
  /** Statements read right, at least (the coverage reached; raise it when a phrasing is learnt). */
  static final int READ_RIGHT_FLOOR = 62;
  /** Expected claims read, at least. */
  static final int CLAIMS_READ_FLOOR = 179;

  record Statement(int line, String text, String kind, String region, int year, String heading, String source,
      Set<String> expected) {}

  /**
   * READ_RIGHT: every claim the statement makes, and nothing else, is read; SILENT: the statement makes no claim
   * the rules can check exactly and none is read; PARTLY_READ, NOT_READ, WRONG as above.
   */
  enum Outcome { READ_RIGHT, SILENT, PARTLY_READ, NOT_READ, WRONG }

  static List<Statement> statements() throws IOException {
    List<Statement> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        RealNarrativeTest.class.getResourceAsStream("/real-narrative/statements.tsv")), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertThat(f).as("line %d: 7 columns", n).hasSize(7);
        Set<String> expected = new LinkedHashSet<>();
        for (String e : f[6].split("\\|")) {
          if (!e.isBlank()) {
            expected.add(e.strip().replaceAll("\\s+", " "));
          }
        }
        out.add(new Statement(n, f[0].replace("\\n", "\n"), f[1], f[2], Integer.parseInt(f[3]), f[4], f[5],
            expected));
      }
    }
    return out;
  }

  /** The claims of one statement, read as the readers read a narrative section. */
  static List<Claim> read(Statement s) {
    Section sec = Section.builder().level(2).heading(s.heading()).text(s.text())
        .provenance(Provenance.builder().source("real.txt").line(1).build()).build();
    ClaimExtractor.Result r = ClaimExtractor.extract(List.of(sec),
        new NarrativeContext("real.txt", MoneyUnit.WAN_YUAN, new CodeNames()).withYear(s.year()));
    return r.claims();
  }

  static String coords(Coordinates c) {
    String s = c.toString();
    return s.isEmpty() ? "-" : s;
  }

  /** A claim in the expectation column's form. */
  static String describe(Claim c) {
    String head = c.concept() + " " + coords(c.coordinates());
    return switch (c.kind()) {
      case AMOUNT -> "A " + head + " =" + c.amount().orElseThrow();
      case SHARE -> "S " + head + " =" + c.percent().orElseThrow().format() + " of "
          + coords(c.whole().orElseThrow());
      case CHANGE -> "C " + head + " base=" + c.basePeriod().orElseThrow()
          + (c.baseYear().isPresent() ? "@" + c.baseYear().getAsInt() : "")
          + " " + c.direction().map(Enum::name).orElse("-")
          + c.delta().map(d -> " d=" + d).orElse("")
          + c.percent().map(p -> " p=" + p.format()).orElse("");
      case COUNT -> "N " + head + " =" + c.count().orElseThrow().toPlainString() + " " + c.countUnit().orElse("");
    };
  }

  static Outcome classify(Set<String> expected, List<String> read) {
    if (!expected.containsAll(read)) {
      return Outcome.WRONG;
    }
    if (read.isEmpty()) {
      return expected.isEmpty() ? Outcome.SILENT : Outcome.NOT_READ;
    }
    return read.containsAll(expected) ? Outcome.READ_RIGHT : Outcome.PARTLY_READ;
  }

  @Test
  void realStatementsAreNeverMisreadAndTheCoverageHolds() throws IOException {
    List<Statement> all = statements();
    int[] outcomes = new int[Outcome.values().length];
    int expectedClaims = 0;
    int claimsRead = 0;
    List<String> wrong = new ArrayList<>();
    boolean dump = Boolean.getBoolean("realnarrative.dump");
    Set<String> regions = new LinkedHashSet<>();
    for (Statement s : all) {
      regions.add(s.region());
      List<String> read = read(s).stream().map(RealNarrativeTest::describe).toList();
      Outcome o = classify(s.expected(), read);
      outcomes[o.ordinal()]++;
      expectedClaims += s.expected().size();
      claimsRead += (int) read.stream().filter(s.expected()::contains).count();
      if (o == Outcome.WRONG) {
        wrong.add("line " + s.line() + ": " + s.text() + "\n  read:     " + read + "\n  expected: " + s.expected());
      }
      if (dump) {
        System.out.println(s.line() + "\t" + o + "\t" + s.text().replace("\n", "\\n") + "\n\t" + String.join(" | ", read));
      }
    }
    String summary = String.format("%d statements from %d regions: %d read right, %d with nothing to check (none "
            + "read), %d partly read, %d not read, %d WRONG; %d of %d expected claims read", all.size(),
        regions.size(), outcomes[0], outcomes[1], outcomes[2], outcomes[3], outcomes[4], claimsRead, expectedClaims);
    System.out.println("RealNarrativeTest: " + summary);
    assertThat(wrong).as(summary).isEmpty();
    assertThat(outcomes[Outcome.READ_RIGHT.ordinal()]).as(summary).isGreaterThanOrEqualTo(READ_RIGHT_FLOOR);
    assertThat(claimsRead).as(summary).isGreaterThanOrEqualTo(CLAIMS_READ_FLOOR);
  }
}
