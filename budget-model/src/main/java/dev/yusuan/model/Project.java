package dev.yusuan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** 项目: a project of a budget unit, 一级 (level 1) or 二级 (level 2, under a parent when known). */
@Value.Immutable
public abstract class Project {
  public abstract String unit();

  public abstract String name();

  /** 1 for 一级项目, 2 for 二级项目. */
  public abstract int level();

  /** The 一级 project a 二级 project belongs to, when the document says so. */
  public abstract Optional<String> parent();

  @Value.Check
  protected void check() {
    if (level() < 1 || level() > 2) {
      throw new IllegalStateException("project level must be 1 or 2: " + level());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableProject.Builder {}
}
