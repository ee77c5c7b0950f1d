package dev.yusuan.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.json.JsonFormatTestSupport;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.FactDimension;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFactsTest {
  @Test
  void headerHasConceptEveryDimensionValueUnitPrecisionAndProvenance() {
    assertThat(CsvFacts.HEADER).startsWith("concept");
    for (FactDimension d : FactDimension.values()) {
      assertThat(CsvFacts.HEADER).contains(d.name());
    }
    assertThat(CsvFacts.HEADER).contains("value", "printed", "unit", "scale", "lo", "hi", "source",
        "table_id", "table_title", "row_label", "row_code", "row_number", "column_header",
        "column_number", "page", "line", "section", "text", "span_start", "span_end",
        "document_source", "department", "year", "kind", "document_unit");
  }

  @Test
  void writesOneRowPerFactWithExactValues() throws Exception {
    BudgetDocument doc = JsonFormatTestSupport.sample();
    StringBuilder csv = new StringBuilder();
    CsvFacts.write(doc, csv);
    List<CSVRecord> recs = CSVParser.parse(csv.toString(),
        CsvFacts.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).getRecords();
    assertThat(recs).hasSize(doc.facts().size());
    CSVRecord first = recs.get(0);
    assertThat(first.get("concept")).isEqualTo("EXPENDITURE");
    assertThat(first.get("FUNCTION")).isEqualTo("2010101");
    assertThat(first.get("SPENDING_TYPE")).isEqualTo("PERSONNEL");
    assertThat(first.get("ECONOMIC")).isNull();
    assertThat(first.get("value")).isEqualTo("1301.49");
    assertThat(first.get("unit")).isEqualTo("WAN_YUAN");
    assertThat(first.get("scale")).isEqualTo("2");
    assertThat(first.get("lo")).isEqualTo("1301.485");
    assertThat(first.get("hi")).isEqualTo("1301.495");
    assertThat(first.get("column_header")).isEqualTo("基本支出/人员经费");
    assertThat(first.get("column_number")).isEqualTo("2");
    assertThat(first.get("line")).isEqualTo("412");
    assertThat(first.get("department")).isEqualTo("绍兴市柯桥区人民代表大会常务委员会办公室");
    assertThat(first.get("year")).isEqualTo("2024");
    assertThat(recs.get(1).get("printed")).isEqualTo("1,607.08");
    assertThat(recs.get(2).get("value")).isEqualTo("-12.50");
    assertThat(recs.get(2).get("printed")).isEqualTo("(12.50)");
  }

  @Test
  void badRowsBecomeDiagnosticsWithTheirLine() throws Exception {
    String csv = "concept,FUNCTION,value,unit\n"
        + "EXPENDITURE,201,12.50,WAN_YUAN\n"
        + "NOT_A_CONCEPT,201,1,WAN_YUAN\n"
        + "EXPENDITURE,201,1.2e3,WAN_YUAN\n"
        + "EXPENDITURE,,0.10,YUAN\n";
    CsvFacts.Result r = CsvFacts.read(new StringReader(csv), "m.csv");
    assertThat(r.facts()).hasSize(2);
    assertThat(r.facts().get(0).amount().value()).hasToString("12.50");
    assertThat(r.facts().get(1).coordinates().has(FactDimension.FUNCTION)).isFalse();
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("csv.invalid-row", "csv.invalid-row");
    assertThat(r.diagnostics()).extracting(d -> d.location().line().getAsInt()).containsExactly(3, 4);
    BudgetDocument d = CsvFacts.document(r, "m.csv");
    assertThat(d.diagnostics()).extracting(Diagnostic::code).contains("csv.no-metadata");
  }

  @Test
  void missingRequiredColumnIsADiagnostic() throws Exception {
    CsvFacts.Result r = CsvFacts.read(new StringReader("a,b\n1,2\n"), "m.csv");
    assertThat(r.facts()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsOnly("csv.missing-column");
  }

  @Test
  void budgetIoDetectsAndReadsTheCsv(@TempDir Path dir) throws Exception {
    BudgetDocument doc = JsonFormatTestSupport.sample();
    Path f = dir.resolve("facts.csv");
    BudgetIo.write(doc, f, "csv");
    assertThat(new CsvDocumentReader().recognises("x", Files.readAllBytes(f))).isTrue();
    BudgetDocument back = BudgetIo.read(f);
    assertThat(back.facts()).isEqualTo(doc.facts());
    assertThat(back.department().name()).isEqualTo(doc.department().name());
    assertThat(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).startsWith("\"concept\",\"FUNCTION\"");
  }
}
