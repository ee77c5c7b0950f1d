package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;

/** Compares two catalogues through every lookup of the API, for every key their entries have. */
final class CatalogueAnswers {
  private CatalogueAnswers() {}

  /**
   * Asserts that {@code actual} and {@code expected} have the same entries and give the same answer to
   * {@code lookup}, {@code history}, {@code nameOf}, {@code children}, {@code findByName} and {@code
   * nameMatches} for every code, parent code, name and alias of either, in every year of {@code from}
   * to {@code to}, and for a code and a name neither has.
   */
  static void assertSameAnswers(Catalogue actual, Catalogue expected, int from, int to) {
    assertThat(actual.entries()).isEqualTo(expected.entries());
    assertThat(actual.size()).isEqualTo(expected.size());
    Set<CatalogueEntry> all = new LinkedHashSet<>(expected.entries());
    all.addAll(actual.entries());
    for (Scheme s : Scheme.values()) {
      Set<String> codes = new LinkedHashSet<>();
      Set<String> names = new LinkedHashSet<>();
      codes.add(s.firstDigit() + "99");
      names.add("没有的科目");
      for (CatalogueEntry e : all) {
        if (e.scheme() == s) {
          codes.add(e.code().digits());
          e.code().parent().ifPresent(p -> codes.add(p.digits()));
          names.add(e.name());
          e.aliases().forEach(a -> names.add(a.name()));
        }
      }
      for (String c : codes) {
        assertThat(actual.history(s, c)).as("history %s %s", s, c).isEqualTo(expected.history(s, c));
        for (int y = from; y <= to; y++) {
          assertThat(actual.lookup(s, c, y)).as("lookup %s %s %d", s, c, y).isEqualTo(expected.lookup(s, c, y));
          assertThat(actual.nameOf(s, c, y)).isEqualTo(expected.nameOf(s, c, y));
          assertThat(actual.children(s, c, y)).as("children %s %s %d", s, c, y)
              .isEqualTo(expected.children(s, c, y));
        }
      }
      for (String n : names) {
        for (int y = from; y <= to; y++) {
          assertThat(actual.findByName(s, n, y)).as("findByName %s %s %d", s, n, y)
              .isEqualTo(expected.findByName(s, n, y));
        }
      }
      for (CatalogueEntry e : all) {
        if (e.scheme() == s) {
          for (int y = from; y <= to; y++) {
            for (String n : e.namesIn(y)) {
              assertThat(actual.nameMatches(s, e.code().digits(), n, y))
                  .isEqualTo(expected.nameMatches(s, e.code().digits(), n, y));
            }
          }
        }
      }
    }
  }
}
