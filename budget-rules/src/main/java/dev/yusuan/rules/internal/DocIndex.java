package dev.yusuan.rules.internal;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactKey;
import dev.yusuan.model.FactSet;
import dev.yusuan.model.Interval;
import dev.yusuan.model.Names;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.rules.TolerancePolicy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Per-document index shared by the rules of one validation: tables by id, and table groups. A table
 * continued on the next page is often published as a second table with the same title; consecutive
 * tables of the same kind and title that publish no fact key in common form one group, and hierarchy
 * sums are checked within a group.
 */
public final class DocIndex {
  /**
   * One logical table: the published table and its continuation pages, with the dimensions in which
   * at least one of its facts has a member (found once per validation, so that a rule about other
   * dimensions skips the group without visiting its facts). Its facts, the facts of its tables in
   * order, are put in one list only when a rule asks for them ({@link #facts()}): a copy of every
   * fact per validation (at 10⁶ facts, arrays of megabytes grown and copied) when few rules need it.
   */
  public static final class TableGroup {
    private final String id;
    private final List<DisclosureTable> tables;
    /** The facts of each table of {@link #tables}, in order ({@link FactSet#inTable}). */
    private final List<List<Fact>> parts;
    private final int size;
    private final Set<FactDimension> dimensions;
    private List<Fact> facts;

    TableGroup(String id, List<DisclosureTable> tables, List<List<Fact>> parts, Set<FactDimension> dimensions) {
      this.id = id;
      this.tables = tables;
      this.parts = parts;
      int n = 0;
      for (List<Fact> p : parts) {
        n += p.size();
      }
      this.size = n;
      this.dimensions = dimensions;
    }

    public String id() {
      return id;
    }

    public List<DisclosureTable> tables() {
      return tables;
    }

    /** The group's facts: those of its tables, table after table (made on first use, then kept). */
    public List<Fact> facts() {
      if (facts == null) {
        if (parts.size() == 1) {
          facts = parts.get(0);
        } else {
          Fact[] all = new Fact[size];
          int at = 0;
          for (List<Fact> p : parts) {
            for (Fact f : p) {
              all[at++] = f;
            }
          }
          facts = Collections.unmodifiableList(java.util.Arrays.asList(all));
        }
      }
      return facts;
    }

    /** How many facts {@link #facts()} holds (without making the list). */
    public int size() {
      return size;
    }

    public Set<FactDimension> dimensions() {
      return dimensions;
    }

    public DisclosureTable first() {
      return tables.get(0);
    }
  }

  private final BudgetDocument doc;
  private final FactSet facts;
  private final Map<String, DisclosureTable> tableById = new HashMap<>();
  private final Map<String, TableGroup> groupOfTable = new HashMap<>();
  private final List<TableGroup> groups = new ArrayList<>();
  /** The values of each group's facts, by identity of the group (see {@link #moneyCache}). */
  private final Map<TableGroup, Interval.Column> moneyByGroup = new IdentityHashMap<>();
  private TolerancePolicy moneyPolicy;
  private Members members;

  public DocIndex(BudgetDocument doc, FactSet facts) {
    this.doc = doc;
    this.facts = facts;
    // the keys published more than once, by each table that publishes them: only they can make two
    // tables share a key
    Map<String, Set<FactKey>> repeatedIn = new HashMap<>();
    for (FactKey k : facts.repeatedKeys()) {
      for (Fact f : facts.get(k)) {
        f.provenance().tableId().ifPresent(id -> repeatedIn.computeIfAbsent(id, x -> new HashSet<>()).add(k));
      }
    }
    List<DisclosureTable> cur = null;
    List<List<Fact>> curFacts = null;
    Set<String> curIds = null;
    DisclosureTable prev = null;
    for (DisclosureTable t : doc.tables()) {
      tableById.putIfAbsent(t.id(), t);
      List<Fact> tf = facts.inTable(t.id());
      boolean cont = prev != null && prev.kind().equals(t.kind())
          && Names.key(prev.title()).equals(Names.key(t.title()));
      if (cont) {
        cont = !sharesAKey(t.id(), tf, curIds, repeatedIn.getOrDefault(t.id(), Set.of()));
      }
      if (!cont) {
        if (cur != null) {
          close(cur, curFacts);
        }
        cur = new ArrayList<>();
        curFacts = new ArrayList<>();
        curIds = new HashSet<>();
      }
      cur.add(t);
      curFacts.add(tf);
      curIds.add(t.id());
      prev = t;
    }
    if (cur != null) {
      close(cur, curFacts);
    }
  }

  /**
   * Whether table {@code id} (its facts {@code tf}) publishes a key that one of the tables {@code ids}
   * (the group so far) publishes too: a key published once is in one table only, so only the table's
   * repeated keys are looked at, unless the table's own id is already in the group (its facts then
   * are the group's).
   */
  private boolean sharesAKey(String id, List<Fact> tf, Set<String> ids, Set<FactKey> repeated) {
    if (ids.contains(id)) {
      return !tf.isEmpty();
    }
    for (FactKey k : repeated) {
      for (Fact p : facts.get(k)) {
        if (ids.contains(p.provenance().tableId().orElse(null))) {
          return true;
        }
      }
    }
    return false;
  }

  private void close(List<DisclosureTable> tables, List<List<Fact>> parts) {
    // the dimensions of each table were found when the fact set was built
    EnumSet<FactDimension> dims = EnumSet.noneOf(FactDimension.class);
    Set<String> done = new HashSet<>();
    for (DisclosureTable t : tables) {
      if (done.add(t.id())) {
        dims.addAll(facts.dimensionsIn(t.id()));
      }
    }
    TableGroup g = new TableGroup(tables.get(0).id(), List.copyOf(tables), List.copyOf(parts),
        Collections.unmodifiableSet(dims));
    groups.add(g);
    for (DisclosureTable t : tables) {
      groupOfTable.put(t.id(), g);
    }
  }

  /** The members numbered for the hierarchy rules of this validation (made on first use). */
  Members members() {
    if (members == null) {
      members = new Members(facts);
    }
    return members;
  }

  /**
   * An array of one slot per fact of {@code g} for {@link Ctx#moneyCache}: the same array for every
   * rule of a validation under the same tolerance policy, a new one when the policy differs.
   */
  Interval.Column moneyCache(TableGroup g, TolerancePolicy tolerance) {
    if (tolerance != moneyPolicy) {
      moneyByGroup.clear();
      moneyPolicy = tolerance;
    }
    return moneyByGroup.computeIfAbsent(g, x -> new Interval.Column(x.size()));
  }

  public BudgetDocument document() {
    return doc;
  }

  public FactSet facts() {
    return facts;
  }

  public List<TableGroup> groups() {
    return groups;
  }

  /** The table a fact was read from, or null for narrative facts. */
  public DisclosureTable tableOf(Fact f) {
    return f.provenance().tableId().map(tableById::get).orElse(null);
  }

  public DisclosureTable table(String id) {
    return tableById.get(id);
  }

  public TableGroup groupOf(String tableId) {
    return groupOfTable.get(tableId);
  }
}
