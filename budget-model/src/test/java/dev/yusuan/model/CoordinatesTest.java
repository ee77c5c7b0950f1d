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
    Coordinates c = Coordinates.of(FactDimension.FUNCTION, "2010101")
        .with(FactDimension.SPENDING_TYPE, SpendingType.PERSONNEL);
    assertThat(c.get(FactDimension.FUNCTION)).contains("2010101");
    assertThat(c.getOrNull(FactDimension.PROJECT)).isNull();
    assertThat(c.dimensions()).isEqualTo(Set.of(FactDimension.FUNCTION, FactDimension.SPENDING_TYPE));
    assertThat(c.without(FactDimension.FUNCTION)).isEqualTo(Coordinates.of(FactDimension.SPENDING_TYPE, SpendingType.PERSONNEL));
    assertThat(c.without(FactDimension.PROJECT)).isSameAs(c);
    assertThat(c).isEqualTo(Coordinates.of(Map.of(FactDimension.SPENDING_TYPE, "PERSONNEL", FactDimension.FUNCTION, "2010101")))
        .hasSameHashCodeAs(Coordinates.of(Map.of(FactDimension.SPENDING_TYPE, "PERSONNEL", FactDimension.FUNCTION, "2010101")));
    assertThat(c.withOptional(FactDimension.FUNCTION, Optional.empty())).isEqualTo(c.without(FactDimension.FUNCTION));
    assertThat(Coordinates.EMPTY.isEmpty()).isTrue();
    assertThat(c.merge(Coordinates.of(FactDimension.FUNCTION, "201")).get(FactDimension.FUNCTION)).contains("201");
  }

  @Test
  void textRoundTrip() {
    Coordinates c = Coordinates.of(FactDimension.FUNCTION, "201").with(FactDimension.BUDGET_UNIT, "区人大办,本级")
        .with(FactDimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET);
    assertThat(c.toString()).isEqualTo("FUNCTION=201,FUND_SOURCE=GENERAL_PUBLIC_BUDGET,BUDGET_UNIT=区人大办,本级");
    assertThat(Coordinates.parse(c.toString())).isEqualTo(c);
    assertThat(Coordinates.parse("")).isEqualTo(Coordinates.EMPTY);
  }

  @Test
  void rejectsBlankMembers() {
    assertThatThrownBy(() -> Coordinates.of(FactDimension.FUNCTION, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Coordinates.parse("FUNCTION")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void defaultHierarchies() {
    assertThat(FactDimension.FUNCTION.parentOf("2010101")).contains("20101");
    assertThat(FactDimension.FUNCTION.parentOf("201")).isEmpty();
    assertThat(FactDimension.ECONOMIC.parentOf("30101")).contains("301");
    assertThat(FactDimension.SPENDING_TYPE.parentOf("PERSONNEL")).contains("BASIC");
    assertThat(FactDimension.FUND_SOURCE.parentOf("GENERAL_PUBLIC_BUDGET")).contains("FISCAL_APPROPRIATION");
    assertThat(FactDimension.FUND_SOURCE.parentOf("CURRENT_YEAR")).isEmpty();
    assertThat(FactDimension.BUDGET_UNIT.parentOf("本级")).isEmpty();
  }
}
