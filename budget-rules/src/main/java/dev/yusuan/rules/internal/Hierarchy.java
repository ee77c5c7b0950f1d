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
    for (DocIndex.TableGroup g : ctx.groups()) {
      checkGroup(ctx, dims, g);
    }
  }

  private static void checkGroup(Ctx ctx, List<FactDimension> dims, DocIndex.TableGroup g) {
    FactSet fs = ctx.facts();
    Map<FactKey, Map<Coordinates, Fact>> buckets = new LinkedHashMap<>();
    for (Fact f : g.facts()) {
      if (!ctx.rule().condition().test(f) || !ctx.rule().scope().concepts().contains(f.concept())) {
        continue;
      }
      if (dims.contains(FactDimension.FUND_SOURCE)
          && FundSource.FISCAL_TOTAL.name().equals(f.coordinates().getOrNull(FactDimension.FUND_SOURCE))) {
        continue;
      }
      Coordinates rest = f.coordinates();
      for (FactDimension d : dims) {
        rest = rest.without(d);
      }
      buckets.computeIfAbsent(new FactKey(f.concept(), rest), k -> new LinkedHashMap<>())
          .putIfAbsent(f.coordinates(), f);
    }
    for (Map.Entry<FactKey, Map<Coordinates, Fact>> b : buckets.entrySet()) {
      Map<Coordinates, Fact> pub = b.getValue();
      if (pub.size() < 2) {
        continue;
      }
      Map<Coordinates, List<Fact>> kids = new LinkedHashMap<>();
      for (Fact f : pub.values()) {
        Coordinates p = nearestPublishedAncestor(fs, dims, f.coordinates(), pub);
        if (p != null) {
          kids.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
        }
      }
      for (Map.Entry<Coordinates, List<Fact>> e : kids.entrySet()) {
        Fact parent = pub.get(e.getKey());
        List<Fact> children = e.getValue();
        Val sum = null;
        List<Provenance> locs = new ArrayList<>();
        locs.add(parent.provenance());
        for (Fact c : children) {
          Val v = ctx.money(c);
          sum = sum == null ? v : sum.plus(v);
          locs.add(c.provenance());
        }
        String name = label(parent);
        String dz = dims.stream().map(FactDimension::zh).reduce((x, y) -> x + "、" + y).orElse("");
        String de = dims.stream().map(FactDimension::name).reduce((x, y) -> x + ", " + y).orElse("");
        DisclosureTable t = g.first();
        ctx.compare(t.title() + " " + name + " 应等于其" + children.size() + "个下级（" + dz + "）之和",
            t.title() + " " + name + " should equal the sum of its " + children.size() + " children (" + de
                + ")",
            ctx.money(parent), Relation.EQ, sum, locs, null, null);
      }
    }
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
  static Coordinates nearestPublishedAncestor(FactSet fs, List<FactDimension> dims, Coordinates c,
      Map<Coordinates, Fact> pub) {
    List<List<String>> chains = new ArrayList<>();
    boolean any = false;
    for (FactDimension d : dims) {
      List<String> chain = new ArrayList<>();
      String m = c.getOrNull(d);
      chain.add(m);
      if (m != null) {
        any = true;
        int guard = 0;
        Optional<String> p = parentOf(fs, d, m);
        while (p.isPresent() && guard++ < 16) {
          chain.add(p.get());
          p = parentOf(fs, d, p.get());
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

  static Optional<String> parentOf(FactSet fs, FactDimension d, String m) {
    try {
      return fs.parentMember(d, m);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
