package dev.yusuan.rules;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactKey;
import dev.yusuan.model.FundSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Test oracle, written independently of the engine: the linear relations (Σ sign·value = 0 for the
 * true values) that the published money figures of a generated Zhejiang document obey, and for each
 * how much rounding can explain. A relation's rounding allowance is the sum of the half-ulps of all
 * its published terms; one published last digit beyond that is a near miss (docs/design-notes.md
 * item 6); more is an error.
 *
 * <p>Relations: the same figure published twice (duplicates, narrative against tables); hierarchy sums
 * within each table (function and economic codes, spending types, the “三公” items, budget units and
 * projects); the balances of the two summary tables; procurement total = goods + works + services.
 */
final class RoundingOracle {
  private RoundingOracle() {}

  record Term(Fact fact, int sign) {}

  record Relation(String name, List<Term> terms) {
    boolean has(Fact f) {
      return terms.stream().anyMatch(t -> t.fact() == f);
    }

    int signOf(Fact f) {
      return terms.stream().filter(t -> t.fact() == f).findFirst().orElseThrow().sign();
    }

    /** Σ sign·published value, in 元. */
    BigDecimal residual() {
      BigDecimal r = BigDecimal.ZERO;
      for (Term t : terms) {
        r = r.add(t.fact().amount().inYuan().multiply(BigDecimal.valueOf(t.sign())));
      }
      return r;
    }

    /** Σ half-ulps of the published terms, in 元. */
    BigDecimal allowance() {
      BigDecimal a = BigDecimal.ZERO;
      for (Term t : terms) {
        a = a.add(halfUlpYuan(t.fact()));
      }
      return a;
    }

    /** The coarsest published step among the terms, in 元. */
    BigDecimal ulp() {
      return terms.stream().map(t -> halfUlpYuan(t.fact()).multiply(BigDecimal.valueOf(2)))
          .reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /** How far beyond the allowance the relation misses when {@code f} is moved by {@code deltaYuan}. */
    BigDecimal gapAfter(Fact f, BigDecimal deltaYuan) {
      BigDecimal r = residual().add(deltaYuan.multiply(BigDecimal.valueOf(signOf(f))));
      return r.abs().subtract(allowance());
    }

    @Override
    public String toString() {
      StringBuilder b = new StringBuilder(name).append(": ");
      for (Term t : terms) {
        b.append(t.sign() > 0 ? " +" : " -").append(t.fact().amount()).append('@')
            .append(t.fact().provenance().tableId().orElse("说明")).append(t.fact().coordinates());
      }
      return b.append(" residual ").append(residual()).append("元 allowance ").append(allowance()).append("元")
          .toString();
    }
  }

  static BigDecimal halfUlpYuan(Fact f) {
    return f.amount().unit().convert(f.amount().halfUlp(), dev.yusuan.model.MoneyUnit.YUAN);
  }

  /** Every relation of the document. */
  static List<Relation> relations(BudgetDocument d) {
    List<Relation> out = new ArrayList<>();
    Map<FactKey, List<Fact>> byKey = new LinkedHashMap<>();
    for (Fact f : d.facts()) {
      byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
    }
    // the same figure published more than once
    for (List<Fact> pubs : byKey.values()) {
      for (int i = 0; i < pubs.size(); i++) {
        for (int j = i + 1; j < pubs.size(); j++) {
          out.add(new Relation("duplicate", List.of(new Term(pubs.get(i), 1), new Term(pubs.get(j), -1))));
        }
      }
    }
    // hierarchy sums within each table
    hierarchy(d, out, Set.of(FactDimension.FUNCTION), (p, c) -> codeChild(p, c, 7));
    hierarchy(d, out, Set.of(FactDimension.ECONOMIC), (p, c) -> codeChild(p, c, 5));
    hierarchy(d, out, Set.of(FactDimension.SPENDING_TYPE), RoundingOracle::spendingChild);
    hierarchy(d, out, Set.of(FactDimension.THREE_PUBLIC_ITEM), RoundingOracle::threePublicChild);
    hierarchy(d, out, Set.of(FactDimension.BUDGET_UNIT, FactDimension.PROJECT), (p, c) -> p.isEmpty() && !c.isEmpty());
    fundSources(d, out);
    projectLevels(d, out);
    // balances of the summary tables and the procurement total (keys published exactly once)
    Coordinates none = Coordinates.EMPTY;
    Coordinates fa = fs(FundSource.FISCAL_APPROPRIATION);
    keyEq(byKey, out, Concept.REVENUE, none, Concept.USES_TOTAL, none);
    keyEq(byKey, out, Concept.REVENUE, fs(FundSource.CURRENT_YEAR), Concept.REVENUE, fa);
    keyEq(byKey, out, Concept.REVENUE, none, Concept.REVENUE, fs(FundSource.CURRENT_YEAR));
    keyEq(byKey, out, Concept.USES_TOTAL, none, Concept.EXPENDITURE, none);
    keyEq(byKey, out, Concept.REVENUE, fs(FundSource.FISCAL_TOTAL), Concept.REVENUE, fa);
    keyEq(byKey, out, Concept.REVENUE, fs(FundSource.FISCAL_TOTAL), Concept.USES_TOTAL, fa);
    keyEq(byKey, out, Concept.USES_TOTAL, fa, Concept.EXPENDITURE, fa);
    keyEq(byKey, out, Concept.EXPENDITURE, fa, Concept.EXPENDITURE, fs(FundSource.GENERAL_PUBLIC_BUDGET));
    Fact total = once(byKey, Concept.PROCUREMENT, none);
    if (total != null) {
      List<Term> terms = new ArrayList<>(List.of(new Term(total, 1)));
      boolean ok = true;
      for (String t : List.of("GOODS", "WORKS", "SERVICES")) {
        List<Fact> l = byKey.getOrDefault(new FactKey(Concept.PROCUREMENT, none.with(FactDimension.PROCUREMENT_TYPE, t)),
            List.of());
        ok &= l.size() <= 1;
        l.forEach(f -> terms.add(new Term(f, -1)));
      }
      if (ok && terms.size() > 1) {
        out.add(new Relation("procurement", terms));
      }
    }
    return out;
  }

  /**
   * Fund sources within a table row or column: a published source equals the sum of the published
   * sources nearest below it (总计 → 一般公共预算 when the levels between are not published).
   */
  private static void fundSources(BudgetDocument d, List<Relation> out) {
    Map<String, List<Fact>> groups = new LinkedHashMap<>();
    for (Fact f : d.facts()) {
      if (f.provenance().tableId().isPresent()) {
        groups.computeIfAbsent(f.provenance().tableId().get() + "|" + f.concept() + "|"
            + f.coordinates().without(FactDimension.FUND_SOURCE), k -> new ArrayList<>()).add(f);
      }
    }
    for (List<Fact> g : groups.values()) {
      Map<String, Fact> by = new LinkedHashMap<>();
      g.forEach(f -> by.put(f.coordinates().get(FactDimension.FUND_SOURCE).orElse(""), f));
      for (Map.Entry<String, Fact> parent : by.entrySet()) {
        if (parent.getKey().equals("FISCAL_TOTAL")) {
          continue;
        }
        List<Term> terms = new ArrayList<>(List.of(new Term(parent.getValue(), 1)));
        for (Map.Entry<String, Fact> c : by.entrySet()) {
          if (!c.getKey().isEmpty() && !c.getKey().equals("FISCAL_TOTAL")
              && nearestPublishedAncestor(FundSource.valueOf(c.getKey()), by).equals(parent.getKey())) {
            terms.add(new Term(c.getValue(), -1));
          }
        }
        if (terms.size() > 1) {
          out.add(new Relation("sum FUND_SOURCE in " + parent.getValue().provenance().tableId().get(), terms));
        }
      }
    }
  }

  private static String nearestPublishedAncestor(FundSource s, Map<String, Fact> published) {
    for (FundSource p = s.parent().orElse(null); p != null;
        p = p.parent().orElse(null)) {
      if (published.containsKey(p.name())) {
        return p.name();
      }
    }
    return "";
  }

  /** Per budget unit and column, the level-2 projects (T10-2) add up to the level-1 projects (T10-1). */
  private static void projectLevels(BudgetDocument d, List<Relation> out) {
    Map<String, List<Term>> groups = new LinkedHashMap<>();
    for (Fact f : d.facts()) {
      String t = f.provenance().tableId().orElse("");
      if ((t.equals("T10-1") || t.equals("T10-2")) && f.coordinates().has(FactDimension.PROJECT)) {
        groups.computeIfAbsent(f.coordinates().getOrNull(FactDimension.BUDGET_UNIT) + "|"
            + f.coordinates().get(FactDimension.FUND_SOURCE).orElse(""), k -> new ArrayList<>())
            .add(new Term(f, t.equals("T10-1") ? 1 : -1));
      }
    }
    groups.values().forEach(ts -> out.add(new Relation("project levels", ts)));
  }

  static Coordinates fs(FundSource s) {
    return Coordinates.EMPTY.with(FactDimension.FUND_SOURCE, s.name());
  }

  private static Fact once(Map<FactKey, List<Fact>> byKey, Concept c, Coordinates at) {
    List<Fact> l = byKey.getOrDefault(new FactKey(c, at), List.of());
    return l.size() == 1 ? l.get(0) : null;
  }

  private static void keyEq(Map<FactKey, List<Fact>> byKey, List<Relation> out, Concept a, Coordinates at,
      Concept b, Coordinates bt) {
    Fact x = once(byKey, a, at);
    Fact y = once(byKey, b, bt);
    if (x != null && y != null) {
      out.add(new Relation("balance", List.of(new Term(x, 1), new Term(y, -1))));
    }
  }

  /** Whether member {@code c} (of the dimensions, joined) is a direct child of {@code p} ("" = none). */
  private static void hierarchy(BudgetDocument d, List<Relation> out, Set<FactDimension> dims,
      BiFunction<String, String, Boolean> isChild) {
    Map<String, List<Fact>> groups = new LinkedHashMap<>();
    for (Fact f : d.facts()) {
      if (f.provenance().tableId().isEmpty()) {
        continue;
      }
      Coordinates rest = f.coordinates();
      for (FactDimension x : dims) {
        rest = rest.without(x);
      }
      groups.computeIfAbsent(f.provenance().tableId().get() + "|" + f.concept() + "|" + rest, k -> new ArrayList<>())
          .add(f);
    }
    for (List<Fact> g : groups.values()) {
      Set<String> members = new HashSet<>();
      g.forEach(f -> members.add(member(f, dims)));
      for (Fact parent : g) {
        String p = member(parent, dims);
        List<Term> terms = new ArrayList<>(List.of(new Term(parent, 1)));
        for (Fact c : g) {
          String m = member(c, dims);
          if (c != parent && isChild.apply(p, m)
              && !(dims.contains(FactDimension.SPENDING_TYPE) && p.isEmpty() && members.contains("BASIC")
                  && !m.equals("BASIC") && !m.equals("PROJECT"))) {
            terms.add(new Term(c, -1));
          }
        }
        if (terms.size() > 1) {
          out.add(new Relation("sum " + dims + " in " + parent.provenance().tableId().get(), terms));
        }
      }
    }
  }

  private static String member(Fact f, Set<FactDimension> dims) {
    StringBuilder b = new StringBuilder();
    for (FactDimension x : FactDimension.values()) {
      if (dims.contains(x) && f.coordinates().has(x)) {
        b.append(b.length() == 0 ? "" : "/").append(f.coordinates().getOrNull(x));
      }
    }
    return b.toString();
  }

  private static boolean codeChild(String p, String c, int maxLen) {
    if (c.isEmpty()) {
      return false;
    }
    return p.isEmpty() ? c.length() == 3 : c.length() == p.length() + 2 && c.startsWith(p) && c.length() <= maxLen;
  }

  /** 总计 = 基本支出 + 项目支出 (or 人员 + 公用 + 项目 without a 基本支出 column); 基本 = 人员 + 公用. */
  private static boolean spendingChild(String p, String c) {
    return switch (p) {
      case "" -> Set.of("BASIC", "PERSONNEL", "PUBLIC_OPERATION", "PROJECT").contains(c);
      case "BASIC" -> Set.of("PERSONNEL", "PUBLIC_OPERATION").contains(c);
      default -> false;
    };
  }

  private static boolean threePublicChild(String p, String c) {
    return switch (p) {
      case "" -> Set.of("OUTBOUND_TRAVEL", "VEHICLES", "RECEPTION").contains(c);
      case "VEHICLES" -> Set.of("VEHICLE_PURCHASE", "VEHICLE_OPERATION").contains(c);
      default -> false;
    };
  }

  /** The relations {@code f} takes part in. */
  static List<Relation> of(List<Relation> all, Fact f) {
    return all.stream().filter(r -> r.has(f)).toList();
  }

  /** How a change of {@code deltaYuan} to {@code f} must be judged. */
  enum Expect {
    /** Some relation misses by more than one published last digit beyond its allowance. */
    ERROR,
    /** The worst relation misses by at most one last digit beyond its allowance. */
    NEAR_MISS,
    /** Every relation is still within its rounding allowance. */
    EXPLAINED,
    /** The oracle knows no relation for this value. */
    UNKNOWN
  }

  static Expect expect(List<Relation> rels, Fact f, BigDecimal deltaYuan) {
    if (rels.isEmpty()) {
      return Expect.UNKNOWN;
    }
    Expect e = Expect.EXPLAINED;
    for (Relation r : rels) {
      BigDecimal gap = r.gapAfter(f, deltaYuan);
      if (gap.compareTo(r.ulp()) > 0) {
        return Expect.ERROR;
      }
      if (gap.signum() > 0) {
        e = Expect.NEAR_MISS;
      }
    }
    return e;
  }

  static boolean sameTable(Fact a, Fact b) {
    return Objects.equals(a.provenance().tableId(), b.provenance().tableId());
  }
}
