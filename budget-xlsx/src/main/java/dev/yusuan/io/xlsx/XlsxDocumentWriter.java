package dev.yusuan.io.xlsx;

import dev.yusuan.io.DocumentWriter;
import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.io.OutputStream;

/** Writer of format {@code xlsx}; see {@link XlsxFormat}. */
public final class XlsxDocumentWriter implements DocumentWriter {
  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public void write(BudgetDocument document, OutputStream out) throws IOException {
    XlsxFormat.write(document, out);
  }
}
