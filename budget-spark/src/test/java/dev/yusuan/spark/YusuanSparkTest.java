package dev.yusuan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleSyntaxException;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a local[2] session (one for the class): the Keqiao text budget, a Jiangsu narrative +
 * tables PDF pair, a file that is not a disclosure and a damaged PDF.
 */
class YusuanSparkTest {
  static final Path REAL = Path.of("../budget-pdf/src/test/resources/real");
  static final String NARRATIVE = "jiangsu-npcsc-office-2019-budget.pdf";
  static final String TABLES = "jiangsu-npcsc-office-2019-budget-tables.pdf";

  @TempDir
  static Path dir;
  static SparkSession spark;
  static CheckResult result;
  static Map<String, DocumentRow> documents;

  @BeforeAll
  static void run() throws Exception {
    try (InputStream in = BudgetIo.class.getResourceAsStream("/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt")) {
      Files.copy(in, dir.resolve("keqiao.txt"));
    }
    Files.copy(REAL.resolve(NARRATIVE), dir.resolve(NARRATIVE), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(REAL.resolve(TABLES), dir.resolve(TABLES), StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(dir.resolve("notes.bin"), "no disclosure here");
    Files.write(dir.resolve("damaged.pdf"), "%PDF-1.7\n1 0 obj\n<<".getBytes());
    spark = SparkSession.builder().master("local[2]").appName("yusuan-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    Dataset<Row> files = spark.read().format("binaryFile").load(dir.toString());
    result = YusuanSpark.check(files, ValidatorSpec.standard());
    documents = result.documents().collectAsList().stream()
        .collect(Collectors.toMap(d -> name(d.getDocumentId()), Function.identity()));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The file name of a document id. */
  static String name(String documentId) {
    return documentId.substring(documentId.lastIndexOf('/') + 1);
  }

  @Test
  void theNarrativeAndTablesPdfsAreOneDocumentAndBadFilesAreFailedRows() {
    assertThat(documents).containsOnlyKeys("keqiao.txt", NARRATIVE, "notes.bin", "damaged.pdf");
    DocumentRow pair = documents.get(NARRATIVE);
    assertThat(pair.getFiles()).isEqualTo(NARRATIVE + " + " + TABLES);
    assertThat(pair.getFileCount()).isEqualTo(2);
    assertThat(pair.getStatus()).isEqualTo("OK");
    assertThat(pair.getFacts()).isPositive();
    DocumentRow notes = documents.get("notes.bin");
    assertThat(notes.getStatus()).isEqualTo("FAILED");
    assertThat(notes.getFailure()).contains("unsupported format").contains("notes.bin");
    assertThat(notes.getPassed()).isFalse();
    // the PDF reader turns a damaged file into an ERROR diagnostic: read, but never passed
    DocumentRow damaged = documents.get("damaged.pdf");
    assertThat(damaged.getStatus()).isEqualTo("OK");
    assertThat(damaged.getDiagnosticErrors()).isPositive();
    assertThat(damaged.getErrors()).isZero();
    assertThat(damaged.getPassed()).isFalse();
    assertThat(result.findings().filter("origin = 'READER' and ruleId = 'pdf.unreadable'").collectAsList())
        .singleElement().satisfies(f -> {
          assertThat(f.getSeverity()).isEqualTo("ERROR");
          assertThat(f.getSource()).isEqualTo("damaged.pdf");
          assertThat(name(f.getDocumentId())).isEqualTo("damaged.pdf");
        });
  }

  @Test
  void metricsCountWhatTheDatasetsHold() {
    YusuanMetrics m = result.metrics();
    assertThat(m.documents()).isEqualTo(4);
    assertThat(m.facts()).isEqualTo(result.facts().count());
    assertThat(m.findings()).isEqualTo(result.findings().filter("origin = 'RULE'").count());
    assertThat(m.failures()).isEqualTo(result.documents().filter("status = 'FAILED'").count()).isPositive();
    assertThat(m.bytes()).isEqualTo(documents.values().stream().mapToLong(DocumentRow::getBytes).sum());
  }

  @Test
  void findingsAreTheValidatorsFindings() throws Exception {
    BudgetDocument keqiao = BudgetIo.read(dir.resolve("keqiao.txt"));
    Report report = Validator.builder().addAll(StandardRules.all()).build().validate(keqiao);
    List<FindingRow> rows = result.findings().filter("origin = 'RULE' and documentId like '%keqiao.txt'")
        .collectAsList();
    assertThat(rows).hasSize(report.findings().size());
    assertThat(rows).anySatisfy(f -> {
      assertThat(f.getRuleId()).isEqualTo("narrative.amount");
      assertThat(f.getSeverity()).isEqualTo("ERROR");
      assertThat(f.getLine()).isEqualTo(133);
      assertThat(new java.math.BigDecimal(f.getReportedLo())).isEqualByComparingTo("2706.235");
      assertThat(new java.math.BigDecimal(f.getComputedHi())).isEqualByComparingTo("2031.245");
    });
    DocumentRow d = documents.get("keqiao.txt");
    assertThat(d.getErrors()).isEqualTo((int) report.count(dev.yusuan.model.Severity.ERROR)).isPositive();
    assertThat(d.getPassed()).isFalse();
  }

  @Test
  void factsWrittenAsParquetReadBackEqualBudgetIoFacts() throws Exception {
    Path out = dir.resolve("facts.parquet");
    result.facts().write().parquet(out.toString());
    Dataset<FactRow> back = spark.read().parquet(out.toString()).as(Encoders.bean(FactRow.class));
    assertThat(back.schema()).isEqualTo(SparkSchemas.FACTS);
    List<FactRow> rows = back.collectAsList();
    Map<String, List<FactRow>> byDoc = rows.stream()
        .collect(Collectors.groupingBy(r -> name(r.getDocumentId())));
    List<Fact> keqiao = BudgetIo.read(dir.resolve("keqiao.txt")).facts();
    List<Fact> pair = BudgetIo.read(List.of(dir.resolve(NARRATIVE), dir.resolve(TABLES))).facts();
    assertThat(keqiao).isNotEmpty();
    assertThat(pair).isNotEmpty();
    assertExact(byDoc.get("keqiao.txt"), keqiao);
    assertExact(byDoc.get(NARRATIVE), pair);
  }

  /** Equal facts (concept, coordinates, value with scale, unit, provenance) and equal printing. */
  static void assertExact(List<FactRow> rows, List<Fact> expected) {
    List<Fact> got = rows.stream().map(FactRow::toFact).toList();
    assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    Map<String, Long> printedGot = got.stream().collect(Collectors.groupingBy(
        f -> f + "|" + f.amount().scale() + "|" + f.amount().format(), Collectors.counting()));
    Map<String, Long> printedWant = expected.stream().collect(Collectors.groupingBy(
        f -> f + "|" + f.amount().scale() + "|" + f.amount().format(), Collectors.counting()));
    assertThat(printedGot).isEqualTo(printedWant);
    for (FactRow r : rows) {
      assertThat(new java.math.BigDecimal(r.getValue()).scale()).isEqualTo(r.getScale());
      if (r.getAmount() != null) {
        assertThat(r.getAmount().compareTo(new java.math.BigDecimal(r.getValue()))).isZero();
        assertThat(r.getLo()).isLessThan(r.getAmount());
        assertThat(r.getHi()).isGreaterThan(r.getAmount());
      }
    }
  }

  @Test
  void theSchemasArePinned() {
    assertThat(result.facts().schema()).isEqualTo(SparkSchemas.FACTS);
    assertThat(result.findings().schema()).isEqualTo(SparkSchemas.FINDINGS);
    assertThat(result.documents().schema()).isEqualTo(SparkSchemas.DOCUMENTS);
    assertThat(SparkSchemas.FACTS.toDDL()).isEqualTo("documentId STRING,concept STRING,function STRING,"
        + "economic STRING,economicGovernment STRING,revenueClass STRING,fundSource STRING,spendingType STRING,"
        + "threePublicItem STRING,procurementType STRING,budgetUnit STRING,project STRING,period STRING,"
        + "procurementItem STRING,value STRING,scale INT,printed STRING,unit STRING,amount DECIMAL(28,8),lo DECIMAL(28,9),"
        + "hi DECIMAL(28,9),source STRING,tableId STRING,tableTitle STRING,rowLabel STRING,rowCode STRING,"
        + "rowNumber INT,columnHeader STRING,columnNumber STRING,page INT,line INT,section STRING,text STRING,"
        + "spanStart INT,spanEnd INT,department STRING,year INT,kind STRING");
    assertThat(SparkSchemas.FINDINGS.toDDL()).isEqualTo("documentId STRING,origin STRING,ruleId STRING,"
        + "severity STRING,messageZh STRING,messageEn STRING,unit STRING,reportedLo STRING,reportedHi STRING,"
        + "computedLo STRING,computedHi STRING,difference STRING,roundingAllowance STRING,hint STRING,"
        + "group STRING,location STRING,locations STRING,locationCount INT,source STRING,page INT,line INT,"
        + "tableId STRING,rowCode STRING,rowLabel STRING,columnHeader STRING,culprit STRING");
    assertThat(SparkSchemas.DOCUMENTS.toDDL()).isEqualTo("documentId STRING,files STRING,fileCount INT,"
        + "bytes BIGINT,status STRING,failure STRING,source STRING,title STRING,department STRING,"
        + "region STRING,year INT,kind STRING,unit STRING,template STRING,facts INT,findings INT,errors INT,"
        + "warnings INT,infos INT,diagnostics INT,diagnosticErrors INT,passed BOOLEAN,readMillis BIGINT,"
        + "validateMillis BIGINT");
  }

  @Test
  void aRuleTextThatDoesNotParseFailsOnTheDriver() {
    ValidatorSpec bad = ValidatorSpec.builder().putRules("bad.rules", "rule x: this is not a rule").build();
    Dataset<Row> files = spark.read().format("binaryFile").load(dir.resolve("keqiao.txt").toString());
    assertThatThrownBy(() -> YusuanSpark.check(files, bad)).isInstanceOf(RuleSyntaxException.class)
        .hasMessageContaining("bad.rules");
    assertThatThrownBy(() -> YusuanSpark.check(files, ValidatorSpec.standard(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> YusuanSpark.check(files.select("path"), ValidatorSpec.standard()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binaryFile");
  }

  @Test
  void factsAloneReadWithoutValidating() {
    Dataset<Row> files = spark.read().format("binaryFile").load(dir.resolve("keqiao.txt").toString());
    assertThat(YusuanSpark.facts(files).count()).isEqualTo(result.facts().filter("documentId like '%keqiao.txt'").count());
  }
}
