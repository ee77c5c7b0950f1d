package dev.yusuan.io.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.io.ReportWriter;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * JSON report following {@code docs/report.schema.json}: {@code {"tool", "summary", "rules",
 * "documents": [{"source", "title", "summary", "findings": [{"ruleId", "severity", …}],
 * "diagnostics"}]}}. Decimal numbers are strings so that no consumer rounds them.
 */
public final class JsonReportWriter implements ReportWriter {
  /** Version of the report format (the schema's {@code formatVersion}). */
  public static final String FORMAT_VERSION = "1.0";

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void write(List<Report> reports, List<BudgetDocument> documents, ReportOptions options,
      OutputStream out) throws IOException {
    ObjectMapper m = Reports.mapper();
    m.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    m.writeValue(out, tree(m, reports, documents, options));
    out.write('\n');
    out.flush();
  }

  /** The report as a JSON tree. */
  public static ObjectNode tree(ObjectMapper m, List<Report> reports, List<BudgetDocument> documents,
      ReportOptions options) {
    ObjectNode root = m.createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    ObjectNode tool = root.putObject("tool");
    tool.put("name", Reports.TOOL);
    tool.put("version", Reports.version());
    root.put("language", Reports.english(options) ? "en" : "zh");
    root.put("minSeverity", options.minSeverity().name());
    long[] total = new long[3];
    ArrayNode docs = m.createArrayNode();
    for (int d = 0; d < reports.size(); d++) {
      Report r = reports.get(d);
      ObjectNode doc = docs.addObject();
      doc.put("source", r.source());
      doc.put("title", r.title());
      ObjectNode sum = doc.putObject("summary");
      for (Severity s : Severity.values()) {
        long c = r.count(s);
        total[s.ordinal()] += c;
        sum.put(key(s), c);
      }
      ArrayNode fs = doc.putArray("findings");
      for (Finding f : Reports.shown(r, options)) {
        fs.add(finding(m, f));
      }
      ArrayNode ds = doc.putArray("diagnostics");
      if (d < documents.size() && documents.get(d) != null) {
        for (Diagnostic x : documents.get(d).diagnostics()) {
          if (x.severity().atLeast(options.minSeverity())) {
            ObjectNode n = ds.addObject();
            n.put("code", x.code());
            n.put("severity", x.severity().name());
            n.put("messageZh", x.messageZh());
            n.put("messageEn", x.messageEn());
            n.set("location", Reports.location(m, x.location()));
          }
        }
      }
    }
    ObjectNode sum = root.putObject("summary");
    sum.put("documents", reports.size());
    for (Severity s : Severity.values()) {
      sum.put(key(s), total[s.ordinal()]);
    }
    ArrayNode rules = root.putArray("rules");
    for (RuleInfo i : Reports.rules(reports).values()) {
      ObjectNode n = rules.addObject();
      n.put("id", i.id());
      n.put("severity", i.severity().name());
      n.put("titleZh", i.titleZh());
      n.put("titleEn", i.titleEn());
      n.put("pack", i.pack());
      i.hint().ifPresent(h -> n.put("hint", h));
    }
    root.set("documents", docs);
    return root;
  }

  static String key(Severity s) {
    return switch (s) {
      case ERROR -> "errors";
      case WARNING -> "warnings";
      case INFO -> "infos";
    };
  }

  /** One finding as JSON. */
  public static ObjectNode finding(ObjectMapper m, Finding f) {
    ObjectNode n = m.createObjectNode();
    n.put("ruleId", f.ruleId());
    n.put("severity", f.severity().name());
    n.put("messageZh", f.messageZh());
    n.put("messageEn", f.messageEn());
    ArrayNode locs = n.putArray("locations");
    f.locations().forEach(p -> locs.add(Reports.location(m, p)));
    f.reported().ifPresent(i -> n.set("reported", Reports.intervalNode(m, i)));
    f.computed().ifPresent(i -> n.set("computed", Reports.intervalNode(m, i)));
    f.difference().ifPresent(d -> n.put("difference", d.toPlainString()));
    f.roundingAllowance().ifPresent(d -> n.put("roundingAllowance", d.toPlainString()));
    f.hint().ifPresent(h -> n.put("hint", h));
    f.culprit().ifPresent(c -> n.set("culprit", Reports.location(m, c)));
    f.group().ifPresent(g -> n.put("group", g));
    return n;
  }
}
