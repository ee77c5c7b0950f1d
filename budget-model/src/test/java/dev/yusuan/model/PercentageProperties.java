package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Percentages keep their precision; format/parse round trip; interval and ratio agree. */
class PercentageProperties {
  @Provide
  Arbitrary<BigDecimal> percents() {
    return Combinators.combine(Arbitraries.longs().between(-100_000_000L, 100_000_000L),
        Arbitraries.integers().between(0, 4)).as((u, s) -> new BigDecimal(BigInteger.valueOf(u), s));
  }

  @Property(tries = 300)
  void formatParseRoundTrip(@ForAll("percents") BigDecimal v, @ForAll boolean fullWidth) {
    Percentage p = Percentage.of(v);
    String text = fullWidth ? AmountProperties.fullWidth(p.format().replace("%", "")) + "％" : p.format();
    assertThat(Percentage.parse(text)).isEqualTo(p);
    assertThat(Percentage.parse(text).value()).isEqualTo(v);
  }

  @Property(tries = 300)
  void intervalIsTheRoundingIntervalAndRatioIsAHundredth(@ForAll("percents") BigDecimal v) {
    Percentage p = Percentage.of(v);
    Interval i = p.interval();
    assertThat(i.width()).isEqualByComparingTo(BigDecimal.ONE.movePointLeft(v.scale()));
    assertThat(i.midpoint()).isEqualByComparingTo(v);
    // every value that rounds (half up) to v at its scale lies in the interval
    assertThat(i.contains(v.add(BigDecimal.valueOf(49, v.scale() + 2)))).isTrue();
    assertThat(i.contains(v.add(BigDecimal.valueOf(51, v.scale() + 2)))).isFalse();
    assertThat(Percentage.percentOf(p.ratioInterval())).isEqualTo(i);
  }
}
