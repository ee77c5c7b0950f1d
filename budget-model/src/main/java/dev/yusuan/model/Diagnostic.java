package dev.yusuan.model;

import org.immutables.value.Value;

/**
 * A problem found while reading: what (code), how bad, in Chinese and English, and where (file, page,
 * line, table, cell). Readers report these instead of throwing or silently dropping input.
 */
@Value.Immutable
public abstract class Diagnostic {
  /** {@return how bad the problem is; ERROR when input was lost or could not be read} */
  public abstract Severity severity();

  /** {@return stable machine-readable code, e.g. {@code text.unmapped-cell}} */
  public abstract String code();

  /** {@return the message in Chinese, for people} */
  public abstract String messageZh();

  /** {@return the message in English, for people} */
  public abstract String messageEn();

  /** {@return where the problem is: file, page, line, table, cell} */
  public abstract Provenance location();

  /**
   * {@return how many printed amounts this diagnostic reports as not read into facts (an amount in a
   * cell no layout maps, a row of amounts under an unknown label, numbers outside any table): 0 for
   * every other problem} A document with such amounts was read only partly and never passes a check
   * ({@code BudgetIo.partlyRead}).
   */
  @Value.Default
  public int unreadAmounts() {
    return 0;
  }

  /** Checks that the count of unread amounts is not negative. */
  @Value.Check
  protected void checkUnread() {
    if (unreadAmounts() < 0) {
      throw new IllegalArgumentException("unreadAmounts " + unreadAmounts());
    }
  }

  /**
   * A diagnostic of all its parts.
   *
   * @param severity how bad the problem is
   * @param code stable machine-readable code, e.g. {@code text.unmapped-cell}
   * @param zh the message in Chinese
   * @param en the message in English
   * @param at where the problem is
   * @return the diagnostic
   */
  public static Diagnostic of(Severity severity, String code, String zh, String en, Provenance at) {
    return builder().severity(severity).code(code).messageZh(zh).messageEn(en).location(at).build();
  }

  /**
   * A diagnostic reporting {@code amounts} printed amounts that were not read into facts (WARNING: the
   * rest of the document is still read and checked, but it does not pass).
   *
   * @param code stable machine-readable code, e.g. {@code table.unmapped-cell}
   * @param zh the message in Chinese
   * @param en the message in English
   * @param at where the amounts are printed
   * @param amounts how many printed amounts were not read (at least 1)
   * @return the diagnostic
   */
  public static Diagnostic unread(String code, String zh, String en, Provenance at, int amounts) {
    return builder().severity(Severity.WARNING).code(code).messageZh(zh).messageEn(en).location(at)
        .unreadAmounts(amounts).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableDiagnostic.Builder {}

  /** {@return a one-line form for logs: severity, code, location and both messages} */
  @Override
  public String toString() {
    return severity() + " " + code() + " " + location().describe() + ": " + messageEn() + " / "
        + messageZh();
  }
}
