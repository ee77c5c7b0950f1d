package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch {@code check} writes each document's report as soon as it and those before it are done, in
 * file order, and reads only a bounded number of documents ahead of the one being written.
 */
class CheckBatchStreamingTest {
  static final int FILES = 60;
  @TempDir Path tmp;

  /**
   * The fake engine, slowed down at random (so documents finish out of order), that notes for every
   * document it reads how many reports are already on standard output.
   */
  static final class Watching implements Engine {
    final FakeEngine fake = new FakeEngine();
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final AtomicInteger maxLead = new AtomicInteger();
    final Pattern index = Pattern.compile("doc-(\\d+)\\.txt");

    int written() {
      // every text report of a document ends with its count line
      String s = out.toString(StandardCharsets.UTF_8);
      int n = 0;
      for (int i = s.indexOf("提示 "); i >= 0; i = s.indexOf("提示 ", i + 1)) {
        if (i > 0 && s.charAt(i - 1) == '，') {
          n++;
        }
      }
      return n;
    }

    @Override
    public BudgetDocument read(InputStream in, String name) throws IOException {
      Matcher m = index.matcher(name);
      if (m.find()) {
        int k = Integer.parseInt(m.group(1));
        maxLead.accumulateAndGet(k - written(), Math::max);
      }
      return fake.read(in, name);
    }

    @Override
    public Report validate(BudgetDocument d) {
      try {
        Thread.sleep(ThreadLocalRandom.current().nextInt(4));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return fake.validate(d);
    }

    @Override
    public List<RuleInfo> rules() {
      return fake.rules();
    }

    @Override
    public Set<String> extensions() {
      return fake.extensions();
    }
  }

  Path batch() throws IOException {
    Path dir = tmp.resolve("batch");
    Files.createDirectories(dir);
    for (int i = FILES - 1; i >= 0; i--) {
      Files.writeString(dir.resolve(String.format("doc-%02d.txt", i)),
          "部门 " + i + (i % 7 == 3 ? "\nERROR-MARK\n" : "\n"), StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("doc-xx.txt"), "NOT A BUDGET\n", StandardCharsets.UTF_8);
    return dir;
  }

  int run(Watching engine, ByteArrayOutputStream err, String... args) {
    return Yusuan.run(args, new ByteArrayInputStream(new byte[0]),
        new PrintStream(engine.out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), false, files -> engine);
  }

  @Test
  void textReportsComeInFileOrderAsTheyAreReady() throws IOException {
    Watching engine = new Watching();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = run(engine, err, "check", batch().toString());
    assertThat(code).isEqualTo(Yusuan.FAILURE); // doc-xx.txt is unreadable
    String out = engine.out.toString(StandardCharsets.UTF_8);
    // the report of each document, in sorted file order, then the summary table in the same order
    List<Integer> reportOrder = new ArrayList<>();
    Matcher m = Pattern.compile("^部门 (\\d+)  \\(", Pattern.MULTILINE).matcher(out);
    while (m.find()) {
      reportOrder.add(Integer.parseInt(m.group(1)));
    }
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < FILES; i++) {
      expected.add(i);
    }
    assertThat(reportOrder).isEqualTo(expected);
    String table = out.substring(out.indexOf("文件 "));
    int last = -1;
    for (int i = 0; i < FILES; i++) {
      int at = table.indexOf(String.format("doc-%02d.txt", i));
      assertThat(at).as("doc-%02d in the summary after doc-%02d", i, i - 1).isGreaterThan(last);
      last = at;
    }
    assertThat(table).contains("doc-xx.txt", "无法读取", "61 个文件，1 个无法读取");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("doc-xx.txt");
    // reading ran at most a bounded window ahead of writing, far less than the whole batch
    int window = Math.min(Runtime.getRuntime().availableProcessors(), FILES) * CheckCommand.LOOK_AHEAD_PER_THREAD;
    assertThat(engine.maxLead.get()).isPositive().isLessThanOrEqualTo(window).isLessThan(FILES / 2);
  }

  @Test
  void jsonOfTheSameBatchListsTheDocumentsInFileOrder() throws IOException {
    Watching engine = new Watching();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path dir = batch();
    Files.delete(dir.resolve("doc-xx.txt"));
    int code = run(engine, err, "check", dir.toString(), "--format", "json");
    assertThat(code).isEqualTo(Yusuan.FINDINGS);
    JsonNode report = new ObjectMapper().readTree(engine.out.toByteArray());
    assertThat(report.get("documents")).hasSize(FILES);
    for (int i = 0; i < FILES; i++) {
      JsonNode d = report.get("documents").get(i);
      assertThat(d.get("source").asText()).endsWith(String.format("doc-%02d.txt", i));
      assertThat(d.get("summary").get("errors").asInt()).isEqualTo(i % 7 == 3 ? 1 : 0);
    }
    long errors = java.util.stream.IntStream.range(0, FILES).filter(i -> i % 7 == 3).count();
    assertThat(report.get("summary").get("errors").asLong()).isEqualTo(errors);
    assertThat(report.get("summary").get("documents").asInt()).isEqualTo(FILES);
    assertThat(report.get("rules")).hasSize(FakeEngine.RULES.size());
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("合计", FILES + " 个文件");
  }

  @Test
  void outFileIsWrittenAndClosed() throws IOException {
    Watching engine = new Watching();
    Path dir = batch();
    Files.delete(dir.resolve("doc-xx.txt"));
    Path report = tmp.resolve("reports/out.sarif");
    int code = run(engine, new ByteArrayOutputStream(), "check", dir.toString(), "--format", "sarif", "--out",
        report.toString());
    assertThat(code).isEqualTo(Yusuan.FINDINGS);
    JsonNode log = new ObjectMapper().readTree(Files.readString(report));
    assertThat(log.get("runs").get(0).get("artifacts")).hasSize(FILES);
    assertThat(log.get("runs").get(0).get("tool").get("driver").get("rules")).hasSize(FakeEngine.RULES.size());
  }
}
