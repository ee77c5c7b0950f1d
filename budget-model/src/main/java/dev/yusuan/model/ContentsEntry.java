package dev.yusuan.model;

import org.immutables.value.Value;

/** An entry of the table of contents (目录), with its level. */
@Value.Immutable
public abstract class ContentsEntry {
  public abstract int level();

  public abstract String title();

  public static ContentsEntry of(int level, String title) {
    return builder().level(level).title(title).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableContentsEntry.Builder {}
}
