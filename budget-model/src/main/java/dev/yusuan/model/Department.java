package dev.yusuan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** 部门: name, short name (e.g. 区人大办) and code (e.g. 102). */
@Value.Immutable
public abstract class Department {
  /**
   * The full department name (部门名称).
   *
   * @return the name as printed
   */
  public abstract String name();

  /**
   * The short name used in file names and headings, e.g. 区人大办.
   *
   * @return the short name, or empty when the document gives none
   */
  public abstract Optional<String> shortName();

  /**
   * The department code (部门编码), e.g. {@code 102}.
   *
   * @return the code, or empty when the document gives none
   */
  public abstract Optional<String> code();

  /**
   * A new builder; {@code name} must be set before {@code build()}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableDepartment.Builder {}
}
