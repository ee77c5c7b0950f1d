package dev.yusuan.io.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yusuan.io.ReportOptions;
import dev.yusuan.model.Interval;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Helpers shared by the report writers. */
final class Reports {
  static final String TOOL = "yusuan";
  static final String INFO_URI = "https://github.com/yusuan-dev/yusuan";

  private Reports() {}

  static ObjectMapper mapper() {
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  /** The tool version from the jar manifest, or the development version. */
  static String version() {
    String v = Reports.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0-SNAPSHOT" : v;
  }

  static boolean english(ReportOptions o) {
    return "en".equalsIgnoreCase(o.language());
  }

  static String message(Finding f, ReportOptions o) {
    return english(o) ? f.messageEn() : f.messageZh();
  }

  static String title(RuleInfo r, ReportOptions o) {
    return english(o) ? r.titleEn() : r.titleZh();
  }

  /** The findings of a report at or above the options' least severity, most severe first. */
  static List<Finding> shown(Report r, ReportOptions o) {
    List<Finding> out = new ArrayList<>();
    for (Severity s : Severity.values()) {
      if (!s.atLeast(o.minSeverity())) {
        continue;
      }
      for (Finding f : r.findings()) {
        if (f.severity() == s) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /** Every rule of the reports, by id, in first-seen order; rules only named by findings are added. */
  static Map<String, RuleInfo> rules(List<Report> reports) {
    Map<String, RuleInfo> m = new LinkedHashMap<>();
    for (Report r : reports) {
      for (RuleInfo i : r.rules()) {
        m.putIfAbsent(i.id(), i);
      }
    }
    for (Report r : reports) {
      for (Finding f : r.findings()) {
        m.computeIfAbsent(f.ruleId(), id -> RuleInfo.builder().id(id).titleZh(id).titleEn(id)
            .severity(f.severity()).pack("unknown").build());
      }
    }
    return m;
  }

  static String plain(BigDecimal d) {
    return d.stripTrailingZeros().scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  static String interval(Interval i) {
    return "[" + i.lo().toPlainString() + ", " + i.hi().toPlainString() + "]";
  }

  static ObjectNode intervalNode(ObjectMapper m, Interval i) {
    ObjectNode n = m.createObjectNode();
    n.put("lo", i.lo().toPlainString());
    n.put("hi", i.hi().toPlainString());
    return n;
  }

  static ObjectNode location(ObjectMapper m, Provenance p) {
    ObjectNode n = m.createObjectNode();
    n.put("source", p.source());
    p.tableId().ifPresent(v -> n.put("tableId", v));
    p.tableTitle().ifPresent(v -> n.put("tableTitle", v));
    p.rowLabel().ifPresent(v -> n.put("rowLabel", v));
    p.rowCode().ifPresent(v -> n.put("rowCode", v));
    p.rowNumber().ifPresent(v -> n.put("rowNumber", v));
    p.columnHeader().ifPresent(v -> n.put("columnHeader", v));
    p.columnNumber().ifPresent(v -> n.put("columnNumber", v));
    p.page().ifPresent(v -> n.put("page", v));
    p.line().ifPresent(v -> n.put("line", v));
    p.section().ifPresent(v -> n.put("section", v));
    p.text().ifPresent(v -> n.put("text", v));
    p.spanStart().ifPresent(v -> n.put("spanStart", v));
    p.spanEnd().ifPresent(v -> n.put("spanEnd", v));
    n.put("description", p.describe());
    return n;
  }

  /** Reported, computed, difference and rounding allowance as one line, or empty. */
  static Optional<String> numbers(Finding f, boolean en) {
    List<String> parts = new ArrayList<>();
    f.reported().ifPresent(i -> parts.add((en ? "reported " : "公布 ") + interval(i)));
    f.computed().ifPresent(i -> parts.add((en ? "computed " : "计算 ") + interval(i)));
    f.difference().ifPresent(d -> parts.add((en ? "difference " : "差额 ") + d.toPlainString()));
    f.roundingAllowance().ifPresent(d ->
        parts.add((en ? "rounding explains up to " : "舍入最多可解释 ") + d.toPlainString()));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(en ? "; " : "；", parts));
  }

  static String severityLabel(Severity s, boolean en) {
    return en ? s.name() : s.zh();
  }
}
