package dev.yusuan.io.report;

import dev.yusuan.io.ReportOptions;
import dev.yusuan.io.ReportWriter;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A report writer that streams: it implements {@link #open} and writes a whole batch through it, so
 * the one-call and the streamed outputs are the same by construction.
 */
abstract class StreamingReportWriter implements ReportWriter {
  @Override
  public abstract Sink open(ReportOptions options, OutputStream out) throws IOException;

  @Override
  public final void write(List<Report> reports, List<BudgetDocument> documents, ReportOptions options,
      OutputStream out) throws IOException {
    try (Sink s = open(options, out)) {
      for (int d = 0; d < reports.size(); d++) {
        s.add(reports.get(d), d < documents.size() ? documents.get(d) : null);
      }
    }
  }
}
