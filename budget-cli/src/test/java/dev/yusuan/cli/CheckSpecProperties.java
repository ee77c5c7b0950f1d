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

/**
 * {@code check}'s model built in code parses any arguments as the annotated model did
 * ({@link AnnotatedModels.Check}): the same value for every option and parameter, defaults included,
 * or the same usage error.
 */
class CheckSpecProperties {
  private static final String[] WORDS = {"--format", "json", "sarif", "--out", "o.txt", "--rules", "r.rules",
      "--catalogue", "c.tsv", "--min-severity", "warning", "ERROR", "LOUD", "--join", "--series", "--previous",
      "p.txt", "--lang", "en", "zh", "fr", "--limit", "maxPages=3", "foo", "--limit=maxDepth=2", "--bogus", "a.txt",
      "-", "dir", "--format=html", "--join=true", "--", "-h", "-V", "--help"};

  @Provide
  Arbitrary<List<String>> arguments() {
    return Arbitraries.of(WORDS).list().ofMaxSize(9);
  }

  @Property(tries = 300)
  void parsesAsTheAnnotatedModel(@ForAll("arguments") List<String> args) {
    PrintStream sink = new PrintStream(PrintStream.nullOutputStream());
    Context ctx = new Context(new ByteArrayInputStream(new byte[0]), sink, sink, Map.of(), false,
        new FakeEngine().factory());
    CommandLine built = new CommandLine(new CheckCommand(ctx).spec());
    CommandLine before = new CommandLine(new AnnotatedModels.Check());
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
      Object expected = o.getValue();
      Object actual = b.findOption(o.longestName()).getValue();
      if (expected instanceof List<?> l && l.isEmpty() || expected instanceof Map<?, ?> m && m.isEmpty()) {
        assertThat(actual).as(o.longestName()).satisfiesAnyOf(v -> assertThat(v).isNull(),
            v -> assertThat(v).isEqualTo(expected));
      } else {
        assertThat(actual).as(o.longestName()).isEqualTo(expected);
      }
    }
    Object inputs = r.positionalParameters().get(0).getValue();
    Object builtInputs = b.positionalParameters().get(0).getValue();
    assertThat(builtInputs == null ? List.of() : builtInputs).isEqualTo(inputs);
    assertThat(built.isUsageHelpRequested()).isEqualTo(before.isUsageHelpRequested());
    assertThat(built.isVersionHelpRequested()).isEqualTo(before.isVersionHelpRequested());
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
