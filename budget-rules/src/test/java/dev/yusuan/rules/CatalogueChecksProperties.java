package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.CatalogueEntry;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.Severity;
import dev.yusuan.model.SpendingType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The catalogue check of row codes reports what a naive model of its definition reports: among the
 * facts in the rule's scope (its condition included), in reading order, each distinct (scheme, code,
 * label) once, at its first fact: a code the catalogue does not list, or a name that does not match.
 * The check visits the document's facts and asks the scope only of a coded row's fact whose triple
 * it has not just seen; here the condition cuts through rows (cells of one row in and out of scope),
 * codes and labels repeat across rows and tables, some codes are unknown and some names wrong.
 */
class CatalogueChecksProperties {
  private static final int YEAR = 2024;
  private static final Catalogue CATALOGUE = Catalogue.standard();
  /** Known function codes, and well-formed ones the catalogue may not list. */
  private static final String[] CODES = {"2010101", "2010102", "2010150", "2050101", "2080501", "2019988",
      "2059977"};

  @Provide
  Arbitrary<List<String>> rows() {
    Arbitrary<String> value = Arbitraries.integers().between(-1, 9).map(v -> v < 0 ? "" : String.valueOf(v));
    Arbitrary<String> label = Arbitraries.of(0, 1, 2).map(k -> k == 0 ? "名称" : k == 1 ? "其他名称" : "");
    Arbitrary<String> row = Arbitraries.of(CODES).flatMap(code -> label.flatMap(l -> value.list().ofSize(2)
        .map(vs -> code + "\t" + (l.equals("名称") ? officialName(code) : l) + "\t" + String.join("\t", vs))));
    return row.list().ofMinSize(1).ofMaxSize(20);
  }

  private static String officialName(String code) {
    return CATALOGUE.lookup(Scheme.FUNCTION, code, YEAR).map(e -> e.nameIn(YEAR)).orElse("某项支出");
  }

  @Property(tries = 200)
  void theFindingsAreTheNaiveModelsFirstDistinctTriplesInScope(@ForAll("rows") List<String> first,
      @ForAll("rows") List<String> second, @ForAll boolean evenOnly) {
    DocBuilder b = new DocBuilder("c.txt", YEAR);
    for (int t = 0; t < 2; t++) {
      b.table("T" + t, "expenditure", "支出表" + t).concept(Concept.EXPENDITURE, Coordinates.EMPTY)
          .codes(FactDimension.FUNCTION)
          .columns(DocBuilder.col("合计", c -> c),
              DocBuilder.col("基本支出", c -> c.with(FactDimension.SPENDING_TYPE, SpendingType.BASIC.name())))
          .rows(String.join("\n", t == 0 ? first : second)).done();
    }
    BudgetDocument d = b.build();
    // a condition that cuts through rows: by the cell's value (even values, or values above 2)
    Predicate<Fact> condition = evenOnly ? f -> f.amount().value().intValue() % 2 == 0
        : f -> f.amount().value().intValue() > 2;
    Validator v = Validator.of(RulePack.builder("codes-test", "1.0")
        .add(Rules.rule("t.codes").titled("科目", "Codes").severity(Severity.WARNING).that(condition)
            .should(Checks.codesKnownToCatalogue()))
        .build());
    List<Provenance> found = v.validate(d).findings().stream().filter(f -> f.ruleId().equals("t.codes"))
        .map(f -> f.locations().get(0)).toList();
    assertThat(found).as("%s\n--\n%s", String.join("\n", first), String.join("\n", second))
        .containsExactlyInAnyOrderElementsOf(expected(d.facts(), condition));
  }

  /** The naive model: the first fact of each distinct triple in scope whose code or name is not the catalogue's. */
  static List<Provenance> expected(List<Fact> facts, Predicate<Fact> condition) {
    Set<List<String>> seen = new LinkedHashSet<>();
    List<Provenance> out = new ArrayList<>();
    for (Fact f : facts) {
      Provenance p = f.provenance();
      Optional<String> code = p.rowCode();
      if (code.isEmpty() || p.tableId().isEmpty() || !condition.test(f)
          || !code.get().equals(f.coordinates().getOrNull(FactDimension.FUNCTION))) {
        continue;
      }
      String label = p.rowLabel().orElse("");
      if (!seen.add(List.of(code.get(), label))) {
        continue;
      }
      Optional<CatalogueEntry> e = CATALOGUE.lookup(Scheme.FUNCTION, code.get(), YEAR);
      if (e.isEmpty() || !label.isEmpty() && !CATALOGUE.nameMatches(Scheme.FUNCTION, code.get(), label, YEAR)) {
        out.add(p);
      }
    }
    return out;
  }
}
