package dev.yusuan.io;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Report;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes validation reports (text, JSON, SARIF, HTML). Found with {@link java.util.ServiceLoader}.
 * {@link BudgetIo} loads each implementation once and shares the instance between calls and threads,
 * so implementations must be thread-safe (keep no per-call state in fields).
 * One call writes every document of a batch into one output; {@link #open} writes a batch a document
 * at a time.
 */
public interface ReportWriter {
  /** {@return format name, e.g. {@code text}, {@code json}, {@code sarif}, {@code html}} */
  String format();

  /**
   * Writes the reports. {@code documents} holds the document each report is about, in the same order
   * (writers that show tables, such as HTML, use it).
   *
   * @param reports the reports, one per document
   * @param documents the documents, same order and size as {@code reports}
   * @param options language, least severity shown and colours
   * @param out where the output goes; the caller closes it
   * @throws IOException when the stream cannot be written
   */
  void write(List<Report> reports, List<BudgetDocument> documents, ReportOptions options,
      OutputStream out) throws IOException;

  /**
   * Opens an output to which the documents of a batch are added one at a time, in order; closing the
   * sink finishes the output (totals, rule list) and flushes it, without closing {@code out}. The
   * result is the output {@link #write} gives for the same reports.
   *
   * <p>Streaming writers (text, JSON, SARIF, HTML) write each document as it is added and keep only
   * what the end of the output needs (counts, the rules seen, the HTML page's contents), so a batch of
   * any size runs in bounded memory. This default keeps every report and document and writes them on
   * close.
   *
   * @param options language, least severity shown and colours
   * @param out where the output goes; not closed by the sink
   * @return the open sink; close it to finish the output
   * @throws IOException when the start of the output cannot be written
   */
  default Sink open(ReportOptions options, OutputStream out) throws IOException {
    List<Report> reports = new ArrayList<>();
    List<BudgetDocument> documents = new ArrayList<>();
    return new Sink() {
      @Override
      public void add(Report report, BudgetDocument document) {
        reports.add(report);
        documents.add(document);
      }

      @Override
      public void close() throws IOException {
        write(reports, documents, options, out);
      }
    };
  }

  /** An open report output of {@link #open}. Confined to one thread. */
  interface Sink extends Closeable {
    /**
     * Adds the report of one document ({@code document} may be null when only the report is known;
     * its reader diagnostics are then not shown).
     *
     * @param report the document's report
     * @param document the document, or null
     * @throws IOException when the output cannot be written
     */
    void add(Report report, BudgetDocument document) throws IOException;

    /** Finishes and flushes the output; the underlying stream stays open. */
    @Override
    void close() throws IOException;
  }
}
