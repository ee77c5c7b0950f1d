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
 *
 * <p>A value of at most 18 unscaled digits (every published amount so far) is held as a {@code long}
 * and a scale, in a 24-byte object; any other value as its {@link BigDecimal}. The two forms are exact
 * and indistinguishable through this API ({@code AmountProperties} compares them on generated values).
 */
public abstract sealed class Amount implements Comparable<Amount> permits Amount.Compact, Amount.Wide {
  private static final String[] SUFFIXES = {"亿元", "万元", "元"};
  private static final MoneyUnit[] UNITS = MoneyUnit.values();
  private static final int GROUPED = 1;
  private static final int PARENTHESIZED = 2;
  /** Unscaled values of at most this many digits are held as a {@code long}: |v| < 10^18. */
  private static final int COMPACT_DIGITS = 18;
  /** 10^0 … 10^18. */
  private static final long[] TEN = new long[COMPACT_DIGITS + 1];

  static {
    TEN[0] = 1;
    for (int i = 1; i < TEN.length; i++) {
      TEN[i] = TEN[i - 1] * 10;
    }
  }

  /** The {@link MoneyUnit}'s ordinal (a byte: with the style it fits the gap after the header). */
  private final byte unit;
  /** {@link #GROUPED} and {@link #PARENTHESIZED} bits. */
  private final byte style;

  private Amount(MoneyUnit unit, boolean grouped, boolean parenthesized) {
    this.unit = (byte) Objects.requireNonNull(unit, "unit").ordinal();
    this.style = (byte) ((grouped ? GROUPED : 0) | (parenthesized ? PARENTHESIZED : 0));
  }

  /** A value of at most 18 unscaled digits and a scale of 0–127. */
  static final class Compact extends Amount {
    private final byte scale;
    private final long unscaled;

    private Compact(long unscaled, int scale, MoneyUnit unit, boolean grouped, boolean parenthesized) {
      super(unit, grouped, parenthesized);
      this.unscaled = unscaled;
      this.scale = (byte) scale;
    }
  }

  /** Any other value. */
  static final class Wide extends Amount {
    private final BigDecimal value;

    private Wide(BigDecimal value, MoneyUnit unit, boolean grouped, boolean parenthesized) {
      super(unit, grouped, parenthesized);
      this.value = value;
    }
  }

  /** The amount, compact when {@code value} fits. */
  private static Amount make(BigDecimal value, MoneyUnit unit, boolean grouped, boolean parenthesized) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    int scale = value.scale();
    if (scale < 0) {
      throw new IllegalArgumentException("negative scale: " + value);
    }
    if (scale <= Byte.MAX_VALUE && value.precision() <= COMPACT_DIGITS) {
      return new Compact(value.unscaledValue().longValue(), scale, unit, grouped, parenthesized);
    }
    return new Wide(value, unit, grouped, parenthesized);
  }

  /** A copy with another value, this amount's unit and printed style. */
  private Amount withValue(BigDecimal v) {
    return make(v, unit(), grouped(), parenthesized());
  }

  /**
   * Whether the value is held as a {@code long} (for the tests of the two forms).
   *
   * @return true for the compact form
   */
  boolean isCompact() {
    return this instanceof Compact;
  }

  /**
   * {@code BigDecimal.valueOf(unscaled, scale).movePointRight(n)}, computed on the {@code long} when the
   * result fits (scale ≥ 0: a negative result scale multiplies the unscaled value, as
   * {@code movePointRight} does).
   */
  static BigDecimal shifted(long unscaled, int scale, int n) {
    int s = scale - n;
    if (s >= 0) {
      return BigDecimal.valueOf(unscaled, s);
    }
    if (-s < TEN.length) {
      long m = TEN[-s];
      long hi = Math.multiplyHigh(unscaled, m);
      long lo = unscaled * m;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        return BigDecimal.valueOf(lo);
      }
    }
    return BigDecimal.valueOf(unscaled, scale).movePointRight(n);
  }

  /** Decimal places {@code from}'s values move right when expressed in {@code to}. */
  private static int shift(MoneyUnit from, MoneyUnit to) {
    return from.exponent() - to.exponent();
  }

  /**
   * An amount with the precision of {@code value}'s scale (e.g. {@code new BigDecimal("12.50")}).
   *
   * @param value the exact value; its scale is the published precision (a negative scale is set to 0)
   * @param unit the unit it is expressed in
   * @return the amount
   */
  public static Amount of(BigDecimal value, MoneyUnit unit) {
    return make(value.scale() < 0 ? value.setScale(0) : value, unit, false, false);
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
    if (p.wide() == null && p.scale() <= Byte.MAX_VALUE) {
      // at most 18 digits: what make gives (a compact amount), without a BigDecimal and its BigInteger
      return Optional.of(new Compact(p.unscaled(), p.scale(), unit, p.grouped(), p.parenthesized()));
    }
    return Optional.of(make(p.value(), unit, p.grouped(), p.parenthesized()));
  }

  /**
   * The exact published value.
   *
   * @return the value, with its published scale
   */
  public BigDecimal value() {
    return this instanceof Compact c ? BigDecimal.valueOf(c.unscaled, c.scale) : ((Wide) this).value;
  }

  /**
   * The unit it was published in.
   *
   * @return the unit (元, 万元 or 亿元)
   */
  public MoneyUnit unit() {
    return UNITS[unit];
  }

  /**
   * Number of decimals it was published with (2 for {@code 2187.51}).
   *
   * @return the published number of decimals, ≥ 0
   */
  public int scale() {
    return this instanceof Compact c ? c.scale : ((Wide) this).value.scale();
  }

  /**
   * Half of the last published digit: the most rounding can have moved the true value.
   *
   * @return 0.5 × 10<sup>-scale</sup>, in this amount's unit
   */
  public BigDecimal halfUlp() {
    return BigDecimal.valueOf(5, scale() + 1);
  }

  /**
   * The interval of true values this publication stands for (round half to nearest), in its unit.
   *
   * @return [value - halfUlp, value + halfUlp] in {@link #unit()}
   */
  public Interval interval() {
    return interval(unit());
  }

  /**
   * {@link #interval()} converted exactly to {@code target}.
   *
   * @param target the unit to express the interval in
   * @return the rounding interval, exactly converted
   */
  public Interval interval(MoneyUnit target) {
    int n = shift(unit(), target);
    if (this instanceof Compact c && c.unscaled > -TEN[COMPACT_DIGITS - 1]
        && c.unscaled < TEN[COMPACT_DIGITS - 1]) {
      // the bounds are value ∓ 5 at one more decimal: (10 u ∓ 5) / 10^(scale + 1), exact on a long
      // as |10 u ± 5| < 10^18
      long u = c.unscaled * 10;
      int s = c.scale + 1 - n;
      if (s >= 0) {
        return Interval.compact(u - 5, u + 5, s);
      }
      if (-s < TEN.length) {
        // a coarser unit to a finer one with fewer decimals than the shift: whole numbers (as shifted)
        long m = TEN[-s];
        long a = u - 5;
        long b = u + 5;
        long ha = Math.multiplyHigh(a, m);
        long hb = Math.multiplyHigh(b, m);
        if (ha == (a * m >> 63) && hb == (b * m >> 63)) {
          return Interval.compact(a * m, b * m, 0);
        }
      }
      return Interval.of(shifted(u - 5, c.scale + 1, n), shifted(u + 5, c.scale + 1, n));
    }
    BigDecimal v = value();
    BigDecimal h = halfUlp();
    return Interval.of(v.subtract(h).movePointRight(n), v.add(h).movePointRight(n));
  }

  /**
   * The value as an exact point interval (no rounding allowance), in {@code target}.
   *
   * @param target the unit to express the point in
   * @return the point interval of the converted value
   */
  public Interval exactInterval(MoneyUnit target) {
    return Interval.point(convert(target));
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
    BigDecimal v = convert(target);
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    return make(v, target, grouped(), parenthesized());
  }

  /**
   * Exact value in 元.
   *
   * @return the value converted to 元, exact
   */
  public BigDecimal inYuan() {
    return convert(MoneyUnit.YUAN);
  }

  /** The exact value in {@code target}, as {@link MoneyUnit#convert} gives it. */
  private BigDecimal convert(MoneyUnit target) {
    int n = shift(unit(), target);
    return this instanceof Compact c ? shifted(c.unscaled, c.scale, n)
        : ((Wide) this).value.movePointRight(n);
  }

  /**
   * Exact sum, in this amount's unit, at the finer of the two precisions.
   *
   * @param other the addend, in any unit
   * @return the sum in this amount's unit
   */
  public Amount plus(Amount other) {
    return withValue(value().add(other.convert(unit())));
  }

  /**
   * Exact difference, in this amount's unit.
   *
   * @param other the subtrahend, in any unit
   * @return the difference in this amount's unit
   */
  public Amount minus(Amount other) {
    return withValue(value().subtract(other.convert(unit())));
  }

  /**
   * Exact negation.
   *
   * @return the amount with the opposite sign, same unit and precision
   */
  public Amount negate() {
    return this instanceof Compact c
        ? new Compact(-c.unscaled, c.scale, unit(), grouped(), parenthesized())
        : withValue(((Wide) this).value.negate());
  }

  /**
   * Exact product with a decimal factor.
   *
   * @param factor the exact factor
   * @return the product, in this amount's unit, at the exact product's scale
   */
  public Amount multipliedBy(BigDecimal factor) {
    BigDecimal v = value().multiply(factor);
    return withValue(v.scale() < 0 ? v.setScale(0) : v);
  }

  /**
   * Rounds to {@code scale} decimals, as a publisher would.
   *
   * @param scale the number of decimals to keep
   * @param mode the rounding mode, usually {@link RoundingMode#HALF_UP}
   * @return the rounded amount
   */
  public Amount rounded(int scale, RoundingMode mode) {
    return withValue(value().setScale(scale, mode));
  }

  /**
   * Whether zero (at any precision).
   *
   * @return true when the value is 0, whatever its scale
   */
  public boolean isZero() {
    return this instanceof Compact c ? c.unscaled == 0 : ((Wide) this).value.signum() == 0;
  }

  /**
   * The number as it was printed (unit not appended), e.g. {@code 2,706.24} or {@code (12.50)}.
   *
   * @return the printed form, without unit
   */
  public String format() {
    return DecimalText.format(value(), grouped(), parenthesized());
  }

  /**
   * The number and unit, e.g. {@code 2706.24万元}.
   *
   * @return the printed form followed by the unit symbol
   */
  public String formatWithUnit() {
    return format() + unit().symbol();
  }

  /**
   * Whether the publication used thousands separators.
   *
   * @return true when printed with thousands separators
   */
  public boolean grouped() {
    return (style & GROUPED) != 0;
  }

  /**
   * Whether a negative was printed in brackets.
   *
   * @return true when a negative was printed as {@code (12.50)}
   */
  public boolean parenthesized() {
    return (style & PARENTHESIZED) != 0;
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
    if (!(o instanceof Amount a) || a.unit != unit) {
      return false;
    }
    // each value has one form (compact whenever it fits), so the forms differ only for different values
    if (this instanceof Compact c) {
      return a instanceof Compact d && d.unscaled == c.unscaled && d.scale == c.scale;
    }
    return a instanceof Wide w && w.value.equals(((Wide) this).value);
  }

  /** As {@link BigDecimal#hashCode()} of {@link #value()}, computed on the long when compact. */
  @Override
  public int hashCode() {
    int h;
    if (this instanceof Compact c) {
      long u = c.unscaled;
      long abs = u < 0 ? -u : u;
      int t = (int) (((int) (abs >>> 32)) * 31 + (abs & 0xffffffffL));
      h = 31 * (u < 0 ? -t : t) + c.scale;
    } else {
      h = ((Wide) this).value.hashCode();
    }
    return h * 31 + unit().hashCode();
  }

  @Override
  public String toString() {
    return value().toPlainString() + unit().symbol();
  }
}
