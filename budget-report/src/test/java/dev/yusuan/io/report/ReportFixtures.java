package dev.yusuan.io.report;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Department;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.Interval;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A small document with tables, facts, a hostile label, and a report with one finding per severity. */
final class ReportFixtures {
  static final String SOURCE = "fixture budget.txt";
  static final String XSS = "<script>alert(1)</script>";

  private ReportFixtures() {}

  static BudgetDocument document() {
    List<Fact> facts = new ArrayList<>();
    DisclosureTable.Builder t = DisclosureTable.builder().id("T03").title("支出预算总表").kind("zj.expenditure-summary")
        .unit(MoneyUnit.WAN_YUAN)
        .addHeaderRows(List.of("科目编码", "科目名称", "总计", "基本支出", "项目支出"))
        .addColumns(DisclosureTable.Column.of(0, List.of("科目编码"), Optional.empty()),
            DisclosureTable.Column.of(1, List.of("科目名称"), Optional.empty()),
            DisclosureTable.Column.of(2, List.of("总计"), Optional.of("1")),
            DisclosureTable.Column.of(3, List.of("基本支出"), Optional.of("2")),
            DisclosureTable.Column.of(4, List.of("项目支出"), Optional.of("3")))
        .provenance(Provenance.builder().source(SOURCE).line(100).build())
        .addNotes("注：" + XSS);
    String[][] rows = {
        {"201", "一般公共服务支出", "100.00", "80.00", "20.00"},
        {"20101", "人大事务", "100.00", "80.00", "20.00"},
        {"2010101", "行政运行", "80.01", "80.00", ""},
        {"2010108", XSS, "20.00", "", "20.00"},
        {"208", "社会保障和就业支出", "30.00", "30.00", ""},
        {"", "合计", "130.00", "110.00", "20.00"}};
    String[] cols = {"总计", "基本支出", "项目支出"};
    SpendingType[] types = {null, SpendingType.BASIC, SpendingType.PROJECT};
    for (int i = 0; i < rows.length; i++) {
      String[] r = rows[i];
      int line = 103 + i;
      t.addRows(DisclosureTable.Row.builder().cells(List.of(r)).label(r[1])
          .code(r[0].isEmpty() ? Optional.empty() : Optional.of(r[0])).line(line).build());
      for (int c = 0; c < 3; c++) {
        if (r[2 + c].isEmpty()) {
          continue;
        }
        Coordinates co = r[0].isEmpty() ? Coordinates.EMPTY : Coordinates.of(FactDimension.FUNCTION, r[0]);
        if (types[c] != null) {
          co = co.with(FactDimension.SPENDING_TYPE, types[c]);
        }
        facts.add(Fact.of(Concept.EXPENDITURE, co, Amount.of(r[2 + c], MoneyUnit.WAN_YUAN),
            cell("T03", "支出预算总表", r[1], r[0], cols[c], String.valueOf(c + 1), line, r[2 + c])));
      }
    }
    String[][] econ = {{"301", "工资福利支出", "70.00"}, {"30101", "基本工资", "40.00"},
        {"30102", "津贴补贴", "30.00"}, {"302", "商品和服务支出", "40.00"}};
    for (String[] e : econ) {
      facts.add(Fact.of(Concept.EXPENDITURE, Coordinates.of(FactDimension.ECONOMIC, e[0])
              .with(FactDimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET)
              .with(FactDimension.SPENDING_TYPE, SpendingType.BASIC),
          Amount.of(e[2], MoneyUnit.WAN_YUAN), cell("T06", "一般公共预算基本支出表", e[1], e[0], "合计", null, 200, e[2])));
    }
    facts.add(Fact.of(Concept.REVENUE, Coordinates.of(FactDimension.FUND_SOURCE, FundSource.GENERAL_PUBLIC_BUDGET),
        Amount.of("120.00", MoneyUnit.WAN_YUAN), cell("T01", "收支预算总表", "一般公共预算", null, "预算数", null, 50, "120.00")));
    facts.add(Fact.of(Concept.REVENUE, Coordinates.of(FactDimension.FUND_SOURCE, FundSource.FISCAL_APPROPRIATION),
        Amount.of("120.00", MoneyUnit.WAN_YUAN), cell("T01", "收支预算总表", "一、财政拨款", null, "预算数", null, 49, "120.00")));
    facts.add(Fact.of(Concept.REVENUE, Coordinates.of(FactDimension.FUND_SOURCE, FundSource.CARRY_OVER),
        Amount.of("10.00", MoneyUnit.WAN_YUAN), cell("T01", "收支预算总表", "上年结转", null, "预算数", null, 51, "10.00")));
    return BudgetDocument.builder().source(SOURCE).region("测试区")
        .department(Department.builder().name("测试部门 " + XSS).build())
        .year(2024).kind(DocumentKind.DEPARTMENT_BUDGET).unit(MoneyUnit.WAN_YUAN)
        .addTables(t.build()).facts(facts)
        .addDiagnostics(Diagnostic.of(Severity.WARNING, "text.unmapped-cell", "未映射的单元格", "unmapped cell",
            Provenance.builder().source(SOURCE).line(7).build()))
        .build();
  }

  static Provenance cell(String table, String title, String label, String code, String column,
      String columnNumber, int line, String text) {
    Provenance.Builder b = Provenance.builder().source(SOURCE).tableId(table).tableTitle(title)
        .rowLabel(label).columnHeader(column).line(line).text(text);
    if (code != null && !code.isEmpty()) {
      b.rowCode(code);
    }
    if (columnNumber != null) {
      b.columnNumber(columnNumber);
    }
    return b.build();
  }

  static List<RuleInfo> rules() {
    return List.of(
        RuleInfo.builder().id("sum.function").titleZh("功能分类上级等于下级之和").titleEn("Function parent equals sum of children")
            .severity(Severity.ERROR).pack("test").hint("检查下级科目").build(),
        RuleInfo.builder().id("claim.amount").titleZh("陈述金额与表格一致").titleEn("Stated amount matches tables")
            .severity(Severity.ERROR).pack("test").build(),
        RuleInfo.builder().id("structure.note").titleZh("空表说明").titleEn("Empty table note")
            .severity(Severity.INFO).pack("test").build());
  }

  static Report report() {
    BudgetDocument d = document();
    Provenance parent = cell("T03", "支出预算总表", "人大事务", "20101", "总计", "1", 104, "100.00");
    Provenance child1 = cell("T03", "支出预算总表", "行政运行", "2010101", "总计", "1", 105, "80.01");
    Provenance child2 = cell("T03", "支出预算总表", XSS, "2010108", "总计", "1", 106, "20.00");
    Finding error = Finding.builder().ruleId("sum.function").severity(Severity.ERROR)
        .messageZh("20101 人大事务 总计 100.00 ≠ 下级之和 100.01 " + XSS)
        .messageEn("20101 total 100.00 differs from the sum of its children 100.01")
        .addLocations(parent, child1, child2)
        .reported(Interval.of(new BigDecimal("99.995"), new BigDecimal("100.005")))
        .computed(Interval.of(new BigDecimal("100.000"), new BigDecimal("100.020")))
        .difference(new BigDecimal("-0.0100")).roundingAllowance(new BigDecimal("0.015")).unit("万元")
        .hint("检查 行政运行").culprit(child1).group("g1").build();
    Finding warning = Finding.builder().ruleId("claim.amount").severity(Severity.WARNING)
        .messageZh("陈述 人员支出 80.0 万元 与表格 80.00 相差 0.05").messageEn("stated 80.0 vs table 80.00")
        .addLocations(Provenance.builder().source(SOURCE).line(42).section("（三）支出预算").text("人员支出 80.0 万元")
            .spanStart(3).spanEnd(15).build(), cell("T03", "支出预算总表", "合计", null, "基本支出", "2", 108, "110.00"))
        .build();
    Finding info = Finding.builder().ruleId("structure.note").severity(Severity.INFO)
        .messageZh("政府性基金预算支出表为空").messageEn("government fund table is empty")
        .addLocations(Provenance.builder().source(SOURCE).page(3).build()).build();
    return Report.builder().source(d.source()).title("测试部门 2024 部门预算").addFindings(info, error, warning)
        .rules(rules()).build();
  }

  static Report cleanReport(String source) {
    return Report.builder().source(source).title(source).rules(rules()).build();
  }
}
