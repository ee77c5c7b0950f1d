package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.json.JsonFormat;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Rule;
import dev.yusuan.rules.RulePack;
import dev.yusuan.rules.StandardRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end with the standard engine (real reader, real rules) on the real bundled
 * Keqiao 2024 budget: every format of {@code convert} read back, batches, standard input, options,
 * the rule listing, and bad input.
 */
class KeqiaoCliEndToEndTest {
  static final String NAME = "keqiao-rendaban-2024-budget.txt";
  final ObjectMapper mapper = new ObjectMapper();
  @TempDir Path tmp;
  Path keqiao;
  BudgetDocument expected;

  static byte[] bytes() throws IOException {
    try (InputStream in = KeqiaoCliEndToEndTest.class.getResourceAsStream(Inputs.DEFAULT_RESOURCE)) {
      return in.readAllBytes();
    }
  }

  static Cli yusuan(String... args) {
    return Cli.run(Wiring::standard, args);
  }

  @BeforeEach
  void setUp() throws IOException {
    keqiao = Files.write(tmp.resolve(NAME), bytes());
    // the command line names a document by the path as given, so its provenance says that path
    try (InputStream in = Files.newInputStream(keqiao)) {
      expected = BudgetIo.read(in, keqiao.toString());
    }
    assertThat(expected.facts()).hasSizeGreaterThan(300);
  }

  Path convert(String to, String out) {
    Path p = tmp.resolve(out);
    Cli c = yusuan("convert", keqiao.toString(), "--to", to, "--out", p.toString());
    assertThat(c.code).as(c.toString()).isZero();
    assertThat(c.err).startsWith("wrote").contains(p.toString()).doesNotContain("Exception");
    return p;
  }

  @Test
  void convertToJsonIsSchemaValidAndReadsBackEqual() throws IOException {
    Path p = convert("json", "out/keqiao.json");
    JsonSchema schema;
    try (InputStream in = JsonFormat.class.getResourceAsStream(JsonFormat.SCHEMA_RESOURCE)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    JsonNode json = mapper.readTree(p.toFile());
    assertThat(schema.validate(json)).isEmpty();
    assertThat(json.get("facts")).hasSize(expected.facts().size());
    assertThat(BudgetIo.read(p)).isEqualTo(expected);
  }

  @Test
  void convertToCsvKeepsTheFacts() throws IOException {
    Path p = convert("csv", "keqiao.csv");
    BudgetDocument back = BudgetIo.read(p);
    assertThat(back.facts()).containsExactlyElementsOf(expected.facts());
    assertThat(Files.readAllLines(p, StandardCharsets.UTF_8).get(0)).startsWith("\"concept\",");
  }

  @Test
  void convertToXlsxReadsBackEqual() throws IOException {
    Path p = convert("xlsx", "keqiao.xlsx");
    assertThat(Files.readAllBytes(p)).startsWith(new byte[] {'P', 'K', 3, 4});
    assertThat(BudgetIo.read(p)).isEqualTo(expected);
  }

  @Test
  void convertToFiscalDataPackageWritesMeasures() throws IOException {
    Path dir = convert("fdp", "fdp");
    Path descriptor = dir.resolve("datapackage.json");
    assertThat(descriptor).exists();
    JsonNode measures = mapper.readTree(descriptor.toFile()).findValue("measures");
    assertThat(measures).isNotNull();
    assertThat(measures.fieldNames()).toIterable().contains("expenditure_proposed");
    assertThat(measures.get("expenditure_proposed").get("currency").asText()).isEqualTo("CNY");
    assertThat(dir.resolve("budget.csv")).exists();
  }

  @Test
  void checkADirectoryOfFiftyCopies() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("batch"));
    byte[] k = bytes();
    for (int i = 0; i < 50; i++) {
      Files.write(dir.resolve(String.format("copy-%02d.txt", i)), k);
    }
    Cli c = yusuan("check", dir.toString(), "--format", "json");
    assertThat(c.code).as(c.err).isEqualTo(1);
    JsonNode r = mapper.readTree(c.out);
    assertThat(r.get("documents")).hasSize(50);
    Set<String> sources = new TreeSet<>();
    int errorsEach = -1;
    for (JsonNode d : r.get("documents")) {
      sources.add(d.get("source").asText());
      assertThat(d.get("findings")).isNotEmpty();
      List<String> errors = new ArrayList<>();
      d.get("findings").forEach(f -> {
        if (f.get("severity").asText().equals("ERROR")) {
          errors.add(f.get("ruleId").asText());
        }
      });
      assertThat(errors).contains("narrative.amount");
      errorsEach = errorsEach < 0 ? errors.size() : errorsEach;
      assertThat(errors).hasSize(errorsEach);     // fifty copies, fifty identical verdicts
    }
    assertThat(sources).hasSize(50);
    assertThat(r.get("summary").get("errors").asInt()).isEqualTo(50 * errorsEach);
    // stdout holds the JSON only; the summary table goes to stderr
    assertThat(c.err).contains("copy-00.txt", "copy-49.txt");
  }

  @Test
  void checkReadsStandardInput() throws IOException {
    Cli c = Cli.run(Wiring::standard, Map.of(), false, new String(bytes(), StandardCharsets.UTF_8),
        "check", "-", "--format", "json");
    assertThat(c.code).as(c.err).isEqualTo(1);
    JsonNode d = mapper.readTree(c.out).get("documents").get(0);
    assertThat(d.get("source").asText()).isEqualTo("stdin");
    assertThat(d.get("findings")).anyMatch(f -> f.get("ruleId").asText().equals("narrative.amount"));
  }

  @Test
  void minSeverityErrorShowsOnlyErrorsAndKeepsTheExitCode() {
    Cli all = yusuan("check", keqiao.toString());
    Cli errors = yusuan("check", keqiao.toString(), "--min-severity", "ERROR");
    assertThat(all.out).contains("错误 (", "警告 (", "提示 (");
    assertThat(errors.code).isEqualTo(1);
    assertThat(errors.out).contains("错误 (", "[narrative.amount]").doesNotContain("警告 (", "提示 (",
        "[targets.plausible]");
  }

  @Test
  void englishOutput() {
    Cli c = yusuan("check", keqiao.toString(), "--lang", "en");
    assertThat(c.code).isEqualTo(1);
    assertThat(c.out).contains("ERROR (", "WARNING (", "[narrative.amount] The narrative amount",
        "reported [2706.235, 2706.245]万元; computed [2031.235, 2031.245]万元; difference 675万元")
        .doesNotContain("错误 (", "位置 ", "提示: ");
  }

  @Test
  void rulesListsEveryStandardRule() throws IOException {
    Set<String> ids = new TreeSet<>();
    for (RulePack p : StandardRules.all()) {
      p.rules().stream().map(Rule::id).forEach(ids::add);
    }
    assertThat(ids).hasSizeGreaterThan(30);
    Cli json = yusuan("rules", "--format", "json");
    assertThat(json.code).isZero();
    Set<String> listed = new TreeSet<>();
    mapper.readTree(json.out).forEach(r -> listed.add(r.get("id").asText()));
    assertThat(listed).containsAll(ids);
    Cli text = yusuan("rules");
    for (String id : ids) {
      assertThat(text.out).contains(id + " ");
    }
  }

  @Test
  void garbageTextGivesADocumentWithDiagnosticsOrOneLineNeverAStackTrace() throws IOException {
    byte[] noise = new byte[4000];
    new Random(42).nextBytes(noise);
    Path garbage = Files.write(tmp.resolve("garbage.txt"), noise);
    for (String format : List.of("text", "json")) {
      Cli c = yusuan("check", garbage.toString(), "--format", format);
      assertThat(c.out + c.err).doesNotContain("Exception", "\tat ");
      assertThat(c.code).as(c.toString()).isIn(0, 1, 2, 3);
      if (c.code == 2) {
        assertThat(c.err.strip().lines()).hasSize(1);
      } else if (format.equals("text")) {
        assertThat(c.out).contains("读取诊断 (");
      } else {
        JsonNode d = mapper.readTree(c.out).get("documents").get(0);
        assertThat(d.get("diagnostics")).as("what the reader could not make sense of").isNotEmpty();
      }
    }
    // text with no table, no figure and no year holds no disclosure: an input failure, never a pass
    Path words = Files.writeString(tmp.resolve("words.txt"), "hello\nworld 12.5 ###\n");
    for (String format : List.of("text", "json")) {
      Cli c = yusuan("check", words.toString(), "--format", format);
      assertThat(c.code).as(c.toString()).isEqualTo(2);
      assertThat(c.out).isEmpty();
      assertThat(c.err.strip().lines()).hasSize(1);
      assertThat(c.err).startsWith("yusuan: ").contains("no budget disclosure found");
    }
  }

  @Test
  void aMissingFileExitsTwoWithOneLine() {
    for (String cmd : List.of("check", "facts")) {
      Cli c = yusuan(cmd, tmp.resolve("no-such-budget.txt").toString());
      assertThat(c.code).isEqualTo(2);
      assertThat(c.out).isEmpty();
      assertThat(c.err.strip().lines()).hasSize(1);
      assertThat(c.err).startsWith("yusuan: ").contains("no-such-budget.txt").doesNotContain("Exception");
    }
    Cli conv = yusuan("convert", tmp.resolve("no-such-budget.txt").toString(), "--to", "json", "--out",
        tmp.resolve("x.json").toString());
    assertThat(conv.code).isEqualTo(2);
    assertThat(conv.err.strip().lines()).hasSize(1);
  }
}
