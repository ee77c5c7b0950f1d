package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Direction;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The real Jiangsu disclosures of src/test/resources/real read with every table recognised. */
class PdfReaderRealTest {
  private static final PdfReader READER = new PdfReader();
  private static BudgetDocument npcsc;
  private static BudgetDocument court;

  static Path real(String name) {
    try {
      return Path.of(PdfReaderRealTest.class.getResource("/real/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static BudgetDocument pair(String stem) throws Exception {
    return READER.read(List.of(real(stem + ".pdf"), real(stem + "-tables.pdf")));
  }

  @BeforeAll
  static void read() throws Exception {
    npcsc = pair("jiangsu-npcsc-office-2019-budget");
    court = READER.read(real("jiangsu-high-court-2019-budget.pdf"));
  }

  static Stream<Arguments> disclosures() {
    return Stream.of(
        Arguments.of("jiangsu-npcsc-office-2019-budget", true, "江苏省人大常委会办公厅", 163, "18330.37"),
        Arguments.of("jiangsu-cppcc-office-2019-budget", true, "江苏省政协办公厅", 154, "13377.11"),
        Arguments.of("jiangsu-party-committee-office-2019-budget", true, "中共江苏省委办公厅", 181,
            "27664.22"),
        Arguments.of("jiangsu-high-court-2019-budget", false, "江苏省高级人民法院", 216, "37188.34"));
  }

  @ParameterizedTest
  @MethodSource("disclosures")
  void everyTableRecognisedAndTotalsRead(String stem, boolean pair, String department, int facts,
      String revenue) throws Exception {
    BudgetDocument d = pair ? pair(stem) : READER.read(real(stem + ".pdf"));
    assertThat(d.department().name()).isEqualTo(department);
    assertThat(d.year()).isEqualTo(2019);
    assertThat(d.kind()).isEqualTo(DocumentKind.DEPARTMENT_BUDGET);
    assertThat(d.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(d.template()).contains("jiangsu");
    assertThat(d.tables()).extracting(DisclosureTable::kind).containsExactly("js.summary", "js.revenue",
        "js.expenditure-summary", "js.fiscal-summary", "js.fiscal-function", "js.fiscal-basic",
        "js.gpb-function", "js.gpb-basic", "js.three-public", "js.gov-fund", "js.operating-cost",
        "js.procurement");
    assertThat(d.tables()).allSatisfy(t -> assertThat(t.unit()).isEqualTo(MoneyUnit.WAN_YUAN));
    assertThat(d.facts()).filteredOn(f -> f.provenance().tableId().isPresent()).hasSize(facts);
    // narrative pages: sections and claims (shared claim extraction), amount claims as facts
    assertThat(d.sections()).isNotEmpty();
    assertThat(d.claims()).isNotEmpty();
    assertThat(d.facts()).filteredOn(f -> f.provenance().tableId().isEmpty())
        .allSatisfy(f -> assertThat(f.provenance().section()).isPresent());
    // the headline totals, published in 收支预算总表 and 收入预算总表
    assertThat(tableValues(d, Concept.REVENUE, Coordinates.EMPTY))
        .containsExactly(new BigDecimal(revenue), new BigDecimal(revenue));
    assertThat(values(d, Concept.USES_TOTAL, Coordinates.EMPTY)).containsExactly(
        new BigDecimal(revenue));
    // every table diagnostic above INFO is an amount not read, a WARNING naming its cell; the
    // tables that have them (收入预算总表 detail rows without a fund-source member, the 三公 table's
    // grand 合计) state a coverage below 100 %, all others read completely (procurement item rows
    // are facts at their PROCUREMENT_ITEM)
    assertThat(d.diagnostics()).filteredOn(g -> g.location().tableId().isPresent())
        .filteredOn(g -> g.severity() != Severity.INFO).allSatisfy(g -> {
          assertThat(g.severity()).isEqualTo(Severity.WARNING);
          assertThat(g.code()).isIn("pdf.unmapped-cell", "pdf.unread-amount");
          assertThat(g.location().page()).isPresent();
          assertThat(g.location().columnHeader()).isPresent();
        });
    assertThat(d.tables()).allSatisfy(t -> assertThat(t.coverage()).isPresent());
    assertThat(d.tables()).filteredOn(t -> t.coverage().get().unread() > 0)
        .extracting(DisclosureTable::kind)
        .isSubsetOf("js.revenue", "js.three-public");
    // from the narrative, at most names the narrative prints differently from the catalogue
    assertThat(d.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO)
        .filteredOn(g -> g.location().tableId().isEmpty())
        .allSatisfy(g -> assertThat(g.code()).isEqualTo("narrative.unresolved-name"));
    assertEveryNumberAccountedFor(d);
    // The tables of all four are consistent (independent audit with pdftotext, 2019 set). The
    // narrative of the party committee office has three real inconsistencies (see
    // partyCommitteeNarrativeInconsistencies); the others have none: only those three appear.
    Report report = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(report.rules()).extracting(RuleInfo::id).contains("js.sum.function",
        "js.balance.totals", "js.sum.three-public-table", "dup.tables");
    // The npcsc office's 财政拨款政府性基金支出预算表 (公开表十, p.10) prints only 合计 with no figure and no note
    // (verified with pdftotext), where the other offices note 本部门无相关收支项目: structure.empty-table.
    assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("structure.empty-table"))
        .extracting(f -> f.locations().get(0).tableTitle().orElse(""))
        .containsExactlyElementsOf(stem.equals("jiangsu-npcsc-office-2019-budget")
            ? List.of("财政拨款政府性基金支出预算表") : List.of());
    assertThat(report.findings()).filteredOn(f -> f.severity() != Severity.INFO)
        .filteredOn(f -> !f.ruleId().equals("structure.coverage"))
        .filteredOn(f -> !f.ruleId().equals("structure.empty-table"))
        .allSatisfy(f -> assertThat(stem).isEqualTo("jiangsu-party-committee-office-2019-budget"))
        .allSatisfy(f -> assertThat(f.ruleId()).isIn("narrative.change", "narrative.share"))
        .hasSize(stem.equals("jiangsu-party-committee-office-2019-budget") ? 3 : 0);
  }

  // ---------------------------------------------------------------- audit: real inconsistencies

  /**
   * 中共江苏省委办公厅 2019: three statements of the published narrative disagree with the published
   * tables beyond rounding. The values are read from the PDF (tables and narrative text); the
   * claims are built here from that text because ClaimExtractor does not yet read the Jiangsu
   * wording 与上年相比增加X万元，增长Y% / 占"三公"经费的Y% (see the end-to-end test below).
   */
  @Test
  void partyCommitteeNarrativeInconsistencies() throws Exception {
    BudgetDocument d = pair("jiangsu-party-committee-office-2019-budget");
    String narrative = narrativeText(d);
    // (1) p.8: 住房保障(类) 3894.09 万元, 增加 878.93 万元, "增长30%": prior 3015.16, 29.15%
    assertThat(tableValue(d, "EXPENDITURE{FUNCTION=221}")).isEqualByComparingTo("3894.09");
    assertThat(tableValue(d, "EXPENDITURE{FUNCTION=221,FUND_SOURCE=FISCAL_APPROPRIATION}"))
        .isEqualByComparingTo("3894.09");
    assertThat(narrative).contains("住房保障(类)支出3894.09万元", "与上年相比增加878.93万元,增长30%");
    // (2) p.9: 行政运行(项) 9370.12 万元, 增加 1297.83 万元, "增长16.07%": prior 8072.29, 16.078%
    assertThat(tableValue(d, "EXPENDITURE{FUNCTION=2013101,FUND_SOURCE=FISCAL_APPROPRIATION}"))
        .isEqualByComparingTo("9370.12");
    assertThat(narrative).contains("行政运行(项)支出9370.12万元,与上年相比增加1297.83万元,增长16.07%");
    // (3) p.12: 公务用车购置及运行费 411.20 of "三公" 508.20 is 80.913%, printed "80.92%"
    // (13.77 + 80.92 + 5.31 = 100.00: the last digit adjusted so that the shares add up)
    assertThat(tableValue(d, "THREE_PUBLIC{}")).isEqualByComparingTo("508.20");
    assertThat(tableValue(d, "THREE_PUBLIC{THREE_PUBLIC_ITEM=VEHICLES}"))
        .isEqualByComparingTo("411.20");
    assertThat(narrative).contains("公务用车购置及运行费支出411.20万元,占\"三公\"经费的80.92%",
        "因公出国(境)费支出70万元,占\"三公\"经费的13.77%", "公务接待费支出27万元,占\"三公\"经费的5.31");

    Provenance p8 = Provenance.builder().source(d.source()).page(8).build();
    Provenance p9 = Provenance.builder().source(d.source()).page(9).build();
    Provenance p12 = Provenance.builder().source(d.source()).page(12).build();
    // the extracted change and share claims are replaced by these, built from the text by hand
    List<Claim> claims = new ArrayList<>(d.claims().stream()
        .filter(c -> c.kind() != ClaimKind.CHANGE && c.kind() != ClaimKind.SHARE).toList());
    claims.add(change("FUNCTION=221", "住房保障(类)支出", "3894.09", "878.93", "30", p8));
    claims.add(change("FUNCTION=2013101", "党委办公厅(室)及相关机构事务(款)行政运行(项)支出",
        "9370.12", "1297.83", "16.07", p9));
    claims.add(threePublicShare("OUTBOUND_TRAVEL", "因公出国(境)费支出", "70", "13.77", p12));
    claims.add(threePublicShare("VEHICLES", "公务用车购置及运行费支出", "411.20", "80.92", p12));
    claims.add(threePublicShare("RECEPTION", "公务接待费支出", "27", "5.31", p12));
    BudgetDocument withClaims = BudgetDocument.builder().from(d).claims(claims).build();
    Report r = Validator.of(StandardRules.departmentBudget(withClaims)).validate(withClaims);
    // (structure.coverage warnings about partly read tables are checked in everyTableRecognised…)
    List<Finding> bad = r.findings().stream().filter(f -> f.severity() != Severity.INFO)
        .filter(f -> !f.ruleId().equals("structure.coverage")).toList();
    // both are beyond rounding but within one last digit of it; 16.078% truncated is 16.07 (a
    // warning that says so), while no publishing habit turns 29.15% into 30% (an error)
    assertThat(bad).filteredOn(f -> f.ruleId().equals("narrative.change"))
        .extracting(Finding::severity, f -> f.locations().get(0).page().getAsInt())
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Severity.ERROR, 8),
            org.assertj.core.groups.Tuple.tuple(Severity.WARNING, 9));
    assertThat(bad).filteredOn(f -> f.ruleId().equals("narrative.change"))
        .filteredOn(f -> f.locations().get(0).page().getAsInt() == 8).singleElement()
        .satisfies(f -> {
          assertThat(f.reported().get().contains(new BigDecimal("30"))).isTrue();
          assertThat(f.computed().get().contains(new BigDecimal("29.1504"))).isTrue();
        });
    assertThat(bad).filteredOn(f -> f.ruleId().equals("narrative.change"))
        .filteredOn(f -> f.locations().get(0).page().getAsInt() == 9).singleElement()
        .satisfies(f -> {
          assertThat(f.reported().get().contains(new BigDecimal("16.07"))).isTrue();
          assertThat(f.computed().get().contains(new BigDecimal("16.0776"))).isTrue();
          assertThat(f.messageEn()).contains("truncated instead of rounded");
        });
    // the share adjusted to make 100%: reported, demoted to a warning
    assertThat(bad).filteredOn(f -> f.ruleId().equals("narrative.share")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.locations().get(0).page()).hasValue(12);
          assertThat(f.reported().get().contains(new BigDecimal("80.92"))).isTrue();
          assertThat(f.computed().get().contains(new BigDecimal("80.913"))).isTrue();
          assertThat(f.messageEn()).contains("largest remainder");
        });
    // the other share and change statements of the same kind are consistent
    assertThat(bad).hasSize(3);
  }

  /** End to end: what the CLI should report once ClaimExtractor reads the Jiangsu wording. */
  @Test
  void partyCommitteeNarrativeInconsistenciesEndToEnd() throws Exception {
    BudgetDocument d = pair("jiangsu-party-committee-office-2019-budget");
    Report r = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(r.findings()).filteredOn(f -> f.severity() != Severity.INFO)
        .filteredOn(f -> !f.ruleId().equals("structure.coverage"))
        .extracting(Finding::ruleId, Finding::severity,
            f -> f.locations().get(0).page().getAsInt())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("narrative.change", Severity.ERROR, 8),
            org.assertj.core.groups.Tuple.tuple("narrative.change", Severity.WARNING, 9),
            org.assertj.core.groups.Tuple.tuple("narrative.share", Severity.WARNING, 12));
    // the extractor read the Jiangsu wording: the change and share claims checked above
    assertThat(d.claims()).filteredOn(c -> c.kind() == ClaimKind.CHANGE)
        .anySatisfy(c -> {
          assertThat(c.coordinates()).isEqualTo(Coordinates.parse("FUNCTION=221"));
          assertThat(c.percent()).contains(Percentage.parse("30"));
          assertThat(c.delta().get().value()).isEqualByComparingTo("878.93");
        })
        .anySatisfy(c -> assertThat(c.coordinates()).isEqualTo(
            Coordinates.parse("FUNCTION=2013101,FUND_SOURCE=FISCAL_APPROPRIATION")))
        .anySatisfy(c -> {
          assertThat(c.coordinates()).isEqualTo(
              Coordinates.parse("THREE_PUBLIC_ITEM=OUTBOUND_TRAVEL"));
          assertThat(c.direction()).contains(Direction.FLAT);
          assertThat(c.basePeriod()).contains(FiscalPeriod.PRIOR_BUDGET);
        });
    assertThat(d.claims()).filteredOn(c -> c.kind() == ClaimKind.SHARE)
        .filteredOn(c -> c.concept() == Concept.THREE_PUBLIC)
        .extracting(c -> c.percent().get().value().toPlainString())
        .containsExactly("13.77", "80.92", "5.31");
  }

  static String narrativeText(BudgetDocument d) {
    StringBuilder b = new StringBuilder();
    d.sections().forEach(s -> b.append(s.heading()).append(s.text()));
    return dev.yusuan.model.Names.normalize(b.toString().replace("\n", "")).replace(" ", "")
        .replace("，", ",").replace("（", "(").replace("）", ")").replace("“", "\"")
        .replace("”", "\"");
  }

  static BigDecimal tableValue(BudgetDocument d, String key) {
    List<BigDecimal> v = d.facts().stream().filter(f -> f.provenance().tableId().isPresent())
        .filter(f -> f.key().toString().equals(key)).map(f -> f.amount().value()).toList();
    assertThat(v).as(key).isNotEmpty();
    assertThat(v.stream().map(BigDecimal::stripTrailingZeros).distinct()).as(key).hasSize(1);
    return v.get(0);
  }

  static Claim change(String at, String subject, String amount, String delta, String pct,
      Provenance p) {
    return Claim.builder().kind(ClaimKind.CHANGE).concept(Concept.EXPENDITURE)
        .coordinates(Coordinates.parse(at)).subject(subject)
        .amount(dev.yusuan.model.Amount.of(amount, MoneyUnit.WAN_YUAN))
        .basePeriod(FiscalPeriod.PRIOR_ACTUAL).direction(Direction.INCREASE)
        .delta(dev.yusuan.model.Amount.of(delta, MoneyUnit.WAN_YUAN))
        .percent(Percentage.parse(pct)).provenance(p).build();
  }

  static Claim threePublicShare(String item, String subject, String amount, String pct,
      Provenance p) {
    return Claim.builder().kind(ClaimKind.SHARE).concept(Concept.THREE_PUBLIC)
        .coordinates(Coordinates.parse("THREE_PUBLIC_ITEM=" + item)).subject(subject)
        .amount(dev.yusuan.model.Amount.of(amount, MoneyUnit.WAN_YUAN))
        .whole(Coordinates.EMPTY).percent(Percentage.parse(pct)).provenance(p).build();
  }

  @Test
  void theJiangsuPackCatchesInconsistenciesInTheseTables() {
    // one published number changed by more than rounding can explain (9 values: ±0.045 万元)
    Report sum = validateWith(npcsc, "EXPENDITURE{ECONOMIC=30101,FUND_SOURCE=GENERAL_PUBLIC_BUDGET,"
        + "SPENDING_TYPE=BASIC}", "0.10");
    assertThat(sum.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::ruleId).contains("js.sum.economic");
    Report three = validateWith(npcsc, "THREE_PUBLIC{}", "1.00");
    assertThat(three.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::ruleId).contains("js.sum.three-public", "js.sum.three-public-table");
    Report dup = validateWith(npcsc, "REVENUE{}", "1.00");
    assertThat(dup.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::ruleId).contains("dup.tables");
    Report proc = validateWith(npcsc, "PROCUREMENT{ECONOMIC=30215,PROCUREMENT_TYPE=SERVICES,"
        + "PROJECT=江苏省第十三届人代会二次会议经费}", "1.00");
    // the raised row contradicts both its category (Σ rows) and its own items (Σ 采购品目)
    assertThat(proc.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(Finding::ruleId)
        .containsExactly("js.sum.procurement-projects", "js.sum.procurement-projects");
  }

  /** Validates {@code d} with the first fact at {@code key} (one publication) raised by {@code delta}. */
  static Report validateWith(BudgetDocument d, String key, String delta) {
    List<Fact> facts = new ArrayList<>(d.facts());
    boolean done = false;
    for (int i = 0; i < facts.size() && !done; i++) {
      Fact f = facts.get(i);
      if (f.key().toString().equals(key)) {
        facts.set(i, Fact.builder().from(f).amount(f.amount().plus(
            dev.yusuan.model.Amount.of(delta, f.amount().unit()))).build());
        done = true;
      }
    }
    assertThat(done).as(key).isTrue();
    BudgetDocument changed = BudgetDocument.builder().from(d).facts(facts).build();
    return Validator.of(StandardRules.departmentBudget(changed)).validate(changed);
  }

  @Test
  void npcscFactsAcrossTables() {
    BudgetDocument d = npcsc;
    assertThat(value(d, Concept.EXPENDITURE, "SPENDING_TYPE=RESERVE")).isEqualByComparingTo("2557.89");
    assertThat(value(d, Concept.EXPENDITURE, "FUNCTION=201")).isEqualByComparingTo("13907.78");
    assertThat(value(d, Concept.EXPENDITURE, "FUNCTION=2010101,FUND_SOURCE=FISCAL_APPROPRIATION"))
        .isEqualByComparingTo("7448.20");
    assertThat(value(d, Concept.EXPENDITURE,
        "ECONOMIC=30309,FUND_SOURCE=GENERAL_PUBLIC_BUDGET,SPENDING_TYPE=BASIC"))
        .isEqualByComparingTo("0.79");
    assertThat(value(d, Concept.THREE_PUBLIC, "")).isEqualByComparingTo("767.60");
    assertThat(value(d, Concept.THREE_PUBLIC, "THREE_PUBLIC_ITEM=OUTBOUND_TRAVEL"))
        .isEqualByComparingTo("199.25");
    assertThat(value(d, Concept.THREE_PUBLIC, "THREE_PUBLIC_ITEM=VEHICLE_OPERATION"))
        .isEqualByComparingTo("183.60");
    assertThat(values(d, Concept.THREE_PUBLIC, Coordinates.parse("THREE_PUBLIC_ITEM=VEHICLE_PURCHASE")))
        .isEmpty();
    assertThat(value(d, Concept.MEETING_COST, "")).isEqualByComparingTo("1469.73");
    assertThat(value(d, Concept.TRAINING_COST, "")).isEqualByComparingTo("363.38");
    assertThat(value(d, Concept.OPERATING_COST, "")).isEqualByComparingTo("1642.08");
    assertThat(value(d, Concept.PROCUREMENT, "")).isEqualByComparingTo("2416.43");
    assertThat(value(d, Concept.PROCUREMENT, "PROCUREMENT_TYPE=SERVICES"))
        .isEqualByComparingTo("2183.33");
    assertThat(value(d, Concept.PROCUREMENT,
        "ECONOMIC=30215,PROJECT=江苏省第十三届人代会二次会议经费,PROCUREMENT_TYPE=SERVICES"))
        .isEqualByComparingTo("1035.00");
    // 收入预算总表: the detail row 公共财政拨款(补助)资金 under 一般公共预算资金 is a fact of its own member
    assertThat(value(d, Concept.REVENUE, "FUND_SOURCE=GENERAL_PUBLIC_BUDGET_APPROPRIATION"))
        .isEqualByComparingTo("18330.37");
    assertThat(d.diagnostics()).noneSatisfy(g -> assertThat(g.location().text())
        .contains("收入预算总表"));
    // 三公 table: 合计 (三公 767.60 + 会议费 1,469.73 + 培训费 363.38) is a fact of its own concept
    assertThat(value(d, Concept.THREE_PUBLIC_MEETING_TRAINING, "")).isEqualByComparingTo("2600.71");
    assertThat(d.diagnostics()).noneSatisfy(g -> assertThat(g.location().text()).contains("2,600.71"));
  }

  @Test
  void tableContinuedOnNextPageIsMergedOnce() {
    List<DisclosureTable> procurement = npcsc.tables().stream().filter(t -> t.kind().equals("js.procurement"))
        .toList();
    assertThat(procurement).hasSize(1);
    DisclosureTable t = procurement.get(0);
    assertThat(t.rows()).extracting(r -> r.page().getAsInt()).contains(12, 13);
    DisclosureTable.Row last = t.rows().get(t.rows().size() - 1);
    assertThat(last.cells()).contains("物业管理服务", "410.40");
    assertThat(npcsc.diagnostics()).filteredOn(g -> g.code().equals("pdf.table-continued"))
        .hasSize(1);
    // labels wrapped over three lines joined back to their row
    assertThat(t.rows()).anySatisfy(r -> assertThat(r.cells())
        .contains("常委会会议经费及省人大工作会议经费", "会议费", "206.10"));
    assertThat(t.rows()).anySatisfy(r -> assertThat(r.cells())
        .contains("便携式计算机(20万以下)", "分散自行组织", "14.00"));
  }

  @Test
  void courtWrappedLabelsMultiLevelHeadersAndPageNumbers() {
    DisclosureTable fn = court.tables().stream().filter(t -> t.kind().equals("js.fiscal-function")).findFirst()
        .orElseThrow();
    assertThat(fn.rows()).anySatisfy(r -> {
      assertThat(r.code()).contains("2080505");
      assertThat(r.label()).contains("机关事业单位基本养老保险缴费支出");
      assertThat(r.cells()).contains("1,384.70");
    });
    DisclosureTable summary = court.tables().get(0);
    assertThat(summary.rows()).anySatisfy(r -> assertThat(r.cells()).contains("七、文化旅游体育与传媒支出"));
    assertThat(summary.columns()).extracting(DisclosureTable.Column::header).containsExactly("收入/项目名称",
        "收入/金额", "支出/功能分类/功能科目名称", "支出/功能分类/金额", "支出/支出用途/项目名称", "支出/支出用途/金额");
    DisclosureTable three = court.tables().stream().filter(t -> t.kind().equals("js.three-public")).findFirst()
        .orElseThrow();
    assertThat(three.columns()).extracting(DisclosureTable.Column::header).containsExactly("合计",
        "\"三公\"经费/小计", "\"三公\"经费/因公出国(境)费", "\"三公\"经费/公务用车购置及运行维护费/小计",
        "\"三公\"经费/公务用车购置及运行维护费/公务用车购置费",
        "\"三公\"经费/公务用车购置及运行维护费/公务用车运行维护费", "\"三公\"经费/公务接待费", "会议费", "培训费");
    // 单位：万 / 元 printed over two lines
    assertThat(three.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    // page numbers are not cells, the narrative pages are not tables
    assertThat(court.tables()).hasSize(12);
    assertThat(court.tables()).flatExtracting(DisclosureTable::rows).noneSatisfy(r ->
        assertThat(String.join("", r.cells())).isIn("8", "9", "10", "11"));
    // the empty 政府性基金 table publishes 合计 0
    assertThat(value(court, Concept.EXPENDITURE, "FUND_SOURCE=GOVERNMENT_FUND")).isZero();
  }

  @Test
  void readsThroughTheSpiAndDetectsPdf() throws Exception {
    assertThat(BudgetIo.reader("pdf")).isPresent();
    byte[] head = Files.readAllBytes(real("jiangsu-npcsc-office-2019-budget-tables.pdf"));
    assertThat(READER.recognises("", head)).isTrue();
    assertThat(READER.recognises("x.pdf", "not a pdf".getBytes())).isFalse();
    BudgetDocument d = BudgetIo.read(real("jiangsu-npcsc-office-2019-budget-tables.pdf"));
    assertThat(d.tables()).hasSize(12);
    BudgetDocument both = BudgetIo.read(List.of(real("jiangsu-npcsc-office-2019-budget.pdf"),
        real("jiangsu-npcsc-office-2019-budget-tables.pdf")));
    assertThat(both.facts()).hasSameSizeAs(npcsc.facts());
    assertThat(both.source()).isEqualTo(
        "jiangsu-npcsc-office-2019-budget.pdf+jiangsu-npcsc-office-2019-budget-tables.pdf");
    assertThat(d.facts()).hasSize((int) npcsc.facts().stream()
        .filter(f -> f.provenance().tableId().isPresent()).count());
  }

  static List<BigDecimal> values(BudgetDocument d, Concept c, Coordinates at) {
    List<BigDecimal> out = new ArrayList<>();
    for (Fact f : d.facts()) {
      if (f.concept() == c && f.coordinates().equals(at)) {
        out.add(f.amount().value());
      }
    }
    return out;
  }

  static List<BigDecimal> tableValues(BudgetDocument d, Concept c, Coordinates at) {
    List<BigDecimal> out = new ArrayList<>();
    for (Fact f : d.facts()) {
      if (f.concept() == c && f.coordinates().equals(at) && f.provenance().tableId().isPresent()) {
        out.add(f.amount().value());
      }
    }
    return out;
  }

  static BigDecimal value(BudgetDocument d, Concept c, String at) {
    List<BigDecimal> v = values(d, c, Coordinates.parse(at));
    assertThat(v).as(c + "{" + at + "}").isNotEmpty();
    assertThat(v.stream().map(BigDecimal::stripTrailingZeros).distinct())
        .as("duplicates agree: " + c + "{" + at + "}").hasSize(1);
    return v.get(0);
  }

  /** Every number printed in a table body is a fact or the location of a diagnostic. */
  static void assertEveryNumberAccountedFor(BudgetDocument d) {
    Set<String> covered = new HashSet<>();
    for (Fact f : d.facts()) {
      covered.add(key(f.provenance()));
    }
    for (Diagnostic g : d.diagnostics()) {
      covered.add(key(g.location()));
    }
    for (DisclosureTable t : d.tables()) {
      for (DisclosureTable.Row r : t.rows()) {
        for (DisclosureTable.Column c : t.columns()) {
          String cell = r.cell(c.index());
          boolean code = c.header().contains("编码") || r.code().equals(Optional.of(cell));
          if (cell.matches("-?[\\d,]+\\.\\d+") || cell.matches("\\d+") && !code) {
            assertThat(covered).as(t.title() + " " + r + " " + c.header())
                .contains(t.id() + "|" + r.line().getAsInt() + "|" + c.header());
          }
        }
      }
    }
  }

  static String key(Provenance p) {
    return p.tableId().orElse("") + "|" + p.line().orElse(-1) + "|" + p.columnHeader().orElse("");
  }

  /**
   * A narrative PDF read alone names the department its tables PDF names (on its cover, wrapped or
   * not, or in its totals' sentences), so a directory batch groups both years' parts.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"jiangsu-cppcc-office-2017-budget",
      "jiangsu-cppcc-office-2018-budget", "jiangsu-cppcc-office-2019-budget", "jiangsu-npcsc-office-2019-budget",
      "jiangsu-party-committee-office-2017-budget", "jiangsu-party-committee-office-2018-budget",
      "jiangsu-party-committee-office-2019-budget"})
  void aNarrativeAloneNamesItsDepartment(String stem) throws Exception {
    String narrative = READER.read(real(stem + ".pdf")).department().name();
    String tables = READER.read(real(stem + "-tables.pdf")).department().name();
    assertThat(dev.yusuan.rules.SeriesReport.departmentKey(narrative)).as(narrative + " / " + tables)
        .isEqualTo(dev.yusuan.rules.SeriesReport.departmentKey(tables));
  }
}
