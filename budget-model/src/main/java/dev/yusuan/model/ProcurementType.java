package dev.yusuan.model;

import java.util.Optional;

/** 政府采购 kinds: 货物, 工程, 服务. The total (absent coordinate) is 政府采购预算总额. */
public enum ProcurementType implements HierarchyMember {
  /** 货物. */
  GOODS("货物"),
  /** 工程. */
  WORKS("工程"),
  /** 服务. */
  SERVICES("服务");

  private final String zh;

  ProcurementType(String zh) {
    this.zh = zh;
  }

  @Override
  public Optional<ProcurementType> parent() {
    return Optional.empty();
  }

  @Override
  public String zh() {
    return zh;
  }
}
