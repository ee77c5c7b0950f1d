package dev.yusuan.model;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.EnumSet;

/**
 * The position of a fact in the dimension space: at most one member per {@link FactDimension}. Absent
 * dimensions mean the total. Immutable, with a precomputed hash so it serves as an index key.
 */
public final class Coordinates {
  private static final FactDimension[] DIMS = FactDimension.values();
  /** No coordinate at all: the grand total of a concept. */
  public static final Coordinates EMPTY = new Coordinates(new String[DIMS.length]);

  private final String[] members;
  private final int hash;

  private Coordinates(String[] members) {
    this.members = members;
    this.hash = Arrays.hashCode(members);
  }

  /**
   * Coordinates from a map; blank members are rejected.
   *
   * @param map member per dimension
   * @return the coordinates
   * @throws IllegalArgumentException if a member is null or blank
   */
  public static Coordinates of(Map<FactDimension, String> map) {
    String[] m = new String[DIMS.length];
    map.forEach((d, v) -> m[d.ordinal()] = check(d, v));
    return new Coordinates(m);
  }

  /**
   * Shorthand for one coordinate.
   *
   * @param d the dimension
   * @param member its member, e.g. a 支出功能分类 code {@code "2010101"}
   * @return coordinates with only that member
   * @throws IllegalArgumentException if {@code member} is null or blank
   */
  public static Coordinates of(FactDimension d, String member) {
    return EMPTY.with(d, member);
  }

  /**
   * Shorthand for one declared-tree member (fund source, spending type, …).
   *
   * @param d the dimension the tree belongs to
   * @param member the member; its {@code name()} is stored
   * @return coordinates with only that member
   */
  public static Coordinates of(FactDimension d, HierarchyMember member) {
    return EMPTY.with(d, member.name());
  }

  private static String check(FactDimension d, String v) {
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("blank member for " + d);
    }
    return v;
  }

  /**
   * A copy with {@code d} set to {@code member}.
   *
   * @param d the dimension
   * @param member the new member, not blank
   * @return a new instance; this one is unchanged
   * @throws IllegalArgumentException if {@code member} is null or blank
   */
  public Coordinates with(FactDimension d, String member) {
    String[] m = members.clone();
    m[d.ordinal()] = check(d, member);
    return new Coordinates(m);
  }

  /**
   * A copy with {@code d} set to a declared-tree member.
   *
   * @param d the dimension
   * @param member the member; its {@code name()} is stored
   * @return a new instance; this one is unchanged
   */
  public Coordinates with(FactDimension d, HierarchyMember member) {
    return with(d, member.name());
  }

  /**
   * A copy with {@code d} removed (its total).
   *
   * @param d the dimension to drop
   * @return coordinates without {@code d} (this instance when it had none)
   */
  public Coordinates without(FactDimension d) {
    if (members[d.ordinal()] == null) {
      return this;
    }
    String[] m = members.clone();
    m[d.ordinal()] = null;
    return new Coordinates(m);
  }

  /**
   * A copy with {@code d} set to {@code member}, or removed when {@code member} is empty.
   *
   * @param d the dimension
   * @param member the member, or empty to drop {@code d}
   * @return the adjusted coordinates
   */
  public Coordinates withOptional(FactDimension d, Optional<String> member) {
    return member.map(v -> with(d, v)).orElseGet(() -> without(d));
  }

  /**
   * A copy with every coordinate of {@code other} added (other wins).
   *
   * @param other coordinates whose members override these
   * @return the union, {@code other}'s member winning in a dimension both have
   */
  public Coordinates merge(Coordinates other) {
    String[] m = members.clone();
    for (int i = 0; i < m.length; i++) {
      if (other.members[i] != null) {
        m[i] = other.members[i];
      }
    }
    return new Coordinates(m);
  }

  /**
   * The member of a dimension.
   *
   * @param d the dimension
   * @return the member, or empty when the dimension is absent (the total)
   */
  public Optional<String> get(FactDimension d) {
    return Optional.ofNullable(members[d.ordinal()]);
  }

  /**
   * The member of {@code d} or null (for hot paths).
   *
   * @param d the dimension
   * @return the member, or null when absent
   */
  public String getOrNull(FactDimension d) {
    return members[d.ordinal()];
  }

  /**
   * Whether a dimension has a member.
   *
   * @param d the dimension
   * @return true when {@code d} is present
   */
  public boolean has(FactDimension d) {
    return members[d.ordinal()] != null;
  }

  /**
   * Whether there is no member at all (the grand total of a concept).
   *
   * @return true when equal to {@link #EMPTY}
   */
  public boolean isEmpty() {
    return this.equals(EMPTY);
  }

  /**
   * Dimensions with a member.
   *
   * @return a new, modifiable set of the dimensions present
   */
  public Set<FactDimension> dimensions() {
    EnumSet<FactDimension> s = EnumSet.noneOf(FactDimension.class);
    for (int i = 0; i < members.length; i++) {
      if (members[i] != null) {
        s.add(DIMS[i]);
      }
    }
    return s;
  }

  /**
   * As an ordered map.
   *
   * @return a new map from dimension to member, in {@link FactDimension} order
   */
  public Map<FactDimension, String> asMap() {
    EnumMap<FactDimension, String> map = new EnumMap<>(FactDimension.class);
    for (int i = 0; i < members.length; i++) {
      if (members[i] != null) {
        map.put(DIMS[i], members[i]);
      }
    }
    return map;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Coordinates c && c.hash == hash && Arrays.equals(c.members, members);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** {@code FUNCTION=201,FUND_SOURCE=GENERAL_PUBLIC_BUDGET}; empty string for the total. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < members.length; i++) {
      if (members[i] != null) {
        if (b.length() > 0) {
          b.append(',');
        }
        b.append(DIMS[i].name()).append('=').append(members[i]);
      }
    }
    return b.toString();
  }

  /**
   * Parses {@link #toString()}'s form.
   *
   * @param text e.g. {@code FUNCTION=201,ECONOMIC=30101}; null or blank for the total
   * @return the coordinates
   * @throws IllegalArgumentException if a part is not {@code NAME=member}, names no dimension or has a
   *     blank member
   */
  public static Coordinates parse(String text) {
    if (text == null || text.isBlank()) {
      return EMPTY;
    }
    String[] m = new String[DIMS.length];
    for (String part : text.split(",(?=[A-Z_]+=)")) {
      int eq = part.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("not a coordinate: " + part);
      }
      FactDimension d = FactDimension.valueOf(part.substring(0, eq));
      m[d.ordinal()] = check(d, part.substring(eq + 1));
    }
    return new Coordinates(m);
  }
}
