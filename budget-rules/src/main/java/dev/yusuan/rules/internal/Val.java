package dev.yusuan.rules.internal;

import dev.yusuan.model.Interval;
import dev.yusuan.model.Provenance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A value during evaluation: the interval of true values (money in 元, or a plain number such as a
 * percent), the point computed from the published values, the coarsest published step among the
 * operands (one last digit; zero for ratios of published values, whose step is that of the value they
 * are compared with), and the published cells it depends on with their sign (for root-cause
 * analysis; sign 0 when the dependence is not linear).
 */
public record Val(Interval iv, BigDecimal point, BigDecimal ulp, boolean money, List<Term> terms) {
  /** A published cell a value depends on. */
  public record Term(Provenance at, int sign) {}

  public static Val constant(BigDecimal v, boolean money) {
    return new Val(Interval.point(v), v, BigDecimal.ZERO, money, List.of());
  }

  public static Val published(Interval iv, BigDecimal point, BigDecimal ulp, boolean money, Provenance at) {
    return new Val(iv, point, ulp, money, at == null ? List.of() : List.of(new Term(at, 1)));
  }

  /**
   * The sum of {@code values}, equal to folding them with {@link #plus} from the left, in one pass (the
   * fold copies the terms so far on every step).
   *
   * @param values at least one value
   */
  public static Val sum(List<Val> values) {
    Val first = values.get(0);
    if (values.size() == 1) {
      return first;
    }
    BigDecimal lo = first.iv.lo();
    BigDecimal hi = first.iv.hi();
    BigDecimal point = first.point;
    BigDecimal ulp = first.ulp;
    boolean money = first.money;
    int n = 0;
    for (Val v : values) {
      n += v.terms.size();
    }
    List<Term> terms = new ArrayList<>(n);
    terms.addAll(first.terms);
    for (int i = 1; i < values.size(); i++) {
      Val v = values.get(i);
      lo = lo.add(v.iv.lo());
      hi = hi.add(v.iv.hi());
      point = point.add(v.point);
      ulp = ulp.max(v.ulp);
      money |= v.money;
      terms.addAll(v.terms);
    }
    return new Val(Interval.of(lo, hi), point, ulp, money, terms);
  }

  public Val plus(Val o) {
    return new Val(iv.plus(o.iv), point.add(o.point), ulp.max(o.ulp), money || o.money, join(o, 1, 1));
  }

  public Val minus(Val o) {
    return new Val(iv.minus(o.iv), point.subtract(o.point), ulp.max(o.ulp), money || o.money, join(o, 1, -1));
  }

  public Val negate() {
    return new Val(iv.negate(), point.negate(), ulp, money, scale(terms, -1));
  }

  public Val times(Val o) {
    boolean lin = o.terms.isEmpty() || terms.isEmpty();
    int s1 = lin && o.terms.isEmpty() ? o.point.signum() : 0;
    int s2 = lin && terms.isEmpty() ? point.signum() : 0;
    List<Term> t = new ArrayList<>(scale(terms, s1));
    t.addAll(scale(o.terms, s2));
    BigDecimal u = o.terms.isEmpty() ? ulp.multiply(o.point.abs())
        : terms.isEmpty() ? o.ulp.multiply(point.abs()) : BigDecimal.ZERO;
    return new Val(iv.times(o.iv), point.multiply(o.point), u, money || o.money, t);
  }

  /** Quotient; null when the divisor interval contains zero. */
  public Val dividedBy(Val o) {
    if (o.iv.containsZero() || o.point.signum() == 0) {
      return null;
    }
    List<Term> t = new ArrayList<>(scale(terms, o.terms.isEmpty() ? o.point.signum() : 0));
    t.addAll(scale(o.terms, 0));
    BigDecimal u = o.terms.isEmpty() ? ulp.divide(o.point.abs(), 12, RoundingMode.CEILING) : BigDecimal.ZERO;
    return new Val(iv.dividedBy(o.iv), point.divide(o.point, 12, RoundingMode.HALF_EVEN), u,
        money && !o.money, t);
  }

  /** Half the width of the interval: how far rounding lets the true value move from the middle. */
  public BigDecimal radius() {
    return iv.width().divide(BigDecimal.valueOf(2));
  }

  private List<Term> join(Val o, int a, int b) {
    List<Term> t = new ArrayList<>(scale(terms, a));
    t.addAll(scale(o.terms, b));
    return t;
  }

  private static List<Term> scale(List<Term> ts, int s) {
    if (s == 1) {
      return ts;
    }
    List<Term> out = new ArrayList<>(ts.size());
    for (Term t : ts) {
      out.add(new Term(t.at(), t.sign() * s));
    }
    return out;
  }
}
