package dev.yusuan.io.xlsx;

import dev.yusuan.io.DocumentReader;
import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.xlsx.internal.XlsxReading;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Reader of format {@code xlsx}; see {@link XlsxFormat}. A workbook not written by Yusuan is read
 * through the table stages the PDF reader uses (docs/formats.md).
 */
public final class XlsxDocumentReader implements DocumentReader {
  private final Catalogue catalogue;

  /** A reader resolving the names of foreign workbooks' tables with {@link Catalogue#standard()}. */
  public XlsxDocumentReader() {
    this(Catalogue.standard());
  }

  /**
   * A reader resolving the names of foreign workbooks' tables with {@code catalogue}.
   *
   * @param catalogue the catalogue of 政府收支分类科目
   */
  public XlsxDocumentReader(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public DocumentReader withCatalogue(Catalogue catalogue) {
    return new XlsxDocumentReader(catalogue);
  }

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public List<String> extensions() {
    return List.of("xlsx");
  }

  /** A zip (PK\3\4) whose entries include {@code xl/}, or any zip named {@code .xlsx}. */
  @Override
  public boolean recognises(String fileName, byte[] head) {
    boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    if (!zip) {
      return false;
    }
    return new String(head, StandardCharsets.ISO_8859_1).contains("xl/")
        || fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  @Override
  public BudgetDocument read(InputStream in, String source) throws IOException {
    return read(in, source, ReadLimits.fromSystemProperties());
  }

  /**
   * Reads within {@code limits}: the workbook's cells and columns are counted by streaming through the
   * sheets before POI loads it.
   *
   * @throws LimitExceededException when there are too many cells or a cell lies too far right
   */
  @Override
  public BudgetDocument read(InputStream in, String source, ReadLimits limits) throws IOException {
    byte[] bytes = in.readAllBytes();
    XlsxLimits.check(bytes, limits);
    return new XlsxReading(source, catalogue).read(bytes);
  }
}
