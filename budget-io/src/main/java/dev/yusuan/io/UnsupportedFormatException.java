package dev.yusuan.io;

import java.io.IOException;

/**
 * No reader or writer handles the named file or format. Tell it from other I/O failures with
 * {@link IoFailure#of(Throwable)} ({@link IoFailure#UNSUPPORTED_FORMAT}), or catch it before
 * {@link IOException}.
 */
public final class UnsupportedFormatException extends IOException {
  private static final long serialVersionUID = 1L;
  /** The file name or format name, kept in the serial form. */
  private final String nameOrFormat;

  /**
   * An exception naming the file or format.
   *
   * @param nameOrFormat the file name or format name that no reader or writer handles
   */
  public UnsupportedFormatException(String nameOrFormat) {
    super("unsupported format: " + nameOrFormat + " / 不支持的格式: " + nameOrFormat);
    this.nameOrFormat = nameOrFormat;
  }

  /**
   * An exception naming the file or format and why it is not handled, each language once.
   *
   * @param nameOrFormat the file name or format name that no reader or writer handles
   * @param reasonEn why, in English
   * @param reasonZh why, in Chinese
   */
  public UnsupportedFormatException(String nameOrFormat, String reasonEn, String reasonZh) {
    super("unsupported format: " + nameOrFormat + ": " + reasonEn + " / 不支持的格式: " + nameOrFormat + "："
        + reasonZh);
    this.nameOrFormat = nameOrFormat;
  }

  /** {@return the file name or format name that no reader or writer handles} */
  public String nameOrFormat() {
    return nameOrFormat;
  }
}
