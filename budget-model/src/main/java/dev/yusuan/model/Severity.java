package dev.yusuan.model;

/** Severity of a finding or a reader diagnostic, most severe first. */
public enum Severity {
  /** 错误: a contradiction or unreadable input. */
  ERROR("错误"),
  /** 警告: likely a problem, or a difference rounding almost explains. */
  WARNING("警告"),
  /** 提示: worth knowing. */
  INFO("提示");

  private final String zh;

  Severity(String zh) {
    this.zh = zh;
  }

  /**
   * The Chinese name shown in reports: {@code 错误}, {@code 警告} or {@code 提示}.
   *
   * @return the Chinese name
   */
  public String zh() {
    return zh;
  }

  /**
   * Whether this is at least as severe as {@code other}.
   *
   * @param other the threshold
   * @return true when this severity is {@code other} or more severe (ERROR is at least WARNING)
   */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
