package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The command is quiet: reading a PDF (PDFBox logs through commons-logging) and an xlsx (POI logs through
 * the Log4j API) in a fresh JVM prints findings on stdout and nothing on stderr — no "Log4j API could
 * not find a logging provider", no SLF4J banner, no font warnings. Logging comes back on with
 * {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=…}.
 */
class QuietLoggingTest {
  static final Path PDF = Path.of("../budget-pdf/src/test/resources/real/jiangsu-high-court-2019-budget.pdf");

  /** stdout and stderr of one run of the command in a fresh JVM. */
  record Run(String out, String err) {}

  static Run run(Path dir, List<String> jvm, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvm);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Yusuan.class.getName());
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void readingAPdfAndAnXlsxPrintsNothingOnStderr(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("k.xlsx");
    Run convert = run(dir, List.of(), "convert", PDF.toString(), "--to", "xlsx", "--out", xlsx.toString());
    // the command's own status line only
    assertThat(convert.err().lines()).containsExactly("wrote / 已写出 " + xlsx);
    for (Path input : List.of(PDF, xlsx)) {
      Run r = run(dir, List.of(), "check", input.toString());
      assertThat(r.out()).as("the report on stdout").isNotBlank();
      assertThat(r.err()).as("stderr of check %s", input.getFileName()).isEmpty();
    }
  }

  @Test
  void loggingCanBeTurnedOnForOneRun(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String err = run(dir, List.of("-Dorg.slf4j.simpleLogger.log.dev.yusuan=debug"), "check", PDF.toString()).err();
    // the library's own debug line, through SLF4J
    assertThat(err).contains("read as pdf").doesNotContain("Log4j API could not find");
  }
}
