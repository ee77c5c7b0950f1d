package dev.yusuan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.FactKey;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link TextKeys} keys are equal exactly when the texts {@code key + "|" + qualifier} that the
 * narrative checks grouped claims by are, for qualifiers of the kinds used (a fiscal period, a sorted
 * set of dimensions), also when members hold the text's separators (then the text itself is the
 * key); and {@link Narrative#digits} answers as {@code matches("\\d+")}.
 */
class TextKeysProperties {
  private static final List<String> MEMBERS = List.of("201", "20101", "A", "PROJECT", "x}|[FUNCTION]",
      "201,FUND_SOURCE=A", "A=B", "项目|一");

  @Provide
  Arbitrary<Coordinates> coordinates() {
    Arbitrary<FactDimension> dim = Arbitraries.of(FactDimension.FUNCTION, FactDimension.FUND_SOURCE,
        FactDimension.PROJECT);
    return Combinators.combine(dim, Arbitraries.of(MEMBERS)).as(Map::entry).list().ofMaxSize(2).map(l -> {
      Map<FactDimension, String> m = new java.util.EnumMap<>(FactDimension.class);
      l.forEach(e -> m.put(e.getKey(), e.getValue()));
      return Coordinates.of(m);
    });
  }

  @Provide
  Arbitrary<FactKey> keys() {
    return Combinators.combine(Arbitraries.of(Concept.EXPENDITURE, Concept.REVENUE), coordinates())
        .as(FactKey::new);
  }

  @Provide
  Arbitrary<Object> qualifiers() {
    return Arbitraries.oneOf(Arbitraries.of(FiscalPeriod.values()).map(p -> (Object) p),
        Arbitraries.subsetOf(FactDimension.FUNCTION, FactDimension.FUND_SOURCE, FactDimension.SPENDING_TYPE)
            .map(s -> (Object) new TreeSet<>(s)));
  }

  @Property(tries = 1000)
  void equalExactlyWhenTheTextsAre(@ForAll("keys") FactKey a, @ForAll("keys") FactKey b,
      @ForAll("qualifiers") Object q1, @ForAll("qualifiers") Object q2) {
    List<Claim> claims = new ArrayList<>();
    for (FactKey k : List.of(a, b)) {
      claims.add(Claim.builder().kind(ClaimKind.COUNT).count(java.math.BigDecimal.ONE).concept(k.concept())
          .coordinates(k.coordinates()).subject("s").provenance(Provenance.of("x")).build());
    }
    TextKeys t = TextKeys.of(claims);
    assertThat(t.key(a, q1).equals(t.key(b, q2))).as("%s|%s vs %s|%s", a, q1, b, q2)
        .isEqualTo((a + "|" + q1).equals(b + "|" + q2));
    assertThat(t.key(a, q1).hashCode() == t.key(b, q2).hashCode() || !t.key(a, q1).equals(t.key(b, q2))).isTrue();
  }

  @Property(tries = 1000)
  void digitsAsTheRegularExpression(@ForAll("texts") String s) {
    assertThat(Narrative.digits(s)).isEqualTo(s.matches("\\d+"));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("0123456789a ٣０-.").ofMaxLength(6);
  }
}
