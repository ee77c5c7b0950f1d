package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.Interval;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import org.junit.jupiter.api.Test;

class FindingTest {
  @Test
  void buildsWithChainedBuilderFromOutsideTheModelPackage() {
    Provenance at = Provenance.builder().source("a.txt").line(3).tableId("T01").build();
    Interval reported = Amount.of("2706.24", MoneyUnit.WAN_YUAN).interval();
    Finding f = Finding.builder().ruleId("r").severity(Severity.ERROR).messageZh("中").messageEn("en")
        .addLocations(at).reported(reported).build();
    assertThat(f.locations()).containsExactly(at);
    assertThat(f.reported()).contains(reported);
    assertThat(Finding.builder().from(f).severity(Severity.WARNING).build().severity()).isEqualTo(Severity.WARNING);
  }
}
