package dev.yusuan.io;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * What kind of failure an exception thrown by {@link BudgetIo} is, so that a batch job can decide
 * without {@code instanceof} chains whether to skip the file, fix its configuration or retry:
 * {@code switch (IoFailure.of(e)) { case UNSUPPORTED_FORMAT -> …; case NOT_FOUND -> …; … }}.
 *
 * <p>Bad content inside a readable file is not an exception at all: it is a diagnostic in the
 * document ({@code BudgetDocument.diagnostics()}).
 */
public enum IoFailure {
  /** No reader or writer handles the file or the named format ({@link UnsupportedFormatException}). */
  UNSUPPORTED_FORMAT,
  /** The file or directory does not exist. */
  NOT_FOUND,
  /** The file exists but may not be read or written. */
  ACCESS_DENIED,
  /** Any other input/output failure (device, network file system, disk full, closed stream). */
  IO,
  /** Not an input/output failure (a bug or a resource exhausted). */
  OTHER;

  /**
   * Classifies an exception (its cause chain is not followed: {@link BudgetIo} throws the cause itself).
   *
   * @param t the exception thrown
   * @return its kind; {@link #IO} for any other {@link java.io.IOException}, {@link #OTHER} for the rest
   */
  public static IoFailure of(Throwable t) {
    if (t instanceof UnsupportedFormatException) {
      return UNSUPPORTED_FORMAT;
    }
    if (t instanceof NoSuchFileException || t instanceof FileNotFoundException
        || t instanceof NotDirectoryException) {
      return NOT_FOUND;
    }
    if (t instanceof AccessDeniedException) {
      return ACCESS_DENIED;
    }
    if (t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException) {
      return IO;
    }
    return OTHER;
  }
}
