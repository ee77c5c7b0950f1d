package dev.yusuan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.rules.RuleSyntaxException;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.TolerancePolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ValidatorSpecTest {
  static ValidatorSpec roundTrip(ValidatorSpec spec) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (ValidatorSpec) in.readObject();
    }
  }

  @Test
  void aSpecTravelsAndGivesOneValidatorPerJvm() throws Exception {
    ValidatorSpec spec = ValidatorSpec.builder().addPacks(ValidatorSpec.STANDARD)
        .putRules("house.rules", StandardRules.zhejiangRulesText())
        .tolerance(TolerancePolicy.Kind.ABSOLUTE).toleranceYuan(new BigDecimal("0.5")).build();
    ValidatorSpec copy = roundTrip(spec);
    assertThat(copy).isEqualTo(spec).isNotSameAs(spec);
    assertThat(copy.validator()).isSameAs(spec.validator());
    assertThat(spec.validator().tolerance()).isEqualTo(TolerancePolicy.absolute(new BigDecimal("0.5")));
    assertThat(spec.validator().packs()).hasSize(StandardRules.all().size() + 1);
  }

  @Test
  void badSpecsAreRefused() {
    assertThatThrownBy(() -> ValidatorSpec.builder().addPacks("nonsense").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonsense");
    assertThatThrownBy(() -> ValidatorSpec.builder().putRules("x.rules", "rule x: nonsense").build().build())
        .isInstanceOf(RuleSyntaxException.class);
  }

  @Test
  void everyPackNameBuilds() {
    for (String name : ValidatorSpec.PACK_NAMES) {
      assertThat(ValidatorSpec.builder().addPacks(name).build().build().packs()).as(name).isNotEmpty();
    }
  }
}
