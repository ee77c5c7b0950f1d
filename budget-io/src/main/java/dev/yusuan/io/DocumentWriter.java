package dev.yusuan.io;

import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link BudgetDocument} in one format. Found with {@link java.util.ServiceLoader}.
 * {@link BudgetIo} loads each implementation once and shares the instance between calls and threads,
 * so implementations must be thread-safe (keep no per-call state in fields).
 */
public interface DocumentWriter {
  /** {@return format name, e.g. {@code json}, {@code csv}, {@code xlsx}, {@code fdp}} */
  String format();

  /** {@return the usual file name extension, without the dot} */
  String extension();

  /**
   * Writes to a stream (single-file formats).
   *
   * @param document the document to write
   * @param out where it goes; the caller closes it
   * @throws IOException when the stream cannot be written
   */
  void write(BudgetDocument document, OutputStream out) throws IOException;

  /**
   * Writes to {@code target}: a file for single-file formats; multi-file formats (Fiscal Data
   * Package) override this and treat {@code target} as a directory.
   *
   * @param document the document to write
   * @param target the file (its parent directories are created) or, for multi-file formats, directory
   * @throws IOException when the target cannot be written
   */
  default void write(BudgetDocument document, Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream out = Files.newOutputStream(target)) {
      write(document, out);
    }
  }
}
