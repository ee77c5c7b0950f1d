package dev.yusuan.io.xlsx.internal;

import dev.yusuan.io.tables.internal.PageText;
import dev.yusuan.io.tables.internal.Segment;
import dev.yusuan.io.tables.internal.TextLine;
import dev.yusuan.io.tables.internal.Texts;
import dev.yusuan.io.json.internal.Amounts;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Names;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.layout.HeaderLexicon;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.util.Units;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Turns a sheet of a workbook not written by Yusuan into a page of positioned cell texts, the input of
 * the table stages the PDF reader uses too: one line per spreadsheet row that holds text, one segment
 * per cell (a merged region once, spanning its columns), x from the column widths, the font size of
 * the cell. The page number is the sheet's (1-based, in workbook order), the line index the row's
 * (1-based), so every fact and diagnostic names its sheet and row.
 *
 * <p>A numeric cell is read as it is displayed (its number format applied), to the digits of the
 * cell's stored decimal text ({@code <v>} of the sheet XML), never through {@code double}: the
 * displayed decimals fix the published precision, the stored text gives the digits, rounded half away
 * from zero as a spreadsheet displays them. An Excel 97-2003 (.xls) cell stores a binary double and no
 * text: its digits are the decimal Excel shows for it (at most 15 significant digits,
 * {@link NumberToTextConverter}), then rounded to the displayed decimals the same way. A formula's
 * cached value is read; an xlsx formula without one is reported.
 *
 * <p>A numeric cell formatted as a date is not an amount. Among figures (the nearest cells above or below it
 * in its column, dates passed over, include an amount), under a header naming amounts (the nearest text above it
 * in its column, dates passed over: 金额, 合计, 预算数, 基本支出 …), in the row of a classification code or a total
 * (its row's first cell: 201, 合计), or showing a day no budget document is dated (before 1990 or from 2100: 675
 * shown as 1901-11-05), it stands where an amount belongs: the page shows a date, which is no amount, so it is
 * counted unread as an unreadable cell is ({@code xlsx.date-as-amount}). Elsewhere (a form's own date, 编制日期; a
 * column of dates under a header naming dates or none; a date whose row names it a date on its left) it is text.
 */
final class SheetPages {
  /**
   * Row pitch in units of the row's font size: wider than the lines of one wrapped cell (which the
   * header stages join up to 1.85 em apart), as a printed table's rows are.
   */
  private static final float PITCH = 2.2f;
  /** Pitch of the lines of one cell's text. */
  private static final float WRAPPED = 1.2f;
  private static final float DEFAULT_FONT = 10f;
  /** Space between a cell's border and its text, in points. */
  private static final float PAD = 1.5f;
  /** A decimal number as a number format displays it: sign or brackets, grouping, decimals. */
  private static final Pattern DISPLAYED = Pattern.compile("^(-|\\()?([0-9][0-9,]*)(?:\\.([0-9]+))?(\\))?$");

  /** A numeric cell as read: where, and the text the page shows. */
  record Amount(int sheet, int row, String ref, String text) {}

  /**
   * A sheet as a page, the numeric cells on it, what could not be read, the rows (1-based) a merged
   * region of more than one cell lies on, and whether the figures of its tables are doubtful: two merged
   * regions overlap on a cell (a broken workbook: a spreadsheet program repairs it by dropping regions, so
   * which cell shows is a guess) or hidden rows or columns hold amounts (not read).
   */
  record Result(PageText page, List<Amount> amounts, List<Diagnostic> diagnostics, java.util.Set<Integer> mergedRows,
      boolean doubtfulSheet, java.util.Set<Integer> unreadRows, int danglingStrings, String danglingExample) {}

  /** At most this many unreadable cells of a sheet are named one by one; the rest in one diagnostic. */
  private static final int NAMED_CELLS = 20;

  private final String source;
  private final DataFormatter formatter = new DataFormatter();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<Amount> amounts = new ArrayList<>();
  private int moreDigits;
  private int hiddenNumbers;
  private String hiddenExample;
  /** Whether the workbook hides the whole sheet. */
  private boolean hiddenSheet;
  /** Amounts in hidden rows, columns or a hidden sheet: not shown, not printed, not read. */
  private int hiddenAmounts;
  private String hiddenAmountExample;
  private int hiddenAmountRow;
  private String moreDigitsExample;
  private final java.util.Set<Integer> mergedRows = new java.util.HashSet<>();
  /** Rows (1-based) holding a cell whose value cannot be read (an error value, a formula without one). */
  private final java.util.Set<Integer> unreadRows = new java.util.HashSet<>();
  private int unreadCells;
  private String unreadMore;
  /**
   * Numeric cells shown as dates where amounts belong ({@link #datesAmongFigures}), keys {@code row << 16 | column},
   * with what tells it.
   */
  private java.util.Map<Long, Evidence> figureDates = java.util.Map.of();
  /** Numbers of rows whose first cell cannot be read: not placed, counted unread. */
  private int unlabelledNumbers;
  private int danglingStrings;
  private String danglingExample;
  private int overlaps;
  private String overlapExample;

  private SheetPages(String source) {
    this.source = source;
  }

  /**
   * The page of {@code sheet}.
   *
   * @param sheet the sheet
   * @param number its 1-based number in the workbook (the page number of what it holds)
   * @param source the document's source
   */
  static Result page(Sheet sheet, int number, String source) {
    return page(sheet, number, source, false);
  }

  /**
   * The page of {@code sheet}; a hidden sheet (hidden or very hidden in the workbook) shows nothing: its
   * amounts are counted unread ({@code xlsx.hidden-cells}), none is read.
   */
  static Result page(Sheet sheet, int number, String source, boolean hiddenSheet) {
    SheetPages p = new SheetPages(source);
    p.hiddenSheet = hiddenSheet;
    return p.read(sheet, number);
  }

  private Result read(Sheet sheet, int number) {
    // merged regions by first row, swept row by row (never enumerating their cells: a hostile
    // workbook may merge a whole sheet)
    List<CellRangeAddress> merged = new ArrayList<>(sheet.getMergedRegions());
    merged.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
    int columns = 0;
    for (Row row : sheet) {
      columns = Math.max(columns, row.getLastCellNum());
    }
    for (CellRangeAddress m : merged) {
      columns = Math.max(columns, m.getLastColumn() + 1); // at most 16,384 in a spreadsheet
    }
    figureDates = datesAmongFigures(sheet);
    float[] x = new float[columns + 1];
    for (int c = 0; c < columns; c++) {
      x[c + 1] = x[c] + Math.max(12f, pixels(sheet, c) * 0.75f);
    }
    boolean[] hiddenColumns = hiddenColumns(sheet, columns);
    List<TextLine> lines = new ArrayList<>();
    List<CellRangeAddress> active = new ArrayList<>();
    int nextMerged = 0;
    float y = 0;
    float last = 0;
    int glyphs = 0;
    int previousRow = -1;
    for (Row row : sheet) {
      int r = row.getRowNum();
      if (hiddenSheet || row.getZeroHeight()) {
        // a hidden row (or sheet) is neither shown nor printed: not read, its amounts counted; no gap either
        for (Cell cell : row) {
          hidden(cell, sheet);
        }
        previousRow = r;
        continue;
      }
      y += PITCH * DEFAULT_FONT * Math.max(0, r - previousRow - 1); // blank rows
      previousRow = r;
      final int at = r;
      active.removeIf(m -> m.getLastRow() < at);
      while (nextMerged < merged.size() && merged.get(nextMerged).getFirstRow() <= r) {
        CellRangeAddress m = merged.get(nextMerged++);
        if (m.getLastRow() >= r) {
          active.add(m);
        }
      }
      List<Segment> segments = new ArrayList<>();
      List<String> raw = new ArrayList<>();
      float font = 0;
      boolean labelUnreadable = false; // the row's first cell with content cannot be read (its label, most often)
      int amountsBefore = amounts.size(); // this row's numeric cells are added after it
      for (Cell cell : row) {
        int c = cell.getColumnIndex();
        if (c < hiddenColumns.length && hiddenColumns[c]) {
          hidden(cell, sheet); // a hidden column: not shown, not printed
          continue;
        }
        CellRangeAddress m = null;
        boolean covered = false;
        for (CellRangeAddress region : active) {
          if (region.isInRange(r, c)) {
            if (m != null) {
              // a cell under two merged regions: which one shows it is a guess
              if (overlaps++ == 0) {
                overlapExample = sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false) + " ("
                    + m.formatAsString() + ", " + region.formatAsString() + ")";
              }
              break;
            }
            m = region;
            covered = r != region.getFirstRow() || c != region.getFirstColumn();
          }
        }
        if (m != null && (m.getFirstRow() != m.getLastRow() || m.getFirstColumn() != m.getLastColumn())) {
          mergedRows.add(r + 1);
        }
        if (covered) {
          // a spreadsheet shows only the first cell of a merged region: a number under it is not shown
          if (type(cell) == CellType.NUMERIC && hiddenNumbers++ == 0) {
            hiddenExample = sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false);
          }
          continue;
        }
        int unreadBefore = unreadCells;
        String text = text(cell, number, sheet.getSheetName());
        labelUnreadable |= unreadCells > unreadBefore && segments.isEmpty();
        if (text.isBlank()) {
          continue;
        }
        int end = m == null ? c : Math.min(m.getLastColumn(), columns - 1);
        Font f = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex());
        float size = f == null ? DEFAULT_FONT : f.getFontHeightInPoints();
        font = Math.max(font, size);
        segments.add(new Segment(Names.normalize(text), x[c] + PAD, x[end + 1] - PAD, 0, size,
            numeric(cell)));
        raw.add(text);
        glyphs += text.length();
      }
      if (labelUnreadable) {
        // a row whose first cell cannot be read has lost its label (or code): its numbers cannot be placed, so they
        // are not read but counted (never taken as another row's, never lost without a word)
        for (int i = segments.size() - 1; i >= 0; i--) {
          if (segments.get(i).typedNumber()) {
            segments.remove(i);
            raw.remove(i);
            unlabelledNumbers++;
          }
        }
        // counted here, so not again as numbers outside every table (seed 1685200485905900722 of
        // ForeignWorkbookProperties: a date in a 三公 table's first column, its row's 5 figures counted twice)
        amounts.subList(amountsBefore, amounts.size()).clear();
      }
      float size = font == 0 ? DEFAULT_FONT : font;
      y += PITCH * size;
      if (segments.size() == 1 && raw.get(0).contains("\n")) {
        // a cell of prose over several lines (a narrative sheet): one line each, as printed
        Segment s = segments.get(0);
        for (String part : raw.get(0).split("\n")) {
          String t = Names.normalize(part);
          if (!t.isEmpty()) {
            lines.add(new TextLine(number, r + 1, y, size, List.of(new Segment(t, s.x0(), s.x1(), y, size))));
            y += WRAPPED * size;
          }
        }
      } else if (!segments.isEmpty()) {
        float baseline = y;
        List<Segment> placed = segments.stream()
            .map(s -> new Segment(s.text(), s.x0(), s.x1(), baseline, s.fontSize(), s.typedNumber())).toList();
        lines.add(new TextLine(number, r + 1, baseline, size, placed));
      }
      last = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).baseline();
    }
    // no line near the top or bottom edge (where a printed page has running headers and page numbers)
    float height = (last + 20) / 0.7f;
    float top = 0.1f * height;
    List<TextLine> shifted = lines.stream().map(l -> new TextLine(l.page(), l.index(), l.baseline() + top,
        l.fontSize(), l.segments().stream().map(s -> new Segment(s.text(), s.x0(), s.x1(),
            s.baseline() + top, s.fontSize(), s.typedNumber())).toList())).toList();
    if (hiddenNumbers > 0) {
      // not shown, so not read: counted as amounts not read (a merge over the whole sheet hides them all)
      String name = sheet.getSheetName();
      diagnostics.add(Diagnostic.unread("xlsx.hidden-by-merge",
          "工作表“" + name + "”有 " + hiddenNumbers + " 个数值单元格被合并单元格遮盖（如 " + hiddenExample
              + "），不显示，未读取",
          "sheet \"" + name + "\" has " + hiddenNumbers + " numeric cells hidden under a merged cell (e.g. "
              + hiddenExample + "); not shown, not read",
          Provenance.builder().source(source).tableId(name).page(number).build(), hiddenNumbers));
    }
    if (hiddenAmounts > 0) {
      // what the workbook hides is no part of the published page: not read, counted; the figures of the sheet's
      // tables are doubtful (a hidden row may be an item its total includes, or an older copy of a row)
      String name = sheet.getSheetName();
      String where = hiddenSheet ? "隐藏的工作表中" : "隐藏的行或列中";
      String whereEn = hiddenSheet ? "in a hidden sheet" : "in hidden rows or columns";
      diagnostics.add(Diagnostic.unread("xlsx.hidden-cells",
          "工作表“" + name + "”有 " + hiddenAmounts + " 个金额单元格" + where + "（如 " + hiddenAmountExample
              + "），不显示也不打印，未读取；本表数据存疑",
          "sheet \"" + name + "\" has " + hiddenAmounts + " amount cells " + whereEn + " (e.g. " + hiddenAmountExample
              + "): neither shown nor printed, not read; the figures of its tables are doubtful",
          Provenance.builder().source(source).tableId(name).page(number).line(hiddenAmountRow).build(),
          hiddenAmounts));
    }
    if (unlabelledNumbers > 0) {
      String name = sheet.getSheetName();
      diagnostics.add(Diagnostic.unread("xlsx.unlabelled-row",
          "工作表“" + name + "”有 " + unlabelledNumbers + " 个数值所在行的首个单元格无法读取（错误值、没有保存结果的公式"
              + "或数字列中显示为日期的数值），"
              + "这些数值无法对应到行，未读取",
          "sheet \"" + name + "\" has " + unlabelledNumbers + " numbers in rows whose first cell cannot be read (an "
              + "error value, a formula without a stored result or a number shown as a date among figures): they cannot be"
              + " placed in their row; not read",
          Provenance.builder().source(source).tableId(name).page(number).build(), unlabelledNumbers));
    }
    if (unreadCells > NAMED_CELLS) {
      String name = sheet.getSheetName();
      int more = unreadCells - NAMED_CELLS;
      diagnostics.add(Diagnostic.unread("xlsx.unreadable-cells",
          "工作表“" + name + "”另有 " + more + " 个单元格的值无法读取（错误值、没有保存结果的公式或数字列中显示为日期的数值，如 "
              + unreadMore + "），未读取",
          "sheet \"" + name + "\" has " + more + " more cells whose value cannot be read (error values, formulas"
              + " without a stored result or numbers shown as dates among figures, e.g. " + unreadMore + "); not read",
          Provenance.builder().source(source).tableId(name).page(number).build(), more));
    }
    if (overlaps > 0) {
      String name = sheet.getSheetName();
      diagnostics.add(Diagnostic.of(Severity.WARNING, "xlsx.overlapping-merges",
          "工作表“" + name + "”的合并单元格区域互相重叠（" + overlaps + " 个单元格，如 " + overlapExample
              + "），电子表格程序会修复并删去部分区域，显示哪个单元格无法确定：本表数据存疑",
          "sheet \"" + name + "\" has merged regions overlapping each other (" + overlaps + " cells, e.g. "
              + overlapExample + "); a spreadsheet program repairs it by dropping regions, so which cell shows is"
              + " a guess: the figures of its tables are doubtful",
          Provenance.builder().source(source).tableId(name).page(number).build()));
    }
    if (moreDigits > 0) {
      note(Severity.INFO, "xlsx.display-precision", sheet, number, moreDigits, moreDigitsExample,
          "个数值单元格存储的位数多于显示的位数（如 %s），按显示的精度读取",
          "numeric cells storing more digits than they display (e.g. %s); read to the displayed precision");
    }
    return new Result(new PageText(number, Math.max(1, x[columns]), height, shifted, glyphs, 0),
        List.copyOf(amounts), List.copyOf(diagnostics), java.util.Set.copyOf(mergedRows),
        overlaps > 0 || hiddenAmounts > 0,
        java.util.Set.copyOf(unreadRows), danglingStrings, danglingExample);
  }

  /**
   * A column's width in pixels as an xlsx sheet gives it ({@code XSSFSheet.getColumnWidthInPixels}: the
   * width in 1/256 of a character times the default character width), whatever the format: an .xls
   * sheet's own conversion uses other factors (8 px a character at the default width), which would move
   * the cells of the same form.
   */
  private static float pixels(Sheet sheet, int column) {
    float width = sheet.getColumnWidth(column);
    return (float) (width / 256.0 * Units.DEFAULT_CHARACTER_WIDTH);
  }

  /**
   * Which of the first {@code columns} columns the sheet hides: an xlsx sheet's {@code <col hidden="1">}
   * ranges, read once (linear in the ranges, whatever their number); an .xls sheet's columns one by one
   * (at most 256).
   */
  private static boolean[] hiddenColumns(Sheet sheet, int columns) {
    boolean[] hidden = new boolean[columns];
    if (sheet instanceof org.apache.poi.xssf.usermodel.XSSFSheet x) {
      for (var cols : x.getCTWorksheet().getColsArray()) {
        for (var col : cols.getColArray()) {
          if (col.isSetHidden() && col.getHidden()) {
            long from = Math.max(1, col.getMin());
            long to = Math.min(columns, col.getMax());
            for (long c = from; c <= to; c++) {
              hidden[(int) c - 1] = true;
            }
          }
        }
      }
    } else {
      for (int c = 0; c < Math.min(columns, 256); c++) {
        hidden[c] = sheet.isColumnHidden(c);
      }
    }
    return hidden;
  }

  /** A cell of a hidden row, column or sheet: an amount in it is counted, nothing is read. */
  private void hidden(Cell cell, Sheet sheet) {
    if (!amountLike(cell)) {
      return;
    }
    if (hiddenAmounts++ == 0) {
      hiddenAmountExample = sheet.getSheetName() + "!" + new CellReference(cell).formatAsString(false);
      hiddenAmountRow = cell.getRowIndex() + 1;
    }
  }

  /** A number as text: digit groups or decimals (a bare integer in text is a code or a 栏次, no amount). */
  private static final Pattern TEXT_AMOUNT =
      Pattern.compile("[-(]?([0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?|[0-9]+\\.[0-9]+)\\)?");

  /**
   * Whether a cell holds an amount: a number (a formula's too, with or without its result) not shown as a date, or
   * text written as an amount ({@code 1,234.56}, {@code 12.50}).
   */
  private static boolean amountLike(Cell cell) {
    try {
      CellType type = type(cell);
      if (cell.getCellType() == CellType.FORMULA && cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
        return true;
      }
      if (type == CellType.NUMERIC) {
        return !DateUtil.isCellDateFormatted(cell);
      }
      return type == CellType.STRING && TEXT_AMOUNT.matcher(Names.normalize(cell.getStringCellValue())).matches();
    } catch (RuntimeException e) {
      return false; // a value that cannot be read: nothing shown either
    }
  }

  /** Cells the formulas of a sheet may refer to before they are no longer recomputed (a bound on the work). */
  private static final long FORMULA_BUDGET = 2_000_000;
  private static final Pattern RANGE = Pattern.compile("\\$?([A-Z]{1,3})\\$?([0-9]{1,7}):\\$?([A-Z]{1,3})\\$?([0-9]{1,7})"
      + "|\\$?([A-Z]{1,3}):\\$?([A-Z]{1,3})|\\$?([0-9]{1,7}):\\$?([0-9]{1,7})");
  private org.apache.poi.ss.usermodel.FormulaEvaluator evaluator;
  private long formulaCells;
  private String recomputed;
  private String storedResult;

  /**
   * Whether a formula's stored numeric result is not what it computes (a file written by a program that set
   * formulas and results apart, or saved without recalculating): recomputed with POI's evaluator within a budget
   * of referenced cells per sheet (ranges counted from the formula's text: linear work); a formula POI cannot
   * compute (an unknown function, a link to another file) keeps its stored result.
   */
  private boolean stale(Cell cell) {
    String formula;
    try {
      formula = cell.getCellFormula();
    } catch (RuntimeException e) {
      return false;
    }
    long area = 1;
    Matcher m = RANGE.matcher(formula.toUpperCase(java.util.Locale.ROOT));
    while (m.find()) {
      if (m.group(1) != null) {
        area += (Math.abs(CellReference.convertColStringToIndex(m.group(3)) - CellReference.convertColStringToIndex(
            m.group(1))) + 1L) * (Math.abs(Long.parseLong(m.group(4)) - Long.parseLong(m.group(2))) + 1L);
      } else {
        area += 1_048_576L; // whole columns or rows
      }
    }
    formulaCells += area;
    if (formulaCells > FORMULA_BUDGET) {
      return false;
    }
    try {
      if (evaluator == null) {
        evaluator = cell.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator();
      }
      org.apache.poi.ss.usermodel.CellValue v = evaluator.evaluate(cell);
      if (v == null || v.getCellType() != CellType.NUMERIC) {
        return false;
      }
      double stored = cell.getNumericCellValue();
      double computed = v.getNumberValue();
      if (Double.isNaN(computed) || Double.isInfinite(computed)
          || Math.abs(stored - computed) <= 0.005 + 1e-9 * Math.abs(computed)) {
        return false;
      }
      recomputed = NumberToTextConverter.toText(computed);
      storedResult = NumberToTextConverter.toText(stored);
      return true;
    } catch (RuntimeException | StackOverflowError e) {
      return false; // not computable here: the stored result stands
    }
  }

  /** A diagnostic about {@code count} cells of a sheet, naming one as {@code example}. */
  private void note(Severity severity, String code, Sheet sheet, int number, int count, String example,
      String zh, String en) {
    String name = sheet.getSheetName();
    diagnostics.add(Diagnostic.of(severity, code, "工作表“" + name + "”有 " + count + " " + zh.formatted(example),
        "sheet \"" + name + "\" has " + count + " " + en.formatted(example),
        Provenance.builder().source(source).tableId(name).page(number).build()));
  }

  /** A numeric cell (a formula's cached number too): its text is a number, whatever it looks like. */
  private static boolean numeric(Cell cell) {
    return type(cell) == CellType.NUMERIC;
  }

  /** The type of the cell's value (of its cached result for a formula). */
  private static CellType type(Cell cell) {
    return cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
  }

  /** The cell's text as displayed; a numeric value to its displayed precision from its stored digits. */
  private String text(Cell cell, int sheet, String sheetName) {
    CellType type = cell.getCellType();
    String ref = sheetName + "!" + new CellReference(cell).formatAsString(false);
    if (type == CellType.FORMULA) {
      if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
        unreadable(cell, sheet, ref, "xlsx.formula-without-value",
            "单元格 " + ref + " 是公式（" + cell.getCellFormula() + "），文件中没有保存其计算结果，未读取"
                + "（请在电子表格程序中重新计算并保存）",
            "cell " + ref + " holds a formula (" + cell.getCellFormula() + ") whose result the file does "
                + "not store; not read (recalculate and save it in a spreadsheet program)");
        return "";
      }
      type = cell.getCachedFormulaResultType();
      if (type == CellType.NUMERIC && stale(cell)) {
        unreadable(cell, sheet, ref, "xlsx.stale-formula",
            "单元格 " + ref + " 的公式（" + cell.getCellFormula() + "）重新计算得 " + recomputed + "，与文件保存的结果 "
                + storedResult + " 不同（保存后未重新计算），电子表格程序打开时显示的数字不确定，未读取",
            "cell " + ref + " holds a formula (" + cell.getCellFormula() + ") that computes " + recomputed
                + ", not the result " + storedResult + " the file stores (not recalculated before saving): which"
                + " figure a spreadsheet program shows is uncertain; not read");
        return "";
      }
    }
    return switch (type) {
      case NUMERIC -> numeric(cell, sheet, ref);
      case STRING -> string(cell, ref);
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> {
        String error = errorText(cell);
        unreadable(cell, sheet, ref, "xlsx.error-value", "单元格 " + ref + " 的值是错误 " + error + "，未读取",
            "cell " + ref + " holds the error value " + error + "; not read");
        yield "";
      }
      default -> "";
    };
  }

  /**
   * A cell whose value cannot be read (an error value, a formula without a stored result, a number shown as a
   * date among figures): counted as
   * an amount not read (the workbook is read partly, the rest of it read), the first cells named with
   * their sheet and reference; its row remembered (the figures of a table holding it are doubtful).
   */
  private void unreadable(Cell cell, int sheet, String ref, String code, String zh, String en) {
    unreadRows.add(cell.getRowIndex() + 1);
    if (++unreadCells <= NAMED_CELLS) {
      diagnostics.add(Diagnostic.unread(code, zh, en, at(sheet, cell, ref), 1));
    } else if (unreadMore == null) {
      unreadMore = ref;
    }
  }

  /**
   * A text cell's text; a cell referring to a shared string the workbook does not hold (its
   * shared-strings part missing) is counted, for the workbook to name the missing part.
   */
  private String string(Cell cell, String ref) {
    if (cell instanceof XSSFCell x && x.getCTCell().getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.S
        && x.getSheet().getWorkbook().getSharedStringSource() != null) {
      int count = x.getSheet().getWorkbook().getSharedStringSource().getUniqueCount();
      try {
        if (Integer.parseInt(x.getCTCell().getV().strip()) >= count) {
          if (danglingStrings++ == 0) {
            danglingExample = ref;
          }
          return "";
        }
      } catch (RuntimeException e) {
        // not an index: read as POI gives it
      }
    }
    return cell.getRichStringCellValue().getString();
  }

  private String numeric(Cell cell, int sheet, String ref) {
    String shown = formatter.formatRawCellContents(cell.getNumericCellValue(),
        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString()).strip();
    if (date(cell)) {
      double serial = cell.getNumericCellValue();
      Evidence why = figureDates.get(key(cell));
      if (why != null && why.kind() == Evidence.Kind.FIGURES || serial < FIRST_DAY || serial >= LAST_DAY) {
        unreadable(cell, sheet, ref, "xlsx.date-as-amount",
            "单元格 " + ref + " 的数值显示为日期（" + shown + "），位于数字之间或不是文件会写的日期，应是金额，未读取",
            "cell " + ref + " holds a number shown as a date (" + shown + ") among figures or as a day no document "
                + "is dated: an amount, not read");
        return "";
      }
      if (why != null && why.kind() == Evidence.Kind.HEADER) {
        unreadable(cell, sheet, ref, "xlsx.date-as-amount",
            "单元格 " + ref + " 的数值显示为日期（" + shown + "），所在列的表头“" + why.text() + "”是金额栏，应是金额，未读取",
            "cell " + ref + " holds a number shown as a date (" + shown + ") in a column headed \"" + why.text()
                + "\", a column of amounts: an amount, not read");
        return "";
      }
      if (why != null) {
        unreadable(cell, sheet, ref, "xlsx.date-as-amount",
            "单元格 " + ref + " 的数值显示为日期（" + shown + "），所在行是“" + why.text() + "”（科目编码或合计行），应是金额，未读取",
            "cell " + ref + " holds a number shown as a date (" + shown + ") in the row of \"" + why.text()
                + "\" (a classification code or a total): an amount, not read");
        return "";
      }
      return shown; // a date of the form (编制日期), not an amount
    }
    // xlsx: the decimal text stored in the sheet; xls: the decimal Excel shows for the stored double
    String stored = cell instanceof XSSFCell x ? x.getRawValue()
        : NumberToTextConverter.toText(cell.getNumericCellValue());
    String text = exact(shown, stored, ref);
    if (!text.isBlank()) {
      amounts.add(new Amount(sheet, cell.getRowIndex() + 1, ref, text));
    }
    return text;
  }

  /**
   * The displayed text with the digits of the stored decimal text {@code raw}: as many decimals as
   * displayed, rounded half away from zero, grouped and signed as displayed. A display that is not a
   * plain decimal (a date, a percentage, a scientific number) is kept as displayed.
   */
  String exact(String shown, String raw, String ref) {
    String s = shown.startsWith("¥") || shown.startsWith("￥") ? shown.substring(1).strip() : shown;
    Matcher m = DISPLAYED.matcher(s);
    BigDecimal stored;
    try {
      stored = raw == null ? null : new BigDecimal(raw.strip());
    } catch (NumberFormatException e) {
      stored = null;
    }
    if (!m.matches() || stored == null || "(".equals(m.group(1)) != (m.group(4) != null)) {
      return s;
    }
    int scale = m.group(3) == null ? 0 : m.group(3).length();
    if (stored.stripTrailingZeros().scale() > scale) {
      if (moreDigits++ == 0) {
        moreDigitsExample = ref + " = " + stored.toPlainString() + " → " + s;
      }
    }
    BigDecimal value = stored.setScale(scale, RoundingMode.HALF_UP);
    return Amounts.amount(value, MoneyUnit.YUAN, m.group(2).contains(","), "(".equals(m.group(1)))
        .format();
  }

  /** 1990-01-01 and 2100-01-01 as spreadsheet day numbers: a document's own date lies between them. */
  private static final double FIRST_DAY = 32_874;
  private static final double LAST_DAY = 73_051;

  /** A numeric cell (a formula's cached number too) formatted as a date or a time. */
  private static boolean date(Cell cell) {
    try {
      return type(cell) == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell);
    } catch (RuntimeException e) {
      return false; // a format POI cannot parse: read as a number
    }
  }

  private static long key(Cell cell) {
    return (long) cell.getRowIndex() << 16 | cell.getColumnIndex();
  }

  /** What tells a numeric cell shown as a date for an amount: figures near it, its column's header, its row. */
  private record Evidence(Kind kind, String text) {
    enum Kind { FIGURES, HEADER, ROW }

    static final Evidence FIGURES = new Evidence(Kind.FIGURES, "");
  }

  /**
   * A header naming a column of amounts (its {@link HeaderLexicon#canonical} form): a total, a figure (预算数, 决算数,
   * 执行数), money (金额, 资金, 拨款) or what it is spent or received as (支出, 经费, 收入, 结余, 结转), as
   * {@code ColumnKinds} reads a column of numbers; never a header naming a date ({@link #DATE_WORD}).
   */
  private static final Pattern AMOUNT_HEADER = Pattern.compile(".*(金额|合计|小计|总计|数|支出|费|收入|结余|结转|拨款|资金)$");
  /** Words naming a date or a time (日期, 时间, 年月, 期限 …): a date under or after them is a date. */
  private static final Pattern DATE_WORD = Pattern.compile(".*(日期|时间|年月|月份|期限|时限|日)$");

  /**
   * The numeric cells shown as dates that stand where amounts belong, with what tells it: in its column, the
   * nearest cell with content above or below it (other dates passed over) is an amount (a numeric cell not shown
   * as a date); or the nearest text above it (dates passed over) is a header naming amounts ({@link
   * #AMOUNT_HEADER}: a whole column of figures shown as dates, each a day a document could be dated); or its row's
   * first cell is a classification code or a total. A date under a header naming a date (开始日期) or whose row
   * names it a date on its left (编制日期：) is none by header or row. A form's own date (编制日期) lies above the header, in a column of text; a column of
   * dates holds no amounts and is headed by a date's name or none. One pass over the cells (two when the sheet
   * holds a date), linear in them.
   */
  private static java.util.Map<Long, Evidence> datesAmongFigures(Sheet sheet) {
    boolean any = false;
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (date(cell)) {
          any = true;
          break;
        }
      }
      if (any) {
        break;
      }
    }
    if (!any) {
      return java.util.Map.of();
    }
    java.util.Map<Long, Evidence> out = new java.util.HashMap<>();
    java.util.Map<Integer, Boolean> aboveIsAmount = new java.util.HashMap<>();
    java.util.Map<Integer, String> textAbove = new java.util.HashMap<>(); // the nearest text above, dates passed over
    java.util.Map<Integer, List<Long>> pending = new java.util.HashMap<>();
    for (Row row : sheet) {
      String label = null; // the row's first cell with content, as shown ("" for a date)
      String left = ""; // the nearest text on the left in the row
      for (Cell cell : row) {
        int c = cell.getColumnIndex();
        CellType type = type(cell);
        if (date(cell)) {
          pending.computeIfAbsent(c, k -> new ArrayList<>()).add(key(cell));
          String header = textAbove.getOrDefault(c, "");
          if (!DATE_WORD.matcher(words(left)).matches() && !DATE_WORD.matcher(words(header)).matches()) {
            if (AMOUNT_HEADER.matcher(HeaderLexicon.canonical(header)).matches()) {
              out.putIfAbsent(key(cell), new Evidence(Evidence.Kind.HEADER, shortened(header)));
            } else if (label != null && !label.isEmpty() && (Texts.isCode(label)
                || Texts.isTotalLabel(Names.key(label)))) {
              out.putIfAbsent(key(cell), new Evidence(Evidence.Kind.ROW, shortened(label)));
            }
          }
          if (label == null) {
            label = "";
          }
        } else if (type == CellType.NUMERIC || type == CellType.STRING || type == CellType.BOOLEAN) {
          boolean amount = type == CellType.NUMERIC;
          List<Long> dates = pending.remove(c);
          if (dates != null && (amount || aboveIsAmount.getOrDefault(c, false))) {
            dates.forEach(d -> out.put(d, Evidence.FIGURES));
          }
          aboveIsAmount.put(c, amount);
          String text = shownPlainly(cell, type);
          if (type == CellType.STRING && !text.isBlank()) {
            textAbove.put(c, Names.normalize(text));
            left = text;
          } else if (!text.isBlank()) {
            textAbove.remove(c);
          }
          if (label == null && !text.isBlank()) {
            label = Names.normalize(text);
          }
        }
      }
    }
    pending.forEach((c, dates) -> {
      if (aboveIsAmount.getOrDefault(c, false)) {
        dates.forEach(d -> out.put(d, Evidence.FIGURES));
      }
    });
    return out;
  }

  /** At most 20 characters of a cell's text, for a message. */
  private static String shortened(String text) {
    return text.length() <= 20 ? text : text.substring(0, 20) + "…";
  }

  /** A text's words without spaces and a trailing colon (编制日期： → 编制日期). */
  private static String words(String text) {
    String k = Names.key(text);
    while (!k.isEmpty() && (k.endsWith(":") || k.endsWith("："))) {
      k = k.substring(0, k.length() - 1);
    }
    return k;
  }

  /** A text or numeric cell's content plainly (a number's decimal digits, no format); "" when unreadable. */
  private static String shownPlainly(Cell cell, CellType type) {
    try {
      return switch (type) {
        case STRING -> cell.getRichStringCellValue().getString();
        case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        default -> "";
      };
    } catch (RuntimeException e) {
      return ""; // a dangling shared string, counted where the cell is read
    }
  }

  /** The error a cell shows ({@code #DIV/0!}). */
  private static String errorText(Cell cell) {
    try {
      return FormulaError.forInt(cell.getErrorCellValue()).getString();
    } catch (IllegalArgumentException e) {
      return "#" + cell.getErrorCellValue();
    }
  }

  private Provenance at(int sheet, Cell cell, String ref) {
    return Provenance.builder().source(source).tableId(ref.substring(0, ref.lastIndexOf('!')))
        .page(sheet).line(cell.getRowIndex() + 1).text(ref).build();
  }
}
