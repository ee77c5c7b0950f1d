package dev.yusuan.io.tables.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the lines of a document's pages into tables (caption, title, unit, department, grid lines
 * over one or more pages, notes) and narrative lines. Page numbers and running headers/footers are
 * removed first; a table that continues on the next page is merged into one, its repeated header lines
 * dropped.
 */
public final class PageAssembler {
  /** What the pages hold. */
  public record Result(List<RawTable> tables, List<TextLine> narrative, List<TextLine> removed,
      List<int[]> continuations, List<int[]> refused) {}

  private static final java.util.regex.Pattern PROSE =
      java.util.regex.Pattern.compile("[\\u4e00-\\u9fff],|,[\\u4e00-\\u9fff]|。");

  private PageAssembler() {}

  /** A line under a table saying the table is empty: 本表无数据, 故本表为空表, 空表. */
  private static final java.util.regex.Pattern EMPTY_NOTE = java.util.regex.Pattern.compile(
      ".*(?:本表(?:为空表?|无数据|无内容|无此项)|空表).*");

  public static Result assemble(List<PageText> pages) {
    return assemble(pages, false);
  }

  /**
   * @param pages the pages, in order
   * @param checkHeaders whether a page that opens like a continuation is checked against the header the current
   *     table's first page prints ({@link ContinuationHeader}): a page opening with a header of other columns is
   *     refused as its continuation (its lines are narrative until the next title, where the rows they hold are
   *     told apart and counted unread: {@code OrphanRows}, for a reader that runs it, the PDF reader); a page
   *     opening with the table's header wrapped otherwise continues it, those header lines dropped; only lines
   *     of the first page's header anchor a continuation page's columns ({@link ColumnMap})
   * @return the tables and narrative lines
   */
  public static Result assemble(List<PageText> pages, boolean checkHeaders) {
    List<TextLine> removed = new ArrayList<>();
    List<List<TextLine>> cleaned = clean(pages, removed);
    List<RawTable> tables = new ArrayList<>();
    List<TextLine> narrative = new ArrayList<>();
    List<int[]> continuations = new ArrayList<>();
    List<int[]> refused = new ArrayList<>();
    RawTable cur = null;
    // the header of the current table as its first page prints it (the lines above its first body line)
    ContinuationHeader header = new ContinuationHeader();
    int bodyPage = -1; // the page of the current table's last body line
    boolean meta = false;
    boolean notes = false;
    Set<String> headerKeys = new HashSet<>();
    Map<String, TextLine> headerLines = new HashMap<>(); // the first page's header line of each key
    ColumnMap shift = null; // the repeated header's columns → the first page's, for this continuation page
    // the repeated title of the table continued on this page, until its first body line is seen
    TextLine resumed = null;
    for (int p = 0; p < pages.size(); p++) {
      List<TextLine> lines = cleaned.get(p);
      int pageNo = pages.get(p).page();
      boolean pageStart = true;
      for (int i = 0; i < lines.size(); i++) {
        TextLine line = lines.get(i);
        String key = line.key();
        boolean caption = isCaptionLine(line);
        String titleKey = titleKey(line);
        boolean title = Texts.isTitle(titleKey);
        if (meta && cur != null && (caption && cur.caption == null || title && cur.title == null)) {
          fillMeta(cur, line, caption, title);
          pageStart = false;
          continue;
        }
        if (title && !caption && pageStart && cur != null && titleKey.equals(cur.title)
            && !cur.pages.contains(pageNo) && metaFollows(lines, i)) {
          // the same table continues on this page under its repeated title
          cur.pages.add(pageNo);
          continuations.add(new int[] {tables.size() - 1, pageNo});
          resumed = line;
          meta = true;
          notes = false;
          pageStart = false;
          continue;
        }
        if (caption || title && metaFollows(lines, i)) {
          cur = new RawTable();
          cur.page = line.page();
          cur.line = line.index();
          cur.pages.add(line.page());
          tables.add(cur);
          headerKeys.clear();
          headerLines.clear();
          header = new ContinuationHeader();
          bodyPage = -1;
          meta = true;
          notes = false;
          pageStart = false;
          fillMeta(cur, line, caption, title);
          continue;
        }
        if (meta && cur != null) {
          if (cur.pages.size() > 1 && cur.grid.stream().noneMatch(l -> l.page() == pageNo)
              && (unitSegment(line) >= 0 || departmentSegment(line) >= 0)) {
            continue; // 部门/单位 line repeated with the title on a continuation page
          }
          if (fillUnitOrDepartment(cur, line, true)) {
            continue;
          }
          meta = false;
        }
        if (cur == null) {
          narrative.add(line);
          pageStart = false;
          continue;
        }
        if (pageStart && !cur.pages.contains(pageNo)) {
          pageStart = false;
          if ((headerKeys.contains(key) || looksLikeGrid(line)) && checkHeaders
              && !Texts.isFormTitle(cur.title) && !header.continuedBy(lines, i)) {
            // the page opens with the header of other columns: another table's page (pages put in another
            // order), not this one's continuation; its rows are no rows of this table
            refused.add(new int[] {tables.size() - 1, pageNo});
            cur = null;
            narrative.add(line);
            continue;
          }
          if (headerKeys.contains(key) || looksLikeGrid(line)
              || checkHeaders && !Texts.isFormTitle(cur.title) && header.repeatedBy(line)) {
            // (a page opening with the table's header wrapped otherwise, its first line a lone 科目编码, continues it)
            cur.pages.add(pageNo);
            continuations.add(new int[] {tables.size() - 1, pageNo});
            notes = false;
          } else {
            cur = null;
            narrative.add(line);
            continue;
          }
        }
        pageStart = false;
        if (cur.pages.size() > 1 && cur.pages.get(cur.pages.size() - 1) == pageNo
            && headerKeys.contains(key) && cur.grid.stream().noneMatch(l -> l.page() == pageNo)
            && !Texts.isFormTitle(cur.title)) {
          // header repeated on a continuation page (a form keeps it: its header rows are in the body and
          // name the columns of the rows below them on that page); its columns anchor the page's body to
          // the first page's columns
          // (checking headers, a line of the first page's header only: a lone 出 repeated from a header wrapped
          // otherwise is no anchor of a body label's 出)
          if (!checkHeaders || header.printed(key)) {
            shift = ColumnMap.add(shift, pageNo, line, headerLines.get(key));
          }
          continue;
        }
        if (checkHeaders && cur.pages.size() > 1 && cur.pages.get(cur.pages.size() - 1) == pageNo
            && bodyPage != pageNo && !Texts.isFormTitle(cur.title) && header.holds(line)) {
          // the header repeated on a continuation page wrapped otherwise (each of its characters one of the first page's
          // header): no row of the table
          continue;
        }
        if (fillUnitOrDepartment(cur, line, false) && cur.grid.stream().allMatch(l -> l.page() != pageNo)) {
          continue; // 部门/单位 line repeated on a continuation page
        }
        boolean note = key.startsWith("注") || key.startsWith("说明:") || key.startsWith("备注")
            || EMPTY_NOTE.matcher(key).matches() && key.length() <= 80;
        // a form (绩效目标表) prints prose in its cells (年度目标, 指标): only a part heading ends it
        if (!note && isNarrativeLine(line, pages.get(p))
            && (!Texts.isFormTitle(cur.title) || isPartHeading(line))) {
          cur = null;
          narrative.add(line);
          continue;
        }
        if (note) {
          notes = true;
        }
        if (notes) {
          cur.notes.add(line.text());
          continue;
        }
        boolean form = Texts.isFormTitle(cur.title);
        if (resumed != null && resumed.page() == pageNo && (hasAmount(line) || form)) {
          if (form ? opensLike(cur, line) : HeaderLines.isTotalRow(line) && firstBodyLineIsTotal(cur)) {
            // a table under the same title that opens with its own 合计 is another table (the forms
            // print e.g. 项目支出预算表 once per project level), not the previous one continued; so is a
            // form (绩效目标表) that opens as the previous one did (项目名称 …: the next project's form)
            cur.pages.remove(cur.pages.size() - 1);
            continuations.remove(continuations.size() - 1);
            RawTable next = new RawTable();
            next.title = cur.title;
            next.unitText = cur.unitText;
            next.department = cur.department;
            next.page = pageNo;
            next.line = resumed.index();
            next.pages.add(pageNo);
            tables.add(next);
            cur = next;
          }
          resumed = null;
        } else if (resumed != null && resumed.page() != pageNo) {
          resumed = null;
        }
        cur.grid.add(shift != null && shift.page() == pageNo ? shift.apply(line) : line);
        header.add(line);
        if (HeaderLines.isBodyLine(line)) {
          bodyPage = pageNo;
        }
        if (!hasAmount(line) && headerKeys.add(key)) {
          headerLines.put(key, line);
        }
      }
    }
    return new Result(tables, narrative, removed, continuations, refused);
  }

  /**
   * The key of a line that may begin a table (a caption, or a title: {@link Texts#isTitle} of {@link #titleKey}), as
   * this stage tells them; null for any other line.
   *
   * @param line a line of a page
   * @return its title or caption key, or null
   */
  public static String tableHead(TextLine line) {
    if (isCaptionLine(line)) {
      return line.key();
    }
    String k = titleKey(line);
    return Texts.isTitle(k) ? k : null;
  }

  private static boolean isCaptionLine(TextLine line) {
    return Texts.isCaption(line.key())
        || line.segments().size() > 1 && Texts.isCaption(line.segments().get(0).text().replace(" ", ""))
        && Texts.isTitle(line.key().substring(line.segments().get(0).text().replace(" ", "").length()));
  }

  private static void fillMeta(RawTable t, TextLine line, boolean caption, boolean title) {
    if (caption && line.segments().size() > 1 && !Texts.isCaption(line.key())) {
      String first = line.segments().get(0).text().replace(" ", "");
      t.caption = first;
      t.title = line.key().substring(first.length());
      return;
    }
    if (caption) {
      t.caption = line.key();
    } else if (title) {
      t.title = titleKey(line);
      int u = unitSegment(line);
      if (u >= 0) {
        String k = line.segments().get(u).text().replace(" ", "");
        t.unitText = k.substring(k.indexOf(':') + 1);
      }
    }
  }

  /**
   * The line's key without a 单位：万元 printed as its last cell, on the right of the title row (the title
   * then is what precedes it); else the line's key.
   */
  static String titleKey(TextLine line) {
    int u = unitSegment(line);
    if (u <= 0 || u != line.segments().size() - 1) {
      return line.key();
    }
    StringBuilder b = new StringBuilder();
    for (int s = 0; s < u; s++) {
      b.append(line.segments().get(s).text().replace(" ", ""));
    }
    String k = b.toString();
    return line.key().startsWith(k) ? k : line.key();
  }

  /** Whether a unit or department line follows within four lines (what makes a title a table's). */
  private static boolean metaFollows(List<TextLine> lines, int i) {
    for (int k = i + 1; k < Math.min(lines.size(), i + 5); k++) {
      TextLine l = lines.get(k);
      if (isCaptionLine(l) || unitSegment(l) >= 0 || departmentSegment(l) >= 0) {
        return true;
      }
    }
    return false;
  }

  static int unitSegment(TextLine l) {
    for (int s = 0; s < l.segments().size(); s++) {
      String k = l.segments().get(s).text().replace(" ", "");
      if (k.startsWith("单位:") || k.startsWith("金额单位:") || k.startsWith("计量单位:")) {
        return s;
      }
    }
    return -1;
  }

  /** 部门：, 部门名称：, 单位名称：, 预算单位：, 编制单位：, 编制部门：, 预算主管部门：, 主管部门：, 部门(单位)：. */
  private static final java.util.regex.Pattern DEPARTMENT_LABEL = java.util.regex.Pattern.compile(
      "^(?:(?:编制|预算主管|主管|预算)(?:部门|单位)|部门|单位名称|部门名称)(?:\\(单位\\))?:");

  static int departmentSegment(TextLine l) {
    for (int s = 0; s < l.segments().size(); s++) {
      String k = l.segments().get(s).text().replace(" ", "");
      if (DEPARTMENT_LABEL.matcher(k).lookingAt()) {
        return s;
      }
    }
    return -1;
  }

  /**
   * Reads 单位：万元 and 部门：… from a line; false when the line has neither. {@code meta}: the line is among
   * those right under the title, where a line may continue a 部门 label printed with no name.
   */
  private static boolean fillUnitOrDepartment(RawTable t, TextLine l, boolean meta) {
    int u = unitSegment(l);
    int d = departmentSegment(l);
    boolean lone = l.segments().size() <= 2 && t.unitText != null && t.unitText.endsWith("万")
        && l.segments().stream().anyMatch(s -> s.text().equals("元"));
    // a label with no name (编制单位： blank) takes the next line as its name only when that line is one
    // run of text ending as an organisation's name: a line of two or more cells is the header's first line
    // (本年收入 | 本年支出), and 合计 or 二、事业收入 a row of a blank form, not a name
    if (u < 0 && d < 0 && !lone && !(meta && t.department != null && t.department.isEmpty()
        && l.segments().size() == 1 && Texts.endsLikeOrganisation(l.key()) && !hasAmount(l))) {
      return false;
    }
    List<String> rest = new ArrayList<>();
    for (int s = 0; s < l.segments().size(); s++) {
      String k = l.segments().get(s).text().replace(" ", "");
      if (s == u) {
        t.unitText = k.substring(k.indexOf(':') + 1);
      } else if (s == d) {
        t.department = k.substring(k.indexOf(':') + 1);
      } else if (k.equals("元") && t.unitText != null && t.unitText.endsWith("万")) {
        t.unitText = t.unitText + "元";
      } else {
        rest.add(k);
      }
    }
    if (!rest.isEmpty() && t.department != null && (d >= 0 || t.department.isEmpty()
        || u >= 0 && d < 0)) {
      t.department = t.department + String.join("", rest);
    } else if (!rest.isEmpty() && t.department == null && u >= 0) {
      t.department = String.join("", rest);
    }
    return true;
  }

  /** Whether {@code line} opens with the label the first line of form {@code t} opens with (项目名称 …). */
  private static boolean opensLike(RawTable t, TextLine line) {
    return !t.grid.isEmpty() && !line.segments().isEmpty() && !t.grid.get(0).segments().isEmpty()
        && t.grid.get(0).segments().get(0).text().replace(" ", "")
            .equals(line.segments().get(0).text().replace(" ", ""));
  }

  private static boolean isPartHeading(TextLine l) {
    return l.key().matches("^第[一二三四五六七八九十]+部分.*");
  }

  /** Whether the first body line (the first with an amount) of {@code t} is a total row. */
  private static boolean firstBodyLineIsTotal(RawTable t) {
    for (TextLine l : t.grid) {
      if (hasAmount(l)) {
        return HeaderLines.isTotalRow(l);
      }
    }
    return false;
  }

  static boolean hasAmount(TextLine l) {
    for (Segment s : l.segments()) {
      if (Texts.isMoneyLike(s.text())) {
        return true;
      }
    }
    return hasTypedAmount(l);
  }

  /** A number cell of a typed source (a spreadsheet) showing an amount, bare integers included. */
  static boolean hasTypedAmount(TextLine l) {
    for (Segment s : l.segments()) {
      if (s.typedAmount()) {
        return true;
      }
    }
    return false;
  }

  /** A line that can belong to a table grid: several cells, an amount or a code. */
  private static boolean looksLikeGrid(TextLine l) {
    if (l.segments().size() >= 2 || hasAmount(l)) {
      return true;
    }
    String k = l.key();
    return Texts.isCode(k) || Texts.isTotalLabel(k);
  }

  /** A line of running prose (a long single run of text), which ends a table. */
  private static boolean isNarrativeLine(TextLine l, PageText page) {
    String k = l.key();
    if (isPartHeading(l)) {
      return true;
    }
    if (PROSE.matcher(k).find() && k.length() >= 12) {
      return true;
    }
    if (l.segments().size() != 1) {
      return false;
    }
    Segment s = l.segments().get(0);
    return k.length() >= 25 && s.width() > page.width() * 0.55 && !hasAmount(l);
  }

  /** Removes page numbers and running headers/footers (the same text at the same place on many pages). */
  private static List<List<TextLine>> clean(List<PageText> pages, List<TextLine> removed) {
    Map<String, Integer> repeats = new HashMap<>();
    for (PageText p : pages) {
      Set<String> seen = new HashSet<>();
      for (TextLine l : p.lines()) {
        if (edge(l, p)) {
          String k = l.key() + "@" + Math.round(l.baseline() / 3);
          if (seen.add(k)) {
            repeats.merge(k, 1, Integer::sum);
          }
        }
      }
    }
    int threshold = Math.max(3, (pages.size() + 1) / 2);
    List<List<TextLine>> out = new ArrayList<>();
    for (PageText p : pages) {
      List<TextLine> keep = new ArrayList<>();
      for (TextLine l : p.lines()) {
        boolean edge = edge(l, p);
        // 第 3 页 共 12 页 printed with spaces is several segments; a bare 1 2 3 is a page number only in one to three
        boolean number = edge && (l.segments().size() <= 3 || l.key().contains("页")) && Texts.isPageNumber(l.key());
        boolean running = edge && repeats.getOrDefault(l.key() + "@" + Math.round(l.baseline() / 3), 0)
            >= threshold && !Texts.isTitle(l.key()) && !Texts.isCaption(l.key());
        if (number || running) {
          removed.add(l);
        } else {
          keep.add(l);
        }
      }
      out.add(keep);
    }
    return out;
  }

  private static boolean edge(TextLine l, PageText p) {
    return l.baseline() > p.height() * 0.88 || l.baseline() < p.height() * 0.07;
  }
}
