package dev.yusuan.cli;

import dev.yusuan.io.ReadLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code --limit NAME=VALUE}: the read limits of docs/security.md, over the yusuan.limit.* properties. */
final class LimitOptions {
  private static final String NAME = "--limit";
  private static final String LABEL = "NAME=VALUE";
  private static final String DESCRIPTION =
      "Change a read limit, e.g. maxPages=5000 (repeatable; see docs/security.md).";

  Map<String, String> values = new LinkedHashMap<>();

  /** {@return the option, for a model built in code ({@link Specs})} */
  static OptionSpec option() {
    return OptionSpec.builder(NAME).type(Map.class).auxiliaryTypes(String.class, String.class).paramLabel(LABEL)
        .description(DESCRIPTION).build();
  }

  /** {@return the values of {@link #option} parsed into {@code spec}, in the order given} */
  static Map<String, String> values(CommandSpec spec) {
    Map<String, String> v = spec.findOption(NAME).getValue();
    return v == null ? new LinkedHashMap<>() : v;
  }

  ReadLimits limits() {
    try {
      return ReadLimits.fromSystemProperties().with(values);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
  }
}
