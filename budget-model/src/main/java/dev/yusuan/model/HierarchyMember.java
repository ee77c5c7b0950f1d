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
}
