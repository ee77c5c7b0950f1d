package dev.yusuan.io.json.internal;

import dev.yusuan.model.Amount;
import dev.yusuan.model.MoneyUnit;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Exact decimal text helpers shared by the JSON, CSV and xlsx formats. */
public final class Amounts {
  /** A plain decimal as {@link BigDecimal#toPlainString()} writes it (scale ≥ 0). */
  public static final Pattern PLAIN_DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** Longest plain decimal accepted, in characters. */
  public static final int MAX_LENGTH = 256;

  private Amounts() {}

  /** Parses a plain decimal keeping its scale; empty if the text is not one. */
  public static Optional<BigDecimal> decimal(String text) {
    // longer numbers are refused before BigDecimal parsing, which is quadratic in their length
    if (text == null || text.length() > MAX_LENGTH || !PLAIN_DECIMAL.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(text));
  }

  /**
   * An amount with its printed style restored: grouped (thousands separators) and parenthesized
   * (negative in brackets). The value and its scale are exactly {@code value}.
   */
  public static Amount amount(BigDecimal value, MoneyUnit unit, boolean grouped, boolean parenthesized) {
    Amount plain = Amount.of(value, unit);
    if (!grouped && !parenthesized) {
      return plain;
    }
    String digits = value.abs().toPlainString();
    if (grouped) {
      int dot = digits.indexOf('.');
      String intPart = dot < 0 ? digits : digits.substring(0, dot);
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < intPart.length(); k++) {
        if (k > 0 && (intPart.length() - k) % 3 == 0) {
          b.append(',');
        }
        b.append(intPart.charAt(k));
      }
      digits = b + (dot < 0 ? "" : digits.substring(dot));
    }
    String text;
    if (parenthesized && value.signum() <= 0) {
      text = "(" + digits + ")";
    } else {
      text = value.signum() < 0 ? "-" + digits : digits;
    }
    try {
      Optional<Amount> a = Amount.parse(text, unit);
      if (a.isPresent() && a.get().value().equals(value) && a.get().unit() == unit) {
        return a.get();
      }
    } catch (RuntimeException e) {
      // fall through to the plain amount
    }
    return plain;
  }
}
