package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line registers only the subcommand its first argument names: each subcommand's help,
 * version and usage errors are those of the model with every subcommand registered.
 */
class SubcommandsTest {
  private static final String[] NAMES = {"check", "convert", "facts", "rules"};

  private static Context context() {
    PrintStream sink = new PrintStream(PrintStream.nullOutputStream());
    return new Context(new ByteArrayInputStream(new byte[0]), sink, sink, Map.of(), false,
        new FakeEngine().factory());
  }

  /** The full model, as before: the top-level command and all four subcommands. */
  private static CommandLine full(Context ctx) {
    CommandLine cl = new CommandLine(new Yusuan(ctx).spec());
    for (Object sub : Yusuan.subcommands(new String[0], ctx)) {
      cl.addSubcommand(sub);
    }
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    return cl;
  }

  @Test
  void theFirstArgumentsCommandAloneIsRegistered() {
    Context ctx = context();
    for (String name : NAMES) {
      assertThat(Yusuan.subcommands(new String[] {name, "x"}, ctx))
          .singleElement()
          .satisfies(s -> assertThat(name(s)).isEqualTo(name));
    }
    for (String[] args : new String[][] {{}, {"--help"}, {"Check"}, {"@args.txt"}, {"x", "check"}}) {
      assertThat(Yusuan.subcommands(args, ctx)).hasSize(NAMES.length);
    }
  }

  @Test
  void helpOfEachSubcommandIsThatOfTheFullModel() {
    CommandLine full = full(context());
    for (String name : NAMES) {
      Cli c = Cli.run(new FakeEngine().factory(), name, "--help");
      assertThat(c.code).as(c.toString()).isZero();
      assertThat(c.out).isEqualTo(full.getSubcommands().get(name).getUsageMessage());
    }
  }

  /** check's help and the top-level help list every exit code, 3 (read only partly) included. */
  @Test
  void helpListsEveryExitCode() {
    for (String[] args : new String[][] {{"--help"}, {"check", "--help"}}) {
      Cli c = Cli.run(new FakeEngine().factory(), args);
      assertThat(c.out).as(String.join(" ", args)).contains("0", "1", "2",
          "3   read only partly, no ERROR finding / 未完整读取（无错误）");
    }
  }

  @Test
  void topLevelHelpStillListsEveryCommand() {
    Cli c = Cli.run(new FakeEngine().factory(), "--help");
    assertThat(c.out).isEqualTo(full(context()).getUsageMessage()).contains(NAMES);
  }

  @Test
  void usageErrorsAreThoseOfTheFullModel() {
    for (String name : NAMES) {
      Cli c = Cli.run(new FakeEngine().factory(), name, "--no-such-option");
      StringWriter expected = new StringWriter();
      CommandLine full = full(context());
      full.setErr(new PrintWriter(expected));
      full.setParameterExceptionHandler((ex, a) -> {
        expected.write("yusuan: " + ex.getMessage() + " (see: yusuan " + ex.getCommandLine().getCommandName()
            + " --help)" + System.lineSeparator());
        return Yusuan.FAILURE;
      });
      assertThat(full.execute(name, "--no-such-option")).isEqualTo(c.code).isEqualTo(Yusuan.FAILURE);
      assertThat(c.err).isEqualTo(expected.toString());
    }
  }

  /** The name of a command {@link Yusuan#subcommands} gives: a model built in code, or an annotated object. */
  static String name(Object command) {
    return command instanceof CommandLine.Model.CommandSpec s ? s.name()
        : command.getClass().getAnnotation(Command.class).name();
  }

  /** The models as the annotations made them before ({@link AnnotatedModels}; rules is still annotated). */
  private static CommandLine annotated(Context ctx) {
    CommandLine cl = new CommandLine(new AnnotatedModels.Top());
    cl.addSubcommand(new AnnotatedModels.Check());
    cl.addSubcommand(new AnnotatedModels.Convert());
    cl.addSubcommand(new AnnotatedModels.Facts());
    cl.addSubcommand(new RulesCommand(ctx));
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    return cl;
  }

  @Test
  void modelsBuiltInCodeHaveTheHelpAndVersionOfTheAnnotatedOnes() {
    Context ctx = context();
    CommandLine built = full(ctx);
    CommandLine before = annotated(ctx);
    assertThat(built.getUsageMessage()).isEqualTo(before.getUsageMessage());
    for (String name : NAMES) {
      assertThat(built.getSubcommands().get(name).getUsageMessage()).as(name)
          .isEqualTo(before.getSubcommands().get(name).getUsageMessage());
    }
    assertThat(built.getSubcommands().get("check").getUsageMessage())
        .contains("--min-severity=ERROR|WARNING|INFO", "(default: INFO)", "[--limit=NAME=VALUE]...");
    assertThat(new CommandLine(new Yusuan(ctx).spec()).getUsageMessage())
        .isEqualTo(new CommandLine(new AnnotatedModels.Top()).getUsageMessage());
    for (CommandLine[] pair : new CommandLine[][] {{built, before},
        {built.getSubcommands().get("check"), before.getSubcommands().get("check")},
        {built.getSubcommands().get("convert"), before.getSubcommands().get("convert")},
        {built.getSubcommands().get("facts"), before.getSubcommands().get("facts")}}) {
      StringWriter a = new StringWriter();
      StringWriter b = new StringWriter();
      pair[0].printVersionHelp(new PrintWriter(a));
      pair[1].printVersionHelp(new PrintWriter(b));
      assertThat(a.toString()).isEqualTo(b.toString()).startsWith("yusuan ");
    }
    Cli c = Cli.run(new FakeEngine().factory());
    assertThat(c.out).isEqualTo(new CommandLine(new AnnotatedModels.Top()).getUsageMessage());
  }
}
