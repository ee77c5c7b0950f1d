package dev.yusuan.io;

import java.io.IOException;

/** No reader or writer handles the named file or format. */
public final class UnsupportedFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public UnsupportedFormatException(String nameOrFormat) {
    super("unsupported format: " + nameOrFormat + " / 不支持的格式: " + nameOrFormat);
  }
}
