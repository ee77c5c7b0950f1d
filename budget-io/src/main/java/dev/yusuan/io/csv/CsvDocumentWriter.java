package dev.yusuan.io.csv;

import dev.yusuan.io.DocumentWriter;
import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writer of format {@code csv}: the facts view of a document ({@link CsvFacts}). Tables, narrative,
 * claims, targets, projects and diagnostics are not in it; use {@code json} or {@code xlsx} for those.
 */
public final class CsvDocumentWriter implements DocumentWriter {
  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public void write(BudgetDocument document, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CsvFacts.write(document, w);
    w.flush();
  }
}
