package dev.yusuan.rules.internal;

import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.FactSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members of every dimension numbered densely for one validation, and the facts of a table group
 * as columns of those numbers, shared by the hierarchy rules: each rule then buckets and compares
 * facts by numbers in arrays read in order, instead of visiting every fact's coordinates and
 * hashing its member texts again. Numbers stand for exactly equal texts, so nothing is decided
 * differently.
 */
final class Members {
  private static final FactDimension[] DIMS = FactDimension.values();

  /** A group's facts as columns: concept ordinal, and per dimension ordinal the member number (-1: none). */
  record Columns(int[] concept, int[][] member) {}

  private final FactSet facts;
  private final List<Map<String, Integer>> ids = new ArrayList<>();
  private final List<List<String>> names = new ArrayList<>();
  /** Per dimension ordinal and member number, the parent's number + 2 (0: not known yet; 1: none). */
  private final int[][] parents = new int[DIMS.length][0];
  private final Map<DocIndex.TableGroup, Columns> columns = new IdentityHashMap<>();
  /**
   * Scratch arrays of the hierarchy rules (bucket chains and table, a bucket's sums), reused by every rule and group of
   * the validation: allocated per rule and group they were most of what a validation allocated.
   */
  private int[][] scratch = new int[SCRATCH][0];

  /** A scratch array of flags (see {@link #flags}). */
  private boolean[] flags = new boolean[0];

  /** How many scratch arrays {@link #scratch} keeps at first (more are added when asked for). */
  static final int SCRATCH = 16;

  Members(FactSet facts) {
    this.facts = facts;
    for (int i = 0; i < DIMS.length; i++) {
      ids.add(new HashMap<>());
      names.add(new ArrayList<>());
    }
  }

  /** The number of {@code member} in {@code d}, given on first sight. */
  int id(FactDimension d, String member) {
    Map<String, Integer> m = ids.get(d.ordinal());
    Integer id = m.get(member);
    if (id == null) {
      List<String> n = names.get(d.ordinal());
      id = n.size();
      n.add(member);
      m.put(member, id);
    }
    return id;
  }

  /** The number of {@code member} in {@code d}, or -2 when no number was given to it yet. */
  int known(FactDimension d, String member) {
    return ids.get(d.ordinal()).getOrDefault(member, -2);
  }

  /** How many members of {@code d} are numbered so far (every number is below it). */
  int count(FactDimension d) {
    return names.get(d.ordinal()).size();
  }

  /** The most levels walked up a hierarchy from a member (a longer chain, or a cycle, ends there). */
  static final int DEPTH = 16;

  /**
   * The number of the parent of member number {@code id} in {@code d}, -1 when it has none (a parent
   * that names no member is the end; a member a declared tree rejects has none). Ancestors are walked
   * by repeated calls, at most {@link #DEPTH} levels.
   */
  int parent(FactDimension d, int id) {
    int[] p = parents[d.ordinal()];
    int known = id < p.length ? p[id] : 0;
    return known != 0 ? known - 2 : findParent(d, id);
  }

  /** {@link #parent} the first time it is asked of {@code id}: remembered as the number + 2 (0: not known yet). */
  private int findParent(FactDimension d, int id) {
    Optional<String> p = Hierarchy.parentOf(facts, d, names.get(d.ordinal()).get(id));
    int parent = p.isPresent() ? id(d, p.get()) : -1;
    int[] known = parents[d.ordinal()];
    if (id >= known.length) {
      known = Arrays.copyOf(known, Math.max(id + 1, count(d)) * 2);
      parents[d.ordinal()] = known;
    }
    known[id] = parent + 2;
    return parent;
  }

  /**
   * Scratch array {@code k} ({@code k ≥ 0}) of at least {@code n} slots, holding whatever its last
   * user left (callers write before they read, or clear what they use). The rules of a validation
   * run one at a time.
   */
  int[] scratch(int k, int n) {
    if (k >= scratch.length) {
      int old = scratch.length;
      scratch = Arrays.copyOf(scratch, k + 1);
      Arrays.fill(scratch, old, k + 1, new int[0]);
    }
    if (scratch[k].length < n) {
      scratch[k] = new int[n];
    }
    return scratch[k];
  }

  /**
   * A scratch array of at least {@code n} flags, holding whatever its last user left (callers write
   * before they read): one per fact of a group for a hierarchy rule, which made it anew per rule and
   * group (a megabyte per rule for a group of 10⁶ facts).
   */
  boolean[] flags(int n) {
    if (flags.length < n) {
      flags = new boolean[n];
    }
    return flags;
  }

  /** The columns of {@code g}'s facts (members numbered in the dimensions the group uses), built once. */
  Columns columns(DocIndex.TableGroup g) {
    Columns c = columns.get(g);
    if (c == null) {
      List<Fact> fs = g.facts();
      int n = fs.size();
      int[] concept = new int[n];
      int[][] member = new int[DIMS.length][];
      for (FactDimension d : g.dimensions()) {
        member[d.ordinal()] = new int[n];
      }
      // the cells of a row share the row's member strings and those of a column its own: the last
      // member numbered in each dimension is compared by identity before the map is asked
      FactDimension[] used = g.dimensions().toArray(new FactDimension[0]);
      String[] last = new String[used.length];
      int[] lastId = new int[used.length];
      for (int i = 0; i < n; i++) {
        Fact f = fs.get(i);
        concept[i] = f.concept().ordinal();
        Coordinates co = f.coordinates();
        for (int k = 0; k < used.length; k++) {
          String m = co.getOrNull(used[k]);
          int id;
          if (m == null) {
            id = -1;
          } else if (m == last[k]) {
            id = lastId[k];
          } else {
            id = id(used[k], m);
            last[k] = m;
            lastId[k] = id;
          }
          member[used[k].ordinal()][i] = id;
        }
      }
      c = new Columns(concept, member);
      columns.put(g, c);
    }
    return c;
  }
}
