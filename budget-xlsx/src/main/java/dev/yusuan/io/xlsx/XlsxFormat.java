package dev.yusuan.io.xlsx;

import dev.yusuan.io.xlsx.internal.XlsxReading;
import dev.yusuan.io.xlsx.internal.XlsxWriting;
import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The xlsx form of a document (Apache POI): one sheet per table laid out as published (title, unit,
 * header rows with merged cells derived from the header paths, the 栏次 row, body rows with numbers as
 * numeric cells formatted to their precision, notes), a {@code facts} sheet with the same columns as
 * the facts CSV (exact text), and a hidden {@code document} sheet with the canonical JSON of the
 * rest. Reading a workbook written by Yusuan gives back an equal document.
 */
public final class XlsxFormat {
  private XlsxFormat() {}

  /**
   * Writes the workbook; the stream is left open.
   *
   * @param document the document to write
   * @param out where the .xlsx bytes go; not closed
   * @throws IOException if writing to {@code out} fails
   */
  public static void write(BudgetDocument document, OutputStream out) throws IOException {
    new XlsxWriting().write(document, out);
  }

  /**
   * Reads a workbook; unreadable or foreign content gives diagnostics, not exceptions.
   *
   * @param in the workbook bytes; read to the end, not closed
   * @param source the name recorded as the document's source (usually the file name)
   * @return the document; problems found in the workbook are its diagnostics
   * @throws IOException if reading {@code in} fails
   */
  public static BudgetDocument read(InputStream in, String source) throws IOException {
    return new XlsxReading(source).read(in.readAllBytes());
  }
}
