package dev.yusuan.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/** What a command runs with: streams, environment, whether stdout/stderr are a terminal, the engine. */
record Context(InputStream stdin, PrintStream out, PrintStream err, Map<String, String> env,
    boolean terminal, Engine.Factory engines) {

  /** Colours: only on a terminal, and never when {@code NO_COLOR} is set (https://no-color.org). */
  boolean colour() {
    String nc = env.get("NO_COLOR");
    return terminal && (nc == null || nc.isEmpty());
  }
}
