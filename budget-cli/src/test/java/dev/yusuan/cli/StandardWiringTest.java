package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with the real reader and rules (skipped until the text reader is on the class path),
 * including the HTML report of the Keqiao example rendered in headless Chromium.
 */
class StandardWiringTest {
  @TempDir Path tmp;

  @Test
  void embeddedDefaultWithTheStandardEngine() throws Exception {
    Cli c = Cli.run(Wiring::standard, Map.of(), false, "", "check", "--format", "json");
    // The example states 一般公共预算基本支出 2706.24 万元 where its tables say 2031.24: a real ERROR.
    assertThat(c.code).as(c.toString()).isEqualTo(1);
    JsonNode r = new ObjectMapper().readTree(c.out);
    JsonNode doc = r.get("documents").get(0);
    assertThat(doc.get("source").asText()).isEqualTo("keqiao-rendaban-2024-budget.txt");
    assertThat(r.get("summary").get("errors").asInt()).isPositive();
    List<String> errors = new ArrayList<>();
    doc.get("findings").forEach(f -> {
      if (f.get("severity").asText().equals("ERROR")) {
        errors.add(f.get("ruleId").asText());
      }
    });
    assertThat(errors).contains("narrative.amount");
  }

  @Test
  void htmlReportOfKeqiaoRendersInChromium() throws Exception {
    Path chromium = Path.of("/usr/bin/chromium");
    if (System.getenv("CI") == null) {
      assumeTrue(Files.isExecutable(chromium), "chromium not installed (and CI not set)");
    }
    Path target = Path.of("target").toAbsolutePath();
    Files.createDirectories(target);
    Path html = target.resolve("keqiao-report.html");
    Cli c = Cli.run(Wiring::standard, Map.of(), false, "", "check", "--format", "html", "--out", html.toString());
    assertThat(c.code).as(c.toString()).isEqualTo(1);
    String dom = chromium(chromium, html, "--dump-dom", "--virtual-time-budget=5000");
    assertThat(attr(dom, "data-errors")).isEqualTo("0");
    assertThat(attr(dom, "data-blocked")).isEqualTo("0");
    assertThat(attr(dom, "data-charts-drawn")).isEqualTo("3");
    chromium(chromium, html, "--screenshot=" + target.resolve("html-report.png"), "--window-size=1400,3000",
        "--hide-scrollbars", "--virtual-time-budget=5000");
    assertThat(target.resolve("html-report.png")).exists();
  }

  static String attr(String dom, String name) {
    Matcher m = Pattern.compile("<body[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(dom);
    return m.find() ? m.group(1) : null;
  }

  static String chromium(Path exe, Path html, String... extra) throws Exception {
    Path profile = Files.createTempDirectory("yusuan-chromium");
    List<String> cmd = new ArrayList<>(List.of(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile));
    cmd.addAll(List.of(extra));
    cmd.add(html.toUri().toString());
    Path out = Files.createTempFile("chromium", ".out");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s");
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
