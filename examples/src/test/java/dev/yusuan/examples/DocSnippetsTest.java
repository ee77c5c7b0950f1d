package dev.yusuan.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RulePack;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java snippet in README.md and docs/*.md is compiled and run, and every rule-language example
 * is parsed and run on the Keqiao example, so the documentation cannot go stale.
 *
 * <p>A snippet is the body of a method. It may use these fixtures, as a reader of the docs would have
 * them: {@code args} (the Keqiao text), {@code out} (a print stream), {@code document} (the Keqiao
 * document), {@code path} (the Keqiao text), {@code text} (a rule-language text), {@code narrative} and
 * {@code tables} (a real narrative + tables PDF pair), {@code threePublicCapPerUnit()} (from
 * {@link CustomRulesExample}). File names in {@code Path.of("…")} are resolved in a scratch
 * directory that holds {@code budget.txt} (Keqiao), {@code budget.pdf} and the real PDFs by name.
 */
public class DocSnippetsTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path REAL = ROOT.resolve("budget-pdf/src/test/resources/real");
  /** Snippets that need what the examples module does not have, with the reason. */
  static final Map<String, String> NOT_RUN = Map.of(
      "docs/spark.md", "needs Spark on the class path; budget-spark's YusuanSparkTest runs the same calls");
  static final Pattern FENCE = Pattern.compile("(?ms)^```(java|rules)\\n(.*?)^```");

  @TempDir static Path scratch;
  static BudgetDocument keqiao;

  record Snippet(String file, int line, String lang, String code) {
    String name() {
      return file + ":" + line;
    }
  }

  static List<Snippet> snippets() throws IOException {
    List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    List<Snippet> out = new ArrayList<>();
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      Matcher m = FENCE.matcher(text);
      while (m.find()) {
        int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
        out.add(new Snippet(ROOT.relativize(f).toString(), line, m.group(1), m.group(2)));
      }
    }
    return out;
  }

  @BeforeAll
  static void fixtures() throws IOException {
    try (InputStream in = DocSnippetsTest.class.getResourceAsStream(
        "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt")) {
      Files.write(scratch.resolve("budget.txt"), in.readAllBytes());
    }
    keqiao = BudgetIo.read(scratch.resolve("budget.txt"));
    try (Stream<Path> pdfs = Files.list(REAL)) {
      for (Path p : pdfs.filter(p -> p.toString().endsWith(".pdf")).toList()) {
        Files.copy(p, scratch.resolve(p.getFileName()));
      }
    }
    Files.copy(REAL.resolve("jiangsu-high-court-2019-budget.pdf"), scratch.resolve("budget.pdf"));
    Files.writeString(scratch.resolve("shanghai-2025.tsv"), "scheme\tcode\tname\n\t2010607\t政务公开审批\n",
        StandardCharsets.UTF_8);
    Files.writeString(scratch.resolve("mine.rules"), "pack mine version 1\n\nrule mine.total error\n"
        + "  title \"收支平衡\" \"Balance\"\n  check EXPENDITURE{} <= USES_TOTAL{}\n", StandardCharsets.UTF_8);
  }

  /** Fixtures the snippets use; public so that the generated classes can read them. */
  public static final class Fixtures {
    private Fixtures() {}

    /** A file of the scratch directory. */
    public static Path file(String name) {
      return scratch.resolve(name);
    }

    /** The Keqiao document. */
    public static BudgetDocument document() {
      return keqiao;
    }
  }

  static String source(Snippet s, String className) {
    List<String> statics = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String l : s.code().split("\n", -1)) {
      if (l.startsWith("import ")) {
        statics.add(l);
      } else {
        body.append("    ").append(l.replace("Path.of(\"", "DocSnippetsTest.Fixtures.file(\"")).append('\n');
      }
    }
    String fx = "dev.yusuan.examples.DocSnippetsTest.Fixtures";
    return "package snippets;\n"
        + "import dev.yusuan.model.*;\nimport dev.yusuan.rules.*;\nimport dev.yusuan.io.*;\n"
        + "import dev.yusuan.io.pdf.PdfReader;\nimport dev.yusuan.examples.DocSnippetsTest;\n"
        + "import java.nio.file.*;\nimport java.util.*;\nimport java.io.*;\nimport java.math.BigDecimal;\n"
        + String.join("\n", statics) + "\n"
        + "/** " + s.name() + " */\npublic class " + className + " {\n"
        + "  static Rule threePublicCapPerUnit() { return dev.yusuan.examples.CustomRulesExample.threePublicCapPerUnit(); }\n"
        + "  public static void run(PrintStream out) throws Exception {\n"
        + "    String[] args = {" + fx + ".file(\"budget.txt\").toString()};\n"
        + "    BudgetDocument document = " + fx + ".document();\n"
        + "    Path path = " + fx + ".file(\"budget.txt\");\n"
        + "    String text = Files.readString(" + fx + ".file(\"mine.rules\"));\n"
        + "    Path narrative = " + fx + ".file(\"jiangsu-npcsc-office-2019-budget.pdf\");\n"
        + "    Path tables = " + fx + ".file(\"jiangsu-npcsc-office-2019-budget-tables.pdf\");\n"
        + "    System.setOut(out);\n"
        + body
        + "  }\n}\n";
  }

  @Test
  void everyJavaSnippetCompilesAndRuns() throws Exception {
    Map<String, Snippet> classes = new LinkedHashMap<>();
    Path src = Files.createDirectories(scratch.resolve("src/snippets"));
    List<File> files = new ArrayList<>();
    for (Snippet s : snippets()) {
      if (!s.lang().equals("java") || NOT_RUN.containsKey(s.file())) {
        continue;
      }
      String name = "Snippet" + classes.size();
      classes.put(name, s);
      Path f = src.resolve(name + ".java");
      Files.writeString(f, source(s, name), StandardCharsets.UTF_8);
      files.add(f.toFile());
    }
    assertThat(classes).as("Java snippets in README.md and docs/").hasSizeGreaterThanOrEqualTo(6);

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path bin = Files.createDirectories(scratch.resolve("bin"));
    StringWriter diagnostics = new StringWriter();
    boolean ok = javac.getTask(diagnostics, null, null,
        List.of("-d", bin.toString(), "-cp", System.getProperty("java.class.path"), "-proc:none", "-nowarn"),
        null, javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjectsFromFiles(files))
        .call();
    assertThat(ok).as("snippets compile (%s):%n%s", classes.values().stream().map(Snippet::name).toList(),
        diagnostics).isTrue();

    PrintStream stdout = System.out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {bin.toUri().toURL()}, getClass().getClassLoader())) {
      for (Map.Entry<String, Snippet> e : classes.entrySet()) {
        Method run = loader.loadClass("snippets." + e.getKey()).getMethod("run", PrintStream.class);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
          run.invoke(null, new PrintStream(printed, true, StandardCharsets.UTF_8));
        } catch (InvocationTargetException x) {
          throw new AssertionError("snippet " + e.getValue().name() + " failed: " + x.getCause(), x.getCause());
        } finally {
          System.setOut(stdout);
        }
      }
    }
  }

  /** The rule-language examples parse, and run on the Keqiao example without crying wolf. */
  @Test
  void everyRulesExampleRunsOnTheExampleWithoutAFalseFinding() throws Exception {
    int n = 0;
    for (Snippet s : snippets()) {
      if (!s.lang().equals("rules")) {
        continue;
      }
      n++;
      RulePack pack = RulePack.parse(s.name(), s.code());
      Report r = Validator.of(pack).validate(keqiao);
      List<Finding> loud = r.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
      assertThat(loud).as("findings of the examples of %s on the Keqiao example", s.name()).isEmpty();
      // and each example rule was evaluated, not skipped for want of its figures
      assertThat(pack.rules()).isNotEmpty();
    }
    assertThat(n).isGreaterThanOrEqualTo(2);
  }
}
