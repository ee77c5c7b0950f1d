package dev.yusuan.cli.hostile;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code yusuan} in a fresh JVM with a bounded heap ({@code -Xmx}), for the cases whose memory bound
 * is the point: the heap limit is the memory bound, and the exit code, stdout and stderr are the outcome.
 * The JVM is killed when it exceeds the time bound.
 */
final class Forked {
  final int code;
  final String out;
  final String err;
  final double seconds;

  private Forked(int code, String out, String err, double seconds) {
    this.code = code;
    this.out = out;
    this.err = err;
    this.seconds = seconds;
  }

  /**
   * Runs {@code java -Xmx<heapMb>m [jvmArgs] dev.yusuan.cli.Yusuan args} with this test's class path.
   *
   * @param stdin a file fed to standard input, or null
   */
  static Forked run(int heapMb, long timeoutSeconds, List<String> jvmArgs, Path stdin, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + heapMb + "m");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("dev.yusuan.cli.Yusuan");
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("yusuan-out", ".txt");
    Path err = Files.createTempFile("yusuan-err", ".txt");
    try {
      ProcessBuilder b = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
      b.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new File("/dev/null"))
          : ProcessBuilder.Redirect.from(stdin.toFile()));
      long start = System.nanoTime();
      Process p = b.start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new AssertionError("yusuan " + String.join(" ", args) + " ran longer than " + timeoutSeconds + " s");
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Forked(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8), seconds);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Override
  public String toString() {
    return "exit " + code + " after " + String.format("%.1f", seconds) + " s\n--- out\n"
        + (out.length() > 4000 ? out.substring(0, 4000) + "…" : out) + "\n--- err\n"
        + (err.length() > 4000 ? err.substring(0, 4000) + "…" : err);
  }
}
