package dev.yusuan.model;

import java.util.Optional;

/** A member of a declared hierarchy (fund source, spending type, 三公 item, …). */
public interface HierarchyMember {
  /**
   * The member one level up; empty when its parent is the dimension's total.
   *
   * @return the parent member, or empty
   */
  Optional<? extends HierarchyMember> parent();

  /**
   * The Chinese name as printed in tables.
   *
   * @return the Chinese name, e.g. {@code 一般公共预算}
   */
  String zh();

  /**
   * Stable identifier used in coordinates.
   *
   * @return the identifier (the enum constant name)
   */
  String name();

  /**
   * Whether sums over the hierarchy count this member. A member that is not an addend is printed beside
   * its parent without being one of its parts: a 其中 (of which) row such as 其中：动用上年结转和结余资金,
   * or a separate total such as 财政拨款收入总计. No hierarchy sum counts it; rules relate it to its parent.
   *
   * @return true unless the member is a 其中 row or a separate total
   */
  default boolean addend() {
    return true;
  }
}
