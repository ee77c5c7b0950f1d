package dev.yusuan.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.ReportOptions;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Department;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML report of a department's years: a chart of the totals and each cross-year finding once. */
class HtmlSeriesTest {
  private static final String DEPT = "某厅" + ReportFixtures.XSS;

  private static BudgetDocument year(int y) {
    BudgetDocument d = ReportFixtures.document();
    return BudgetDocument.builder().from(d).year(y).source("d" + y + ".txt")
        .department(Department.builder().name(DEPT).build()).build();
  }

  /** The HTML report of two years with one cross-year finding (a hostile label in both). */
  static String seriesHtml() throws java.io.IOException {
    Finding cross = Finding.builder().ruleId("series.prior-statement").severity(Severity.WARNING)
        .messageZh("隐含的上年数与上年文档不一致 " + ReportFixtures.XSS).messageEn("implied prior differs")
        .addLocations(Provenance.of("d2024.txt"), Provenance.of("d2023.txt")).build();
    Report r23 = Report.builder().from(ReportFixtures.cleanReport("d2023.txt")).addFindings(cross).build();
    Report r24 = Report.builder().from(ReportFixtures.cleanReport("d2024.txt")).addFindings(cross).build();
    return ReportWritersTest.write("html", List.of(r23, r24), List.of(year(2023), year(2024)),
        ReportOptions.defaults());
  }

  @Test
  void aSeriesHasATotalsChartAndItsCrossYearFindingLinkedToBothYears() throws Exception {
    String h = seriesHtml();
    assertThat(h).contains("<section class=\"series\" id=\"s0\">");
    assertThat(h).contains("\"type\":\"line\"").contains("\"years\":[\"2023\",\"2024\"]")
        .contains("\"values\":[130.00,130.00]");
    String section = h.substring(h.indexOf("<section class=\"series\""), h.indexOf("</section>",
        h.indexOf("<section class=\"series\"")));
    assertThat(section).contains("跨年度发现").contains("(1)").contains("href=\"#d0\"").contains("href=\"#d1\"");
    assertThat(section).doesNotContain(ReportFixtures.XSS).contains("&lt;script&gt;");
  }

  /** The 说明 and the tables of one year are two documents but one point of the chart. */
  @Test
  void thePartsOfAYearAreOnePoint() throws Exception {
    BudgetDocument narrative = BudgetDocument.builder().from(year(2023)).source("d2023-说明.txt").facts(List.of())
        .build();
    String h = ReportWritersTest.write("html", List.of(ReportFixtures.cleanReport("d2023-说明.txt"),
        ReportFixtures.cleanReport("d2023.txt"), ReportFixtures.cleanReport("d2024.txt")),
        List.of(narrative, year(2023), year(2024)), ReportOptions.defaults());
    assertThat(h).contains("\"years\":[\"2023\",\"2024\"]").contains("\"values\":[130.00,130.00]");
  }

  @Test
  void oneYearHasNoSeries() throws Exception {
    String h = ReportWritersTest.write("html", List.of(ReportFixtures.cleanReport("d2023.txt"),
        ReportFixtures.cleanReport("x.txt")), List.of(year(2023), ReportFixtures.document()), ReportOptions.defaults());
    assertThat(h).doesNotContain("<section class=\"series\"");
  }
}
