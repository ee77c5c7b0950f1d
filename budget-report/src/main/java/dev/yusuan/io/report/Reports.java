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
  /**
   * Reading lines: a document read only partly says so first ({@code BudgetIo.unreadAmounts}); then
   * the reading coverage, the document's (amounts read / printed over the tables that state it) and
   * each table read below 100 %; empty when the document was read completely and no table states a
   * coverage.
   */
  static List<String> coverageLines(dev.yusuan.model.BudgetDocument doc, boolean en) {
    List<dev.yusuan.model.DisclosureTable> stated = doc.tables().stream()
        .filter(t -> t.coverage().isPresent()).toList();
    List<String> out = new java.util.ArrayList<>();
    int unread = dev.yusuan.io.BudgetIo.unreadAmounts(doc);
    if (unread > 0) {
      out.add(en ? "Partly read: " + unread + " printed amount" + (unread == 1 ? "" : "s")
              + " not read as facts (each a reader diagnostic below); this document does not pass"
          : "未完整读取：" + unread + " 个印出的金额未读取为事实（每处见下方读取诊断），本文件不能通过检查");
    }
    if (stated.isEmpty()) {
      return out;
    }
    out.add((en ? "Reading coverage: " : "读取率: ")
        + dev.yusuan.model.ReadingCoverage.total(stated).describe()
        + (en ? " of the amounts printed in tables" : "（表格中印出的金额）"));
    for (dev.yusuan.model.DisclosureTable t : stated) {
      dev.yusuan.model.ReadingCoverage c = t.coverage().get();
      if (c.unread() > 0) {
        out.add("  " + t.id() + " " + t.title() + ": " + c.describe());
      }
    }
    return out;
  }

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
    RuleCollector c = new RuleCollector();
    reports.forEach(c::add);
    return c.rules();
  }

  /**
   * {@link #rules(List)} a report at a time: the rules the reports declare in first-seen order, then
   * those only named by findings (with the severity of the first such finding).
   */
  static final class RuleCollector {
    private final Map<String, RuleInfo> declared = new LinkedHashMap<>();
    private final Map<String, RuleInfo> named = new LinkedHashMap<>();

    void add(Report r) {
      for (RuleInfo i : r.rules()) {
        declared.putIfAbsent(i.id(), i);
      }
      for (Finding f : r.findings()) {
        named.computeIfAbsent(f.ruleId(), id -> RuleInfo.builder().id(id).titleZh(id).titleEn(id)
            .severity(f.severity()).pack("unknown").build());
      }
    }

    Map<String, RuleInfo> rules() {
      Map<String, RuleInfo> m = new LinkedHashMap<>(declared);
      named.forEach(m::putIfAbsent);
      return m;
    }
  }

  /** The exact value without needless trailing zeros, never in exponent form: {@code 675}, {@code 0.01}. */
  static String plain(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  static String interval(Interval i) {
    return "[" + plain(i.lo()) + ", " + plain(i.hi()) + "]";
  }

  /** The finding's display unit, or the empty string. */
  static String unit(Finding f) {
    return f.unit().orElse("");
  }

  /** An interval followed by the finding's unit: {@code [2706.235, 2706.245]万元}. */
  static String interval(Interval i, Finding f) {
    return interval(i) + unit(f);
  }

  /** A number followed by the finding's unit: {@code 675万元}, {@code 0.006491663700%}. */
  static String number(BigDecimal d, Finding f) {
    return plain(d) + unit(f);
  }

  static ObjectNode intervalNode(ObjectMapper m, Interval i) {
    ObjectNode n = m.createObjectNode();
    n.put("lo", plain(i.lo()));
    n.put("hi", plain(i.hi()));
    return n;
  }

  /** Puts reported, computed, difference, rounding allowance and their unit into {@code n}. */
  static void putNumbers(ObjectMapper m, ObjectNode n, Finding f) {
    f.reported().ifPresent(i -> n.set("reported", intervalNode(m, i)));
    f.computed().ifPresent(i -> n.set("computed", intervalNode(m, i)));
    f.difference().ifPresent(d -> n.put("difference", plain(d)));
    f.roundingAllowance().ifPresent(d -> n.put("roundingAllowance", plain(d)));
    f.unit().ifPresent(u -> n.put("unit", u));
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
    f.reported().ifPresent(i -> parts.add((en ? "reported " : "公布 ") + interval(i, f)));
    f.computed().ifPresent(i -> parts.add((en ? "computed " : "计算 ") + interval(i, f)));
    f.difference().ifPresent(d -> parts.add((en ? "difference " : "差额 ") + number(d, f)));
    f.roundingAllowance().ifPresent(d ->
        parts.add((en ? "rounding explains up to " : "舍入最多可解释 ") + number(d, f)));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(en ? "; " : "；", parts));
  }

  static String severityLabel(Severity s, boolean en) {
    return en ? s.name() : s.zh();
  }
}
