package dev.yusuan.io.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;

/**
 * JSON report following {@code docs/report.schema.json}: {@code {"formatVersion", "tool", "language",
 * "minSeverity", "documents": [{"source", "title", "summary", "findings": [{"ruleId", "severity", …}],
 * "diagnostics"}], "summary", "rules"}}. Decimal numbers are strings so that no consumer rounds them.
 * The documents come before the totals and the rule list so that a batch is written as it is checked
 * ({@link #open}), a document at a time, in constant memory.
 */
public final class JsonReportWriter extends StreamingReportWriter {
  /** Version of the report format (the schema's {@code formatVersion}). */
  public static final String FORMAT_VERSION = "1.0";

  @Override
  public String format() {
    return "json";
  }


  /** Streams the report: the head, then each document as it is added, then totals and rules on close. */
  @Override
  public Sink open(ReportOptions options, OutputStream out) throws IOException {
    ObjectMapper m = Reports.mapper();
    JsonGenerator g = m.getFactory().createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(new DefaultPrettyPrinter());
    g.writeStartObject();
    g.writeStringField("formatVersion", FORMAT_VERSION);
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", Reports.TOOL);
    g.writeStringField("version", Reports.version());
    g.writeEndObject();
    g.writeStringField("language", Reports.english(options) ? "en" : "zh");
    g.writeStringField("minSeverity", options.minSeverity().name());
    g.writeArrayFieldStart("documents");
    return new Sink() {
      private final long[] total = new long[3];
      private final Reports.RuleCollector rules = new Reports.RuleCollector();
      private int count;

      @Override
      public void add(Report report, BudgetDocument document) throws IOException {
        m.writeTree(g, document(m, report, document, options, total));
        rules.add(report);
        count++;
      }

      @Override
      public void close() throws IOException {
        g.writeEndArray();
        g.writeFieldName("summary");
        m.writeTree(g, summary(m, count, total));
        g.writeFieldName("rules");
        m.writeTree(g, rules(m, rules.rules().values()));
        g.writeEndObject();
        g.close();
        out.write('\n');
        out.flush();
      }
    };
  }

  /**
   * The report as a JSON tree (what {@link #write} writes).
   *
   * @param m the mapper that creates the nodes
   * @param reports the reports, one per document
   * @param documents the documents, in the order of {@code reports}
   * @param options language and least severity shown
   * @return the root object, with {@code formatVersion} first
   */
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
    ArrayNode docs = root.putArray("documents");
    for (int d = 0; d < reports.size(); d++) {
      docs.add(document(m, reports.get(d), d < documents.size() ? documents.get(d) : null, options, total));
    }
    root.set("summary", summary(m, reports.size(), total));
    root.set("rules", rules(m, Reports.rules(reports).values()));
    return root;
  }

  /** One document's entry; adds its counts to {@code total}. */
  private static ObjectNode document(ObjectMapper m, Report r, BudgetDocument document,
      ReportOptions options, long[] total) {
    ObjectNode doc = m.createObjectNode();
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
    if (document != null && document.tables().stream().anyMatch(t -> t.coverage().isPresent())) {
      ObjectNode cov = doc.putObject("coverage");
      dev.yusuan.model.ReadingCoverage all = dev.yusuan.model.ReadingCoverage.total(document.tables());
      cov.put("amountsPrinted", all.amountsPrinted());
      cov.put("amountsRead", all.amountsRead());
      ArrayNode ts = cov.putArray("tables");
      for (dev.yusuan.model.DisclosureTable t : document.tables()) {
        t.coverage().ifPresent(c -> ts.addObject().put("id", t.id()).put("title", t.title())
            .put("amountsPrinted", c.amountsPrinted()).put("amountsRead", c.amountsRead()));
      }
    }
    int unread = document == null ? 0 : dev.yusuan.io.BudgetIo.unreadAmounts(document);
    if (unread > 0) {
      doc.put("amountsUnread", unread);
    }
    ArrayNode ds = doc.putArray("diagnostics");
    if (document != null) {
      for (Diagnostic x : document.diagnostics()) {
        if (x.severity().atLeast(options.minSeverity())) {
          ObjectNode n = ds.addObject();
          n.put("code", x.code());
          n.put("severity", x.severity().name());
          n.put("messageZh", x.messageZh());
          n.put("messageEn", x.messageEn());
          n.set("location", Reports.location(m, x.location()));
          if (x.unreadAmounts() > 0) {
            n.put("unreadAmounts", x.unreadAmounts());
          }
        }
      }
    }
    return doc;
  }

  private static ObjectNode summary(ObjectMapper m, int documents, long[] total) {
    ObjectNode sum = m.createObjectNode();
    sum.put("documents", documents);
    for (Severity s : Severity.values()) {
      sum.put(key(s), total[s.ordinal()]);
    }
    return sum;
  }

  private static ArrayNode rules(ObjectMapper m, Collection<RuleInfo> infos) {
    ArrayNode rules = m.createArrayNode();
    for (RuleInfo i : infos) {
      ObjectNode n = rules.addObject();
      n.put("id", i.id());
      n.put("severity", i.severity().name());
      n.put("titleZh", i.titleZh());
      n.put("titleEn", i.titleEn());
      n.put("pack", i.pack());
      i.hint().ifPresent(h -> n.put("hint", h));
    }
    return rules;
  }

  static String key(Severity s) {
    return switch (s) {
      case ERROR -> "errors";
      case WARNING -> "warnings";
      case INFO -> "infos";
    };
  }

  /**
   * One finding as JSON.
   *
   * @param m the mapper that creates the nodes
   * @param f the finding
   * @return the finding's object (rule id, severity, messages, locations, …)
   */
  public static ObjectNode finding(ObjectMapper m, Finding f) {
    ObjectNode n = m.createObjectNode();
    n.put("ruleId", f.ruleId());
    n.put("severity", f.severity().name());
    n.put("messageZh", f.messageZh());
    n.put("messageEn", f.messageEn());
    ArrayNode locs = n.putArray("locations");
    f.locations().forEach(p -> locs.add(Reports.location(m, p)));
    Reports.putNumbers(m, n, f);
    f.hint().ifPresent(h -> n.put("hint", h));
    f.culprit().ifPresent(c -> n.set("culprit", Reports.location(m, c)));
    f.group().ifPresent(g -> n.put("group", g));
    return n;
  }
}
