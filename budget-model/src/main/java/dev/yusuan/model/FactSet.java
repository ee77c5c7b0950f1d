package dev.yusuan.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableSet;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An immutable set of facts indexed for rules: by key (concept + coordinates), by table, and by
 * hierarchy parent in every dimension, so that lookups and child enumeration are O(1) amortised and
 * building the index is linear in the number of facts times the dimensions each fact has. The index by
 * key is a table of fact positions (no key object or list per fact); the index by parent of a
 * dimension is built on the first {@link #children} query in that dimension.
 */
public final class FactSet implements Iterable<Fact> {
  private final ImmutableList<Fact> facts;
  /**
   * The index by key, open addressing (a power of two, at most half full): a slot holds 0 when empty,
   * {@code i + 1} for a key published once (the fact at position {@code i}), or {@code -(r + 1)} for
   * the {@code r}-th repeated key. No key object or list per fact: this index and the one by table
   * were most of what the set retained per fact.
   */
  private final int[] slots;
  /** The keys published more than once, in first-publication order. */
  private final ImmutableList<FactKey> repeated;
  /** The publications of each repeated key, in the order of {@link #repeated}. */
  private final ImmutableList<ImmutableList<Fact>> repeatedFacts;
  private final Map<String, ImmutableList<Fact>> byTable;
  /** Facts read from no table (narrative facts), in reading order. */
  private final ImmutableList<Fact> outsideTables;
  /** The dimensions the facts of each table have a member in, as a bit mask by ordinal. */
  private final Map<String, Integer> dimensionsByTable;
  /** The money units of the facts of each table, as a bit mask by ordinal. */
  private final Map<String, Integer> unitsByTable;
  private final Map<FactDimension, Function<String, Optional<String>>> parents;
  /**
   * Facts by the key of their parent, one index per dimension (by ordinal), each built on the first
   * {@link #children} query in its dimension: the validator does not use them, and built eagerly they
   * held most of the index's memory (a parent key per fact and dimension).
   */
  private final List<Supplier<ImmutableListMultimap<FactKey, Fact>>> children;
  /** Facts by dimension and member, built on the first partial-coordinate query only. */
  private final Supplier<Map<FactDimension, ImmutableListMultimap<String, Fact>>> byMember =
      Suppliers.memoize(this::indexMembers);

  private FactSet(Collection<Fact> facts, Map<FactDimension, Function<String, Optional<String>>> parents) {
    this.facts = ImmutableList.copyOf(facts);
    this.parents = parents;
    int n = this.facts.size();
    FactDimension[] dims = FactDimension.values();
    // the members whose parent function may reject them (declared trees and the document's own
    // hierarchies; a code's parent never throws) are checked here, as when the parent index was eager
    int rejects = 0;
    for (FactDimension d : dims) {
      if (parents.containsKey(d) || d.scheme().isEmpty()) {
        rejects |= 1 << d.ordinal();
      }
    }
    int[] table = new int[Integer.highestOneBit(Math.max(2, n) - 1) << 2];
    List<List<Fact>> twice = new ArrayList<>();
    List<Integer> twiceFirst = new ArrayList<>();
    Map<String, List<Fact>> tables = new LinkedHashMap<>();
    Map<String, Integer> tableDims = new HashMap<>();
    Map<String, Integer> tableUnits = new HashMap<>();
    ImmutableList.Builder<Fact> outside = ImmutableList.builder();
    String lastTable = null;
    List<Fact> lastList = null;
    int lastDims = 0;
    int lastUnits = 0;
    for (int i = 0; i < n; i++) {
      Fact f = this.facts.get(i);
      int slot = find(table, this.facts, twice, f.concept(), f.coordinates());
      int v = table[slot];
      if (v == 0) {
        table[slot] = i + 1;
      } else if (v > 0) {
        List<Fact> l = new ArrayList<>(2);
        l.add(this.facts.get(v - 1));
        l.add(f);
        twice.add(l);
        twiceFirst.add(v - 1);
        table[slot] = -twice.size();
      } else {
        twice.get(-v - 1).add(f);
      }
      Coordinates c = f.coordinates();
      int present = c.mask();
      String t = f.provenance().tableId().orElse(null);
      if (t == null) {
        outside.add(f);
      } else {
        // facts come table by table: the list and mask of the last table are kept at hand
        if (!t.equals(lastTable)) {
          if (lastTable != null) {
            tableDims.merge(lastTable, lastDims, (a, b) -> a | b);
            tableUnits.merge(lastTable, lastUnits, (a, b) -> a | b);
          }
          lastTable = t;
          lastList = tables.computeIfAbsent(t, x -> new ArrayList<>());
          lastDims = 0;
          lastUnits = 0;
        }
        lastList.add(f);
        lastDims |= present;
        lastUnits |= 1 << f.amount().unit().ordinal();
      }
      for (int check = present & rejects, o = 0; check != 0; o++, check >>>= 1) {
        if ((check & 1) != 0) {
          parentMember(dims[o], c.getOrNull(dims[o]));
        }
      }
    }
    if (lastTable != null) {
      tableDims.merge(lastTable, lastDims, (a, b) -> a | b);
      tableUnits.merge(lastTable, lastUnits, (a, b) -> a | b);
    }
    // repeated keys in first-publication order (they were numbered in the order of their second)
    Integer[] order = new Integer[twice.size()];
    for (int r = 0; r < order.length; r++) {
      order[r] = r;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(twiceFirst::get));
    int[] renumber = new int[order.length];
    ImmutableList.Builder<FactKey> keys = ImmutableList.builderWithExpectedSize(order.length);
    ImmutableList.Builder<ImmutableList<Fact>> lists = ImmutableList.builderWithExpectedSize(order.length);
    for (int r = 0; r < order.length; r++) {
      renumber[order[r]] = r;
      List<Fact> l = twice.get(order[r]);
      keys.add(new FactKey(l.get(0).concept(), l.get(0).coordinates()));
      lists.add(ImmutableList.copyOf(l));
    }
    for (int s = 0; s < table.length; s++) {
      if (table[s] < 0) {
        table[s] = -renumber[-table[s] - 1] - 1;
      }
    }
    this.slots = table;
    this.repeated = keys.build();
    this.repeatedFacts = lists.build();
    Map<String, ImmutableList<Fact>> bt = new HashMap<>(tables.size() * 4 / 3 + 1);
    tables.forEach((t, l) -> bt.put(t, ImmutableList.copyOf(l)));
    this.byTable = bt;
    this.dimensionsByTable = tableDims;
    this.unitsByTable = tableUnits;
    this.outsideTables = outside.build();
    List<Supplier<ImmutableListMultimap<FactKey, Fact>>> ch = new ArrayList<>(dims.length);
    for (FactDimension d : dims) {
      ch.add(Suppliers.memoize(() -> indexChildren(d)));
    }
    this.children = List.copyOf(ch);
  }

  /** The slot of key (concept, coordinates) in {@code table}: where it is, or the empty slot where it goes. */
  private static int find(int[] table, List<Fact> facts, List<? extends List<Fact>> repeated, Concept concept,
      Coordinates coordinates) {
    int h = 31 * concept.ordinal() + coordinates.hashCode();
    int mask = table.length - 1;
    int slot = (h ^ (h >>> 16)) & mask;
    while (true) {
      int v = table[slot];
      if (v == 0) {
        return slot;
      }
      Fact f = v > 0 ? facts.get(v - 1) : repeated.get(-v - 1).get(0);
      if (f.concept() == concept && f.coordinates().equals(coordinates)) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
  }

  private ImmutableListMultimap<FactKey, Fact> indexChildren(FactDimension d) {
    ImmutableListMultimap.Builder<FactKey, Fact> kids = ImmutableListMultimap.builder();
    for (Fact f : facts) {
      Coordinates c = f.coordinates();
      String m = c.getOrNull(d);
      if (m != null) {
        kids.put(new FactKey(f.concept(), c.withOptional(d, parentMember(d, m))), f);
      }
    }
    return kids.build();
  }

  /**
   * A fact set with the default hierarchies of {@link FactDimension}.
   *
   * @param facts the facts, in reading order (copied)
   * @return the indexed set; building it is linear in the facts
   */
  public static FactSet of(Collection<Fact> facts) {
    return new FactSet(facts, Map.of());
  }

  /**
   * A fact set whose hierarchy in some dimensions is given by the document (e.g. the project tree):
   * {@code parents.get(d).apply(member)} is the parent member, empty for a top-level member.
   *
   * @param facts the facts, in reading order (copied)
   * @param parents parent function per dimension; dimensions not in the map use
   *     {@link FactDimension#parentOf}
   * @return the indexed set
   */
  public static FactSet of(Collection<Fact> facts,
      Map<FactDimension, Function<String, Optional<String>>> parents) {
    return new FactSet(facts, Map.copyOf(parents));
  }

  /**
   * The parent of {@code member} in {@code d} under this set's hierarchies.
   *
   * @param d the dimension
   * @param member a member of {@code d}
   * @return the parent member, or empty for a top-level member
   */
  public Optional<String> parentMember(FactDimension d, String member) {
    Function<String, Optional<String>> p = parents.get(d);
    return p != null ? p.apply(member) : d.parentOf(member);
  }

  /**
   * Every fact, in reading order (each publication of a key once).
   *
   * @return an immutable list of all facts
   */
  public List<Fact> all() {
    return facts;
  }

  /**
   * The number of facts (publications), not of distinct keys.
   *
   * @return the number of facts
   */
  public int size() {
    return facts.size();
  }

  @Override
  public Iterator<Fact> iterator() {
    return facts.iterator();
  }

  /**
   * Every publication of the fact with this key (more than one when published twice).
   *
   * @param key the concept and exact coordinates
   * @return the publications in reading order; empty when the key was never published
   */
  public List<Fact> get(FactKey key) {
    return get(key.concept(), key.coordinates());
  }

  /**
   * Every publication of the fact with this concept and exactly these coordinates.
   *
   * @param concept the concept
   * @param coordinates the exact coordinates (no other dimensions)
   * @return the publications in reading order; empty when none
   */
  public List<Fact> get(Concept concept, Coordinates coordinates) {
    int v = slots[find(slots, facts, repeatedFacts, concept, coordinates)];
    return v == 0 ? ImmutableList.of() : v > 0 ? ImmutableList.of(facts.get(v - 1)) : repeatedFacts.get(-v - 1);
  }

  /**
   * The first publication of a key, if any.
   *
   * @param concept the concept
   * @param coordinates the exact coordinates
   * @return the fact first read, or empty when the key was never published
   */
  public Optional<Fact> first(Concept concept, Coordinates coordinates) {
    List<Fact> l = get(concept, coordinates);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /**
   * Distinct keys, in first-publication order.
   *
   * @return the distinct keys
   */
  public ImmutableSet<FactKey> keys() {
    ImmutableSet.Builder<FactKey> b = ImmutableSet.builderWithExpectedSize(facts.size());
    for (Fact f : firstPublications()) {
      b.add(new FactKey(f.concept(), f.coordinates()));
    }
    return b.build();
  }

  /**
   * The keys published more than once (a total printed in two tables, a figure repeated on a
   * continuation page), in first-publication order: the subsequence of {@link #keys()} whose
   * {@link #get(FactKey)} has two or more facts, without looking up every key.
   *
   * @return the repeated keys, immutable
   */
  public List<FactKey> repeatedKeys() {
    return repeated;
  }

  /**
   * Facts one level below {@code parent} in {@code d}: same concept and other coordinates, and a member
   * of {@code d} whose parent is the parent's member (or a top-level member when the parent has no
   * member in {@code d}).
   *
   * @param parent the key of the parent fact (it need not be published itself)
   * @param d the dimension to descend in
   * @return the children in reading order, every publication of each; empty when none
   */
  public List<Fact> children(FactKey parent, FactDimension d) {
    return children.get(d.ordinal()).get().get(parent);
  }

  /**
   * The first publication of every key, in first-publication order: one fact per key, the view to
   * extract clean data from (a total printed in two tables appears once).
   *
   * @return an immutable list with one fact per key
   */
  public List<Fact> firstPublications() {
    if (repeated.isEmpty()) {
      return facts;
    }
    ImmutableList.Builder<Fact> b = ImmutableList.builderWithExpectedSize(facts.size());
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      int v = slots[find(slots, facts, repeatedFacts, f.concept(), f.coordinates())];
      // a key's first publication is the fact its slot names (once) or its list's first
      if (v > 0 || repeatedFacts.get(-v - 1).get(0) == f) {
        b.add(f);
      }
    }
    return b.build();
  }


  /**
   * Facts whose coordinates include every member of {@code partial} (other dimensions free), of any
   * concept, in reading order: e.g. {@code matching(Coordinates.of(ECONOMIC, "30101"))} gives the
   * 基本工资 of every table, fund and function. An empty {@code partial} matches every fact. The first
   * call builds an index by member (linear in the facts); each query then scans only the facts of its
   * rarest member.
   *
   * @param partial the members every result must have
   * @return the matching facts in reading order, immutable
   */
  public List<Fact> matching(Coordinates partial) {
    Map<FactDimension, String> want = partial.asMap();
    if (want.isEmpty()) {
      return facts;
    }
    Map<FactDimension, ImmutableListMultimap<String, Fact>> index = byMember.get();
    List<Fact> smallest = null;
    for (Map.Entry<FactDimension, String> e : want.entrySet()) {
      ImmutableListMultimap<String, Fact> m = index.get(e.getKey());
      List<Fact> l = m == null ? List.of() : m.get(e.getValue());
      if (smallest == null || l.size() < smallest.size()) {
        smallest = l;
      }
    }
    ImmutableList.Builder<Fact> out = ImmutableList.builder();
    for (Fact f : smallest) {
      if (contains(f.coordinates(), want)) {
        out.add(f);
      }
    }
    return out.build();
  }

  /**
   * {@link #matching(Coordinates)} restricted to one concept.
   *
   * @param concept the concept every result must have
   * @param partial the members every result must have
   * @return the matching facts of that concept, in reading order
   */
  public List<Fact> matching(Concept concept, Coordinates partial) {
    return matching(partial).stream().filter(f -> f.concept() == concept).toList();
  }

  private static boolean contains(Coordinates c, Map<FactDimension, String> want) {
    for (Map.Entry<FactDimension, String> e : want.entrySet()) {
      if (!e.getValue().equals(c.getOrNull(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  private Map<FactDimension, ImmutableListMultimap<String, Fact>> indexMembers() {
    Map<FactDimension, ImmutableListMultimap.Builder<String, Fact>> b = new EnumMap<>(FactDimension.class);
    for (Fact f : facts) {
      Coordinates c = f.coordinates();
      for (FactDimension d : c.dimensions()) {
        b.computeIfAbsent(d, x -> ImmutableListMultimap.builder()).put(c.getOrNull(d), f);
      }
    }
    Map<FactDimension, ImmutableListMultimap<String, Fact>> out = new EnumMap<>(FactDimension.class);
    b.forEach((d, m) -> out.put(d, m.build()));
    return out;
  }

  /**
   * Facts read from table {@code tableId}, in reading order.
   *
   * @param tableId the {@link DisclosureTable#id()} of the table
   * @return the facts of that table; empty for an unknown id
   */
  public List<Fact> inTable(String tableId) {
    ImmutableList<Fact> l = byTable.get(tableId);
    return l == null ? ImmutableList.of() : l;
  }

  /**
   * Facts read from no table (narrative facts: no {@link Provenance#tableId()}), in reading order.
   *
   * @return the facts outside tables, immutable
   */
  public List<Fact> outsideTables() {
    return outsideTables;
  }

  /**
   * The dimensions in which at least one fact of table {@code tableId} has a member (found while the
   * set is built).
   *
   * @param tableId the {@link DisclosureTable#id()} of the table
   * @return the dimensions, a new set; empty for an unknown id
   */
  public Set<FactDimension> dimensionsIn(String tableId) {
    EnumSet<FactDimension> s = EnumSet.noneOf(FactDimension.class);
    int m = dimensionsByTable.getOrDefault(tableId, 0);
    for (FactDimension d : FactDimension.values()) {
      if ((m & (1 << d.ordinal())) != 0) {
        s.add(d);
      }
    }
    return s;
  }

  /**
   * The money units in which the facts of table {@code tableId} were read (found while the set is
   * built): a rule asking whether every fact of a table is in the table's unit need not visit them.
   *
   * @param tableId the {@link DisclosureTable#id()} of the table
   * @return the units, a new set; empty for an unknown id or a table without facts
   */
  public Set<MoneyUnit> unitsIn(String tableId) {
    EnumSet<MoneyUnit> s = EnumSet.noneOf(MoneyUnit.class);
    int m = unitsByTable.getOrDefault(tableId, 0);
    for (MoneyUnit u : MoneyUnit.values()) {
      if ((m & (1 << u.ordinal())) != 0) {
        s.add(u);
      }
    }
    return s;
  }
}
