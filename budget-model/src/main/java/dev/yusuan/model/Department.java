package dev.yusuan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** 部门: name, short name (e.g. 区人大办) and code (e.g. 102). */
@Value.Immutable
public abstract class Department {
  public abstract String name();

  public abstract Optional<String> shortName();

  public abstract Optional<String> code();

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableDepartment.Builder {}
}
