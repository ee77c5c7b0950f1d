package dev.yusuan.cli;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * Start-up work done in parallel: while the main thread builds picocli's model of the command and
 * parses the arguments, another thread loads what every command reading documents needs whatever the
 * arguments — the bundled catalogue and the readers and report writers found by {@link BudgetIo} (with
 * the layouts the text reader parses when it is made). On a cold JVM that work is mostly interpreted
 * and takes about as long as picocli; done side by side on two processors, the check of one document
 * starts earlier. The CPU spent is the same: it is work the command does anyway.
 *
 * <p>{@link #await} (called once the arguments are parsed, before a command runs) waits for that
 * warm-up to end, so our library's classes are never initialised from two threads at once (no
 * class-initialisation cycle can lock up). The main thread touches only the two library types picocli
 * needs for the options ({@link ReadLimits}, {@link Severity}) before the warm-up starts.
 *
 * <p>When an argument names a PDF, the thread then goes on, while the command loads the PDF, with
 * the tables PDFBox builds at the first text extraction of a JVM whatever the PDF (the Adobe glyph
 * list and the bidi mirroring table of its text stripper, the CMap strings of its ToUnicode parser):
 * leaf classes whose initialisation needs none of the classes the command initialises meanwhile.
 *
 * <p>A failure of the warm-up is ignored: the command meets it again on its own thread and reports it
 * there.
 */
final class Startup {
  /** The commands that read documents with the standard engine. */
  private static final Set<String> READING = Set.of("check", "convert", "facts");

  /** PDFBox classes whose static initialisers build the tables every text extraction uses. */
  private static final List<String> PDF_TABLES = List.of("org.apache.pdfbox.text.PDFTextStripper",
      "org.apache.fontbox.cmap.CMapStrings");

  private static volatile CountDownLatch warming;

  private Startup() {}

  /**
   * Starts the warm-up when {@code args} run a command that reads documents (not for its help or
   * version, nor for {@code rules}).
   */
  static void begin(String[] args) {
    if (args.length == 0 || !READING.contains(args[0])) {
      return;
    }
    for (String a : args) {
      if (List.of("-h", "--help", "-V", "--version").contains(a)) {
        return;
      }
    }
    boolean pdf = false;
    for (String a : args) {
      pdf |= a.toLowerCase(Locale.ROOT).endsWith(".pdf");
    }
    ReadLimits.defaults();
    Severity.values();
    CountDownLatch ready = new CountDownLatch(1);
    boolean tables = pdf;
    Thread t = new Thread(() -> warm(ready, tables), "yusuan-startup");
    t.setDaemon(true);
    warming = ready;
    t.start();
  }

  private static void warm(CountDownLatch ready, boolean pdf) {
    try {
      Catalogue.standard();
      BudgetIo.readers();
      BudgetIo.reportWriters();
    } catch (RuntimeException | LinkageError e) {
      // met again, and reported, by the command itself
    } finally {
      ready.countDown();
    }
    if (pdf) {
      for (String c : PDF_TABLES) {
        try {
          Class.forName(c, true, Startup.class.getClassLoader());
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
          // no PDFBox on the class path, or met again by the reader
        }
      }
    }
  }

  /** {@return whether a warm-up was started and not yet awaited} */
  static boolean started() {
    return warming != null;
  }

  /** Waits for the warm-up started by {@link #begin}, if any. */
  static void await() {
    CountDownLatch ready = warming;
    if (ready == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        ready.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    warming = null;
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
