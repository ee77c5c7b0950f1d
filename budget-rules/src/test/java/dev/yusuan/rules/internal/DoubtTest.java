package dev.yusuan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A finding resting on a doubtful read is at most a WARNING and says so; others are unchanged. */
class DoubtTest {
  private static Finding finding(Severity s, boolean doubtful) {
    return Finding.builder().ruleId("r").severity(s).messageZh("不一致").messageEn("inconsistent")
        .addLocations(Provenance.builder().source("a.pdf").page(3).build())
        .addLocations(Provenance.builder().source("a.pdf").page(4).doubtful(doubtful).build())
        .build();
  }

  @Test
  void anErrorOnADoubtfulReadBecomesAWarningThatSaysSo() {
    List<Finding> out = Doubt.cap(List.of(finding(Severity.ERROR, true)));
    assertThat(out).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.messageEn()).contains("doubtful read");
      assertThat(f.messageZh()).contains("读取存疑");
    });
  }

  @Test
  void findingsOnCertainReadsAndWarningsAreKept() {
    Finding certain = finding(Severity.ERROR, false);
    Finding warning = finding(Severity.WARNING, true);
    assertThat(Doubt.cap(List.of(certain, warning))).containsExactly(certain, warning);
  }
}
