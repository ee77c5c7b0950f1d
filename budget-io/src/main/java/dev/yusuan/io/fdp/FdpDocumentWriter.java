package dev.yusuan.io.fdp;

import dev.yusuan.io.DocumentWriter;
import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writer of format {@code fdp}: a Fiscal Data Package ({@link FiscalDataPackage}). Written to a path,
 * the target is a directory receiving {@code datapackage.json} and {@code budget.csv}; written to a
 * stream, the two files are zipped.
 */
public final class FdpDocumentWriter implements DocumentWriter {
  @Override
  public String format() {
    return "fdp";
  }

  /** The stream form is a zip of the package. */
  @Override
  public String extension() {
    return "zip";
  }

  @Override
  public void write(BudgetDocument document, OutputStream out) throws IOException {
    FiscalDataPackage.of(document).writeZip(out);
  }

  @Override
  public void write(BudgetDocument document, Path target) throws IOException {
    FiscalDataPackage.of(document).writeTo(target);
  }
}
