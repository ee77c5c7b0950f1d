package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Coordinates;
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
 * 政府采购 item rows (采购物品名称 / 采购品目名称 under each 专项 × 经济科目 row) are read as facts at
 * (category, 专项, 经济科目, item): generated PDFs vary the title and caption, the item column's
 * wording, wrapped item and project names, a table continued on a second page, and an item printed
 * twice under one row for two 采购组织形式 (the second time with its name left blank). Every printed
 * amount is a fact at the right coordinates, the rows' items add up, and an item that does not add
 * up is an ERROR of the procurement hierarchy rule — at most a WARNING when it rests on a carried
 * (blank) item name.
 */
class ProcurementItemsProperties {

  record Variant(String caption, String title, String itemHeader, boolean wrap, boolean continued,
      boolean carried, boolean mismatch) {}

  /** category, project, 经济科目, item, 组织形式, amount; a category row has only its label. */
  private static final String[][] ROWS = {
    {"一、货物A", null, null, null, null, "400.00"},
    {null, "办公设备购置费", "办公设备购置", null, null, "300.00"},
    {null, null, null, "台式计算机（20万以下）", "分散自行组织", "100.00"},
    {null, null, null, "家具用具", "分散自行组织", "200.00"},
    {null, "专项会议经费", "会议费", null, null, "100.00"},
    {null, null, null, "印刷品", "分散自行组织", "100.00"},
    {"三、服务C", null, null, null, null, "600.00"},
    {null, "物业管理费", "物业管理费", null, null, "466.00"},
    {null, null, null, "物业管理服务", "分散自行组织", "36.00"},
    {null, null, null, "物业管理服务", "部门集中采购", "430.00"},
    {null, "专项会议经费", "会议费", null, null, "134.00"},
    {null, null, null, "会议服务", "分散自行组织", "134.00"},
  };

  @Provide
  Arbitrary<Variant> variants() {
    return Combinators.combine(Arbitraries.of("", "表十二", "公开12表"),
        Arbitraries.of("2019年政府采购预算表", "一、2019年度某某厅政府采购预算表", "2019年政府采购支出预算表"),
        Arbitraries.of("采购物品名称", "采购品目名称", "品目名称"), Arbitraries.of(true, false),
        Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as(Variant::new);
  }

  @Property(tries = 30)
  void everyItemRowIsAFactUnderItsRow(@ForAll("variants") Variant v) throws Exception {
    BudgetDocument doc = read(v);

    assertThat(doc.tables()).as("one table, continued pages merged: %s", v).hasSize(1);
    DisclosureTable t = doc.tables().get(0);
    assertThat(t.kind()).as("recognised: %s", v).isNotEqualTo(DisclosureTable.UNKNOWN_KIND);
    int printed = ROWS.length + 1;
    assertThat(t.coverage()).as("coverage: %s", v).contains(new ReadingCoverage(printed, printed));
    String category = null;
    String project = null;
    String econ = null;
    for (String[] r : ROWS) {
      if (r[0] != null) {
        category = r[0].contains("货物") ? "GOODS" : "SERVICES";
        continue;
      }
      if (r[1] != null) {
        project = r[1];
        econ = r[2].equals("办公设备购置") ? "31002" : r[2].equals("会议费") ? "30215" : "30209";
        continue;
      }
      boolean twice = r[3].equals("物业管理服务");
      String member = twice ? "物业管理服务(" + r[4] + ")" : r[3].replace('（', '(').replace('）', ')');
      Coordinates at = Coordinates.of(FactDimension.PROCUREMENT_TYPE, category)
          .with(FactDimension.PROJECT, project).with(FactDimension.ECONOMIC, econ)
          .with(FactDimension.PROCUREMENT_ITEM, member);
      String value = amount(r, v);
      assertThat(doc.facts()).as("item %s at %s: %s", value, at, v).anyMatch(f ->
          f.coordinates().equals(at) && f.amount().value().compareTo(new BigDecimal(value)) == 0);
    }
    List<Finding> sums = Validator.of(StandardRules.departmentBudget(doc)).validate(doc).findings()
        .stream().filter(f -> f.ruleId().equals("js.sum.procurement-projects")
            && f.severity() != Severity.INFO).toList();
    if (v.mismatch()) {
      assertThat(sums).as("the row whose items do not add up: %s", v).singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR))
          .satisfies(f -> assertThat(f.locations()).anyMatch(p -> p.rowLabel()
              .filter("家具用具"::equals).isPresent()));
    } else {
      assertThat(sums).as("every row equals its items: %s", v).isEmpty();
    }
  }

  @Example
  void anItemCarriedFromTheRowAboveMakesAMismatchAWarningOnly() throws Exception {
    Variant v = new Variant("", "2019年政府采购预算表", "采购物品名称", false, false, true, false);
    BudgetDocument doc = read(v, "物业管理服务", "部门集中采购", "431.00");
    List<Finding> sums = Validator.of(StandardRules.departmentBudget(doc)).validate(doc).findings()
        .stream().filter(f -> f.ruleId().equals("js.sum.procurement-projects")
            && f.severity() != Severity.INFO).toList();
    assertThat(sums).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.locations()).anyMatch(p -> p.doubtful());
    });
    assertThat(doc.facts()).filteredOn(f -> f.coordinates().has(FactDimension.PROCUREMENT_ITEM)
        && f.provenance().doubtful()).extracting(Fact::amount)
        .extracting(a -> a.value().toPlainString()).containsExactly("431.00");
  }

  @Example
  void anItemThatCannotBeReadMakesItsRowsSumAWarningOnly() throws Exception {
    // the first item under 办公设备购置 printed without its name: unread (a WARNING naming its cell),
    // so 家具用具 alone does not make 300.00 and that is not an ERROR
    Variant v = new Variant("", "2019年政府采购预算表", "采购物品名称", false, false, false, false);
    BudgetDocument doc = read(v, null, null, null, "台式计算机（20万以下）");
    assertThat(doc.diagnostics()).anyMatch(d -> d.severity() == Severity.WARNING
        && d.location().text().filter("100.00"::equals).isPresent());
    List<Finding> sums = Validator.of(StandardRules.departmentBudget(doc)).validate(doc).findings()
        .stream().filter(f -> f.ruleId().equals("js.sum.procurement-projects")
            && f.severity() != Severity.INFO).toList();
    assertThat(sums).isNotEmpty().allSatisfy(f -> assertThat(f.severity())
        .isEqualTo(Severity.WARNING));
  }

  @Example
  void anEconomicNameNoCatalogueHasIsReadUnderItsName() throws Exception {
    // 物业管理费 printed as 数据资源运维费, a name no bundled catalogue code has: the row and its
    // items are read under the printed name, doubtful, with a WARNING naming the cell; nothing lost
    Variant v = new Variant("", "2019年政府采购预算表", "采购物品名称", false, false, false, false);
    BudgetDocument doc = read(v, null, null, null, null, "物业管理费", "数据资源运维费");
    DisclosureTable t = doc.tables().get(0);
    assertThat(t.coverage()).contains(new ReadingCoverage(ROWS.length + 1, ROWS.length + 1));
    assertThat(doc.diagnostics()).anyMatch(d -> d.code().equals("pdf.name-not-in-catalogue")
        && d.severity() == Severity.WARNING && d.location().text().filter("466.00"::equals)
        .isPresent());
    assertThat(doc.facts()).filteredOn(f -> f.coordinates().get(FactDimension.ECONOMIC)
        .filter("数据资源运维费"::equals).isPresent()).hasSize(3)
        .allSatisfy(f -> assertThat(f.provenance().doubtful()).isTrue());
    assertThat(Validator.of(StandardRules.departmentBudget(doc)).validate(doc).findings())
        .noneMatch(f -> f.severity().compareTo(Severity.WARNING) >= 0
            && f.locations().stream().anyMatch(p -> p.tableId().isPresent()));
  }

  private static String amount(String[] r, Variant v) {
    return v.mismatch() && "家具用具".equals(r[3]) ? "210.00" : r[5];
  }

  private static BudgetDocument read(Variant v) throws Exception {
    return read(v, null, null, null);
  }

  private static BudgetDocument read(Variant v, String item, String form, String override)
      throws Exception {
    return read(v, item, form, override, null);
  }

  /**
   * Reads the variant; {@code item}/{@code form} rows print {@code override} instead when given; the
   * item named {@code blank} (nullable) is printed without its name.
   */
  private static BudgetDocument read(Variant v, String item, String form, String override,
      String blank) throws Exception {
    return read(v, item, form, override, blank, null, null);
  }

  /** As above; the 经济科目 {@code econ} (nullable) is printed as {@code printedAs}. */
  private static BudgetDocument read(Variant v, String item, String form, String override,
      String blank, String econ, String printedAs) throws Exception {
    Path font = PdfFixture.requireCjkFont();
    try (PdfFixture f = new PdfFixture(font)) {
      f.page();
      f.center(421, 40, 18, "江苏省某某厅2019年部门预算");
      float y = f.heading(80, v.caption().isEmpty() ? null : v.caption(), v.title(), "万元");
      float[] edges = {40, 140, 260, 360, 560, 680, 800};
      boolean[] numeric = {false, false, false, false, false, true};
      List<String[]> body = new ArrayList<>();
      body.add(new String[] {"合计", null, null, null, null, "1,000.00"});
      for (String[] r : ROWS) {
        String value = r[3] != null && r[3].equals(item) && r[4].equals(form) ? override
            : amount(r, v);
        String name = r[3];
        if (name != null && v.wrap() && name.length() > 6) {
          name = name.substring(0, 5) + "\n" + name.substring(5);
        }
        if (v.carried() && "物业管理服务".equals(r[3]) && "部门集中采购".equals(r[4])
            || r[3] != null && r[3].equals(blank)) {
          name = null;
        }
        String project = r[1] != null && v.wrap() && r[1].length() > 5
            ? r[1].substring(0, 4) + "\n" + r[1].substring(4) : r[1];
        body.add(new String[] {r[0], project, r[2] != null && r[2].equals(econ) ? printedAs : r[2],
            name, r[4], value});
      }
      PdfFixture.Table t = f.table(y, edges, numeric);
      header(t, v);
      int cut = v.continued() ? 8 : body.size();
      for (int i = 0; i < cut; i++) {
        t.row(body.get(i));
      }
      if (v.continued()) {
        f.page();
        t = f.table(50, edges, numeric);
        header(t, v);
        for (int i = cut; i < body.size(); i++) {
          t.row(body.get(i));
        }
      }
      return new PdfReader().read(new ByteArrayInputStream(f.bytes()), "gen.pdf");
    }
  }

  private static void header(PdfFixture.Table t, Variant v) throws Exception {
    t.header(0, 0, "采购品目大类", 1, 1, "专项名称", 2, 2, "经济科目", 3, 3, v.itemHeader(), 4, 4,
        "采购组织形式", 5, 5, "总计");
  }
}
