package dev.yusuan.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact money amount as published: a decimal value, its {@link MoneyUnit}, and the precision it was
 * printed at. {@code 2187.51} 万元 is published to 2 decimals and stands for every true value in
 * [2187.505, 2187.515] 万元 ({@link #interval()}).
 *
 * <p>Equality is by value, scale (precision) and unit: {@code 2706.2} and {@code 2706.20} are
 * different publications. How the number was printed (thousands separators, brackets for negatives) is
 * kept for {@link #format()} but does not take part in equality.
 */
public final class Amount implements Comparable<Amount> {
  private static final String[] SUFFIXES = {"亿元", "万元", "元"};

  private final BigDecimal value;
  private final MoneyUnit unit;
  private final boolean grouped;
  private final boolean parenthesized;

  private Amount(BigDecimal value, MoneyUnit unit, boolean grouped, boolean parenthesized) {
    this.value = Objects.requireNonNull(value, "value");
    this.unit = Objects.requireNonNull(unit, "unit");
    if (value.scale() < 0) {
      throw new IllegalArgumentException("negative scale: " + value);
    }
    this.grouped = grouped;
    this.parenthesized = parenthesized;
  }

  /**
   * An amount with the precision of {@code value}'s scale (e.g. {@code new BigDecimal("12.50")}).
   *
   * @param value the exact value; its scale is the published precision (a negative scale is set to 0)
   * @param unit the unit it is expressed in
   * @return the amount
   */
  public static Amount of(BigDecimal value, MoneyUnit unit) {
    return new Amount(value.scale() < 0 ? value.setScale(0) : value, unit, false, false);
  }

  /**
   * An amount parsed from plain text such as {@code "12.50"}; see {@link #parse}.
   *
   * @param value the printed number, e.g. {@code "2,706.24"}
   * @param unit the unit, unless the text ends with one
   * @return the amount
   * @throws AmountFormatException if the text is blank, a lone dash or not a number
   */
  public static Amount of(String value, MoneyUnit unit) {
    return parse(value, unit).orElseThrow(() ->
        new AmountFormatException(value, 0, "空白不是金额", "blank is not an amount"));
  }

  /**
   * Parses a published amount. Accepts {@code 2,706.24}, {@code 2706.24}, {@code 2706.2},
   * {@code -12.50}, {@code (12.50)} and {@code （12.50）} as negative, full-width digits and separators,
   * and a trailing unit ({@code 万元}, {@code 元}, {@code 亿元}) which then overrides
   * {@code defaultUnit}.
   *
   * @param text the printed cell or phrase, may be null
   * @param defaultUnit the unit of the table or sentence, used when the text carries none
   * @return empty for blank text or a lone dash (nothing published: a layout decides what it means)
   * @throws AmountFormatException for anything else that is not a number, with index and reason
   */
  public static Optional<Amount> parse(CharSequence text, MoneyUnit defaultUnit) {
    String original = text == null ? "" : text.toString();
    DecimalText.Parsed p = DecimalText.parse(original, Names.normalize(original), SUFFIXES);
    if (p == null) {
      return Optional.empty();
    }
    MoneyUnit unit = switch (p.suffix()) {
      case "亿元" -> MoneyUnit.YI_YUAN;
      case "万元" -> MoneyUnit.WAN_YUAN;
      case "元" -> MoneyUnit.YUAN;
      default -> defaultUnit;
    };
    return Optional.of(new Amount(p.value(), unit, p.grouped(), p.parenthesized()));
  }

  /**
   * The exact published value.
   *
   * @return the value, with its published scale
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * The unit it was published in.
   *
   * @return the unit (元, 万元 or 亿元)
   */
  public MoneyUnit unit() {
    return unit;
  }

  /**
   * Number of decimals it was published with (2 for {@code 2187.51}).
   *
   * @return the published number of decimals, ≥ 0
   */
  public int scale() {
    return value.scale();
  }

  /**
   * Half of the last published digit: the most rounding can have moved the true value.
   *
   * @return 0.5 × 10<sup>-scale</sup>, in this amount's unit
   */
  public BigDecimal halfUlp() {
    return BigDecimal.valueOf(5, value.scale() + 1);
  }

  /**
   * The interval of true values this publication stands for (round half to nearest), in its unit.
   *
   * @return [value - halfUlp, value + halfUlp] in {@link #unit()}
   */
  public Interval interval() {
    BigDecimal h = halfUlp();
    return Interval.of(value.subtract(h), value.add(h));
  }

  /**
   * {@link #interval()} converted exactly to {@code target}.
   *
   * @param target the unit to express the interval in
   * @return the rounding interval, exactly converted
   */
  public Interval interval(MoneyUnit target) {
    Interval i = interval();
    return Interval.of(unit.convert(i.lo(), target), unit.convert(i.hi(), target));
  }

  /**
   * The value as an exact point interval (no rounding allowance), in {@code target}.
   *
   * @param target the unit to express the point in
   * @return the point interval of the converted value
   */
  public Interval exactInterval(MoneyUnit target) {
    return Interval.point(unit.convert(value, target));
  }

  /**
   * The same amount expressed in {@code target}, exactly (precision follows the decimal shift). The
   * scale cannot go below 0, so converting to a smaller unit (万元 → 元) gives a finer precision than
   * was published: use {@link #interval(MoneyUnit)} when the rounding allowance matters.
   *
   * @param target the unit to convert to
   * @return the converted amount, keeping the printed style
   */
  public Amount to(MoneyUnit target) {
    BigDecimal v = unit.convert(value, target);
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    return new Amount(v, target, grouped, parenthesized);
  }

  /**
   * Exact value in 元.
   *
   * @return the value converted to 元, exact
   */
  public BigDecimal inYuan() {
    return unit.convert(value, MoneyUnit.YUAN);
  }

  /**
   * Exact sum, in this amount's unit, at the finer of the two precisions.
   *
   * @param other the addend, in any unit
   * @return the sum in this amount's unit
   */
  public Amount plus(Amount other) {
    return new Amount(value.add(other.unit.convert(other.value, unit)), unit, grouped, parenthesized);
  }

  /**
   * Exact difference, in this amount's unit.
   *
   * @param other the subtrahend, in any unit
   * @return the difference in this amount's unit
   */
  public Amount minus(Amount other) {
    return new Amount(value.subtract(other.unit.convert(other.value, unit)), unit, grouped,
        parenthesized);
  }

  /**
   * Exact negation.
   *
   * @return the amount with the opposite sign, same unit and precision
   */
  public Amount negate() {
    return new Amount(value.negate(), unit, grouped, parenthesized);
  }

  /**
   * Exact product with a decimal factor.
   *
   * @param factor the exact factor
   * @return the product, in this amount's unit, at the exact product's scale
   */
  public Amount multipliedBy(BigDecimal factor) {
    BigDecimal v = value.multiply(factor);
    return new Amount(v.scale() < 0 ? v.setScale(0) : v, unit, grouped, parenthesized);
  }

  /**
   * Rounds to {@code scale} decimals, as a publisher would.
   *
   * @param scale the number of decimals to keep
   * @param mode the rounding mode, usually {@link RoundingMode#HALF_UP}
   * @return the rounded amount
   */
  public Amount rounded(int scale, RoundingMode mode) {
    return new Amount(value.setScale(scale, mode), unit, grouped, parenthesized);
  }

  /**
   * Whether zero (at any precision).
   *
   * @return true when the value is 0, whatever its scale
   */
  public boolean isZero() {
    return value.signum() == 0;
  }

  /**
   * The number as it was printed (unit not appended), e.g. {@code 2,706.24} or {@code (12.50)}.
   *
   * @return the printed form, without unit
   */
  public String format() {
    return DecimalText.format(value, grouped, parenthesized);
  }

  /**
   * The number and unit, e.g. {@code 2706.24万元}.
   *
   * @return the printed form followed by the unit symbol
   */
  public String formatWithUnit() {
    return format() + unit.symbol();
  }

  /**
   * Whether the publication used thousands separators.
   *
   * @return true when printed with thousands separators
   */
  public boolean grouped() {
    return grouped;
  }

  /**
   * Whether a negative was printed in brackets.
   *
   * @return true when a negative was printed as {@code (12.50)}
   */
  public boolean parenthesized() {
    return parenthesized;
  }

  /**
   * Compares the exact values in 元 (precision ignored).
   *
   * @param o the other amount, in any unit
   * @return negative, zero or positive as this amount is less than, equal to or greater than {@code o}
   */
  @Override
  public int compareTo(Amount o) {
    return inYuan().compareTo(o.inYuan());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amount a && a.unit == unit && a.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + unit.hashCode();
  }

  @Override
  public String toString() {
    return value.toPlainString() + unit.symbol();
  }
}
