package dev.yusuan.cli;

import java.io.PrintStream;

/** A progress bar on stderr, drawn only on a terminal. Thread-confined to the caller. */
final class Progress {
  private static final int WIDTH = 30;
  private final PrintStream err;
  private final int total;
  private final boolean show;
  private int done;
  private int drawn = -1;

  Progress(PrintStream err, int total, boolean show) {
    this.err = err;
    this.total = total;
    this.show = show;
  }

  void step() {
    done++;
    if (!show) {
      return;
    }
    int filled = (int) ((long) done * WIDTH / Math.max(total, 1));
    if (filled != drawn || done == total) {
      drawn = filled;
      err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/" + total);
      err.flush();
    }
  }

  /** Removes the bar (to print something on the same terminal); the next step draws it again. */
  void erase() {
    if (show && drawn >= 0) {
      err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
      err.flush();
      drawn = -1;
    }
  }

  void done() {
    if (show) {
      err.print("\r" + " ".repeat(WIDTH + 24) + "\r");
      err.flush();
    }
  }

  /** Columns a string takes on a terminal (CJK characters take two). */
  static int displayWidth(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += isWide(cp) ? 2 : 1;
    }
    return w;
  }

  static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - displayWidth(s)));
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
