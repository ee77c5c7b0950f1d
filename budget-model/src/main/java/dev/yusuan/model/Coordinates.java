package dev.yusuan.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.EnumSet;

/**
 * The position of a fact in the dimension space: at most one member per {@link FactDimension}. Absent
 * dimensions mean the total. Immutable, with a precomputed hash so it serves as an index key. Only the
 * members present are stored (most facts have two to four of the twelve dimensions), in one of three
 * forms that equal and hash alike: an array of the members; a single member; or another coordinates
 * (the <em>base</em>) and one member of a dimension it lacks. {@link #with} and {@link #merge} adding
 * one dimension give the last form, so the cells of a table row, made from the row's coordinates and
 * their column's, share the row's part instead of copying it (32 bytes a cell instead of about 56).
 * A base always has fewer dimensions than what rests on it, so a chain is at most one link per
 * dimension.
 */
public final class Coordinates {
  private static final FactDimension[] DIMS = FactDimension.values();
  private static final String[] NONE = new String[0];

  /** {@code 31^(n-1-i)} for dimension ordinal i: the weight of its member's hash in {@link #hash}. */
  private static final int[] WEIGHT = new int[DIMS.length];

  static {
    if (DIMS.length > 31) {
      throw new IllegalStateException("more dimensions than bits of the mask");
    }
    int w = 1;
    for (int i = DIMS.length - 1; i >= 0; i--) {
      WEIGHT[i] = w;
      w *= 31;
    }
  }

  /** No coordinate at all: the grand total of a concept. */
  public static final Coordinates EMPTY = new Coordinates(0, NONE);

  /** Bit {@code d.ordinal()} set for each dimension with a member. */
  private final int mask;
  /** As {@code Arrays.hashCode} of the one-slot-per-dimension array (null where absent). */
  private final int hash;
  /**
   * The array form: the members present, in {@link FactDimension} order (one slot per set bit of
   * {@link #mask}); null in the other two forms.
   */
  private final String[] present;
  /** The linked form: coordinates with every member of these but {@link #own}; else null. */
  private final Coordinates base;
  /**
   * The member of the one dimension {@link #base} lacks (linked form), or the only member (single
   * form: {@code present} and {@code base} null); null in the array form.
   */
  private final String own;

  private Coordinates(int mask, String[] present) {
    this.mask = mask;
    this.present = present;
    this.base = null;
    this.own = null;
    int h = 1;
    int j = 0;
    for (int i = 0; i < DIMS.length; i++) {
      h = 31 * h + ((mask & (1 << i)) != 0 ? present[j++].hashCode() : 0);
    }
    this.hash = h;
  }

  /**
   * The single form ({@code base} null) or the linked form: {@code base} (which lacks the dimension of
   * {@code own}) and {@code own}, whose dimension is the bit of {@code mask} that {@code base} lacks.
   */
  private Coordinates(int mask, int hash, Coordinates base, String own) {
    this.mask = mask;
    this.hash = hash;
    this.present = null;
    this.base = base;
    this.own = own;
  }

  /** The member of dimension ordinal {@code i}, which must be present. */
  private String member(int i) {
    int bit = 1 << i;
    Coordinates c = this;
    while (c.present == null) {
      if (c.base == null || (c.base.mask & bit) == 0) {
        return c.own;
      }
      c = c.base;
    }
    return c.present[Integer.bitCount(c.mask & (bit - 1))];
  }

  /** One slot per dimension (null where absent). */
  private String[] slots() {
    String[] m = new String[DIMS.length];
    for (int i = 0; i < m.length; i++) {
      m[i] = getOrNull(i);
    }
    return m;
  }

  /** From one slot per dimension (null where absent). */
  private static Coordinates ofSlots(String[] m) {
    int mask = 0;
    int n = 0;
    for (int i = 0; i < m.length; i++) {
      if (m[i] != null) {
        mask |= 1 << i;
        n++;
      }
    }
    if (n == 0) {
      return EMPTY;
    }
    if (n == 1) {
      int i = Integer.numberOfTrailingZeros(mask);
      return EMPTY.with(DIMS[i], m[i]);
    }
    String[] p = new String[n];
    int j = 0;
    for (String v : m) {
      if (v != null) {
        p[j++] = v;
      }
    }
    return new Coordinates(mask, p);
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
    return ofSlots(m);
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
    check(d, member);
    int i = d.ordinal();
    int bit = 1 << i;
    int h = hash + member.hashCode() * WEIGHT[i];
    if ((mask & bit) == 0) {
      // a new dimension: these coordinates and the member (the single form when these are empty)
      return new Coordinates(mask | bit, h, mask == 0 ? null : this, member);
    }
    String old = member(i);
    h -= old.hashCode() * WEIGHT[i];
    if (present == null && (base == null || (base.mask & bit) == 0)) {
      return new Coordinates(mask, h, base, member); // the own member replaced
    }
    String[] m = slots();
    m[i] = member;
    return ofSlots(m);
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
    int i = d.ordinal();
    int bit = 1 << i;
    if ((mask & bit) == 0) {
      return this;
    }
    if (mask == bit) {
      return EMPTY;
    }
    if (base != null && (base.mask & bit) == 0) {
      return base; // exactly the rest
    }
    String[] m = slots();
    m[i] = null;
    return ofSlots(m);
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
    if (other.mask == 0) {
      return this;
    }
    if (mask == 0) {
      return other;
    }
    if (Integer.bitCount(other.mask) == 1) {
      int i = Integer.numberOfTrailingZeros(other.mask);
      return with(DIMS[i], other.member(i));
    }
    String[] m = slots();
    for (int i = 0; i < m.length; i++) {
      String o = other.getOrNull(i);
      if (o != null) {
        m[i] = o;
      }
    }
    return ofSlots(m);
  }

  /**
   * The member of a dimension.
   *
   * @param d the dimension
   * @return the member, or empty when the dimension is absent (the total)
   */
  public Optional<String> get(FactDimension d) {
    return Optional.ofNullable(getOrNull(d.ordinal()));
  }

  /**
   * The member of {@code d} or null (for hot paths).
   *
   * @param d the dimension
   * @return the member, or null when absent
   */
  public String getOrNull(FactDimension d) {
    return getOrNull(d.ordinal());
  }

  private String getOrNull(int i) {
    return (mask & (1 << i)) == 0 ? null : member(i);
  }

  /**
   * Whether a dimension has a member.
   *
   * @param d the dimension
   * @return true when {@code d} is present
   */
  public boolean has(FactDimension d) {
    return (mask & (1 << d.ordinal())) != 0;
  }

  /**
   * Whether there is no member at all (the grand total of a concept).
   *
   * @return true when equal to {@link #EMPTY}
   */
  public boolean isEmpty() {
    return mask == 0;
  }

  /**
   * Dimensions with a member.
   *
   * @return a new, modifiable set of the dimensions present
   */
  public Set<FactDimension> dimensions() {
    EnumSet<FactDimension> s = EnumSet.noneOf(FactDimension.class);
    for (int i = 0; i < DIMS.length; i++) {
      if ((mask & (1 << i)) != 0) {
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
    for (int i = 0; i < DIMS.length; i++) {
      if ((mask & (1 << i)) != 0) {
        map.put(DIMS[i], member(i));
      }
    }
    return map;
  }

  /**
   * The hash code of these coordinates without the members of {@code dims}: equal to the hash code of
   * {@code without(d)} applied for each {@code d}, without building those coordinates.
   *
   * @param dims the dimensions left out
   * @return the hash code of the rest
   */
  public int hashCodeOutside(Collection<FactDimension> dims) {
    int out = mask & ignored(dims);
    int h = hash;
    for (int i = 0; out != 0; i++, out >>>= 1) {
      if ((out & 1) != 0) {
        h -= member(i).hashCode() * WEIGHT[i];
      }
    }
    return h;
  }

  /**
   * Whether these coordinates and {@code other} have the same member (or none) in every dimension
   * outside {@code dims}: {@code without(dims)} of both would be equal, compared in place.
   *
   * @param other the other coordinates
   * @param dims the dimensions not compared
   * @return whether the rest of the two is equal
   */
  public boolean equalsOutside(Coordinates other, Collection<FactDimension> dims) {
    int ignore = ignored(dims);
    if ((mask & ~ignore) != (other.mask & ~ignore)) {
      return false;
    }
    int compared = mask & ~ignore;
    for (int i = 0; compared != 0; i++, compared >>>= 1) {
      if ((compared & 1) != 0 && !member(i).equals(other.member(i))) {
        return false;
      }
    }
    return true;
  }

  /** The dimensions present, as a bit mask by ordinal (for the fact index of this package). */
  int mask() {
    return mask;
  }

  private static int ignored(Collection<FactDimension> dims) {
    int m = 0;
    for (FactDimension d : dims) {
      m |= 1 << d.ordinal();
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Coordinates c) || c.hash != hash || c.mask != mask) {
      return false;
    }
    if (present != null && c.present != null) {
      return Arrays.equals(c.present, present);
    }
    if (present == null && c.present == null && base == c.base) {
      return own.equals(c.own); // the same base (e.g. two cells of a row): compare the rest
    }
    for (int i = 0, m = mask; m != 0; i++, m >>>= 1) {
      if ((m & 1) != 0 && !member(i).equals(c.member(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** {@code FUNCTION=201,FUND_SOURCE=GENERAL_PUBLIC_BUDGET}; empty string for the total. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < DIMS.length; i++) {
      if ((mask & (1 << i)) != 0) {
        if (b.length() > 0) {
          b.append(',');
        }
        b.append(DIMS[i].name()).append('=').append(member(i));
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
    return ofSlots(m);
  }
}
