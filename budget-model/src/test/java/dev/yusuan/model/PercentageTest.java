package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentageTest {
  @Test
  void shareStatedInNarrative() {
    String text = "占 69.36%";
    Percentage p = Percentage.parse(text.substring(text.indexOf('占') + 1));
    assertThat(p.interval()).isEqualTo(Interval.of(new BigDecimal("69.355"), new BigDecimal("69.365")));
    assertThat(p.ratioInterval())
        .isEqualTo(Interval.of(new BigDecimal("0.69355"), new BigDecimal("0.69365")));
    assertThat(p.format()).isEqualTo("69.36%");
    assertThat(p.scale()).isEqualTo(2);
  }

  @Test
  void parsesForms() {
    assertThat(Percentage.parse("６９.３６％").value()).isEqualTo(new BigDecimal("69.36"));
    assertThat(Percentage.parse("69.36").value()).isEqualTo(new BigDecimal("69.36"));
    assertThat(Percentage.parse("-1.09%").value()).isEqualTo(new BigDecimal("-1.09"));
    assertThat(Percentage.parse("12.5%")).isNotEqualTo(Percentage.parse("12.50%"));
    assertThat(Percentage.of(new BigDecimal("12.5"))).isEqualTo(Percentage.parse("12.5%"));
  }

  @Test
  void rejectsGarbageAndBlank() {
    assertThatThrownBy(() -> Percentage.parse("")).isInstanceOf(AmountFormatException.class);
    assertThatThrownBy(() -> Percentage.parse("占69%")).isInstanceOf(AmountFormatException.class);
  }

  @Test
  void ratioToPercent() {
    Interval ratio = Interval.of(new BigDecimal("0.69355"), new BigDecimal("0.6936"));
    assertThat(Percentage.percentOf(ratio)).isEqualTo(Interval.of(new BigDecimal("69.355"), new BigDecimal("69.36")));
  }

  @Test
  void keqiaoShareIsConsistentWithItsAmounts() {
    // 社会保障和就业支出 218.03 万元，占 8.06% of 2706.24 万元 (Keqiao 2024 narrative)
    Interval part = Amount.of("218.03", MoneyUnit.WAN_YUAN).interval();
    Interval whole = Amount.of("2706.24", MoneyUnit.WAN_YUAN).interval();
    Interval share = Percentage.percentOf(part.dividedBy(whole));
    assertThat(share.intersects(Percentage.parse("8.06%").interval())).isTrue();
    assertThat(share.intersects(Percentage.parse("8.16%").interval())).isFalse();
    // 人员支出 1877.16 万元，占 69.36%
    Interval personnel = Percentage.percentOf(
        Amount.of("1877.16", MoneyUnit.WAN_YUAN).interval().dividedBy(whole));
    assertThat(personnel.intersects(Percentage.parse("69.36%").interval())).isTrue();
  }
}
