package dev.yusuan.io;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes validation reports (text, JSON, SARIF, HTML). Found with {@link java.util.ServiceLoader}.
 * {@link BudgetIo} loads each implementation once and shares the instance between calls and threads,
 * so implementations must be thread-safe (keep no per-call state in fields).
 * One call writes every document of a batch into one output.
 */
public interface ReportWriter {
  /** Format name, e.g. {@code text}, {@code json}, {@code sarif}, {@code html}. */
  String format();

  /**
   * Writes the reports. {@code documents} holds the document each report is about, in the same order
   * (writers that show tables, such as HTML, use it).
   */
  void write(List<Report> reports, List<BudgetDocument> documents, ReportOptions options,
      OutputStream out) throws IOException;
}
