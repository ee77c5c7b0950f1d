package dev.yusuan.rules.internal;

import dev.yusuan.model.Claim;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactKey;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Interval;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Agreement of facts published more than once: between tables, and between narrative and tables. */
public final class Duplicates {
  private Duplicates() {}

  /** Every key published in more than one table cell must agree. */
  public static void tables(Ctx ctx) {
    List<Fact> pubs = new ArrayList<>();
    List<Interval> ivs = new ArrayList<>();
    // a key published once has nothing to agree with
    for (FactKey key : ctx.facts().repeatedKeys()) {
      pubs.clear();
      ivs.clear();
      for (Fact f : ctx.facts().get(key)) {
        if (f.provenance().tableId().isPresent() && inScope(ctx, f)) {
          pubs.add(f);
          ivs.add(ctx.moneyInterval(f.amount()));
        }
      }
      // the usual case: the first publication meets every other, so it is the reference (it meets
      // all n, the most any can) and nothing disagrees with it; no value is made
      if (pubs.size() < 2 || meetsAll(ivs, 0)) {
        continue;
      }
      int ref = reference(ivs);
      List<Val> vals = new ArrayList<>(pubs.size());
      for (Fact f : pubs) {
        vals.add(ctx.money(f));
      }
      for (int i = 0; i < pubs.size(); i++) {
        if (i == ref || ivs.get(i).intersects(ivs.get(ref))) {
          continue;
        }
        Fact f = pubs.get(i);
        Fact r = pubs.get(ref);
        ctx.compare("同一数据 " + key + " 在 " + Fmt.cell(f.provenance()) + " 与 " + Fmt.cell(r.provenance())
                + " 两处公布",
            "The same figure " + key + " is published at " + Fmt.cell(f.provenance()) + " and at "
                + Fmt.cell(r.provenance()),
            vals.get(i), Relation.EQ, vals.get(ref), List.of(f.provenance(), r.provenance()), null, null);
      }
    }
  }

  /** A narrative amount and where it is stated: made a value ({@link Ctx#money}) only when it disagrees. */
  private record Stated(dev.yusuan.model.Amount amount, Provenance at) {}

  /** Every amount stated in the narrative must agree with the tables that publish the same figure. */
  public static void narrative(Ctx ctx) {
    Map<FactKey, List<Stated>> narrative = new LinkedHashMap<>();
    Seen seen = new Seen();
    for (Fact f : ctx.facts().outsideTables()) {
      if (ctx.rule().scope().concepts().contains(f.concept())
          && seen.add(f.key(), f.provenance().line(), f.amount())) {
        narrative.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(new Stated(f.amount(), f.provenance()));
      }
    }
    for (Claim c : ctx.document().claims()) {
      if (c.amount().isEmpty() || !ctx.rule().scope().concepts().contains(c.concept())) {
        continue;
      }
      FactKey key = new FactKey(c.concept(), c.coordinates());
      if (seen.add(key, c.provenance().line(), c.amount().get())) {
        narrative.computeIfAbsent(key, k -> new ArrayList<>()).add(new Stated(c.amount().get(), c.provenance()));
      }
    }
    // with no slack, an amount equals the reference exactly when their intervals meet (Judge.compare
    // on EQ: the difference contains zero), decided without making either value
    boolean noSlack = ctx.tolerance().slackYuan().signum() == 0;
    List<Interval> tv = new ArrayList<>();
    for (Map.Entry<FactKey, List<Stated>> e : narrative.entrySet()) {
      List<Fact> table = new ArrayList<>();
      tv.clear();
      for (Fact f : ctx.facts().get(e.getKey())) {
        if (f.provenance().tableId().isPresent()) {
          table.add(f);
          tv.add(ctx.moneyInterval(f.amount()));
        }
      }
      if (table.isEmpty()) {
        continue;
      }
      int refAt = meetsAll(tv, 0) ? 0 : reference(tv);
      Fact ref = table.get(refAt);
      Interval refIv = tv.get(refAt);
      Val refVal = null;
      FactKey key = e.getKey();
      for (Stated s : e.getValue()) {
        if (noSlack && ctx.moneyInterval(s.amount()).intersects(refIv)) {
          continue;
        }
        if (refVal == null) {
          refVal = ctx.money(ref);
        }
        Val n = ctx.money(s.amount(), s.at());
        Val r = refVal;
        // the words and locations of the finding only for an amount that disagrees
        Lazily.compare(ctx, n, Relation.EQ, r, o -> {
          Provenance at = n.terms().get(0).at();
          List<Provenance> locs = new ArrayList<>();
          locs.add(at);
          table.forEach(f -> locs.add(f.provenance()));
          ctx.emitComparison("说明中的金额 " + at.text().orElse(key.toString()) + " 与表格 " + Fmt.cell(ref.provenance()),
              "The narrative amount " + at.text().orElse(key.toString()) + " and the table cell "
                  + Fmt.cell(ref.provenance()),
              n, Relation.EQ, r, o, locs, null, null, null);
        });
      }
    }
  }

  /** Whether the interval at {@code r} meets every other of {@code ivs}. */
  static boolean meetsAll(List<Interval> ivs, int r) {
    Interval x = ivs.get(r);
    for (int i = 0; i < ivs.size(); i++) {
      if (i != r && !ivs.get(i).intersects(x)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The narrative amounts met so far, told apart as by their text {@code key@line=amount} (as they
   * were until this class) without writing that text for each. The text's parts can be told apart
   * from its end (an amount's text, digits and a unit symbol, holds no {@code =}; a line's no
   * {@code @}), so two texts are equal exactly when the keys' texts, the lines and the amounts' texts
   * are. Two amounts' texts ({@code toPlainString()} and the unit's symbol) are equal exactly when the
   * units are and the values are equal with any negative scale raised to 0; equal keys have equal
   * texts, and the keys are compared as text only when two different keys share a line and an amount.
   */
  static final class Seen {
    /** By line and amount, the key met there, or the list of the keys (with different texts) when several. */
    private final Map<LineAmount, Object> byLineAndAmount = new java.util.HashMap<>();

    /**
     * A line, an amount's value (negative scale raised to 0) and unit; equal when all three are, as
     * the record it was (written out: a record's generated methods went through method handles, a
     * visible share of this check's time).
     */
    private static final class LineAmount {
      private final java.util.OptionalInt line;
      private final BigDecimal plain;
      private final dev.yusuan.model.MoneyUnit unit;

      LineAmount(java.util.OptionalInt line, BigDecimal plain, dev.yusuan.model.MoneyUnit unit) {
        this.line = line;
        this.plain = plain;
        this.unit = unit;
      }

      @Override
      public boolean equals(Object o) {
        return o instanceof LineAmount a && line.equals(a.line) && plain.equals(a.plain) && unit == a.unit;
      }

      @Override
      public int hashCode() {
        return (31 * line.hashCode() + plain.hashCode()) * 31 + unit.hashCode();
      }
    }

    /** Whether {@code key@line=amount} is met for the first time (and remembers it). */
    boolean add(FactKey key, java.util.OptionalInt line, dev.yusuan.model.Amount amount) {
      BigDecimal v = amount.value();
      LineAmount at = new LineAmount(line, v.scale() < 0 ? v.setScale(0) : v, amount.unit());
      // the usual case: the first key met at a line and amount, remembered alone (no list)
      Object known = byLineAndAmount.putIfAbsent(at, key);
      if (known == null) {
        return true;
      }
      List<FactKey> keys;
      if (known instanceof FactKey k) {
        keys = new ArrayList<>(2);
        keys.add(k);
      } else {
        @SuppressWarnings("unchecked")
        List<FactKey> list = (List<FactKey>) known;
        keys = list;
      }
      if (keys.contains(key)) {
        return false;
      }
      String text = key.toString();
      for (FactKey k : keys) {
        if (k.toString().equals(text)) {
          return false;
        }
      }
      keys.add(key);
      byLineAndAmount.put(at, keys);
      return true;
    }
  }

  private static boolean inScope(Ctx ctx, Fact f) {
    return ctx.inScope(f);
  }

  /**
   * The publication agreeing with the most others (the first on ties). An interval meets every other
   * except those lying wholly above it (lo > its hi) or wholly below it (hi < its lo); with the ends
   * sorted, both are counted by binary search, so n publications cost O(n log n), not O(n²).
   */
  static int reference(List<Interval> ivs) {
    int n = ivs.size();
    BigDecimal[] los = new BigDecimal[n];
    BigDecimal[] his = new BigDecimal[n];
    for (int i = 0; i < n; i++) {
      los[i] = ivs.get(i).lo();
      his[i] = ivs.get(i).hi();
    }
    Arrays.sort(los);
    Arrays.sort(his);
    int best = 0;
    int bestCount = -1;
    for (int i = 0; i < n; i++) {
      Interval iv = ivs.get(i);
      int above = n - upperBound(los, iv.hi()); // lo > hi_i
      int below = lowerBound(his, iv.lo()); // hi < lo_i
      int c = n - above - below;
      if (c > bestCount) {
        best = i;
        bestCount = c;
      }
    }
    return best;
  }

  /** The first index whose value is greater than {@code x}. */
  private static int upperBound(BigDecimal[] a, BigDecimal x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid].compareTo(x) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first index whose value is not less than {@code x}. */
  private static int lowerBound(BigDecimal[] a, BigDecimal x) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid].compareTo(x) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
