package dev.yusuan.rules.internal;

import dev.yusuan.model.Interval;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formatting of numbers and locations in messages. */
public final class Fmt {
  private Fmt() {}

  /** A value in 元 shown in {@code unit} (exact, at its published precision; computed values at most 6 decimals). */
  public static String money(BigDecimal yuan, MoneyUnit unit) {
    BigDecimal v = MoneyUnit.YUAN.convert(yuan, unit);
    if (v.scale() > 6) {
      v = v.setScale(6, RoundingMode.HALF_EVEN);
    }
    v = v.stripTrailingZeros();
    return (v.scale() < 2 ? v.setScale(2) : v).toPlainString();
  }

  public static String plain(BigDecimal v) {
    BigDecimal s = v;
    if (v.scale() > 6) {
      s = v.setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
    if (s.scale() < 0) {
      s = s.setScale(0);
    }
    return s.toPlainString();
  }

  /** {@code 2706.24 [2706.235, 2706.245]万元} or {@code 5.70 [5.695, 5.705]%}. */
  public static String val(Val v, MoneyUnit unit) {
    if (v.money()) {
      return money(v.point(), unit) + " " + interval(v.iv(), unit) + unit.symbol();
    }
    return plain(v.point()) + " [" + plain(v.iv().lo()) + ", " + plain(v.iv().hi()) + "]";
  }

  public static String interval(Interval iv, MoneyUnit unit) {
    return "[" + money(iv.lo(), unit) + ", " + money(iv.hi(), unit) + "]";
  }

  /** A value shown with its unit (money converted from 元). */
  public static String amount(BigDecimal v, boolean money, MoneyUnit unit) {
    return money ? money(v, unit) + unit.symbol() : plain(v);
  }

  /** A short label of a cell: table title, row code and label, column. */
  public static String cell(Provenance p) {
    StringBuilder b = new StringBuilder();
    p.tableTitle().or(p::tableId).ifPresent(t -> b.append(t));
    p.rowCode().ifPresent(c -> b.append(b.length() > 0 ? " " : "").append(c));
    p.rowLabel().ifPresent(l -> b.append(b.length() > 0 ? " " : "").append(l));
    p.columnHeader().ifPresent(h -> b.append(" / ").append(h));
    if (b.length() == 0) {
      p.section().ifPresent(b::append);
      p.text().ifPresent(t -> b.append(b.length() > 0 ? " " : "").append('“').append(t).append('”'));
      p.line().ifPresent(l -> b.append(" (").append(p.source()).append(':').append(l).append(')'));
    }
    return b.length() == 0 ? p.describe() : b.toString();
  }
}
