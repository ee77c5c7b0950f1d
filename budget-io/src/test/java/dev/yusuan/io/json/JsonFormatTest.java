package dev.yusuan.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.BudgetUnit;
import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Department;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Direction;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.DisclosureTable;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFormatTest {
  static final String SRC = "keqiao.txt";

  /** A small hand-built document shaped like the Keqiao disclosure. */
  static BudgetDocument sample() {
    DisclosureTable t = DisclosureTable.builder().id("T03").title("一般公共预算支出表").kind("zj.general-budget-expenditure")
        .unit(MoneyUnit.WAN_YUAN)
        .addHeaderRows(List.of("科目编码", "科目名称", "合计", "基本支出", "", "项目支出"))
        .addHeaderRows(List.of("", "", "", "人员经费", "公用经费", ""))
        .addHeaderRows(List.of("**", "**", "1", "2", "3", "4"))
        .addColumns(DisclosureTable.Column.of(0, List.of("科目编码"), Optional.empty()))
        .addColumns(DisclosureTable.Column.of(1, List.of("科目名称"), Optional.empty()))
        .addColumns(DisclosureTable.Column.of(2, List.of("合计"), Optional.of("1")))
        .addColumns(DisclosureTable.Column.of(3, List.of("基本支出", "人员经费"), Optional.of("2")))
        .addColumns(DisclosureTable.Column.of(4, List.of("基本支出", "公用经费"), Optional.of("3")))
        .addColumns(DisclosureTable.Column.of(5, List.of("项目支出"), Optional.of("4")))
        .addRows(DisclosureTable.Row.builder().cells(List.of("2010101", "行政运行", "1,607.08", "1301.49", "305.59", ""))
            .label("行政运行").code("2010101").line(412).page(7).build())
        .addNotes("注：本表无政府性基金数据")
        .provenance(Provenance.builder().source(SRC).line(405).tableId("T03").build())
        .build();
    Fact personnel = Fact.of(Concept.EXPENDITURE,
        Coordinates.of(FactDimension.FUNCTION, "2010101").with(FactDimension.SPENDING_TYPE, SpendingType.PERSONNEL),
        Amount.of("1301.49", MoneyUnit.WAN_YUAN),
        Provenance.builder().source(SRC).tableId("T03").tableTitle("一般公共预算支出表").rowLabel("行政运行")
            .rowCode("2010101").columnHeader("基本支出/人员经费").columnNumber("2").line(412).text("1301.49")
            .spanStart(20).spanEnd(27).build());
    Fact grouped = Fact.of(Concept.EXPENDITURE, Coordinates.of(FactDimension.FUNCTION, "2010101"),
        Amount.parse("1,607.08", MoneyUnit.WAN_YUAN).orElseThrow(), Provenance.of(SRC));
    Fact negative = Fact.of(Concept.REVENUE,
        Coordinates.of(FactDimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET)
            .with(FactDimension.PERIOD, FiscalPeriod.PRIOR_ACTUAL.name()),
        Amount.parse("(12.50)", MoneyUnit.WAN_YUAN).orElseThrow(), Provenance.of(SRC));
    Claim share = Claim.builder().kind(ClaimKind.SHARE).concept(Concept.EXPENDITURE)
        .coordinates(Coordinates.of(FactDimension.SPENDING_TYPE, SpendingType.PERSONNEL))
        .subject("人员支出").amount(Amount.of("1877.16", MoneyUnit.WAN_YUAN))
        .whole(Coordinates.EMPTY).percent(Percentage.parse("69.36%"))
        .provenance(Provenance.builder().source(SRC).line(88).section("三、支出预算").build()).build();
    Claim change = Claim.builder().kind(ClaimKind.CHANGE).concept(Concept.EXPENDITURE)
        .coordinates(Coordinates.EMPTY).subject("支出预算").basePeriod(FiscalPeriod.PRIOR_ACTUAL)
        .delta(Amount.of("6.69", MoneyUnit.WAN_YUAN)).percent(Percentage.parse("0.25%"))
        .direction(Direction.INCREASE).provenance(Provenance.of(SRC)).build();
    return BudgetDocument.builder().source(SRC).region("绍兴市柯桥区")
        .department(Department.builder().name("绍兴市柯桥区人民代表大会常务委员会办公室").shortName("区人大办")
            .code("102").build())
        .year(2024).kind(DocumentKind.DEPARTMENT_BUDGET).unit(MoneyUnit.WAN_YUAN)
        .addBudgetUnits(BudgetUnit.of("本级", true), BudgetUnit.of("柯桥区人大信息中心", false))
        .addTables(t).addFacts(personnel, grouped, negative).addClaims(share, change)
        .addDiagnostics(Diagnostic.of(Severity.WARNING, "text.repeated-row", "重复行", "repeated row",
            Provenance.builder().source(SRC).line(900).build()))
        .build();
  }

  @Test
  void writesValuesAsStringsWithTheirScaleAndCoordinatesAsAnObject() throws Exception {
    String json = JsonFormat.toJson(sample());
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.fieldNames().next()).isEqualTo("formatVersion");
    assertThat(root.get("formatVersion").asText()).isEqualTo("1.0");
    JsonNode fact = root.get("facts").get(0);
    assertThat(fact.get("value").isTextual()).isTrue();
    assertThat(fact.get("value").asText()).isEqualTo("1301.49");
    assertThat(fact.get("coordinates").get("FUNCTION").asText()).isEqualTo("2010101");
    assertThat(fact.get("coordinates").get("SPENDING_TYPE").asText()).isEqualTo("PERSONNEL");
    assertThat(root.get("facts").get(1).get("grouped").asBoolean()).isTrue();
    assertThat(root.get("facts").get(2).get("value").asText()).isEqualTo("-12.50");
    assertThat(root.get("claims").get(0).get("percent").asText()).isEqualTo("69.36");
    assertThat(SchemaCheck.validate(json)).isEmpty();
  }

  @Test
  void roundTripsTheSampleIncludingPrinting() {
    BudgetDocument doc = sample();
    BudgetDocument back = JsonFormat.fromJson(JsonFormat.toJson(doc), "other");
    assertThat(back).isEqualTo(doc);
    assertThat(back.facts().get(1).amount().format()).isEqualTo("1,607.08");
    assertThat(back.facts().get(2).amount().format()).isEqualTo("(12.50)");
  }

  @Test
  void aSelfEvaluationTargetsActualValueWeightAndScoreRoundTripAndFitTheSchema() {
    BudgetDocument doc = sample();
    dev.yusuan.model.PerformanceTarget t = dev.yusuan.model.PerformanceTarget.builder().unit("").project("业务培训专项")
        .level1("产出指标").level2("数量指标").indicator("培训人次")
        .comparator(java.util.Optional.of(dev.yusuan.model.TargetComparator.GE)).comparatorText("≥").value("500")
        .numericValue(new BigDecimal("500")).measureUnit("人次").actualValue("520人次").weight(new BigDecimal("20"))
        .score(new BigDecimal("18.50")).provenance(Provenance.of("x.pdf")).build();
    BudgetDocument withTarget = BudgetDocument.builder().from(doc).addTargets(t,
        dev.yusuan.model.PerformanceTarget.builder().from(t).actualValue("").weight(java.util.Optional.empty())
            .score(java.util.Optional.empty()).build()).build();
    String json = JsonFormat.toJson(withTarget);
    assertThat(SchemaCheck.validate(json)).isEmpty();
    assertThat(json).contains("\"actualValue\"").contains("\"score\" : \"18.50\"");
    assertThat(JsonFormat.fromJson(json, "other")).isEqualTo(withTarget);
  }

  @Test
  void readingCoverageAndDoubtfulReadsRoundTripAndFitTheSchema() {
    BudgetDocument doc = sample();
    BudgetDocument marked = BudgetDocument.builder().from(doc)
        .tables(doc.tables().stream().map(t -> dev.yusuan.model.DisclosureTable.builder().from(t)
            .coverage(new dev.yusuan.model.ReadingCoverage(12, 11)).build()).toList())
        .facts(doc.facts().stream().map(f -> dev.yusuan.model.Fact.builder().from(f)
            .provenance(dev.yusuan.model.Provenance.builder().from(f.provenance()).doubtful(true)
                .build()).build()).toList())
        .build();
    assertThat(marked.tables()).isNotEmpty();
    String json = JsonFormat.toJson(marked);
    assertThat(SchemaCheck.validate(json)).isEmpty();
    BudgetDocument back = JsonFormat.fromJson(json, "other");
    assertThat(back).isEqualTo(marked);
    assertThat(back.tables().get(0).coverage()).contains(new dev.yusuan.model.ReadingCoverage(12, 11));
    assertThat(back.facts()).allSatisfy(f -> assertThat(f.provenance().doubtful()).isTrue());
  }

  @Test
  void schemaRejectsAMoneyValueWrittenAsANumber() throws Exception {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(JsonFormat.toJson(sample()));
    ((ObjectNode) root.get("facts").get(0)).put("value", 1301.49);
    assertThat(SchemaCheck.validate(root.toString())).isNotEmpty();
    BudgetDocument read = JsonFormat.fromJson(root.toString(), "x");
    assertThat(read.facts()).hasSize(2);
    assertThat(read.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("json.invalid-element");
      assertThat(d.messageEn()).contains("/facts/0/value");
    });
  }

  @Test
  void schemaInResourcesAndDocsAreIdentical() throws Exception {
    byte[] res;
    try (InputStream in = JsonFormat.class.getResourceAsStream(JsonFormat.SCHEMA_RESOURCE)) {
      res = in.readAllBytes();
    }
    Path docs = Path.of("..", "docs", "budget-document.schema.json");
    assertThat(Files.readAllBytes(docs)).isEqualTo(res);
  }

  @Test
  void malformedJsonGivesADiagnosticWithLineNotAnException() throws Exception {
    BudgetDocument d = new JsonDocumentReader().read(
        new java.io.ByteArrayInputStream("{\n \"formatVersion\": \"1.0\",\n \"source\": }".getBytes(
            StandardCharsets.UTF_8)), "bad.json");
    assertThat(d.diagnostics()).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("json.malformed");
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.location().line()).hasValue(3);
      assertThat(x.location().source()).isEqualTo("bad.json");
    });
  }

  @Test
  void missingRequiredFieldsAndWrongTypesAreDiagnosed() {
    BudgetDocument d = JsonFormat.fromJson("{\"formatVersion\":\"1.0\",\"year\":\"2024\",\"facts\":7}", "m.json");
    assertThat(d.diagnostics()).extracting(Diagnostic::code)
        .contains("json.missing-field", "json.invalid-field");
    assertThat(d.diagnostics()).anySatisfy(x -> assertThat(x.messageEn()).contains("/year"));
    assertThat(JsonFormat.fromJson("[1,2]", "a.json").diagnostics()).extracting(Diagnostic::code)
        .containsExactly("json.not-an-object");
  }

  @Test
  void invalidClaimIsLeftOutWithADiagnostic() throws Exception {
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(JsonFormat.toJson(sample()));
    ((ObjectNode) root.get("claims").get(0)).remove("percent");
    BudgetDocument d = JsonFormat.fromJson(root.toString(), "x");
    assertThat(d.claims()).hasSize(1);
    assertThat(d.diagnostics()).anySatisfy(x -> assertThat(x.messageEn()).contains("/claims/0"));
  }

  @Test
  void readerRecognisesCanonicalJsonOnly() {
    JsonDocumentReader r = new JsonDocumentReader();
    assertThat(r.recognises("", "\uFEFF  {\"formatVersion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(r.recognises("a.json", "{\"other\":1}".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(r.recognises("a.txt", "部门预算 formatVersion".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void budgetIoFindsTheJsonFormatAndRoundTripsThroughAFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("doc.json");
    BudgetIo.write(sample(), f, "json");
    assertThat(BudgetIo.read(f)).isEqualTo(sample());
    assertThat(BudgetIo.read(f, "json")).isEqualTo(sample());
    assertThat(SchemaCheck.validate(Files.readString(f))).isEmpty();
  }

  @Test
  void decimalsKeepTrailingZerosAndBigValues() {
    Fact f = Fact.of(Concept.EXPENDITURE, Coordinates.EMPTY,
        Amount.of(new BigDecimal("123456789012345678901234567890.1000"), MoneyUnit.YUAN), Provenance.of(SRC));
    BudgetDocument doc = BudgetDocument.builder().from(sample()).facts(List.of(f)).build();
    String json = JsonFormat.toJson(doc);
    assertThat(json).contains("\"123456789012345678901234567890.1000\"");
    assertThat(JsonFormat.fromJson(json, "x").facts().get(0).amount().value())
        .isEqualTo(new BigDecimal("123456789012345678901234567890.1000"));
  }
}
