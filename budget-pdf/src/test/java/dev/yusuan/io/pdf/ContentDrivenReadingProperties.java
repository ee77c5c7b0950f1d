package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.ReadingCoverage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Tables nobody tuned for are read completely: generated PDFs of one function-classification table
 * that vary the title (year / department / numbering prefixes), the caption (none, 表5, 公开表五),
 * the wording of the code and name headers (编码 / 代码 / 科目编码 / 功能科目代码 / 类款项), the
 * way codes are printed (joined, with spaces, over 类 | 款 | 项 columns), a multi-level header, a
 * label wrapped over two lines, the total's label (合计 / 总计, or wording no lexicon has, recognised
 * by arithmetic), a table continued on a second page, and up to three rows printed without their
 * code (resolved by catalogue name, doubtful). Each variation must give every printed amount as a
 * fact at its code, and a reading coverage of 100 %.
 */
class ContentDrivenReadingProperties {

  enum CodeStyle { JOINED, SPACED, SPLIT }

  record Variant(String titlePrefix, String caption, String codeHeader, String nameHeader,
      CodeStyle style, boolean parents, boolean wrap, String totalLabel, boolean continued,
      Set<Integer> codeless) {}

  /** code, name, 合计, 基本支出, 项目支出. */
  private static final String[][] ROWS = {
    {"201", "一般公共服务支出", "1,000.00", "600.00", "400.00"},
    {"20106", "财政事务", "1,000.00", "600.00", "400.00"},
    {"2010601", "行政运行", "600.00", "600.00", null},
    {"2010602", "一般行政管理事务", "400.00", null, "400.00"},
    {"208", "社会保障和就业支出", "300.00", "300.00", null},
    {"20805", "行政事业单位养老支出", "300.00", "300.00", null},
    {"2080505", "机关事业单位基本养老保险缴费支出", "300.00", "300.00", null},
  };
  private static final String[] TOTAL = {"1,300.00", "900.00", "400.00"};

  @Provide
  Arbitrary<Variant> variants() {
    Arbitrary<String> prefix = Arbitraries.of("", "2025年", "2025年部门", "2025年预算单位",
        "一、2025年度某某局", "5．2025年部门");
    Arbitrary<String> caption = Arbitraries.of("", "表5", "公开表五");
    Arbitrary<String> code = Arbitraries.of("功能分类科目编码", "科目编码", "功能科目代码", "科目代码",
        "编码", "功能分类科目\n编码");
    Arbitrary<String> name = Arbitraries.of("功能分类科目名称", "科目名称", "功能科目名称");
    Arbitrary<CodeStyle> style = Arbitraries.of(CodeStyle.class);
    Arbitrary<String> total = Arbitraries.of("合计", "总计", "合 计", "全部支出共计");
    return Combinators.combine(prefix, caption, code, name, style, Arbitraries.of(true, false),
        Arbitraries.of(true, false), total).as((p, c, cd, n, s, par, w, t) -> new Variant(p, c, cd, n,
            s, par, w, t, false, Set.<Integer>of())).flatMap(v -> Combinators.combine(
                Arbitraries.of(true, false), Arbitraries.integers().between(0, ROWS.length - 1).set()
                    .ofMaxSize(3)).as((cont, codeless) -> new Variant(v.titlePrefix(), v.caption(),
                        v.codeHeader(), v.nameHeader(), v.style(), v.parents(), v.wrap(),
                        v.totalLabel(), cont, codeless)));
  }

  @Property(tries = 40)
  void everyPrintedAmountOfAVariedTableIsRead(@ForAll("variants") Variant v) throws Exception {
    Path font = PdfFixture.requireCjkFont();
    BudgetDocument doc = new PdfReader().read(new ByteArrayInputStream(write(font, v)), "gen.pdf");

    assertThat(doc.tables()).as("one table, continued pages merged: %s", v).hasSize(1);
    DisclosureTable t = doc.tables().get(0);
    assertThat(t.kind()).as("recognised: %s", v).isNotEqualTo(DisclosureTable.UNKNOWN_KIND);
    int printed = 3 + 3 + 2 + 2 + 2 + 2 + 2 + 3;
    assertThat(t.coverage()).as("coverage: %s", v).contains(new ReadingCoverage(printed, printed));
    List<Fact> facts = doc.facts().stream()
        .filter(f -> f.provenance().tableId().filter(t.id()::equals).isPresent()).toList();
    assertThat(facts).as("facts: %s", v).hasSize(printed);
    for (String[] r : ROWS) {
      assertThat(facts).as("合计 of %s: %s", r[0], v).anyMatch(f ->
          f.coordinates().get(FactDimension.FUNCTION).filter(r[0]::equals).isPresent()
              && f.coordinates().get(FactDimension.SPENDING_TYPE).isEmpty()
              && f.amount().value().compareTo(new BigDecimal(r[2].replace(",", ""))) == 0
              && (f.provenance().doubtful() || !v.codeless().contains(java.util.Arrays.asList(ROWS)
                  .indexOf(r))));
    }
    assertThat(doc.diagnostics()).as("no unread amount: %s", v)
        .noneMatch(d -> d.code().equals("pdf.unread-amount") || d.code().startsWith("table.unmapped"));
  }

  static byte[] write(Path font, Variant v) throws Exception {
    try (PdfFixture f = new PdfFixture(font)) {
      f.page();
      f.center(421, 40, 18, "上海市某某局2025年部门预算");
      String title = v.titlePrefix() + "一般公共预算支出功能分类预算表";
      float y = f.heading(80, v.caption().isEmpty() ? null : v.caption(), title, "元");
      boolean split = v.style() == CodeStyle.SPLIT;
      float[] edges = split ? new float[] {40, 80, 110, 140, 330, 480, 630, 800}
          : new float[] {40, 130, 330, 480, 630, 800};
      boolean[] numeric = split ? new boolean[] {false, false, false, false, true, true, true}
          : new boolean[] {false, false, true, true, true};
      List<String[]> body = new ArrayList<>();
      for (int i = 0; i < ROWS.length; i++) {
        String[] r = ROWS[i];
        String name = v.wrap() && r[1].length() > 12
            ? r[1].substring(0, 10) + "\n" + r[1].substring(10) : r[1];
        body.add(cells(v.style(), v.codeless().contains(i) ? null : r[0], name, r[2], r[3], r[4]));
      }
      PdfFixture.Table t = f.table(y, edges, numeric);
      header(t, v);
      int cut = v.continued() ? 4 : body.size();
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
      t.row(cells(v.style(), null, v.totalLabel(), TOTAL[0], TOTAL[1], TOTAL[2]));
      return f.bytes();
    }
  }

  private static String[] cells(CodeStyle style, String code, String name, String a, String b,
      String c) {
    if (style != CodeStyle.SPLIT) {
      String printed = code == null ? null : style == CodeStyle.SPACED ? spaced(code) : code;
      return new String[] {printed, name, a, b, c};
    }
    String cls = code == null ? null : code.substring(0, 3);
    String kuan = code == null || code.length() < 5 ? null : code.substring(3, 5);
    String xiang = code == null || code.length() < 7 ? null : code.substring(5, 7);
    return new String[] {cls, kuan, xiang, name, a, b, c};
  }

  private static String spaced(String code) {
    StringBuilder s = new StringBuilder(code.substring(0, 3));
    for (int i = 3; i < code.length(); i += 2) {
      s.append(' ').append(code, i, i + 2);
    }
    return s.toString();
  }

  private static void header(PdfFixture.Table t, Variant v) throws Exception {
    boolean split = v.style() == CodeStyle.SPLIT;
    int name = split ? 3 : 1;
    int first = name + 1;
    if (split) {
      // code header over 类 | 款 | 项, the rest spanning both header lines (or under parents)
      if (v.parents()) {
        t.headerGrid(3, 0, name, 0, 0, "项目", first, first + 2, 0, 0, "一般公共预算支出",
            0, 2, 1, 1, v.codeHeader(), 0, 0, 2, 2, "类", 1, 1, 2, 2, "款", 2, 2, 2, 2, "项",
            name, name, 1, 2, v.nameHeader(), first, first, 1, 2, "合计",
            first + 1, first + 1, 1, 2, "基本支出", first + 2, first + 2, 1, 2, "项目支出");
      } else {
        t.headerGrid(2, 0, 2, 0, 0, v.codeHeader(), 0, 0, 1, 1, "类", 1, 1, 1, 1, "款",
            2, 2, 1, 1, "项", name, name, 0, 1, v.nameHeader(), first, first, 0, 1, "合计",
            first + 1, first + 1, 0, 1, "基本支出", first + 2, first + 2, 0, 1, "项目支出");
      }
      return;
    }
    if (v.parents()) {
      t.headerGrid(2, 0, 1, 0, 0, "项目", 2, 4, 0, 0, "一般公共预算支出", 0, 0, 1, 1, v.codeHeader(),
          1, 1, 1, 1, v.nameHeader(), 2, 2, 1, 1, "合计", 3, 3, 1, 1, "基本支出", 4, 4, 1, 1, "项目支出");
    } else {
      t.header(0, 0, v.codeHeader(), 1, 1, v.nameHeader(), 2, 2, "合计", 3, 3, "基本支出", 4, 4,
          "项目支出");
    }
  }
}
