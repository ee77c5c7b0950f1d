package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.BudgetUnit;
import dev.yusuan.model.Claim;
import dev.yusuan.model.TargetComparator;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.Project;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KeqiaoTextReaderTest {
  private static final BudgetDocument DOC = Keqiao.read();
  private static final String OWN = "绍兴市柯桥区人民代表大会常务委员会办公室";
  private static final String CENTRE = "绍兴市柯桥区人大信息中心";

  private static List<Fact> facts(String tableTitlePart, Concept c, String coords) {
    return DOC.facts().stream()
        .filter(f -> f.provenance().tableTitle().map(t -> t.contains(tableTitlePart)).orElse(false))
        .filter(f -> f.concept() == c && f.coordinates().equals(Coordinates.parse(coords)))
        .toList();
  }

  private static Fact one(String table, Concept c, String coords) {
    List<Fact> l = facts(table, c, coords);
    assertThat(l).as(table + " " + c + "{" + coords + "}").hasSize(1);
    return l.get(0);
  }

  @Test
  void metadata() {
    assertThat(DOC.department().name()).isEqualTo(OWN);
    assertThat(DOC.department().shortName()).contains("区人大办");
    assertThat(DOC.department().code()).contains("102");
    assertThat(DOC.year()).isEqualTo(2024);
    assertThat(DOC.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(DOC.kind()).isEqualTo(DocumentKind.DEPARTMENT_BUDGET);
    assertThat(DOC.region()).contains("绍兴市柯桥区");
    assertThat(DOC.template()).contains("zhejiang");
    assertThat(DOC.budgetUnits()).extracting(BudgetUnit::name, BudgetUnit::ownLevel)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(OWN, true),
            org.assertj.core.groups.Tuple.tuple(CENTRE, false));
  }

  @Test
  void contentsListsElevenTablesOfWhichTheRevenueTableIsAbsent() {
    List<String> tableEntries = DOC.contents().stream()
        .filter(e -> e.level() == 2 && e.title().endsWith("表")).map(e -> e.title()).toList();
    assertThat(tableEntries).hasSize(11);
    assertThat(DOC.contents()).hasSize(4 + 2 + 10 + 11);
    assertThat(DOC.contents().get(0).level()).isEqualTo(1);
    assertThat(DOC.contents().get(0).title()).isEqualTo("一、部门概况");
    // 12 printed tables: 9 kinds, 项目支出预算表 and 项目支出绩效表 twice each; 收入预算总表 absent
    assertThat(DOC.tables()).extracting(DisclosureTable::kind).containsExactly(
        "zj.summary", "zj.expenditure-summary", "zj.fiscal-summary", "zj.gpb-expenditure",
        "zj.gpb-basic", "zj.three-public", "zj.gov-fund", "zj.state-capital", "zj.projects",
        "zj.projects", "zj.project-performance", "zj.performance-targets");
    assertThat(DOC.tables()).extracting(DisclosureTable::id).startsWith("T01", "T02").endsWith("T12");
    assertThat(DOC.tables()).noneMatch(t -> t.kind().equals("zj.revenue"));
  }

  @Test
  void pageContinuationsAreMergedIntoOneTable() {
    DisclosureTable exp = DOC.tables().get(1);
    assertThat(exp.rows()).hasSize(22); // 合计 + 20 rows + 2210203 on the next page
    assertThat(exp.rows().get(exp.rows().size() - 1).code()).contains("2210203");
    assertThat(DOC.tables().get(3).rows()).hasSize(22);
    assertThat(DOC.tables().get(4).rows()).hasSize(27);
    assertThat(exp.columns()).extracting(DisclosureTable.Column::header).containsExactly("科目编码", "科目名称",
        "总计", "基本支出/人员支出", "基本支出/公用经费", "项目支出", "事业单位 经营支出",
        "上缴上级 支出", "对附属单 位补助支 出");
    assertThat(exp.columns().get(3).number()).contains("2");
  }

  @Test
  void specificFacts() {
    Fact f = one("支出预算总表", Concept.EXPENDITURE, "FUNCTION=2010101,SPENDING_TYPE=PERSONNEL");
    assertThat(f.amount().value()).isEqualByComparingTo("1301.49");
    assertThat(f.amount().scale()).isEqualTo(2);
    assertThat(f.provenance().columnNumber()).contains("2");
    assertThat(f.provenance().columnHeader()).contains("基本支出/人员支出");
    assertThat(f.provenance().rowCode()).contains("2010101");
    assertThat(f.provenance().rowLabel()).contains("行政运行");
    assertThat(f.provenance().tableId()).contains("T02");
    assertThat(f.provenance().line()).isPresent();
    assertThat(Keqiao.TEXT.split("\n", -1)[f.provenance().line().getAsInt() - 1])
        .startsWith("2010101\t行政运行\t1449.12\t1301.49");
    assertThat(f.provenance().text()).contains("1301.49");

    assertThat(one("基本支出表", Concept.EXPENDITURE,
        "ECONOMIC=30211,FUND_SOURCE=GENERAL_PUBLIC_BUDGET,SPENDING_TYPE=PUBLIC_OPERATION")
        .amount().value()).isEqualByComparingTo("0.10");
    assertThat(one("基本支出表", Concept.EXPENDITURE,
        "ECONOMIC=30211,FUND_SOURCE=GENERAL_PUBLIC_BUDGET,SPENDING_TYPE=BASIC")
        .amount().value()).isEqualByComparingTo("0.10");
    // 二级 project in the second 项目支出预算表
    assertThat(one("项目支出预算表", Concept.EXPENDITURE,
        "SPENDING_TYPE=PROJECT,BUDGET_UNIT=" + OWN + ",PROJECT=二届人大三次会议")
        .amount().value()).isEqualByComparingTo("275.00");
    // 三公 合计 and by unit (the table prints the own level truncated)
    assertThat(one("三公", Concept.THREE_PUBLIC, "").amount().value()).isEqualByComparingTo("36.00");
    assertThat(one("三公", Concept.THREE_PUBLIC, "BUDGET_UNIT=" + OWN).amount().value())
        .isEqualByComparingTo("31.00");
    assertThat(one("三公", Concept.THREE_PUBLIC, "BUDGET_UNIT=" + CENTRE).amount().value())
        .isEqualByComparingTo("5.00");
    assertThat(one("三公", Concept.THREE_PUBLIC, "THREE_PUBLIC_ITEM=RECEPTION,BUDGET_UNIT=" + OWN)
        .amount().value()).isEqualByComparingTo("15.00");
  }

  @Test
  void sideBySideSummaryTables() {
    assertThat(one("部门收支预算总表", Concept.REVENUE, "").amount().value())
        .isEqualByComparingTo("2706.24");
    assertThat(one("部门收支预算总表", Concept.REVENUE, "FUND_SOURCE=CURRENT_YEAR")).isNotNull();
    assertThat(one("部门收支预算总表", Concept.EXPENDITURE, "FUNCTION=2101102").amount().value())
        .isEqualByComparingTo("3.74");
    assertThat(one("部门收支预算总表", Concept.USES_TOTAL, "").amount().value())
        .isEqualByComparingTo("2706.24");
    assertThat(one("财政拨款收支预算总表", Concept.REVENUE, "FUND_SOURCE=FISCAL_TOTAL")).isNotNull();
    assertThat(facts("财政拨款收支预算总表", Concept.REVENUE, "FUND_SOURCE=FISCAL_APPROPRIATION"))
        .hasSize(2); // 一、财政拨款 and 本年收入合计
    assertThat(one("财政拨款收支预算总表", Concept.EXPENDITURE,
        "FUNCTION=20101,FUND_SOURCE=FISCAL_APPROPRIATION").provenance().rowLabel())
        .contains("人大事务");
    // every number of the summary table is a fact: 4 income (财政拨款, 一般公共预算, 本年收入合计, 收入总计), 21 + 2 expenditure
    assertThat(DOC.factSet().inTable("T01")).hasSize(4 + 23);
  }

  @Test
  void emptyTablesKeepTheirNotes() {
    DisclosureTable gov = DOC.tables().get(6);
    assertThat(gov.isEmptyOfNumbers()).isTrue();
    assertThat(gov.notes()).singleElement().asString().contains("本表无数据");
    assertThat(DOC.factSet().inTable(gov.id())).isEmpty();
    assertThat(DOC.tables().get(7).notes()).singleElement().asString().contains("本表无数据");
    assertThat(DOC.tables().get(5).notes()).singleElement().asString().startsWith("注");
  }

  @Test
  void projectsAndParents() {
    List<Project> l1 = DOC.projects().stream().filter(p -> p.level() == 1).toList();
    List<Project> l2 = DOC.projects().stream().filter(p -> p.level() == 2).toList();
    assertThat(l1).extracting(Project::name).containsExactly("人大事务综合业务管理", "人大会议", "人大信息事务");
    assertThat(l2).hasSize(11);
    // the centre has one 一级 project: its 二级 projects belong to it
    assertThat(l2.stream().filter(p -> p.unit().equals(CENTRE)))
        .allMatch(p -> p.parent().equals(Optional.of("人大信息事务")));
    // the own level has two, and the amounts admit several assignments (275 = 275 = 130+60+40+35+10)
    assertThat(l2.stream().filter(p -> p.unit().equals(OWN))).allMatch(p -> p.parent().isEmpty());
  }

  @Test
  void performanceTargets() {
    List<PerformanceTarget> ts = DOC.targets();
    assertThat(ts).hasSize(80);
    assertThat(ts.stream().map(t -> t.provenance().line().getAsInt()).distinct()).hasSize(80);
    assertThat(ts.stream().map(t -> t.unit()).distinct()).containsExactlyInAnyOrder(OWN, CENTRE);
    PerformanceTarget first = ts.get(0);
    assertThat(first.project()).isEqualTo("区代表活动专项");
    assertThat(first.level1()).isEqualTo("产出指标");
    assertThat(first.level2()).isEqualTo("数量指标");
    assertThat(first.indicator()).isEqualTo("代表视察调研次数");
    assertThat(first.comparator()).contains(TargetComparator.GE);
    assertThat(first.numericValue()).contains(new BigDecimal("3"));
    assertThat(first.measureUnit()).isEqualTo("次");
    assertThat(ts).filteredOn(t -> t.comparator().equals(Optional.of(TargetComparator.QUALITATIVE)))
        .isNotEmpty().allMatch(t -> t.numericValue().isEmpty());
    assertThat(ts).filteredOn(t -> t.indicator().equals("会议天数"))
        .singleElement().satisfies(t -> assertThat(t.comparator()).contains(TargetComparator.GT));
    assertThat(ts).filteredOn(t -> t.indicator().equals("设备故障率"))
        .singleElement().satisfies(t -> assertThat(t.comparator()).contains(TargetComparator.LE));
    // a project continued over a page keeps all its rows: 人大工作 has 4 + 3
    assertThat(ts).filteredOn(t -> t.project().equals("人大工作")).hasSize(7);
    assertThat(ts).filteredOn(t -> t.indicator().equals("代表视察调研次数")).hasSize(1);
  }

  @Test
  void repeatedRowsAtTheTopOfContinuationPagesAreInfoDiagnostics() {
    List<Diagnostic> rep = DOC.diagnostics().stream()
        .filter(d -> d.code().equals("text.repeated-row")).toList();
    assertThat(rep).hasSize(6).allMatch(d -> d.severity() == Severity.INFO);
    String[] lines = Keqiao.TEXT.split("\n", -1);
    for (Diagnostic d : rep) {
      String line = lines[d.location().line().getAsInt() - 1];
      assertThat(line).startsWith("绍兴市柯桥区人民代表大会常务委员会");
    }
    assertThat(DOC.diagnostics()).noneMatch(d -> d.severity().atLeast(Severity.WARNING));
  }

  @Test
  void sections() {
    assertThat(DOC.sections()).extracting(s -> s.level() + " " + s.heading()).contains(
        "1 一、部门概况", "2 (一) 主要职能", "2 (七) 关于区人大办 2024 年政府性基金预算支出情况说明",
        "3 3. 一般公共预算当年拨款具体使用情况。", "2 (六) 关于区人大办 2024 年一般公共预算基本支出情况说明",
        "2 (八)关于区人大办 2024 年国有资本经营预算支出情况说明", "1 三、名词解释");
    assertThat(DOC.sections().stream().filter(s -> s.heading().startsWith("(七)")).findFirst()
        .get().text()).contains("没有使用政府性基金预算拨款安排的支出");
  }

  /** kind concept{coords} amount percent whole base delta direction count@line. */
  private static String render(Claim c) {
    StringBuilder b = new StringBuilder(c.kind() + " " + c.concept() + "{" + c.coordinates() + "}");
    c.amount().ifPresent(a -> b.append(" ").append(a.format()));
    c.percent().ifPresent(p -> b.append(" ").append(p.format()));
    c.whole().ifPresent(w -> b.append(" of{").append(w).append("}"));
    c.basePeriod().ifPresent(p -> b.append(" vs ").append(p));
    c.delta().ifPresent(d -> b.append(" Δ").append(d.format()));
    c.direction().ifPresent(d -> b.append(" ").append(d));
    c.count().ifPresent(n -> b.append(" n=").append(n).append(" ").append(c.countUnit().orElse("")));
    return b.append(" @").append(c.provenance().line().orElse(-1)).toString();
  }

  private static final String GPB = "FUND_SOURCE=GENERAL_PUBLIC_BUDGET";
  private static final String FA = "FUND_SOURCE=FISCAL_APPROPRIATION";

  private static final List<String> EXPECTED_CLAIMS = List.of(
      "AMOUNT REVENUE{} 2706.24 @65",
      "AMOUNT REVENUE{} 2706.24 @69",
      "CHANGE REVENUE{} 2706.24 0.25% vs PRIOR_ACTUAL Δ6.69 INCREASE @69",
      "AMOUNT REVENUE{FUND_SOURCE=CARRY_OVER} 0.00 @71",
      "SHARE REVENUE{FUND_SOURCE=CARRY_OVER} 0.00 0.0% of{} @71",
      "AMOUNT REVENUE{" + GPB + "} 2706.24 @73",
      "SHARE REVENUE{" + GPB + "} 2706.24 100.0% of{} @73",
      "AMOUNT EXPENDITURE{} 2706.24 @77",
      "CHANGE EXPENDITURE{} 2706.24 0.25% vs PRIOR_ACTUAL Δ6.69 INCREASE @77",
      "AMOUNT EXPENDITURE{FUNCTION=201} 2187.51 @79",
      "AMOUNT EXPENDITURE{FUNCTION=208} 218.03 @79",
      "AMOUNT EXPENDITURE{FUNCTION=210} 113.50 @79",
      "AMOUNT EXPENDITURE{FUNCTION=221} 187.20 @79",
      "AMOUNT EXPENDITURE{SPENDING_TYPE=PERSONNEL} 1877.16 @81",
      "SHARE EXPENDITURE{SPENDING_TYPE=PERSONNEL} 1877.16 69.36% of{} @81",
      "AMOUNT EXPENDITURE{SPENDING_TYPE=PUBLIC_OPERATION} 154.08 @81",
      "SHARE EXPENDITURE{SPENDING_TYPE=PUBLIC_OPERATION} 154.08 5.70% of{} @81",
      "AMOUNT EXPENDITURE{SPENDING_TYPE=PROJECT} 675.00 @81",
      "SHARE EXPENDITURE{SPENDING_TYPE=PROJECT} 675.00 24.94% of{} @81",
      "AMOUNT CARRY_FORWARD{} 0.00 @83",
      "AMOUNT REVENUE{FUND_SOURCE=FISCAL_TOTAL} 2706.24 @87",
      "AMOUNT REVENUE{" + GPB + "} 2706.24 @87",
      "AMOUNT EXPENDITURE{FUNCTION=201," + FA + "} 2187.51 @87",
      "AMOUNT EXPENDITURE{FUNCTION=208," + FA + "} 218.03 @87",
      "AMOUNT EXPENDITURE{FUNCTION=210," + FA + "} 113.50 @87",
      "AMOUNT EXPENDITURE{FUNCTION=221," + FA + "} 187.20 @87",
      "AMOUNT EXPENDITURE{" + GPB + "} 2706.24 @93",
      "CHANGE EXPENDITURE{" + GPB + "} 2706.24 0.25% vs PRIOR_ACTUAL Δ6.69 INCREASE @93",
      "AMOUNT EXPENDITURE{FUNCTION=201," + GPB + "} 2187.51 @97",
      "SHARE EXPENDITURE{FUNCTION=201," + GPB + "} 2187.51 80.83% of{" + GPB + "} @97",
      "AMOUNT EXPENDITURE{FUNCTION=208," + GPB + "} 218.03 @97",
      "SHARE EXPENDITURE{FUNCTION=208," + GPB + "} 218.03 8.06% of{" + GPB + "} @97",
      "AMOUNT EXPENDITURE{FUNCTION=210," + GPB + "} 113.50 @99",
      "SHARE EXPENDITURE{FUNCTION=210," + GPB + "} 113.50 4.19% of{" + GPB + "} @99",
      "AMOUNT EXPENDITURE{FUNCTION=221," + GPB + "} 187.20 @99",
      "SHARE EXPENDITURE{FUNCTION=221," + GPB + "} 187.20 6.92% of{" + GPB + "} @99",
      "AMOUNT EXPENDITURE{FUNCTION=2010101," + GPB + "} 1449.12 @103",
      "AMOUNT EXPENDITURE{FUNCTION=2010104," + GPB + "} 305.00 @105",
      "AMOUNT EXPENDITURE{FUNCTION=2010106," + GPB + "} 17.00 @107",
      "AMOUNT EXPENDITURE{FUNCTION=2010107," + GPB + "} 235.00 @109",
      "AMOUNT EXPENDITURE{FUNCTION=2010108," + GPB + "} 118.00 @111",
      "AMOUNT EXPENDITURE{FUNCTION=2010150," + GPB + "} 63.38 @113",
      "AMOUNT EXPENDITURE{FUNCTION=2080505," + GPB + "} 145.36 @115",
      "AMOUNT EXPENDITURE{FUNCTION=2080506," + GPB + "} 72.68 @117",
      "AMOUNT EXPENDITURE{FUNCTION=2101101," + GPB + "} 45.90 @119",
      "AMOUNT EXPENDITURE{FUNCTION=2101102," + GPB + "} 3.74 @123",
      "AMOUNT EXPENDITURE{FUNCTION=2101103," + GPB + "} 63.86 @125",
      "AMOUNT EXPENDITURE{FUNCTION=2210201," + GPB + "} 183.63 @127",
      "AMOUNT EXPENDITURE{FUNCTION=2210203," + GPB + "} 3.57 @129",
      "AMOUNT EXPENDITURE{" + GPB + ",SPENDING_TYPE=BASIC} 2706.24 @133",
      "AMOUNT EXPENDITURE{" + GPB + ",SPENDING_TYPE=PERSONNEL} 1877.16 @135",
      "AMOUNT EXPENDITURE{" + GPB + ",SPENDING_TYPE=PUBLIC_OPERATION} 154.08 @137",
      "AMOUNT THREE_PUBLIC{} 36.00 @148",
      "CHANGE THREE_PUBLIC{} 36.00 vs PRIOR_BUDGET Δ19.24 INCREASE @148",
      "AMOUNT THREE_PUBLIC{THREE_PUBLIC_ITEM=OUTBOUND_TRAVEL} 16 @150",
      "CHANGE THREE_PUBLIC{THREE_PUBLIC_ITEM=OUTBOUND_TRAVEL} 16 106.19% vs PRIOR_BUDGET INCREASE @150",
      "AMOUNT THREE_PUBLIC{THREE_PUBLIC_ITEM=RECEPTION} 20.00 @152",
      "CHANGE THREE_PUBLIC{THREE_PUBLIC_ITEM=RECEPTION} 20.00 122.22% vs PRIOR_BUDGET INCREASE @152",
      "AMOUNT THREE_PUBLIC{THREE_PUBLIC_ITEM=VEHICLES} 0.00 @154",
      "AMOUNT OPERATING_COST{} 154.08 @160",
      "CHANGE OPERATING_COST{} 154.08 1.09% vs PRIOR_BUDGET Δ1.7 DECREASE @160",
      "AMOUNT PROCUREMENT{} 45.00 @166",
      "AMOUNT PROCUREMENT{PROCUREMENT_TYPE=GOODS} 15 @166",
      "AMOUNT PROCUREMENT{PROCUREMENT_TYPE=SERVICES} 30.00 @166",
      "COUNT STATE_ASSETS{} n=0 车辆 @170",
      "COUNT STATE_ASSETS{} n=0 机要通信用车及应急保障用车 @170",
      "COUNT STATE_ASSETS{} n=0 执法执勤用车 @170",
      "COUNT STATE_ASSETS{} n=0 特种专业技术用车 @170",
      "COUNT STATE_ASSETS{} n=0 行政执法专用车 @170",
      "COUNT STATE_ASSETS{} n=0 其他用车 @170",
      "COUNT STATE_ASSETS{} n=0 通用设备 @170",
      "COUNT STATE_ASSETS{} n=0 专用设备 @170",
      "COUNT PROCUREMENT{} n=0 车辆 @172",
      "COUNT PROCUREMENT{} n=0 机要通信用车及应急保障用车 @172",
      "COUNT PROCUREMENT{} n=0 执法执勤用车 @172",
      "COUNT PROCUREMENT{} n=0 特种专业技术用车 @172",
      "COUNT PROCUREMENT{} n=0 行政执法专用车 @172",
      "COUNT PROCUREMENT{} n=0 其他用车 @172",
      "COUNT PROCUREMENT{} n=0 通用设备 @172",
      "COUNT PROCUREMENT{} n=0 专用设备 @172",
      "AMOUNT EXPENDITURE{" + GPB + ",SPENDING_TYPE=PROJECT} 675.00 @176",
      "COUNT EXPENDITURE{" + GPB + ",SPENDING_TYPE=PROJECT} n=3 一级项目 @176");

  @Test
  void everyNarrativeClaim() {
    assertThat(DOC.claims().stream().map(KeqiaoTextReaderTest::render).toList())
        .containsExactlyElementsOf(EXPECTED_CLAIMS);
  }

  @Test
  void amountClaimsAreFactsWithNarrativeProvenance() {
    List<Fact> narrative = DOC.facts().stream().filter(f -> f.provenance().tableId().isEmpty())
        .toList();
    long amounts = DOC.claims().stream().filter(c -> c.kind().name().equals("AMOUNT")).count();
    assertThat(narrative).hasSize((int) amounts);
    Fact f = narrative.stream().filter(x -> x.provenance().line().orElse(0) == 73).findFirst()
        .orElseThrow();
    assertThat(f.provenance().section()).hasValueSatisfying(s -> assertThat(s).contains("收入预算"));
    String line73 = Keqiao.TEXT.split("\n", -1)[72];
    assertThat(line73.substring(f.provenance().spanStart().getAsInt(),
        f.provenance().spanEnd().getAsInt())).isEqualTo("收入 2706.24 万元");
    assertThat(f.provenance().text()).contains("一般公共预算拨款收入 2706.24 万元");
  }

  @Test
  void unclaimedNarrativeNumbersAreNamed() {
    List<String> info = DOC.diagnostics().stream()
        .filter(d -> d.code().equals("narrative.unclaimed-number"))
        .map(d -> d.location().line().getAsInt() + ":" + d.location().text().orElse(""))
        .collect(Collectors.toList());
    assertThat(info).containsExactly("170:50万元", "170:100万元", "172:50万元", "172:100万元");
  }

  @Test
  void counts() {
    assertThat(DOC.tables()).hasSize(12);
    assertThat(DOC.facts().stream().filter(f -> f.provenance().tableId().isPresent())).hasSize(275);
    assertThat(DOC.claims()).hasSize(82);
    assertThat(DOC.diagnostics()).hasSize(10);
  }

  @Test
  void serviceLoaderFindsTheReaderAndDetectsTheFormat() throws Exception {
    assertThat(BudgetIo.reader("text")).get().isInstanceOf(TextReader.class);
    byte[] bytes = Keqiao.TEXT.getBytes(StandardCharsets.UTF_8);
    BudgetDocument d = BudgetIo.read(new ByteArrayInputStream(bytes), "x.txt");
    assertThat(d.facts()).hasSameSizeAs(DOC.facts());
  }

  @Test
  void withoutTheCodedTablesNamesResolveThroughTheCatalogue() {
    // drop every line of the two tables that print 科目编码 with 科目名称 for function codes
    StringBuilder b = new StringBuilder();
    boolean skip = false;
    for (String line : Keqiao.TEXT.split("\n", -1)) {
      if (line.startsWith("#")) {
        skip = line.contains("支出预算总表") || line.contains("一般公共预算支出表");
      }
      if (!skip) {
        b.append(line).append('\n');
      }
    }
    BudgetDocument d = new TextReader().read(b.toString(), "cut.txt");
    assertThat(d.tables()).hasSize(10);
    assertThat(d.claims().stream().map(KeqiaoTextReaderTest::render))
        .contains("AMOUNT EXPENDITURE{FUNCTION=2010101," + GPB + "} 1449.12 @103",
            "AMOUNT EXPENDITURE{FUNCTION=2210203," + GPB + "} 3.57 @129");
    assertThat(d.facts()).anyMatch(f -> f.coordinates().equals(Coordinates.parse(
        "FUNCTION=2101102")) && f.provenance().tableId().equals(Optional.of("T01")));
    assertThat(d.diagnostics()).noneMatch(x -> x.severity().atLeast(Severity.WARNING));
  }

  @Test
  void aPdfOrZipHeadIsNotText() {
    byte[] text = Keqiao.TEXT.getBytes(StandardCharsets.UTF_8);
    TextReader reader = new TextReader();
    assertThat(reader.recognises("k.txt", java.util.Arrays.copyOf(text, 4096))).isTrue();
    for (String magic : List.of("%PDF-1.7\n", "PK\u0003\u0004")) {
      byte[] head = java.util.Arrays.copyOf(magic.getBytes(StandardCharsets.ISO_8859_1), 4096);
      System.arraycopy(text, 0, head, magic.length(), 4096 - magic.length());
      assertThat(reader.recognises("k.txt", head)).as(magic).isFalse();
    }
  }
}
