package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyUnitTest {
  @Test
  void exactFactors() {
    assertThat(MoneyUnit.YUAN.factor()).isEqualByComparingTo("1");
    assertThat(MoneyUnit.WAN_YUAN.factor()).isEqualByComparingTo("10000");
    assertThat(MoneyUnit.YI_YUAN.factor()).isEqualByComparingTo("100000000");
    assertThat(MoneyUnit.WAN_YUAN.exponent()).isEqualTo(4);
  }

  @Test
  void conversionIsADecimalShift() {
    assertThat(MoneyUnit.WAN_YUAN.convert(new BigDecimal("2187.51"), MoneyUnit.YUAN))
        .isEqualByComparingTo("21875100");
    assertThat(MoneyUnit.YUAN.convert(new BigDecimal("1"), MoneyUnit.YI_YUAN))
        .isEqualTo(new BigDecimal("0.00000001"));
    assertThat(MoneyUnit.YI_YUAN.convert(new BigDecimal("1.5"), MoneyUnit.WAN_YUAN))
        .isEqualByComparingTo("15000");
  }

  @Test
  void recognisesPrintedUnits() {
    assertThat(MoneyUnit.fromText("单位：万元")).contains(MoneyUnit.WAN_YUAN);
    assertThat(MoneyUnit.fromText("单位:元")).contains(MoneyUnit.YUAN);
    assertThat(MoneyUnit.fromText("金额单位：亿元")).contains(MoneyUnit.YI_YUAN);
    assertThat(MoneyUnit.fromText("元")).contains(MoneyUnit.YUAN);
    assertThat(MoneyUnit.fromText("部门：区人大办")).isEmpty();
  }
}
