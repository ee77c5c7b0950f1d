package dev.yusuan.rules.internal;

/** A comparison of a check: reported REL computed. */
public enum Relation {
  EQ("=", "等于"),
  LE("≤", "不大于"),
  GE("≥", "不小于");

  private final String symbol;
  private final String zh;

  Relation(String symbol, String zh) {
    this.symbol = symbol;
    this.zh = zh;
  }

  public String symbol() {
    return symbol;
  }

  public String zh() {
    return zh;
  }
}
