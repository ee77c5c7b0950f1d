package dev.yusuan.cli;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Severity;
import java.util.List;
import java.util.Set;

/**
 * Start-up work done in parallel: while the main thread builds picocli's model of the command and
 * parses the arguments, another thread loads what every command reading documents needs whatever the
 * arguments — the bundled catalogue and the readers and report writers found by {@link BudgetIo} (with
 * the layouts the text reader parses when it is made). On a cold JVM that work is mostly interpreted
 * and takes about as long as picocli; done side by side on two processors, the check of one document
 * starts earlier. The CPU spent is the same: it is work the command does anyway.
 *
 * <p>Nothing runs concurrently with the commands themselves: {@link #await} (called once the arguments
 * are parsed, before a command runs) waits for the warm-up to end, so the library's classes are
 * never initialised from two threads at once (no class-initialisation cycle can lock up). The
 * main thread touches only the two library types picocli needs for the options ({@link ReadLimits},
 * {@link Severity}) before the warm-up starts. A failure of the warm-up is ignored: the command meets
 * it again on its own thread and reports it there.
 */
final class Startup {
  /** The commands that read documents with the standard engine. */
  private static final Set<String> READING = Set.of("check", "convert", "facts");

  private static volatile Thread warming;

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
    ReadLimits.defaults();
    Severity.values();
    Thread t = new Thread(Startup::warm, "yusuan-startup");
    t.setDaemon(true);
    warming = t;
    t.start();
  }

  private static void warm() {
    try {
      Catalogue.standard();
      BudgetIo.readers();
      BudgetIo.reportWriters();
    } catch (RuntimeException | LinkageError e) {
      // met again, and reported, by the command itself
    }
  }

  /** {@return whether a warm-up was started and not yet awaited} */
  static boolean started() {
    return warming != null;
  }

  /** Waits for the warm-up started by {@link #begin}, if any. */
  static void await() {
    Thread t = warming;
    if (t == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
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
