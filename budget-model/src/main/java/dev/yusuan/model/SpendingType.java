package dev.yusuan.model;

import java.util.Optional;

/**
 * 支出用途 (spending type): 基本支出 = 人员经费 + 公用经费; 项目支出; 事业单位经营支出; 上缴上级支出;
 * 对附属单位补助支出; 单位预留机动经费. The dimension's total (absent coordinate) is 总计.
 */
public enum SpendingType implements HierarchyMember {
  /** 基本支出. */
  BASIC("基本支出", null),
  /** 人员经费 / 人员支出. */
  PERSONNEL("人员经费", BASIC),
  /** 公用经费 / 日常公用支出. */
  PUBLIC_OPERATION("公用经费", BASIC),
  /** 项目支出. */
  PROJECT("项目支出", null),
  /** 事业单位经营支出. */
  BUSINESS_OPERATION("事业单位经营支出", null),
  /** 上缴上级支出. */
  REMIT_TO_SUPERIOR("上缴上级支出", null),
  /** 对附属单位补助支出. */
  SUBSIDY_TO_AFFILIATED("对附属单位补助支出", null),
  /** 单位预留机动经费 (Jiangsu). */
  RESERVE("单位预留机动经费", null);

  private final String zh;
  private final SpendingType parent;

  SpendingType(String zh, SpendingType parent) {
    this.zh = zh;
    this.parent = parent;
  }

  @Override
  public Optional<SpendingType> parent() {
    return Optional.ofNullable(parent);
  }

  @Override
  public String zh() {
    return zh;
  }
}
