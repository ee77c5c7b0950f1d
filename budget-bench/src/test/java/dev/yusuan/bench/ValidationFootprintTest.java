package dev.yusuan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import org.junit.jupiter.api.Test;

/** The footprint main measures what it says on a small document (figures only sane, never timed). */
class ValidationFootprintTest {
  @Test
  void measuresASmallDocument() {
    ValidationFootprint.Row r = ValidationFootprint.measure(
        Validator.builder().addAll(StandardRules.all()).build(), 2_000, 3);
    assertThat(r.facts()).isBetween(2_000, 2_000 + SyntheticDocuments.factsPerUnit());
    assertThat(r.validateMicrosPerFact()).isPositive();
    assertThat(r.indexMicrosPerFact()).isPositive();
    // a document holds at least its facts' amounts and provenance; other threads' garbage can only add
    assertThat(r.documentBytesPerFact()).isGreaterThan(50);
    assertThat(r.bytesPerFact()).isGreaterThanOrEqualTo(r.documentBytesPerFact() * 0.9);
  }
}
