package dev.yusuan.model;

import org.immutables.value.Value;

/** An entry of the table of contents (目录), with its level. */
@Value.Immutable
public abstract class ContentsEntry {
  /**
   * The nesting level of the entry: 1 for a top-level entry (a part or a table), larger for entries
   * under it.
   *
   * @return the level, ≥ 1
   */
  public abstract int level();

  /**
   * The entry title as printed (without page number or dot leaders).
   *
   * @return the title
   */
  public abstract String title();

  /**
   * An entry from its two attributes.
   *
   * @param level the nesting level, 1 for top level
   * @param title the title as printed
   * @return the entry
   */
  public static ContentsEntry of(int level, String title) {
    return builder().level(level).title(title).build();
  }

  /**
   * A new builder; level and title must be set before {@code build()}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableContentsEntry.Builder {}
}
