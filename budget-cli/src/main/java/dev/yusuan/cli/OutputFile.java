package dev.yusuan.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * An output file written safely: first to a hidden temporary file beside it, moved over the target
 * (atomically where the file system allows) only once everything was written, so a failure leaves any
 * previous file untouched and never a truncated or empty one. A target that is also an input is refused
 * before anything is read.
 */
final class OutputFile implements AutoCloseable {
  private final Path target;
  private final Path temp;
  private final OutputStream stream;
  private boolean committed;

  private OutputFile(Path target, Path temp, OutputStream stream) {
    this.target = target;
    this.temp = temp;
    this.stream = stream;
  }

  /** Refuses {@code out} when it is (a link to) one of the input files. */
  static void refuseInputs(Path out, List<Path> inputs) {
    if (!Files.exists(out)) {
      return;
    }
    for (Path in : inputs) {
      try {
        if (Files.isSameFile(out, in)) {
          throw new InputException("the output file is also an input / 输出文件同时是输入文件: " + out);
        }
      } catch (IOException e) {
        // an input that cannot be compared is reported when it is read
      }
    }
  }

  static OutputFile create(Path target) {
    try {
      Path abs = target.toAbsolutePath();
      Path parent = abs.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      if (Files.isDirectory(abs)) {
        throw new IOException("is a directory / 是目录");
      }
      // createFile, unlike createTempFile, gives the file the usual permissions (umask), kept by the move
      Path temp = Files.createFile(parent.resolve("." + abs.getFileName() + "."
          + Long.toHexString(System.nanoTime() ^ Thread.currentThread().getId() << 48) + ".tmp"));
      return new OutputFile(target, temp, new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16));
    } catch (IOException e) {
      throw failed(target, e);
    }
  }

  OutputStream stream() {
    return stream;
  }

  /** Closes the temporary file and moves it over the target. */
  void commit() {
    try {
      stream.close();
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      committed = true;
    } catch (IOException e) {
      throw failed(target, e);
    }
  }

  /** Without {@link #commit()}: removes the temporary file, leaving the target as it was. */
  @Override
  public void close() {
    if (!committed) {
      try {
        stream.close();
      } catch (IOException e) {
        // the write already failed
      }
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // nothing more to do
      }
    }
  }

  static InputException failed(Path target, IOException e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new InputException("could not write / 无法写入: " + target + ": " + m.replace('\n', ' '));
  }
}
