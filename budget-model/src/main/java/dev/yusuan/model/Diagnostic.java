package dev.yusuan.model;

import org.immutables.value.Value;

/**
 * A problem found while reading: what (code), how bad, in Chinese and English, and where (file, page,
 * line, table, cell). Readers report these instead of throwing or silently dropping input.
 */
@Value.Immutable
public abstract class Diagnostic {
  public abstract Severity severity();

  /** Stable machine-readable code, e.g. {@code text.unmapped-cell}. */
  public abstract String code();

  public abstract String messageZh();

  public abstract String messageEn();

  public abstract Provenance location();

  public static Diagnostic of(Severity severity, String code, String zh, String en, Provenance at) {
    return builder().severity(severity).code(code).messageZh(zh).messageEn(en).location(at).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableDiagnostic.Builder {}

  @Override
  public String toString() {
    return severity() + " " + code() + " " + location().describe() + ": " + messageEn() + " / "
        + messageZh();
  }
}
