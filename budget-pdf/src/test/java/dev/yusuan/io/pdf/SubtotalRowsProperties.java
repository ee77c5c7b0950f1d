package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.ReadingCoverage;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Totals and subtotals recognised by arithmetic whatever their label. Generated PDFs of a function
 * classification table (合计 | 基本支出 | 项目支出) print the rows as one list or in two groups,
 * 基本支出 and 项目支出: either the group row carries the group's sums (optionally numbered 一、/二、),
 * or a label-only group row opens the block and a 小计 / 合 计 / blank row closes it. The total row's
 * label varies (合计, 总计, blank, wording no lexicon has), first or last, and the table may continue
 * on a second page. Honest tables: every printed amount is read, each group's sums are facts of its
 * 支出用途, the total is the total, and the rules find nothing. Examples: the 人员经费 / 公用经费 groups
 * of an economic table, a blank row summing two 项 whose 款 is not printed (the 款), a group of a single
 * row (a parent equals its only child: reported, not guessed), an economic name no catalogue has.
 */
class SubtotalRowsProperties {

  enum Style { NONE, GROUP_ROWS, CLOSING_ROWS }

  record Variant(int year, Style style, boolean numbered, String closing, String totalLabel,
      boolean totalFirst, boolean continued) {}

  /** code, name, 合计, 基本支出, 项目支出; the first six rows are 基本支出, the others 项目支出. */
  private static final String[][] ROWS = {
    {"201", "一般公共服务支出", "600.00", "600.00", null},
    {"20106", "财政事务", "600.00", "600.00", null},
    {"2010601", "行政运行", "600.00", "600.00", null},
    {"208", "社会保障和就业支出", "300.00", "300.00", null},
    {"20805", "行政事业单位养老支出", "300.00", "300.00", null},
    {"2080505", "机关事业单位基本养老保险缴费支出", "300.00", "300.00", null},
    {"212", "城乡社区支出", "400.00", null, "400.00"},
    {"21201", "城乡社区管理事务", "400.00", null, "400.00"},
    {"2120102", "一般行政管理事务", "400.00", null, "400.00"},
    {"213", "农林水支出", "50.25", null, "50.25"},
    {"21301", "农业农村", "50.25", null, "50.25"},
    {"2130101", "行政运行", "50.25", null, "50.25"},
  };
  private static final String[] BASIC = {"900.00", "900.00", null};
  private static final String[] PROJECT = {"450.25", null, "450.25"};
  private static final String[] TOTAL = {"1,350.25", "900.00", "450.25"};

  @Provide
  Arbitrary<Variant> variants() {
    return Combinators.combine(Arbitraries.of(2019, 2025), Arbitraries.of(Style.class),
        Arbitraries.of(true, false), Arbitraries.of("小计", "合  计", ""),
        Arbitraries.of("合计", "总计", "", "全部支出共计"), Arbitraries.of(true, false),
        Arbitraries.of(true, false)).as(Variant::new);
  }

  @Property(tries = 40)
  void groupSubtotalsAndTotalsAreReadByArithmetic(@ForAll("variants") Variant v) throws Exception {
    BudgetDocument doc = read(v);

    assertThat(doc.tables()).as("one table: %s", v).hasSize(1);
    DisclosureTable t = doc.tables().get(0);
    int printed = 2 * ROWS.length + 3 + (v.style() == Style.NONE ? 0 : 4);
    assertThat(t.coverage()).as("coverage: %s", v).contains(new ReadingCoverage(printed, printed));
    List<Fact> facts = doc.facts();
    for (String[] r : ROWS) {
      assertThat(facts).as("合计 of %s: %s", r[0], v).anyMatch(f ->
          f.coordinates().get(FactDimension.FUNCTION).filter(r[0]::equals).isPresent()
              && f.coordinates().get(FactDimension.SPENDING_TYPE).isEmpty()
              && amount(f, r[2]) && !f.provenance().doubtful());
    }
    assertThat(facts).as("the total: %s", v).anyMatch(f -> !f.coordinates().has(
        FactDimension.FUNCTION) && !f.coordinates().has(FactDimension.SPENDING_TYPE)
        && amount(f, TOTAL[0]));
    assertThat(facts).as("no other total: %s", v).filteredOn(f -> !f.coordinates().has(
        FactDimension.FUNCTION) && !f.coordinates().has(FactDimension.SPENDING_TYPE))
        .allSatisfy(f -> assertThat(amount(f, TOTAL[0])).isTrue());
    for (String[] group : new String[][] {{"BASIC", BASIC[0]}, {"PROJECT", PROJECT[0]}}) {
      assertThat(facts).as("%s: %s", group[0], v).filteredOn(f -> !f.coordinates().has(
          FactDimension.FUNCTION) && f.coordinates().get(FactDimension.SPENDING_TYPE)
          .filter(group[0]::equals).isPresent())
          .isNotEmpty().allSatisfy(f -> assertThat(amount(f, group[1])).isTrue());
    }
    assertThat(doc.diagnostics()).as("nothing unread: %s", v).noneMatch(d ->
        d.severity() == Severity.WARNING && d.location().tableId().isPresent());
    List<Finding> findings = Validator.of(StandardRules.departmentBudget(doc)).validate(doc)
        .findings();
    assertThat(findings).as("an honest table: %s", v).noneMatch(f ->
        f.severity().compareTo(Severity.WARNING) >= 0 && f.locations().stream()
            .anyMatch(p -> p.tableId().isPresent()));
  }

  @Example
  void aMisprintedGroupIsReportedNeverAnError() throws Exception {
    // the 基本支出 group row prints 910.00 for 900.00: not a sum, so not read, and no ERROR
    BudgetDocument doc = read(new Variant(2025, Style.GROUP_ROWS, false, "", "合计", false, false),
        "910.00");
    assertThat(doc.diagnostics()).anyMatch(d -> d.severity() == Severity.WARNING
        && d.location().text().filter("910.00"::equals).isPresent());
    assertThat(Validator.of(StandardRules.departmentBudget(doc)).validate(doc).findings())
        .noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Example
  void aCodePrintedInBothGroupsIsReadAsEachGroupsPart() throws Exception {
    // 201 and 20106 print under 基本支出 and again under 项目支出: each row is that group's part
    String[][] rows = {
      {null, "基本支出", "900.00", "900.00", null},
      {"201", "一般公共服务支出", "600.00", "600.00", null},
      {"20106", "财政事务", "600.00", "600.00", null},
      {"2010601", "行政运行", "600.00", "600.00", null},
      {"208", "社会保障和就业支出", "300.00", "300.00", null},
      {"20805", "行政事业单位养老支出", "300.00", "300.00", null},
      {"2080505", "机关事业单位基本养老保险缴费支出", "300.00", "300.00", null},
      {null, "项目支出", "500.00", null, "500.00"},
      {"201", "一般公共服务支出", "100.00", null, "100.00"},
      {"20106", "财政事务", "100.00", null, "100.00"},
      {"2010602", "一般行政管理事务", "100.00", null, "100.00"},
      {"212", "城乡社区支出", "400.00", null, "400.00"},
      {"21201", "城乡社区管理事务", "400.00", null, "400.00"},
      {"2120102", "一般行政管理事务", "400.00", null, "400.00"},
      {null, "合计", "1,400.00", "900.00", "500.00"},
    };
    BudgetDocument doc = function(rows);
    assertThat(doc.tables().get(0).coverage()).contains(new ReadingCoverage(31, 31));
    for (String[] part : new String[][] {{"BASIC", "600"}, {"PROJECT", "100"}}) {
      assertThat(doc.facts()).filteredOn(f -> f.coordinates().get(FactDimension.FUNCTION)
          .filter("201"::equals).isPresent() && f.coordinates().get(FactDimension.SPENDING_TYPE)
          .filter(part[0]::equals).isPresent()).isNotEmpty()
          .allSatisfy(f -> assertThat(amount(f, part[1])).isTrue());
    }
    assertThat(doc.facts()).noneMatch(f -> f.coordinates().has(FactDimension.FUNCTION)
        && !f.coordinates().has(FactDimension.SPENDING_TYPE));
    assertThat(Validator.of(StandardRules.departmentBudget(doc)).validate(doc).findings())
        .noneMatch(f -> f.severity().compareTo(Severity.WARNING) >= 0
            && f.locations().stream().anyMatch(p -> p.tableId().isPresent()));
  }

  @Example
  void personnelAndPublicOperationGroupsOfAnEconomicTable() throws Exception {
    String[][] rows = {
      {null, "人员经费", "1,100.00", "1,100.00", null},
      {"301", "工资福利支出", "1,000.00", "1,000.00", null},
      {"30101", "基本工资", "600.00", "600.00", null},
      {"30102", "津贴补贴", "400.00", "400.00", null},
      {"303", "对个人和家庭的补助", "100.00", "100.00", null},
      {"30305", "生活补助", "100.00", "100.00", null},
      {null, "公用经费", "250.50", null, "250.50"},
      {"302", "商品和服务支出", "250.50", null, "250.50"},
      {"30201", "办公费", "200.00", null, "200.00"},
      {"30211", "差旅费", "50.50", null, "50.50"},
      {null, "", "1,350.50", "1,100.00", "250.50"},
    };
    BudgetDocument doc = economic(rows);
    DisclosureTable t = doc.tables().get(0);
    assertThat(t.coverage()).contains(new ReadingCoverage(23, 23));
    assertThat(doc.facts()).anyMatch(f -> !f.coordinates().has(FactDimension.ECONOMIC)
        && f.coordinates().get(FactDimension.SPENDING_TYPE).filter("PERSONNEL"::equals)
        .isPresent() && amount(f, "1100"));
    assertThat(doc.facts()).anyMatch(f -> !f.coordinates().has(FactDimension.ECONOMIC)
        && f.coordinates().get(FactDimension.SPENDING_TYPE).filter("PUBLIC_OPERATION"::equals)
        .isPresent() && amount(f, "250.50"));
    assertThat(doc.facts()).anyMatch(f -> !f.coordinates().has(FactDimension.ECONOMIC)
        && f.coordinates().get(FactDimension.SPENDING_TYPE).filter("BASIC"::equals).isPresent()
        && amount(f, "1350.50"));
    assertThat(Validator.of(StandardRules.departmentBudget(doc)).validate(doc).findings())
        .noneMatch(f -> f.severity().compareTo(Severity.WARNING) >= 0
            && f.locations().stream().anyMatch(p -> p.tableId().isPresent()));
  }

  @Example
  void aBlankRowSummingTwoItemsIsTheirUnprintedParent() throws Exception {
    String[][] rows = {
      {null, "", "1,000.00", "600.00", "400.00"},
      {"2010601", "行政运行", "600.00", "600.00", null},
      {"2010602", "一般行政管理事务", "400.00", null, "400.00"},
      {"208", "社会保障和就业支出", "300.00", "300.00", null},
      {"20805", "行政事业单位养老支出", "300.00", "300.00", null},
      {null, "合计", "1,300.00", "900.00", "400.00"},
    };
    BudgetDocument doc = function(rows);
    assertThat(doc.tables().get(0).coverage()).contains(new ReadingCoverage(14, 14));
    assertThat(doc.facts()).anyMatch(f -> f.coordinates().get(FactDimension.FUNCTION)
        .filter("20106"::equals).isPresent() && !f.coordinates().has(FactDimension.SPENDING_TYPE)
        && amount(f, "1000") && f.provenance().doubtful());
    assertThat(Validator.of(StandardRules.departmentBudget(doc)).validate(doc).findings())
        .noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Example
  void aGroupOfOneRowIsReportedNotGuessed() throws Exception {
    // 部门重点任务 equals its only row (213): a parent equals its only child, so the sum proves nothing
    String[][] rows = {
      {"201", "一般公共服务支出", "600.00", "600.00", null},
      {"20106", "财政事务", "600.00", "600.00", null},
      {null, "部门重点任务", "50.25", null, "50.25"},
      {"213", "农林水支出", "50.25", null, "50.25"},
      {"21301", "农业农村", "50.25", null, "50.25"},
      {null, "合计", "650.25", "600.00", "50.25"},
    };
    BudgetDocument doc = function(rows);
    assertThat(doc.diagnostics()).anyMatch(d -> d.code().equals("pdf.subtotal-ambiguous")
        && d.severity() == Severity.WARNING);
    assertThat(doc.facts()).noneMatch(f -> f.provenance().rowLabel().filter("部门重点任务"::equals)
        .isPresent());
    assertThat(doc.diagnostics()).filteredOn(d -> d.severity() == Severity.WARNING
        && d.location().rowLabel().filter("部门重点任务"::equals).isPresent()).hasSizeGreaterThan(1);
    assertThat(doc.facts()).anyMatch(f -> !f.coordinates().has(FactDimension.FUNCTION)
        && !f.coordinates().has(FactDimension.SPENDING_TYPE) && amount(f, "650.25"));
    assertThat(Validator.of(StandardRules.departmentBudget(doc)).validate(doc).findings())
        .noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Example
  void anEconomicNameNoCatalogueHasIsReadUnderItsName() throws Exception {
    String[][] rows = {
      {"301", "工资福利支出", "1,000.00", "1,000.00", null},
      {"30101", "基本工资", "1,000.00", "1,000.00", null},
      {"302", "商品和服务支出", "250.50", null, "250.50"},
      {"30201", "办公费", "200.00", null, "200.00"},
      {null, "数据资源运维费", "50.50", null, "50.50"},
      {"303", "对个人和家庭的补助", "100.00", "100.00", null},
      {"30305", "生活补助", "100.00", "100.00", null},
      {null, "合计", "1,350.50", "1,100.00", "250.50"},
    };
    BudgetDocument doc = economic(rows);
    assertThat(doc.tables().get(0).coverage()).contains(new ReadingCoverage(17, 17));
    assertThat(doc.facts()).anyMatch(f -> f.coordinates().get(FactDimension.ECONOMIC)
        .filter("数据资源运维费"::equals).isPresent() && f.provenance().doubtful()
        && amount(f, "50.50"));
    assertThat(doc.diagnostics()).anyMatch(d -> d.code().equals("pdf.name-not-in-catalogue")
        && d.severity() == Severity.WARNING && d.location().page().isPresent());
    assertThat(Validator.of(StandardRules.departmentBudget(doc)).validate(doc).findings())
        .noneMatch(f -> f.severity() == Severity.ERROR);
  }

  private static boolean amount(Fact f, String printed) {
    return f.amount().value().compareTo(new BigDecimal(printed.replace(",", ""))) == 0;
  }

  private static BudgetDocument read(Variant v) throws Exception {
    return read(v, BASIC[0]);
  }

  /** Writes and reads the variant; {@code basic} is the 合计 printed on the 基本支出 group row. */
  private static BudgetDocument read(Variant v, String basic) throws Exception {
    List<String[]> body = new ArrayList<>();
    String[] total = {null, v.totalLabel(), TOTAL[0], TOTAL[1], TOTAL[2]};
    for (int g = 0; g < 2; g++) {
      String name = (v.numbered() ? g == 0 ? "一、" : "二、" : "") + (g == 0 ? "基本支出" : "项目支出");
      String[] sums = g == 0 ? BASIC : PROJECT;
      if (v.style() == Style.GROUP_ROWS) {
        body.add(new String[] {null, name, g == 0 ? basic : sums[0], sums[1], sums[2]});
      } else if (v.style() == Style.CLOSING_ROWS) {
        body.add(new String[] {null, name, null, null, null});
      }
      for (int i = 6 * g; i < 6 * g + 6; i++) {
        body.add(ROWS[i]);
      }
      if (v.style() == Style.CLOSING_ROWS) {
        body.add(new String[] {null, v.closing(), sums[0], sums[1], sums[2]});
      }
    }
    if (v.totalFirst()) {
      body.add(0, total);
    } else {
      body.add(total);
    }
    return write(v.year(), "一般公共预算支出功能分类预算表", new String[] {"科目编码", "科目名称", "合计",
        "基本支出", "项目支出"}, body, v.continued() ? body.size() / 2 : body.size());
  }

  private static BudgetDocument function(String[][] rows) throws Exception {
    return write(2025, "一般公共预算支出功能分类预算表", new String[] {"科目编码", "科目名称", "合计",
        "基本支出", "项目支出"}, List.of(rows), rows.length);
  }

  private static BudgetDocument economic(String[][] rows) throws Exception {
    return write(2025, "一般公共预算基本支出部门预算经济分类预算表", new String[] {"经济分类科目编码",
        "科目名称", "合计", "人员经费", "公用经费"}, List.of(rows), rows.length);
  }

  /** One table under {@code title}; rows from {@code cut} on are printed on a second page. */
  private static BudgetDocument write(int year, String title, String[] header, List<String[]> body,
      int cut) throws Exception {
    Path font = PdfFixture.requireCjkFont();
    try (PdfFixture f = new PdfFixture(font)) {
      f.page();
      f.center(421, 40, 18, "某某局" + year + "年部门预算");
      float y = f.heading(80, null, year + "年" + title, "万元");
      float[] edges = {40, 150, 350, 500, 650, 800};
      boolean[] numeric = {false, false, true, true, true};
      PdfFixture.Table t = f.table(y, edges, numeric);
      t.header(0, 0, header[0], 1, 1, header[1], 2, 2, header[2], 3, 3, header[3], 4, 4,
          header[4]);
      for (int i = 0; i < cut; i++) {
        t.row(body.get(i));
      }
      if (cut < body.size()) {
        f.page();
        t = f.table(50, edges, numeric);
        t.header(0, 0, header[0], 1, 1, header[1], 2, 2, header[2], 3, 3, header[3], 4, 4,
            header[4]);
        for (int i = cut; i < body.size(); i++) {
          t.row(body.get(i));
        }
      }
      return new PdfReader().read(new ByteArrayInputStream(f.bytes()), "gen.pdf");
    }
  }
}
