package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Coordinates (stored compactly: only the members present) behave as a map from dimension to member:
 * every operation agrees with the same operation on an {@link EnumMap}, and the hash is that of the
 * one-slot-per-dimension array, so hash-ordered collections keyed by coordinates iterate as before.
 */
class CoordinatesProperties {
  private static final FactDimension[] DIMS = FactDimension.values();

  @Provide
  Arbitrary<Map<FactDimension, String>> maps() {
    Arbitrary<String> member = Arbitraries.of("201", "20101", "2010101", "本级", "GENERAL_PUBLIC_BUDGET", "x");
    return Arbitraries.maps(Arbitraries.of(DIMS), member).ofMaxSize(DIMS.length)
        .map(m -> m.isEmpty() ? new EnumMap<>(FactDimension.class) : new EnumMap<>(m));
  }

  private static int slotHash(Map<FactDimension, String> m) {
    String[] slots = new String[DIMS.length];
    m.forEach((d, v) -> slots[d.ordinal()] = v);
    return Arrays.hashCode(slots);
  }

  private static void agrees(Coordinates c, Map<FactDimension, String> m) {
    assertThat(c.asMap()).isEqualTo(m);
    assertThat(c.dimensions()).isEqualTo(m.keySet());
    assertThat(c.isEmpty()).isEqualTo(m.isEmpty());
    assertThat(c.hashCode()).isEqualTo(slotHash(m));
    for (FactDimension d : DIMS) {
      assertThat(c.getOrNull(d)).isEqualTo(m.get(d));
      assertThat(c.get(d)).isEqualTo(Optional.ofNullable(m.get(d)));
      assertThat(c.has(d)).isEqualTo(m.containsKey(d));
    }
    assertThat(c).isEqualTo(Coordinates.of(m));
    assertThat(Coordinates.parse(c.toString())).isEqualTo(c);
  }

  @Property
  void agreesWithAMap(@ForAll("maps") Map<FactDimension, String> m) {
    agrees(Coordinates.of(m), m);
  }

  @Property
  void withAndWithoutAgreeWithAMap(@ForAll("maps") Map<FactDimension, String> m,
      @ForAll("maps") Map<FactDimension, String> edits, @ForAll List<Boolean> removes) {
    Coordinates c = Coordinates.of(m);
    Map<FactDimension, String> ref = new EnumMap<>(FactDimension.class);
    ref.putAll(m);
    int i = 0;
    for (Map.Entry<FactDimension, String> e : edits.entrySet()) {
      boolean remove = i < removes.size() && removes.get(i++);
      if (remove) {
        c = c.without(e.getKey());
        ref.remove(e.getKey());
      } else {
        c = c.with(e.getKey(), e.getValue());
        ref.put(e.getKey(), e.getValue());
      }
      agrees(c, ref);
    }
  }

  @Property
  void mergeAgreesWithAMap(@ForAll("maps") Map<FactDimension, String> a, @ForAll("maps") Map<FactDimension, String> b) {
    Map<FactDimension, String> ref = new EnumMap<>(FactDimension.class);
    ref.putAll(a);
    ref.putAll(b);
    agrees(Coordinates.of(a).merge(Coordinates.of(b)), ref);
  }

  @Property
  void equalExactlyWhenTheMapsAreEqual(@ForAll("maps") Map<FactDimension, String> a,
      @ForAll("maps") Map<FactDimension, String> b) {
    assertThat(Coordinates.of(a).equals(Coordinates.of(b))).isEqualTo(a.equals(b));
  }

  @Property
  void theRestOutsideSomeDimensionsAgreesWithWithout(@ForAll("maps") Map<FactDimension, String> a,
      @ForAll("maps") Map<FactDimension, String> b, @ForAll("dimensionLists") List<FactDimension> dims) {
    Coordinates ca = Coordinates.of(a);
    Coordinates cb = Coordinates.of(b);
    Coordinates ra = ca;
    Coordinates rb = cb;
    Map<FactDimension, String> restA = new EnumMap<>(FactDimension.class);
    restA.putAll(a);
    Map<FactDimension, String> restB = new EnumMap<>(FactDimension.class);
    restB.putAll(b);
    for (FactDimension d : dims) {
      ra = ra.without(d);
      rb = rb.without(d);
      restA.remove(d);
      restB.remove(d);
    }
    assertThat(ca.hashCodeOutside(dims)).isEqualTo(ra.hashCode()).isEqualTo(slotHash(restA));
    assertThat(ca.equalsOutside(cb, dims)).isEqualTo(ra.equals(rb)).isEqualTo(restA.equals(restB));
  }

  @Property
  void coordinatesDifferingOnlyInSomeDimensionsAreEqualOutsideThem(@ForAll("maps") Map<FactDimension, String> a,
      @ForAll("maps") Map<FactDimension, String> edits) {
    Coordinates ca = Coordinates.of(a);
    Coordinates cb = ca;
    for (Map.Entry<FactDimension, String> e : edits.entrySet()) {
      cb = cb.with(e.getKey(), e.getValue());
    }
    List<FactDimension> dims = List.copyOf(edits.keySet());
    assertThat(ca.equalsOutside(cb, dims)).isTrue();
    assertThat(ca.hashCodeOutside(dims)).isEqualTo(cb.hashCodeOutside(dims));
  }

  @Provide
  Arbitrary<List<FactDimension>> dimensionLists() {
    return Arbitraries.of(DIMS).list().ofMaxSize(3);
  }
}
