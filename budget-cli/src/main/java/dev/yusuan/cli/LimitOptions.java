package dev.yusuan.cli;

import dev.yusuan.io.ReadLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --limit NAME=VALUE}: the read limits of docs/security.md, over the yusuan.limit.* properties. */
final class LimitOptions {
  @Option(names = "--limit", paramLabel = "NAME=VALUE",
      description = "Change a read limit, e.g. maxPages=5000 (repeatable; see docs/security.md).")
  Map<String, String> values = new LinkedHashMap<>();

  ReadLimits limits() {
    try {
      return ReadLimits.fromSystemProperties().with(values);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
  }
}
