package dev.yusuan.io.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.json.SchemaCheck;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the real Keqiao 2024 budget: text → model → JSON / CSV / Fiscal Data Package files (xlsx: {@code XlsxFormatTest} in budget-xlsx) → model gives the
 * same document (the same facts for CSV), through the public {@link BudgetIo} entry points.
 */
class KeqiaoRoundTripTest {
  static final String RESOURCE = "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt";
  static final String SOURCE = "keqiao-rendaban-2024-budget.txt";
  static BudgetDocument keqiao;
  @TempDir Path tmp;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = KeqiaoRoundTripTest.class.getResourceAsStream(RESOURCE)) {
      keqiao = BudgetIo.read(in, SOURCE);
    }
    // a real document, not an empty shell: hundreds of facts, every table, claims and targets
    assertThat(keqiao.facts()).hasSizeGreaterThan(300);
    assertThat(keqiao.tables()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(keqiao.claims()).isNotEmpty();
    assertThat(keqiao.targets()).isNotEmpty();
  }

  Path write(String format, String name) throws IOException {
    Path p = tmp.resolve(name);
    BudgetIo.write(keqiao, p, format);
    return p;
  }

  @Test
  void json() throws IOException {
    Path p = write("json", "keqiao.json");
    String text = Files.readString(p, StandardCharsets.UTF_8);
    assertThat(SchemaCheck.validate(text)).isEmpty();
    BudgetDocument back = BudgetIo.read(p);
    assertThat(back.diagnostics()).isEqualTo(keqiao.diagnostics());
    assertThat(back).isEqualTo(keqiao);
    // byte-stable: writing what was read gives the same text
    Path again = tmp.resolve("again.json");
    BudgetIo.write(back, again, "json");
    assertThat(Files.readString(again, StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void csvKeepsEveryFactExactly() throws IOException {
    Path p = write("csv", "keqiao.csv");
    BudgetDocument back = BudgetIo.read(p);
    assertThat(back.facts()).containsExactlyElementsOf(keqiao.facts());
    // exactly, with the published precision: BigDecimal scale and printing survive
    for (int i = 0; i < keqiao.facts().size(); i++) {
      Fact a = keqiao.facts().get(i);
      Fact b = back.facts().get(i);
      assertThat(b.amount().value().scale()).isEqualTo(a.amount().value().scale());
      assertThat(b.amount().value().toPlainString()).isEqualTo(a.amount().value().toPlainString());
      assertThat(b.provenance()).isEqualTo(a.provenance());
    }
    assertThat(back.source()).isEqualTo(keqiao.source());
    assertThat(back.department().name()).isEqualTo(keqiao.department().name());
    assertThat(back.year()).isEqualTo(keqiao.year());
    assertThat(back.kind()).isEqualTo(keqiao.kind());
    assertThat(back.unit()).isEqualTo(keqiao.unit());
    assertThat(Files.readAllLines(p, StandardCharsets.UTF_8)).hasSize(keqiao.facts().size() + 1);
  }

  @Test
  void fiscalDataPackage() throws IOException {
    Path dir = write("fdp", "keqiao-fdp");
    JsonNode pkg = new ObjectMapper().readTree(dir.resolve("datapackage.json").toFile());
    JsonNode measures = pkg.findValue("measures");
    assertThat(measures).as("model.measures").isNotNull();
    assertThat(measures.fieldNames()).toIterable().contains("expenditure_proposed", "revenue_proposed");
    List<String> rows = Files.readAllLines(dir.resolve("budget.csv"), StandardCharsets.UTF_8);
    assertThat(rows).hasSize(keqiao.facts().size() + 1);
  }
}
