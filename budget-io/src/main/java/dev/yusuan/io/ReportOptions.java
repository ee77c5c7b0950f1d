package dev.yusuan.io;

import dev.yusuan.model.Severity;
import org.immutables.value.Value;

/** How to write a report: language, least severity shown, colours. */
@Value.Immutable
public abstract class ReportOptions {
  /** {@code zh} or {@code en}. */
  @Value.Default
  public String language() {
    return "zh";
  }

  /** Findings less severe than this are left out. */
  @Value.Default
  public Severity minSeverity() {
    return Severity.INFO;
  }

  /** ANSI colours (terminal text only). */
  @Value.Default
  public boolean colour() {
    return false;
  }

  public static ReportOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableReportOptions.Builder {}
}
