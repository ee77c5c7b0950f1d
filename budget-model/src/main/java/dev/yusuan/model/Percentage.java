package dev.yusuan.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A published percentage with its precision: {@code 占 69.36%} stands for [69.355, 69.365] percent.
 * Exact decimal, no floating point.
 */
public final class Percentage {
  private static final String[] SUFFIXES = {"%"};
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private final BigDecimal value;

  private Percentage(BigDecimal value) {
    this.value = value;
  }

  /**
   * A percentage whose precision is {@code percent}'s scale.
   *
   * @param percent the percent value (69.36 for 69.36%), not null
   * @return the percentage
   */
  public static Percentage of(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    return new Percentage(percent.scale() < 0 ? percent.setScale(0) : percent);
  }

  /**
   * Parses {@code 69.36%}, {@code 69.36}, {@code ６９.３６％}, {@code -1.09%}.
   *
   * @param text the printed percentage, with or without {@code %}
   * @return the percentage, with the printed number of decimals as precision
   * @throws AmountFormatException if not a number (blank included)
   */
  public static Percentage parse(CharSequence text) {
    String original = text == null ? "" : text.toString();
    String s = Names.normalize(original).replace("％", "%");
    DecimalText.Parsed p = DecimalText.parse(original, s, SUFFIXES);
    if (p == null) {
      throw new AmountFormatException(original, 0, "空白不是百分比", "blank is not a percentage");
    }
    return new Percentage(p.value());
  }

  /**
   * The percent value as published, e.g. {@code 69.36}.
   *
   * @return the value in percent, with its published scale
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Number of decimals it was published with (2 for {@code 69.36%}).
   *
   * @return the published number of decimals, ≥ 0
   */
  public int scale() {
    return value.scale();
  }

  /**
   * True percent values this publication stands for, e.g. [69.355, 69.365].
   *
   * @return the rounding interval, in percent
   */
  public Interval interval() {
    return Interval.around(value, BigDecimal.valueOf(5, value.scale() + 1));
  }

  /**
   * {@link #interval()} divided by 100: the ratio the percentage states.
   *
   * @return the rounding interval as a ratio (0.69355 to 0.69365)
   */
  public Interval ratioInterval() {
    Interval i = interval();
    return Interval.of(i.lo().movePointLeft(2), i.hi().movePointLeft(2));
  }

  /**
   * The percentage as printed, e.g. {@code 69.36%}.
   *
   * @return the value followed by {@code %}
   */
  public String format() {
    return value.toPlainString() + "%";
  }

  /**
   * Converts a ratio interval to a percent interval (×100, exact).
   *
   * @param ratio a ratio interval, e.g. a quotient of two amounts
   * @return the same interval in percent
   */
  public static Interval percentOf(Interval ratio) {
    return Interval.of(ratio.lo().multiply(HUNDRED), ratio.hi().multiply(HUNDRED));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Percentage p && p.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return format();
  }
}
