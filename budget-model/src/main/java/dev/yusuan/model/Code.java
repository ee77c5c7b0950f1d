package dev.yusuan.model;

import java.util.Optional;

/**
 * A classification code such as {@code 2010101} (支出功能分类 项 行政运行). CodeLevel and parent are
 * derived from the digits: {@code 2010101} → 款 {@code 20101} → 类 {@code 201}.
 */
public final class Code implements Comparable<Code> {
  private final Scheme scheme;
  private final String digits;
  private final CodeLevel level;

  private Code(Scheme scheme, String digits, CodeLevel level) {
    this.scheme = scheme;
    this.digits = digits;
    this.level = level;
  }

  /**
   * {@link #parse} of text already normalised to plain ASCII digits (the compact catalogue's codes),
   * without normalising it again; anything else goes through {@link #parse} (and its errors).
   */
  static Code ofDigits(Scheme scheme, String digits) {
    CodeLevel level = scheme.levelOfLength(digits.length());
    boolean plain = level != null && digits.charAt(0) == scheme.firstDigit();
    for (int i = 0; plain && i < digits.length(); i++) {
      plain = digits.charAt(i) >= '0' && digits.charAt(i) <= '9';
    }
    return plain ? new Code(scheme, digits, level) : parse(scheme, digits);
  }

  /**
   * Parses a code of {@code scheme}; spaces inside (as in {@code 301 02}) are removed, full-width
   * digits folded.
   *
   * @param scheme the classification the code belongs to
   * @param text the printed code
   * @return the code, with its level derived from the number of digits
   * @throws IllegalArgumentException naming why the code is malformed
   */
  public static Code parse(Scheme scheme, CharSequence text) {
    String s = Names.key(text);
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty code / 科目编码为空");
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        throw new IllegalArgumentException(
            "code '" + text + "' has a non-digit / 科目编码含非数字字符");
      }
    }
    CodeLevel level = scheme.levelOfLength(s.length());
    if (level == null) {
      throw new IllegalArgumentException("code '" + text + "' has " + s.length()
          + " digits, not a level of " + scheme + " / 科目编码位数不符合" + scheme.zh());
    }
    if (s.charAt(0) != scheme.firstDigit()) {
      throw new IllegalArgumentException("code '" + text + "' does not start with "
          + scheme.firstDigit() + " as " + scheme + " codes do / 科目编码首位不符合" + scheme.zh());
    }
    return new Code(scheme, s, level);
  }

  /**
   * {@link #parse} that returns empty instead of throwing.
   *
   * @param scheme the classification the code belongs to
   * @param text the printed code, may be anything
   * @return the code, or empty when {@code text} is not a well-formed code of {@code scheme}
   */
  public static Optional<Code> tryParse(Scheme scheme, CharSequence text) {
    try {
      return Optional.of(parse(scheme, text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The classification this code belongs to (支出功能分类 or 支出经济分类).
   *
   * @return the scheme
   */
  public Scheme scheme() {
    return scheme;
  }

  /**
   * The digits, e.g. {@code 2010101}.
   *
   * @return the ASCII digits, without spaces
   */
  public String digits() {
    return digits;
  }

  /**
   * The level of the code (类, 款 or 项), from its number of digits.
   *
   * @return the level
   */
  public CodeLevel level() {
    return level;
  }

  /**
   * The code one level up; empty for a 类.
   *
   * @return the parent code (款 → 类, 项 → 款), or empty for a 类
   */
  public Optional<Code> parent() {
    if (level.ordinal() == 0) {
      return Optional.empty();
    }
    CodeLevel up = CodeLevel.values()[level.ordinal() - 1];
    return Optional.of(new Code(scheme, digits.substring(0, scheme.length(up)), up));
  }

  /**
   * The ancestor at {@code level} (itself if at that level); empty if below.
   *
   * @param at the level wanted
   * @return the prefix of this code at that level, or empty when {@code at} is finer than this code
   */
  public Optional<Code> ancestor(CodeLevel at) {
    if (at.ordinal() > level.ordinal()) {
      return Optional.empty();
    }
    return Optional.of(new Code(scheme, digits.substring(0, scheme.length(at)), at));
  }

  /**
   * Whether this code is a strict ancestor of {@code other}.
   *
   * @param other the candidate descendant
   * @return true when {@code other} has the same scheme, more digits and starts with these digits
   */
  public boolean isAncestorOf(Code other) {
    return other.scheme == scheme && other.digits.length() > digits.length()
        && other.digits.startsWith(digits);
  }

  /**
   * Orders by scheme, then by digits (so a 类 sorts before its 款 and 项).
   *
   * @param o the other code
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Code o) {
    int c = scheme.compareTo(o.scheme);
    return c != 0 ? c : digits.compareTo(o.digits);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Code c && c.scheme == scheme && c.digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return scheme.hashCode() * 31 + digits.hashCode();
  }

  @Override
  public String toString() {
    return digits;
  }
}
