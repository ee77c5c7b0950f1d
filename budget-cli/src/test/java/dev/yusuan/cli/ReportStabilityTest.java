package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The reports of every sample document stay byte-identical unless a change means to alter them
 * (issue 13: performance work must not change a single finding). Every document of the sample data
 * directory (text, PDF, xlsx, including {@code real/}; each narrative PDF joined with its
 * {@code -tables} PDF as a further document, as {@code check --join} reads them) is read with the
 * standard engine, validated, and written as a JSON, text and SARIF report; the SHA-256 of each
 * report (and of the failure reason of a document that cannot be checked as a whole) is compared with {@code report-digests.tsv}.
 *
 * <p>The data directory is {@code -Dyusuan.reports.data} (default {@code /work/shared/data}); the test
 * is skipped, saying so, when it does not exist. Its absolute path is replaced by {@code data/} in
 * every report before hashing, so the digests do not depend on where the data lies.
 *
 * <p>A change that alters reading or findings on purpose re-records the digests:
 * {@code mvn -B -o -pl budget-cli -am test -Dtest=ReportStabilityTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dyusuan.reports.record=true}, then review and commit {@code budget-cli/src/test/resources/report-digests.tsv}.
 */
class ReportStabilityTest {
  static final Path DATA = Path.of(System.getProperty("yusuan.reports.data", "/work/shared/data"));
  static final String DIGESTS = "report-digests.tsv";
  static final Path SOURCE = Path.of("src/test/resources", DIGESTS);
  static final List<String> FORMATS = List.of("json", "text", "sarif");
  static final String TABLES_SUFFIX = "-tables";

  /** One document of the run: a file, or several files read as one disclosure. */
  record Input(String name, List<Path> files) {}

  @Test
  void reportsOfEverySampleDocumentAreUnchanged() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(DATA),
        "sample data directory " + DATA + " absent (-Dyusuan.reports.data): report digests not compared");
    Engine engine = Wiring.standard(List.of());
    Map<String, String> actual = new TreeMap<>();
    for (Input in : inputs(engine)) {
      long start = System.nanoTime();
      actual.putAll(digests(engine, in));
      System.out.printf("%s: %d ms%n", in.name(), (System.nanoTime() - start) / 1_000_000);
    }
    assertThat(actual).as("documents found in %s", DATA).isNotEmpty();
    if (Boolean.getBoolean("yusuan.reports.record")) {
      List<String> lines = new ArrayList<>();
      lines.add("# SHA-256 of the reports of every sample document (ReportStabilityTest);"
          + " re-record with -Dyusuan.reports.record=true");
      actual.forEach((k, v) -> lines.add(k + "\t" + v));
      Files.write(SOURCE, lines, StandardCharsets.UTF_8);
      System.out.println("recorded " + actual.size() + " report digests in " + SOURCE.toAbsolutePath());
      return;
    }
    Map<String, String> expected = recorded();
    List<String> differences = differences(expected, actual);
    assertThat(differences).as("reports that differ from %s (a change that alters reading or findings on"
        + " purpose re-records it with -Dyusuan.reports.record=true; see the Javadoc)", DIGESTS).isEmpty();
  }

  /** Every document of the data directory, sorted: single files, then each narrative joined with its tables. */
  static List<Input> inputs(Engine engine) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(DATA)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> engine.extensions().contains(extension(p)))
          .sorted().toList();
    }
    List<Input> out = new ArrayList<>();
    for (Path f : files) {
      out.add(new Input(name(f), List.of(f)));
    }
    for (Path f : files) {
      String file = f.getFileName().toString();
      String ext = "." + extension(f);
      if (file.endsWith(TABLES_SUFFIX + ext)) {
        Path narrative = f.resolveSibling(
            file.substring(0, file.length() - TABLES_SUFFIX.length() - ext.length()) + ext);
        if (files.contains(narrative)) {
          out.add(new Input(name(narrative) + "+" + f.getFileName(), List.of(narrative, f)));
        }
      }
    }
    return out;
  }

  static String extension(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String name(Path file) {
    return DATA.relativize(file).toString().replace('\\', '/');
  }

  /** The digest of each report of one document, keyed {@code document<TAB>format}. */
  static Map<String, String> digests(Engine engine, Input in) throws IOException {
    BudgetDocument d;
    if (in.files().size() == 1) {
      try (InputStream s = Files.newInputStream(in.files().get(0))) {
        d = engine.read(s, in.files().get(0).toString());
      }
    } else {
      d = engine.read(in.files());
    }
    Map<String, String> out = new TreeMap<>();
    // a document that cannot be checked as a whole still has a report (its diagnostics): compare both
    Optional<String> failure = engine.failure(d, ReadLimits.defaults());
    failure.ifPresent(f -> out.put(in.name() + "\tunreadable", sha256(normalised(f))));
    Report r = engine.validate(d);
    for (String format : FORMATS) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      BudgetIo.reportWriter(format).orElseThrow()
          .write(List.of(r), List.of(d), ReportOptions.defaults(), bytes);
      out.put(in.name() + "\t" + format, sha256(normalised(bytes.toString(StandardCharsets.UTF_8))));
    }
    return out;
  }

  /** The report with the data directory's location replaced by {@code data/}, in path and URI form. */
  static String normalised(String report) {
    String uri = DATA.toUri().toString();
    String path = DATA.toAbsolutePath().toString();
    return report.replace(uri.endsWith("/") ? uri : uri + "/", "data/").replace(path + "/", "data/")
        .replace(path.replace("/", "\\/") + "\\/", "data/");
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> recorded() {
    Map<String, String> out = new TreeMap<>();
    try (InputStream in = ReportStabilityTest.class.getResourceAsStream("/" + DIGESTS)) {
      assertThat(in).as("%s missing: record it with -Dyusuan.reports.record=true", DIGESTS).isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.lastIndexOf('\t');
        out.put(line.substring(0, tab), line.substring(tab + 1).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** One line per document and format whose report changed, appeared or disappeared. */
  static List<String> differences(Map<String, String> expected, Map<String, String> actual) {
    List<String> out = new ArrayList<>();
    for (String key : new TreeSet<>(union(expected, actual))) {
      String e = expected.get(key);
      String a = actual.get(key);
      String what = key.replace('\t', ' ');
      if (e == null) {
        out.add("new: " + what);
      } else if (a == null) {
        out.add("missing: " + what);
      } else if (!e.equals(a)) {
        out.add("changed: " + what);
      }
    }
    return out;
  }

  private static TreeSet<String> union(Map<String, String> a, Map<String, String> b) {
    TreeSet<String> s = new TreeSet<>(a.keySet());
    s.addAll(b.keySet());
    return s;
  }
}
