package dev.yusuan.rules.internal;

import dev.yusuan.model.Concept;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactSet;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.Interval;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.DisclosureTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    boolean[] concepts = new boolean[Concept.values().length];
    for (Concept c : ctx.rule().scope().concepts()) {
      concepts[c.ordinal()] = true;
    }
    int[] seen = new int[0];
    for (DocIndex.TableGroup g : ctx.groups()) {
      seen = checkGroup(ctx, dims, g, concepts, seen);
    }
  }

  /**
   * Checks the sums of one table group; {@code seen} is scratch space (every slot -1), returned
   * grown when the group needs more.
   */
  private static int[] checkGroup(Ctx ctx, List<FactDimension> dims, DocIndex.TableGroup g, boolean[] concepts,
      int[] seen) {
    // A dimension the table does not use costs nothing (the group knows its dimensions).
    boolean used = false;
    for (FactDimension d : dims) {
      used |= g.dimensions().contains(d);
    }
    if (!used) {
      return seen;
    }
    List<Fact> fs = g.facts();
    int n = fs.size();
    // the group's facts as columns of member numbers, shared by the hierarchy rules of the validation
    Members members = ctx.members();
    Members.Columns cols = members.columns(g);
    int[] concept = cols.concept();
    // the summed dimensions' columns, in the order of dims (null: no fact of the group has a member there)
    int[][] summed = new int[dims.size()][];
    for (int k = 0; k < summed.length; k++) {
      summed[k] = cols.member()[dims.get(k).ordinal()];
    }
    List<int[]> restList = new ArrayList<>();
    for (FactDimension d : g.dimensions()) {
      if (!dims.contains(d)) {
        restList.add(cols.member()[d.ordinal()]);
      }
    }
    int[][] rest = restList.toArray(new int[0][]);
    // which facts the rule sums: in its concepts and condition, and not a fund source that is no
    // addend (the 财政拨款 total, a 其中 row: FundSource.addend)
    int[] fund = dims.contains(FactDimension.FUND_SOURCE) ? cols.member()[FactDimension.FUND_SOURCE.ordinal()] : null;
    int[] notAddends = fund == null ? NONE : notAddends(members);
    // (null when the rule has no condition: asked of every fact by every hierarchy rule, it made each
    // fetch the fact itself, which at 10⁶ facts is a cache miss)
    java.util.function.Predicate<Fact> condition = ctx.rule().hasCondition() ? ctx.rule().condition() : null;
    boolean[] in = members.flags(n);
    boolean any = false;
    // whether the included facts differ in a summed dimension: when they all have the same members
    // there (a table of one fund source, for the sum over fund sources), every bucket holds one
    // coordinate and nothing is summed, so the facts are not bucketed
    int first = -1;
    boolean varies = false;
    for (int i = 0; i < n; i++) {
      in[i] = concepts[concept[i]] && (notAddends.length == 0 || addend(fund[i], notAddends))
          && (condition == null || condition.test(fs.get(i)));
      if (in[i]) {
        if (!any) {
          for (int[] m : summed) {
            any |= m != null && m[i] >= 0;
          }
        }
        if (first < 0) {
          first = i;
        } else if (!varies) {
          for (int[] m : summed) {
            varies |= m != null && m[i] != m[first];
          }
        }
      }
    }
    if (!any || !varies) {
      return seen;
    }
    // Buckets: the included facts by concept and members outside dims, numbered in the order of
    // their first fact. An open-addressing table of bucket numbers, hashed and compared on member
    // numbers (no key object per fact, no fact visited).
    // (scratch shared by the rules of the validation: every slot read below is written first, but
    // the table's, which is cleared)
    int[] bucket = members.scratch(0, n);
    int[] size = members.scratch(1, n);
    int[] hashOf = members.scratch(2, n);
    int[] heads = members.scratch(3, n);
    int nHeads = 0;
    // sized for the buckets, not the facts (a rule often has a few buckets per table): grown to keep
    // at most half of it used, so that a small table stays in the cache
    int cap = Math.min(MIN_TABLE, Integer.highestOneBit(Math.max(2, n) - 1) << 2);
    int[] table = members.scratch(4, cap);
    Arrays.fill(table, 0, cap, 0);
    // the buckets met last, by the low bits of their hashes: a bucket's facts are mostly near one
    // another (the cells of a row, the rows of a column), and a large document's table of buckets
    // (megabytes at 10⁶ facts) is probed only for the others. The same bucket is found either way.
    int[] recent = new int[RECENT];
    Arrays.fill(recent, -1);
    for (int i = 0; i < n; i++) {
      if (!in[i]) {
        continue;
      }
      // member numbers are small and dense: each is mixed in (a plain 31 * h + m would give equal
      // hashes to many buckets, and long probe runs)
      int h = mix(concept[i]);
      for (int[] m : rest) {
        h = mix(h + m[i]);
      }
      int r = recent[h & (RECENT - 1)];
      if (r >= 0 && hashOf[r] == h && sameBucket(concept, rest, heads[r], i)) {
        bucket[i] = r;
        size[r]++;
        continue;
      }
      int slot = h & (cap - 1);
      while (true) {
        int t = table[slot] - 1;
        if (t < 0) {
          table[slot] = nHeads + 1;
          bucket[i] = nHeads;
          size[nHeads] = 1;
          hashOf[nHeads] = h;
          recent[h & (RECENT - 1)] = nHeads;
          heads[nHeads++] = i;
          if (2 * nHeads > cap) {
            cap <<= 1;
            table = members.scratch(4, cap);
            rehash(table, cap, nHeads, hashOf);
          }
          break;
        }
        if (hashOf[t] == h && sameBucket(concept, rest, heads[t], i)) {
          bucket[i] = t;
          size[t]++;
          recent[h & (RECENT - 1)] = t;
          break;
        }
        slot = (slot + 1) & (cap - 1);
      }
    }
    // The facts of the buckets of two facts or more laid out bucket after bucket (a counting sort,
    // positions in order within a bucket), with their members in the summed dimensions beside them:
    // a bucket's facts are then read in one run, even when they lie a table apart in the group (the
    // sum over budget units of a document of many unit tables), instead of following a chain through
    // arrays of the group's size. start[b] … start[b] + size[b] - 1 are bucket b's slots; a bucket of
    // one fact has none (nothing to sum).
    int[] start = members.scratch(13, nHeads + 1);
    int laid = 0;
    for (int b = 0; b < nHeads; b++) {
      start[b] = laid;
      if (size[b] > 1) {
        laid += size[b];
      }
    }
    start[nHeads] = laid;
    int[] order = members.scratch(14, laid);
    int[][] laidIds = new int[summed.length][];
    for (int k = 0; k < summed.length; k++) {
      laidIds[k] = summed[k] == null ? null : members.scratch(15 + k, laid);
    }
    if (laid > 0) {
      // the sizes are no longer needed: their array holds each bucket's next slot (-1: not laid out)
      int[] cursor = size;
      for (int b = 0; b < nHeads; b++) {
        cursor[b] = size[b] > 1 ? start[b] : -1;
      }
      for (int i = 0; i < n; i++) {
        if (!in[i]) {
          continue;
        }
        int c = cursor[bucket[i]];
        if (c < 0) {
          continue;
        }
        cursor[bucket[i]] = c + 1;
        order[c] = i;
        for (int k = 0; k < summed.length; k++) {
          if (summed[k] != null) {
            laidIds[k][c] = summed[k][i];
          }
        }
      }
    }
    if (dims.size() == 1 && seen.length < members.count(dims.get(0))) {
      seen = new int[members.count(dims.get(0)) * 2];
      Arrays.fill(seen, -1);
    }
    Interval.Column money = ctx.moneyCache(g);
    Interval.Sum sumOfKids = new Interval.Sum();
    Sums sums = new Sums();
    Search search = dims.size() == 1 ? null : new Search(members, dims, laidIds);
    for (int b = 0; b < nHeads; b++) {
      int from = start[b];
      int to = start[b + 1];
      if (to - from < 2) {
        continue; // one fact: nothing to sum
      }
      // each published parent with its published children (by position), parents in the order of
      // their first child
      Sums kids = dims.size() == 1
          ? kidsOnOne(members, dims.get(0), laidIds[0], order, from, to, seen, sums)
          : kidsOnMany(members, search, order, from, to, sums);
      if (kids == null) {
        continue;
      }
      BigDecimal slack = ctx.tolerance().slackYuan();
      for (int e = 0; e < kids.count; e++) {
        int parentAt = kids.parent[e];
        int kFrom = kids.start[e];
        int kTo = kids.start[e + 1];
        // the usual case, a sum that holds, decided on the intervals alone (as Judge.compare decides
        // it: the difference reported - sum contains zero), without the values' terms, message or
        // rounding figures; on the long form of the intervals when they fit
        // (the children's intervals added in place: no Interval per addition, nor per cached cell)
        sumOfKids.clear();
        for (int c = kFrom; c < kTo; c++) {
          sumOfKids.add(money, interval(ctx, money, fs, kids.child[c]));
        }
        if (slack.signum() == 0 && sumOfKids.intersects(money, interval(ctx, money, fs, parentAt))) {
          continue;
        }
        Val reported = ctx.money(fs.get(parentAt));
        List<Val> values = new ArrayList<>(kTo - kFrom);
        for (int c = kFrom; c < kTo; c++) {
          values.add(ctx.money(fs.get(kids.child[c])));
        }
        Val sum = Val.sum(values);
        Outcome o = Judge.compare(reported, Relation.EQ, sum, ctx.slack(reported));
        if (o.pass()) {
          continue;
        }
        // the message and locations of a failed check only (as Ctx.compare would write them)
        Fact parent = fs.get(parentAt);
        List<Provenance> locs = new ArrayList<>();
        locs.add(parent.provenance());
        for (int c = kFrom; c < kTo; c++) {
          locs.add(fs.get(kids.child[c]).provenance());
        }
        String name = label(parent);
        String dz = dims.stream().map(FactDimension::zh).reduce((x, y) -> x + "、" + y).orElse("");
        String de = dims.stream().map(FactDimension::name).reduce((x, y) -> x + ", " + y).orElse("");
        DisclosureTable t = g.first();
        ctx.emitComparison(t.title() + " " + name + " 应等于其" + (kTo - kFrom) + "个下级（" + dz + "）之和",
            t.title() + " " + name + " should equal the sum of its " + (kTo - kFrom) + " children (" + de
                + ")",
            reported, Relation.EQ, sum, o, locs, null, null, null);
      }
    }
    return seen;
  }

  /** How many buckets the bucketing remembers before it probes its table (a power of two). */
  private static final int RECENT = 16;

  /** The first size of a rule's bucket table (a power of two). */
  private static final int MIN_TABLE = 1 << 10;

  /** The fund sources no sum counts ({@link FundSource#addend()}). */
  private static final List<FundSource> NOT_ADDENDS =
      java.util.Arrays.stream(FundSource.values()).filter(m -> !m.addend()).toList();

  private static final int[] NONE = new int[0];

  /** The member numbers of the {@link #NOT_ADDENDS} numbered so far, in their order. */
  private static int[] notAddends(Members members) {
    int[] k = new int[NOT_ADDENDS.size()];
    int n = 0;
    for (FundSource m : NOT_ADDENDS) {
      int id = members.known(FactDimension.FUND_SOURCE, m.name());
      if (id >= 0) {
        k[n++] = id;
      }
    }
    return n == k.length ? k : Arrays.copyOf(k, n);
  }

  /** Whether the fund-source member number {@code m} (negative: none) is not one of {@code notAddends}. */
  private static boolean addend(int m, int[] notAddends) {
    for (int k : notAddends) {
      if (m == k) {
        return false;
      }
    }
    return true;
  }

  /** Fills {@code table}'s first {@code cap} slots with the bucket numbers + 1, by their hashes. */
  private static void rehash(int[] table, int cap, int nHeads, int[] hashOf) {
    Arrays.fill(table, 0, cap, 0);
    for (int b = 0; b < nHeads; b++) {
      int slot = hashOf[b] & (cap - 1);
      while (table[slot] != 0) {
        slot = (slot + 1) & (cap - 1);
      }
      table[slot] = b + 1;
    }
  }

  /** The MurmurHash3 finaliser: every bit of {@code h} moves every bit of the result. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  private static boolean sameBucket(int[] concept, int[][] rest, int a, int b) {
    if (concept[a] != concept[b]) {
      return false;
    }
    for (int[] m : rest) {
      if (m[a] != m[b]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sums of a bucket: published parents, in the order of their first child, each with its
   * children (positions in the group's facts) {@code child[start[e]] … child[start[e + 1] - 1]}, in
   * order. The arrays may be scratch arrays, valid until the next bucket.
   */
  static final class Sums {
    int count;
    int[] parent;
    int[] start;
    int[] child;
  }

  /**
   * The sums of a bucket over one dimension: its facts are {@code order[from … to)} (positions in the
   * group's facts, in order), their member numbers there {@code ids[from … to)}: the published
   * members, first publication first (within a bucket the facts differ only in that dimension); each
   * one's parent is the nearest published ancestor, else the total (no member) when published. Null
   * when fewer than two members are published. {@code seen} (scratch, by member number, -1 when
   * unset) is left as it was found. Fills and returns {@code sums} with scratch arrays (no boxed
   * position or list per fact).
   */
  private static Sums kidsOnOne(Members members, FactDimension d, int[] ids, int[] order, int from, int to,
      int[] seen, Sums sums) {
    // the published facts by publication order k (their slots j in order and ids); seen[member] = its
    // k; totalK the total's
    int[] pub = members.scratch(5, to - from);
    int totalK = -1;
    int np = 0;
    for (int j = from; j < to; j++) {
      int id = ids[j];
      if (id < 0) {
        if (totalK < 0) {
          totalK = np;
          pub[np++] = j;
        }
      } else if (seen[id] < 0) {
        seen[id] = np;
        pub[np++] = j;
      }
    }
    Sums result = null;
    if (np >= 2) {
      int[] parentK = members.scratch(6, np);
      for (int k = 0; k < np; k++) {
        parentK[k] = -1;
        int id = ids[pub[k]];
        if (id < 0) {
          continue; // the total has no parent
        }
        int p = -1;
        int a = members.parent(d, id);
        for (int level = 0; a >= 0 && level < Members.DEPTH; level++) {
          if (a < seen.length && seen[a] >= 0) {
            p = seen[a];
            break;
          }
          a = members.parent(d, a);
        }
        parentK[k] = p < 0 ? totalK : p;
      }
      result = layout(members, order, pub, parentK, np, sums);
    }
    for (int k = 0; k < np; k++) {
      int id = ids[pub[k]];
      if (id >= 0) {
        seen[id] = -1;
      }
    }
    return result;
  }

  /**
   * Lays out the sums of a bucket whose published facts are {@code pub[0 … np)} (slots of
   * {@code order}, which holds their positions in the group's facts; first publication first), {@code parentK[k]} the publication number of the parent of the k-th (-1:
   * none): each parent in the order of its first child, its children in publication order. Fills and
   * returns {@code sums} with scratch arrays.
   */
  private static Sums layout(Members members, int[] order, int[] pub, int[] parentK, int np, Sums sums) {
    int[] slotOfK = members.scratch(7, np);
    Arrays.fill(slotOfK, 0, np, -1);
    int[] parent = members.scratch(8, np);
    int[] start = members.scratch(9, np + 1);
    int[] cursor = members.scratch(10, np + 1);
    int[] child = members.scratch(11, np);
    int slots = 0;
    for (int k = 0; k < np; k++) {
      int p = parentK[k];
      if (p >= 0) {
        if (slotOfK[p] < 0) {
          slotOfK[p] = slots;
          parent[slots] = order[pub[p]];
          cursor[slots] = 0;
          slots++;
        }
        cursor[slotOfK[p]]++;
      }
    }
    // children counted per parent; laid out in order (as appending each to its parent's list)
    int at = 0;
    for (int e = 0; e < slots; e++) {
      start[e] = at;
      at += cursor[e];
      cursor[e] = start[e];
    }
    start[slots] = at;
    for (int k = 0; k < np; k++) {
      if (parentK[k] >= 0) {
        child[cursor[slotOfK[parentK[k]]]++] = order[pub[k]];
      }
    }
    sums.count = slots;
    sums.parent = parent;
    sums.start = start;
    sums.child = child;
    return sums;
  }

  /**
   * The sums of a bucket over several dimensions, as {@link #kidsOnOne}: the bucket's published
   * coordinates (within a bucket they differ only in the summed dimensions, so they are told apart
   * by their member numbers there, -1 for none) in an open-addressing table of publication numbers;
   * each one's parent is its nearest published generalisation ({@link Search#nearest}). Null when
   * fewer than two coordinates are published. No object per fact or per coordinate.
   */
  private static Sums kidsOnMany(Members members, Search search, int[] order, int from, int to, Sums sums) {
    int count = to - from;
    int[] pub = members.scratch(5, count);
    // at most half the table used
    int cap = Integer.highestOneBit(Math.max(2, count) - 1) << 2;
    int[] table = members.scratch(12, cap);
    Arrays.fill(table, 0, cap, 0);
    int[] key = search.key;
    int np = 0;
    for (int j = from; j < to; j++) {
      for (int k = 0; k < key.length; k++) {
        key[k] = search.member(k, j);
      }
      if (search.find(table, cap, pub, key) < 0) {
        search.insert(table, cap, key, np);
        pub[np++] = j;
      }
    }
    if (np < 2) {
      return null;
    }
    int[] parentK = members.scratch(6, np);
    for (int k = 0; k < np; k++) {
      parentK[k] = search.nearest(table, cap, pub, pub[k]);
    }
    return layout(members, order, pub, parentK, np, sums);
  }

  /**
   * The search for the nearest published generalisation of a coordinate over several dimensions,
   * with its scratch space (one per rule and table group). Each summed dimension is walked up its
   * hierarchy (the member, its ancestors nearest first as {@link Members#parent} walks them, then
   * no member), and among the combinations of steps the published one with the fewest steps in all
   * wins; between equal step counts the first in the order that varies the first dimension fastest.
   */
  static final class Search {
    private final Members members;
    private final FactDimension[] dims;
    /**
     * The summed dimensions' member numbers of the bucket's facts, by slot of the bucket layout, in
     * the order of {@link #dims} (null: no member in the group).
     */
    private final int[][] ids;
    /** A coordinate's member numbers in {@link #dims} (-1: none). */
    final int[] key;
    /** The candidate generalisation being looked up. */
    private final int[] probe;
    /**
     * Per dimension: the coordinate's member's ancestors (nearest first, the first {@code length - 2}
     * slots), and the length of its walk (member, ancestors, none).
     */
    private final int[][] up;
    private final int[] length;

    Search(Members members, List<FactDimension> dims, int[][] ids) {
      this.members = members;
      this.dims = dims.toArray(new FactDimension[0]);
      this.ids = ids;
      this.key = new int[ids.length];
      this.probe = new int[ids.length];
      this.up = new int[ids.length][Members.DEPTH];
      this.length = new int[ids.length];
    }

    /** The member number of the fact laid out at slot {@code i} in summed dimension {@code k}, -1 for none. */
    int member(int k, int i) {
      int[] m = ids[k];
      return m == null ? -1 : m[i];
    }

    /** Step {@code j} of the walk up dimension {@code k} from {@link #key}: the member, its ancestors, -1. */
    private int step(int k, int j) {
      if (j == 0) {
        return key[k];
      }
      return j < length[k] - 1 ? up[k][j - 1] : -1;
    }

    private int hash(int[] t) {
      int h = 0;
      for (int m : t) {
        h = mix(h + m);
      }
      return h;
    }

    /** The publication number of the coordinate whose members are {@code t}, -1 when not published. */
    int find(int[] table, int cap, int[] pub, int[] t) {
      int slot = hash(t) & (cap - 1);
      while (true) {
        int k = table[slot] - 1;
        if (k < 0) {
          return -1;
        }
        int at = pub[k];
        boolean same = true;
        for (int d = 0; d < t.length && same; d++) {
          same = member(d, at) == t[d];
        }
        if (same) {
          return k;
        }
        slot = (slot + 1) & (cap - 1);
      }
    }

    void insert(int[] table, int cap, int[] t, int k) {
      int slot = hash(t) & (cap - 1);
      while (table[slot] != 0) {
        slot = (slot + 1) & (cap - 1);
      }
      table[slot] = k + 1;
    }

    /**
     * The publication number of the nearest published generalisation of the coordinate of the fact
     * laid out at slot {@code at}, -1 when it has no member in any summed dimension or nothing above
     * it is published: the step counts are tried in increasing order, and for each the combinations
     * in the order described above (the last dimension's step the most significant).
     */
    int nearest(int[] table, int cap, int[] pub, int at) {
      boolean any = false;
      int most = 0;
      for (int k = 0; k < key.length; k++) {
        key[k] = member(k, at);
        if (key[k] >= 0) {
          any = true;
          int n = 0;
          for (int a = members.parent(dims[k], key[k]); a >= 0 && n < Members.DEPTH; a = members.parent(dims[k], a)) {
            up[k][n++] = a;
          }
          length[k] = n + 2;
        } else {
          length[k] = 1;
        }
        most += length[k] - 1;
      }
      if (!any) {
        return -1;
      }
      for (int steps = 1; steps <= most; steps++) {
        int p = first(table, cap, pub, key.length - 1, steps);
        if (p >= 0) {
          return p;
        }
      }
      return -1;
    }

    /**
     * The first published combination whose dimensions {@code 0 … k} take {@code steps} steps in all
     * (the higher dimensions already set in {@link #probe}), -1 when none.
     */
    private int first(int[] table, int cap, int[] pub, int k, int steps) {
      if (k == 0) {
        if (steps >= length[0]) {
          return -1;
        }
        probe[0] = step(0, steps);
        return find(table, cap, pub, probe);
      }
      for (int j = 0; j <= steps && j < length[k]; j++) {
        probe[k] = step(k, j);
        int p = first(table, cap, pub, k - 1, steps - j);
        if (p >= 0) {
          return p;
        }
      }
      return -1;
    }
  }

  /**
   * {@code i}, once the interval of the group's fact at {@code i} ({@link Ctx#moneyInterval}) is in
   * {@code cache}: computed once per validation.
   */
  private static int interval(Ctx ctx, Interval.Column cache, List<Fact> fs, int i) {
    if (!cache.isSet(i)) {
      cache.set(i, ctx.moneyInterval(fs.get(i).amount()));
    }
    return i;
  }

  static String label(Fact f) {
    Provenance p = f.provenance();
    StringBuilder b = new StringBuilder();
    p.rowCode().ifPresent(b::append);
    p.rowLabel().ifPresent(l -> b.append(b.length() > 0 ? " " : "").append(l));
    p.columnHeader().ifPresent(h -> b.append(" / ").append(h));
    return b.length() == 0 ? f.key().toString() : b.toString();
  }

  static Optional<String> parentOf(FactSet fs, FactDimension d, String m) {
    try {
      return fs.parentMember(d, m);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
