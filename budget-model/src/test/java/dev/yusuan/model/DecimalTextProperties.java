package dev.yusuan.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DecimalText#parse} against the parser it replaced (the digits collected in a string and
 * read by {@code BigInteger}, kept below as the reference): the same value and scale, style and
 * suffix, or the same exception (index and reasons), on numbers of 0 to 40 digits with separators,
 * signs, brackets, suffixes and stray characters.
 */
class DecimalTextProperties {
  private static final String[] SUFFIXES = {"亿元", "万元", "元"};

  @Provide
  Arbitrary<String> printed() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(40);
    Arbitrary<String> noisy = Arbitraries.strings().withChars("0123456789,,.,0123456789 -()+元万亿x")
        .ofMinLength(0).ofMaxLength(30);
    Arbitrary<String> grouped = Arbitraries.integers().between(0, 999).list().ofMinSize(1).ofMaxSize(8)
        .map(l -> {
          StringBuilder b = new StringBuilder(String.valueOf(l.get(0)));
          for (int k = 1; k < l.size(); k++) {
            b.append(',').append(String.format("%03d", l.get(k)));
          }
          return b.toString();
        });
    Arbitrary<String> body = Arbitraries.oneOf(digits, grouped, noisy,
        Arbitraries.strings().withChars("0123456789").ofMinLength(15).ofMaxLength(22));
    Arbitrary<String> frac = Arbitraries.oneOf(Arbitraries.just(""),
        Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(12).map(f -> "." + f));
    return net.jqwik.api.Combinators.combine(Arbitraries.of("", "-", "+", "(", "- "), body, frac,
            Arbitraries.of("", ")", "元", "万元", " 亿元", "x"))
        .as((sign, b, f, tail) -> sign + b + f + (sign.equals("(") && !tail.equals(")") ? ")" : "") + tail);
  }

  @Property(tries = 3000)
  void parseIsTheDigitStringParser(@ForAll("printed") String text) {
    String s = Names.normalize(text);
    Object now = outcome(() -> DecimalText.parse(text, s, SUFFIXES));
    Object before = outcome(() -> {
      try {
        return reference(text, s, SUFFIXES);
      } catch (AmountFormatException e) {
        throw new AmountFormatException(text, DecimalText.originalIndex(text, e.index()), e.reasonZh(),
            e.reasonEn());
      }
    });
    assertThat(now).isEqualTo(before);
  }

  /**
   * {@link Amount#parse} of a number of at most 18 digits (made compact from the parsed long) is the
   * amount made from the reference parser's value: the same value and scale, unit, style, and the
   * compact form exactly when {@code make} chose it (scale ≤ 127, at most 18 significant digits).
   */
  @Property(tries = 3000)
  void anAmountIsMadeFromTheParsedValue(@ForAll("printed") String text) {
    DecimalText.Parsed ref;
    try {
      ref = reference(text, Names.normalize(text), SUFFIXES);
    } catch (AmountFormatException e) {
      return;
    }
    java.util.Optional<Amount> a = Amount.parse(text, MoneyUnit.WAN_YUAN);
    if (ref == null) {
      assertThat(a).isEmpty();
      return;
    }
    BigDecimal v = ref.value();
    MoneyUnit unit = switch (ref.suffix()) {
      case "亿元" -> MoneyUnit.YI_YUAN;
      case "万元" -> MoneyUnit.WAN_YUAN;
      case "元" -> MoneyUnit.YUAN;
      default -> MoneyUnit.WAN_YUAN;
    };
    Amount got = a.orElseThrow();
    assertThat(java.util.List.of(got.value(), got.value().scale(), got.unit(), got.grouped(), got.parenthesized(),
        got.isCompact())).as(text).isEqualTo(java.util.List.of(v, v.scale(), unit, ref.grouped(),
        ref.parenthesized(), v.scale() <= Byte.MAX_VALUE && v.precision() <= 18));
  }

  /** The parse's result (value compared with its scale, style, suffix) or its exception's message. */
  private static Object outcome(java.util.function.Supplier<DecimalText.Parsed> parse) {
    try {
      DecimalText.Parsed p = parse.get();
      return p == null ? "null" : java.util.List.of(p.value(), p.value().scale(), p.grouped(),
          p.parenthesized(), p.suffix());
    } catch (AmountFormatException e) {
      return "error " + e.index() + " " + e.reasonZh() + " " + e.reasonEn() + " " + e.getMessage();
    }
  }

  /** The parser before the long accumulator (the reference). */
  static DecimalText.Parsed reference(String original, String s, String[] suffixes) {
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
    StringBuilder digits = new StringBuilder(end - i);
    boolean grouped = false;
    int groupLen = -1; // digits since last separator; -1 before any separator
    int lead = 0;
    int point = -1;
    for (; i < end; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
        if (point < 0) {
          if (groupLen >= 0) {
            groupLen++;
          } else {
            lead++;
          }
        }
      } else if (c == ',' && point < 0) {
        if (digits.length() == 0 || (groupLen >= 0 && groupLen != 3) || (groupLen < 0 && lead > 3)) {
          throw new AmountFormatException(original, i, "千分位分隔符位置错误", "misplaced thousands separator");
        }
        grouped = true;
        groupLen = 0;
      } else if (c == '.' && point < 0) {
        if (groupLen >= 0 && groupLen != 3) {
          throw new AmountFormatException(original, i, "千分位分隔符位置错误", "misplaced thousands separator");
        }
        point = digits.length();
      } else {
        throw new AmountFormatException(original, i,
            "非数字字符 '" + c + "'", "unexpected character '" + c + "'");
      }
    }
    if (digits.length() == 0 || point == 0 && digits.length() == 0) {
      throw new AmountFormatException(original, digitsStart, "没有数字", "no digits");
    }
    if (groupLen >= 0 && point < 0 && groupLen != 3) {
      throw new AmountFormatException(original, end, "千分位分隔符位置错误", "misplaced thousands separator");
    }
    if (point == digits.length()) {
      throw new AmountFormatException(original, end, "小数点后没有数字", "no digits after the decimal point");
    }
    int scale = point < 0 ? 0 : digits.length() - point;
    BigDecimal v = new BigDecimal(new java.math.BigInteger(digits.toString()), scale);
    return new DecimalText.Parsed(0, scale, negative ? v.negate() : v, grouped, parens, suffix);
  }

}
