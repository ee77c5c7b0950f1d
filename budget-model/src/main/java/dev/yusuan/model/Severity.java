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

  public String zh() {
    return zh;
  }

  /** Whether this is at least as severe as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
