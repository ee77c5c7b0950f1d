package dev.yusuan.model;

import java.math.BigDecimal;
import java.util.Optional;

/** The unit a money amount is published in: 元, 万元 or 亿元, with its exact factor in 元. */
public enum MoneyUnit {
  /** 元. */
  YUAN("元", BigDecimal.ONE),
  /** 万元 (10,000 元). */
  WAN_YUAN("万元", BigDecimal.valueOf(10_000)),
  /** 亿元 (100,000,000 元). */
  YI_YUAN("亿元", BigDecimal.valueOf(100_000_000));

  private final String symbol;
  private final BigDecimal factor;
  private final int exponent;

  MoneyUnit(String symbol, BigDecimal factor) {
    this.symbol = symbol;
    this.factor = factor;
    this.exponent = factor.precision() - 1;
  }

  /**
   * The Chinese symbol as printed, e.g. {@code 万元}.
   *
   * @return {@code 元}, {@code 万元} or {@code 亿元}
   */
  public String symbol() {
    return symbol;
  }

  /**
   * How many 元 one unit is (exact).
   *
   * @return 1, 10000 or 100000000
   */
  public BigDecimal factor() {
    return factor;
  }

  /**
   * The power of ten of {@link #factor()}: 0, 4 or 8.
   *
   * @return the decimal exponent of the factor
   */
  public int exponent() {
    return exponent;
  }

  /**
   * Converts an exact value in this unit to {@code target}, exactly (a decimal shift).
   *
   * @param value an exact value in this unit
   * @param target the unit to express it in
   * @return the same quantity in {@code target}; the scale follows the shift, never below 0
   *     ({@code 2187.51} 万元 gives {@code 21875100} 元)
   */
  public BigDecimal convert(BigDecimal value, MoneyUnit target) {
    return value.movePointRight(exponent - target.exponent);
  }

  /** 十元 … 千万元: units of money printed on some tables that the model has no member for. */
  private static final java.util.regex.Pattern UNSUPPORTED = java.util.regex.Pattern.compile("[十百千]万?元");

  /**
   * Recognises a unit symbol as printed ({@code 元}, {@code 万元}, {@code 亿元}, also inside
   * {@code 单位：万元}); empty when the text names no unit, or a unit the model has no member for
   * ({@code 千元}, {@code 百万元} …, see {@link #unsupported}): such text is never taken for 元 or 万元.
   *
   * @param text a cell, heading or phrase
   * @return the unit it names, or empty
   */
  public static Optional<MoneyUnit> fromText(CharSequence text) {
    String s = Names.normalize(text);
    if (UNSUPPORTED.matcher(s).find()) {
      return Optional.empty();
    }
    if (s.contains("亿元")) {
      return Optional.of(YI_YUAN);
    }
    if (s.contains("万元")) {
      return Optional.of(WAN_YUAN);
    }
    if (s.endsWith("元") || s.equals("元") || s.contains("单位:元")) {
      return Optional.of(YUAN);
    }
    return Optional.empty();
  }

  /**
   * The unit of money a text names that the model has no member for ({@code 千元}, {@code 百元},
   * {@code 十万元}, {@code 百万元}, {@code 千万元}): a table stating one is kept but none of its amounts
   * is read (reading them in 元 or 万元 would be a thousandfold error).
   *
   * @param text a unit line, heading or cell
   * @return the unit as printed, or empty when the text names none or a supported one
   */
  public static Optional<String> unsupported(CharSequence text) {
    java.util.regex.Matcher m = UNSUPPORTED.matcher(Names.normalize(text));
    return m.find() ? Optional.of(m.group()) : Optional.empty();
  }
}
