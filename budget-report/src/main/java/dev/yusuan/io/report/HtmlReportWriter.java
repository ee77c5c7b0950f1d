package dev.yusuan.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.io.ReportWriter;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * A self-contained HTML page per batch: summary, findings (numbered, with their numbers and
 * explanations, filterable by severity), the document's tables as published with every cell a finding
 * involves highlighted and linked, and charts of the budget (expenditure by function and by economic
 * classification, funding sources) drawn with Apache ECharts, which is inlined. A Content Security
 * Policy forbids every network request. All document text is HTML-escaped.
 */
public final class HtmlReportWriter extends StreamingReportWriter {
  /** Classpath resource of the inlined chart library (copied from the npm package at build time). */
  public static final String ECHARTS_RESOURCE = "/dev/yusuan/io/report/echarts.min.js";

  private static volatile String echarts;

  @Override
  public String format() {
    return "html";
  }

  /**
   * {@return whether the chart library is on the class path (it is in every Maven-built jar)}
   */
  public static boolean chartsAvailable() {
    return echarts() != null;
  }

  private static String echarts() {
    String e = echarts;
    if (e == null) {
      try (InputStream in = HtmlReportWriter.class.getResourceAsStream(ECHARTS_RESOURCE)) {
        if (in == null) {
          return null;
        }
        e = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("</script", "<\\/script");
        echarts = e;
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    }
    return e;
  }

  /**
   * Opens the page: each document's section (findings, charts, tables) is written as soon as the
   * document is added, so a batch of any size is written in bounded memory; only what the end of the
   * page needs is kept (per document a line of the contents, its counts, and the few totals and
   * cross-year findings of the series section). The contents, the series sections and the header with
   * the totals follow the documents in the file and are shown first by the style sheet (flex order).
   */
  @Override
  public Sink open(ReportOptions options, OutputStream out) {
    return new Page(options, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /** HTML-escapes text (also quotes, so it is safe in attributes). */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** JSON safe inside a script element. */
  static String scriptJson(ObjectMapper m, Object tree) throws IOException {
    return m.writeValueAsString(tree).replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  private static final class Page implements Sink {
    /** Slim copies of the documents and reports, holding only what {@link #series()} uses. */
    private final List<Report> reports = new ArrayList<>();
    private final List<BudgetDocument> documents = new ArrayList<>();
    /** Per document, its line of the contents (escaped HTML). */
    private final List<String> contents = new ArrayList<>();
    private final long[] tot = new long[Severity.values().length];
    private final ReportOptions options;
    private final Writer w;
    private final boolean en;
    private final ObjectMapper m = new ObjectMapper();
    private boolean started;

    Page(ReportOptions options, Writer w) {
      this.options = options;
      this.w = w;
      this.en = Reports.english(options);
    }

    private String t(String zh, String english) {
      return en ? english : zh;
    }

    private void p(String s) throws IOException {
      w.write(s);
    }

    private String title(Report r) {
      return r.title().isBlank() ? r.source() : r.title();
    }

    @Override
    public void add(Report r, BudgetDocument doc) throws IOException {
      // the section is built whole before any of it is written: a document whose section cannot be
      // built (a failure in this writer) leaves the page as it was
      java.io.StringWriter section = new java.io.StringWriter();
      Page into = new Page(options, section);
      into.document(reports.size(), r, doc);
      if (!started) {
        start(r.title());
      }
      w.write(section.toString());
      w.flush();
      int d = reports.size();
      contents.add("<li><a href=\"#d" + d + "\">" + esc(title(r)) + "</a> " + counts(r) + "</li>");
      for (Severity s : Severity.values()) {
        tot[s.ordinal()] += r.count(s);
      }
      reports.add(Report.builder().from(r).rules(List.of())
          .findings(r.findings().stream().filter(f -> f.ruleId().startsWith("series.")).toList()).build());
      documents.add(doc == null ? null : kept(doc));
    }

    /** What the series section needs of a document: its identity and its main totals. */
    private static BudgetDocument kept(BudgetDocument doc) {
      return BudgetDocument.builder().source(doc.source()).region(doc.region()).department(doc.department())
          .year(doc.year()).kind(doc.kind()).unit(doc.unit())
          .facts(doc.facts().stream().filter(f -> SERIES_TOTALS.stream()
              .anyMatch(x -> x[0] == f.concept() && x[1].equals(f.coordinates()))).toList())
          .build();
    }

    /** The head of the page, up to the start of the documents. */
    private void start(String firstTitle) throws IOException {
      started = true;
      p("<!DOCTYPE html>\n<html lang=\"" + (en ? "en" : "zh-CN") + "\">\n<head>\n<meta charset=\"utf-8\">\n");
      String lib = echarts();
      // Scripts run only when their SHA-256 is listed: no 'unsafe-inline', so an inline event handler
      // (onerror=…) smuggled into the page through document text is blocked even if escaping failed.
      StringBuilder hashes = new StringBuilder("'" + sha256(HOOK) + "' '" + sha256(SCRIPT) + "'");
      if (lib != null) {
        hashes.append(" '").append(sha256(lib)).append("'");
      }
      p("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src "
          + hashes + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n");
      p("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
      // a batch's title (its number of documents) is known at the end: the page script sets it from the header
      p("<title>" + esc(t("预算检查报告", "Budget check report") + (firstTitle.isBlank() ? "" : " — " + firstTitle))
          + "</title>\n");
      p("<style>" + CSS + "</style>\n");
      p("<script>" + HOOK + "</script>\n");
      if (lib != null) {
        p("<script id=\"echarts-lib\">");
        p(lib);
        p("</script>\n");
      }
      p("</head>\n<body data-errors=\"0\" data-charts-drawn=\"0\">\n<main>\n");
    }

    /** The end of the page: contents, series and the header with the totals, shown first by the style sheet. */
    @Override
    public void close() throws IOException {
      if (!started) {
        start("");
      }
      p("</main>\n");
      if (reports.size() > 1) {
        p("<div class=\"overview\">");
        p("<nav class=\"toc\"><ol>");
        for (String c : contents) {
          p(c);
        }
        p("</ol></nav>\n");
        series();
        p("</div>\n");
      }
      String title = reports.size() == 1 ? reports.get(0).title() : reports.size() + " documents";
      p("<header data-title=\"" + esc(t("预算检查报告", "Budget check report") + " — " + title) + "\"><h1>"
          + esc(t("预算检查报告", "Budget check report")) + "</h1>");
      p("<p class=\"tool\">" + esc(Reports.TOOL + " " + Reports.version()) + "</p>");
      p("<div class=\"filters\" role=\"group\">" + esc(t("显示：", "Show: ")));
      for (Severity s : Severity.values()) {
        boolean on = s.atLeast(options.minSeverity());
        p("<label class=\"sev sev-" + s.name() + "\"><input type=\"checkbox\" class=\"sevfilter\" value=\""
            + s.name() + "\"" + (on ? " checked" : "") + "> " + esc(Reports.severityLabel(s, en))
            + " <span class=\"count\">" + tot[s.ordinal()] + "</span></label>");
      }
      p("</div></header>\n<script>" + SCRIPT + "</script>\n</body>\n</html>\n");
      w.flush();
    }

    private String counts(Report r) {
      StringBuilder b = new StringBuilder("<span class=\"counts\">");
      for (Severity s : Severity.values()) {
        b.append("<span class=\"badge sev-").append(s.name()).append("\">")
            .append(esc(Reports.severityLabel(s, en))).append(' ').append(r.count(s)).append("</span>");
      }
      return b.append("</span>").toString();
    }

    private void document(int d, Report r, BudgetDocument doc) throws IOException {
      String id = "d" + d;
      p("<section class=\"doc\" id=\"" + id + "\">\n<h2>" + esc(r.title().isBlank() ? r.source() : r.title())
          + "</h2>\n");
      p("<dl class=\"meta\"><dt>" + esc(t("来源", "Source")) + "</dt><dd>" + esc(r.source()) + "</dd>");
      if (doc != null) {
        p("<dt>" + esc(t("部门", "Department")) + "</dt><dd>" + esc(doc.department().name()) + "</dd>");
        p("<dt>" + esc(t("年度", "Year")) + "</dt><dd>" + doc.year() + "</dd>");
        p("<dt>" + esc(t("类型", "Kind")) + "</dt><dd>" + esc(en ? doc.kind().name() : doc.kind().zh()) + "</dd>");
        p("<dt>" + esc(t("单位", "Unit")) + "</dt><dd>" + esc(doc.unit().symbol()) + "</dd>");
        p("<dt>" + esc(t("表格 / 数据 / 陈述", "Tables / facts / claims")) + "</dt><dd>" + doc.tables().size()
            + " / " + doc.facts().size() + " / " + doc.claims().size() + "</dd>");
      }
      p("</dl>\n<p class=\"summary\">" + counts(r) + "</p>\n");

      // cells that findings involve
      List<Finding> shown = Reports.shown(r, options);
      Map<String, List<Integer>> cellFindings = new HashMap<>();
      Map<String, Severity> cellSeverity = new HashMap<>();
      List<List<String>> anchors = new ArrayList<>();
      for (int k = 0; k < shown.size(); k++) {
        Finding f = shown.get(k);
        List<String> a = new ArrayList<>();
        for (Provenance loc : f.locations()) {
          String cell = doc == null ? null : cellId(id, doc, loc);
          a.add(cell);
          if (cell != null) {
            cellFindings.computeIfAbsent(cell, x -> new ArrayList<>()).add(k + 1);
            cellSeverity.merge(cell, f.severity(), (x, y) -> x.atLeast(y) ? x : y);
          }
        }
        anchors.add(a);
      }

      if (doc != null) {
        charts(id, doc);
      }

      p("<h3>" + esc(t("检查结果", "Findings")) + "</h3>\n");
      if (shown.isEmpty()) {
        p("<p class=\"none\">" + esc(t("未发现问题。", "No findings.")) + "</p>\n");
      }
      p("<ol class=\"findings\">\n");
      for (int k = 0; k < shown.size(); k++) {
        Finding f = shown.get(k);
        p("<li class=\"finding sev-" + f.severity().name() + "\" id=\"" + id + "-f" + (k + 1) + "\">");
        p("<span class=\"badge sev-" + f.severity().name() + "\">" + esc(Reports.severityLabel(f.severity(), en))
            + "</span> <code class=\"rule\">" + esc(f.ruleId()) + "</code> ");
        p("<span class=\"msg\">" + esc(Reports.message(f, options)) + "</span>");
        p("<div class=\"alt\">" + esc(en ? f.messageZh() : f.messageEn()) + "</div>");
        numbers(f);
        p("<ul class=\"locs\">");
        for (int j = 0; j < f.locations().size(); j++) {
          Provenance loc = f.locations().get(j);
          String cell = anchors.get(k).get(j);
          p("<li>");
          if (cell != null) {
            p("<a href=\"#" + cell + "\">" + esc(loc.describe()) + "</a>");
          } else {
            p(esc(loc.describe()));
          }
          if (loc.text().isPresent() && loc.tableId().isEmpty()) {
            p(" <q>" + esc(loc.text().get()) + "</q>");
          }
          p("</li>");
        }
        p("</ul>");
        if (f.culprit().isPresent()) {
          Provenance c = f.culprit().get();
          boolean cell = c.tableId().isPresent();
          p("<div class=\"culprit\">" + esc(cell ? t("最可能出错的单元格：", "Most likely wrong cell: ")
              : t("最可能出错的说明文字：", "Most likely wrong statement: ")) + esc(c.describe())
              + (cell || c.text().isEmpty() ? "" : " <q>" + esc(c.text().get()) + "</q>") + "</div>");
        }
        if (f.hint().isPresent()) {
          p("<div class=\"hint\">" + esc(t("提示：", "Hint: ")) + esc(f.hint().get()) + "</div>");
        }
        p("</li>\n");
      }
      p("</ol>\n");

      if (doc != null) {
        List<String> coverage = Reports.coverageLines(doc, en);
        if (!coverage.isEmpty()) {
          p("<pre class=\"coverage\">" + esc(String.join("\n", coverage)) + "</pre>\n");
        }
      }
      if (doc != null && !doc.diagnostics().isEmpty()) {
        p("<details class=\"diagnostics\"><summary>" + esc(t("读取诊断", "Reading diagnostics")) + " ("
            + doc.diagnostics().size() + ")</summary><ul>");
        for (Diagnostic x : doc.diagnostics()) {
          p("<li class=\"sev-" + x.severity().name() + "\"><code>" + esc(x.code()) + "</code> "
              + esc(en ? x.messageEn() : x.messageZh()) + " <small>" + esc(x.location().describe())
              + "</small></li>");
        }
        p("</ul></details>\n");
      }

      if (doc != null && !doc.tables().isEmpty()) {
        p("<h3>" + esc(t("公开表格", "Tables as published")) + "</h3>\n");
        for (DisclosureTable tb : doc.tables()) {
          table(id, tb, cellFindings, cellSeverity);
        }
      }
      p("</section>\n");
    }

    private void numbers(Finding f) throws IOException {
      if (f.reported().isEmpty() && f.computed().isEmpty() && f.difference().isEmpty()) {
        return;
      }
      p("<table class=\"numbers\"><tr>");
      if (f.reported().isPresent()) {
        p("<th>" + esc(t("公布值", "Reported")) + "</th><td>" + esc(Reports.interval(f.reported().get(), f)) + "</td>");
      }
      if (f.computed().isPresent()) {
        p("<th>" + esc(t("计算值", "Computed")) + "</th><td>" + esc(Reports.interval(f.computed().get(), f)) + "</td>");
      }
      if (f.difference().isPresent()) {
        p("<th>" + esc(t("差额", "Difference")) + "</th><td>" + esc(Reports.number(f.difference().get(), f)) + "</td>");
      }
      if (f.roundingAllowance().isPresent()) {
        p("<th>" + esc(t("舍入可解释", "Rounding explains")) + "</th><td>"
            + esc(Reports.number(f.roundingAllowance().get(), f)) + "</td>");
      }
      p("</tr></table>");
    }

    private void table(String docId, DisclosureTable tb, Map<String, List<Integer>> cellFindings,
        Map<String, Severity> cellSeverity) throws IOException {
      String tid = docId + "-" + slug(tb.id());
      p("<div class=\"tablewrap\"><table class=\"published\" id=\"" + tid + "\"><caption>" + esc(tb.title())
          + " <small>(" + esc(t("单位：", "unit: ") + tb.unit().symbol()) + ")</small></caption>\n<thead>");
      for (List<String> hr : tb.headerRows()) {
        p("<tr>");
        for (String h : hr) {
          p("<th>" + esc(h) + "</th>");
        }
        p("</tr>");
      }
      p("</thead>\n<tbody>\n");
      int cols = tb.columns().size();
      for (int ri = 0; ri < tb.rows().size(); ri++) {
        DisclosureTable.Row row = tb.rows().get(ri);
        String rowId = tid + "-r" + ri;
        List<Integer> rowHits = cellFindings.get(rowId);
        p("<tr id=\"" + rowId + "\"" + (rowHits != null ? " class=\"hitrow sev-" + cellSeverity.get(rowId).name() + "\"" : "") + ">");
        int n = Math.max(cols, row.cells().size());
        for (int ci = 0; ci < n; ci++) {
          String cid = rowId + "-c" + ci;
          List<Integer> hits = cellFindings.get(cid);
          String text = row.cell(ci);
          if (hits == null) {
            p("<td id=\"" + cid + "\">" + esc(text) + "</td>");
          } else {
            p("<td id=\"" + cid + "\" class=\"hit sev-" + cellSeverity.get(cid).name() + "\">" + esc(text));
            for (Integer k : hits) {
              p("<a class=\"back\" href=\"#" + docId + "-f" + k + "\">" + k + "</a>");
            }
            p("</td>");
          }
        }
        if (rowHits != null) {
          p("<td class=\"rowback\">");
          for (Integer k : rowHits) {
            p("<a class=\"back\" href=\"#" + docId + "-f" + k + "\">" + k + "</a>");
          }
          p("</td>");
        }
        p("</tr>\n");
      }
      p("</tbody></table>");
      for (String note : tb.notes()) {
        p("<p class=\"note\">" + esc(note) + "</p>");
      }
      p("</div>\n");
    }

    // ---------------------------------------------------------------- series

    /** The main totals a series chart follows over the years: concept, coordinates, label. */
    private static final List<Object[]> SERIES_TOTALS = List.of(
        new Object[] {Concept.REVENUE, Coordinates.EMPTY, "收入总计", "Total revenue"},
        new Object[] {Concept.EXPENDITURE, Coordinates.EMPTY, "支出合计", "Total expenditure"},
        new Object[] {Concept.REVENUE, Coordinates.parse("FUND_SOURCE=FISCAL_APPROPRIATION"), "财政拨款收入",
            "Fiscal appropriation"},
        new Object[] {Concept.EXPENDITURE, Coordinates.parse("SPENDING_TYPE=BASIC"), "基本支出", "Basic expenditure"},
        new Object[] {Concept.EXPENDITURE, Coordinates.parse("SPENDING_TYPE=PROJECT"), "项目支出",
            "Project expenditure"},
        new Object[] {Concept.THREE_PUBLIC, Coordinates.EMPTY, "“三公”经费", "\"Three public\" costs"});

    /**
     * For each department with documents of two or more years in this report: a chart of its main
     * totals over the years, and its cross-year findings, each linked to both documents it compares.
     */
    private void series() throws IOException {
      Map<String, List<Integer>> byDept = new LinkedHashMap<>();
      for (int d = 0; d < Math.min(reports.size(), documents.size()); d++) {
        BudgetDocument doc = documents.get(d);
        if (doc != null) {
          String key = dev.yusuan.rules.SeriesReport.departmentKey(doc.department().name());
          if (!key.isEmpty()) {
            byDept.computeIfAbsent(key, k -> new ArrayList<>()).add(d);
          }
        }
      }
      int n = 0;
      for (List<Integer> idx : byDept.values()) {
        if (idx.stream().map(i -> documents.get(i).year()).distinct().count() < 2) {
          continue;
        }
        seriesSection("s" + n++, idx);
      }
    }

    private void seriesSection(String id, List<Integer> idx) throws IOException {
      List<Integer> docs = new ArrayList<>(idx);
      docs.sort(java.util.Comparator.comparingInt(i -> documents.get(i).year()));
      BudgetDocument first = documents.get(docs.get(0));
      dev.yusuan.model.MoneyUnit unit = first.unit();
      p("<section class=\"series\" id=\"" + id + "\">\n<h2>" + esc(first.department().name() + " "
          + t("多年对比", "over the years")) + "</h2>\n");
      ObjectNode spec = m.createObjectNode();
      spec.put("target", id + "-c-totals");
      spec.put("type", "line");
      spec.put("unit", unit.symbol());
      // one point per year: the parts of a year's disclosure (说明 and tables) share it
      Map<Integer, List<Integer>> byYear = new java.util.TreeMap<>();
      docs.forEach(i -> byYear.computeIfAbsent(documents.get(i).year(), y -> new ArrayList<>()).add(i));
      ArrayNode years = spec.putArray("years");
      byYear.keySet().forEach(y -> years.add(String.valueOf(y)));
      ArrayNode lines = spec.putArray("data");
      for (Object[] total : SERIES_TOTALS) {
        ObjectNode line = m.createObjectNode();
        line.put("name", t((String) total[2], (String) total[3]));
        ArrayNode values = line.putArray("values");
        boolean any = false;
        for (List<Integer> ofYear : byYear.values()) {
          Optional<Fact> f = seriesFigure(ofYear, (Concept) total[0], (Coordinates) total[1]);
          if (f.isPresent()) {
            values.add(f.get().amount().unit().convert(f.get().amount().value(), unit));
            any = true;
          } else {
            values.addNull();
          }
        }
        if (any) {
          lines.add(line);
        }
      }
      p("<figure class=\"chart\"><figcaption>" + esc(t("主要总额", "Main totals")) + " <small>" + esc(unit.symbol())
          + "</small></figcaption><div class=\"plot\" id=\"" + esc(id + "-c-totals") + "\">");
      if (lines.isEmpty()) {
        p("<p class=\"nodata\">" + esc(t("无数据", "no data")) + "</p>");
      }
      p("</div></figure>\n");
      if (!lines.isEmpty()) {
        ArrayNode specs = m.createArrayNode();
        specs.add(spec);
        p("<script type=\"application/json\" class=\"chart-data\">" + scriptJson(m, specs) + "</script>\n");
      }
      // cross-year findings: the same finding is in the reports of both years; list it once, with both links
      Map<String, List<Integer>> where = new LinkedHashMap<>();
      Map<String, Finding> cross = new LinkedHashMap<>();
      for (int i : docs) {
        for (Finding f : reports.get(i).findings()) {
          if (f.ruleId().startsWith("series.")) {
            String k = f.ruleId() + "|" + f.messageZh() + "|" + f.locations();
            cross.putIfAbsent(k, f);
            where.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
          }
        }
      }
      p("<h3>" + esc(t("跨年度发现", "Cross-year findings")) + " (" + cross.size() + ")</h3>\n");
      if (cross.isEmpty()) {
        p("<p class=\"none\">" + esc(t("各年度之间未发现矛盾。", "No contradiction between the years.")) + "</p>\n");
      } else {
        p("<ul class=\"findings series-findings\">");
        for (Map.Entry<String, Finding> e : cross.entrySet()) {
          Finding f = e.getValue();
          p("<li class=\"finding sev-" + f.severity().name() + "\"><span class=\"badge sev-" + f.severity().name()
              + "\">" + esc(Reports.severityLabel(f.severity(), en)) + "</span> <code>" + esc(f.ruleId())
              + "</code> " + esc(en ? f.messageEn() : f.messageZh()) + " <span class=\"docs\">");
          for (int i : where.get(e.getKey())) {
            p("<a href=\"#d" + i + "\">" + esc(String.valueOf(documents.get(i).year())) + "</a> ");
          }
          p("</span></li>");
        }
        p("</ul>\n");
      }
      p("</section>\n");
    }

    /** A year's figure for the series chart: a table's in any of the year's documents, else a narrative's. */
    private Optional<Fact> seriesFigure(List<Integer> ofYear, Concept c, Coordinates at) {
      Optional<Fact> narrative = Optional.empty();
      for (int i : ofYear) {
        List<Fact> l = documents.get(i).factSet().get(c, at);
        Optional<Fact> table = l.stream().filter(f -> f.provenance().tableId().isPresent()).findFirst();
        if (table.isPresent()) {
          return table;
        }
        narrative = narrative.or(() -> l.stream().findFirst());
      }
      return narrative;
    }

    // ---------------------------------------------------------------- charts

    private void charts(String id, BudgetDocument doc) throws IOException {
      ArrayNode specs = m.createArrayNode();
      String unit = doc.unit().symbol();
      Optional<Tree> fn = tree(doc, FactDimension.FUNCTION);
      Optional<Tree> ec = tree(doc, FactDimension.ECONOMIC);
      ArrayNode sources = fundingSources(doc);
      p("<div class=\"charts\">");
      chartBox(specs, id + "-c-function", "sunburst", t("支出功能分类", "Expenditure by function"),
          fn.map(x -> x.subtitle).orElse(""), unit, fn.map(x -> x.nodes).orElse(m.createArrayNode()));
      chartBox(specs, id + "-c-economic", "treemap", t("支出经济分类", "Expenditure by economic classification"),
          ec.map(x -> x.subtitle).orElse(""), unit, ec.map(x -> x.nodes).orElse(m.createArrayNode()));
      chartBox(specs, id + "-c-sources", "pie", t("资金来源", "Funding sources"), t("收入", "revenue"), unit,
          sources);
      p("</div>\n<script type=\"application/json\" class=\"chart-data\">" + scriptJson(m, specs) + "</script>\n");
    }

    private void chartBox(ArrayNode specs, String target, String type, String title, String subtitle,
        String unit, ArrayNode data) throws IOException {
      p("<figure class=\"chart\"><figcaption>" + esc(title) + (subtitle.isBlank() ? "" : " <small>" + esc(subtitle)
          + "</small>") + "</figcaption><div class=\"plot\" id=\"" + target + "\">");
      if (data.isEmpty()) {
        p("<p class=\"nodata\">" + esc(t("无数据", "no data")) + "</p>");
      }
      p("</div></figure>");
      if (!data.isEmpty()) {
        ObjectNode s = specs.addObject();
        s.put("target", target);
        s.put("type", type);
        s.put("unit", unit);
        s.set("data", data);
      }
    }

    private record Tree(ArrayNode nodes, String subtitle) {}

    /** Most items of a classification chart: more are unreadable, and a hostile table would bloat the page. */
    static final int MAX_CHART_NODES = 500;

    /** Expenditure facts by a code dimension, in the context (other coordinates) that has most. */
    private Optional<Tree> tree(BudgetDocument doc, FactDimension dim) {
      Map<Coordinates, Map<String, Fact>> byContext = new LinkedHashMap<>();
      for (Fact f : doc.facts()) {
        if (f.concept() == Concept.EXPENDITURE && f.coordinates().has(dim)
            && f.provenance().tableId().isPresent()) {
          Coordinates c = f.coordinates();
          if (c.has(FactDimension.PERIOD) || c.has(FactDimension.PROJECT) || c.has(FactDimension.BUDGET_UNIT)) {
            continue;
          }
          byContext.computeIfAbsent(c.without(dim), x -> new TreeMap<>())
              .putIfAbsent(c.getOrNull(dim), f);
        }
      }
      if (byContext.isEmpty()) {
        return Optional.empty();
      }
      Coordinates best = byContext.containsKey(Coordinates.EMPTY) ? Coordinates.EMPTY
          : byContext.entrySet().stream().max((a, b) -> Integer.compare(a.getValue().size(),
              b.getValue().size())).get().getKey();
      Map<String, Fact> facts = byContext.get(best);
      String subtitle = context(best);
      if (facts.size() > MAX_CHART_NODES) {
        // the upper levels first, the largest first within a level: a bounded chart of the main items
        Set<String> keep = new java.util.HashSet<>(facts.entrySet().stream()
            .sorted(java.util.Comparator.<Map.Entry<String, Fact>>comparingInt(e -> e.getKey().length())
                .thenComparing(e -> e.getValue().amount().value(), java.util.Comparator.reverseOrder()))
            .limit(MAX_CHART_NODES).map(Map.Entry::getKey).toList());
        facts = new TreeMap<>(facts);
        facts.keySet().retainAll(keep);
        subtitle += t("（前 " + MAX_CHART_NODES + " 项）", " (first " + MAX_CHART_NODES + " items)");
      }
      Map<String, ObjectNode> nodes = new LinkedHashMap<>();
      ArrayNode roots = m.createArrayNode();
      for (Map.Entry<String, Fact> e : facts.entrySet()) {
        BigDecimal v = e.getValue().amount().to(doc.unit()).value();
        if (v.signum() <= 0) {
          continue;
        }
        ObjectNode n = m.createObjectNode();
        n.put("name", e.getKey() + " " + e.getValue().provenance().rowLabel().orElse(""));
        n.put("value", v);
        nodes.put(e.getKey(), n);
      }
      for (Map.Entry<String, ObjectNode> e : nodes.entrySet()) {
        Optional<String> parent = dim.parentOf(e.getKey());
        while (parent.isPresent() && !nodes.containsKey(parent.get())) {
          parent = dim.parentOf(parent.get());
        }
        if (parent.isPresent()) {
          ObjectNode pn = nodes.get(parent.get());
          ArrayNode ch = pn.has("children") ? (ArrayNode) pn.get("children") : pn.putArray("children");
          ch.add(e.getValue());
        } else {
          roots.add(e.getValue());
        }
      }
      return roots.isEmpty() ? Optional.empty() : Optional.of(new Tree(roots, subtitle));
    }

    private String context(Coordinates c) {
      List<String> parts = new ArrayList<>();
      c.asMap().forEach((d, v) -> {
        try {
          parts.add(switch (d) {
            case FUND_SOURCE -> en ? v : FundSource.valueOf(v).zh();
            case SPENDING_TYPE -> en ? v : SpendingType.valueOf(v).zh();
            default -> v;
          });
        } catch (IllegalArgumentException x) {
          parts.add(v);
        }
      });
      return parts.isEmpty() ? t("合计", "total") : String.join(" · ", parts);
    }

    /** Revenue by fund source: the most detailed published sources, without totals. */
    private ArrayNode fundingSources(BudgetDocument doc) {
      Map<FundSource, BigDecimal> values = new LinkedHashMap<>();
      for (Fact f : doc.facts()) {
        if (f.concept() == Concept.REVENUE && f.coordinates().dimensions().equals(EnumSet.of(FactDimension.FUND_SOURCE))) {
          try {
            FundSource s = FundSource.valueOf(f.coordinates().getOrNull(FactDimension.FUND_SOURCE));
            values.putIfAbsent(s, f.amount().to(doc.unit()).value());
          } catch (IllegalArgumentException x) {
            // a member this chart does not know
          }
        }
      }
      values.remove(FundSource.CURRENT_YEAR);
      values.remove(FundSource.FISCAL_TOTAL);
      Set<FundSource> parents = EnumSet.noneOf(FundSource.class);
      for (FundSource s : values.keySet()) {
        for (Optional<FundSource> p = s.parent(); p.isPresent(); p = p.get().parent()) {
          parents.add(p.get());
        }
      }
      ArrayNode a = m.createArrayNode();
      values.forEach((s, v) -> {
        if (!parents.contains(s) && v.signum() > 0) {
          ObjectNode n = a.addObject();
          n.put("name", en ? s.name() : s.zh());
          n.put("value", v);
        }
      });
      return a;
    }

    // ---------------------------------------------------------------- locating cells

    /** The id of the cell (or row) a location points to, or null when it is not in a table shown. */
    private String cellId(String docId, BudgetDocument doc, Provenance loc) {
      DisclosureTable tb = null;
      for (DisclosureTable x : doc.tables()) {
        if (loc.tableId().map(x.id()::equals).orElse(false)) {
          tb = x;
          break;
        }
      }
      if (tb == null && loc.tableTitle().isPresent()) {
        for (DisclosureTable x : doc.tables()) {
          if (x.title().equals(loc.tableTitle().get())) {
            tb = x;
            break;
          }
        }
      }
      if (tb == null) {
        return null;
      }
      int ri = rowIndex(tb, loc);
      if (ri < 0) {
        return null;
      }
      String rowId = docId + "-" + slug(tb.id()) + "-r" + ri;
      int ci = columnIndex(tb, loc);
      return ci < 0 ? rowId : rowId + "-c" + ci;
    }

    private static int rowIndex(DisclosureTable tb, Provenance loc) {
      List<DisclosureTable.Row> rows = tb.rows();
      if (loc.line().isPresent()) {
        for (int i = 0; i < rows.size(); i++) {
          OptionalInt l = rows.get(i).line();
          if (l.isPresent() && l.getAsInt() == loc.line().getAsInt()) {
            return i;
          }
        }
      }
      if (loc.rowCode().isPresent()) {
        for (int i = 0; i < rows.size(); i++) {
          if (rows.get(i).code().equals(loc.rowCode())) {
            return i;
          }
        }
      }
      if (loc.rowNumber().isPresent()) {
        int n = loc.rowNumber().getAsInt();
        for (int i = 0; i < rows.size(); i++) {
          Optional<String> printed = rows.get(i).number();
          if (printed.isPresent() && printed.get().trim().equals(String.valueOf(n))) {
            return i;
          }
        }
        if (n >= 1 && n <= rows.size() && rows.stream().allMatch(r -> r.number().isEmpty())) {
          return n - 1;
        }
      }
      if (loc.rowLabel().isPresent()) {
        for (int i = 0; i < rows.size(); i++) {
          if (rows.get(i).label().equals(loc.rowLabel())) {
            return i;
          }
        }
      }
      return -1;
    }

    private static int columnIndex(DisclosureTable tb, Provenance loc) {
      if (loc.columnHeader().isPresent()) {
        String h = loc.columnHeader().get();
        for (DisclosureTable.Column c : tb.columns()) {
          if (c.header().equals(h)) {
            return c.index();
          }
        }
        for (DisclosureTable.Column c : tb.columns()) {
          if (!c.headerPath().isEmpty() && c.headerPath().get(c.headerPath().size() - 1).equals(h)) {
            return c.index();
          }
        }
      }
      if (loc.columnNumber().isPresent()) {
        for (DisclosureTable.Column c : tb.columns()) {
          if (c.number().equals(loc.columnNumber())) {
            return c.index();
          }
        }
      }
      return -1;
    }

    private static String slug(String s) {
      StringBuilder b = new StringBuilder();
      for (char c : s.toCharArray()) {
        b.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
      }
      return b.append('-').append(Integer.toHexString(s.hashCode())).toString();
    }
  }

  private static final String CSS = """
      :root{--err:#c62828;--warn:#ef6c00;--info:#1565c0;font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif}
      body{margin:0;color:#222;background:#fafafa;display:flex;flex-direction:column}
      body>header{order:-2}body>.overview{order:-1;padding:0 1.5em}
      header{position:sticky;top:0;background:#263238;color:#fff;padding:.5em 1.5em;z-index:5;display:flex;gap:1.5em;align-items:center;flex-wrap:wrap}
      header h1{font-size:1.3em;margin:0}header .tool{opacity:.7;margin:0}
      .filters label{margin-right:1em;cursor:pointer}
      main{padding:0 1.5em 3em}
      section.doc{background:#fff;margin:1.5em 0;padding:1em 1.5em;border-radius:6px;box-shadow:0 1px 3px #0002}
      dl.meta{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dl.meta dt{font-weight:bold}dl.meta dd{margin:0}
      .badge{display:inline-block;padding:0 .5em;border-radius:3px;color:#fff;font-size:.85em;margin-right:.3em}
      .badge.sev-ERROR{background:var(--err)}.badge.sev-WARNING{background:var(--warn)}.badge.sev-INFO{background:var(--info)}
      .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:1em}
      figure.chart{margin:0;border:1px solid #ddd;border-radius:4px;padding:.5em}
      figure.chart .plot{height:360px}.nodata{color:#888;text-align:center;padding-top:150px}
      ol.findings>li{margin:.6em 0;padding:.4em .6em;border-left:4px solid #ccc;background:#fcfcfc}
      li.finding.sev-ERROR{border-color:var(--err)}li.finding.sev-WARNING{border-color:var(--warn)}li.finding.sev-INFO{border-color:var(--info)}
      li.finding:target{background:#fff8e1}
      .hidden{display:none!important}
      .alt{color:#666;font-size:.9em}
      table.numbers{font-size:.9em;margin:.3em 0;border-collapse:collapse}table.numbers th{font-weight:normal;color:#555;padding-right:.4em}table.numbers td{padding-right:1.2em;font-family:monospace}
      ul.locs{margin:.2em 0;font-size:.9em}
      .hint,.culprit{font-size:.9em;color:#37474f}
      .tablewrap{overflow-x:auto;margin:1.2em 0}
      table.published{border-collapse:collapse;font-size:.85em}
      table.published caption{text-align:left;font-weight:bold;padding:.3em 0}
      table.published th,table.published td{border:1px solid #ccc;padding:.15em .45em;white-space:nowrap}
      table.published thead th{background:#eceff1}
      td.hit.sev-ERROR{background:#ffcdd2;outline:2px solid var(--err)}td.hit.sev-WARNING{background:#ffe0b2;outline:2px solid var(--warn)}td.hit.sev-INFO{background:#bbdefb;outline:2px solid var(--info)}
      tr.hitrow.sev-ERROR{background:#ffebee}tr.hitrow.sev-WARNING{background:#fff3e0}tr.hitrow.sev-INFO{background:#e3f2fd}
      td:target,tr:target{box-shadow:inset 0 0 0 3px #000}
      a.back{font-size:.7em;vertical-align:super;margin-left:.2em}
      .note{font-size:.85em;color:#555}
      """;

  /** Records script errors and CSP violations on the body (read by the browser test). */
  private static final String HOOK = "window.__errors=[];window.onerror=function(m,s,l,c,e){window.__errors.push(String(m));"
      + "if(document.body){document.body.setAttribute('data-errors',String(window.__errors.length));}};"
      + "window.__blocked=[];document.addEventListener('securitypolicyviolation',function(e){"
      + "window.__blocked.push(e.blockedURI);if(document.body){document.body.setAttribute('data-blocked',"
      + "String(window.__blocked.length));}});";

  /** The CSP source of an inline script: {@code sha256-} and the Base64 of its UTF-8 SHA-256. */
  static String sha256(String script) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "sha256-" + java.util.Base64.getEncoder().encodeToString(d);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final String SCRIPT = """
      (function(){
        var body=document.body;
        var head=document.querySelector('header[data-title]');
        if(head){document.title=head.getAttribute('data-title');}
        function filter(){
          var on={};
          document.querySelectorAll('input.sevfilter').forEach(function(c){on[c.value]=c.checked;});
          document.querySelectorAll('li.finding').forEach(function(li){
            var sev=(li.className.match(/sev-(\\w+)/)||[])[1];
            li.classList.toggle('hidden',!on[sev]);
          });
        }
        document.querySelectorAll('input.sevfilter').forEach(function(c){c.addEventListener('change',filter);});
        filter();
        var drawn=0;
        function painted(el){
          var c=el.querySelector('canvas');
          if(!c||!c.width||!c.height){return false;}
          var d=c.getContext('2d').getImageData(0,0,c.width,c.height).data;
          for(var i=3;i<d.length;i+=16){if(d[i]!==0){return true;}}
          return false;
        }
        // ECharts inserts tooltip text as HTML: every value from the document is escaped
        function esc(x){return String(x).replace(/[&<>"']/g,function(c){
          return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c];});}
        function option(s){
          var fmt=function(p){return esc(p.name)+': '+esc(p.value)+' '+esc(s.unit);};
          if(s.type==='pie'){
            return {animation:false,tooltip:{formatter:function(p){return esc(p.name)+': '+esc(p.value)+' '+esc(s.unit)+' ('+esc(p.percent)+'%)';}},
              legend:{bottom:0},series:[{type:'pie',radius:'62%',data:s.data,label:{formatter:'{b}\\n{d}%'}}]};
          }
          if(s.type==='line'){
            return {animation:false,tooltip:{trigger:'axis'},legend:{bottom:0},xAxis:{type:'category',data:s.years},
              yAxis:{type:'value',name:s.unit},series:s.data.map(function(l){
                return {type:'line',name:l.name,data:l.values,connectNulls:false};})};
          }
          if(s.type==='sunburst'){
            return {animation:false,tooltip:{formatter:fmt},series:[{type:'sunburst',data:s.data,radius:[0,'95%'],
              sort:null,label:{rotate:'radial',minAngle:8,overflow:'truncate',width:90}}]};
          }
          return {animation:false,tooltip:{formatter:fmt},series:[{type:'treemap',data:s.data,roam:false,
            breadcrumb:{show:false},nodeClick:false,label:{show:true,formatter:'{b}'},upperLabel:{show:true,height:20,color:'#fff'},
            levels:[{itemStyle:{borderWidth:0,gapWidth:3}},{itemStyle:{gapWidth:1,borderColorSaturation:0.6}}]}]};
        }
        if(typeof echarts==='undefined'){
          body.setAttribute('data-echarts','missing');
        }else{
          document.querySelectorAll('script.chart-data').forEach(function(s){
            JSON.parse(s.textContent).forEach(function(spec){
              var el=document.getElementById(spec.target);
              var chart=echarts.init(el,null,{renderer:'canvas'});
              chart.setOption(option(spec));
              if(painted(el)){drawn++;}
            });
          });
        }
        body.setAttribute('data-charts-drawn',String(drawn));
        body.setAttribute('data-errors',String(window.__errors.length));
        body.setAttribute('data-blocked',String(window.__blocked.length));
      })();
      """;
}
