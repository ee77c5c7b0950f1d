package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YusuanTest {
  @TempDir Path tmp;
  FakeEngine engine;
  final ObjectMapper mapper = new ObjectMapper();

  @BeforeEach
  void setUp() {
    engine = new FakeEngine();
  }

  Path file(String name, String content) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  static String keqiao() throws IOException {
    try (InputStream in = YusuanTest.class.getResourceAsStream(Inputs.DEFAULT_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static void assertOneLineReason(Cli c) {
    assertThat(c.code).as(c.toString()).isEqualTo(2);
    assertThat(c.err.strip().lines().count()).as(c.err).isEqualTo(1);
    assertThat(c.err).startsWith("yusuan: ").doesNotContain("Exception", "\tat ");
  }

  @Test
  void withoutFileChecksTheEmbeddedKeqiaoExample() {
    Cli c = Cli.run(engine.factory(), "check");
    assertThat(engine.read).containsExactly("keqiao-rendaban-2024-budget.txt");
    assertThat(c.out).contains("绍兴市柯桥区人民代表大会常务委员会办公室", "[fake.total]", "总额 2706.24");
    assertThat(c.code).as(c.toString()).isEqualTo(0);
  }

  @Test
  void exitCodeFollowsErrorFindings() throws IOException {
    assertThat(Cli.run(engine.factory(), "check", file("clean.txt", "部门\n").toString()).code).isEqualTo(0);
    Cli bad = Cli.run(engine.factory(), "check", file("bad.txt", "部门\nERROR-MARK\n").toString());
    assertThat(bad.code).as(bad.toString()).isEqualTo(1);
    assertThat(bad.out).contains("错误 (1)", "发现错误标记");
    // min-severity hides findings but the exit code still reports the error
    Cli hidden = Cli.run(engine.factory(), "check", "--min-severity", "error", "--lang", "en",
        tmp.resolve("bad.txt").toString());
    assertThat(hidden.code).isEqualTo(1);
    assertThat(hidden.out).contains("ERROR (1)", "error mark found").doesNotContain("INFO (");
  }

  @Test
  void missingMalformedAndUsageErrorsExitWithTwoAndOneLine() throws IOException {
    assertOneLineReason(Cli.run(engine.factory(), "check", tmp.resolve("nope.txt").toString()));
    Cli malformed = Cli.run(engine.factory(), "check", file("x.bin", "NOT A BUDGET\n").toString());
    assertOneLineReason(malformed);
    assertThat(malformed.err).contains("unsupported format");
    assertOneLineReason(Cli.run(engine.factory(), "check", "--format", "pdf"));
    assertOneLineReason(Cli.run(engine.factory(), "check", "--no-such-option"));
    assertOneLineReason(Cli.run(engine.factory(), "check", "--min-severity", "FATAL"));
    assertOneLineReason(Cli.run(engine.factory(), "check", "--rules", tmp.resolve("none.rules").toString()));
    assertOneLineReason(Cli.run(engine.factory(), "frobnicate"));
    assertOneLineReason(Cli.run(engine.factory(), "facts", tmp.resolve("nope.txt").toString()));
    assertOneLineReason(Cli.run(engine.factory(), "convert", "x", "--to", "pdf", "--out", "y"));
  }

  @Test
  void standardInput() {
    Cli c = Cli.run(engine.factory(), Map.of(), false, "标准输入部门\nERROR-MARK\n", "check", "-", "--format", "json");
    assertThat(c.code).isEqualTo(1);
    assertThat(engine.read).containsExactly("stdin");
  }

  @Test
  void batchOverADirectoryOfCopiesInParallelWithOneEngine() throws Exception {
    String k = keqiao();
    for (int i = 0; i < 40; i++) {
      file("batch/copy-" + i + ".txt", i == 7 ? k + "\nERROR-MARK\n" : k);
    }
    file("batch/README.md", "not a document");
    Cli c = Cli.run(engine.factory(), "check", tmp.resolve("batch").toString(), "--format", "json");
    assertThat(c.code).as(c.err).isEqualTo(1);
    assertThat(engine.created).hasValue(1);
    assertThat(engine.read).hasSize(40);
    if (Runtime.getRuntime().availableProcessors() > 1) {
      assertThat(engine.threads).hasSizeGreaterThan(1);
    }
    JsonNode report = mapper.readTree(c.out);
    assertThat(report.get("documents")).hasSize(40);
    assertThat(report.get("summary").get("errors").asInt()).isEqualTo(1);
    for (JsonNode d : report.get("documents")) {
      String first = d.get("findings").get(0).get("ruleId").asText();
      assertThat(first).as(d.get("source").asText())
          .isEqualTo(d.get("source").asText().endsWith("copy-7.txt") ? "fake.error" : "fake.total");
    }
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(Files.newInputStream(Path.of("..", "docs", "report.schema.json")));
    assertThat(schema.validate(report)).isEmpty();
    // summary table on stderr (stdout holds the JSON); no progress bar without a terminal
    assertThat(c.err).contains("copy-7.txt", "合计", "40 个文件").doesNotContain("[#");
    assertThat(c.err.lines().filter(l -> l.contains("copy-")).count()).isEqualTo(40);
  }

  @Test
  void batchTextPrintsTheSummaryTableOnStdoutAndProgressOnATerminal() throws IOException {
    for (int i = 0; i < 3; i++) {
      file("b/" + i + ".txt", "部门 " + i + "\n");
    }
    Cli c = Cli.run(engine.factory(), Map.of("NO_COLOR", "1"), true, "", "check", tmp.resolve("b").toString(),
        "--lang", "en");
    assertThat(c.code).isZero();
    assertThat(c.out).contains("document", "errors", "warnings", "total", "3 documents, 0 unreadable")
        .doesNotContain("\u001b[");
    assertThat(c.err).contains("[##############################] 3/3");
  }

  @Test
  void batchWithAnUnreadableFileReportsTheOthersAndExitsTwo() throws IOException {
    file("m/a.txt", "部门\n");
    file("m/b.txt", "NOT A BUDGET\n");
    Cli c = Cli.run(engine.factory(), "check", tmp.resolve("m").toString());
    assertThat(c.code).isEqualTo(2);
    assertThat(c.out).contains("a.txt", "无法读取");
    assertThat(c.err).contains("b.txt").contains("unsupported format");
  }

  @Test
  void coloursOnlyOnATerminalAndNotWithNoColor() throws IOException {
    Path f = file("c.txt", "部门\nERROR-MARK\n");
    assertThat(Cli.run(engine.factory(), Map.of(), true, "", "check", f.toString()).out).contains("\u001b[31m");
    assertThat(Cli.run(engine.factory(), Map.of("NO_COLOR", "1"), true, "", "check", f.toString()).out)
        .doesNotContain("\u001b[");
    assertThat(Cli.run(engine.factory(), Map.of(), false, "", "check", f.toString()).out).doesNotContain("\u001b[");
  }

  @Test
  void everyReportFormat() throws Exception {
    Path f = file("f.txt", keqiao() + "\nERROR-MARK\n");
    Cli text = Cli.run(engine.factory(), "check", f.toString(), "--format", "text");
    assertThat(text.out).contains("错误 (1)", "警告 (1)", "提示 (1)");

    Cli json = Cli.run(engine.factory(), "check", f.toString(), "--format", "json");
    assertThat(mapper.readTree(json.out).get("documents").get(0).get("findings")).hasSize(3);

    Cli sarif = Cli.run(engine.factory(), "check", f.toString(), "--format", "sarif");
    JsonNode s = mapper.readTree(sarif.out);
    var official = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(Files.newInputStream(
        Path.of("..", "budget-report", "src", "test", "resources", "schemas", "sarif-schema-2.1.0.json")));
    assertThat(official.validate(s)).isEmpty();
    assertThat(s.get("runs").get(0).get("tool").get("driver").get("rules")).hasSize(3);

    Path html = tmp.resolve("out/report.html");
    Cli h = Cli.run(engine.factory(), "check", f.toString(), "--format", "html", "--out", html.toString());
    assertThat(h.code).isEqualTo(1);
    assertThat(h.out).isEmpty();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("发现错误标记");
  }

  @Test
  void rulesListing() throws IOException {
    Cli t = Cli.run(engine.factory(), "rules");
    assertThat(t.code).isZero();
    assertThat(t.out).contains("fake.error", "ERROR", "错误标记", "3 条规则");
    Cli j = Cli.run(engine.factory(), "rules", "--format", "json");
    JsonNode a = mapper.readTree(j.out);
    assertThat(a).hasSize(3);
    assertThat(a.get(1).get("id").asText()).isEqualTo("fake.total");
    assertThat(a.get(1).get("severity").asText()).isEqualTo("WARNING");
    assertThat(a.get(1).get("titleEn").asText()).isEqualTo("Total");
  }

  @Test
  void factsInLongFormatWithHeaderFirst() throws IOException {
    Path f = file("facts.txt", "部门\n");
    Cli csv = Cli.run(engine.factory(), "facts", f.toString(), "--format", "csv");
    assertThat(csv.code).isZero();
    var lines = csv.out.lines().toList();
    assertThat(lines.get(0)).startsWith("\"concept\",\"FUNCTION\",\"ECONOMIC\",");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("\"EXPENDITURE\",\"201\",")
        .contains(",\"2187.51\",\"2187.51\",\"WAN_YUAN\",\"2\",\"2187.505\",\"2187.515\",");
    Cli json = Cli.run(engine.factory(), "facts", f.toString(), "--format", "json");
    JsonNode a = mapper.readTree(json.out);
    assertThat(a.get(0).get("FUNCTION").asText()).isEqualTo("201");
    assertThat(a.get(0).get("value").asText()).isEqualTo("2187.51");
  }

  @Test
  void helpAndVersionEverywhere() {
    for (String sub : new String[] {"", "check", "convert", "facts", "rules"}) {
      String[] help = sub.isEmpty() ? new String[] {"--help"} : new String[] {sub, "--help"};
      Cli h = Cli.run(engine.factory(), help);
      assertThat(h.code).as(sub).isZero();
      assertThat(h.out).contains("Usage:");
      String[] version = sub.isEmpty() ? new String[] {"--version"} : new String[] {sub, "--version"};
      assertThat(Cli.run(engine.factory(), version).out).startsWith("yusuan ");
    }
    assertThat(Cli.run(engine.factory(), "check", "--help").out).contains("--min-severity", "Exit codes");
  }
}
