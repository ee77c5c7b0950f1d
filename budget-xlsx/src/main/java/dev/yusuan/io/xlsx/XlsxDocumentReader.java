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
    return List.of("xlsx", "xls");
  }

  /**
   * A zip (PK\3\4) whose entries include {@code xl/}, or any zip named {@code .xlsx}; an OLE2 compound
   * file (Excel 97-2003) whose head names a {@code Workbook} stream, or named {@code .xls}.
   */
  @Override
  public boolean recognises(String fileName, byte[] head) {
    if (ole2(head)) {
      String name = fileName.toLowerCase(Locale.ROOT);
      return name.endsWith(".xls") || name.endsWith(".xlt")
          || new String(head, StandardCharsets.UTF_16LE).contains("Workbook");
    }
    boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    if (!zip) {
      return false;
    }
    return new String(head, StandardCharsets.ISO_8859_1).contains("xl/")
        || fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** The OLE2 compound file signature ({@code D0 CF 11 E0 A1 B1 1A E1}) of Excel 97-2003 workbooks. */
  static boolean ole2(byte[] head) {
    int[] magic = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public BudgetDocument read(InputStream in, String source) throws IOException {
    return read(in, source, ReadLimits.fromSystemProperties());
  }

  /**
   * Reads within {@code limits}: an xlsx workbook's cells and columns are counted by streaming through
   * the sheets before POI loads it; an Excel 97-2003 (.xls) workbook's size is bounded by
   * {@code maxFileBytes} and its cells counted once loaded.
   *
   * @throws LimitExceededException when there are too many cells or a cell lies too far right
   */
  @Override
  public BudgetDocument read(InputStream in, String source, ReadLimits limits) throws IOException {
    byte[] bytes = in.readAllBytes();
    if (ole2(bytes)) {
      if (bytes.length > limits.maxFileBytes()) {
        throw new LimitExceededException("maxFileBytes", limits.maxFileBytes(), "a workbook of more than "
            + limits.maxFileBytes() + " bytes / 工作簿超过 " + limits.maxFileBytes() + " 字节");
      }
      return new XlsxReading(source, catalogue).readXls(bytes, limits.maxSpreadsheetCells());
    }
    XlsxLimits.check(bytes, limits);
    return new XlsxReading(source, catalogue).read(bytes);
  }
}
