package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document read only partly never passes: amounts printed in a table no layout knows are reported
 * and the document is checked, but {@code check}, {@code facts} and {@code convert} exit 3 (1 when an
 * ERROR finding is found too) and say why on stderr, in the report and in the batch summary.
 */
class PartlyReadTest {
  @TempDir Path tmp;
  Path complete;
  Path partly;

  /**
   * A small disclosure laid out as the Keqiao example: a 收支总表 that adds up and, for the partly
   * read one, a table no layout knows.
   */
  static String disclosure(boolean unknownTable) {
    StringBuilder b = new StringBuilder();
    b.append("\n\n测试市测试区统计局  \n2024年部门预算\n\n");
    b.append("## 2024年部门收支预算总表\n\n101-区统计局\n\n单位：万元\n\n");
    b.append("收 入\t\t支 出\t\n项 目\t预算数\t项 目\t预算数\n");
    b.append("一、财政拨款\t100.00\t一般公共服务支出\t100.00\n");
    b.append("本年收入合计\t100.00\t本年支出合计\t100.00\n");
    b.append("收 入 总 计\t100.00\t支 出 总 计\t100.00\n\n");
    if (unknownTable) {
      b.append("## 2024年部门甲乙丙明细表\n\n101-区统计局\n\n单位：万元\n\n");
      b.append("丁戊\t己庚\n");
      b.append("辛壬\t12.50\n癸子\t7.25\n\n");
    }
    return b.toString();
  }

  static Cli yusuan(String... args) {
    return Cli.run(Wiring::standard, args);
  }

  @BeforeEach
  void setUp() throws IOException {
    complete = Files.writeString(tmp.resolve("complete.txt"), disclosure(false), StandardCharsets.UTF_8);
    partly = Files.writeString(tmp.resolve("partly.txt"), disclosure(true), StandardCharsets.UTF_8);
  }

  @Test
  void aCompleteDocumentPassesAndThePartlyReadOneDoesNot() {
    Cli ok = yusuan("check", complete.toString());
    assertThat(ok.code).as(ok.toString()).isZero();
    assertThat(ok.out).doesNotContain("未完整读取");
    assertThat(ok.err).doesNotContain("partly read");

    Cli c = yusuan("check", partly.toString());
    assertThat(c.code).as(c.toString()).isEqualTo(Yusuan.PARTLY_READ);
    assertThat(c.out).contains("未完整读取：2 个印出的金额未读取为事实", "12.50", "7.25");
    assertThat(c.err.strip()).startsWith("yusuan: " + partly + ": partly read / 未完整读取: 2 printed amounts")
        .contains("12.50").doesNotContain("Exception");
    assertThat(c.err.lines().count()).isEqualTo(1);

    Cli en = yusuan("check", partly.toString(), "--lang", "en");
    assertThat(en.out).contains("Partly read: 2 printed amounts not read as facts");
  }

  @Test
  void errorFindingsComeFirstInTheExitCode() throws IOException {
    // the totals disagree: an ERROR finding, and the unknown table still read partly
    Path both = Files.writeString(tmp.resolve("both.txt"),
        disclosure(true).replace("收 入 总 计\t100.00", "收 入 总 计\t900.00"), StandardCharsets.UTF_8);
    Cli c = yusuan("check", both.toString());
    assertThat(c.code).as(c.toString()).isEqualTo(Yusuan.FINDINGS);
    assertThat(c.err).contains("partly read");
  }

  @Test
  void aBatchSaysWhichDocumentsWerePartlyRead() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("batch"));
    Files.copy(complete, dir.resolve("a.txt"));
    Files.copy(partly, dir.resolve("b.txt"));
    Cli c = yusuan("check", dir.toString());
    assertThat(c.code).as(c.toString()).isEqualTo(Yusuan.PARTLY_READ);
    assertThat(c.out.lines().filter(l -> l.startsWith("a.txt") || l.contains("/a.txt")))
        .anyMatch(l -> l.endsWith("通过"));
    assertThat(c.out.lines().filter(l -> l.contains("b.txt") && l.endsWith("未完整读取"))).hasSize(1);
    assertThat(c.out).contains("1 个未完整读取");
    assertThat(c.err).contains("b.txt: partly read").doesNotContain("a.txt: partly read");

    Cli only = yusuan("check", complete.toString(), complete.toString());
    assertThat(only.code).as(only.toString()).isZero();
    assertThat(only.out).doesNotContain("未完整读取");
  }

  @Test
  void theJsonReportCountsTheUnreadAmountsAndKeepsToItsSchema() throws IOException {
    Cli c = yusuan("check", partly.toString(), "--format", "json");
    assertThat(c.code).isEqualTo(Yusuan.PARTLY_READ);
    JsonNode report = new ObjectMapper().readTree(c.out);
    JsonNode doc = report.get("documents").get(0);
    assertThat(doc.get("amountsUnread").asInt()).isEqualTo(2);
    int counted = 0;
    for (JsonNode d : doc.get("diagnostics")) {
      counted += d.has("unreadAmounts") ? d.get("unreadAmounts").asInt() : 0;
    }
    assertThat(counted).isEqualTo(2);
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
        .getSchema(Files.newInputStream(Path.of("..", "docs", "report.schema.json")));
    assertThat(schema.validate(report)).isEmpty();
    JsonNode whole = new ObjectMapper().readTree(yusuan("check", complete.toString(), "--format", "json").out);
    assertThat(whole.get("documents").get(0).has("amountsUnread")).isFalse();
  }

  @Test
  void theSarifReportMarksThePartlyReadArtifact() throws IOException {
    Cli c = yusuan("check", partly.toString(), complete.toString(), "--format", "sarif");
    assertThat(c.code).as(c.toString()).isEqualTo(Yusuan.PARTLY_READ);
    JsonNode s = new ObjectMapper().readTree(c.out);
    var official = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(Files.newInputStream(
        Path.of("..", "budget-report", "src", "test", "resources", "schemas", "sarif-schema-2.1.0.json")));
    assertThat(official.validate(s)).isEmpty();
    int marked = 0;
    for (JsonNode a : s.get("runs").get(0).get("artifacts")) {
      boolean isPartly = a.get("location").get("uri").asText().endsWith("partly.txt");
      assertThat(a.has("properties")).as(a.toString()).isEqualTo(isPartly);
      if (isPartly) {
        assertThat(a.get("properties").get("amountsUnread").asInt()).isEqualTo(2);
        marked++;
      }
    }
    assertThat(marked).isEqualTo(1);
  }

  @Test
  void factsAndConvertWriteWhatWasReadAndExitThree() throws IOException {
    Cli facts = yusuan("facts", partly.toString());
    assertThat(facts.code).as(facts.toString()).isEqualTo(Yusuan.PARTLY_READ);
    assertThat(facts.out).contains("100.00");
    assertThat(facts.err).contains("partly read");
    assertThat(yusuan("facts", complete.toString()).code).isZero();

    Path out = tmp.resolve("partly.json");
    Cli conv = yusuan("convert", partly.toString(), "--to", "json", "--out", out.toString());
    assertThat(conv.code).as(conv.toString()).isEqualTo(Yusuan.PARTLY_READ);
    assertThat(conv.err).contains("wrote", "partly read");
    // the converted document keeps the count: read back, it is still partly read
    Cli again = yusuan("check", out.toString());
    assertThat(again.code).as(again.toString()).isEqualTo(Yusuan.PARTLY_READ);
  }
}
