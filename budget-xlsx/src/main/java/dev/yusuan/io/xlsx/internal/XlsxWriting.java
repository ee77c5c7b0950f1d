package dev.yusuan.io.xlsx.internal;

import dev.yusuan.io.csv.CsvFacts;
import dev.yusuan.io.json.JsonFormat;
import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import dev.yusuan.model.DisclosureTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the xlsx form: one sheet per table as published, a facts sheet, a hidden document sheet. */
public final class XlsxWriting {
  /** Name of the facts sheet. */
  public static final String FACTS_SHEET = "facts";
  /** Name of the hidden sheet holding the canonical JSON (without facts). */
  public static final String DOCUMENT_SHEET = "document";
  /** Characters per cell of the document sheet (Excel's limit is 32767). */
  public static final int CHUNK = 32_000;

  private final XSSFWorkbook wb = new XSSFWorkbook();
  private final Set<String> usedNames = new HashSet<>();
  private final Map<String, CellStyle> numberStyles = new HashMap<>();
  private final CellStyle bold;
  private final CellStyle header;

  public XlsxWriting() {
    usedNames.add(FACTS_SHEET);
    usedNames.add(DOCUMENT_SHEET);
    Font f = wb.createFont();
    f.setBold(true);
    bold = wb.createCellStyle();
    bold.setFont(f);
    header = wb.createCellStyle();
    header.setFont(f);
    header.setAlignment(HorizontalAlignment.CENTER);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setWrapText(true);
  }

  /** Writes {@code d} to {@code out} (left open). */
  public void write(BudgetDocument d, OutputStream out) throws IOException {
    for (DisclosureTable t : d.tables()) {
      table(t);
    }
    facts(d);
    document(d);
    wb.write(out);
    wb.close();
  }

  private String sheetName(DisclosureTable t) {
    String base = WorkbookUtil.createSafeSheetName((t.id() + " " + t.title()).strip(), '_');
    if (base.isBlank()) {
      base = "table";
    }
    String name = base;
    for (int n = 2; usedNames.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = "~" + n;
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    usedNames.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  private void table(DisclosureTable t) {
    XSSFSheet s = wb.createSheet(sheetName(t));
    int width = 1;
    for (DisclosureTable.Column c : t.columns()) {
      width = Math.max(width, c.index() + 1);
    }
    for (DisclosureTable.Row r : t.rows()) {
      width = Math.max(width, r.cells().size());
    }
    for (List<String> h : t.headerRows()) {
      width = Math.max(width, h.size());
    }
    int r = 0;
    XSSFCell title = s.createRow(r).createCell(0);
    title.setCellValue(t.title());
    title.setCellStyle(bold);
    if (width > 1) {
      s.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
    }
    r++;
    s.createRow(r++).createCell(0).setCellValue("单位：" + t.unit().symbol());
    r = header(s, t, r);
    for (DisclosureTable.Row row : t.rows()) {
      XSSFRow x = s.createRow(r++);
      for (int i = 0; i < row.cells().size(); i++) {
        cell(x, i, row.cells().get(i), row, t);
      }
    }
    for (String note : t.notes()) {
      s.createRow(r++).createCell(0).setCellValue(note);
    }
    for (int i = 0; i < Math.min(width, 64); i++) {
      s.setColumnWidth(i, (i == 1 ? 30 : 14) * 256);
    }
  }

  /** Header from the columns' header paths (merged where a header spans), then the 栏次 row. */
  private int header(XSSFSheet s, DisclosureTable t, int first) {
    List<DisclosureTable.Column> cols = new ArrayList<>(t.columns());
    cols.sort((a, b) -> Integer.compare(a.index(), b.index()));
    boolean distinct = true;
    for (int i = 1; i < cols.size(); i++) {
      distinct &= cols.get(i).index() != cols.get(i - 1).index();
    }
    int depth = 0;
    for (DisclosureTable.Column c : cols) {
      depth = Math.max(depth, c.headerPath().size());
    }
    if (cols.isEmpty() || !distinct || depth == 0) {
      int r = first;
      for (List<String> h : t.headerRows()) {
        XSSFRow x = s.createRow(r++);
        for (int i = 0; i < h.size(); i++) {
          headerCell(x, i, h.get(i));
        }
      }
      return r;
    }
    XSSFRow[] rows = new XSSFRow[depth];
    for (int k = 0; k < depth; k++) {
      rows[k] = s.createRow(first + k);
    }
    for (int k = 0; k < depth; k++) {
      int i = 0;
      while (i < cols.size()) {
        List<String> p = cols.get(i).headerPath();
        if (p.size() <= k) {
          i++;
          continue;
        }
        // the run of adjacent columns sharing the header path up to level k spans those columns
        int j = i;
        boolean allEndHere = p.size() == k + 1;
        while (j + 1 < cols.size() && cols.get(j + 1).index() == cols.get(j).index() + 1
            && cols.get(j + 1).headerPath().size() > k
            && cols.get(j + 1).headerPath().subList(0, k + 1).equals(p.subList(0, k + 1))) {
          j++;
          allEndHere &= cols.get(j).headerPath().size() == k + 1;
        }
        int c0 = cols.get(i).index();
        int c1 = cols.get(j).index();
        headerCell(rows[k], c0, p.get(k));
        // a header with nothing below it also spans the remaining header lines
        int lastRow = allEndHere ? first + depth - 1 : first + k;
        if (c1 > c0 || lastRow > first + k) {
          s.addMergedRegion(new CellRangeAddress(first + k, lastRow, c0, c1));
        }
        i = j + 1;
      }
    }
    int r = first + depth;
    if (cols.stream().anyMatch(c -> c.number().isPresent())) {
      XSSFRow x = s.createRow(r++);
      for (DisclosureTable.Column c : cols) {
        headerCell(x, c.index(), c.number().orElse(""));
      }
    }
    return r;
  }

  private void headerCell(XSSFRow x, int col, String text) {
    XSSFCell c = x.createCell(col);
    c.setCellValue(text);
    c.setCellStyle(header);
  }

  private void cell(XSSFRow x, int col, String text, DisclosureTable.Row row, DisclosureTable t) {
    XSSFCell c = x.createCell(col);
    if (!text.equals(row.code().orElse(null)) && !text.equals(row.number().orElse(null))) {
      Optional<Amount> a;
      try {
        a = Amount.parse(text, t.unit());
      } catch (RuntimeException e) {
        a = Optional.empty();
      }
      if (a.isPresent() && a.get().format().equals(text.strip())) {
        // a display value: the exact text is in the facts sheet and the document sheet
        c.setCellValue(a.get().value().doubleValue());
        c.setCellStyle(numberStyle(a.get()));
        return;
      }
    }
    c.setCellValue(text);
  }

  private CellStyle numberStyle(Amount a) {
    String decimals = a.scale() == 0 ? "" : "." + "0".repeat(Math.min(a.scale(), 30));
    String base = (a.grouped() ? "#,##0" : "0") + decimals;
    String fmt = a.parenthesized() ? base + ";(" + base + ")" : base;
    return numberStyles.computeIfAbsent(fmt, f -> {
      CellStyle st = wb.createCellStyle();
      st.setDataFormat(wb.createDataFormat().getFormat(f));
      return st;
    });
  }

  private void facts(BudgetDocument d) {
    XSSFSheet s = wb.createSheet(FACTS_SHEET);
    XSSFRow h = s.createRow(0);
    for (int i = 0; i < CsvFacts.HEADER.size(); i++) {
      XSSFCell c = h.createCell(i);
      c.setCellValue(CsvFacts.HEADER.get(i));
      c.setCellStyle(bold);
    }
    int r = 1;
    for (Fact f : d.facts()) {
      XSSFRow x = s.createRow(r++);
      List<String> cells = CsvFacts.row(f, d);
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i) != null) {
          x.createCell(i).setCellValue(XmlText.encode(cells.get(i)));
        }
      }
    }
    s.createFreezePane(0, 1);
  }

  private void document(BudgetDocument d) throws IOException {
    XSSFSheet s = wb.createSheet(DOCUMENT_SHEET);
    StringWriter w = new StringWriter();
    JsonFormat.write(d, w, false, false);
    String json = w.toString();
    int r = 0;
    for (int i = 0; i < json.length(); ) {
      int end = Math.min(json.length(), i + CHUNK);
      if (end < json.length() && Character.isHighSurrogate(json.charAt(end - 1))) {
        end--;
      }
      s.createRow(r++).createCell(0).setCellValue(XmlText.encode(json.substring(i, end)));
      i = end;
    }
    wb.setSheetHidden(wb.getSheetIndex(s), true);
  }
}
