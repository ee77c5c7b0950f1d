package dev.yusuan.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.yusuan.cli.Cli;
import dev.yusuan.cli.Engine;
import dev.yusuan.cli.Wiring;
import dev.yusuan.cli.Yusuan;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contract every structurally hostile input must keep (docs/security.md, "Structure-level
 * hostility"): it is read — possibly partly, what was not read counted in WARNINGs — or refused with a
 * reason ({@code IOException}, or an ERROR diagnostic) in Chinese and English naming the file; never
 * another exception; never an amount of the unhurt document lost while the document still counts as
 * read completely; never an ERROR finding the unhurt document does not have (a reader's confusion);
 * and on the command line an exit code of docs/cli.md without a stack trace. Work is bounded by the
 * sizes of the generated inputs and the limits below; the time bound is only a backstop against a
 * hang, far above what any case needs.
 */
final class StructureContract {
  static final ReadLimits LIMITS = ReadLimits.builder().maxFileBytes(32L << 20).maxCells(300_000)
      .maxPages(300).maxSpreadsheetCells(60_000).build();
  /** Limits passed to the command line, the same as {@link #LIMITS}. */
  static final String[] CLI_LIMITS = {"--limit", "maxFileBytes=" + (32L << 20), "--limit", "maxCells=300000",
      "--limit", "maxPages=300", "--limit", "maxSpreadsheetCells=60000"};
  /** Backstop against a hang only (the DocumentPool's own limit is 300 s on the command line). */
  static final Duration HANG = Duration.ofSeconds(300);
  static final Engine ENGINE = engine();
  /** Diagnostics of a reader that repaired a table's structure or doubts it. */
  static final Set<String> REPAIRS = Set.of("html.ragged-table", "html.span-clamped", "html.suspicious-span",
      "word.span-clamped", "word.hidden-by-merge", "xlsx.overlapping-merges", "xlsx.hidden-by-merge");
  /** What reading gave: a document and its report, or the refusal. */
  record Outcome(BudgetDocument document, Report report, IOException refused) {
    Optional<String> failure() {
      return document == null ? Optional.of(refused.getMessage()) : BudgetIo.failure(document, LIMITS);
    }

    boolean readCompletely() {
      return document != null && failure().isEmpty() && BudgetIo.partlyRead(document).isEmpty();
    }

    @Override
    public String toString() {
      if (document == null) {
        return "refused: " + refused.getMessage();
      }
      StringBuilder b = new StringBuilder("facts " + document.facts().size() + ", failure " + failure()
          + ", partly " + BudgetIo.partlyRead(document) + ", unread " + BudgetIo.unreadAmounts(document)
          + ", ERROR findings " + errorRules(report) + "\n");
      document.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).limit(8)
          .forEach(d -> b.append("  ").append(d.severity()).append(' ').append(d.code()).append(": ")
              .append(d.messageEn()).append('\n'));
      return b.toString();
    }
  }

  private StructureContract() {}

  private static Engine engine() {
    try {
      return Wiring.standard(List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code bytes} named {@code name} with {@link BudgetIo} and validates what was read. */
  static Outcome read(byte[] bytes, String name) {
    return assertTimeoutPreemptively(HANG, () -> {
      BudgetDocument d;
      try {
        d = BudgetIo.read(new ByteArrayInputStream(bytes), name, LIMITS);
      } catch (IOException refused) {
        return new Outcome(null, null, refused);
      }
      return new Outcome(d, ENGINE.validate(d), null);
    });
  }

  /** Asserts the contract for {@code o}, read from {@code name}, against the unhurt document {@code base}. */
  static void holds(Outcome base, Outcome o, String name) {
    if (o.document() == null) {
      assertThat(o.refused().getMessage()).as("refusal of %s", name).isNotBlank();
      return;
    }
    BudgetDocument d = o.document();
    for (Diagnostic g : d.diagnostics()) {
      if (g.severity() != Severity.INFO) {
        assertThat(g.messageZh()).as("%s: %s", name, g.code()).isNotBlank();
        assertThat(g.messageEn()).as("%s: %s", name, g.code()).isNotBlank();
        assertThat(g.location().source()).as("%s: %s names the file", name, g.code()).contains(name);
      }
    }
    if (o.failure().isPresent()) {
      return; // refused: not checked, no report
    }
    // nothing lost silently: every amount of the unhurt document is among the facts, or the reader
    // counts more amounts unread than it did in the unhurt document
    int unreadMore = BudgetIo.unreadAmounts(d) - BudgetIo.unreadAmounts(base.document());
    assertThat(missing(base.document(), d)).as("amounts of %s lost silently (%d more unread): %s", name,
        unreadMore, o).hasSizeLessThanOrEqualTo(Math.max(0, unreadMore));
    // no ERROR finding of a reader's confusion: only those of the unhurt document (a table whose structure
    // the reader repaired or doubts has its facts doubtful: a finding resting on them is a WARNING)
    boolean repaired = d.diagnostics().stream().anyMatch(g -> REPAIRS.contains(g.code()));
    Set<String> extra = new TreeSet<>();
    for (Finding f : o.report().findings()) {
      // what is left (docs/security.md): a finding resting on no table cell (a count of a table's rows,
      // 一级项目 N 个: projects carry no provenance) cannot carry the doubt of a repaired table
      if (f.severity() == Severity.ERROR && !(repaired && f.locations().stream().allMatch(p -> p.tableId().isEmpty()))) {
        extra.add(f.ruleId());
      }
    }
    extra.removeAll(errorRules(base.report()));
    assertThat(extra).as("ERROR findings of %s that the unhurt document does not have: %s", name, o).isEmpty();
  }

  static Set<String> errorRules(Report r) {
    Set<String> out = new TreeSet<>();
    if (r != null) {
      for (Finding f : r.findings()) {
        if (f.severity() == Severity.ERROR) {
          out.add(f.ruleId());
        }
      }
    }
    return out;
  }

  /** The amounts of {@code base} (as a multiset) that {@code d} does not have. */
  static List<BigDecimal> missing(BudgetDocument base, BudgetDocument d) {
    Map<BigDecimal, Integer> have = new HashMap<>();
    for (Fact f : d.facts()) {
      have.merge(f.amount().value().stripTrailingZeros(), 1, Integer::sum);
    }
    List<BigDecimal> out = new ArrayList<>();
    for (Fact f : base.facts()) {
      BigDecimal v = f.amount().value().stripTrailingZeros();
      if (have.merge(v, -1, Integer::sum) < 0) {
        out.add(v);
      }
    }
    return out;
  }

  /** Through the command line: an exit code of docs/cli.md, no stack trace, a refusal naming the file. */
  static Cli cli(byte[] bytes, String name) throws IOException {
    Path dir = Files.createTempDirectory("hostile");
    Path f = dir.resolve(name);
    try {
      Files.write(f, bytes);
      List<String> args = new ArrayList<>(List.of("check", f.toString()));
      args.addAll(List.of(CLI_LIMITS));
      Cli c = assertTimeoutPreemptively(HANG, () -> Cli.run(Wiring::standard, args.toArray(String[]::new)));
      assertThat(c.code).as(c.toString()).isIn(Yusuan.OK, Yusuan.FINDINGS, Yusuan.FAILURE, Yusuan.PARTLY_READ);
      assertThat(c.err).as(c.toString()).doesNotContain("Exception").doesNotContain("\tat ")
          .doesNotContain("at dev.yusuan");
      if (c.code == Yusuan.FAILURE) {
        assertThat(c.err).as(c.toString()).startsWith("yusuan: ").contains(name);
      }
      return c;
    } finally {
      Files.deleteIfExists(f);
      Files.deleteIfExists(dir);
    }
  }
}
