package dev.yusuan.model;

import org.immutables.value.Value;

/** A narrative section: heading with its level (1 = 一、, 2 = (一), 3 = 1.), and its text. */
@Value.Immutable
public abstract class Section {
  /**
   * The heading level: 1 for {@code 一、}, 2 for {@code (一)}, 3 for {@code 1.}.
   *
   * @return the level, 1 to 3
   */
  public abstract int level();

  /**
   * The heading as printed, numbering included.
   *
   * @return the heading
   */
  public abstract String heading();

  /**
   * The section's own paragraphs joined with newlines (sub-sections not included).
   *
   * @return the text, possibly empty
   */
  public abstract String text();

  /**
   * Where the section starts (file, page, line).
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * A new builder; every attribute must be set before {@code build()}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableSection.Builder {}
}
