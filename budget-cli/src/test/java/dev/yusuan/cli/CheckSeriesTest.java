package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import dev.yusuan.rules.SeriesReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --previous} and {@code check --series} on the real Jiangsu 2018–2019 disclosures. */
class CheckSeriesTest {
  private static final Path REAL = Path.of("../budget-pdf/src/test/resources/real");

  private static String file(String dept, int year, boolean tables) {
    return REAL.resolve("jiangsu-" + dept + "-" + year + "-budget" + (tables ? "-tables" : "") + ".pdf").toString();
  }

  @Test
  void previousWithJoinChecksTwoYearsOfOneDepartment() throws Exception {
    String d = "party-committee-office";
    Cli r = Cli.run(Wiring::standard, "check", "--join", "--previous", file(d, 2018, false), "--previous",
        file(d, 2018, true), file(d, 2019, false), file(d, 2019, true), "--format", "json");
    assertThat(r.code).as(r.toString()).isIn(0, 1);
    JsonNode docs = new ObjectMapper().readTree(r.out).get("documents");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).get("source").asText()).contains("2018");
    assertThat(docs.get(1).get("source").asText()).contains("2019");
    assertThat(new ObjectMapper().readTree(r.out).get("rules").toString()).contains("series.prior-statement");
  }

  @Test
  void seriesGroupsADirectoryByDepartmentAndYear(@TempDir Path dir) throws Exception {
    for (String d : new String[] {"party-committee-office", "cppcc-office"}) {
      for (int y = 2018; y <= 2019; y++) {
        for (boolean t : new boolean[] {false, true}) {
          Path src = Path.of(file(d, y, t));
          Files.copy(src, dir.resolve(src.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Map<String, Integer> reads = new ConcurrentHashMap<>();
    Cli r = Cli.run(files -> counting(Wiring.standard(files), reads), "check", "--series", dir.toString(),
        "--format", "json");
    assertThat(r.code).as(r.toString()).isIn(0, 1);
    JsonNode docs = new ObjectMapper().readTree(r.out).get("documents");
    // 2 departments × 2 years, each year's narrative and tables joined into one document
    assertThat(docs).hasSize(4);
    for (JsonNode doc : docs) {
      assertThat(doc.get("source").asText()).contains("+").contains("tables");
    }
    // each of the 8 files read once
    assertThat(reads).hasSize(8).allSatisfy((file, n) -> assertThat(n).as(file).isEqualTo(1));
  }

  /** {@code engine}, counting how often each file is read. */
  static Engine counting(Engine engine, Map<String, Integer> reads) {
    return new Engine() {
      @Override
      public BudgetDocument read(InputStream in, String name) throws IOException {
        reads.merge(name, 1, Integer::sum);
        return engine.read(in, name);
      }

      @Override
      public BudgetDocument read(Path file) throws IOException {
        reads.merge(file.getFileName().toString(), 1, Integer::sum);
        return engine.read(file);
      }

      @Override
      public BudgetDocument read(List<Path> files) throws IOException {
        files.forEach(f -> reads.merge(f.getFileName().toString(), 1, Integer::sum));
        return engine.read(files);
      }

      @Override
      public Report validate(BudgetDocument document) {
        return engine.validate(document);
      }

      @Override
      public SeriesReport validateSeries(List<BudgetDocument> documents) {
        return engine.validateSeries(documents);
      }

      @Override
      public List<RuleInfo> rules() {
        return engine.rules();
      }

      @Override
      public Set<String> extensions() {
        return engine.extensions();
      }
    };
  }

  @Test
  void previousWithoutThisYearsDocumentIsAUsageError() {
    Cli r = Cli.run(Wiring::standard, "check", "--previous", file("cppcc-office", 2018, false));
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("--previous").doesNotContain("Exception");
  }

  @Test
  void seriesRefusesStandardInputBeforeReadingIt() {
    java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
    java.io.InputStream endless = new java.io.InputStream() {
      @Override
      public int read() {
        read.incrementAndGet();
        return 'x';
      }
    };
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code = Yusuan.run(new String[] {"check", "--series", "-"}, endless,
        new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
        new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), java.util.Map.of(), false,
        Wiring::standard);
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("--series").contains("stdin")
        .doesNotContain("Exception");
    assertThat(read.get()).isZero();
  }
}
