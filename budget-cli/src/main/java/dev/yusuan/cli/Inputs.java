package dev.yusuan.cli;

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
  record Expanded(List<Source> sources, boolean batch) {}

  private Inputs() {}

  static Expanded expand(List<String> args, InputStream stdin, Set<String> extensions) throws IOException {
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
        out.add(new BytesSource("stdin", stdin.readAllBytes()));
        continue;
      }
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        batch = true;
        List<Path> files;
        try (Stream<Path> s = Files.walk(p)) {
          files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
              .filter(f -> accepts(f, extensions)).sorted().toList();
        }
        if (files.isEmpty()) {
          throw new InputException("no document in directory / 目录中没有文件: " + a);
        }
        files.forEach(f -> out.add(new FileSource(f)));
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

  private static boolean accepts(Path f, Set<String> extensions) {
    if (extensions.isEmpty()) {
      return true;
    }
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = n.lastIndexOf('.');
    return dot >= 0 && extensions.contains(n.substring(dot + 1));
  }

  /** One source read: the whole input for single-document commands (convert, facts). */
  static Source single(String arg, InputStream stdin) throws IOException {
    Expanded e = expand(List.of(arg), stdin, Set.of());
    if (e.batch() || e.sources().size() != 1) {
      throw new InputException("expected one file, not a directory / 需要一个文件: " + arg);
    }
    return e.sources().get(0);
  }
}
