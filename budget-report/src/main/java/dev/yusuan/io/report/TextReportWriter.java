package dev.yusuan.io.report;

import dev.yusuan.io.ReportOptions;
import dev.yusuan.io.internal.Printable;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Terminal text: per document, the findings grouped by severity (most severe first), each with its
 * message, locations, numbers and hint, then a count line. ANSI colours only when
 * {@link ReportOptions#colour()} is set.
 */
public final class TextReportWriter extends StreamingReportWriter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";

  @Override
  public String format() {
    return "text";
  }


  /** Writes each document's report as it is added, and flushes it. */
  @Override
  public Sink open(ReportOptions options, OutputStream out) {
    boolean en = Reports.english(options);
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return new Sink() {
      private int n;

      @Override
      public void add(Report r, BudgetDocument doc) {
        if (n++ > 0) {
          w.println();
        }
        document(w, r, doc, options, en);
        w.flush();
      }

      @Override
      public void close() {
        w.flush();
      }
    };
  }

  private static void document(PrintWriter w, Report r, BudgetDocument doc, ReportOptions options,
      boolean en) {
    w.println(paint(options, BOLD, clean(r.title().isBlank() ? r.source() : r.title() + "  (" + r.source() + ")")));
    if (doc != null) {
      Reports.coverageLines(doc, en).forEach(w::println);
      diagnostics(w, doc, options, en);
    }
    List<Finding> shown = Reports.shown(r, options);
    int number = 0;
    for (Severity s : Severity.values()) {
      List<Finding> group = shown.stream().filter(f -> f.severity() == s).toList();
      if (group.isEmpty()) {
        continue;
      }
      w.println();
      w.println(paint(options, colour(s) + BOLD, Reports.severityLabel(s, en) + " ("
          + group.size() + ")"));
      for (Finding f : group) {
        number++;
        w.println("  " + paint(options, colour(s), "#" + number + " [" + clean(f.ruleId()) + "]") + " "
            + clean(Reports.message(f, options)));
        for (Provenance p : f.locations()) {
          w.println("      " + paint(options, DIM, (en ? "at " : "位置 ") + clean(p.describe())));
        }
        Reports.numbers(f, en).ifPresent(x -> w.println("      " + x));
        f.culprit().ifPresent(c -> w.println("      " + (en ? "most likely wrong: " : "最可能出错: ")
            + clean(c.describe()) + (c.tableId().isPresent() || c.text().isEmpty() ? ""
                : (en ? " (statement “" : "（说明文字“") + clean(c.text().get()) + (en ? "”)" : "”）"))));
        f.hint().ifPresent(h -> w.println("      " + (en ? "hint: " : "提示: ") + clean(h)));
      }
    }
    if (shown.isEmpty()) {
      w.println(en ? "No findings." : "未发现问题。");
    }
    w.println();
    w.println(summary(r, en));
  }

  /**
   * What the reader could not make sense of: diagnostics of WARNING and above (and at or above the
   * least severity shown) one per line, the rest as a count, so that a file that was barely read does
   * not pass as a clean document.
   */
  private static void diagnostics(PrintWriter w, BudgetDocument doc, ReportOptions options, boolean en) {
    List<Diagnostic> all = doc.diagnostics();
    if (all.isEmpty()) {
      return;
    }
    List<Diagnostic> shown = all.stream().filter(d -> d.severity().atLeast(Severity.WARNING)
        && d.severity().atLeast(options.minSeverity())).toList();
    w.println();
    w.println(paint(options, BOLD, (en ? "Reader diagnostics (" : "读取诊断 (") + all.size() + ")"));
    for (Diagnostic d : shown) {
      String msg = clean(en ? d.messageEn() : d.messageZh());
      if (msg.length() > 120) {
        msg = msg.substring(0, 120) + "…";
      }
      w.println("  " + paint(options, colour(d.severity()), Reports.severityLabel(d.severity(), en)
          + " [" + clean(d.code()) + "]") + " " + msg);
      w.println("      " + paint(options, DIM, (en ? "at " : "位置 ") + clean(d.location().describe())));
    }
    if (shown.size() < all.size()) {
      int rest = all.size() - shown.size();
      w.println("  " + (en ? rest + " more of lower severity (in the JSON report)"
          : "另有 " + rest + " 条较低级别的诊断（见 JSON 报告）"));
    }
  }

  /** {@code 2 errors, 1 warning, 0 infos} / {@code 错误 2，警告 1，提示 0}. */
  static String summary(Report r, boolean en) {
    long e = r.count(Severity.ERROR);
    long wa = r.count(Severity.WARNING);
    long i = r.count(Severity.INFO);
    return en ? e + " error(s), " + wa + " warning(s), " + i + " info(s)"
        : "错误 " + e + "，警告 " + wa + "，提示 " + i;
  }

  /** Document text without terminal controls (see {@link Printable}): colours come only from here. */
  private static String clean(String s) {
    return Printable.of(s);
  }

  private static String colour(Severity s) {
    return switch (s) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
  }

  private static String paint(ReportOptions o, String code, String text) {
    return o.colour() ? code + text + RESET : text;
  }
}
