package dev.yusuan.io;

import java.io.IOException;

/**
 * A document exceeds one of its {@link ReadLimits}: it was not read (completely). The message names the
 * limit, its value and how to raise it, in English and Chinese.
 */
public final class LimitExceededException extends IOException {
  private static final long serialVersionUID = 1L;
  /** The limit's name, kept in the serial form. */
  private final String limit;

  /**
   * An exception naming the limit exceeded.
   *
   * @param limit the limit's name, e.g. {@code maxLineLength} (see {@link ReadLimits#asMap()})
   * @param value the limit's value in force
   * @param what what was found, in English and Chinese (e.g. "a line of 5000000 characters / 一行
   *     5000000 个字符")
   */
  public LimitExceededException(String limit, long value, String what) {
    super("limit exceeded / 超出限制: " + what + " (" + limit + " = " + value + "; raise with --limit "
        + limit + "=N or -D" + ReadLimits.PROPERTY_PREFIX + limit + "=N)");
    this.limit = limit;
  }

  /** {@return the name of the limit, e.g. {@code maxPages}} */
  public String limit() {
    return limit;
  }
}
