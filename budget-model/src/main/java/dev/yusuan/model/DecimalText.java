package dev.yusuan.model;

import java.math.BigDecimal;

/** Shared parser for published decimals: sign or brackets, thousands separators, fraction. */
final class DecimalText {
  private DecimalText() {}

  /** Longest published number accepted, in characters (far above any amount; keeps parsing linear). */
  static final int MAX_LENGTH = 256;

  /**
   * Result of parsing: value with published scale, and the printed style. A value of at most 18 digits
   * is held as its unscaled {@code long} and scale ({@code wide} null), made a {@code BigDecimal} only
   * when asked for ({@link Amount#parse} keeps the long).
   */
  record Parsed(long unscaled, int scale, BigDecimal wide, boolean grouped, boolean parenthesized,
      String suffix) {
    /** {@return the value, with its published scale} */
    BigDecimal value() {
      return wide != null ? wide : BigDecimal.valueOf(unscaled, scale);
    }
  }

  /**
   * Parses {@code s} (already {@link Names#normalize normalized}); {@code suffixes} lists the trailing
   * words allowed after the number (longest first). Returns null for blank or a lone dash.
   */
  static Parsed parse(String original, String s, String[] suffixes) {
    if (s.length() > MAX_LENGTH) {
      // refused before any work: BigInteger parsing is quadratic in the number of digits
      throw new AmountFormatException(original.substring(0, 32) + "…", 0,
          "数字过长（超过 " + MAX_LENGTH + " 个字符）", "number longer than " + MAX_LENGTH + " characters");
    }
    try {
      return parseNormalized(original, s, suffixes);
    } catch (AmountFormatException e) {
      // the index was found in the normalized text; report it in the text as given
      throw new AmountFormatException(original, originalIndex(original, e.index()), e.reasonZh(),
          e.reasonEn());
    }
  }

  /**
   * The index in {@code original} of the character that {@link Names#normalize} put at
   * {@code normalizedIndex} (normalisation trims, collapses whitespace and folds full-width forms, so
   * indexes differ); {@code original.length()} when past the end. Only used on the error path.
   */
  static int originalIndex(String original, int normalizedIndex) {
    for (int k = 1; k <= original.length(); k++) {
      if (Names.normalize(original.substring(0, k)).length() > normalizedIndex) {
        return k - 1;
      }
    }
    return original.length();
  }

  private static Parsed parseNormalized(String original, String s, String[] suffixes) {
    if (s.isEmpty() || s.equals("-") || s.equals("--") || s.equals("一")) {
      return null;
    }
    String suffix = "";
    for (String suf : suffixes) {
      if (s.endsWith(suf) && s.length() > suf.length()) {
        suffix = suf;
        s = s.substring(0, s.length() - suf.length()).trim();
        break;
      }
    }
    boolean negative = false;
    boolean parens = false;
    int i = 0;
    int end = s.length();
    if (s.startsWith("(")) {
      if (!s.endsWith(")")) {
        int close = s.indexOf(')');
        if (close >= 0) {
          throw new AmountFormatException(original, close + 1, "右括号后有多余字符",
              "unexpected text after the closing bracket");
        }
        throw new AmountFormatException(original, s.length(), "缺少右括号", "missing closing bracket");
      }
      parens = true;
      negative = true;
      i = 1;
      end = s.length() - 1;
    } else if (s.startsWith("-")) {
      negative = true;
      i = 1;
    } else if (s.startsWith("+")) {
      i = 1;
    }
    if (i < end && s.charAt(i) == ' ') {
      i++;
    }
    int digitsStart = i;
    // the digits are counted and, up to 18 of them, accumulated in a long: the value is then
    // BigDecimal.valueOf(unscaled, scale), equal (value and scale) to new BigDecimal(new
    // BigInteger(digits), scale) without the digit string and the BigInteger (DecimalTextProperties)
    int count = 0;
    long unscaled = 0;
    boolean grouped = false;
    int groupLen = -1; // digits since last separator; -1 before any separator
    int lead = 0;
    int point = -1;
    for (; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        if (count < MAX_LONG_DIGITS) {
          unscaled = unscaled * 10 + (c - '0');
        }
        count++;
        if (point < 0) {
          if (groupLen >= 0) {
            groupLen++;
          } else {
            lead++;
          }
        }
      } else if (c == ',' && point < 0) {
        if (count == 0 || (groupLen >= 0 && groupLen != 3) || (groupLen < 0 && lead > 3)) {
          throw new AmountFormatException(original, i, "千分位分隔符位置错误", "misplaced thousands separator");
        }
        grouped = true;
        groupLen = 0;
      } else if (c == '.' && point < 0) {
        if (groupLen >= 0 && groupLen != 3) {
          throw new AmountFormatException(original, i, "千分位分隔符位置错误", "misplaced thousands separator");
        }
        point = count;
      } else {
        throw new AmountFormatException(original, i,
            "非数字字符 '" + c + "'", "unexpected character '" + c + "'");
      }
    }
    if (count == 0) {
      throw new AmountFormatException(original, digitsStart, "没有数字", "no digits");
    }
    if (groupLen >= 0 && point < 0 && groupLen != 3) {
      throw new AmountFormatException(original, end, "千分位分隔符位置错误", "misplaced thousands separator");
    }
    if (point == count) {
      throw new AmountFormatException(original, end, "小数点后没有数字", "no digits after the decimal point");
    }
    int scale = point < 0 ? 0 : count - point;
    if (count <= MAX_LONG_DIGITS) {
      return new Parsed(negative ? -unscaled : unscaled, scale, null, grouped, parens, suffix);
    }
    BigDecimal v = new BigDecimal(new java.math.BigInteger(digitsOf(s, digitsStart, end, count)), scale);
    return new Parsed(0, scale, negative ? v.negate() : v, grouped, parens, suffix);
  }

  /** Digits a {@code long} always holds (10^18 - 1 < 2^63). */
  private static final int MAX_LONG_DIGITS = 18;

  /** The digits 0-9 of {@code s} from {@code from} to {@code to} ({@code count} of them), in order. */
  private static String digitsOf(String s, int from, int to, int count) {
    char[] d = new char[count];
    int k = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        d[k++] = c;
      }
    }
    return new String(d);
  }

  /** Formats with optional grouping and bracket negatives; the scale of {@code v} is kept. */
  static String format(BigDecimal v, boolean grouped, boolean parens) {
    boolean neg = v.signum() < 0;
    String plain = v.abs().toPlainString();
    if (grouped) {
      int dot = plain.indexOf('.');
      String intPart = dot < 0 ? plain : plain.substring(0, dot);
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < intPart.length(); k++) {
        if (k > 0 && (intPart.length() - k) % 3 == 0) {
          b.append(',');
        }
        b.append(intPart.charAt(k));
      }
      plain = b + (dot < 0 ? "" : plain.substring(dot));
    }
    if (!neg) {
      return plain;
    }
    return parens ? "(" + plain + ")" : "-" + plain;
  }
}
