package dev.yusuan.io.text;

import dev.yusuan.io.internal.CodeNames;
import dev.yusuan.io.internal.NameMemo;
import dev.yusuan.io.internal.Projects;
import dev.yusuan.io.internal.TableMapper;
import dev.yusuan.io.narrative.ClaimExtractor;
import dev.yusuan.io.narrative.NarrativeContext;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.BudgetUnit;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Code;
import dev.yusuan.model.ContentsEntry;
import dev.yusuan.model.Department;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Names;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Section;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.layout.Layout;
import dev.yusuan.model.layout.Layouts;
import dev.yusuan.model.layout.RowRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One read of a structured-text document. Not thread-safe; one instance per read. */
final class TextParser {
  private static final Pattern TITLE = Pattern.compile("(\\d{4})\\s*年度?\\s*(部门预算|部门决算|单位预算)");
  private static final Pattern SHORT = Pattern.compile("以下简称\\s*[\"“]?([^)\"”]{1,20})[\"”]?\\)");
  private static final Pattern REGION = Pattern.compile("^(\\S{2,10}?[省市区县州旗])\\s*\\d{4}\\s*年");
  private static final Pattern SUBUNIT = Pattern.compile("下属([^、,。;]{2,40}?)单位预算");
  static final Pattern COLUMN_NUMBER = Pattern.compile("\\d{1,3}");

  private final String source;
  private final Layouts layouts;
  private final Set<String> vocabulary;
  private final List<Line> lines;
  private final List<Diagnostic> diags = new ArrayList<>();
  private final List<ContentsEntry> contents = new ArrayList<>();
  private final List<RawSection> sections = new ArrayList<>();
  private final List<RawTable> tables = new ArrayList<>();
  private final java.util.BitSet readLines = new java.util.BitSet();
  /** Table cells normalised and keyed once per read: when the rows are named, and again when mapped. */
  private final NameMemo names = new NameMemo();

  private String departmentName;
  private String shortName;
  private String deptCode;
  private String region;
  private int year;
  private final Catalogue catalogue;
  private DocumentKind kind;
  private MoneyUnit docUnit;

  TextParser(String text, String source, Layouts layouts, Catalogue catalogue) {
    this.source = source;
    this.catalogue = catalogue;
    this.layouts = layouts;
    this.vocabulary = layouts.headerVocabulary();
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    t = PipeTables.tabbed(t);
    int[] bounds = lineBounds(t);
    boolean[] tabs = tabLines(t, bounds);
    lines = new ArrayList<>(bounds.length / 2);
    for (int k = 0; k < bounds.length; k += 2) {
      lines.add(new Line(k / 2 + 1, t, bounds[k], bounds[k + 1], tabs[k / 2]));
    }
  }

  /**
   * Whether each line ({@link #lineBounds}) holds a tab: the next tab of the text is searched again
   * only once the lines have passed it, so the text is read once (not to the next tab from every line).
   */
  static boolean[] tabLines(String t, int[] bounds) {
    boolean[] out = new boolean[bounds.length / 2];
    int nextTab = t.indexOf('\t');
    for (int k = 0; k < bounds.length; k += 2) {
      if (nextTab >= 0 && nextTab < bounds[k]) {
        nextTab = t.indexOf('\t', bounds[k]);
      }
      out[k / 2] = nextTab >= 0 && nextTab < bounds[k + 1];
    }
    return out;
  }

  /** The lines of {@code t} as {@link #lineBounds} finds them, each cut out of the text. */
  static List<String> splitLines(String t) {
    int[] bounds = lineBounds(t);
    List<String> out = new ArrayList<>(bounds.length / 2);
    for (int k = 0; k < bounds.length; k += 2) {
      out.add(t.substring(bounds[k], bounds[k + 1]));
    }
    return out;
  }

  /**
   * Where the lines of {@code t} are: start and end index of each, in pairs (the lines end by LF, CR or
   * CR LF; no last empty line after a final break). Found with {@code indexOf} (not {@code charAt} per
   * character); the next CR is searched again only once passed, so the text is read once. No line is
   * copied out of the text here.
   */
  static int[] lineBounds(String t) {
    // sized once to the number of lines (each line break, CR LF counted once, and a last line without
    // one): no growing copies, no trimming copy
    int[] out = new int[2 * lineCount(t)];
    int size = 0;
    int len = t.length();
    int start = 0;
    int cr = t.indexOf('\r');
    while (start < len) {
      if (cr >= 0 && cr < start) {
        cr = t.indexOf('\r', start);
      }
      int lf = t.indexOf('\n', start);
      int end = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      if (end < 0) {
        break;
      }
      if (size + 2 > out.length) {
        out = java.util.Arrays.copyOf(out, out.length * 2);
      }
      out[size++] = start;
      out[size++] = end;
      start = end + (t.charAt(end) == '\r' && end + 1 < len && t.charAt(end + 1) == '\n' ? 2 : 1);
    }
    if (start < len) {
      if (size + 2 > out.length) {
        out = java.util.Arrays.copyOf(out, size + 2);
      }
      out[size++] = start;
      out[size++] = len;
    }
    return size == out.length ? out : java.util.Arrays.copyOf(out, size);
  }

  /**
   * The number of lines {@link #lineBounds} finds in {@code t}: its line breaks (LF, CR, CR LF as one),
   * found with {@code indexOf}, and one more when the text does not end with a break.
   */
  static int lineCount(String t) {
    int n = 0;
    for (int i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) {
      n++;
    }
    int len = t.length();
    for (int i = t.indexOf('\r'); i >= 0; i = t.indexOf('\r', i + 1)) {
      if (i + 1 >= len || t.charAt(i + 1) != '\n') {
        n++; // a CR alone; a CR LF is counted at its LF
      }
    }
    if (len > 0 && t.charAt(len - 1) != '\n' && t.charAt(len - 1) != '\r') {
      n++;
    }
    return n;
  }

  /** Raw section: heading line and the lines after it. */
  private static final class RawSection {
    int level;
    String heading;
    int line;
    final List<String> text = new ArrayList<>();
  }

  /** Raw table before layout mapping. */
  private static final class RawTable {
    String title;
    int line;
    MoneyUnit unit;
    /** A unit of money the model lacks (千元 …) stated for the table: none of its amounts is read. */
    String unsupportedUnit;
    List<String[]> header = new ArrayList<>();
    String[] numbers;
    final List<String[]> body = new ArrayList<>();
    final List<Integer> bodyLines = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
  }

  BudgetDocument parse() {
    try {
      scan();
      return assemble();
    } catch (RuntimeException e) {
      diags.add(Diagnostic.of(Severity.ERROR, "text.internal",
          "读取时发生内部错误: " + e, "internal error while reading: " + e, Provenance.of(source)));
      return BudgetDocument.builder().source(source)
          .department(Department.builder().name(nonNull(departmentName, "")).build())
          .year(year).kind(kind == null ? DocumentKind.DEPARTMENT_BUDGET : kind)
          .unit(docUnit == null ? MoneyUnit.WAN_YUAN : docUnit).diagnostics(diags).build();
    }
  }

  private static String nonNull(String s, String d) {
    return s == null ? d : s;
  }

  // ---------------------------------------------------------------- scanning

  private void scan() {
    int n = lines.size();
    int i = 0;
    List<Line> cover = new ArrayList<>();
    while (i < n && !lines.get(i).heading()) {
      Line l = lines.get(i);
      if (l.tab) {
        stray(l);
      } else if (!l.blank()) {
        cover.add(l);
      }
      i++;
    }
    readCover(cover);
    RawSection current = null;
    RawTable lastTable = null;
    while (i < n) {
      Line l = lines.get(i);
      if (l.heading() && Names.key(l.headingText).equals("目录") && contents.isEmpty()) {
        i = readContents(i + 1);
        current = null;
        lastTable = null;
        continue;
      }
      int tableEnd = tableAt(i);
      if (tableEnd > 0) {
        lastTable = readTable(i, tableEnd);
        current = null;
        i = tableEnd;
        continue;
      }
      if (l.heading()) {
        current = new RawSection();
        current.level = l.sectionLevel();
        current.heading = l.headingText;
        current.line = l.number;
        sections.add(current);
        lastTable = null;
        i++;
        continue;
      }
      if (l.tab && !l.blank()) {
        stray(l);
      }
      if (current == null && lastTable != null) {
        if (!l.blank()) {
          lastTable.notes.add(l.norm());
        }
      } else {
        if (current == null) {
          if (l.blank()) {
            i++;
            continue;
          }
          current = new RawSection();
          current.level = 1;
          current.heading = "";
          current.line = l.number - 1;
          sections.add(current);
        }
        current.text.add(l.raw());
        readLines.set(l.number);
      }
      i++;
    }
  }

  private void stray(Line l) {
    diags.add(Diagnostic.unread("text.stray-row",
        "表格外的制表符行，未读取: " + l.norm(), "tab-separated line outside any table, not read: "
            + l.norm(), at(l.number, l.raw()), numbers(l.raw().split("\t", -1))));
  }

  private void readCover(List<Line> cover) {
    for (int k = 0; k < cover.size(); k++) {
      Matcher m = TITLE.matcher(cover.get(k).norm());
      if (m.find()) {
        year = Integer.parseInt(m.group(1));
        kind = kindOf(m.group(2));
        String before = cover.get(k).norm().substring(0, m.start()).strip();
        if (!before.isEmpty()) {
          departmentName = before;
        } else if (k > 0) {
          departmentName = cover.get(k - 1).norm();
        }
        return;
      }
    }
    if (!cover.isEmpty()) {
      departmentName = cover.get(0).norm();
    }
  }

  private static DocumentKind kindOf(String s) {
    return switch (s) {
      case "部门决算" -> DocumentKind.FINAL_ACCOUNT;
      case "单位预算" -> DocumentKind.UNIT_BUDGET;
      default -> DocumentKind.DEPARTMENT_BUDGET;
    };
  }

  private int readContents(int i) {
    int n = lines.size();
    String first = null;
    while (i < n) {
      Line l = lines.get(i);
      if (l.blank()) {
        i++;
        continue;
      }
      String entry;
      int level;
      if (l.heading()) {
        entry = l.headingText;
        level = l.sectionLevel();
        if (first != null && Names.key(entry).equals(first)) {
          return i;
        }
      } else if (!l.tab && (l.norm().startsWith("- ") || l.norm().startsWith("* "))) {
        entry = l.norm().substring(2).strip();
        level = new Line(0, "# " + entry).sectionLevel();
      } else {
        return i;
      }
      if (first == null) {
        first = Names.key(entry);
      }
      contents.add(ContentsEntry.of(level, entry));
      i++;
    }
    return i;
  }

  /** If a table starts at line index i, the index after its last row; else -1. */
  private int tableAt(int i) {
    Line l = lines.get(i);
    if (l.blank() || l.tab) {
      return -1;
    }
    boolean unit = l.isUnit();
    boolean title = !l.isDept() && !unit && !l.isOwner();
    String t = title ? (l.heading() ? l.headingText : l.norm()) : "";
    if (title && (t.length() > 60 || t.endsWith("。"))) {
      return -1;
    }
    int j = i + 1;
    int n = lines.size();
    int seen = 0;
    while (j < n && seen < 6) {
      Line m = lines.get(j);
      if (m.blank()) {
        j++;
        continue;
      }
      if (m.isUnit()) {
        unit = true;
      } else if (!m.isDept() && !m.isOwner()) {
        break;
      }
      seen++;
      j++;
    }
    if (j >= n || !lines.get(j).tab) {
      return -1;
    }
    if (!unit && !Names.key(t).endsWith("表")) {
      return -1;
    }
    // the rows: tab lines, blank lines between them allowed
    int end = j;
    while (end < n) {
      Line m = lines.get(end);
      if (m.tab) {
        end++;
        continue;
      }
      if (m.blank()) {
        int k = end;
        while (k < n && lines.get(k).blank()) {
          k++;
        }
        if (k < n && lines.get(k).tab) {
          end = k;
          continue;
        }
      }
      break;
    }
    return end;
  }

  /**
   * The rows without the columns that are blank in every row, header and body: a column nothing is printed in
   * carries nothing (a spreadsheet's merged cells copied as text leave one: every cell followed by an empty one),
   * while the columns around it would be told apart from the header by position. The rows themselves when no
   * column before the last one used is blank throughout (the usual case: nothing copied).
   */
  static List<String[]> withoutEmptyColumns(List<String[]> rows) {
    int width = 0;
    for (String[] r : rows) {
      width = Math.max(width, r.length);
    }
    boolean[] used = new boolean[width];
    int last = -1;
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        if (!used[c] && !r[c].isBlank()) {
          used[c] = true;
          last = Math.max(last, c);
        }
      }
    }
    int kept = 0;
    for (int c = 0; c <= last; c++) {
      kept += used[c] ? 1 : 0;
    }
    if (kept == last + 1) {
      return rows;
    }
    List<String[]> out = new ArrayList<>(rows.size());
    for (String[] r : rows) {
      List<String> cells = new ArrayList<>(kept + 1);
      for (int c = 0; c < r.length; c++) {
        if (c > last || used[c]) {
          cells.add(r[c]);
        }
      }
      out.add(cells.toArray(new String[0]));
    }
    return out;
  }

  private RawTable readTable(int i, int end) {
    Line l = lines.get(i);
    RawTable t = new RawTable();
    boolean titled = !l.isDept() && !l.isUnit() && !l.isOwner();
    t.title = titled ? (l.heading() ? l.headingText : l.norm()) : "";
    t.line = l.number;
    int j = titled ? i + 1 : i;
    List<String[]> rows = new ArrayList<>();
    List<Integer> rowLines = new ArrayList<>();
    for (; j < end; j++) {
      Line m = lines.get(j);
      if (m.isDept()) {
        if (deptCode == null) {
          deptCode = m.deptCode();
        }
        if (shortName == null) {
          shortName = m.deptName();
        }
      } else if (m.isUnit()) {
        t.unit = MoneyUnit.fromText(m.unitText()).orElse(null);
        t.unsupportedUnit = MoneyUnit.unsupported(m.unitText()).orElse(null);
        if (docUnit == null) {
          docUnit = t.unit;
        }
      } else if (m.tab) {
        readLines.set(m.number);
        rows.add(m.cells());
        rowLines.add(m.number);
      }
    }
    rows = withoutEmptyColumns(rows);
    // header rows, 栏次 row, body
    int colRow = -1;
    for (int r = 0; r < Math.min(rows.size(), 5); r++) {
      if (isColumnNumbers(rows.get(r))) {
        colRow = r;
        break;
      }
    }
    int bodyStart;
    if (colRow >= 0) {
      t.header = new ArrayList<>(rows.subList(0, colRow));
      t.numbers = rows.get(colRow);
      bodyStart = colRow + 1;
    } else {
      bodyStart = rows.isEmpty() || hasNumber(rows.get(0)) ? 0 : 1;
      while (bodyStart < rows.size() && isHeaderish(rows.get(bodyStart))) {
        bodyStart++;
      }
      t.header = new ArrayList<>(rows.subList(0, bodyStart));
    }
    for (int r = 0; r < (colRow >= 0 ? colRow : bodyStart); r++) {
      if (hasNumber(rows.get(r))) {
        diags.add(Diagnostic.unread("text.number-in-header",
            "表头行中的数值未读取", "number in a table header row not read",
            at(rowLines.get(r), String.join("\t", rows.get(r))), numbers(rows.get(r))));
      }
    }
    for (int r = bodyStart; r < rows.size(); r++) {
      t.body.add(rows.get(r));
      t.bodyLines.add(rowLines.get(r));
    }
    RawTable prev = tables.isEmpty() ? null : tables.get(tables.size() - 1);
    if (prev != null && (t.title.isEmpty() || Names.key(t.title).equals(Names.key(prev.title)))
        && sameHeader(prev.header, t.header) && !startsWithTotal(t)) {
      mergeContinuation(prev, t);
      return prev;
    }
    if (t.unit == null) {
      t.unit = docUnit != null ? docUnit : MoneyUnit.WAN_YUAN;
      diags.add(Diagnostic.of(Severity.WARNING, "text.no-unit", "表格未注明金额单位，按"
          + t.unit.symbol() + "读取", "table states no money unit; read as " + t.unit.symbol(),
          at(t.line, t.title)));
    }
    tables.add(t);
    return t;
  }

  private void mergeContinuation(RawTable prev, RawTable t) {
    int k = 0;
    while (k < t.body.size() && k < prev.body.size() && sameRow(prev.body.get(k), t.body.get(k))) {
      int ln = t.bodyLines.get(k);
      diags.add(Diagnostic.of(Severity.INFO, "text.repeated-row",
          "续页重复的表首行，已忽略(同第" + prev.bodyLines.get(k) + "行)",
          "row repeated at the top of a continuation page, ignored (same as line "
              + prev.bodyLines.get(k) + ")", at(ln, String.join("\t", t.body.get(k)))));
      k++;
    }
    for (; k < t.body.size(); k++) {
      prev.body.add(t.body.get(k));
      prev.bodyLines.add(t.bodyLines.get(k));
    }
    prev.notes.addAll(t.notes);
  }

  private static boolean sameRow(String[] a, String[] b) {
    return trimmedKeys(a).equals(trimmedKeys(b));
  }

  static List<String> trimmedKeys(String[] cells) {
    List<String> l = new ArrayList<>();
    for (String c : cells) {
      l.add(Names.key(c));
    }
    while (!l.isEmpty() && l.get(l.size() - 1).isEmpty()) {
      l.remove(l.size() - 1);
    }
    return l;
  }

  /**
   * {@code trimmedKeys(cells).size()}, keying cells from the end only until one is not empty; a cell
   * holding a printable ASCII character other than the space or a CJK ideograph is not keyed (keying
   * keeps those, so its key is not empty).
   */
  static int trimmedCount(String[] cells) {
    int n = cells.length;
    while (n > 0 && !keeps(cells[n - 1]) && Names.key(cells[n - 1]).isEmpty()) {
      n--;
    }
    return n;
  }

  /** Whether {@code s} holds a character that {@link Names#key} keeps: printable ASCII but the space, an ideograph. */
  private static boolean keeps(String s) {
    for (int i = 0, len = s.length(); i < len; i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7F || c >= 0x4E00 && c <= 0x9FFF) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameHeader(List<String[]> a, List<String[]> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!sameRow(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithTotal(RawTable t) {
    if (t.body.isEmpty()) {
      return true;
    }
    String[] r = t.body.get(0);
    for (int c = 0; c < Math.min(2, r.length); c++) {
      if (RowRule.labelKey(r[c]).equals("合计")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isColumnNumbers(String[] row) {
    boolean star = false;
    boolean any = false;
    for (String c : row) {
      String k = Names.key(c);
      if (k.isEmpty()) {
        continue;
      }
      any = true;
      if (k.equals("**") || k.equals("*")) {
        star = true;
      } else if (!TableMapper.isSmallNumber(k)) { // COLUMN_NUMBER, \d{1,3}
        return false;
      }
    }
    return any && star;
  }

  /** How many cells of a row are numbers (amounts a diagnostic reports as not read). */
  private static int numbers(String[] row) {
    int n = 0;
    for (String c : row) {
      if (TableMapper.isNumber(c)) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasNumber(String[] row) {
    for (String c : row) {
      if (TableMapper.isNumber(c)) {
        return true;
      }
    }
    return false;
  }

  private boolean isHeaderish(String[] row) {
    boolean vocab = false;
    for (String c : row) {
      if (TableMapper.isNumber(c)) {
        return false;
      }
      if (vocabulary.contains(Names.key(c))) {
        vocab = true;
      }
    }
    return vocab || (row.length > 0 && row[0].isBlank());
  }

  private Provenance at(int line, String text) {
    return Provenance.builder().source(source).line(line).text(text).build();
  }

  // ---------------------------------------------------------------- assembly

  /** Numbers with a unit or % on lines that are neither narrative nor table rows are named. */
  private void sweepUnread() {
    for (Line l : lines) {
      if (l.blank() || readLines.get(l.number) || l.tab) {
        continue;
      }
      String n = l.norm();
      if (!hasAsciiDigit(n) || n.indexOf('元') < 0 && n.indexOf('%') < 0) {
        continue; // every value token starts with a digit 0-9 and ends with 元 or %
      }
      Matcher m = ClaimExtractor.VALUE_TOKEN.matcher(n);
      while (m.find()) {
        diags.add(Diagnostic.of(Severity.INFO, "text.unread-number",
            "标题、目录或表注中的数值未读取: " + m.group(),
            "number in a heading, the contents or a table note not read: " + m.group(),
            at(l.number, m.group())));
      }
    }
  }

  private static boolean hasAsciiDigit(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private BudgetDocument assemble() {
    sweepUnread();
    if (docUnit == null) {
      docUnit = MoneyUnit.WAN_YUAN;
    }
    if (departmentName == null || departmentName.isEmpty()) {
      diags.add(Diagnostic.of(Severity.WARNING, "text.no-department", "未找到部门名称",
          "department name not found", Provenance.of(source)));
    }
    if (year == 0) {
      diags.add(Diagnostic.of(Severity.WARNING, "text.no-year", "未找到预算年度",
          "budget year not found", Provenance.of(source)));
    }
    List<Section> secs = new ArrayList<>();
    for (RawSection s : sections) {
      List<String> text = new ArrayList<>(s.text);
      while (!text.isEmpty() && text.get(text.size() - 1).isBlank()) {
        text.remove(text.size() - 1);
      }
      secs.add(Section.builder().level(s.level).heading(s.heading).text(String.join("\n", text))
          .provenance(Provenance.builder().source(source).line(s.line).section(s.heading).build())
          .build());
      if (shortName == null || !shortName.isEmpty()) {
        for (String line : text) {
          if (line.indexOf('称') < 0) {
            continue; // SHORT needs 简称, and no other character normalises to 称 (TextParserTest)
          }
          Matcher m = SHORT.matcher(Names.normalize(line));
          if (m.find()) {
            shortName = m.group(1).strip();
          }
        }
      }
      Matcher r = REGION.matcher(Names.key(s.heading));
      if (region == null && r.find()) {
        region = r.group(1);
      }
    }
    if (region != null && departmentName != null) {
      int p = departmentName.indexOf(region);
      if (p >= 0) {
        region = departmentName.substring(0, p + region.length());
      }
    }
    // tables: build, recognise
    List<DisclosureTable> built = new ArrayList<>();
    List<Layout> layoutOf = new ArrayList<>();
    for (int k = 0; k < tables.size(); k++) {
      RawTable rt = tables.get(k);
      // recognised from title and header before the rows are built, which are then named as built
      // (what TableMapper.annotate does to a built table)
      Built b = buildTable(rt, tableId(k + 1));
      DisclosureTable t = b.table();
      Optional<Layout> lay = b.layout();
      if (lay.isEmpty()) {
        diags.add(Diagnostic.of(Severity.WARNING, "text.unknown-table",
            "未识别的表格，保留为通用表格: " + t.title(),
            "table not recognised, kept as a generic table: " + t.title(), t.provenance()));
      }
      built.add(t);
      layoutOf.add(lay.orElse(null));
    }
    List<BudgetUnit> units = budgetUnits(built, layoutOf, secs);
    CodeNames codes = new CodeNames();
    for (int k = 0; k < built.size(); k++) {
      Layout lay = layoutOf.get(k);
      if (lay == null) {
        continue;
      }
      Optional<FactDimension> cd = lay.sections().get(0).codeDimension();
      if (cd.isEmpty() || cd.get().scheme().isEmpty()) {
        continue;
      }
      for (DisclosureTable.Row r : built.get(k).rows()) {
        if (r.code().isPresent() && r.label().isPresent()) {
          Code.tryParse(cd.get().scheme().get(), r.code().get())
              .ifPresent(c -> codes.add(c, r.label().get()));
        }
      }
    }
    codes.withFallback(Fallback.resolver(catalogue, year));
    // the same unit is printed on many rows: resolve each printed name once
    java.util.Map<String, Optional<String>> unitOf = new java.util.HashMap<>();
    TableMapper.Context ctx = new TableMapper.Context(source, printed -> unitOf.computeIfAbsent(printed,
        p -> units.stream().filter(u -> u.matches(p)).map(BudgetUnit::name).findFirst()), codes);
    List<Fact> facts = new ArrayList<>();
    List<PerformanceTarget> targets = new ArrayList<>();
    List<DisclosureTable> mapped = new ArrayList<>();
    List<List<TableMapper.ProjectRow>> projectTables = new ArrayList<>();
    for (int k = 0; k < built.size(); k++) {
      DisclosureTable t = built.get(k);
      Layout lay = layoutOf.get(k);
      String unsupported = tables.get(k).unsupportedUnit;
      if (unsupported != null) {
        // 千元 and the like: no amount is read (never in 元 or 万元); each printed one is reported
        diags.add(Diagnostic.of(Severity.WARNING, "text.unsupported-unit",
            "金额单位“" + unsupported + "”不受支持（仅元、万元、亿元），本表金额未读取: " + t.title(),
            "money unit \"" + unsupported + "\" is not supported (元, 万元 and 亿元 only); the table's amounts are "
                + "not read: " + t.title(), t.provenance()));
        diags.addAll(TableMapper.unmappedTable(t, source, "金额单位不受支持，数值未读取",
            "unsupported money unit; number not read"));
        mapped.add(t);
        continue;
      }
      if (lay == null) {
        diags.addAll(TableMapper.unmappedTable(t, source));
        mapped.add(t);
        continue;
      }
      TableMapper.Result res = TableMapper.map(t, lay, ctx, names);
      int collapsed = collapsedHeaderRow(tables.get(k), t.columns().size());
      if (collapsed >= 0 && !res.facts().isEmpty()) {
        // which columns the header's cells head is a guess: a finding on these figures is at most a WARNING
        diags.add(Diagnostic.of(Severity.WARNING, "text.collapsed-header",
            "表头行的单元格少于表格的列数且之间没有空单元格（合并单元格在复制时被去掉？），各列的表头无法确定，本表数据的检查结果降为警告: "
                + String.join(" | ", tables.get(k).header.get(collapsed)),
            "a header row has fewer cells than the table has columns and no empty cell between them (merged cells "
                + "lost when copied?): which column each heads is not known, so findings on this table's figures are at "
                + "most warnings: " + String.join(" | ", tables.get(k).header.get(collapsed)), t.provenance()));
        facts.addAll(doubtful(res.facts()));
      } else {
        facts.addAll(res.facts());
      }
      targets.addAll(res.targets());
      diags.addAll(res.diagnostics());
      mapped.add(res.table());
      if (lay.property("project-levels").isPresent()) {
        projectTables.add(res.projects());
      }
    }
    ClaimExtractor.Result claims = ClaimExtractor.extract(secs,
        new NarrativeContext(source, docUnit, codes).withYear(year));
    facts.addAll(claims.facts());
    diags.addAll(claims.diagnostics());
    diags.addAll(UnreadAmounts.find(lines, claims.facts(), claims.diagnostics(), source));
    Projects.Result projects = Projects.build(projectTables, source);
    diags.addAll(projects.diagnostics());

    Department.Builder dept = Department.builder().name(nonNull(departmentName, ""));
    if (shortName != null) {
      dept.shortName(shortName);
    }
    if (deptCode != null) {
      dept.code(deptCode);
    }
    return BudgetDocument.builder().source(source).region(Optional.ofNullable(region))
        .department(dept.build()).year(year)
        .kind(kind == null ? DocumentKind.DEPARTMENT_BUDGET : kind).unit(docUnit)
        .template(mapped.stream().anyMatch(t -> !t.kind().equals(DisclosureTable.UNKNOWN_KIND))
            ? Optional.of(layoutOf.stream().filter(x -> x != null).findFirst().get().template())
            : Optional.empty())
        .budgetUnits(units).contents(contents).tables(mapped).sections(secs)
        .claims(claims.claims()).targets(targets).projects(projects.projects()).facts(facts)
        .diagnostics(diags).build();
  }

  /**
   * A header row whose cells stand side by side from the first column with none empty between them, fewer than
   * the table's columns: the form of a table whose merged header cells were lost (a web page's table copied as
   * text puts one tab per cell, whatever it spans), where a cell's column is a guess. A row of one cell (a
   * caption) and a row naming the unit or department are not headers of columns.
   *
   * @return the index of the first such row among the table's header rows, or -1
   */
  static int collapsedHeaderRow(RawTable rt, int columns) {
    for (int r = 0; r < rt.header.size(); r++) {
      String[] h = rt.header.get(r);
      int k = trimmedCount(h);
      if (k < 2 || k >= columns) {
        continue;
      }
      boolean full = true;
      boolean caption = false;
      for (int c = 0; c < k; c++) {
        String key = Names.key(h[c]);
        full &= !key.isEmpty();
        caption |= h[c].contains("单位") || h[c].contains("编制") || h[c].contains("部门：") || h[c].contains("部门:");
      }
      if (full && !caption) {
        return r;
      }
    }
    return -1;
  }

  /** The facts marked doubtful, a provenance shared by several facts (a row's) copied once. */
  private static List<Fact> doubtful(List<Fact> facts) {
    java.util.Map<Provenance, Provenance> copied = new java.util.IdentityHashMap<>();
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      Provenance p = copied.computeIfAbsent(f.provenance(), q -> Provenance.builder().from(q).doubtful(true).build());
      out.add(Fact.builder().from(f).provenance(p).build());
    }
    return out;
  }

  /** {@code T01}, {@code T02}, …, {@code T100}: {@code String.format("T%02d", n)} without its parsing. */
  /**
   * The names {@link #SUBUNIT} finds in {@code text}, in order, as successive {@code find()}s find
   * them. A match starts at 下属: the pattern is tried from each 下属 only, not at every character
   * (TextParserProperties.subunitsAreTheSuccessiveFinds).
   */
  static List<String> subunits(String text) {
    List<String> out = new ArrayList<>(2);
    Matcher m = null;
    for (int at = text.indexOf("下属"); at >= 0; at = text.indexOf("下属", m.end())) {
      m = m == null ? SUBUNIT.matcher(text) : m;
      if (!m.find(at)) {
        break;
      }
      out.add(m.group(1));
    }
    return out;
  }

  static String tableId(int n) {
    return (n < 10 ? "T0" : "T") + n;
  }

  /** A built table and the layout recognised from its title and header. */
  private record Built(DisclosureTable table, Optional<Layout> layout) {}

  private Built buildTable(RawTable rt, String id) {
    int ncols = 0;
    for (String[] h : rt.header) {
      ncols = Math.max(ncols, trimmedCount(h));
    }
    for (String[] b : rt.body) {
      ncols = Math.max(ncols, trimmedCount(b));
    }
    if (rt.numbers != null) {
      ncols = Math.max(ncols, trimmedCount(rt.numbers));
    }
    List<List<String>> headerRows = new ArrayList<>();
    for (String[] h : rt.header) {
      List<String> row = new ArrayList<>();
      for (int c = 0; c < ncols; c++) {
        row.add(c < h.length ? names.normalize(h[c]) : "");
      }
      headerRows.add(row);
    }
    List<DisclosureTable.Column> cols = new ArrayList<>();
    for (int c = 0; c < ncols; c++) {
      List<String> path = new ArrayList<>();
      for (int r = 0; r < headerRows.size(); r++) {
        String v = headerRows.get(r).get(c);
        if (v.isEmpty() && hasBelow(headerRows, r, c)) {
          for (int cc = c - 1; cc >= 0; cc--) {
            String left = headerRows.get(r).get(cc);
            if (!left.isEmpty()) {
              // inherit only across cells that have sub-headers below (a merged group)
              v = hasBelow(headerRows, r, cc) ? left : "";
              break;
            }
          }
        }
        if (!v.isEmpty()) {
          path.add(v);
        }
      }
      Optional<String> num = Optional.empty();
      if (rt.numbers != null && c < rt.numbers.length) {
        String k = Names.key(rt.numbers[c]);
        if (!k.isEmpty() && !k.startsWith("*")) {
          num = Optional.of(k);
        }
      }
      cols.add(DisclosureTable.Column.of(c, path, num));
    }
    Optional<Layout> lay = layouts.recognise(rt.title, headerRows);
    TableMapper.RowNames rowNames = lay.isPresent() ? new TableMapper.RowNames(cols, lay.get()) : null;
    List<DisclosureTable.Row> rows = new ArrayList<>();
    for (int r = 0; r < rt.body.size(); r++) {
      String[] b = rt.body.get(r);
      String[] cells = new String[ncols];
      for (int c = 0; c < ncols; c++) {
        cells[c] = c < b.length ? b[c].strip() : "";
      }
      // an array: the list builder copies it at once, where it adds a list's cells one by one
      DisclosureTable.Row.Builder row = DisclosureTable.Row.builder().addCells(cells).line(rt.bodyLines.get(r));
      if (rowNames != null) {
        rowNames.name(row, c -> c < cells.length ? cells[c] : "", names);
      }
      rows.add(row.build());
    }
    DisclosureTable.Builder table = DisclosureTable.builder();
    lay.ifPresent(l -> table.kind(l.kind()));
    return new Built(table.id(id).title(rt.title).unit(rt.unit).headerRows(headerRows)
        .columns(cols).rows(rows).notes(rt.notes)
        .provenance(Provenance.builder().source(source).tableId(id).tableTitle(rt.title)
            .line(rt.line).build())
        .build(), lay);
  }

  private static boolean hasBelow(List<List<String>> h, int r, int c) {
    for (int rr = r + 1; rr < h.size(); rr++) {
      if (!h.get(rr).get(c).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private List<BudgetUnit> budgetUnits(List<DisclosureTable> tables, List<Layout> layoutOf,
      List<Section> secs) {
    List<String> printed = new ArrayList<>();
    for (int k = 0; k < tables.size(); k++) {
      Layout lay = layoutOf.get(k);
      if (lay == null) {
        continue;
      }
      for (dev.yusuan.model.layout.Section s : lay.sections()) {
        if (s.unitColumn().isEmpty()) {
          continue;
        }
        int col = -1;
        for (DisclosureTable.Column c : tables.get(k).columns()) {
          if (dev.yusuan.model.layout.Section.headerIs(c.headerPath(), s.unitColumn())) {
            col = c.index();
            break;
          }
        }
        if (col < 0) {
          continue;
        }
        for (DisclosureTable.Row r : tables.get(k).rows()) {
          String u = names.normalize(r.cell(col));
          if (!u.isEmpty() && !s.isTotalKey(names.labelKey(u)) && !printed.contains(u)) {
            printed.add(u);
          }
        }
      }
    }
    // longest name of each prefix group
    List<String> names = new ArrayList<>();
    for (String p : printed) {
      String best = p;
      for (String q : printed) {
        if (q.length() > best.length() && BudgetUnit.of(q, false).matches(best)) {
          best = q;
        }
      }
      if (!names.contains(best)) {
        names.add(best);
      }
    }
    for (Section s : secs) {
      if (s.text().indexOf('属') < 0) {
        continue; // SUBUNIT needs 下属, and no other character normalises to 属 (TextParserTest)
      }
      for (String found : subunits(Names.normalize(s.text()))) {
        String prefix = nonNull(shortName, "\u0000");
        String sub = found.startsWith(prefix) ? found.substring(prefix.length()) : found;
        if (sub.length() >= 2 && names.stream().noneMatch(x -> Names.key(x).contains(Names.key(sub)))) {
          names.add(sub);
        }
      }
    }
    List<BudgetUnit> units = new ArrayList<>();
    String dept = departmentName == null ? "" : departmentName;
    for (String n : names) {
      boolean own = !dept.isEmpty() && (Names.key(n).equals(Names.key(dept))
          || BudgetUnit.of(dept, false).matches(n));
      units.add(BudgetUnit.of(n, own));
    }
    if (!dept.isEmpty() && units.stream().noneMatch(BudgetUnit::ownLevel)) {
      units.add(0, BudgetUnit.of(dept, true));
    }
    units.sort((a, b) -> Boolean.compare(b.ownLevel(), a.ownLevel()));
    return units;
  }
}
