package dev.yusuan.io.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs poppler's {@code pdftotext -layout} (what researchers extract PDFs with) for the space-aligned
 * text tests. Absent: the test is skipped locally and FAILS under CI ({@code .ci/run} installs
 * {@code poppler-utils}).
 */
final class Pdftotext {
  private Pdftotext() {}

  /** Whether {@code pdftotext} runs; under CI its absence fails the calling test. */
  static void require() {
    boolean present = present();
    if (!present && System.getenv("CI") != null) {
      throw new AssertionError("pdftotext missing under CI: .ci/run should have installed poppler-utils");
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(present, "pdftotext missing: install poppler-utils");
  }

  private static Boolean present;

  private static synchronized boolean present() {
    if (present == null) {
      try {
        Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        present = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException | InterruptedException e) {
        present = false;
      }
    }
    return present;
  }

  /** The text of {@code pdf} as {@code pdftotext -layout -enc UTF-8} writes it. */
  static String layout(Path pdf) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-")
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("pdftotext failed on " + pdf);
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  /** The text of PDF bytes. */
  static String layout(byte[] pdf) throws IOException, InterruptedException {
    Path f = Files.createTempFile("yusuan-layout", ".pdf");
    try {
      Files.write(f, pdf);
      return layout(f);
    } finally {
      Files.deleteIfExists(f);
    }
  }
}
