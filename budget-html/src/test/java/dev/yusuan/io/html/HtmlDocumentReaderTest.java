package dev.yusuan.io.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of reading a disclosure published as a web page. */
class HtmlDocumentReaderTest {
  /** A small page: a heading, a sentence, a table with a header group (colspan) and a unit row. */
  static final String PAGE = String.join("\n",
      "<html><head><meta charset=\"%s\"></head><body>",
      "<h1>某某县某某局2025年部门预算</h1>",
      "<h2>一、收支预算总体情况说明</h2>",
      "<p>2025年收入预算 100.00 万元，支出预算 100.00 万元。</p>",
      "<h2>2025年一般公共预算基本支出表</h2>",
      "<table border=1>",
      "<tr><td colspan=5 align=right>单位：万元</td></tr>",
      "<tr><th colspan=2>经济分类科目</th><th colspan=3>本年一般公共预算基本支出</th></tr>",
      "<tr><th>科目编码</th><th>科目名称</th><th>合计</th><th>人员经费</th><th>公用经费</th></tr>",
      "<tr><td></td><td>合计</td><td>100.00</td><td>80.00</td><td>20.00</td></tr>",
      "<tr><td>301</td><td>工资福利支出</td><td>80.00</td><td>80.00</td><td></td></tr>",
      "<tr><td>30101</td><td>基本工资</td><td>80.00</td><td>80.00</td><td></td></tr>",
      "<tr><td>302</td><td>商品和服务支出</td><td>20.00</td><td></td><td>20.00</td></tr>",
      "<tr><td>30201</td><td>办公费</td><td>20.00</td><td></td><td>20.00</td></tr>",
      "</table>",
      "</body></html>");

  static BudgetDocument read(String page, Charset cs) throws IOException {
    return new HtmlDocumentReader().read(new ByteArrayInputStream(page.getBytes(cs)), "page.html");
  }

  @Test
  void aGbkPageIsReadWithItsTablesAndLocatedAtItsLines() throws IOException {
    BudgetDocument d = read(String.format(PAGE, "gb2312"), Charset.forName("GBK"));
    assertThat(d.year()).isEqualTo(2025);
    assertThat(d.facts()).filteredOn(f -> f.provenance().tableId().isPresent()).hasSize(11)
        .allSatisfy(f -> assertThat(f.provenance().line().getAsInt()).isBetween(10, 14));
    Fact salary = d.facts().stream().filter(f -> f.provenance().rowCode().orElse("").equals("30101")).findFirst()
        .orElseThrow();
    assertThat(salary.provenance().line()).hasValue(12);
    assertThat(salary.provenance().source()).isEqualTo("page.html");
  }

  @Test
  void aMinifiedPageReadsTheSameFactsAllOnItsOneLine() throws IOException {
    BudgetDocument pretty = read(String.format(PAGE, "utf-8"), StandardCharsets.UTF_8);
    BudgetDocument minified = read(String.format(PAGE, "utf-8").replace("\n", ""), StandardCharsets.UTF_8);
    assertThat(minified.facts()).extracting(f -> f.concept() + " " + f.coordinates() + " " + f.amount())
        .containsExactlyInAnyOrderElementsOf(pretty.facts().stream()
            .map(f -> f.concept() + " " + f.coordinates() + " " + f.amount()).toList());
    assertThat(minified.facts()).allSatisfy(f -> assertThat(f.provenance().line()).hasValue(1));
  }

  @Test
  void theTextReaderLeavesAPageToTheHtmlReader() {
    byte[] head = String.format(PAGE, "utf-8").getBytes(StandardCharsets.UTF_8);
    assertThat(BudgetIo.detect("page.txt", head)).get().extracting(r -> r.format()).isEqualTo("html");
    assertThat(BudgetIo.detect("page.html", "\uFEFF  <!-- x --><!DOCTYPE html>".getBytes(StandardCharsets.UTF_8)))
        .get().extracting(r -> r.format()).isEqualTo("html");
    assertThat(HtmlDocumentReader.looksLikeHtml("部门预算 <table>".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void aPageWithoutADisclosureHasNoFactsAndIsNotCheckable() throws IOException {
    BudgetDocument d = read("<html><body><p>hello <b>world</b></p><table><tr><td>a</td><td>b</td></tr></table>"
        + "</body></html>", StandardCharsets.UTF_8);
    assertThat(d.facts()).isEmpty();
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isPresent();
  }

  @Test
  void mergedCellsCoveringMoreThanTheLimitAreRefused() {
    // a table 1000 cells wide and 1000 rows deep below, so that spans of 1000 fit it (a wider span is
    // clamped to the table, a longer one to the rows left)
    String hostile = "<html><body><table><tr>" + "<td>1</td>".repeat(1000) + "</tr>"
        + "<tr><td colspan=1000 rowspan=1000>x</td></tr>".repeat(1000) + "</table></body></html>";
    ReadLimits small = ReadLimits.builder().from(ReadLimits.defaults()).maxCells(1_000_000).build();
    assertThatThrownBy(() -> new HtmlDocumentReader().read(
        new ByteArrayInputStream(hostile.getBytes(StandardCharsets.UTF_8)), "h.html", small))
        .isInstanceOf(LimitExceededException.class).hasMessageContaining("maxCells");
  }

  /** A rowspan running past the table's rows: clamped to the rows left, said with its line, the table doubtful. */
  @Test
  void aRowspanPastTheTableIsClampedWithAWarning() throws IOException {
    BudgetDocument d = read("<html><body><h1>2024年部门预算</h1><table>\n<tr><td rowspan=65534>项目</td><td>金额</td></tr>\n"
        + "<tr><td>合计</td><td>1.00</td></tr>\n<tr><td>a</td><td>1.00</td></tr>\n</table></body></html>",
        StandardCharsets.UTF_8);
    assertThat(d.diagnostics()).filteredOn(g -> g.code().equals("html.span-clamped")).singleElement()
        .satisfies(g -> {
          assertThat(g.severity()).isEqualTo(Severity.WARNING);
          assertThat(g.messageEn()).contains("rowspan=65534").contains("3 rows left");
          assertThat(g.messageZh()).contains("rowspan=65534");
          assertThat(g.location().line()).hasValue(2);
        });
  }

  /** A span over an amount, or from the header into the figures: cells may be shifted, said. */
  @Test
  void aSpanOverAnAmountOrIntoTheFiguresIsSuspicious() throws IOException {
    String head = "<html><body><table>\n<tr><td>项目</td><td>金额</td><td>其他</td></tr>\n";
    String tail = "<tr><td>a</td><td>1.00</td><td>2.00</td></tr>\n</table></body></html>";
    for (String row : List.of("<tr><td>合计</td><td colspan=2>3.00</td></tr>\n",
        "<tr><td>合计</td><td rowspan=2>3.00</td><td>2.00</td></tr>\n")) {
      BudgetDocument d = read(head + row + tail, StandardCharsets.UTF_8);
      assertThat(d.diagnostics()).as(row).anySatisfy(g -> {
        assertThat(g.code()).isEqualTo("html.suspicious-span");
        assertThat(g.messageEn()).contains("a merged amount cell");
        assertThat(g.location().line()).hasValue(3);
      });
    }
    BudgetDocument crossing = read("<html><body><table>\n<tr><td rowspan=3>项目</td><td>金额</td></tr>\n"
        + "<tr><td>本年</td></tr>\n<tr><td>合计</td><td>1.00</td></tr>\n</table></body></html>",
        StandardCharsets.UTF_8);
    assertThat(crossing.diagnostics()).anySatisfy(g -> {
      assertThat(g.code()).isEqualTo("html.suspicious-span");
      assertThat(g.messageEn()).contains("a header cell reaching into the rows of figures");
    });
    // a header cell over two header rows, as header groups are written: nothing said
    BudgetDocument honest = read("<html><body><table>\n<tr><td rowspan=2>项目</td><td>金额</td></tr>\n"
        + "<tr><td>本年</td></tr>\n<tr><td>合计</td><td>1.00</td></tr>\n</table></body></html>",
        StandardCharsets.UTF_8);
    assertThat(honest.diagnostics()).noneMatch(g -> g.code().startsWith("html."));
  }

  /** A span wider than the table covers only empty columns: clamped to the table, said, and the page read. */
  @Test
  void aColspanWiderThanTheTableIsClampedWithAWarning() throws IOException {
    BudgetDocument d = read("<html><body><table>\n<tr><td colspan=1000000>项目</td><td>金额</td></tr>\n"
        + "<tr><td>a</td><td>1</td></tr>\n</table></body></html>", StandardCharsets.UTF_8);
    assertThat(d.diagnostics()).filteredOn(g -> g.code().equals("html.span-clamped")).singleElement()
        .satisfies(g -> {
          assertThat(g.location().line()).hasValue(2);
          assertThat(g.messageEn()).contains("colspan=1000000").contains("2 columns");
          assertThat(g.messageZh()).contains("colspan=1000000");
        });
  }

  @Test
  void scriptsAndStylesAreNotRead() throws IOException {
    BudgetDocument d = read("<html><head><script>var a = '1,234.56';</script><style>p{}</style></head>"
        + "<body><p>x</p></body></html>", StandardCharsets.UTF_8);
    assertThat(d.diagnostics()).noneMatch(g -> g.messageEn().contains("1,234.56"));
  }

  @Test
  void deeplyNestedMarkupIsReadWithoutRecursingWithoutBound() throws IOException {
    String deep = "<div>".repeat(100_000) + "2025年收入预算 100.00 万元。" + "</div>".repeat(100_000);
    BudgetDocument d = read("<html><body><h1>某某局2025年部门预算</h1><h2>一、收支预算总体情况说明</h2>" + deep + "</body></html>",
        StandardCharsets.UTF_8);
    assertThat(d.year()).isEqualTo(2025);
    assertThat(d.facts()).extracting(f -> f.amount().value().toPlainString()).contains("100.00");
  }
}
