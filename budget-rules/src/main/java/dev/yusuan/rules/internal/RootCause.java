package dev.yusuan.rules.internal;

import dev.yusuan.model.Interval;
import dev.yusuan.model.Provenance;
import dev.yusuan.rules.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups failed equations that share published cells (one wrong value breaks several sums up a tree)
 * and names the most likely culprit: the single cell whose change would satisfy the most failing
 * checks at once. Changing cell c by δ shifts the residual of a check k it enters with sign s by s·δ;
 * the check is fixed when the shifted residual interval contains 0, i.e. δ ∈ −s·E_k. The culprit is the
 * cell with the largest number of such δ-intervals sharing a common point (a sweep over endpoints).
 * Checks of a cell against the same narrative sentence printed twice count once, and on a full tie a
 * narrative value is named before a table cell.
 */
public final class RootCause {
  private RootCause() {}

  public static List<Finding> assign(List<Ctx.Emitted> emitted) {
    int n = emitted.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    Map<Provenance, List<Integer>> byCell = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Ctx.Emitted e = emitted.get(i);
      if (e.residual() == null) {
        continue;
      }
      for (Val.Term t : e.terms()) {
        if (t.sign() != 0) {
          List<Integer> l = byCell.computeIfAbsent(t.at(), k -> new ArrayList<>());
          if (!l.isEmpty()) {
            union(parent, l.get(0), i);
          }
          l.add(i);
        }
      }
    }
    Map<Integer, List<Integer>> comps = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      if (emitted.get(i).residual() != null) {
        comps.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
      }
    }
    Finding[] out = new Finding[n];
    for (int i = 0; i < n; i++) {
      out[i] = emitted.get(i).finding();
    }
    int gid = 0;
    for (List<Integer> comp : comps.values()) {
      if (comp.size() < 2) {
        continue;
      }
      gid++;
      Provenance best = null;
      int bestScore = 0;
      int bestUses = 0;
      // one pass over the component's terms: for each cell, the summed sign it enters each check with
      // (insertion order = component order), so the work is linear in the number of terms
      Map<Provenance, Map<Integer, Integer>> signs = new LinkedHashMap<>();
      for (int i : comp) {
        for (Val.Term t : emitted.get(i).terms()) {
          if (t.sign() != 0) {
            signs.computeIfAbsent(t.at(), k -> new LinkedHashMap<>()).merge(i, t.sign(), Integer::sum);
          }
        }
      }
      for (Map.Entry<Provenance, Map<Integer, Integer>> cell : signs.entrySet()) {
        List<Interval> needed = new ArrayList<>();
        // checks against the same narrative sentence printed more than once are one witness
        java.util.Set<List<Object>> witnesses = new java.util.HashSet<>();
        for (Map.Entry<Integer, Integer> use : cell.getValue().entrySet()) {
          int sign = use.getValue();
          if (sign != 0) {
            Interval r = emitted.get(use.getKey()).residual();
            Interval d = sign > 0 ? r.negate() : r;
            if (Math.abs(sign) > 1) {
              d = d.dividedBy(BigDecimal.valueOf(Math.abs(sign)));
            }
            List<Object> restated = restatement(emitted.get(use.getKey()), cell.getKey(), d);
            if (restated == null || witnesses.add(restated)) {
              needed.add(d);
            }
          }
        }
        int uses = needed.size();
        int score = maxOverlap(needed);
        if (score > bestScore || (score == bestScore && uses > bestUses)
            || (score == bestScore && uses == bestUses && best != null && typed(cell.getKey()) && !typed(best))) {
          best = cell.getKey();
          bestScore = score;
          bestUses = uses;
        }
      }
      String g = "g" + gid;
      for (int i : comp) {
        Finding.Builder b = Finding.builder().from(out[i]).group(g);
        if (best != null) {
          b.culprit(best);
        }
        out[i] = b.build();
      }
    }
    return List.of(out);
  }

  /**
   * What makes a failed check against {@code cell} the same evidence as another: when every other value
   * in it is narrative text (no table), the texts and the change that would fix it; else null (each
   * such check is a witness of its own). A 说明 that prints the same sentence twice (e.g. under 一般公共预算
   * and again under 财政拨款) says one thing, not two.
   */
  private static List<Object> restatement(Ctx.Emitted e, Provenance cell, Interval fix) {
    List<Object> key = new ArrayList<>();
    for (Val.Term t : e.terms()) {
      if (t.sign() != 0 && !t.at().equals(cell)) {
        if (!typed(t.at()) || t.at().text().isEmpty()) {
          return null;
        }
        key.add(t.at().text().get());
      }
    }
    if (key.isEmpty()) {
      return null;
    }
    key.add(fix.lo().stripTrailingZeros());
    key.add(fix.hi().stripTrailingZeros());
    return key;
  }

  /**
   * Whether a value is narrative text rather than a table cell. On a full tie it is the likelier
   * mistake: 说明 is typed by hand, the tables come out of the budget system with their sums.
   */
  private static boolean typed(Provenance p) {
    return p.tableId().isEmpty();
  }

  static int maxOverlap(List<Interval> ivs) {
    List<BigDecimal[]> ev = new ArrayList<>();
    for (Interval iv : ivs) {
      ev.add(new BigDecimal[] {iv.lo(), BigDecimal.ZERO});
      ev.add(new BigDecimal[] {iv.hi(), BigDecimal.ONE});
    }
    ev.sort((a, b) -> {
      int c = a[0].compareTo(b[0]);
      return c != 0 ? c : a[1].compareTo(b[1]);
    });
    int cur = 0;
    int max = 0;
    for (BigDecimal[] e : ev) {
      if (e[1].signum() == 0) {
        cur++;
        max = Math.max(max, cur);
      } else {
        cur--;
      }
    }
    return max;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) {
      p[rb] = ra;
    }
  }
}
