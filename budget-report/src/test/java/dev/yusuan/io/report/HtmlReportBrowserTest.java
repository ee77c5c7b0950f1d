package dev.yusuan.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.yusuan.io.ReportOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Renders the HTML report in headless Chromium: no script errors, no blocked (network) request, three
 * charts drawn, and a screenshot at {@code target/html-report.png}. Skips only when Chromium is absent
 * and {@code CI} is unset; on CI a missing Chromium fails the test.
 */
class HtmlReportBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** Runs headless Chromium on {@code html}; returns stdout (the DOM with {@code --dump-dom}). */
  static String chromium(Path html, String... extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("yusuan-chromium");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile));
    cmd.addAll(List.of(extra));
    cmd.add(html.toUri().toString());
    Path outFile = Files.createTempFile("chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s");
    }
    return Files.readString(outFile, StandardCharsets.UTF_8);
  }

  static void assumeChromium() {
    if (System.getenv("CI") == null) {
      assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed (and CI not set)");
    } else {
      assertThat(CHROMIUM).as("CI is set: chromium must be installed").isExecutable();
    }
  }

  /**
   * The page with {@code script} added after its own scripts, hashed into its policy when
   * {@code allowed} (only the policy's directive: the same words inside the inlined scripts must stay
   * as hashed), before the page's own closing tag (the last one: the inlined ECharts holds the text).
   */
  static String withScript(String page, String script, boolean allowed) {
    String p = allowed ? page.replaceFirst("script-src ", "script-src '" + HtmlReportWriter.sha256(script) + "' ")
        : page;
    int end = p.lastIndexOf("</body>");
    return p.substring(0, end) + "<script>" + script + "</script>\n" + p.substring(end);
  }

  static String bodyAttr(String dom, String name) {
    Matcher m = Pattern.compile("<body[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(dom);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void rendersWithoutErrorsAndDrawsTheCharts() throws Exception {
    assumeChromium();
    Path target = Path.of("target");
    Files.createDirectories(target);
    Path html = target.resolve("html-report.html").toAbsolutePath();
    Files.writeString(html, HtmlReportWriterTest.html(ReportOptions.defaults()), StandardCharsets.UTF_8);

    String dom = chromium(html, "--dump-dom", "--virtual-time-budget=5000");
    assertThat(dom).contains("<body");
    assertThat(bodyAttr(dom, "data-errors")).as("script errors").isEqualTo("0");
    assertThat(bodyAttr(dom, "data-blocked")).as("blocked (network) requests").isEqualTo("0");
    assertThat(bodyAttr(dom, "data-charts-drawn")).as("charts drawn").isEqualTo("3");
    assertThat(dom).as("escaped label shows as text").contains("&lt;script&gt;alert(1)&lt;/script&gt;");

    Path png = target.resolve("html-report.png").toAbsolutePath();
    Files.deleteIfExists(png);
    chromium(html, "--screenshot=" + png, "--window-size=1400,3000", "--hide-scrollbars",
        "--virtual-time-budget=5000");
    assertThat(png).exists();
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  /**
   * The report of a department's years: every chart drawn, the series line chart among them (its
   * canvas painted), no script error and no blocked request; and the page's policy holds: an inline
   * script that the policy does not hash is blocked and does not run.
   */
  @Test
  void theSeriesChartRendersUnderThePolicy() throws Exception {
    assumeChromium();
    Path target = Path.of("target");
    Files.createDirectories(target);
    String page = HtmlSeriesTest.seriesHtml();
    // the chart specs of the page (the inlined ECharts has "target": too)
    long specs = Pattern.compile("\"target\":\"[^\"]+\",\"type\":").matcher(page).results().count();
    assertThat(specs).as("the charts of two years and the series").isEqualTo(7);
    assertThat(page).contains("\"type\":\"line\"").contains("Content-Security-Policy");
    // after the page's own script: the series plot's canvas, painted
    String probe = "setTimeout(function(){var el=document.querySelector('section.series .plot');"
        + "var c=el&&el.querySelector('canvas');var p=0;if(c&&c.width&&c.height){"
        + "var d=c.getContext('2d').getImageData(0,0,c.width,c.height).data;"
        + "for(var i=3;i<d.length;i+=16){if(d[i]!==0){p=1;break;}}}"
        + "document.body.setAttribute('data-series-painted',String(p));},300);";
    String probed = withScript(page, probe, true);
    Path html = target.resolve("html-series.html").toAbsolutePath();
    Files.writeString(html, probed, StandardCharsets.UTF_8);
    String dom = chromium(html, "--dump-dom", "--virtual-time-budget=5000");
    assertThat(bodyAttr(dom, "data-errors")).as("script errors").isEqualTo("0");
    assertThat(bodyAttr(dom, "data-blocked")).as("blocked requests").isEqualTo("0");
    assertThat(bodyAttr(dom, "data-charts-drawn")).as("charts drawn of %d", specs).isEqualTo(String.valueOf(specs));
    assertThat(bodyAttr(dom, "data-series-painted")).as("series chart painted").isEqualTo("1");

    // the same page with an inline script the policy does not hash: blocked, not run
    String injected = withScript(page, "document.body.setAttribute('data-injected','1');", false);
    Path bad = target.resolve("html-series-injected.html").toAbsolutePath();
    Files.writeString(bad, injected, StandardCharsets.UTF_8);
    String badDom = chromium(bad, "--dump-dom", "--virtual-time-budget=5000");
    assertThat(bodyAttr(badDom, "data-injected")).as("unhashed inline script ran").isNull();
    assertThat(bodyAttr(badDom, "data-blocked")).as("the policy reported the blocked script").isNotEqualTo("0")
        .isNotNull();
    assertThat(bodyAttr(badDom, "data-charts-drawn")).isEqualTo(String.valueOf(specs));
  }

  /**
   * Shows every chart's tooltip for each of its first data items (the fixture has a label holding a
   * script tag, in the function sunburst) with a probe script added to the page and to its CSP: the
   * tooltip must show the label as text and no element may be created from it.
   */
  @Test
  void tooltipsShowHostileLabelsAsText() throws Exception {
    assumeChromium();
    Path target = Path.of("target");
    Files.createDirectories(target);
    String page = HtmlReportWriterTest.html(ReportOptions.defaults());
    String probe = "setTimeout(function(){var shown=0,made=0,steps=[];"
        + "document.querySelectorAll('figure.chart .plot').forEach(function(el){"
        + "var c=echarts.getInstanceByDom(el);if(!c){return;}"
        // only indices the series has: ECharts throws on a tooltip for a node that does not exist
        + "var n=Math.min(40,c.getModel().getSeriesByIndex(0).getData().count());"
        + "for(var i=0;i<n;i++){steps.push([el,c,i]);}});"
        + "(function next(k){if(k>=steps.length){document.body.setAttribute('data-tip-shown',String(shown));"
        + "document.body.setAttribute('data-tip-elements',String(made));return;}"
        + "var s=steps[k];s[1].dispatchAction({type:'showTip',seriesIndex:0,dataIndex:s[2]});"
        + "setTimeout(function(){if(s[0].textContent.indexOf('<script>alert(1)')>=0){shown++;}"
        + "made+=s[0].querySelectorAll('script').length;next(k+1);},20);})(0);},200);";
    page = withScript(page, probe, true);
    Path html = target.resolve("html-report-tooltips.html").toAbsolutePath();
    Files.writeString(html, page, StandardCharsets.UTF_8);

    String dom = chromium(html, "--dump-dom", "--virtual-time-budget=10000");
    assertThat(bodyAttr(dom, "data-errors")).as("script errors").isEqualTo("0");
    assertThat(bodyAttr(dom, "data-tip-shown")).as("tooltips that showed the hostile label as text")
        .isNotNull().isNotEqualTo("0");
    assertThat(bodyAttr(dom, "data-tip-elements")).as("elements created from the label").isEqualTo("0");
  }
}
