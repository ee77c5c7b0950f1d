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
 * Each property runs on the three forms (an array of members, a single member, another coordinates
 * and one member), built as {@link #build} does: a shared form equals and hashes as the unshared one.
 */
class CoordinatesProperties {
  private static final FactDimension[] DIMS = FactDimension.values();

  @Provide
  Arbitrary<Map<FactDimension, String>> maps() {
    Arbitrary<String> member = Arbitraries.of("201", "20101", "2010101", "本级", "GENERAL_PUBLIC_BUDGET", "x");
    return Arbitraries.maps(Arbitraries.of(DIMS), member).ofMaxSize(DIMS.length)
        .map(m -> m.isEmpty() ? new EnumMap<>(FactDimension.class) : new EnumMap<>(m));
  }

  /**
   * Coordinates of {@code m} in one of its forms: 0 from the map (the array form, or the single form
   * for one member); 1 and 2 by {@code with}, one dimension at a time in ordinal or reverse order (a
   * chain of linked forms); 3 a row part (the first half) merged with column parts of one member each,
   * as a table's cells are made; 4 the first half merged with the second half at once.
   */
  static Coordinates build(Map<FactDimension, String> m, int form) {
    List<Map.Entry<FactDimension, String>> entries = new java.util.ArrayList<>(m.entrySet());
    switch (form) {
      case 0:
        return Coordinates.of(m);
      case 1:
      case 2: {
        if (form == 2) {
          java.util.Collections.reverse(entries);
        }
        Coordinates c = Coordinates.EMPTY;
        for (Map.Entry<FactDimension, String> e : entries) {
          c = c.with(e.getKey(), e.getValue());
        }
        return c;
      }
      default: {
        int half = entries.size() / 2;
        Map<FactDimension, String> first = new EnumMap<>(FactDimension.class);
        Map<FactDimension, String> second = new EnumMap<>(FactDimension.class);
        for (int i = 0; i < entries.size(); i++) {
          (i < half ? first : second).put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        Coordinates c = Coordinates.of(first);
        if (form == 4) {
          return c.merge(Coordinates.of(second));
        }
        for (Map.Entry<FactDimension, String> e : second.entrySet()) {
          c = c.merge(Coordinates.of(e.getKey(), e.getValue()));
        }
        return c;
      }
    }
  }

  @Provide
  Arbitrary<Integer> forms() {
    return Arbitraries.integers().between(0, 4);
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
    assertThat(Coordinates.of(m)).isEqualTo(c);
    for (int form = 0; form <= 4; form++) {
      assertThat(build(m, form)).isEqualTo(c).hasSameHashCodeAs(c);
      assertThat(c).isEqualTo(build(m, form));
    }
    assertThat(Coordinates.parse(c.toString())).isEqualTo(c);
    assertThat(c.toString()).isEqualTo(Coordinates.of(m).toString());
  }

  @Property
  void agreesWithAMap(@ForAll("maps") Map<FactDimension, String> m, @ForAll("forms") int form) {
    agrees(build(m, form), m);
  }

  @Property
  void withAndWithoutAgreeWithAMap(@ForAll("maps") Map<FactDimension, String> m,
      @ForAll("maps") Map<FactDimension, String> edits, @ForAll List<Boolean> removes,
      @ForAll("forms") int form) {
    Coordinates c = build(m, form);
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
  void mergeAgreesWithAMap(@ForAll("maps") Map<FactDimension, String> a, @ForAll("maps") Map<FactDimension, String> b,
      @ForAll("forms") int fa, @ForAll("forms") int fb) {
    Map<FactDimension, String> ref = new EnumMap<>(FactDimension.class);
    ref.putAll(a);
    ref.putAll(b);
    agrees(build(a, fa).merge(build(b, fb)), ref);
  }

  @Property
  void equalExactlyWhenTheMapsAreEqual(@ForAll("maps") Map<FactDimension, String> a,
      @ForAll("maps") Map<FactDimension, String> b, @ForAll("forms") int fa, @ForAll("forms") int fb) {
    assertThat(build(a, fa).equals(build(b, fb))).isEqualTo(a.equals(b));
  }

  @Property
  void theRestOutsideSomeDimensionsAgreesWithWithout(@ForAll("maps") Map<FactDimension, String> a,
      @ForAll("maps") Map<FactDimension, String> b, @ForAll("dimensionLists") List<FactDimension> dims,
      @ForAll("forms") int fa, @ForAll("forms") int fb) {
    Coordinates ca = build(a, fa);
    Coordinates cb = build(b, fb);
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
      @ForAll("maps") Map<FactDimension, String> edits, @ForAll("forms") int form) {
    Coordinates ca = build(a, form);
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

  @Property
  void theCellsOfARowShareItsCoordinatesAndEqualUnsharedOnes(@ForAll("maps") Map<FactDimension, String> row,
      @ForAll("maps") Map<FactDimension, String> columns, @ForAll("forms") int form) {
    Coordinates shared = build(row, form);
    for (Map.Entry<FactDimension, String> e : columns.entrySet()) {
      Coordinates cell = shared.merge(Coordinates.of(e.getKey(), e.getValue()));
      Map<FactDimension, String> ref = new EnumMap<>(FactDimension.class);
      ref.putAll(row);
      ref.put(e.getKey(), e.getValue());
      agrees(cell, ref);
      // the shared part is what remains without the column's dimension, when the row lacked it
      if (!row.containsKey(e.getKey())) {
        assertThat(cell.without(e.getKey())).isSameAs(shared);
      }
      // two cells of the row are equal exactly when their column members are
      Coordinates other = shared.with(e.getKey(), "x");
      assertThat(cell.equals(other)).isEqualTo(e.getValue().equals("x"));
    }
  }
}
