package dev.yusuan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.cli.Wiring;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.rules.Report;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example, with a stand-in engine and (once the text reader is merged) the real one. */
class ExamplesTest {
  @TempDir Path tmp;

  static PrintStream capture(ByteArrayOutputStream b) {
    return new PrintStream(b, true, StandardCharsets.UTF_8);
  }

  static byte[] keqiao() throws Exception {
    try (InputStream in = ExamplesTest.class.getResourceAsStream(
        "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt")) {
      return in.readAllBytes();
    }
  }

  @Test
  void embedExamplePrintsTheFindingsOfTheBundledDocument() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Report r = EmbedExample.run(new StubEngine(), new String[0], capture(out));
    assertThat(r.findings()).hasSize(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("WARNING stub.total 总额 / total",
        "1 findings in 区人大办 2024");
  }

  @Test
  void batchEtlExampleWritesOneJsonLinePerDocument() throws Exception {
    for (int i = 0; i < 12; i++) {
      Files.write(tmp.resolve("copy-" + i + ".txt"), keqiao());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    StubEngine engine = new StubEngine();
    int n = BatchEtlExample.run(engine, tmp, capture(out), capture(log));
    assertThat(n).isEqualTo(12);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(12);
    ObjectMapper m = new ObjectMapper();
    for (String l : lines) {
      var node = m.readTree(l);
      assertThat(node.get("findings").get(0).get("ruleId").asText()).isEqualTo("stub.total");
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).matches("(?s)12 documents in [0-9.]+ s: [0-9.]+ documents/s\\s*");
    if (Runtime.getRuntime().availableProcessors() > 1) {
      assertThat(engine.threads).hasSizeGreaterThan(1);
    }
  }

  @Test
  void customRulesExampleAddsTheJavaRule() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Report r = CustomRulesExample.run(new StubEngine(), capture(out));
    assertThat(r.findings()).extracting(f -> f.ruleId()).containsExactly("stub.total", "house.three-public-cap");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("60.00万元 超过 50 万元");
  }

  @Test
  void embedExampleWithTheRealReaderAndRules() throws Exception {
    assumeTrue(BudgetIo.reader("text").isPresent(), "text reader not merged yet");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Report r = EmbedExample.run(Wiring.standard(List.of()), new String[0], capture(out));
    assertThat(r.source()).isEqualTo("keqiao-rendaban-2024-budget.txt");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("findings in");
  }
}
