package dev.yusuan.io.report;

import dev.yusuan.rules.Finding;
import dev.yusuan.model.Provenance;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.io.ReportWriter;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportWritersTest {
  private final ObjectMapper mapper = new ObjectMapper();

  static String write(String format, List<Report> reports, List<BudgetDocument> docs, ReportOptions o)
      throws IOException {
    ReportWriter w = BudgetIo.reportWriter(format).orElseThrow();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(reports, docs, o, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyFormatIsRegistered() {
    assertThat(BudgetIo.reportWriters()).extracting(ReportWriter::format)
        .contains("text", "json", "sarif", "html");
  }

  @Test
  void oneCallWritesAReportToAStreamOrAFileAsTheWriterWould(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    for (String format : List.of("text", "json", "sarif", "html")) {
      String expected = write(format, List.of(ReportFixtures.report()), List.of(ReportFixtures.document()),
          ReportOptions.defaults());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      BudgetIo.writeReport(ReportFixtures.report(), ReportFixtures.document(), out, format);
      assertThat(out.toString(StandardCharsets.UTF_8)).as(format).isEqualTo(expected);
      java.nio.file.Path file = dir.resolve("sub").resolve("report." + format);
      BudgetIo.writeReport(ReportFixtures.report(), ReportFixtures.document(), file, format);
      assertThat(java.nio.file.Files.readString(file, StandardCharsets.UTF_8)).as(format).isEqualTo(expected);
    }
  }

  @Test
  void textGroupsBySeverityMostSevereFirst() throws IOException {
    String s = write("text", List.of(ReportFixtures.report()), List.of(ReportFixtures.document()),
        ReportOptions.defaults());
    int e = s.indexOf("错误 (1)");
    int w = s.indexOf("警告 (1)");
    int i = s.indexOf("提示 (1)");
    assertThat(e).isPositive();
    assertThat(w).isGreaterThan(e);
    assertThat(i).isGreaterThan(w);
    assertThat(s).contains("[sum.function]", "fixture budget.txt:105",
        "公布 [99.995, 100.005]万元；计算 [100, 100.02]万元；差额 -0.01万元；舍入最多可解释 0.015万元",
        "最可能出错", "错误 1，警告 1，提示 1").doesNotContain("\u001b[");
    // the reader's diagnostics are shown too, so a barely readable file does not look clean
    assertThat(s).contains("读取诊断 (1)", "警告 [text.unmapped-cell] 未映射的单元格");
  }

  /** A narrative statement named most likely wrong is quoted, and not called a cell. */
  @Test
  void aStatementNamedMostLikelyWrongIsQuoted() throws IOException {
    Report r = ReportFixtures.report();
    Finding stated = r.findings().stream().filter(f -> f.ruleId().equals("claim.amount")).findFirst().orElseThrow();
    Provenance statement = stated.locations().get(0);
    Report named = Report.builder().from(r).findings(r.findings().stream()
        .map(f -> f == stated ? Finding.builder().from(f).culprit(statement).group("g2").build() : f).toList())
        .build();
    List<BudgetDocument> docs = List.of(ReportFixtures.document());
    assertThat(write("text", List.of(named), docs, ReportOptions.defaults()))
        .contains("最可能出错: fixture budget.txt:42（说明文字“人员支出 80.0 万元”）");
    assertThat(write("text", List.of(named), docs, ReportOptions.builder().language("en").build()))
        .contains("most likely wrong: fixture budget.txt:42 (statement “人员支出 80.0 万元”)");
    assertThat(write("html", List.of(named), docs, ReportOptions.defaults()))
        .contains("最可能出错的说明文字：fixture budget.txt:42 <q>人员支出 80.0 万元</q>")
        .contains("最可能出错的单元格：");
  }

  @Test
  void textInEnglishWithColoursAndMinSeverity() throws IOException {
    ReportOptions o = ReportOptions.builder().language("en").colour(true).minSeverity(Severity.WARNING).build();
    String s = write("text", List.of(ReportFixtures.report()), List.of(ReportFixtures.document()), o);
    assertThat(s).contains("ERROR (1)", "WARNING (1)", "\u001b[31m", "differs from the sum",
            "reported [99.995, 100.005]万元; computed [100, 100.02]万元; difference -0.01万元")
        .doesNotContain("INFO (1)", "government fund table");
  }

  @Test
  void jsonMatchesTheDocumentedSchemaForOneAndManyDocuments() throws IOException {
    var schema = SchemaSupport.report();
    String one = write("json", List.of(ReportFixtures.report()), List.of(ReportFixtures.document()),
        ReportOptions.defaults());
    JsonNode n = mapper.readTree(one);
    assertThat(SchemaSupport.validate(schema, n)).isEmpty();
    JsonNode findings = n.get("documents").get(0).get("findings");
    assertThat(findings).hasSize(3);
    assertThat(findings.get(0).get("ruleId").asText()).isEqualTo("sum.function");
    assertThat(findings.get(0).get("severity").asText()).isEqualTo("ERROR");
    assertThat(findings.get(0).get("difference").asText()).isEqualTo("-0.01");
    assertThat(findings.get(0).get("reported").get("lo").asText()).isEqualTo("99.995");
    assertThat(findings.get(0).get("computed").get("lo").asText()).isEqualTo("100");
    assertThat(findings.get(0).get("computed").get("hi").asText()).isEqualTo("100.02");
    assertThat(findings.get(0).get("unit").asText()).isEqualTo("万元");
    assertThat(findings.get(1).has("unit")).isFalse();
    assertThat(n.get("documents").get(0).get("diagnostics")).hasSize(1);

    List<Report> many = new ArrayList<>();
    List<BudgetDocument> docs = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      many.add(k == 1 ? ReportFixtures.cleanReport("copy-" + k + ".txt") : ReportFixtures.report());
      docs.add(ReportFixtures.document());
    }
    JsonNode batch = mapper.readTree(write("json", many, docs, ReportOptions.defaults()));
    assertThat(SchemaSupport.validate(schema, batch)).isEmpty();
    assertThat(batch.get("documents")).hasSize(3);
    assertThat(batch.get("summary").get("errors").asInt()).isEqualTo(2);
    assertThat(batch.get("documents").get(1).get("findings")).isEmpty();
  }

  @Test
  void theSchemaRejectsAReportWithoutRuleId() throws IOException {
    var schema = SchemaSupport.report();
    JsonNode n = mapper.readTree(write("json", List.of(ReportFixtures.report()),
        List.of(ReportFixtures.document()), ReportOptions.defaults()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("documents").get(0).get("findings").get(0))
        .remove("ruleId");
    assertThat(SchemaSupport.validate(schema, n)).isNotEmpty();
  }

  @Test
  void sarifIsValidAgainstTheOfficialSchema() throws IOException {
    String s = write("sarif", List.of(ReportFixtures.report(), ReportFixtures.cleanReport("other.txt")),
        List.of(ReportFixtures.document(), ReportFixtures.document()), ReportOptions.defaults());
    JsonNode n = mapper.readTree(s);
    assertThat(SchemaSupport.validate(SchemaSupport.sarif(), n)).isEmpty();
    assertThat(n.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = n.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules).extracting(r -> r.get("id").asText())
        .containsExactly("sum.function", "claim.amount", "structure.note");
    JsonNode results = run.get("results");
    assertThat(results).extracting(r -> r.get("level").asText()).containsExactly("error", "warning", "note");
    JsonNode loc = results.get(0).get("locations").get(0);
    assertThat(loc.get("physicalLocation").get("artifactLocation").get("uri").asText())
        .isEqualTo("fixture%20budget.txt");
    assertThat(loc.get("physicalLocation").get("region").get("startLine").asInt()).isEqualTo(104);
    assertThat(loc.get("logicalLocations")).extracting(l -> l.get("kind").asText())
        .containsExactly("table", "row", "column");
    assertThat(loc.get("logicalLocations").get(2).get("fullyQualifiedName").asText())
        .isEqualTo("T03/20101 人大事务/总计");
    assertThat(results.get(0).get("relatedLocations")).hasSize(2);
    JsonNode props = results.get(0).get("properties");
    assertThat(props.get("unit").asText()).isEqualTo("万元");
    assertThat(props.get("difference").asText()).isEqualTo("-0.01");
    assertThat(props.get("computed").get("hi").asText()).isEqualTo("100.02");
    JsonNode narrative = results.get(1).get("locations").get(0).get("physicalLocation").get("region");
    assertThat(narrative.get("startColumn").asInt()).isEqualTo(4);
    assertThat(narrative.get("endColumn").asInt()).isEqualTo(16);
  }

  @Test
  void sarifValidationCatchesABrokenLog() throws IOException {
    JsonNode n = mapper.readTree(write("sarif", List.of(ReportFixtures.report()),
        List.of(ReportFixtures.document()), ReportOptions.defaults()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) n.get("runs").get(0).get("results").get(0))
        .put("level", "fatal");
    assertThat(SchemaSupport.validate(SchemaSupport.sarif(), n)).isNotEmpty();
  }
}
