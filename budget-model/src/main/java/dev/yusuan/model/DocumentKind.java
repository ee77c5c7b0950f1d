package dev.yusuan.model;

/** What a disclosure is. */
public enum DocumentKind {
  /** 部门预算. */
  DEPARTMENT_BUDGET("部门预算"),
  /** 部门决算. */
  FINAL_ACCOUNT("部门决算"),
  /** 单位预算. */
  UNIT_BUDGET("单位预算");

  private final String zh;

  DocumentKind(String zh) {
    this.zh = zh;
  }

  /**
   * The Chinese name of the kind, e.g. {@code 部门决算}.
   *
   * @return the Chinese name
   */
  public String zh() {
    return zh;
  }
}
