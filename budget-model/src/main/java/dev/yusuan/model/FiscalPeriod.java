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
  CURRENT_BUDGET("预算数"),
  /** 全年预算数 of a 决算 (the year's budget after its adjustments, 绩效自评表). */
  FULL_YEAR_BUDGET("全年预算数"),
  /**
   * Not a period but the printed difference of two: an 增减 / 增减额 column beside 上年预算数 and 本年预算数
   * (本年 − 上年 as printed), a fact of its own that sums as its figures do (Δ 合计 = Σ Δ 项) and is checked
   * against the two figures it compares.
   */
  CHANGE_FROM_PRIOR_BUDGET("比上年预算数增减");

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
