package dev.yusuan.model;

/** 计算符号 of a performance target. */
public enum TargetComparator {
  /** ≥. */
  GE("≥"),
  /** ≤. */
  LE("≤"),
  /** =. */
  EQ("="),
  /** &gt;. */
  GT(">"),
  /** &lt;. */
  LT("<"),
  /** 定性: a qualitative target. */
  QUALITATIVE("定性");

  private final String symbol;

  TargetComparator(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The symbol as normally printed (≥, ≤, =, &gt;, &lt;, or 定性).
   *
   * @return the canonical symbol
   */
  public String symbol() {
    return symbol;
  }

  /**
   * Parses ≥ ≤ = &gt; &lt; (also &gt;= &lt;= ＞ ＜ and 大于等于 forms) and 定性; null if unknown.
   *
   * @param text the printed 计算符号; full-width forms and spaces are normalised, null gives null
   * @return the comparator, or null when the text is not one
   */
  public static TargetComparator parse(String text) {
    String s = Names.key(text);
    return switch (s) {
      case "≥", ">=", "大于等于", "≧" -> GE;
      case "≤", "<=", "小于等于", "≦" -> LE;
      case "=", "等于", "==" -> EQ;
      case ">", "大于" -> GT;
      case "<", "小于" -> LT;
      case "定性" -> QUALITATIVE;
      default -> null;
    };
  }
}
