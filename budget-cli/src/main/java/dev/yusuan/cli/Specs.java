package dev.yusuan.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Command models built with picocli's programmatic API rather than from annotations: picocli reads
 * annotations by reflection and, on JDK 17, makes a proxy class per annotation type at run time, which
 * no class-data archive can hold — a large part of a cold start (docs/benchmarks.md, "Start-up,
 * seventh pass"). The models are those the annotations made: the same names, labels, descriptions,
 * defaults and order (SubcommandsTest compares their help with the annotated reference models).
 */
final class Specs {
  /** The exit codes of every command that reads documents. */
  static final String[] EXIT_CODES = {"0:no ERROR finding / 无错误", "1:ERROR findings / 发现错误",
      "2:usage or input failure / 用法或输入错误", "3:read only partly, no ERROR finding / 未完整读取（无错误）"};

  private Specs() {}

  /**
   * A command run through {@code userObject} (a {@link Runnable} or {@link java.util.concurrent.Callable}),
   * with {@code -h}/{@code --help} and {@code -V}/{@code --version} as {@code mixinStandardHelpOptions}
   * gives them, the {@link Version} provider, a description and the exit code list.
   */
  static CommandSpec command(Object userObject, String name, String[] description, String... exitCodes) {
    CommandSpec s = CommandSpec.wrapWithoutInspection(userObject).name(name).versionProvider(new Version());
    s.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).initialValue(false)
        .description("Show this help message and exit.").build());
    s.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).type(boolean.class).initialValue(false)
        .description("Print version information and exit.").build());
    s.usageMessage().description(description);
    if (exitCodes.length > 0) {
      Map<String, String> codes = new LinkedHashMap<>();
      for (String c : exitCodes) {
        int colon = c.indexOf(':');
        codes.put(c.substring(0, colon), c.substring(colon + 1));
      }
      s.usageMessage().exitCodeListHeading("%nExit codes / 退出码:%n").exitCodeList(codes);
    }
    return s;
  }

  /** An option taking a value of {@code type}, shown as {@code label}. */
  static OptionSpec.Builder option(String name, Class<?> type, String label, String description) {
    return OptionSpec.builder(name).type(type).paramLabel(label).description(description);
  }

  /** The one document a command reads: {@code IN}, a file or {@code -}. */
  static PositionalParamSpec document() {
    return PositionalParamSpec.builder().index("0").arity("1").required(true).type(String.class).paramLabel("IN")
        .description("The document (or - for standard input).").build();
  }

  /** A boolean flag. */
  static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).type(boolean.class).initialValue(false).description(description).build();
  }

  /** A repeatable option collecting values of {@code type} in a list. */
  static OptionSpec list(String name, Class<?> type, String label, String description) {
    return OptionSpec.builder(name).type(java.util.List.class).auxiliaryTypes(type).paramLabel(label)
        .description(description).build();
  }
}
