package dev.yusuan.io.pdf.corpus;

import dev.yusuan.io.pdf.corpus.CorpusExpectation.Inconsistency;
import dev.yusuan.io.pdf.corpus.CorpusExpectation.TableExpectation;
import dev.yusuan.io.pdf.corpus.CorpusExpectation.Total;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares what the reader and the validator made of a document with its hand-written expectation.
 * Computed here from the document's tables and facts, not from any coverage figure of the reader.
 */
final class CorpusMeasure {
  /** Thresholds of issue 9: share of printed table amounts read, per document. */
  static final BigDecimal DOCUMENT_COVERAGE = new BigDecimal("0.98");

  /** One expected table: the printed amounts, how many a fact of the matched table(s) accounts for. */
  record TableResult(String id, List<String> titles, int expected, int matched, int extra,
      List<String> missing, List<String> totalsMissing, List<String> misplaced, int rowChecked) {
    boolean reached() {
      return !titles.isEmpty();
    }
  }

  /** The measurement of one document. */
  record Result(String document, List<TableResult> tables, List<String> unexpectedTables,
      int unclaimedFacts, List<String> verifiedErrors, List<String> unverifiedErrors, long warnings,
      Optional<String> readFailure) {

    int expected() {
      return tables.stream().mapToInt(TableResult::expected).sum();
    }

    int matched() {
      return tables.stream().mapToInt(TableResult::matched).sum();
    }

    /** The share read, 1 when nothing is printed. */
    BigDecimal coverage() {
      return expected() == 0 ? BigDecimal.ONE
          : BigDecimal.valueOf(matched()).divide(BigDecimal.valueOf(expected()), 4, RoundingMode.DOWN);
    }

    int totals() {
      return tables.stream().mapToInt(t -> t.totalsMissing().size()).sum();
    }

    /** Why this document does not meet the thresholds; empty when it does. */
    List<String> failures() {
      List<String> f = new ArrayList<>();
      readFailure.ifPresent(r -> f.add(document + ": not read: " + r));
      if (coverage().compareTo(DOCUMENT_COVERAGE) < 0) {
        f.add(String.format("%s: %d of %d printed table amounts read (%s%%), below %s%%", document,
            matched(), expected(), percent(coverage()), percent(DOCUMENT_COVERAGE)));
      }
      for (TableResult t : tables) {
        for (String m : t.totalsMissing()) {
          f.add(document + " / " + t.id() + ": printed total is not a fact: " + m);
        }
        if (t.extra() > 0) {
          f.add(document + " / " + t.id() + ": " + t.extra()
              + " fact(s) whose values the table does not print (invented, or in the wrong unit)");
        }
        for (String m : t.misplaced()) {
          f.add(document + " / " + t.id() + ": fact not printed in the row of its code: " + m);
        }
      }
      if (unclaimedFacts > 0) {
        f.add(document + ": " + unclaimedFacts + " fact(s) from tables the document does not print"
            + " under that title: " + unexpectedTables);
      }
      for (String e : unverifiedErrors) {
        f.add(document + ": ERROR that is not a verified inconsistency: " + e);
      }
      return f;
    }
  }

  private CorpusMeasure() {}

  static String percent(BigDecimal share) {
    return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.DOWN).toPlainString();
  }

  static Result failed(CorpusExpectation e, String why) {
    List<TableResult> tables = e.tables().stream()
        .map(t -> new TableResult(t.id(), List.of(), t.amounts().size(), 0, 0, t.amounts(),
            t.totals().stream().map(CorpusMeasure::describe).toList(), List.of(), 0))
        .toList();
    return new Result(e.name(), tables, List.of(), 0, List.of(), List.of(), 0, Optional.of(why));
  }

  static Result measure(CorpusExpectation e, BudgetDocument doc, Report report) {
    List<TableResult> tables = new ArrayList<>();
    Set<String> claimed = new java.util.HashSet<>();
    for (TableExpectation t : e.tables()) {
      List<DisclosureTable> found =
          doc.tables().stream().filter(d -> t.matchesTitle(d.title())).toList();
      found.forEach(d -> claimed.add(d.id()));
      Set<String> ids = found.stream().map(DisclosureTable::id).collect(Collectors.toSet());
      List<Fact> facts = doc.facts().stream()
          .filter(f -> f.provenance().tableId().map(ids::contains).orElse(false)).toList();
      tables.add(table(t, found, facts));
    }
    List<String> unexpected = new ArrayList<>();
    int unclaimedFacts = 0;
    for (DisclosureTable d : doc.tables()) {
      if (!claimed.contains(d.id())) {
        long n = doc.facts().stream()
            .filter(f -> f.provenance().tableId().equals(Optional.of(d.id()))).count();
        unexpected.add(d.id() + " " + d.title() + " (" + n + " facts)");
        unclaimedFacts += (int) n;
      }
    }
    List<String> verified = new ArrayList<>();
    List<String> unverified = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.severity() != Severity.ERROR) {
        continue;
      }
      Optional<Inconsistency> known =
          e.inconsistencies().stream().filter(i -> explains(i, f)).findFirst();
      String line = f.ruleId() + " @ " + f.locations().stream().map(Provenance::describe)
          .collect(Collectors.joining("; ")) + " : " + f.messageEn();
      if (known.isPresent()) {
        verified.add(known.get().id() + " <- " + line);
      } else {
        unverified.add(line);
      }
    }
    long warnings = report.findings().stream().filter(f -> f.severity() == Severity.WARNING).count()
        + doc.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
    return new Result(e.name(), tables, unexpected, unclaimedFacts, verified, unverified, warnings,
        Optional.empty());
  }

  private static TableResult table(TableExpectation t, List<DisclosureTable> found,
      List<Fact> facts) {
    MoneyUnit unit = MoneyUnit.fromText(t.unit())
        .orElseThrow(() -> new IllegalArgumentException("unit " + t.unit()));
    Map<String, Map<BigDecimal, Integer>> rows = new HashMap<>();
    for (CorpusExpectation.Row r : t.rows()) {
      Map<BigDecimal, Integer> m = rows.computeIfAbsent(r.code(), c -> new HashMap<>());
      r.amounts().forEach(a -> m.merge(key(CorpusExpectation.value(a)), 1, Integer::sum));
    }
    Map<BigDecimal, Integer> read = new HashMap<>();
    List<String> misplaced = new ArrayList<>();
    int rowChecked = 0;
    for (Fact f : facts) {
      Optional<String> code = code(f);
      if (!rows.isEmpty() && code.isPresent()) {
        Map<BigDecimal, Integer> row = rows.getOrDefault(code.get(), new HashMap<>());
        Integer n = row.get(inUnit(f, unit));
        if (n == null || n == 0) {
          misplaced.add(f.amount().format() + " as " + code.get() + " ("
              + f.provenance().describe() + ")");
          continue;
        }
        row.put(inUnit(f, unit), n - 1);
        rowChecked++;
      }
      read.merge(inUnit(f, unit), 1, Integer::sum);
    }
    Map<BigDecimal, Integer> left = new HashMap<>(read);
    int matched = 0;
    List<String> missing = new ArrayList<>();
    for (String printed : t.amounts()) {
      BigDecimal v = key(CorpusExpectation.value(printed));
      Integer n = left.get(v);
      if (n != null && n > 0) {
        left.put(v, n - 1);
        matched++;
      } else {
        missing.add(printed);
      }
    }
    int extra = left.values().stream().mapToInt(Integer::intValue).sum();
    List<String> totalsMissing = t.totals().stream()
        .filter(total -> facts.stream().noneMatch(f -> isTotal(total, f, unit)))
        .map(total -> describe(total) + sameValue(total, facts, unit)).toList();
    return new TableResult(t.id(), found.stream().map(DisclosureTable::title).toList(),
        t.amounts().size(), matched, extra, missing, totalsMissing, misplaced, rowChecked);
  }

  /** The classification code of the row a fact claims to come from, if it has one. */
  private static Optional<String> code(Fact f) {
    return Stream.of(FactDimension.FUNCTION, FactDimension.ECONOMIC,
            FactDimension.ECONOMIC_GOVERNMENT)
        .map(d -> f.coordinates().get(d)).flatMap(Optional::stream).findFirst();
  }

  private static BigDecimal inUnit(Fact f, MoneyUnit unit) {
    return key(f.amount().unit().convert(f.amount().value(), unit));
  }

  private static BigDecimal key(BigDecimal v) {
    return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
  }

  private static boolean isTotal(Total total, Fact f, MoneyUnit unit) {
    if (inUnit(f, unit).compareTo(CorpusExpectation.value(total.value())) != 0) {
      return false;
    }
    Provenance p = f.provenance();
    return contains(p.rowLabel(), total.label()) && contains(p.columnHeader(), total.column());
  }

  private static boolean contains(Optional<String> read, String expected) {
    return expected.equals("*") || read.map(CorpusExpectation::normalise)
        .filter(r -> r.contains(CorpusExpectation.normalise(expected))).isPresent();
  }

  /** Whether a finding reports this verified inconsistency: same rule, and names its place. */
  static boolean explains(Inconsistency i, Finding f) {
    if (!i.rule().matcher(f.ruleId()).matches()) {
      return false;
    }
    String at = CorpusExpectation.normalise(i.at());
    return Stream.concat(Stream.of(f.messageZh(), f.messageEn()),
            Stream.concat(f.locations().stream(), f.culprit().stream())
                .flatMap(p -> Stream.of(Optional.of(p.describe()), p.text(), p.rowCode(),
                    p.rowLabel()).flatMap(Optional::stream)))
        .map(CorpusExpectation::normalise).anyMatch(s -> s.contains(at));
  }

  /** The facts that carry a missing total's value, to tell a wrong label from a missing fact. */
  private static String sameValue(Total total, List<Fact> facts, MoneyUnit unit) {
    List<String> same = facts.stream()
        .filter(f -> inUnit(f, unit).compareTo(CorpusExpectation.value(total.value())) == 0)
        .map(f -> f.provenance().rowLabel().orElse("(no row label)") + " / "
            + f.provenance().columnHeader().orElse("(no column)"))
        .toList();
    return same.isEmpty() ? " (no fact has this value)" : " (facts with this value: "
        + String.join("; ", same) + ")";
  }

  private static String describe(Total t) {
    return t.label() + " | " + t.column() + " | " + t.value();
  }
}
