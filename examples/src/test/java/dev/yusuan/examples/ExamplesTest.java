package dev.yusuan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.model.Interval;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleSyntaxException;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example on the real bundled Keqiao budget and checks what it prints. */
class ExamplesTest {
  static final String KEQIAO = "keqiao-rendaban-2024-budget.txt";
  @TempDir Path tmp;

  static PrintStream capture(ByteArrayOutputStream b) {
    return new PrintStream(b, true, StandardCharsets.UTF_8);
  }

  static byte[] keqiao() throws Exception {
    try (InputStream in = ExamplesTest.class.getResourceAsStream("/dev/yusuan/io/examples/" + KEQIAO)) {
      return in.readAllBytes();
    }
  }

  @Test
  void embedExamplePrintsTheFindingsOfTheBundledDocument() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Report r = EmbedExample.run(capture(out));
    String s = out.toString(StandardCharsets.UTF_8);
    assertThat(r.source()).isEqualTo(KEQIAO);
    // the real contradiction of the example: narrative 2706.24 万元 vs tables 2031.24 万元
    assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("narrative.amount") && f.severity() == Severity.ERROR);
    assertThat(s).contains("ERROR [narrative.amount]", "at " + KEQIAO + ":133",
        r.findings().size() + " findings in 绍兴市柯桥区人民代表大会常务委员会办公室 2024年部门预算");
    assertThat(s.lines().filter(l -> l.matches("(ERROR|WARNING|INFO) \\[.*"))).hasSize(r.findings().size());
  }

  @Test
  void embedExampleReadsAFileGivenOnTheCommandLine() throws Exception {
    Path file = Files.write(tmp.resolve("mine.txt"), keqiao());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Report fromFile = EmbedExample.run(capture(out), file.toString());
    Report bundled = EmbedExample.run(capture(new ByteArrayOutputStream()));
    assertThat(fromFile.source()).isEqualTo("mine.txt");
    assertThat(fromFile.findings()).extracting(Finding::ruleId)
        .containsExactlyElementsOf(bundled.findings().stream().map(Finding::ruleId).toList());
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("at mine.txt:133");
  }

  @Test
  void batchEtlExampleWritesOneJsonLinePerDocument() throws Exception {
    for (int i = 0; i < 12; i++) {
      Files.write(tmp.resolve(String.format("copy-%02d.txt", i)), keqiao());
    }
    Files.writeString(tmp.resolve("zz-notes.bin"), "\u0000\u0001 not a budget");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int n = BatchEtlExample.run(tmp, capture(out), capture(log));
    assertThat(n).isEqualTo(13);
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSize(13);
    ObjectMapper m = new ObjectMapper();
    int expectedErrors = (int) EmbedExample.run(capture(new ByteArrayOutputStream())).count(Severity.ERROR);
    for (int i = 0; i < 12; i++) {
      JsonNode node = m.readTree(lines.get(i));
      assertThat(node.get("file").asText()).isEqualTo(String.format("copy-%02d.txt", i));   // file order
      assertThat(node.get("errors").asInt()).isEqualTo(expectedErrors).isPositive();
      assertThat(node.get("findings")).anyMatch(f -> f.get("ruleId").asText().equals("narrative.amount")
          && f.get("severity").asText().equals("ERROR") && f.get("location").asText().contains(":133"));
    }
    JsonNode bad = m.readTree(lines.get(12));
    assertThat(bad.get("file").asText()).isEqualTo("zz-notes.bin");
    assertThat(bad.has("error")).isTrue();
    assertThat(bad.has("findings")).isFalse();
    assertThat(log.toString(StandardCharsets.UTF_8)).matches("(?s)13 documents in [0-9.]+ s: [0-9.]+ documents/s\\s*");
  }

  @Test
  void customRulesExampleAddsTheRulesFileAndTheJavaRule() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Report r = CustomRulesExample.run(capture(out));
    String s = out.toString(StandardCharsets.UTF_8);
    assertThat(s).contains("3 from house and 1 in Java");
    // 1877.16 / 2706.24 = 69.4% personnel spending: above the guideline
    assertThat(r.findings()).filteredOn(f -> f.ruleId().equals("house.personnel-share"))
        .singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    // 机关运行经费 154.08 = 公用经费 154.08, procurement 45.00 ≤ 2706.24: both hold
    assertThat(r.findings()).noneMatch(f -> f.ruleId().equals("house.operating-cost")
        || f.ruleId().equals("house.procurement"));
    // the Java rule: 区人大办 31.00 万元 is above 30 万元, 人大信息中心 5.00 万元 is not
    Finding cap = r.findings().stream().filter(f -> f.ruleId().equals("house.three-public-per-unit"))
        .reduce((a, b) -> { throw new AssertionError("more than one: " + a + b); }).orElseThrow();
    assertThat(cap.messageZh()).startsWith("绍兴市柯桥区人民代表大会常务委员会办公室的“三公”经费 31.00万元");
    assertThat(cap.reported()).contains(Interval.of(new BigDecimal("30.995"), new BigDecimal("31.005")));
    assertThat(cap.unit()).contains("万元");
    assertThat(cap.locations().get(0).tableId()).isPresent();
    // the standard packs still run
    assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("narrative.amount"));
    assertThat(s).contains("WARNING [house.personnel-share]", "WARNING [house.three-public-per-unit]");
  }

  @Test
  void customRulesExampleLoadsARulesFileGivenOnTheCommandLine() throws Exception {
    Path rules = Files.writeString(tmp.resolve("mine.rules"), """
        pack mine version 2
        rule house.reception-cap warning
          title "公务接待费不超过 10 万元" "Reception at most 100,000 yuan"
          check THREE_PUBLIC{THREE_PUBLIC_ITEM=RECEPTION} <= 100000   # 元
        """, StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Report r = CustomRulesExample.run(capture(out), rules.toString());
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("1 from mine and 1 in Java");
    assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("house.reception-cap"));
    assertThat(r.findings()).noneMatch(f -> f.ruleId().equals("house.personnel-share"));

    Files.writeString(rules, "rule broken error\n  check EXPENDITURE{} <= \n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CustomRulesExample.run(capture(new ByteArrayOutputStream()), rules.toString()))
        .isInstanceOf(RuleSyntaxException.class).hasMessageContaining("mine.rules:");
  }
}
