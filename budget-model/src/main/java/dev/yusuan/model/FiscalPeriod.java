package dev.yusuan.model;

import java.util.Optional;

/**
 * The period a figure refers to. The absent coordinate is the document's own figure (the budget of a
 * 预算, the actual of a 决算).
 */
public enum FiscalPeriod implements HierarchyMember {
  /** 上年执行数. */
  PRIOR_ACTUAL("上年执行数"),
  /** 上年预算数. */
  PRIOR_BUDGET("上年预算数"),
  /** 年初预算数 / 预算数 of a 决算 (the budget of the same year). */
  CURRENT_BUDGET("预算数");

  private final String zh;

  FiscalPeriod(String zh) {
    this.zh = zh;
  }

  @Override
  public Optional<FiscalPeriod> parent() {
    return Optional.empty();
  }

  @Override
  public String zh() {
    return zh;
  }
}
