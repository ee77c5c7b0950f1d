package dev.yusuan.model;

import java.util.Optional;

/**
 * "三公"经费 items: 因公出国(境)费, 公务用车购置及运行(维护)费 {购置费, 运行维护费}, 公务接待费. The
 * dimension's total (absent coordinate) is "三公"经费合计.
 */
public enum ThreePublicItem implements HierarchyMember {
  /** 因公出国(境)费. */
  OUTBOUND_TRAVEL("因公出国(境)费", null),
  /** 公务用车购置及运行费. */
  VEHICLES("公务用车购置及运行费", null),
  /** 公务用车购置费. */
  VEHICLE_PURCHASE("公务用车购置费", VEHICLES),
  /** 公务用车运行维护费. */
  VEHICLE_OPERATION("公务用车运行维护费", VEHICLES),
  /** 公务接待费. */
  RECEPTION("公务接待费", null);

  private final String zh;
  private final ThreePublicItem parent;

  ThreePublicItem(String zh, ThreePublicItem parent) {
    this.zh = zh;
    this.parent = parent;
  }

  @Override
  public Optional<ThreePublicItem> parent() {
    return Optional.ofNullable(parent);
  }

  @Override
  public String zh() {
    return zh;
  }
}
