package dev.yusuan.io.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0: one run whose {@code tool.driver.rules} lists every rule, and one result per finding
 * with its {@code level}; each location carries a physical location (file, line, column span) and
 * logical locations for the table, row and column of the cell.
 */
public final class SarifReportWriter extends StreamingReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public String format() {
    return "sarif";
  }


  /**
   * Streams the log: the results of each document as it is added; the tool with its rules and the
   * artifacts when closed (rule and artifact indices are given in order of first appearance).
   */
  @Override
  public Sink open(ReportOptions options, OutputStream out) throws IOException {
    ObjectMapper m = Reports.mapper();
    boolean en = Reports.english(options);
    JsonGenerator g = m.getFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(new DefaultPrettyPrinter());
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    g.writeArrayFieldStart("results");
    return new Sink() {
      private final Map<String, Integer> index = new LinkedHashMap<>();
      private final List<RuleInfo> rules = new ArrayList<>();
      private final Map<String, Integer> artifacts = new LinkedHashMap<>();
      /** Documents read only partly: their amounts printed but not read as facts. */
      private final Map<String, Integer> unread = new java.util.HashMap<>();

      private void rule(RuleInfo i) {
        if (!index.containsKey(i.id())) {
          index.put(i.id(), index.size());
          rules.add(i);
        }
      }

      @Override
      public void add(Report rep, BudgetDocument document) throws IOException {
        rep.rules().forEach(this::rule);
        for (Finding f : rep.findings()) {
          if (!index.containsKey(f.ruleId())) {
            rule(RuleInfo.builder().id(f.ruleId()).titleZh(f.ruleId()).titleEn(f.ruleId())
                .severity(f.severity()).pack("unknown").build());
          }
        }
        artifacts.putIfAbsent(rep.source(), artifacts.size());
        int n = document == null ? 0 : dev.yusuan.io.BudgetIo.unreadAmounts(document);
        if (n > 0) {
          unread.merge(rep.source(), n, Integer::sum);
        }
        ArrayNode results = m.createArrayNode();
        for (Finding f : Reports.shown(rep, options)) {
          results.add(result(m, rep, f, options, en, index, artifacts));
        }
        for (var r : results) {
          m.writeTree(g, r);
        }
      }

      @Override
      public void close() throws IOException {
        g.writeEndArray();
        ObjectNode driver = m.createObjectNode();
        driver.put("name", Reports.TOOL);
        driver.put("version", Reports.version());
        driver.put("semanticVersion", Reports.version().replace("-SNAPSHOT", ""));
        driver.put("informationUri", Reports.INFO_URI);
        ArrayNode ra = driver.putArray("rules");
        for (RuleInfo i : rules) {
          ObjectNode r = ra.addObject();
          r.put("id", i.id());
          r.putObject("shortDescription").put("text", Reports.title(i, options));
          r.putObject("fullDescription").put("text", i.titleZh() + " / " + i.titleEn());
          r.putObject("defaultConfiguration").put("level", level(i.severity()));
          i.hint().ifPresent(h -> r.putObject("help").put("text", h));
          ObjectNode props = r.putObject("properties");
          props.put("pack", i.pack());
          props.put("titleZh", i.titleZh());
          props.put("titleEn", i.titleEn());
        }
        g.writeObjectFieldStart("tool");
        g.writeFieldName("driver");
        m.writeTree(g, driver);
        g.writeEndObject();
        ArrayNode arts = m.createArrayNode();
        for (String a : artifacts.keySet()) {
          ObjectNode art = arts.addObject();
          art.putObject("location").put("uri", uri(a));
          art.put("encoding", "utf-8");
          if (unread.containsKey(a)) {
            // read partly: amounts the document prints that were not read as facts (exit code 3)
            art.putObject("properties").put("amountsUnread", unread.get(a));
          }
        }
        g.writeFieldName("artifacts");
        m.writeTree(g, arts);
        g.writeStringField("columnKind", "utf16CodeUnits");
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
        g.close();
        out.write('\n');
        out.flush();
      }
    };
  }

  private static ObjectNode result(ObjectMapper m, Report rep, Finding f, ReportOptions options, boolean en,
      Map<String, Integer> index, Map<String, Integer> artifacts) {
    ObjectNode res = m.createObjectNode();
    res.put("ruleId", f.ruleId());
    res.put("ruleIndex", index.get(f.ruleId()));
    res.put("level", level(f.severity()));
    StringBuilder text = new StringBuilder(Reports.message(f, options));
    Reports.numbers(f, en).ifPresent(x -> text.append(" (").append(x).append(')'));
    res.putObject("message").put("text", text.toString());
    List<Provenance> locs = f.locations().isEmpty() ? List.of(Provenance.of(rep.source())) : f.locations();
    ArrayNode la = res.putArray("locations");
    la.add(location(m, locs.get(0), artifacts, 0));
    if (locs.size() > 1) {
      ArrayNode rel = res.putArray("relatedLocations");
      for (int k = 1; k < locs.size(); k++) {
        rel.add(location(m, locs.get(k), artifacts, k));
      }
    }
    ObjectNode props = res.putObject("properties");
    props.put("severity", f.severity().name());
    props.put("messageZh", f.messageZh());
    props.put("messageEn", f.messageEn());
    Reports.putNumbers(m, props, f);
    f.hint().ifPresent(h -> props.put("hint", h));
    f.group().ifPresent(gr -> props.put("group", gr));
    f.culprit().ifPresent(c -> props.put("culprit", c.describe()));
    return res;
  }

  private static ObjectNode location(ObjectMapper m, Provenance p, Map<String, Integer> artifacts, int id) {
    ObjectNode loc = m.createObjectNode();
    loc.put("id", id);
    artifacts.putIfAbsent(p.source(), artifacts.size());
    ObjectNode phys = loc.putObject("physicalLocation");
    ObjectNode art = phys.putObject("artifactLocation");
    art.put("uri", uri(p.source()));
    art.put("index", artifacts.get(p.source()));
    if (p.line().isPresent()) {
      ObjectNode region = phys.putObject("region");
      region.put("startLine", p.line().getAsInt());
      if (p.spanStart().isPresent() && p.spanEnd().isPresent()
          && p.spanEnd().getAsInt() > p.spanStart().getAsInt()) {
        region.put("startColumn", p.spanStart().getAsInt() + 1);
        region.put("endColumn", p.spanEnd().getAsInt() + 1);
      }
      p.text().ifPresent(t -> region.putObject("snippet").put("text", t));
    } else if (p.page().isPresent()) {
      // no line: the page still helps a reader; SARIF has no page region, so keep it as a property
      loc.putObject("properties").put("page", p.page().getAsInt());
    }
    ArrayNode logical = m.createArrayNode();
    String table = p.tableId().orElse(p.tableTitle().orElse(null));
    if (table != null) {
      ObjectNode t = logical.addObject();
      t.put("name", p.tableTitle().orElse(table));
      t.put("fullyQualifiedName", table);
      t.put("kind", "table");
      String row = p.rowCode().map(c -> p.rowLabel().map(l -> c + " " + l).orElse(c))
          .or(p::rowLabel)
          .orElse(p.rowNumber().isPresent() ? "#" + p.rowNumber().getAsInt() : null);
      if (row != null) {
        ObjectNode r = logical.addObject();
        r.put("name", row);
        r.put("fullyQualifiedName", table + "/" + row);
        r.put("kind", "row");
        String col = p.columnHeader().or(() -> p.columnNumber().map(n -> "栏" + n)).orElse(null);
        if (col != null) {
          ObjectNode c = logical.addObject();
          c.put("name", col);
          c.put("fullyQualifiedName", table + "/" + row + "/" + col);
          c.put("kind", "column");
        }
      }
    } else if (p.section().isPresent()) {
      ObjectNode s = logical.addObject();
      s.put("name", p.section().get());
      s.put("kind", "section");
    }
    if (!logical.isEmpty()) {
      loc.set("logicalLocations", logical);
    }
    loc.putObject("message").put("text", p.describe());
    return loc;
  }

  /** A relative URI reference for a source name (spaces and non-ASCII percent-encoded). */
  static String uri(String source) {
    StringBuilder b = new StringBuilder();
    for (byte x : source.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }
}
