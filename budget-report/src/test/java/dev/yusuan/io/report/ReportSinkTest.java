package dev.yusuan.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.io.ReportWriter;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing a batch a document at a time ({@link ReportWriter#open}) gives the batch output. */
class ReportSinkTest {
  private final ObjectMapper mapper = new ObjectMapper();

  /** Three documents: the fixture with findings, a clean one, and a report whose finding names an undeclared rule. */
  static List<Report> reports() {
    Report odd = Report.builder().from(ReportFixtures.cleanReport("odd.txt"))
        .addFindings(Finding.builder().from(ReportFixtures.report().findings().get(0)).ruleId("house.only")
            .build()).build();
    return List.of(ReportFixtures.report(), ReportFixtures.cleanReport("clean.txt"), odd);
  }

  static List<BudgetDocument> documents() {
    List<BudgetDocument> d = new ArrayList<>();
    d.add(ReportFixtures.document());
    d.add(null);
    d.add(null);
    return d;
  }

  static String streamed(String format, ReportOptions o) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ReportWriter.Sink s = BudgetIo.reportWriter(format).orElseThrow().open(o, out)) {
      for (int i = 0; i < reports().size(); i++) {
        s.add(reports().get(i), documents().get(i));
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyFormatStreamsWhatItWritesInOneCall() throws IOException {
    for (String format : List.of("text", "json", "sarif", "html")) {
      for (ReportOptions o : List.of(ReportOptions.defaults(), ReportOptions.builder().language("en").build())) {
        assertThat(streamed(format, o)).as(format)
            .isEqualTo(ReportWritersTest.write(format, reports(), documents(), o));
      }
    }
  }

  @Test
  void jsonStreamIsTheTreeAndFollowsTheSchema() throws IOException {
    JsonNode streamed = mapper.readTree(streamed("json", ReportOptions.defaults()));
    // the tree as it reads back (a tree built in memory holds longs where a parsed one holds ints)
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(
        JsonReportWriter.tree(mapper, reports(), documents(), ReportOptions.defaults())));
    assertThat(streamed).isEqualTo(tree);
    assertThat(SchemaSupport.validate(SchemaSupport.report(), streamed)).isEmpty();
    assertThat(streamed.get("documents")).hasSize(3);
    assertThat(streamed.get("summary").get("documents").asInt()).isEqualTo(3);
    // a rule only named by a finding is listed after the declared ones
    List<String> ids = new ArrayList<>();
    streamed.get("rules").forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids).endsWith("house.only").doesNotHaveDuplicates();
  }

  @Test
  void sarifStreamIsValidAndIndexesRulesAndArtifacts() throws IOException {
    JsonNode log = mapper.readTree(streamed("sarif", ReportOptions.defaults()));
    assertThat(SchemaSupport.validate(SchemaSupport.sarif(), log)).isEmpty();
    JsonNode run = log.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    for (JsonNode r : run.get("results")) {
      assertThat(rules.get(r.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(r.get("ruleId").asText());
      JsonNode art = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
      assertThat(run.get("artifacts").get(art.get("index").asInt()).get("location").get("uri").asText())
          .isEqualTo(art.get("uri").asText());
    }
  }

  @Test
  void streamingWritersWriteEachDocumentWhenItIsAdded() throws IOException {
    for (String format : List.of("text", "json", "sarif", "html")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ReportWriter.Sink s = BudgetIo.reportWriter(format).orElseThrow().open(ReportOptions.defaults(), out);
      s.add(ReportFixtures.report(), ReportFixtures.document());
      // before close: the first document is already out (nothing is held back for the end)
      assertThat(out.toString(StandardCharsets.UTF_8)).as(format).contains("sum.function");
      int before = out.size();
      s.close();
      assertThat(out.size()).isGreaterThanOrEqualTo(before);
    }
  }
}
