package dev.yusuan.rules.internal;

import dev.yusuan.model.Interval;
import java.math.BigDecimal;

/** Interval comparison of a reported value with a computed one (XBRL Calculations 1.1 style). */
public final class Judge {
  private Judge() {}

  /**
   * Compares {@code reported REL computed}. {@code slack} widens the residual on both sides (the
   * absolute tolerance policy; zero otherwise).
   */
  public static Outcome compare(Val reported, Relation rel, Val computed, BigDecimal slack) {
    Interval e = reported.iv().minus(computed.iv());
    if (slack.signum() > 0) {
      e = e.widen(slack);
    }
    BigDecimal gap;
    switch (rel) {
      case LE -> gap = e.lo().max(BigDecimal.ZERO);
      case GE -> gap = e.hi().negate().max(BigDecimal.ZERO);
      default -> gap = e.contains(BigDecimal.ZERO) ? BigDecimal.ZERO
          : (e.lo().signum() > 0 ? e.lo() : e.hi().negate());
    }
    boolean pass = gap.signum() == 0;
    BigDecimal ulp = reported.ulp().max(computed.ulp());
    boolean near = !pass && ulp.signum() > 0 && gap.compareTo(ulp) <= 0;
    BigDecimal allowance = reported.radius().add(computed.radius()).add(slack);
    return new Outcome(pass, near, reported.point().subtract(computed.point()), allowance, gap, e);
  }
}
