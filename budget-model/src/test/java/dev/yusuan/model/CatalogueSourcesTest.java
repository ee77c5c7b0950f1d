package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The provenance of the bundled catalogue: every {@code confirmed} entry names printed sources that exist
 * ({@code catalogue-sources.tsv}), each cited source prints the entry's code with its name that year
 * ({@code catalogue-observations.tsv}), every recorded printed line agrees with the catalogue, codes nest
 * in every year, and docs/catalogue.md states the counts measured here.
 */
class CatalogueSourcesTest {
  private static final Catalogue CAT = Catalogue.standard();
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
  private static final Set<String> KINDS = Set.of("disclosure", "list", "notice");
  /** The budget years the bundled catalogue covers. */
  private static final int FIRST = 2018;
  private static final int LAST = 2026;

  record Source(String id, int year, String kind, String what, String where) {}

  record Printed(int line, String source, Scheme scheme, String code, String name) {}

  /** The data rows of a tab-separated test resource: '#' and blank lines skipped, header checked. */
  private static List<String[]> rows(String resource, String header, int columns) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = CatalogueSourcesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      boolean headerSeen = false;
      for (int i = 0; i < lines.size(); i++) {
        String l = lines.get(i);
        if (l.isBlank() || l.startsWith("#")) {
          continue;
        }
        if (!headerSeen) {
          assertThat(l).as("%s header", resource).isEqualTo(header);
          headerSeen = true;
          continue;
        }
        String[] f = l.split("\t", -1);
        assertThat(f).as("%s line %d: %s", resource, i + 1, l).hasSize(columns);
        for (String s : f) {
          assertThat(s).as("%s line %d", resource, i + 1).isNotBlank().isEqualTo(s.strip());
        }
        String[] withLine = new String[columns + 1];
        System.arraycopy(f, 0, withLine, 0, columns);
        withLine[columns] = String.valueOf(i + 1);
        out.add(withLine);
      }
      assertThat(headerSeen).as("%s has a header", resource).isTrue();
    }
    return out;
  }

  static Map<String, Source> sources() throws IOException {
    Map<String, Source> m = new LinkedHashMap<>();
    for (String[] f : rows("catalogue-sources.tsv", "id\tyear\tkind\twhat\twhere", 5)) {
      assertThat(f[0]).as("source id line %s", f[5]).matches(ID);
      assertThat(f[1]).as("year of %s", f[0]).matches("20\\d\\d");
      assertThat(f[2]).as("kind of %s", f[0]).isIn(KINDS);
      Source s = new Source(f[0], Integer.parseInt(f[1]), f[2], f[3], f[4]);
      assertThat(m.put(s.id(), s)).as("duplicate source id %s", s.id()).isNull();
    }
    return m;
  }

  static List<Printed> printed(Map<String, Source> sources) throws IOException {
    List<Printed> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String[] f : rows("catalogue-observations.tsv", "source\tcode\tprinted_name", 3)) {
      int line = Integer.parseInt(f[3]);
      assertThat(sources).as("line %d names an unknown source", line).containsKey(f[0]);
      Scheme scheme = switch (f[1].charAt(0)) {
        case '2' -> Scheme.FUNCTION;
        case '3' -> Scheme.ECONOMIC_DEPARTMENT;
        case '5' -> Scheme.ECONOMIC_GOVERNMENT;
        default -> throw new AssertionError("line " + line + ": no expenditure scheme starts with " + f[1]);
      };
      assertThat(Code.parse(scheme, f[1]).digits()).as("line %d", line).isEqualTo(f[1]);
      assertThat(seen.add(f[0] + "\t" + f[1] + "\t" + f[2])).as("line %d is a duplicate", line).isTrue();
      out.add(new Printed(line, f[0], scheme, f[1], f[2]));
    }
    return out;
  }

  @Test
  void theSourceFilesAreWellFormed() throws IOException {
    Map<String, Source> sources = sources();
    assertThat(sources).isNotEmpty();
    List<Printed> printed = printed(sources);
    // every source listed is used by at least one printed line: no source cited for nothing
    Set<String> used = new HashSet<>();
    printed.forEach(p -> used.add(p.source()));
    assertThat(used).containsExactlyInAnyOrderElementsOf(sources.keySet());
  }

  @Test
  void theBundledFileIsWellFormedAndHasTheSourceColumn() throws IOException {
    List<String> lines;
    try (InputStream in = Catalogue.class.getResourceAsStream("catalogue.tsv")) {
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    String header = lines.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow();
    assertThat(header.split("\t")).containsExactlyElementsOf(CatalogueFile.COLUMNS);
    // parses with no problem (a malformed line would throw, naming every bad line)
    assertThat(Catalogue.read(lines, "catalogue.tsv").entries()).containsExactlyElementsOf(CAT.entries());
  }

  @Test
  void everyConfirmedEntryNamesSourcesThatExistAndOnlyConfirmedEntriesDo() throws IOException {
    Set<String> ids = sources().keySet();
    List<String> bad = new ArrayList<>();
    for (CatalogueEntry e : CAT.entries()) {
      boolean confirmed = e.confidence() == CatalogueEntry.Confidence.CONFIRMED;
      if (confirmed && e.sources().isEmpty()) {
        bad.add(e + ": confirmed without a source");
      }
      if (!confirmed && !e.sources().isEmpty()) {
        bad.add(e + ": " + e.confidence().label() + " but cites " + e.sources());
      }
      e.sources().stream().filter(s -> !ids.contains(s)).forEach(s -> bad.add(e + ": unknown source " + s));
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void everyCitedSourcePrintsTheCodeWithTheEntrysNameOfItsYear() throws IOException {
    Map<String, Source> sources = sources();
    Map<String, List<Printed>> byKey = new HashMap<>();
    for (Printed p : printed(sources)) {
      byKey.computeIfAbsent(p.source() + "\t" + p.scheme() + "\t" + p.code(), k -> new ArrayList<>()).add(p);
    }
    List<String> bad = new ArrayList<>();
    for (CatalogueEntry e : CAT.entries()) {
      for (String s : e.sources()) {
        int year = sources.get(s).year();
        List<String> names = e.namesIn(year).stream().map(Names::key).toList();
        boolean backed = e.isValidIn(year) && byKey.getOrDefault(s + "\t" + e.scheme() + "\t" + e.code().digits(),
            List.of()).stream().anyMatch(p -> names.contains(Names.key(p.name())));
        if (!backed) {
          bad.add(e + " cites " + s + " (" + year + "), which prints no such line");
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  /** A printed line the catalogue disagrees with is a wrong or missing entry, or a line to correct. */
  @Test
  void everyPrintedLineAgreesWithTheCatalogueOfItsYearAndIsCited() throws IOException {
    Map<String, Source> sources = sources();
    List<String> bad = new ArrayList<>();
    for (Printed p : printed(sources)) {
      int year = sources.get(p.source()).year();
      Optional<CatalogueEntry> e = CAT.lookup(p.scheme(), p.code(), year);
      if (e.isEmpty()) {
        bad.add("line " + p.line() + ": " + p.code() + " " + p.name() + " (" + p.source() + ") is not in the "
            + year + " catalogue");
      } else if (!CAT.nameMatches(p.scheme(), p.code(), p.name(), year)) {
        bad.add("line " + p.line() + ": " + p.source() + " prints " + p.code() + " " + p.name() + ", the catalogue "
            + "says " + e.get().nameIn(year));
      } else if (!e.get().sources().contains(p.source())) {
        bad.add("line " + p.line() + ": " + e.get() + " is printed by " + p.source() + " but does not cite it");
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void codesNestInEveryYear() {
    List<String> bad = new ArrayList<>();
    for (int year = FIRST; year <= LAST; year++) {
      for (CatalogueEntry e : CAT.entries()) {
        if (!e.isValidIn(year)) {
          continue;
        }
        Optional<Code> parent = e.code().parent();
        if (parent.isPresent() && CAT.lookup(e.scheme(), parent.get().digits(), year).isEmpty()) {
          bad.add(year + ": " + e + " has no " + parent.get());
        }
      }
    }
    assertThat(bad).isEmpty();
  }

  /** docs/catalogue.md states the counts this test measures; the test prints them by scheme. */
  @Test
  void theDocsStateTheMeasuredCounts() throws IOException {
    Map<Scheme, Map<CatalogueEntry.Confidence, Integer>> byScheme = new EnumMap<>(Scheme.class);
    Map<CatalogueEntry.Confidence, Integer> total = new EnumMap<>(CatalogueEntry.Confidence.class);
    for (CatalogueEntry e : CAT.entries()) {
      byScheme.computeIfAbsent(e.scheme(), s -> new EnumMap<>(CatalogueEntry.Confidence.class))
          .merge(e.confidence(), 1, Integer::sum);
      total.merge(e.confidence(), 1, Integer::sum);
    }
    Map<String, Integer> bySource = new TreeMap<>();
    CAT.entries().forEach(e -> e.sources().forEach(s -> bySource.merge(s, 1, Integer::sum)));
    byScheme.forEach((s, m) -> System.out.println("catalogue " + s + ": " + m));
    System.out.println("catalogue entries confirmed by each source: " + bySource);
    String line = "**" + total.getOrDefault(CatalogueEntry.Confidence.CONFIRMED, 0) + " confirmed, "
        + total.getOrDefault(CatalogueEntry.Confidence.RECALLED, 0) + " recalled, "
        + total.getOrDefault(CatalogueEntry.Confidence.UNSURE, 0) + " unsure** of " + CAT.size() + " entries";
    System.out.println("catalogue: " + line);
    String docs = Files.readString(Path.of("..", "docs", "catalogue.md"), StandardCharsets.UTF_8);
    assertThat(docs).as("docs/catalogue.md states the measured counts").contains(line);
  }
}
