package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** FactSet lookups and child enumeration equal a brute-force scan over generated fact sets. */
class FactSetProperties {
  private static final List<String> FUNCTIONS = List.of("201", "208", "20101", "20102", "20805",
      "2010101", "2010102", "2010150", "2080505", "2080506");
  private static final List<String> UNITS = List.of("本级", "机关服务中心", "信息中心");
  private static final FactDimension[] DIMS = {
    FactDimension.FUNCTION, FactDimension.FUND_SOURCE, FactDimension.SPENDING_TYPE, FactDimension.BUDGET_UNIT};

  @Provide
  Arbitrary<Coordinates> coordinates() {
    return Combinators.combine(
            Arbitraries.of(FUNCTIONS).optional(0.6),
            Arbitraries.of(FundSource.class).optional(0.5),
            Arbitraries.of(SpendingType.class).optional(0.5),
            Arbitraries.of(UNITS).optional(0.4))
        .as((f, fs, st, u) -> {
          Map<FactDimension, String> m = new EnumMap<>(FactDimension.class);
          f.ifPresent(v -> m.put(FactDimension.FUNCTION, v));
          fs.ifPresent(v -> m.put(FactDimension.FUND_SOURCE, v.name()));
          st.ifPresent(v -> m.put(FactDimension.SPENDING_TYPE, v.name()));
          u.ifPresent(v -> m.put(FactDimension.BUDGET_UNIT, v));
          return Coordinates.of(m);
        });
  }

  @Provide
  Arbitrary<Fact> facts() {
    return Combinators.combine(Arbitraries.of(Concept.EXPENDITURE, Concept.REVENUE), coordinates(),
            Arbitraries.integers().between(0, 99_999), Arbitraries.of("T01", "T03", "T05").optional(0.8))
        .as((c, xy, cents, table) -> Fact.of(c, xy, Amount.of(java.math.BigDecimal.valueOf(cents, 2),
            MoneyUnit.WAN_YUAN), table.map(t -> Provenance.builder().source("gen").tableId(t).build())
            .orElse(Provenance.of("gen"))));
  }

  @Provide
  Arbitrary<List<Fact>> factLists() {
    return facts().list().ofMaxSize(60);
  }

  /** The parent key of {@code f} in {@code d} by the definition: the member's parent, or the total. */
  private static FactKey parentKey(Fact f, FactDimension d) {
    String m = f.coordinates().getOrNull(d);
    Optional<String> p = d.parentOf(m);
    return new FactKey(f.concept(), p.isPresent() ? f.coordinates().with(d, p.get()) : f.coordinates().without(d));
  }

  @Property(tries = 200)
  void getEqualsABruteForceScan(@ForAll("factLists") List<Fact> facts,
      @ForAll("coordinates") Coordinates probe, @ForAll Concept concept) {
    FactSet set = FactSet.of(facts);
    Set<FactKey> keys = new LinkedHashSet<>();
    facts.forEach(f -> keys.add(f.key()));
    keys.add(new FactKey(concept, probe));
    for (FactKey k : keys) {
      List<Fact> expected = facts.stream()
          .filter(f -> f.concept() == k.concept() && f.coordinates().equals(k.coordinates())).toList();
      assertThat(set.get(k)).containsExactlyElementsOf(expected);
      assertThat(set.get(k.concept(), k.coordinates())).containsExactlyElementsOf(expected);
      assertThat(set.first(k.concept(), k.coordinates())).isEqualTo(expected.stream().findFirst());
    }
    assertThat(set.keys()).containsExactlyElementsOf(facts.stream().map(Fact::key).distinct().toList());
    assertThat(set.repeatedKeys()).containsExactlyElementsOf(facts.stream().map(Fact::key).distinct()
        .filter(k -> facts.stream().filter(f -> f.key().equals(k)).count() > 1).toList());
    assertThat(set.all()).containsExactlyElementsOf(facts);
  }

  @Property(tries = 200)
  void partialCoordinateQueriesEqualABruteForceScan(@ForAll("factLists") List<Fact> facts,
      @ForAll("coordinates") Coordinates probe, @ForAll Concept concept) {
    FactSet set = FactSet.of(facts);
    List<Coordinates> probes = new ArrayList<>(List.of(probe));
    facts.forEach(f -> probes.add(f.coordinates()));
    for (Coordinates p : probes) {
      List<Fact> expected = facts.stream().filter(f -> p.asMap().entrySet().stream()
          .allMatch(e -> e.getValue().equals(f.coordinates().getOrNull(e.getKey())))).toList();
      assertThat(set.matching(p)).containsExactlyElementsOf(expected);
      assertThat(set.matching(concept, p))
          .containsExactlyElementsOf(expected.stream().filter(f -> f.concept() == concept).toList());
    }
    List<Fact> firsts = new ArrayList<>();
    Set<FactKey> seen = new LinkedHashSet<>();
    facts.forEach(f -> {
      if (seen.add(f.key())) {
        firsts.add(f);
      }
    });
    assertThat(set.firstPublications()).containsExactlyElementsOf(firsts);
  }

  @Property(tries = 200)
  void childrenEqualABruteForceScan(@ForAll("factLists") List<Fact> facts,
      @ForAll("coordinates") Coordinates probe) {
    FactSet set = FactSet.of(facts);
    List<FactKey> parents = new ArrayList<>();
    for (Fact f : facts) {
      parents.add(f.key());
      for (FactDimension d : DIMS) {
        if (f.coordinates().has(d)) {
          parents.add(parentKey(f, d));
        }
      }
    }
    parents.add(new FactKey(Concept.EXPENDITURE, probe));
    parents.add(new FactKey(Concept.REVENUE, Coordinates.EMPTY));
    for (FactKey parent : parents) {
      for (FactDimension d : DIMS) {
        // a child has a member in d one level below the parent's member (or top-level when the parent
        // has none), and the same concept and other coordinates
        Optional<String> pm = parent.coordinates().get(d);
        List<Fact> expected = facts.stream()
            .filter(f -> f.concept() == parent.concept())
            .filter(f -> f.coordinates().has(d))
            .filter(f -> f.coordinates().without(d).equals(parent.coordinates().without(d)))
            .filter(f -> d.parentOf(f.coordinates().getOrNull(d)).equals(pm))
            .toList();
        assertThat(set.children(parent, d)).as("%s in %s", parent, d).containsExactlyElementsOf(expected);
      }
    }
  }

  @Property(tries = 200)
  void inTableEqualsABruteForceScan(@ForAll("factLists") List<Fact> facts) {
    FactSet set = FactSet.of(facts);
    for (String t : List.of("T01", "T03", "T05", "T99")) {
      assertThat(set.inTable(t)).containsExactlyElementsOf(
          facts.stream().filter(f -> f.provenance().tableId().equals(Optional.of(t))).toList());
    }
    assertThat(set.size()).isEqualTo(facts.size());
  }

  @Provide
  Arbitrary<List<Fact>> mixedUnitFactLists() {
    return Combinators.combine(facts(), Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, Arbitraries.just(MoneyUnit.WAN_YUAN)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(MoneyUnit.YUAN)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(MoneyUnit.YI_YUAN))))
        .as((f, u) -> Fact.of(f.concept(), f.coordinates(), Amount.of(f.amount().value(), u), f.provenance()))
        .list().ofMaxSize(60);
  }

  /** The units and dimensions of a table, found while the set is built, are those of its facts. */
  @Property(tries = 300)
  void unitsAndDimensionsOfATableEqualABruteForceScan(@ForAll("mixedUnitFactLists") List<Fact> facts) {
    FactSet set = FactSet.of(facts);
    for (String t : List.of("T01", "T03", "T05", "T99")) {
      List<Fact> in = facts.stream().filter(f -> f.provenance().tableId().equals(Optional.of(t))).toList();
      Set<MoneyUnit> units = java.util.EnumSet.noneOf(MoneyUnit.class);
      Set<FactDimension> dims = java.util.EnumSet.noneOf(FactDimension.class);
      for (Fact f : in) {
        units.add(f.amount().unit());
        dims.addAll(f.coordinates().dimensions());
      }
      assertThat(set.unitsIn(t)).isEqualTo(units);
      assertThat(set.dimensionsIn(t)).isEqualTo(dims);
    }
  }
}
