package dev.yusuan.model;

/** CodeLevel of a classification code: 类 / 款 / 项 (and 目 in the revenue classification). */
public enum CodeLevel {
  /** 类. */
  CLASS("类"),
  /** 款. */
  GROUP("款"),
  /** 项. */
  ITEM("项"),
  /** 目. */
  ENTRY("目");

  private final String zh;

  CodeLevel(String zh) {
    this.zh = zh;
  }

  /**
   * The Chinese name, e.g. {@code 款}.
   *
   * @return {@code 类}, {@code 款}, {@code 项} or {@code 目}
   */
  public String zh() {
    return zh;
  }
}
