package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Catalogue lookups by code, name and alias agree with each entry's own years. */
class CatalogueProperties {
  private static final Catalogue CAT = Catalogue.standard();

  @Provide
  Arbitrary<CatalogueEntry> entries() {
    return Arbitraries.of(CAT.entries());
  }

  @Provide
  Arbitrary<CatalogueEntry> renamed() {
    return Arbitraries.of(CAT.entries().stream().filter(e -> !e.aliases().isEmpty()).toList());
  }

  @Property(tries = 400)
  void everyEntryIsFoundByItsCodeExactlyInItsValidYears(@ForAll("entries") CatalogueEntry e,
      @ForAll @IntRange(min = 2000, max = 2035) int year) {
    Optional<CatalogueEntry> found = CAT.lookup(e.scheme(), e.code().digits(), year);
    assertThat(found.isPresent()).isEqualTo(e.isValidIn(year));
    found.ifPresent(f -> assertThat(f).isEqualTo(e));
    assertThat(CAT.nameOf(e.scheme(), e.code().digits(), year).isPresent()).isEqualTo(e.isValidIn(year));
  }

  @Property(tries = 400)
  void everyEntryIsFoundByItsNameInItsValidYears(@ForAll("entries") CatalogueEntry e,
      @ForAll @IntRange(min = 2000, max = 2035) int year, @ForAll("printedForms") int form) {
    String printed = printed(e.name(), form);
    assertThat(CAT.findByName(e.scheme(), printed, year).contains(e)).isEqualTo(e.isValidIn(year));
    assertThat(CAT.nameMatches(e.scheme(), e.code().digits(), printed, year)).isEqualTo(e.isValidIn(year));
  }

  @Property(tries = 300)
  void aliasesCountOnlyInTheirYears(@ForAll("renamed") CatalogueEntry e,
      @ForAll @IntRange(min = 2000, max = 2035) int year) {
    for (CatalogueEntry.Alias a : e.aliases()) {
      boolean expected = e.isValidIn(year) && (a.covers(year) || Names.key(a.name()).equals(Names.key(e.name())));
      assertThat(CAT.findByName(e.scheme(), a.name(), year).contains(e)).as("%s %d", a, year).isEqualTo(expected);
      assertThat(CAT.nameMatches(e.scheme(), e.code().digits(), a.name(), year)).isEqualTo(expected);
    }
    if (e.isValidIn(year)) {
      String expectedName = e.aliases().stream().filter(a -> a.covers(year)).map(CatalogueEntry.Alias::name)
          .findFirst().orElse(e.name());
      assertThat(CAT.nameOf(e.scheme(), e.code().digits(), year)).contains(expectedName);
    }
  }

  @Property(tries = 300)
  void findByNameAgreesWithABruteForceScan(@ForAll("entries") CatalogueEntry named,
      @ForAll @IntRange(min = 2010, max = 2030) int year) {
    List<CatalogueEntry> expected = CAT.entries().stream()
        .filter(e -> e.scheme() == named.scheme())
        .filter(e -> e.isValidIn(year))
        .filter(e -> Names.key(e.name()).equals(Names.key(named.name())) || e.aliases().stream()
            .anyMatch(a -> a.covers(year) && Names.key(a.name()).equals(Names.key(named.name()))))
        .toList();
    assertThat(CAT.findByName(named.scheme(), named.name(), year)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Property(tries = 300)
  void childrenAreTheEntriesWhoseParentIsTheCode(@ForAll("entries") CatalogueEntry e,
      @ForAll @IntRange(min = 2010, max = 2030) int year) {
    List<CatalogueEntry> expected = CAT.entries().stream()
        .filter(c -> c.isValidIn(year) && c.code().parent().filter(p -> p.equals(e.code())).isPresent())
        .sorted(java.util.Comparator.comparing(CatalogueEntry::code)).toList();
    assertThat(CAT.children(e.scheme(), e.code().digits(), year)).containsExactlyElementsOf(expected);
  }

  /** Every 项 has its 款 and 类, every 款 its 类, in each year the entry is valid (2018-2026). */
  @Property(tries = 500)
  void parentChainsAreCompleteInEveryYear(@ForAll("entries") CatalogueEntry e,
      @ForAll @IntRange(min = 2018, max = 2026) int year) {
    if (!e.isValidIn(year)) {
      return;
    }
    Optional<Code> p = e.code().parent();
    while (p.isPresent()) {
      assertThat(CAT.lookup(p.get(), year)).as("parent %s of %s in %d", p.get(), e.code(), year).isPresent();
      p = p.get().parent();
    }
  }

  /** No code has two entries valid in the same year. */
  @Property(tries = 400)
  void noCodeHasTwoEntriesInOneYear(@ForAll("entries") CatalogueEntry e,
      @ForAll @IntRange(min = 2010, max = 2030) int year) {
    long valid = CAT.history(e.scheme(), e.code().digits()).stream().filter(h -> h.isValidIn(year)).count();
    assertThat(valid).isLessThanOrEqualTo(1);
    assertThat(CAT.history(e.scheme(), e.code().digits())).contains(e);
  }

  /** Writing any set of entries in the data file format and reading it back gives the same entries. */
  @Property(tries = 100)
  void theFileFormatRoundTrips(@ForAll("sample") List<CatalogueEntry> sample) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add("# round trip");
    lines.add("scheme\tcode\tname\tvalid_from\tvalid_to\taliases\tconfidence\tsource");
    for (CatalogueEntry e : sample) {
      lines.add(String.join("\t", e.scheme().name(), e.code().digits(), e.name(),
          e.validFrom().map(String::valueOf).orElse(""), e.validTo().map(String::valueOf).orElse(""),
          String.join("|", e.aliases().stream().map(CatalogueEntry.Alias::toString).toList()),
          e.confidence().label(), String.join("|", e.sources())));
    }
    assertThat(Catalogue.read(lines, "sample").entries()).containsExactlyElementsOf(sample);
  }

  /** A user's entry replaces the bundled entries of its code and leaves every other code alone. */
  @Property(tries = 200)
  void overridesReplaceOnlyTheirCodes(@ForAll("entries") CatalogueEntry replaced,
      @ForAll("entries") CatalogueEntry other, @ForAll @IntRange(min = 2018, max = 2026) int year) {
    CatalogueEntry mine = CatalogueEntry.builder().from(replaced).name("本地名称").aliases(List.of()).build();
    Catalogue both = CAT.withOverrides(Catalogue.builder().add(mine).build());
    assertThat(both.lookup(replaced.code(), year)).isEqualTo(mine.isValidIn(year) ? Optional.of(mine)
        : Optional.empty());
    if (!other.code().equals(replaced.code())) {
      assertThat(both.lookup(other.code(), year)).isEqualTo(CAT.lookup(other.code(), year));
    }
  }

  @Provide
  Arbitrary<List<CatalogueEntry>> sample() {
    return Arbitraries.of(CAT.entries()).list().uniqueElements(e -> e.code()).ofMaxSize(30);
  }

  @Provide
  Arbitrary<Integer> printedForms() {
    return Arbitraries.integers().between(0, 3);
  }

  /** The name as a document may print it: as is, with spaces, with full-width brackets, padded. */
  private static String printed(String name, int form) {
    return switch (form) {
      case 0 -> name;
      case 1 -> String.join(" ", name.split(""));
      case 2 -> name.replace('(', '（').replace(')', '）');
      default -> "\u3000" + name + " ";
    };
  }

  @Provide
  Arbitrary<String> yearLike() {
    // mostly a 19/20-like prefix and up to three more characters, among them non-ASCII digits
    Arbitrary<String> prefix = Arbitraries.of("19", "20", "18", "21", "2", "", "\uFF12\uFF10", "1\u0669");
    Arbitrary<String> rest = Arbitraries.strings().withChars("0123456789\u0661\uFF10 x").ofMaxLength(3);
    return net.jqwik.api.Combinators.combine(prefix, rest).as(String::concat);
  }

  @Property(tries = 1000)
  void isYearIsTheYearPattern(@ForAll("yearLike") String s) {
    assertThat(CatalogueFile.isYear(s)).isEqualTo(s.matches("(19|20)\\d\\d"));
  }
}
