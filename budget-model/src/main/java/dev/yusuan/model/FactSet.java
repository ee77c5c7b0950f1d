package dev.yusuan.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An immutable set of facts indexed for rules: by key (concept + coordinates), by table, and by
 * hierarchy parent in every dimension, so that lookups and child enumeration are O(1) amortised and
 * building the index is linear in the number of facts times the dimensions each fact has.
 */
public final class FactSet implements Iterable<Fact> {
  private final ImmutableList<Fact> facts;
  private final ImmutableListMultimap<FactKey, Fact> byKey;
  private final ImmutableListMultimap<String, Fact> byTable;
  private final ImmutableMap<FactDimension, ImmutableListMultimap<FactKey, Fact>> children;
  private final Map<FactDimension, Function<String, Optional<String>>> parents;

  private FactSet(Collection<Fact> facts, Map<FactDimension, Function<String, Optional<String>>> parents) {
    this.facts = ImmutableList.copyOf(facts);
    this.parents = parents;
    ImmutableListMultimap.Builder<FactKey, Fact> keys = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, Fact> tables = ImmutableListMultimap.builder();
    Map<FactDimension, ImmutableListMultimap.Builder<FactKey, Fact>> kids = new EnumMap<>(FactDimension.class);
    for (Fact f : this.facts) {
      keys.put(f.key(), f);
      f.provenance().tableId().ifPresent(t -> tables.put(t, f));
      Coordinates c = f.coordinates();
      for (FactDimension d : FactDimension.values()) {
        String m = c.getOrNull(d);
        if (m == null) {
          continue;
        }
        Coordinates parent = c.withOptional(d, parentMember(d, m));
        kids.computeIfAbsent(d, x -> ImmutableListMultimap.builder())
            .put(new FactKey(f.concept(), parent), f);
      }
    }
    this.byKey = keys.build();
    this.byTable = tables.build();
    ImmutableMap.Builder<FactDimension, ImmutableListMultimap<FactKey, Fact>> ch = ImmutableMap.builder();
    kids.forEach((d, b) -> ch.put(d, b.build()));
    this.children = ch.build();
  }

  /** A fact set with the default hierarchies of {@link FactDimension}. */
  public static FactSet of(Collection<Fact> facts) {
    return new FactSet(facts, Map.of());
  }

  /**
   * A fact set whose hierarchy in some dimensions is given by the document (e.g. the project tree):
   * {@code parents.get(d).apply(member)} is the parent member, empty for a top-level member.
   */
  public static FactSet of(Collection<Fact> facts,
      Map<FactDimension, Function<String, Optional<String>>> parents) {
    return new FactSet(facts, Map.copyOf(parents));
  }

  /** The parent of {@code member} in {@code d} under this set's hierarchies. */
  public Optional<String> parentMember(FactDimension d, String member) {
    Function<String, Optional<String>> p = parents.get(d);
    return p != null ? p.apply(member) : d.parentOf(member);
  }

  public List<Fact> all() {
    return facts;
  }

  public int size() {
    return facts.size();
  }

  @Override
  public Iterator<Fact> iterator() {
    return facts.iterator();
  }

  /** Every publication of the fact with this key (more than one when published twice). */
  public List<Fact> get(FactKey key) {
    return byKey.get(key);
  }

  public List<Fact> get(Concept concept, Coordinates coordinates) {
    return byKey.get(new FactKey(concept, coordinates));
  }

  /** The first publication of a key, if any. */
  public Optional<Fact> first(Concept concept, Coordinates coordinates) {
    List<Fact> l = get(concept, coordinates);
    return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
  }

  /** Distinct keys, in first-publication order. */
  public ImmutableSet<FactKey> keys() {
    return byKey.keySet();
  }

  /**
   * Facts one level below {@code parent} in {@code d}: same concept and other coordinates, and a member
   * of {@code d} whose parent is the parent's member (or a top-level member when the parent has no
   * member in {@code d}).
   */
  public List<Fact> children(FactKey parent, FactDimension d) {
    ImmutableListMultimap<FactKey, Fact> m = children.get(d);
    return m == null ? List.of() : m.get(parent);
  }

  /** Facts read from table {@code tableId}, in reading order. */
  public List<Fact> inTable(String tableId) {
    return byTable.get(tableId);
  }
}
