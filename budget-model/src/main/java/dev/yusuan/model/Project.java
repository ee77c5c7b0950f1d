package dev.yusuan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** 项目: a project of a budget unit, 一级 (level 1) or 二级 (level 2, under a parent when known). */
@Value.Immutable
public abstract class Project {
  /**
   * The budget unit (预算单位) the project belongs to.
   *
   * @return the unit name as printed
   */
  public abstract String unit();

  /**
   * The project name (项目名称) as printed.
   *
   * @return the project name
   */
  public abstract String name();

  /**
   * 1 for 一级项目, 2 for 二级项目.
   *
   * @return 1 or 2
   */
  public abstract int level();

  /**
   * The 一级 project a 二级 project belongs to, when the document says so.
   *
   * @return the parent project's name, or empty (always empty for a 一级 project)
   */
  public abstract Optional<String> parent();

  /**
   * Validates the level when the value is built.
   *
   * @throws IllegalStateException if the level is not 1 or 2
   */
  @Value.Check
  protected void check() {
    if (level() < 1 || level() > 2) {
      throw new IllegalStateException("project level must be 1 or 2: " + level());
    }
  }

  /**
   * A new builder; unit, name and level must be set before {@code build()}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableProject.Builder {}
}
