package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Parse/format round trip over generated values and digit layouts; exact unit conversion. */
class AmountProperties {
  /** How a number is laid out in print. */
  record Layout(boolean grouped, boolean parens, boolean fullWidth, String suffix, boolean spaceBeforeSuffix) {}

  @Provide
  Arbitrary<BigDecimal> values() {
    return Combinators.combine(
            Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L),
            Arbitraries.integers().between(0, 6))
        .as((unscaled, scale) -> new BigDecimal(BigInteger.valueOf(unscaled), scale));
  }

  @Provide
  Arbitrary<Layout> layouts() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
            Arbitraries.of(true, false), Arbitraries.of("", "元", "万元", "亿元"), Arbitraries.of(true, false))
        .as(Layout::new);
  }

  /** Renders {@code v} the way a document might print it (independent of the production formatter). */
  static String render(BigDecimal v, Layout l) {
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : plain.substring(dot);
    if (l.grouped()) {
      StringBuilder b = new StringBuilder(intPart);
      for (int k = intPart.length() - 3; k > 0; k -= 3) {
        b.insert(k, ',');
      }
      intPart = b.toString();
    }
    String body = intPart + frac;
    if (v.signum() < 0) {
      body = l.parens() ? "(" + body + ")" : "-" + body;
    }
    return body;
  }

  static String fullWidth(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(switch (c) {
        case '(' -> '（';
        case ')' -> '）';
        case '-' -> '－';
        default -> (c >= '0' && c <= '9') || c == '.' || c == ',' ? (char) (c - 0x20 + 0xFF00) : c;
      });
    }
    return b.toString();
  }

  private static MoneyUnit unitOf(String suffix, MoneyUnit dflt) {
    return switch (suffix) {
      case "元" -> MoneyUnit.YUAN;
      case "万元" -> MoneyUnit.WAN_YUAN;
      case "亿元" -> MoneyUnit.YI_YUAN;
      default -> dflt;
    };
  }

  @Property(tries = 500)
  void parseReadsEveryLayoutAndFormatReproducesIt(@ForAll("values") BigDecimal v,
      @ForAll("layouts") Layout l, @ForAll MoneyUnit dflt) {
    String printed = render(v, l);
    String text = (l.fullWidth() ? fullWidth(printed) : printed) + (l.spaceBeforeSuffix() ? " " : "") + l.suffix();
    Amount a = Amount.parse(text, dflt).orElseThrow();
    assertThat(a.value()).isEqualTo(v); // same value and same published precision
    assertThat(a.unit()).isEqualTo(unitOf(l.suffix(), dflt));
    assertThat(a.format()).isEqualTo(printed);
    assertThat(a.grouped()).isEqualTo(l.grouped() && printed.contains(","));
  }

  @Property(tries = 300)
  void formatThenParseIsIdentity(@ForAll("values") BigDecimal v, @ForAll MoneyUnit unit) {
    Amount a = Amount.of(v, unit);
    Amount back = Amount.parse(a.formatWithUnit(), MoneyUnit.YUAN).orElseThrow();
    assertThat(back).isEqualTo(a);
    assertThat(back.format()).isEqualTo(a.format());
  }

  @Property(tries = 300)
  void unitConversionIsExact(@ForAll("values") BigDecimal v, @ForAll MoneyUnit from,
      @ForAll MoneyUnit via, @ForAll MoneyUnit to) {
    Amount a = Amount.of(v, from);
    assertThat(a.to(via).to(to).value()).isEqualByComparingTo(a.to(to).value());
    assertThat(a.to(via).inYuan()).isEqualByComparingTo(a.inYuan());
    assertThat(a.to(via).unit()).isEqualTo(via);
    assertThat(a.to(from)).isEqualTo(a);
    // the published interval converts exactly: same interval whatever unit it is expressed in
    Interval inVia = a.interval(via);
    assertThat(Interval.of(via.convert(inVia.lo(), to), via.convert(inVia.hi(), to))).isEqualTo(a.interval(to));
    assertThat(a.interval(MoneyUnit.YUAN).contains(a.exactInterval(MoneyUnit.YUAN))).isTrue();
    assertThat(a.interval(MoneyUnit.YUAN).width())
        .isEqualByComparingTo(BigDecimal.ONE.movePointLeft(v.scale()).multiply(from.factor()));
  }

  @Property(tries = 300)
  void garbageIsRejectedAtItsIndex(@ForAll("values") BigDecimal v, @ForAll("layouts") Layout l,
      @ForAll @IntRange(min = 0, max = 40) int at, @ForAll("garbage") char bad) {
    String printed = "  " + render(v, l);
    int pos = Math.min(2 + at, printed.length());
    String text = printed.substring(0, pos) + bad + printed.substring(pos);
    assertThatThrownBy(() -> Amount.parse(text, MoneyUnit.WAN_YUAN))
        .isInstanceOfSatisfying(AmountFormatException.class, e -> {
          assertThat(e.input()).isEqualTo(text);
          assertThat(e.index()).isBetween(0, text.length());
          // the error is reported at or before the inserted character, never beyond it
          assertThat(e.index()).isLessThanOrEqualTo(pos);
        });
  }

  @Provide
  Arbitrary<Character> garbage() {
    return Arbitraries.of('x', '%', '#', 'Ｘ', '/', '*', '万');
  }

  // --- the compact (long) form against BigDecimal arithmetic (the form Amount had before) ---

  /**
   * Values around the edges of the compact form: unscaled near ±10^17 (the long interval bounds),
   * ±10^18 (the compact limit) and ±Long.MAX_VALUE, ordinary values, zero; scales 0–130 (127 is the
   * compact limit) and negative scales (set to 0).
   */
  @Provide
  Arbitrary<BigDecimal> edgeValues() {
    Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
        Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L).map(BigInteger::valueOf),
        Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 10,
            Long.MIN_VALUE / 10).map(BigInteger::valueOf),
        Combinators.combine(Arbitraries.of(17, 18, 19), Arbitraries.integers().between(-3, 3),
                Arbitraries.of(1, -1))
            .as((e, d, sign) -> BigInteger.TEN.pow(e).add(BigInteger.valueOf(d))
                .multiply(BigInteger.valueOf(sign))));
    Arbitrary<Integer> scale = Arbitraries.oneOf(Arbitraries.integers().between(0, 6),
        Arbitraries.integers().between(120, 130), Arbitraries.integers().between(-3, -1));
    return Combinators.combine(unscaled, scale).as(BigDecimal::new);
  }

  /** What {@code Amount.of} keeps of a value: a negative scale becomes 0. */
  private static BigDecimal kept(BigDecimal v) {
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  private static void sameBounds(Interval actual, BigDecimal lo, BigDecimal hi) {
    // BigDecimal.equals: the same value at the same scale
    assertThat(actual.lo()).isEqualTo(lo);
    assertThat(actual.hi()).isEqualTo(hi);
  }

  @Property(tries = 500)
  void compactFormAgreesWithBigDecimal(@ForAll("edgeValues") BigDecimal raw, @ForAll MoneyUnit unit,
      @ForAll MoneyUnit target) {
    BigDecimal v = kept(raw);
    Amount a = Amount.of(raw, unit);
    assertThat(a.isCompact()).isEqualTo(v.precision() <= 18 && v.scale() <= 127);
    assertThat(a.value()).isEqualTo(v);
    assertThat(a.scale()).isEqualTo(v.scale());
    assertThat(a.unit()).isEqualTo(unit);
    assertThat(a.isZero()).isEqualTo(v.signum() == 0);
    BigDecimal h = BigDecimal.valueOf(5, v.scale() + 1);
    assertThat(a.halfUlp()).isEqualTo(h);
    sameBounds(a.interval(), v.subtract(h), v.add(h));
    sameBounds(a.interval(target), unit.convert(v.subtract(h), target), unit.convert(v.add(h), target));
    sameBounds(a.exactInterval(target), unit.convert(v, target), unit.convert(v, target));
    assertThat(a.inYuan()).isEqualTo(unit.convert(v, MoneyUnit.YUAN));
    BigDecimal converted = unit.convert(v, target);
    assertThat(a.to(target).value()).isEqualTo(converted.scale() < 0 ? converted.setScale(0) : converted);
    assertThat(a.negate().value()).isEqualTo(v.negate());
    assertThat(a.negate().isCompact()).isEqualTo(a.isCompact());
    assertThat(a.hashCode()).isEqualTo(v.hashCode() * 31 + unit.hashCode());
    assertThat(a.toString()).isEqualTo(v.toPlainString() + unit.symbol());
    assertThat(a.format()).isEqualTo(DecimalText.format(v, false, false));
  }

  @Property(tries = 500)
  void compactArithmeticAgreesWithBigDecimal(@ForAll("edgeValues") BigDecimal x,
      @ForAll("edgeValues") BigDecimal y, @ForAll MoneyUnit ux, @ForAll MoneyUnit uy) {
    Amount a = Amount.of(x, ux);
    Amount b = Amount.of(y, uy);
    BigDecimal vx = kept(x);
    BigDecimal vy = kept(y);
    BigDecimal yInX = uy.convert(vy, ux);
    assertThat(a.plus(b).value()).isEqualTo(vx.add(yInX));
    assertThat(a.minus(b).value()).isEqualTo(vx.subtract(yInX));
    assertThat(a.plus(b).unit()).isEqualTo(ux);
    assertThat(a.compareTo(b)).isEqualTo(Integer.signum(
        ux.convert(vx, MoneyUnit.YUAN).compareTo(uy.convert(vy, MoneyUnit.YUAN))));
    boolean equal = ux == uy && vx.equals(vy);
    assertThat(a.equals(b)).isEqualTo(equal);
    assertThat(b.equals(a)).isEqualTo(equal);
    if (equal) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
    // an amount equals itself rebuilt from its value, whichever form either took
    assertThat(Amount.of(a.value(), ux)).isEqualTo(a);
    BigDecimal factor = vy.scale() > 10 ? vy.setScale(10, java.math.RoundingMode.HALF_UP) : vy;
    BigDecimal product = vx.multiply(factor);
    assertThat(a.multipliedBy(factor).value())
        .isEqualTo(product.scale() < 0 ? product.setScale(0) : product);
    assertThat(a.rounded(1, java.math.RoundingMode.HALF_UP).value())
        .isEqualTo(vx.setScale(1, java.math.RoundingMode.HALF_UP));
  }

  @Property(tries = 300)
  void printedStyleSurvivesTheCompactForm(@ForAll("values") BigDecimal v, @ForAll boolean grouped,
      @ForAll boolean parens, @ForAll MoneyUnit unit) {
    Amount a = Amount.parse(render(v, new Layout(grouped, parens, false, "", false)), unit).orElseThrow();
    assertThat(a.value()).isEqualTo(v);
    assertThat(a.grouped()).isEqualTo(grouped && v.abs().compareTo(BigDecimal.valueOf(1000)) >= 0);
    assertThat(a.parenthesized()).isEqualTo(parens && v.signum() < 0);
    assertThat(a.negate().grouped()).isEqualTo(a.grouped());
    assertThat(a.negate().parenthesized()).isEqualTo(a.parenthesized());
    assertThat(a.format()).isEqualTo(DecimalText.format(v, a.grouped(), a.parenthesized()));
  }
}
