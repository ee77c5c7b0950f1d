package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IntervalTest {
  private static Interval iv(String lo, String hi) {
    return Interval.of(new BigDecimal(lo), new BigDecimal(hi));
  }

  @Test
  void rejectsEmpty() {
    assertThatThrownBy(() -> iv("2", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.around(BigDecimal.ONE, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void arithmetic() {
    assertThat(iv("1", "2").plus(iv("10", "20"))).isEqualTo(iv("11", "22"));
    assertThat(iv("1", "2").minus(iv("10", "20"))).isEqualTo(iv("-19", "-8"));
    assertThat(iv("1", "2").negate()).isEqualTo(iv("-2", "-1"));
    assertThat(iv("-1", "2").times(iv("-3", "4"))).isEqualTo(iv("-6", "8"));
    assertThat(iv("1", "2").times(new BigDecimal("-2"))).isEqualTo(iv("-4", "-2"));
    assertThat(iv("1", "2").dividedBy(iv("4", "8"))).isEqualTo(iv("0.125", "0.5"));
    Interval third = iv("1", "1").dividedBy(new BigDecimal("3"));
    assertThat(third.lo()).isEqualByComparingTo("0.333333333333");
    assertThat(third.hi()).isEqualByComparingTo("0.333333333334");
    assertThat(third.contains(iv("1", "1").dividedBy(iv("3", "3")))).isTrue();
  }

  @Test
  void divisionByAnIntervalContainingZero() {
    assertThatThrownBy(() -> iv("1", "2").dividedBy(iv("-1", "1"))).isInstanceOf(ArithmeticException.class);
    assertThat(iv("1", "2").dividedByIfDefined(iv("0", "1"))).isEmpty();
    assertThat(iv("1", "2").dividedByIfDefined(iv("1", "1"))).contains(iv("1", "2"));
  }

  @Test
  void setOperations() {
    assertThat(iv("1", "3").intersection(iv("2", "5"))).contains(iv("2", "3"));
    assertThat(iv("1", "2").intersection(iv("3", "5"))).isEmpty();
    assertThat(iv("1", "2").hull(iv("3", "5"))).isEqualTo(iv("1", "5"));
    assertThat(iv("1", "2").distance(iv("3", "5"))).isEqualByComparingTo("1");
    assertThat(iv("3", "5").distance(iv("1", "2"))).isEqualByComparingTo("1");
    assertThat(iv("1", "3").distance(iv("2", "5"))).isEqualByComparingTo("0");
    assertThat(iv("1", "2").certainlyLessThan(iv("2.01", "3"))).isTrue();
    assertThat(iv("1", "2").certainlyLessThan(iv("2", "3"))).isFalse();
    assertThat(iv("4", "5").certainlyGreaterThan(iv("1", "3.99"))).isTrue();
    assertThat(iv("1", "3").width()).isEqualByComparingTo("2");
    assertThat(iv("1", "2").midpoint()).isEqualByComparingTo("1.5");
    assertThat(iv("1", "2").widen(new BigDecimal("0.5"))).isEqualTo(iv("0.5", "2.5"));
    assertThat(iv("1", "1").isPoint()).isTrue();
    assertThat(iv("-1", "1").containsZero()).isTrue();
  }

  @Test
  void equalityIgnoresScale() {
    assertThat(iv("1.50", "2")).isEqualTo(iv("1.5", "2.000")).hasSameHashCodeAs(iv("1.5", "2.000"));
    assertThat(iv("1", "2").toString()).isEqualTo("[1, 2]");
  }

  @Test
  void publishedRoundingOfASum() {
    // 2187.51 = 1449.12 + 305.00 + 17.00 + 235.00 + 118.00 + 63.38 (Keqiao 20101 children)
    Interval sum = Interval.ZERO;
    for (String s : new String[] {"1449.12", "305.00", "17.00", "235.00", "118.00", "63.38"}) {
      sum = sum.plus(Amount.of(s, MoneyUnit.WAN_YUAN).interval());
    }
    assertThat(sum.intersects(Amount.of("2187.51", MoneyUnit.WAN_YUAN).interval())).isTrue();
  }

  /** Zero compared with a bound 19 or more decimals finer (the long form cannot rescale 1 that far). */
  @Test
  void zeroAgainstAFarFinerScale() {
    Interval zero = Interval.of(BigDecimal.ZERO, BigDecimal.ZERO);
    Interval tiny = Interval.of(new BigDecimal("0E-19"), new BigDecimal("1E-19"));
    assertThat(zero.contains(tiny)).isFalse();
    assertThat(tiny.contains(zero)).isTrue();
    assertThat(zero.certainlyLessThan(Interval.point(new BigDecimal("1E-25")))).isTrue();
    assertThat(zero.plus(tiny).hi()).isEqualTo(new BigDecimal("1E-19"));
  }
}
