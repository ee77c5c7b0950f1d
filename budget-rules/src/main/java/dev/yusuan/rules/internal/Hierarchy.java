package dev.yusuan.rules.internal;

import dev.yusuan.model.Coordinates;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactKey;
import dev.yusuan.model.FactSet;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.DisclosureTable;
import java.util.ArrayList;
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
    boolean any = false;
    for (Fact f : g.facts()) {
      if (hasMember(f.coordinates(), dims) && included(ctx, dims, f)) {
        any = true;
        break;
      }
    }
    if (!any) {
      return;
    }
    // Each bucket holds its first fact, and a map of its published coordinates only once a second
    // coordinate arrives: most buckets hold one fact (nothing to sum), and a map for each of them was
    // most of this rule's garbage.
    // sized for the group at once: growing it step by step rehashed every bucket several times
    Map<FactKey, Object> buckets = new LinkedHashMap<>(g.facts().size() * 4 / 3 + 1);
    for (Fact f : g.facts()) {
      if (!included(ctx, dims, f)) {
        continue;
      }
      FactKey k = hasMember(f.coordinates(), dims) ? restKey(f, dims) : f.key();
      Object b = buckets.get(k);
      if (b == null) {
        buckets.put(k, f);
      } else if (b instanceof Fact first) {
        if (!first.coordinates().equals(f.coordinates())) {
          Map<Coordinates, Fact> pub = new LinkedHashMap<>();
          pub.put(first.coordinates(), first);
          pub.put(f.coordinates(), f);
          buckets.put(k, pub);
        }
      } else {
        @SuppressWarnings("unchecked")
        Map<Coordinates, Fact> pub = (Map<Coordinates, Fact>) b;
        pub.putIfAbsent(f.coordinates(), f);
      }
    }
    for (Object b : buckets.values()) {
      if (!(b instanceof Map<?, ?>)) {
        continue; // one published coordinate: nothing to sum
      }
      @SuppressWarnings("unchecked")
      Map<Coordinates, Fact> pub = (Map<Coordinates, Fact>) b;
      Map<Coordinates, List<Fact>> kids = new LinkedHashMap<>();
      for (Fact f : pub.values()) {
        Coordinates p = nearestPublishedAncestor(parents, dims, f.coordinates(), pub);
        if (p != null) {
          kids.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
        }
      }
      for (Map.Entry<Coordinates, List<Fact>> e : kids.entrySet()) {
        Fact parent = pub.get(e.getKey());
        List<Fact> children = e.getValue();
        List<Val> values = new ArrayList<>(children.size());
        for (Fact c : children) {
          values.add(ctx.money(c));
        }
        Val reported = ctx.money(parent);
        Val sum = Val.sum(values);
        Outcome o = Judge.compare(reported, Relation.EQ, sum, ctx.slack(reported));
        if (o.pass()) {
          continue;
        }
        // the message and locations of a failed check only (as Ctx.compare would write them)
        List<Provenance> locs = new ArrayList<>();
        locs.add(parent.provenance());
        for (Fact c : children) {
          locs.add(c.provenance());
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

  /** The bucket of {@code f}: its concept and its coordinates outside {@code dims}. */
  private static FactKey restKey(Fact f, List<FactDimension> dims) {
    Coordinates rest = f.coordinates();
    for (FactDimension d : dims) {
      rest = rest.without(d);
    }
    return new FactKey(f.concept(), rest);
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
   * The nearest published generalisation of {@code c} over {@code dims} (each dimension walked up its
   * hierarchy independently; the one with the fewest steps wins), or null when {@code c} has no member
   * in any of the dimensions or nothing above it is published.
   */
  static Coordinates nearestPublishedAncestor(Parents fs, List<FactDimension> dims, Coordinates c,
      Map<Coordinates, Fact> pub) {
    if (dims.size() == 1) {
      return nearestPublishedAncestor(fs, dims.get(0), c, pub);
    }
    List<List<String>> chains = new ArrayList<>();
    boolean any = false;
    for (FactDimension d : dims) {
      List<String> chain = new ArrayList<>();
      String m = c.getOrNull(d);
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
      return null;
    }
    Coordinates best = null;
    int bestSteps = Integer.MAX_VALUE;
    int[] idx = new int[dims.size()];
    while (true) {
      int steps = 0;
      for (int i : idx) {
        steps += i;
      }
      if (steps > 0 && steps < bestSteps) {
        Coordinates g = c;
        for (int k = 0; k < dims.size(); k++) {
          String m = chains.get(k).get(idx[k]);
          g = m == null ? g.without(dims.get(k)) : g.with(dims.get(k), m);
        }
        if (pub.containsKey(g)) {
          best = g;
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
   * {@link #nearestPublishedAncestor(Parents, List, Coordinates, Map)} for one dimension: the first
   * published member up the chain of {@code c}'s member (at most 16 levels, as there), else the total
   * when published, without building the chain first.
   */
  private static Coordinates nearestPublishedAncestor(Parents fs, FactDimension d, Coordinates c,
      Map<Coordinates, Fact> pub) {
    String m = c.getOrNull(d);
    if (m == null) {
      return null;
    }
    int guard = 0;
    Optional<String> p = fs.of(d, m);
    while (p.isPresent() && guard++ < 16) {
      Coordinates g = c.with(d, p.get());
      if (pub.containsKey(g)) {
        return g;
      }
      p = fs.of(d, p.get());
    }
    Coordinates total = c.without(d);
    return pub.containsKey(total) ? total : null;
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
