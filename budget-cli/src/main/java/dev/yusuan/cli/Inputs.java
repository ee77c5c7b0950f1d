package dev.yusuan.cli;

import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Turns command-line arguments (files, directories, {@code -}) into documents to read. */
final class Inputs {
  /** The embedded default: the Keqiao 2024 budget bundled with budget-io. */
  static final String DEFAULT_RESOURCE = "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt";
  static final String DEFAULT_NAME = "keqiao-rendaban-2024-budget.txt";

  /** Something to read: a name for reports and a way to open it. */
  interface Source {
    String name();

    InputStream open() throws IOException;
  }

  record FileSource(Path path) implements Source {
    @Override
    public String name() {
      return path.toString();
    }

    @Override
    public InputStream open() throws IOException {
      return Files.newInputStream(path);
    }
  }

  record BytesSource(String name, byte[] bytes) implements Source {
    @Override
    public InputStream open() {
      return new ByteArrayInputStream(bytes);
    }
  }

  /** A file found in a directory that is not read, and why (a dangling or looping link, …). */
  record RefusedSource(String name, String reason) implements Source {
    @Override
    public InputStream open() throws IOException {
      throw new InputException(reason);
    }
  }

  record ResourceSource(String name, String resource) implements Source {
    @Override
    public InputStream open() throws IOException {
      InputStream in = Inputs.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      return in;
    }
  }

  /** The sources, and whether this is a batch (a directory or several inputs). */
  record Expanded(List<Source> sources, boolean batch) {
    /** The files among the sources. */
    List<Path> files() {
      return sources.stream().filter(FileSource.class::isInstance).map(f -> ((FileSource) f).path()).toList();
    }
  }

  private Inputs() {}

  static Expanded expand(List<String> args, InputStream stdin, Set<String> extensions) throws IOException {
    return expand(args, stdin, extensions, ReadLimits.fromSystemProperties());
  }

  /**
   * The documents named by {@code args}. Standard input ({@code -}) is read here, once, within
   * {@code limits.maxFileBytes()} while it is read (never more than that many bytes plus one are held).
   */
  static Expanded expand(List<String> args, InputStream stdin, Set<String> extensions, ReadLimits limits)
      throws IOException {
    if (args.isEmpty()) {
      return new Expanded(List.of(new ResourceSource(DEFAULT_NAME, DEFAULT_RESOURCE)), false);
    }
    List<Source> out = new ArrayList<>();
    boolean batch = args.size() > 1;
    boolean stdinUsed = false;
    for (String a : args) {
      if ("-".equals(a)) {
        if (stdinUsed) {
          throw new InputException("standard input given twice / 标准输入只能使用一次");
        }
        stdinUsed = true;
        out.add(new BytesSource("stdin", bounded(stdin, limits.maxFileBytes())));
        continue;
      }
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        batch = true;
        List<Source> found = directory(p, extensions);
        if (found.isEmpty()) {
          throw new InputException("no document in directory / 目录中没有文件: " + a);
        }
        out.addAll(found);
      } else if (Files.isRegularFile(p)) {
        if (!Files.isReadable(p)) {
          throw new InputException("cannot read / 无法读取: " + a);
        }
        out.add(new FileSource(p));
      } else {
        throw new InputException("no such file / 文件不存在: " + a);
      }
    }
    return new Expanded(out, batch);
  }

  /**
   * The documents below a directory, sorted. Symbolic links are not followed out of the directory: a
   * link whose target lies outside it, a dangling link and a link loop are each a refused source (a row
   * of the batch with the reason), never read and never skipped silently. Links to directories are
   * not followed.
   */
  private static List<Source> directory(Path dir, Set<String> extensions) throws IOException {
    Path root = dir.toRealPath();
    List<Path> paths;
    try (Stream<Path> s = Files.walk(dir)) {
      paths = s.filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> Files.isSymbolicLink(f) || Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .filter(f -> accepts(f, extensions)).sorted().toList();
    }
    List<Source> out = new ArrayList<>();
    for (Path f : paths) {
      if (!Files.isSymbolicLink(f)) {
        out.add(new FileSource(f));
        continue;
      }
      Path real;
      try {
        real = f.toRealPath();
      } catch (java.nio.file.FileSystemException e) {
        String why = e.getMessage() != null && e.getMessage().contains("Too many levels")
            ? "symbolic link loop, not followed / 符号链接循环，未读取"
            : "dangling symbolic link, not followed / 符号链接无效，未读取";
        out.add(new RefusedSource(f.toString(), why));
        continue;
      }
      if (!real.startsWith(root)) {
        out.add(new RefusedSource(f.toString(),
            "symbolic link to a file outside the directory, not followed / 符号链接指向目录之外，未读取"));
      } else if (Files.isRegularFile(real)) {
        out.add(new FileSource(f));
      }
    }
    return out;
  }

  /** At most {@code max} bytes of standard input; more is "limit exceeded", found while reading. */
  static byte[] bounded(InputStream in, long max) throws IOException {
    byte[] b = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    if (b.length > max) {
      throw new InputException("stdin: " + new LimitExceededException("maxFileBytes", max,
          "standard input longer than " + max + " bytes / 标准输入超过 " + max + " 字节").getMessage());
    }
    return b;
  }

  private static boolean accepts(Path f, Set<String> extensions) {
    if (extensions.isEmpty()) {
      return true;
    }
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot >= 0 && extensions.contains(n.substring(dot + 1));
  }

  /** One source read: the whole input for single-document commands (convert, facts). */
  static Source single(String arg, InputStream stdin, ReadLimits limits) throws IOException {
    Expanded e = expand(List.of(arg), stdin, Set.of(), limits);
    if (e.batch() || e.sources().size() != 1) {
      throw new InputException("expected one file, not a directory / 需要一个文件: " + arg);
    }
    return e.sources().get(0);
  }
}
