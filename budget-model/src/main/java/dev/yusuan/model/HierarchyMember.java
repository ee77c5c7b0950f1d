package dev.yusuan.model;

import java.util.Optional;

/** A member of a declared hierarchy (fund source, spending type, 三公 item, …). */
public interface HierarchyMember {
  /** The member one level up; empty when its parent is the dimension's total. */
  Optional<? extends HierarchyMember> parent();

  /** The Chinese name as printed in tables. */
  String zh();

  /** Stable identifier used in coordinates. */
  String name();
}
