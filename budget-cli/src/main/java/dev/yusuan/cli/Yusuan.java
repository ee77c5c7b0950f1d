package dev.yusuan.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code yusuan} command: {@code check}, {@code convert}, {@code facts}, {@code rules}.
 *
 * <p>Exit codes: 0 no ERROR finding; 1 ERROR findings; 2 usage or input failure (one line on stderr).
 * Its picocli model, and that of {@code check}, is built in code ({@link Specs}).
 */
public final class Yusuan implements Runnable {
  /** Exit code: no ERROR findings. */
  public static final int OK = 0;
  /** Exit code: ERROR findings. */
  public static final int FINDINGS = 1;
  /** Exit code: usage or input failure. */
  public static final int FAILURE = 2;
  /**
   * Exit code: a document was read only partly (amounts it prints were not read as facts,
   * {@link dev.yusuan.io.BudgetIo#partlyRead}) and no ERROR finding: it does not pass.
   */
  public static final int PARTLY_READ = 3;

  private final Context ctx;

  Yusuan(Context ctx) {
    this.ctx = ctx;
  }

  /** {@return the picocli model of the top-level command, without subcommands} */
  CommandSpec spec() {
    return Specs.command(this, "yusuan", new String[] {
        "Reads Chinese government budget disclosures and checks every published number.",
        "读取政府部门预算公开文件，检查每一个公开数字。"}, Specs.EXIT_CODES);
  }

  @Override
  public void run() {
    ctx.out().print(new CommandLine(spec()).getUsageMessage());
  }

  /** Runs with the standard engine; {@code terminal} says whether stdout/stderr are a console. */
  public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
    return run(args, stdin, out, err, System.getenv(), false, Wiring::standard);
  }

  /** Runs with everything injectable (tests). */
  public static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err,
      Map<String, String> env, boolean terminal, Engine.Factory engines) {
    Context ctx = new Context(stdin, out, err, env, terminal, engines);
    CommandLine cl = new CommandLine(new Yusuan(ctx).spec());
    for (Object sub : subcommands(args, ctx)) {
      cl.addSubcommand(sub);
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    // the arguments are parsed: wait for the start-up work done meanwhile (see Startup) before any command runs
    CommandLine.IExecutionStrategy runLast = cl.getExecutionStrategy();
    cl.setExecutionStrategy(parsed -> {
      Startup.await();
      return runLast.execute(parsed);
    });
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setColorScheme(CommandLine.Help.defaultColorScheme(
        ctx.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    cl.setParameterExceptionHandler((ex, a) -> {
      String sub = ex.getCommandLine().getCommandName();
      err.println("yusuan: " + ex.getMessage() + " (see: " + ("yusuan".equals(sub) ? "" : "yusuan ")
          + sub + " --help)");
      return FAILURE;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      err.println("yusuan: " + reason(ex));
      return FAILURE;
    });
    int code;
    try {
      code = cl.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      err.println("yusuan: " + (e instanceof StackOverflowError ? Reading.nested()
          : Reading.outOfMemory("running / 运行")));
      code = FAILURE;
    }
    out.flush();
    if (out.checkError()) {
      // PrintStream hides write errors (a full disk, stdout on /dev/full): never exit 0 after one
      err.println("yusuan: could not write / 无法写入: standard output");
      code = FAILURE;
    }
    err.flush();
    return code;
  }

  /**
   * The subcommands to register: only the one named by the first argument when it names one (the
   * other commands' models are never used then; {@code rules}'s is built from annotations, by
   * reflection, and the others' in code, see {@link Specs}), else all of them (for the top-level
   * usage, {@code --help}, {@code --version}, argument files and errors). Each is the command's
   * {@link picocli.CommandLine.Model.CommandSpec}, or the annotated object for {@code rules}.
   */
  static List<Object> subcommands(String[] args, Context ctx) {
    if (args.length > 0) {
      switch (args[0]) {
        case CheckCommand.NAME:
          return List.of(new CheckCommand(ctx).spec());
        case ConvertCommand.NAME:
          return List.of(new ConvertCommand(ctx).spec());
        case FactsCommand.NAME:
          return List.of(new FactsCommand(ctx).spec());
        case "rules":
          return List.of(new RulesCommand(ctx));
        default:
          break;
      }
    }
    return List.of(new CheckCommand(ctx).spec(), new ConvertCommand(ctx).spec(), new FactsCommand(ctx).spec(),
        new RulesCommand(ctx));
  }

  /** One line saying what went wrong. */
  static String reason(Throwable ex) {
    Throwable t = ex instanceof UncheckedIOException u ? u.getCause() : ex;
    if (t instanceof NoSuchFileException n) {
      return "no such file / 文件不存在: " + n.getFile();
    }
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      m = t.getClass().getSimpleName();
    }
    if (t instanceof IOException && !(t instanceof dev.yusuan.io.UnsupportedFormatException)
        && !(t instanceof dev.yusuan.io.LimitExceededException)
        && !(ex instanceof InputException)) {
      m = "cannot read / 无法读取: " + m;
    }
    return dev.yusuan.io.internal.Printable.of(m);
  }

  /** Entry point: UTF-8 on stdout and stderr whatever the platform default. */
  public static void main(String[] args) {
    // POI logs through the Log4j API; without a provider Log4j prints a status line on stderr for
    // every run. The command line reports problems itself, so use Log4j's silent simple context.
    System.setProperty("log4j2.loggerContextFactory",
        System.getProperty("log4j2.loggerContextFactory",
            "org.apache.logging.log4j.simple.SimpleLoggerContextFactory"));
    System.setProperty("log4j2.simplelogLevel", System.getProperty("log4j2.simplelogLevel", "OFF"));
    Startup.begin(args);
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int code = run(args, System.in, out, err, System.getenv(), System.console() != null, Wiring::standard);
    System.exit(code);
  }
}
