package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoordinatesTest {
  @Test
  void buildsCopiesAndCompares() {
    Coordinates c = Coordinates.of(Dimension.FUNCTION, "2010101")
        .with(Dimension.SPENDING_TYPE, SpendingType.PERSONNEL);
    assertThat(c.get(Dimension.FUNCTION)).contains("2010101");
    assertThat(c.getOrNull(Dimension.PROJECT)).isNull();
    assertThat(c.dimensions()).isEqualTo(Set.of(Dimension.FUNCTION, Dimension.SPENDING_TYPE));
    assertThat(c.without(Dimension.FUNCTION)).isEqualTo(Coordinates.of(Dimension.SPENDING_TYPE, SpendingType.PERSONNEL));
    assertThat(c.without(Dimension.PROJECT)).isSameAs(c);
    assertThat(c).isEqualTo(Coordinates.of(Map.of(Dimension.SPENDING_TYPE, "PERSONNEL", Dimension.FUNCTION, "2010101")))
        .hasSameHashCodeAs(Coordinates.of(Map.of(Dimension.SPENDING_TYPE, "PERSONNEL", Dimension.FUNCTION, "2010101")));
    assertThat(c.withOptional(Dimension.FUNCTION, Optional.empty())).isEqualTo(c.without(Dimension.FUNCTION));
    assertThat(Coordinates.EMPTY.isEmpty()).isTrue();
    assertThat(c.merge(Coordinates.of(Dimension.FUNCTION, "201")).get(Dimension.FUNCTION)).contains("201");
  }

  @Test
  void textRoundTrip() {
    Coordinates c = Coordinates.of(Dimension.FUNCTION, "201").with(Dimension.BUDGET_UNIT, "区人大办,本级")
        .with(Dimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
    assertThat(c.toString()).isEqualTo("FUNCTION=201,FUND_SOURCE=GENERAL_PUBLIC_BUDGET,BUDGET_UNIT=区人大办,本级");
    assertThat(Coordinates.parse(c.toString())).isEqualTo(c);
    assertThat(Coordinates.parse("")).isEqualTo(Coordinates.EMPTY);
  }

  @Test
  void rejectsBlankMembers() {
    assertThatThrownBy(() -> Coordinates.of(Dimension.FUNCTION, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Coordinates.parse("FUNCTION")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultHierarchies() {
    assertThat(Dimension.FUNCTION.parentOf("2010101")).contains("20101");
    assertThat(Dimension.FUNCTION.parentOf("201")).isEmpty();
    assertThat(Dimension.ECONOMIC.parentOf("30101")).contains("301");
    assertThat(Dimension.SPENDING_TYPE.parentOf("PERSONNEL")).contains("BASIC");
    assertThat(Dimension.FUND_SOURCE.parentOf("GENERAL_PUBLIC_BUDGET")).contains("FISCAL_APPROPRIATION");
    assertThat(Dimension.FUND_SOURCE.parentOf("CURRENT_YEAR")).isEmpty();
    assertThat(Dimension.BUDGET_UNIT.parentOf("本级")).isEmpty();
  }
}
