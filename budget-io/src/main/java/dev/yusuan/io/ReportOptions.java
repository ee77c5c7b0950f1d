package dev.yusuan.io;

import dev.yusuan.model.Severity;
import org.immutables.value.Value;

/** How to write a report: language, least severity shown, colours. */
@Value.Immutable
public abstract class ReportOptions {
  /** {@return the language of the report's messages, {@code zh} (default) or {@code en}} */
  @Value.Default
  public String language() {
    return "zh";
  }

  /** {@return the least severity shown; findings less severe are left out (default INFO: all)} */
  @Value.Default
  public Severity minSeverity() {
    return Severity.INFO;
  }

  /** {@return whether to colour with ANSI escapes (terminal text only; default false)} */
  @Value.Default
  public boolean colour() {
    return false;
  }

  /** {@return the defaults: Chinese, every severity, no colours} */
  public static ReportOptions defaults() {
    return builder().build();
  }

  /** {@return a new builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableReportOptions.Builder {}
}
