package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AmountTest {
  private static Amount wan(String s) {
    return Amount.parse(s, MoneyUnit.WAN_YUAN).orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2,706.24 | 2706.24 | 万元 | 2,706.24",
      "2706.24 | 2706.24 | 万元 | 2706.24",
      "2706.2 | 2706.2 | 万元 | 2706.2",
      "-12.50 | -12.50 | 万元 | -12.50",
      "（12.50） | -12.50 | 万元 | (12.50)",
      "(12.50) | -12.50 | 万元 | (12.50)",
      "２７０６．２４ | 2706.24 | 万元 | 2706.24",
      "２，７０６．２４ | 2706.24 | 万元 | 2,706.24",
      "2706.24万元 | 2706.24 | 万元 | 2706.24",
      "305.00 元 | 305.00 | 元 | 305.00",
      "1.5亿元 | 1.5 | 亿元 | 1.5",
      "1,234,567 | 1234567 | 万元 | 1,234,567",
      "0.10 | 0.10 | 万元 | 0.10",
  })
  void parsesWhatDocumentsPrint(String text, String value, String unit, String formatted) {
    Amount a = Amount.parse(text, MoneyUnit.WAN_YUAN).orElseThrow();
    assertThat(a.value()).isEqualTo(new BigDecimal(value)); // equals: scale (precision) kept
    assertThat(a.unit().symbol()).isEqualTo(unit);
    assertThat(a.format()).isEqualTo(formatted);
  }

  @Test
  void unitSuffixOverridesTheDefault() {
    assertThat(Amount.parse("12元", MoneyUnit.WAN_YUAN).orElseThrow().unit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(Amount.parse("12", MoneyUnit.YUAN).orElseThrow().unit()).isEqualTo(MoneyUnit.YUAN);
  }

  @Test
  void blankIsAbsentNotZero() {
    assertThat(Amount.parse("", MoneyUnit.WAN_YUAN)).isEmpty();
    assertThat(Amount.parse("   ", MoneyUnit.WAN_YUAN)).isEmpty();
    assertThat(Amount.parse("\u3000", MoneyUnit.WAN_YUAN)).isEmpty();
    assertThat(Amount.parse(null, MoneyUnit.WAN_YUAN)).isEmpty();
    assertThat(Amount.parse("-", MoneyUnit.WAN_YUAN)).isEmpty();
    assertThatThrownBy(() -> Amount.of("", MoneyUnit.WAN_YUAN)).isInstanceOf(AmountFormatException.class);
  }

  @ParameterizedTest(name = "{0} fails at {1}")
  @CsvSource(delimiter = '|', value = {
      "12a.5 | 2",
      "abc | 0",
      "1.2.3 | 3",
      "12,34 | 5",
      "1234,567 | 4",
      "(12.50 | 6",
      "12. | 3",
      "万元 | 0",
      "'  12x' | 4",
      "１２ｘ | 2",
      "(12.50)x | 7",
  })
  void garbageIsAnErrorWithIndex(String text, int index) {
    assertThatThrownBy(() -> Amount.parse(text, MoneyUnit.WAN_YUAN))
        .isInstanceOfSatisfying(AmountFormatException.class, e -> {
          assertThat(e.input()).isEqualTo(text);
          assertThat(e.index()).isEqualTo(index);
          assertThat(e.reasonZh()).isNotBlank();
          assertThat(e.reasonEn()).isNotBlank();
        });
  }

  @Test
  void precisionGivesTheInterval() {
    Amount a = wan("2187.51");
    assertThat(a.scale()).isEqualTo(2);
    assertThat(a.interval()).isEqualTo(Interval.of(new BigDecimal("2187.505"), new BigDecimal("2187.515")));
    assertThat(a.interval(MoneyUnit.YUAN))
        .isEqualTo(Interval.of(new BigDecimal("21875050"), new BigDecimal("21875150")));
    assertThat(a.exactInterval(MoneyUnit.YUAN)).isEqualTo(Interval.point(new BigDecimal("21875100")));
    assertThat(wan("305").interval()).isEqualTo(Interval.of(new BigDecimal("304.5"), new BigDecimal("305.5")));
  }

  @Test
  void equalityIsByValueScaleAndUnitButNotPrintedStyle() {
    assertThat(wan("2706.2")).isNotEqualTo(wan("2706.20"));
    assertThat(wan("2,706.24")).isEqualTo(wan("2706.24")).hasSameHashCodeAs(wan("2706.24"));
    assertThat(wan("(12.50)")).isEqualTo(wan("-12.50"));
    assertThat(wan("1")).isNotEqualTo(Amount.parse("1", MoneyUnit.YUAN).orElseThrow());
    assertThat(wan("1").compareTo(Amount.parse("10000", MoneyUnit.YUAN).orElseThrow())).isZero();
  }

  @Test
  void exactArithmeticAndConversion() {
    assertThat(wan("1449.12").plus(wan("305.00")).value()).isEqualByComparingTo("1754.12");
    assertThat(wan("1").plus(Amount.of("1", MoneyUnit.YUAN)).value()).isEqualTo(new BigDecimal("1.0001"));
    assertThat(wan("1").minus(wan("0.01")).value()).isEqualTo(new BigDecimal("0.99"));
    assertThat(wan("12.50").negate().format()).isEqualTo("-12.50");
    assertThat(wan("2187.51").inYuan()).isEqualByComparingTo("21875100");
    assertThat(wan("2187.51").to(MoneyUnit.YI_YUAN).value()).isEqualTo(new BigDecimal("0.218751"));
    assertThat(wan("2.005").rounded(2, RoundingMode.HALF_UP).value()).isEqualTo(new BigDecimal("2.01"));
    assertThat(wan("3").multipliedBy(new BigDecimal("0.5")).value()).isEqualTo(new BigDecimal("1.5"));
    assertThat(wan("0.00").isZero()).isTrue();
    assertThat(wan("2,706.24").formatWithUnit()).isEqualTo("2,706.24万元");
  }
}
