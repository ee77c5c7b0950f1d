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
}
