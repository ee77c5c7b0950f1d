package dev.yusuan.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.ReportOptions;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {
  static String html(ReportOptions o) throws IOException {
    return ReportWritersTest.write("html", List.of(ReportFixtures.report()),
        List.of(ReportFixtures.document()), o);
  }

  @Test
  void documentTextIsEscaped() throws IOException {
    String h = html(ReportOptions.defaults());
    assertThat(h).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(h).doesNotContain(ReportFixtures.XSS);
    // chart data: labels sit in a JSON script element with < escaped
    assertThat(h).contains("\\u003cscript\\u003ealert(1)");
  }

  @Test
  void selfContainedWithoutNetworkReferences() throws IOException {
    String page = html(ReportOptions.defaults());
    int lib = page.indexOf("<script id=\"echarts-lib\">");
    assertThat(lib).isPositive();
    // the inlined library holds markup in strings (e.g. its save-as-image feature); judge the page itself
    String h = page.substring(0, lib) + page.substring(page.indexOf("</script>", lib));
    assertThat(h).contains("Content-Security-Policy", "default-src 'none'");
    assertThat(Pattern.compile("(?i)<(script|link|img|iframe)[^>]+(src|href)\\s*=").matcher(h).find()).isFalse();
    assertThat(Pattern.compile("(?i)href=\"(https?:)?//").matcher(h).find()).isFalse();
    assertThat(h).contains("echarts").contains("data-charts-drawn");
    assertThat(HtmlReportWriter.chartsAvailable()).as("echarts.min.js generated from npm at build time").isTrue();
  }

  @Test
  void findingsLinkToHighlightedCellsAndBack() throws IOException {
    String h = html(ReportOptions.defaults());
    var m = Pattern.compile("<td id=\"(d0-T03-[^\"]+-r2-c2)\" class=\"hit sev-ERROR\">80\\.01"
        + "<a class=\"back\" href=\"#d0-f1\">1</a>").matcher(h);
    assertThat(m.find()).as("行政运行/总计 highlighted as an error with a link to finding 1").isTrue();
    assertThat(h).contains("<a href=\"#" + m.group(1) + "\">");
    assertThat(h).contains("class=\"finding sev-ERROR\" id=\"d0-f1\"", "class=\"finding sev-WARNING\" id=\"d0-f2\"");
    assertThat(h).contains("<q>人员支出 80.0 万元</q>");
    assertThat(h).contains("class=\"sevfilter\" value=\"INFO\" checked");
  }

  @Test
  void findingNumbersCarryTheirUnit() throws IOException {
    String h = html(ReportOptions.defaults());
    assertThat(h).contains("<th>公布值</th><td>[99.995, 100.005]万元</td>",
        "<th>计算值</th><td>[100, 100.02]万元</td>", "<th>差额</th><td>-0.01万元</td>",
        "<td>0.015万元</td>");
  }

  @Test
  void chartDataHoldsTheTrees() throws IOException {
    String h = html(ReportOptions.builder().language("en").build());
    assertThat(h).contains("\"type\":\"sunburst\"", "\"type\":\"treemap\"", "\"type\":\"pie\"");
    assertThat(h).contains("\"name\":\"201 一般公共服务支出\",\"value\":100.00,\"children\":[{\"name\":\"20101 人大事务\"");
    assertThat(h).contains("{\"name\":\"GENERAL_PUBLIC_BUDGET\",\"value\":120.00}", "{\"name\":\"CARRY_OVER\",\"value\":10.00}")
        .doesNotContain("\"name\":\"FISCAL_APPROPRIATION\"");
  }

  /**
   * The Content-Security-Policy runs inline scripts only by hash: no 'unsafe-inline' (which would let an
   * inline event handler such as onerror=… run), and every inline script of the page is listed.
   */
  @Test
  void scriptsRunOnlyByHash() throws IOException {
    String page = html(ReportOptions.defaults());
    java.util.regex.Matcher csp = java.util.regex.Pattern.compile("script-src ([^;\"]*)").matcher(page);
    assertThat(csp.find()).isTrue();
    assertThat(csp.group(1)).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    java.util.regex.Matcher s = java.util.regex.Pattern.compile("<script(?: id=\"[^\"]*\")?>(.*?)</script>",
        java.util.regex.Pattern.DOTALL).matcher(page);
    int scripts = 0;
    while (s.find()) {
      scripts++;
      assertThat(csp.group(1)).contains("'" + HtmlReportWriter.sha256(s.group(1)) + "'");
    }
    assertThat(scripts).isGreaterThanOrEqualTo(2);
    assertThat(page).contains("function esc(x)").doesNotContain("return p.name+");
  }
}
