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

  public String symbol() {
    return symbol;
  }

  /** Parses ≥ ≤ = &gt; &lt; (also &gt;= &lt;= ＞ ＜ and 大于等于 forms) and 定性; null if unknown. */
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
