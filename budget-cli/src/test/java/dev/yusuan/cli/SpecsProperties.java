package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The models of {@code check}, {@code convert} and {@code facts} built in code ({@link Specs}) parse
 * any arguments as the annotated models did ({@link AnnotatedModels}): the same value for every option
 * and parameter, defaults included, or the same usage error.
 */
class SpecsProperties {
  private static final String[] WORDS = {"--format", "json", "sarif", "csv", "--out", "o.txt", "--rules",
      "r.rules", "--catalogue", "c.tsv", "--min-severity", "warning", "ERROR", "LOUD", "--join", "--series",
      "--previous", "p.txt", "--lang", "en", "zh", "fr", "--limit", "maxPages=3", "foo", "--limit=maxDepth=2",
      "--bogus", "a.txt", "-", "dir", "--format=html", "--join=true", "--", "-h", "-V", "--help", "--to", "xlsx",
      "--to=fdp", "--out=x"};

  @Provide
  Arbitrary<List<String>> arguments() {
    return Arbitraries.of(WORDS).list().ofMaxSize(9);
  }

  @Provide
  Arbitrary<String> commands() {
    return Arbitraries.of("check", "convert", "facts");
  }

  @Property(tries = 400)
  void parsesAsTheAnnotatedModel(@ForAll("commands") String command, @ForAll("arguments") List<String> args) {
    PrintStream sink = new PrintStream(PrintStream.nullOutputStream());
    Context ctx = new Context(new ByteArrayInputStream(new byte[0]), sink, sink, Map.of(), false,
        new FakeEngine().factory());
    CommandLine built = new CommandLine(switch (command) {
      case "check" -> new CheckCommand(ctx).spec();
      case "convert" -> new ConvertCommand(ctx).spec();
      default -> new FactsCommand(ctx).spec();
    });
    CommandLine before = new CommandLine(switch (command) {
      case "check" -> new AnnotatedModels.Check();
      case "convert" -> new AnnotatedModels.Convert();
      default -> new AnnotatedModels.Facts();
    });
    built.setCaseInsensitiveEnumValuesAllowed(true);
    before.setCaseInsensitiveEnumValuesAllowed(true);
    String[] a = args.toArray(new String[0]);
    String builtError = error(built, a);
    assertThat(builtError).isEqualTo(error(before, a));
    if (builtError != null) {
      return;
    }
    CommandSpec b = built.getCommandSpec();
    CommandSpec r = before.getCommandSpec();
    assertThat(b.options()).hasSameSizeAs(r.options());
    for (OptionSpec o : r.options()) {
      assertSame(o.longestName(), b.findOption(o.longestName()).getValue(), o.getValue());
    }
    assertThat(b.positionalParameters()).hasSameSizeAs(r.positionalParameters());
    for (int i = 0; i < r.positionalParameters().size(); i++) {
      PositionalParamSpec p = r.positionalParameters().get(i);
      assertSame(p.paramLabel(), b.positionalParameters().get(i).getValue(), p.getValue());
    }
    assertThat(built.isUsageHelpRequested()).isEqualTo(before.isUsageHelpRequested());
    assertThat(built.isVersionHelpRequested()).isEqualTo(before.isVersionHelpRequested());
  }

  /** Equal values; a collection the annotated model starts empty may be absent (null) in the built one. */
  private static void assertSame(String name, Object actual, Object expected) {
    if (expected instanceof List<?> l && l.isEmpty() || expected instanceof Map<?, ?> m && m.isEmpty()) {
      assertThat(actual).as(name).satisfiesAnyOf(v -> assertThat(v).isNull(), v -> assertThat(v).isEqualTo(expected));
    } else {
      assertThat(actual).as(name).isEqualTo(expected);
    }
  }

  private static String error(CommandLine cl, String[] args) {
    try {
      cl.parseArgs(args);
      return null;
    } catch (CommandLine.ParameterException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
