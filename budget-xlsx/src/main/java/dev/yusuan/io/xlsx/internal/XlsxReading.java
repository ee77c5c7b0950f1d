package dev.yusuan.io.xlsx.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yusuan.io.csv.CsvFacts;
import dev.yusuan.io.internal.Zips;
import dev.yusuan.io.json.JsonFormat;
import dev.yusuan.io.tables.internal.TableAssembly;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Department;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.io.LimitExceededException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the xlsx form. A workbook written by Yusuan gives back the same document: the hidden
 * {@code document} sheet holds the canonical JSON of everything but the facts, the {@code facts}
 * sheet holds the facts exactly (as text). Any other workbook is read as a PDF's pages are: its
 * tables are found, rebuilt and recognised by their content ({@link #foreign}). Bad content never
 * throws.
 */
public final class XlsxReading {
  private final String source;
  private final List<Diagnostic> diags = new ArrayList<>();

  private final Catalogue catalogue;

  public XlsxReading(String source) {
    this(source, Catalogue.standard());
  }

  /** Reads a workbook named {@code source}, resolving names to codes with {@code catalogue}. */
  public XlsxReading(String source, Catalogue catalogue) {
    this.source = source;
    this.catalogue = catalogue;
  }

  public BudgetDocument read(byte[] bytes) {
    XSSFWorkbook wb;
    try {
      wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (Exception | LinkageError e) {
      problem(Severity.ERROR, "xlsx.unreadable", 0, "无法读取 xlsx 文件：" + e.getMessage(),
          "cannot read the xlsx file: " + e.getMessage());
      return placeholder(List.of(), List.of());
    }
    if (!hasCentralDirectory(bytes)) {
      // POI reads a zip as a stream and silently stops where a cut file ends: say so
      problem(Severity.ERROR, "xlsx.truncated", 0,
          "xlsx 文件不完整（缺少 zip 中央目录，可能被截断），只读取了能读到的部分",
          "the xlsx file is incomplete (no zip central directory, probably cut short); only what"
              + " could be read is kept");
    }
    try (wb) {
      XSSFSheet factsSheet = wb.getSheet(XlsxWriting.FACTS_SHEET);
      XSSFSheet docSheet = wb.getSheet(XlsxWriting.DOCUMENT_SHEET);
      List<Fact> facts = factsSheet == null ? List.of() : facts(factsSheet);
      if (docSheet != null) {
        StringBuilder json = new StringBuilder();
        for (int r = 0; r <= docSheet.getLastRowNum(); r++) {
          Row row = docSheet.getRow(r);
          Cell c = row == null ? null : row.getCell(0);
          if (c != null && c.getCellType() == CellType.STRING) {
            json.append(c.getStringCellValue());
          }
        }
        JsonNode tree = JsonFormat.tree(json.toString());
        if (tree != null) {
          return JsonFormat.fromTree(tree, source, factsSheet == null ? null : facts, diags);
        }
        problem(Severity.ERROR, "xlsx.bad-document-sheet", 0,
            "document 工作表中的 JSON 无法解析，仅读取表格", "the document sheet holds no valid JSON; tables read as generic");
      } else if (factsSheet == null) {
        return foreign(wb);
      } else {
        problem(Severity.WARNING, "xlsx.not-yusuan", 0,
            "不是 Yusuan 写出的完整工作簿（有 facts 工作表而无 document 工作表），各工作表按通用表格读取",
            "not a complete workbook written by Yusuan (a facts sheet but no document sheet); sheets read "
                + "as generic tables");
      }
      return placeholder(genericTables(wb), facts);
    } catch (Exception e) {
      problem(Severity.ERROR, "xlsx.unreadable", 0, "无法读取 xlsx 内容：" + e, "cannot read the xlsx content: " + e);
      return placeholder(List.of(), List.of());
    }
  }

  /**
   * Reads an Excel 97-2003 workbook (.xls, BIFF8 in an OLE2 compound file, with POI's HSSF): always a
   * workbook not written by Yusuan, read as {@link #foreign} reads an xlsx one. Its cells are counted
   * once it is loaded (an .xls has at most 256 columns; its size is bounded by the file's).
   *
   * @param bytes the file
   * @param maxCells the most cells of all sheets together
   * @return the document; an encrypted, pre-97 or otherwise unreadable file is an {@code xlsx.unreadable}
   *     ERROR
   * @throws LimitExceededException when the workbook has more than {@code maxCells} cells
   */
  public BudgetDocument readXls(byte[] bytes, long maxCells) throws LimitExceededException {
    HSSFWorkbook wb;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntry("EncryptionInfo")) {
        // an encrypted xlsx (OOXML in an OLE2 container)
        throw new EncryptedDocumentException("encrypted package");
      }
      wb = new HSSFWorkbook(fs.getRoot(), false); // every record read: the file system is not needed after
    } catch (OldExcelFormatException e) {
      return unreadable("Excel 5.0/95 之前的旧格式工作簿，无法读取：请另存为 .xlsx",
          "a workbook in a format older than Excel 97 cannot be read: save it as .xlsx");
    } catch (EncryptedDocumentException e) {
      return unreadable("工作簿有密码保护（已加密），无法读取：请去掉密码后另存",
          "the workbook is password-protected (encrypted) and cannot be read: remove the password and save it");
    } catch (Exception | LinkageError e) {
      return unreadable("无法读取 xls 文件：" + e.getMessage(), "cannot read the xls file: " + e.getMessage());
    }
    try (wb) {
      long cells = 0;
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          cells += row.getPhysicalNumberOfCells();
        }
      }
      if (cells > maxCells) {
        throw new LimitExceededException("maxSpreadsheetCells", maxCells, "a workbook of " + cells
            + " cells / 工作簿有 " + cells + " 个单元格");
      }
      return foreign(wb);
    } catch (LimitExceededException e) {
      throw e;
    } catch (Exception e) {
      return unreadable("无法读取 xls 内容：" + e, "cannot read the xls content: " + e);
    }
  }

  private BudgetDocument unreadable(String zh, String en) {
    problem(Severity.ERROR, "xlsx.unreadable", 0, zh, en);
    return placeholder(List.of(), List.of());
  }

  /**
   * A workbook not written by Yusuan (an official form filled in, a department's own workbook): each
   * sheet becomes a page of positioned cell texts ({@link SheetPages}) and the table stages the PDF
   * reader uses find, rebuild and recognise its tables by their content and map them to facts. A
   * numeric cell outside every table is reported, so no number is lost silently.
   */
  private BudgetDocument foreign(Workbook wb) {
    TableAssembly assembly = new TableAssembly("xlsx");
    diags.forEach(assembly::diagnostic);
    List<String> names = new ArrayList<>();
    List<SheetPages.Amount> amounts = new ArrayList<>();
    Set<Long> mergedRows = new HashSet<>();
    Set<Integer> overlapping = new HashSet<>();
    Set<Long> unreadRows = new HashSet<>();
    int dangling = 0;
    String danglingExample = null;
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      Sheet sheet = wb.getSheetAt(i);
      names.add(sheet.getSheetName());
      SheetPages.Result page = SheetPages.page(sheet, i + 1, source, wb.isSheetHidden(i) || wb.isSheetVeryHidden(i));
      page.diagnostics().forEach(assembly::diagnostic);
      amounts.addAll(page.amounts());
      for (int row : page.mergedRows()) {
        mergedRows.add((long) (i + 1) << 32 | row);
      }
      if (page.doubtfulSheet()) {
        overlapping.add(i + 1);
      }
      for (int row : page.unreadRows()) {
        unreadRows.add((long) (i + 1) << 32 | row);
      }
      if (page.danglingStrings() > 0 && dangling == 0) {
        danglingExample = page.danglingExample();
      }
      dangling += page.danglingStrings();
      assembly.addPages(source, List.of(page.page()));
    }
    if (dangling > 0 && wb instanceof XSSFWorkbook x) {
      String part = x.getSharedStringSource().getPackagePart().getPartName().getName().replaceFirst("^/", "");
      boolean missing = x.getSharedStringSource().getUniqueCount() == 0;
      assembly.diagnostic(Diagnostic.of(Severity.ERROR, "xlsx.missing-part",
          (missing ? "工作簿缺少共享字符串部件 " + part + "（sharedStrings）" : "工作簿的共享字符串部件 " + part + " 不完整")
              + "：" + dangling + " 个文本单元格（如 " + danglingExample + "）引用的文字不存在，无法读取表格的标题和名称",
          (missing ? "the workbook's shared-strings part " + part + " (sharedStrings) is missing"
              : "the workbook's shared-strings part " + part + " is incomplete") + ": " + dangling
              + " text cells (e.g. " + danglingExample + ") refer to text it does not hold; the titles and names of"
              + " the tables cannot be read",
          Provenance.builder().source(source).text(part).build()));
    }
    BudgetDocument d = assembly.finish(source, catalogue);
    d = mergedRowsCounted(d, amounts, mergedRows, names);
    d = doubtfulTables(d, overlapping, unreadRows);
    // a numeric cell on no body row of a table (outside every table, or in a line taken for a header)
    Set<Long> rows = new HashSet<>();
    for (DisclosureTable t : d.tables()) {
      for (DisclosureTable.Row r : t.rows()) {
        if (r.page().isPresent() && r.line().isPresent()) {
          rows.add((long) r.page().getAsInt() << 32 | r.line().getAsInt());
        }
      }
    }
    Map<Long, List<SheetPages.Amount>> outside = new java.util.TreeMap<>();
    for (SheetPages.Amount a : amounts) {
      long row = (long) a.sheet() << 32 | a.row();
      if (!rows.contains(row)) {
        outside.computeIfAbsent(row, k -> new ArrayList<>()).add(a);
      }
    }
    outside.values().removeIf(XlsxReading::columnNumbers);
    Map<Integer, List<SheetPages.Amount>> bySheet = new java.util.TreeMap<>();
    outside.values().forEach(l -> bySheet.computeIfAbsent(l.get(0).sheet(), k -> new ArrayList<>()).addAll(l));
    List<Diagnostic> added = new ArrayList<>();
    bySheet.forEach((sheet, cells) -> {
      SheetPages.Amount first = cells.get(0);
      String name = names.get(sheet - 1);
      String refs = cells.stream().limit(5).map(a -> a.ref() + "=" + a.text())
          .collect(Collectors.joining(", ")) + (cells.size() > 5 ? ", …" : "");
      added.add(Diagnostic.unread("xlsx.amount-outside-table",
          "工作表“" + name + "”有 " + cells.size() + " 个数值单元格不在任何表格的数据行中，未读取: " + refs,
          "sheet \"" + name + "\" has " + cells.size() + " numeric cells on no data row of a table; not read: "
              + refs,
          Provenance.builder().source(source).tableId(name).page(sheet).line(first.row())
              .text(first.ref()).build(), cells.size()));
    });
    return added.isEmpty() ? d : BudgetDocument.builder().from(d).addAllDiagnostics(added).build();
  }

  /**
   * Every number of a table a merged region lies on is counted once: a fact, a number of the table's
   * row (read, or counted unread by the table's coverage), or reported here. A merged cell is one wide
   * cell on the page; where merged regions do not fit the table's columns, the table stages may find
   * fewer columns and lay two numbers into one grid cell (or none), in any row of the table, and neither
   * the facts nor the table's count would hold them. For each row of such a table: the numeric cells of
   * the sheet beyond the numbers the table's row holds are counted unread ({@code xlsx.merge-unread},
   * naming the sheet and the first such row). Linear in the tables' rows and the numeric cells.
   */
  private BudgetDocument mergedRowsCounted(BudgetDocument d, List<SheetPages.Amount> amounts, Set<Long> mergedRows,
      List<String> names) {
    if (mergedRows.isEmpty()) {
      return d;
    }
    Map<Long, Integer> inTable = new HashMap<>();
    for (DisclosureTable t : d.tables()) {
      boolean merged = false;
      for (DisclosureTable.Row r : t.rows()) {
        merged |= r.page().isPresent() && r.line().isPresent()
            && mergedRows.contains((long) r.page().getAsInt() << 32 | r.line().getAsInt());
      }
      for (DisclosureTable.Row r : t.rows()) {
        if (merged && r.page().isPresent() && r.line().isPresent()) {
          long key = (long) r.page().getAsInt() << 32 | r.line().getAsInt();
          {
            int numbers = 0;
            for (String cell : r.cells()) {
              numbers += NUMBER.matcher(cell.strip()).matches() ? 1 : 0;
            }
            inTable.merge(key, numbers, Integer::sum);
          }
        }
      }
    }
    Map<Long, Integer> onSheet = new HashMap<>();
    Map<Long, SheetPages.Amount> firstOf = new HashMap<>();
    for (SheetPages.Amount a : amounts) {
      long key = (long) a.sheet() << 32 | a.row();
      if (inTable.containsKey(key)) {
        onSheet.merge(key, 1, Integer::sum);
        firstOf.putIfAbsent(key, a);
      }
    }
    Map<Integer, int[]> lostBySheet = new java.util.TreeMap<>();
    Map<Integer, SheetPages.Amount> example = new HashMap<>();
    for (Map.Entry<Long, Integer> e : new java.util.TreeMap<>(onSheet).entrySet()) {
      int lost = e.getValue() - inTable.get(e.getKey());
      if (lost > 0) {
        SheetPages.Amount a = firstOf.get(e.getKey());
        lostBySheet.computeIfAbsent(a.sheet(), k -> new int[1])[0] += lost;
        example.putIfAbsent(a.sheet(), a);
      }
    }
    if (lostBySheet.isEmpty()) {
      return d;
    }
    List<Diagnostic> added = new ArrayList<>();
    lostBySheet.forEach((sheet, lost) -> {
      SheetPages.Amount a = example.get(sheet);
      String name = names.get(sheet - 1);
      added.add(Diagnostic.unread("xlsx.merge-unread",
          "工作表“" + name + "”有 " + lost[0] + " 个数值单元格位于合并单元格所在的行，未能放入表格的列中（如第 " + a.row()
              + " 行 " + a.ref() + "=" + a.text() + "），未读取",
          "sheet \"" + name + "\" has " + lost[0] + " numeric cells in a table with merged cells that could not be placed in"
              + " the table's columns (e.g. row " + a.row() + ", " + a.ref() + "=" + a.text() + "); not read",
          Provenance.builder().source(source).tableId(name).page(sheet).line(a.row()).text(a.ref()).build(),
          lost[0]));
    });
    return BudgetDocument.builder().from(d).addAllDiagnostics(added).build();
  }

  /** A number as a table's cell prints it: sign or brackets, digit groups, decimals, a percent sign. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-(]?[0-9][0-9,]*(\\.[0-9]+)?\\)?%?");

  /**
   * The facts of the tables read from a sheet whose merged regions overlap (a workbook a spreadsheet
   * program would repair), or holding a row with a cell whose value could not be read (an error value,
   * a formula without a stored result: a sum over the table misses it), are doubtful, those of every
   * table printed under the same title too (the parts of one statement): a finding resting on them is
   * at most a WARNING. Linear in the tables' rows and the facts.
   */
  private static BudgetDocument doubtfulTables(BudgetDocument d, Set<Integer> sheets, Set<Long> rows) {
    if (sheets.isEmpty() && rows.isEmpty()) {
      return d;
    }
    Set<String> tables = new HashSet<>();
    for (DisclosureTable t : d.tables()) {
      for (DisclosureTable.Row r : t.rows()) {
        if (r.page().isPresent() && (sheets.contains(r.page().getAsInt()) || r.line().isPresent()
            && rows.contains((long) r.page().getAsInt() << 32 | r.line().getAsInt()))) {
          tables.add(t.id());
          break;
        }
      }
    }
    if (tables.isEmpty()) {
      return d;
    }
    // a table printed in parts under one title (a page break, the header repeated) is one statement
    Set<String> titles = new HashSet<>();
    for (DisclosureTable t : d.tables()) {
      if (tables.contains(t.id()) && !t.title().isBlank()) {
        titles.add(t.title());
      }
    }
    for (DisclosureTable t : d.tables()) {
      if (titles.contains(t.title())) {
        tables.add(t.id());
      }
    }
    List<Fact> facts = new ArrayList<>(d.facts().size());
    for (Fact f : d.facts()) {
      boolean doubtful = f.provenance().tableId().filter(tables::contains).isPresent();
      facts.add(doubtful && !f.provenance().doubtful() ? f.asDoubtful() : f);
    }
    return BudgetDocument.builder().from(d).facts(facts).build();
  }

  /** A row of consecutive small integers from 1 (a 栏次 line under a header): no amounts. */
  private static boolean columnNumbers(List<SheetPages.Amount> row) {
    if (row.size() < 2) {
      return false;
    }
    for (int i = 0; i < row.size(); i++) {
      if (!row.get(i).text().equals(Integer.toString(i + 1))) {
        return false;
      }
    }
    return true;
  }

  private List<Fact> facts(XSSFSheet s) {
    List<Fact> out = new ArrayList<>();
    Row h = s.getRow(0);
    if (h == null) {
      int rows = s.getPhysicalNumberOfRows();
      if (rows > 0) {
        problem(Severity.ERROR, "xlsx.facts-no-header", 1,
            "facts 工作表缺少表头行，其 " + rows + " 行数据已略过",
            "the facts sheet has no header row; its " + rows + " data rows are left out");
      }
      return out;
    }
    Map<String, Integer> cols = new HashMap<>();
    for (Cell c : h) {
      String name = text(c);
      if (name != null) {
        cols.putIfAbsent(name, c.getColumnIndex());
      }
    }
    for (int r = 1; r <= s.getLastRowNum(); r++) {
      Row row = s.getRow(r);
      if (row == null) {
        continue;
      }
      int line = r + 1;
      try {
        out.add(CsvFacts.fact(col -> {
          Integer i = cols.get(col);
          return i == null ? null : text(row.getCell(i));
        }, source, line, diags));
      } catch (RuntimeException e) {
        problem(Severity.ERROR, "xlsx.invalid-fact", line, "facts 工作表第 " + line + " 行无效，已略过："
            + e.getMessage(), "facts sheet row " + line + " left out: " + e.getMessage());
      }
    }
    return out;
  }

  /** Whether the zip is complete ({@link Zips#hasCentralDirectory}). */
  static boolean hasCentralDirectory(byte[] b) {
    return Zips.hasCentralDirectory(b);
  }

  private static String text(Cell c) {
    if (c == null) {
      return null;
    }
    CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    return switch (t) {
      case STRING -> c.getStringCellValue();
      case NUMERIC -> NumberToTextConverter.toText(c.getNumericCellValue());
      case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
      default -> null;
    };
  }

  private List<DisclosureTable> genericTables(XSSFWorkbook wb) {
    DataFormatter fmt = new DataFormatter();
    List<DisclosureTable> out = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      XSSFSheet s = wb.getSheetAt(i);
      if (s.getSheetName().equals(XlsxWriting.FACTS_SHEET)
          || s.getSheetName().equals(XlsxWriting.DOCUMENT_SHEET)) {
        continue;
      }
      DisclosureTable.Builder t = DisclosureTable.builder().id(s.getSheetName()).title(s.getSheetName())
          .unit(MoneyUnit.WAN_YUAN)
          .provenance(Provenance.builder().source(source).tableId(s.getSheetName()).build());
      for (int r = 0; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : fmt.formatCellValue(cell));
          }
        }
        t.addRows(DisclosureTable.Row.builder().cells(cells).line(r + 1).build());
      }
      out.add(t.build());
    }
    return out;
  }

  private BudgetDocument placeholder(List<DisclosureTable> tables, List<Fact> facts) {
    return BudgetDocument.builder().source(source).department(Department.builder().name("").build())
        .year(0).kind(DocumentKind.DEPARTMENT_BUDGET).unit(MoneyUnit.WAN_YUAN).tables(tables)
        .facts(facts).diagnostics(diags).build();
  }

  private void problem(Severity s, String code, int line, String zh, String en) {
    Provenance.Builder p = Provenance.builder().source(source);
    if (line > 0) {
      p.line(line);
    }
    diags.add(Diagnostic.of(s, code, zh, en, p.build()));
  }
}
