package dev.yusuan.model;

import org.immutables.value.Value;

/** A narrative section: heading with its level (1 = 一、, 2 = (一), 3 = 1.), and its text. */
@Value.Immutable
public abstract class Section {
  public abstract int level();

  public abstract String heading();

  /** The section's own paragraphs joined with newlines (sub-sections not included). */
  public abstract String text();

  public abstract Provenance provenance();

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableSection.Builder {}
}
