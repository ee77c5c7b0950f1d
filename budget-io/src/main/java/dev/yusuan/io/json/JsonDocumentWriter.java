package dev.yusuan.io.json;

import dev.yusuan.io.DocumentWriter;
import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.io.OutputStream;

/** Writer of format {@code json}: the canonical JSON of {@link JsonFormat}. */
public final class JsonDocumentWriter implements DocumentWriter {
  @Override
  public String format() {
    return "json";
  }

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void write(BudgetDocument document, OutputStream out) throws IOException {
    JsonFormat.write(document, out);
  }
}
