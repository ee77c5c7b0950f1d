package dev.yusuan.io.fdp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.json.JsonFormatTestSupport;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DocumentKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiscalDataPackageTest {
  static List<CSVRecord> rows(String csv) throws Exception {
    return CSVParser.parse(csv, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
        .getRecords();
  }

  @Test
  void descriptorHasMeasuresWithCurrencyFactorDirectionAndPhase(@TempDir Path dir) throws Exception {
    BudgetIo.write(JsonFormatTestSupport.sample(), dir.resolve("pkg"), "fdp");
    JsonNode d = new ObjectMapper().readTree(Files.readString(dir.resolve("pkg/datapackage.json")));
    assertThat(Files.exists(dir.resolve("pkg/budget.csv"))).isTrue();
    assertThat(d.get("profile").asText()).isEqualTo("fiscal-data-package");
    assertThat(d.get("resources").get(0).get("path").asText()).isEqualTo("budget.csv");
    JsonNode m = d.get("model").get("measures");
    JsonNode exp = m.get("expenditure_proposed");
    assertThat(exp.get("currency").asText()).isEqualTo("CNY");
    assertThat(exp.get("factor").asLong()).isEqualTo(10000L);
    assertThat(exp.get("direction").asText()).isEqualTo("expenditure");
    assertThat(exp.get("phase").asText()).isEqualTo("proposed");
    // the sample's revenue fact is a 上年执行数: executed
    JsonNode rev = m.get("revenue_executed");
    assertThat(rev.get("direction").asText()).isEqualTo("revenue");
    assertThat(rev.get("phase").asText()).isEqualTo("executed");
    JsonNode fn = d.get("model").get("dimensions").get("functional_classification");
    assertThat(fn.get("classificationType").asText()).isEqualTo("functional");
    assertThat(fn.get("primaryKey")).extracting(JsonNode::asText)
        .containsExactly("function_class_code", "function_group_code", "function_item_code");
    assertThat(fn.get("attributes").get("function_item_label").get("labelfor").asText())
        .isEqualTo("function_item_code");
    assertThat(fn.get("attributes").get("function_group_code").get("parent").asText())
        .isEqualTo("function_class_code");
    JsonNode dims = d.get("model").get("dimensions");
    assertThat(dims.has("economic_classification")).isTrue();
    assertThat(dims.get("economic_classification").get("primaryKey")).hasSize(2);
    for (String dim : List.of("fund_source", "spending_type", "budget_unit", "project",
        "procurement_item", "period", "date")) {
      assertThat(dims.has(dim)).as(dim).isTrue();
    }
    // every attribute source is a field of the resource
    List<String> fields = new ArrayList<>();
    d.get("resources").get(0).get("schema").get("fields").forEach(f -> fields.add(f.get("name").asText()));
    dims.forEach(x -> x.get("attributes").forEach(a -> assertThat(fields).contains(a.get("source").asText())));
    m.forEach(x -> assertThat(fields).contains(x.get("source").asText()));
  }

  @Test
  void levelsAreFilledFromCodePrefixesWithLabelsFromTableRows() throws Exception {
    FiscalDataPackage p = FiscalDataPackage.of(JsonFormatTestSupport.sample());
    CSVRecord first = rows(p.csv()).get(0);
    assertThat(first.get("function_class_code")).isEqualTo("201");
    assertThat(first.get("function_group_code")).isEqualTo("20101");
    assertThat(first.get("function_item_code")).isEqualTo("2010101");
    assertThat(first.get("function_item_label")).isEqualTo("行政运行");
    assertThat(first.get("spending_type_code")).isEqualTo("PERSONNEL");
    assertThat(first.get("spending_type_label")).isEqualTo("人员经费");
    assertThat(first.get("expenditure_proposed")).isEqualTo("1301.49");
    assertThat(first.get("revenue_executed")).isEmpty();
    assertThat(first.get("fiscal_year")).isEqualTo("2024");
  }

  @Test
  void finalAccountIsExecuted() {
    BudgetDocument fa = BudgetDocument.builder().from(JsonFormatTestSupport.sample())
        .kind(DocumentKind.FINAL_ACCOUNT).build();
    assertThat(FiscalDataPackage.of(fa).measures()).extracting(FiscalDataPackage.Measure::phase)
        .containsOnly("executed");
  }

  @Test
  void csvMeasureColumnsSumExactlyToTheFacts() throws Exception {
    assertSumsMatch(JsonFormatTestSupport.sample());
  }

  @Test
  void streamFormIsAZipOfBothFiles() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new FdpDocumentWriter().write(JsonFormatTestSupport.sample(), out);
    List<String> names = new ArrayList<>();
    try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
        names.add(e.getName());
      }
    }
    assertThat(names).containsExactly("datapackage.json", "budget.csv");
  }

  /** Per measure, the CSV column sums to the sum of the facts that measure holds, exactly. */
  static void assertSumsMatch(BudgetDocument doc) throws Exception {
    FiscalDataPackage p = FiscalDataPackage.of(doc);
    List<CSVRecord> rows = rows(p.csv());
    assertThat(rows).hasSize(doc.facts().size());
    for (FiscalDataPackage.Measure m : p.measures()) {
      BigDecimal csv = BigDecimal.ZERO;
      for (CSVRecord r : rows) {
        if (!r.get(m.name()).isEmpty()) {
          csv = csv.add(new BigDecimal(r.get(m.name())));
        }
      }
      BigDecimal facts = doc.facts().stream().filter(f -> p.measureOf(f).equals(m))
          .map(f -> f.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(csv).as(m.name()).isEqualByComparingTo(facts);
      assertThat(csv.scale()).isEqualTo(facts.scale());
    }
    int filled = 0;
    for (CSVRecord r : rows) {
      for (FiscalDataPackage.Measure m : p.measures()) {
        filled += r.get(m.name()).isEmpty() ? 0 : 1;
      }
    }
    assertThat(filled).isEqualTo(doc.facts().size());
  }
}
