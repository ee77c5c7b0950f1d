package dev.yusuan.io.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.io.ReportWriter;
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
public final class SarifReportWriter implements ReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public void write(List<Report> reports, List<BudgetDocument> documents, ReportOptions options,
      OutputStream out) throws IOException {
    ObjectMapper m = Reports.mapper();
    m.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    boolean en = Reports.english(options);
    ObjectNode root = m.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", Reports.TOOL);
    driver.put("version", Reports.version());
    driver.put("semanticVersion", Reports.version().replace("-SNAPSHOT", ""));
    driver.put("informationUri", Reports.INFO_URI);
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new LinkedHashMap<>();
    for (RuleInfo i : Reports.rules(reports).values()) {
      index.put(i.id(), index.size());
      ObjectNode r = rules.addObject();
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
    List<String> artifacts = new ArrayList<>();
    ArrayNode results = run.putArray("results");
    for (Report rep : reports) {
      if (!artifacts.contains(rep.source())) {
        artifacts.add(rep.source());
      }
      for (Finding f : Reports.shown(rep, options)) {
        ObjectNode res = results.addObject();
        res.put("ruleId", f.ruleId());
        res.put("ruleIndex", index.get(f.ruleId()));
        res.put("level", level(f.severity()));
        StringBuilder text = new StringBuilder(Reports.message(f, options));
        Reports.numbers(f, en).ifPresent(x -> text.append(" (").append(x).append(')'));
        res.putObject("message").put("text", text.toString());
        List<Provenance> locs = f.locations().isEmpty() ? List.of(Provenance.of(rep.source()))
            : f.locations();
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
        f.reported().ifPresent(i -> props.set("reported", Reports.intervalNode(m, i)));
        f.computed().ifPresent(i -> props.set("computed", Reports.intervalNode(m, i)));
        f.difference().ifPresent(d -> props.put("difference", d.toPlainString()));
        f.roundingAllowance().ifPresent(d -> props.put("roundingAllowance", d.toPlainString()));
        f.hint().ifPresent(h -> props.put("hint", h));
        f.group().ifPresent(g -> props.put("group", g));
        f.culprit().ifPresent(c -> props.put("culprit", c.describe()));
      }
    }
    ArrayNode arts = run.putArray("artifacts");
    for (String a : artifacts) {
      ObjectNode art = arts.addObject();
      art.putObject("location").put("uri", uri(a));
      art.put("encoding", "utf-8");
    }
    run.put("columnKind", "utf16CodeUnits");
    m.writeValue(out, root);
    out.write('\n');
    out.flush();
  }

  private static ObjectNode location(ObjectMapper m, Provenance p, List<String> artifacts, int id) {
    ObjectNode loc = m.createObjectNode();
    loc.put("id", id);
    if (!artifacts.contains(p.source())) {
      artifacts.add(p.source());
    }
    ObjectNode phys = loc.putObject("physicalLocation");
    ObjectNode art = phys.putObject("artifactLocation");
    art.put("uri", uri(p.source()));
    art.put("index", artifacts.indexOf(p.source()));
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
