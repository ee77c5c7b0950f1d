package dev.yusuan.rules.internal;

import dev.yusuan.model.Coordinates;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactSet;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.DisclosureTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sum of children over the hierarchy of one or more dimensions, within each table (group). Facts are
 * bucketed by concept and their coordinates outside the summed dimensions; in a bucket each fact's
 * parent is its nearest published ancestor (descending through unpublished intermediate members), and
 * every published parent with published children must equal their sum. Linear in the facts of the
 * table times the (small) depth of the hierarchies.
 */
public final class Hierarchy {
  private Hierarchy() {}

  public static void check(Ctx ctx, List<FactDimension> dims) {
    Parents parents = new Parents(ctx.facts(), dims);
    for (DocIndex.TableGroup g : ctx.groups()) {
      checkGroup(ctx, dims, g, parents);
    }
  }

  private static void checkGroup(Ctx ctx, List<FactDimension> dims, DocIndex.TableGroup g, Parents parents) {
    // A dimension the table does not use costs nothing (the group knows its dimensions).
    boolean used = false;
    for (FactDimension d : dims) {
      used |= g.dimensions().contains(d);
    }
    if (!used) {
      return;
    }
    List<Fact> fs = g.facts();
    int n = fs.size();
    boolean any = false;
    for (Fact f : fs) {
      if (hasMember(f.coordinates(), dims) && included(ctx, dims, f)) {
        any = true;
        break;
      }
    }
    if (!any) {
      return;
    }
    // Buckets: the included facts by concept and coordinates outside dims, in the order of their
    // first fact, each a chain of fact positions in order. An open-addressing table of positions,
    // hashed and compared in place (no key object per fact).
    int[] next = new int[n];
    int[] tail = new int[n];
    int[] hashes = new int[n];
    int[] heads = new int[n];
    int nHeads = 0;
    int cap = Integer.highestOneBit(Math.max(2, n) - 1) << 2;
    int[] table = new int[cap];
    for (int i = 0; i < n; i++) {
      Fact f = fs.get(i);
      if (!included(ctx, dims, f)) {
        continue;
      }
      Coordinates c = f.coordinates();
      int h = 31 * f.concept().hashCode() + c.hashCodeOutside(dims);
      hashes[i] = h;
      next[i] = -1;
      int slot = (h ^ (h >>> 16)) & (cap - 1);
      while (true) {
        int t = table[slot] - 1;
        if (t < 0) {
          table[slot] = i + 1;
          tail[i] = i;
          heads[nHeads++] = i;
          break;
        }
        Fact head = fs.get(t);
        if (hashes[t] == h && head.concept() == f.concept() && head.coordinates().equalsOutside(c, dims)) {
          next[tail[t]] = i;
          tail[t] = i;
          break;
        }
        slot = (slot + 1) & (cap - 1);
      }
    }
    Val[] money = ctx.moneyCache(g);
    for (int b = 0; b < nHeads; b++) {
      int head = heads[b];
      if (next[head] < 0) {
        continue; // one fact: nothing to sum
      }
      // The bucket's published coordinates, first publication first; within a bucket they differ only
      // in dims, so they are keyed by their members there (null: the total).
      Map<Object, Integer> pub = new LinkedHashMap<>();
      for (int i = head; i >= 0; i = next[i]) {
        pub.putIfAbsent(members(fs.get(i).coordinates(), dims), i);
      }
      if (pub.size() < 2) {
        continue;
      }
      Map<Object, List<Integer>> kids = new LinkedHashMap<>();
      for (Map.Entry<Object, Integer> e : pub.entrySet()) {
        Object p = nearestPublishedAncestor(parents, dims, e.getKey(), pub);
        if (p != NONE) {
          kids.computeIfAbsent(p, k -> new ArrayList<>()).add(e.getValue());
        }
      }
      for (Map.Entry<Object, List<Integer>> e : kids.entrySet()) {
        int parentAt = pub.get(e.getKey());
        List<Integer> children = e.getValue();
        Val reported = money(ctx, money, fs, parentAt);
        BigDecimal slack = ctx.slack(reported);
        List<Val> values = new ArrayList<>(children.size());
        BigDecimal lo = null;
        BigDecimal hi = null;
        for (int c : children) {
          Val v = money(ctx, money, fs, c);
          values.add(v);
          lo = lo == null ? v.iv().lo() : lo.add(v.iv().lo());
          hi = hi == null ? v.iv().hi() : hi.add(v.iv().hi());
        }
        // the usual case, a sum that holds, decided on the bounds alone (as Judge.compare decides it:
        // the difference reported - sum contains zero), without the terms, message or rounding figures
        if (slack.signum() == 0 && reported.iv().lo().compareTo(hi) <= 0
            && reported.iv().hi().compareTo(lo) >= 0) {
          continue;
        }
        Val sum = Val.sum(values);
        Outcome o = Judge.compare(reported, Relation.EQ, sum, slack);
        if (o.pass()) {
          continue;
        }
        // the message and locations of a failed check only (as Ctx.compare would write them)
        Fact parent = fs.get(parentAt);
        List<Provenance> locs = new ArrayList<>();
        locs.add(parent.provenance());
        for (int c : children) {
          locs.add(fs.get(c).provenance());
        }
        String name = label(parent);
        String dz = dims.stream().map(FactDimension::zh).reduce((x, y) -> x + "、" + y).orElse("");
        String de = dims.stream().map(FactDimension::name).reduce((x, y) -> x + ", " + y).orElse("");
        DisclosureTable t = g.first();
        ctx.emitComparison(t.title() + " " + name + " 应等于其" + children.size() + "个下级（" + dz + "）之和",
            t.title() + " " + name + " should equal the sum of its " + children.size() + " children (" + de
                + ")",
            reported, Relation.EQ, sum, o, locs, null, null, null);
      }
    }
  }

  /** The value of the group's fact at {@code i}, computed once per validation. */
  private static Val money(Ctx ctx, Val[] cache, List<Fact> fs, int i) {
    Val v = cache[i];
    if (v == null) {
      v = ctx.money(fs.get(i));
      cache[i] = v;
    }
    return v;
  }

  /** No published ancestor (null is the key of the total). */
  private static final Object NONE = new Object();

  /**
   * The members of {@code c} in {@code dims}, as the key of a published coordinate within a bucket:
   * the member (null when absent) for one dimension, else the list of them.
   */
  private static Object members(Coordinates c, List<FactDimension> dims) {
    if (dims.size() == 1) {
      return c.getOrNull(dims.get(0));
    }
    String[] m = new String[dims.size()];
    for (int k = 0; k < m.length; k++) {
      m[k] = c.getOrNull(dims.get(k));
    }
    return Arrays.asList(m);
  }

  /** Whether the rule sums {@code f}: in its condition and concepts, and not the 财政拨款 total of a fund-source sum. */
  private static boolean included(Ctx ctx, List<FactDimension> dims, Fact f) {
    if (!ctx.rule().condition().test(f) || !ctx.rule().scope().concepts().contains(f.concept())) {
      return false;
    }
    return !(dims.contains(FactDimension.FUND_SOURCE)
        && FundSource.FISCAL_TOTAL.name().equals(f.coordinates().getOrNull(FactDimension.FUND_SOURCE)));
  }

  private static boolean hasMember(Coordinates c, List<FactDimension> dims) {
    for (FactDimension d : dims) {
      if (c.has(d)) {
        return true;
      }
    }
    return false;
  }

  static String label(Fact f) {
    Provenance p = f.provenance();
    StringBuilder b = new StringBuilder();
    p.rowCode().ifPresent(b::append);
    p.rowLabel().ifPresent(l -> b.append(b.length() > 0 ? " " : "").append(l));
    p.columnHeader().ifPresent(h -> b.append(" / ").append(h));
    return b.length() == 0 ? f.key().toString() : b.toString();
  }

  /**
   * The nearest published generalisation, within a bucket, of the coordinates whose members in
   * {@code dims} are {@code key} (see {@link #members}): each dimension walked up its hierarchy
   * independently, the one with the fewest steps wins; {@link #NONE} when there is no member in any
   * of the dimensions or nothing above is published. The bucket's coordinates agree outside
   * {@code dims}, so a generalisation is published exactly when its members are a key of
   * {@code pub}: members are compared in place, no coordinates are built.
   */
  static Object nearestPublishedAncestor(Parents fs, List<FactDimension> dims, Object key,
      Map<Object, Integer> pub) {
    if (dims.size() == 1) {
      return nearestPublishedAncestor(fs, dims.get(0), (String) key, pub);
    }
    @SuppressWarnings("unchecked")
    List<String> members = (List<String>) key;
    List<List<String>> chains = new ArrayList<>();
    boolean any = false;
    for (int k = 0; k < dims.size(); k++) {
      FactDimension d = dims.get(k);
      List<String> chain = new ArrayList<>();
      String m = members.get(k);
      chain.add(m);
      if (m != null) {
        any = true;
        int guard = 0;
        Optional<String> p = fs.of(d, m);
        while (p.isPresent() && guard++ < 16) {
          chain.add(p.get());
          p = fs.of(d, p.get());
        }
        chain.add(null);
      }
      chains.add(chain);
    }
    if (!any) {
      return NONE;
    }
    Object best = NONE;
    int bestSteps = Integer.MAX_VALUE;
    int[] idx = new int[dims.size()];
    while (true) {
      int steps = 0;
      for (int i : idx) {
        steps += i;
      }
      if (steps > 0 && steps < bestSteps) {
        String[] g = new String[dims.size()];
        for (int k = 0; k < dims.size(); k++) {
          g[k] = chains.get(k).get(idx[k]);
        }
        List<String> gk = Arrays.asList(g);
        if (pub.containsKey(gk)) {
          best = gk;
          bestSteps = steps;
        }
      }
      int k = 0;
      while (k < idx.length) {
        idx[k]++;
        if (idx[k] < chains.get(k).size()) {
          break;
        }
        idx[k] = 0;
        k++;
      }
      if (k == idx.length) {
        break;
      }
    }
    return best;
  }

  /**
   * {@link #nearestPublishedAncestor(Parents, List, Object, Map)} for one dimension: the first
   * published member up the chain of {@code m} (at most 16 levels, as there), else the total (null)
   * when published, without building the chain first.
   */
  private static Object nearestPublishedAncestor(Parents fs, FactDimension d, String m, Map<Object, Integer> pub) {
    if (m == null) {
      return NONE;
    }
    int guard = 0;
    Optional<String> p = fs.of(d, m);
    while (p.isPresent() && guard++ < 16) {
      if (pub.containsKey(p.get())) {
        return p.get();
      }
      p = fs.of(d, p.get());
    }
    return pub.containsKey(null) ? null : NONE;
  }

  static Optional<String> parentOf(FactSet fs, FactDimension d, String m) {
    try {
      return fs.parentMember(d, m);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * {@link #parentOf} remembered per dimension for one rule: members repeat across the rows, units and
   * columns of a document, and a code's parent is parsed anew on every call.
   */
  static final class Parents {
    private final FactSet facts;
    /** Per dimension ordinal (no search through the rule's dimensions per call). */
    private final List<Map<String, Optional<String>>> known;

    Parents(FactSet facts, List<FactDimension> dims) {
      this.facts = facts;
      int n = FactDimension.values().length;
      this.known = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        known.add(null);
      }
      for (FactDimension d : dims) {
        known.set(d.ordinal(), new HashMap<>());
      }
    }

    Optional<String> of(FactDimension d, String member) {
      Map<String, Optional<String>> m = known.get(d.ordinal());
      Optional<String> p = m.get(member);
      if (p == null) {
        p = parentOf(facts, d, member);
        m.put(member, p);
      }
      return p;
    }
  }
}
