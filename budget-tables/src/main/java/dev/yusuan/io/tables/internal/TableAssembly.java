package dev.yusuan.io.tables.internal;

import dev.yusuan.io.internal.CodeNames;
import dev.yusuan.io.internal.TableMapper;
import dev.yusuan.io.narrative.CodeResolver;
import dev.yusuan.io.narrative.ClaimExtractor;
import dev.yusuan.io.narrative.NarrativeContext;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.Section;
import dev.yusuan.model.Code;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.layout.Layout;
import dev.yusuan.model.layout.Layouts;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.ContentsEntry;
import dev.yusuan.model.Department;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Names;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a {@link BudgetDocument} from the lines of a disclosure's pages, whatever printed them (a
 * PDF's positioned text, a workbook's cells): page cleaning, table assembly, grid rebuild, template
 * recognition and mapping. One instance reads one document: {@link #addPages} for each part, then
 * {@link #finish}.
 */
public final class TableAssembly {
  /** What the narrative hook receives: the lines of the narrative pages, in order, with the source. */
  public record Narrative(String source, List<TextLine> lines) {}

  private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
  /** A title naming a 单位预算's table: “2025年预算单位财务收支预算总表”. */
  private static final Pattern UNIT_TITLE = Pattern.compile("20\\d{2}\\s*年度?\\s*预算单位");
  /** A title naming a 部门预算's table: “2025年部门财务收支预算总表”. */
  private static final Pattern DEPARTMENT_TITLE = Pattern.compile("20\\d{2}\\s*年度?\\s*部门");

  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<DisclosureTable> tables = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();
  /** The performance targets (绩效指标) the forms print ({@code performance-form} strategy). */
  private final List<dev.yusuan.model.PerformanceTarget> targets = new ArrayList<>();
  private final List<Narrative> narratives = new ArrayList<>();
  private final Map<String, Integer> departments = new HashMap<>();
  /**
   * The names the first two pages of a part state after a label (预算主管部门：某局, 预算单位：某局): the
   * department when no table names one (tables printing 编制单位： blank).
   */
  private final Map<String, Integer> coverDepartments = new HashMap<>();
  private final Map<Integer, Integer> years = new HashMap<>();
  private final Map<MoneyUnit, Integer> units = new HashMap<>();
  private final List<RawTable> rawTables = new ArrayList<>();
  private final List<Grid> grids = new ArrayList<>();
  private final List<String> tableSources = new ArrayList<>();
  private final Map<String, Integer> templates = new HashMap<>();
  private boolean finalAccount;
  /**
   * Titles and cover lines naming the document a 单位预算 (“…年市级单位预算”, “2025年预算单位…表”) less those
   * naming it a 部门预算 (“…年部门预算”, “2025年部门…表”): a 单位预算 when above zero.
   */
  private int unitBudgetVotes;
  private final String format;
  /** Whether the pages are a character grid measured in display columns ({@link #displayWidth(boolean)}). */
  private boolean displayWidth;

  /**
   * Says the pages are space-aligned text measured in display columns (a Chinese character two columns), not
   * {@code pdftotext}'s one column a character: headers may then print a parent flush left over its leaves.
   */
  void displayWidth(boolean wide) {
    this.displayWidth = wide;
  }

  /** Every regional template the PDF reader knows. */
  private static final Layouts LAYOUTS = Layouts.of(Layouts.resource("jiangsu.layouts"),
      Layouts.resource("shanghai.layouts"));
  /**
   * The national 部门决算 template first (it wins ties), then the others: the set of a 部门决算 whose
   * tables print 行次 or 栏次 (see {@link #nationalFinal}).
   */
  private static final Layouts NATIONAL_FINAL = Layouts.of(Layouts.resource("national-final.layouts"),
      LAYOUTS);
  /** The national 部门预算 template's own layouts (see {@link #nationalBudget}). */
  private static final Layouts NATIONAL_BUDGET_ONLY = Layouts.resource("national-budget.layouts");
  /** The national 部门预算 template first (it wins ties), then the regional sets. */
  private static final Layouts NATIONAL_BUDGET = Layouts.of(NATIONAL_BUDGET_ONLY, LAYOUTS);
  /** The Zhejiang 部门预算 template's own layouts (see {@link #zhejiang}). */
  private static final Layouts ZHEJIANG_ONLY = Layouts.resource("zhejiang.layouts");
  /** The Zhejiang template first (it wins ties), then the regional sets. */
  private static final Layouts ZHEJIANG = Layouts.of(ZHEJIANG_ONLY, LAYOUTS);

  /**
   * An assembly whose own diagnostics are named {@code format.*} (e.g. {@code pdf.unknown-table},
   * {@code xlsx.unknown-table}).
   *
   * @param format the input format, the prefix of the diagnostics' codes
   */
  public TableAssembly(String format) {
    this.format = format;
  }

  /** Adds a diagnostic of the input (a page or sheet that cannot be read), in reading order. */
  public void diagnostic(Diagnostic d) {
    diagnostics.add(d);
  }

  /**
   * Adds the pages of one input part (one PDF file, one workbook): the budget year and kind their
   * titles state, their tables (caption, title, unit, department, grid lines; a table continued on the
   * next page merged) and their narrative lines.
   *
   * @param part the part's name (provenance source of its tables)
   * @param pages the part's pages, in order
   */
  public void addPages(String part, List<PageText> pages) {
    for (PageText p : pages) {
      for (TextLine l : p.lines()) {
        Matcher m = YEAR.matcher(l.key());
        // a title may carry its 单位 on the right of the same row
        boolean title = Texts.isTitle(PageAssembler.titleKey(l));
        if (m.find() && (l.fontSize() > 12 || title || l.index() < 30)) {
          years.merge(Integer.parseInt(m.group(1)), l.fontSize() > 12 ? 3 : 1, Integer::sum);
        }
        if (l.key().contains("决算") && !l.key().contains("预算")) {
          finalAccount |= title || p.page() == 1 && l.fontSize() >= 16;
        }
        if (title || p.page() == 1 && l.fontSize() >= 16) {
          unitBudgetVotes += kindVote(l.key());
        }
        if (p.page() <= 2) {
          coverDepartment(l);
        }
      }
    }
    // a page refused as a table's continuation is narrative: only the PDF reader counts its rows (OrphanRows)
    PageAssembler.Result r = PageAssembler.assemble(pages, format.equals("pdf"));
    for (int[] c : r.refused()) {
      RawTable t = r.tables().get(c[0]);
      diagnostics.add(Diagnostic.of(Severity.INFO, "pdf.not-continued",
          "本页以表头开始，但表头的列与上一表格不同，不作为其续页（页序有误？本页各行不属于任何识别出的表格）: " + t.title(),
          "the page opens with a header whose columns differ from the previous table's, so it is not taken as its "
              + "continuation (pages in another order? the page's rows belong to no table found): " + t.title(),
          Provenance.builder().source(part).page(c[1]).tableTitle(Optional.ofNullable(t.title())).build()));
    }
    for (int[] c : r.continuations()) {
      RawTable t = r.tables().get(c[0]);
      diagnostics.add(Diagnostic.of(Severity.INFO, "pdf.table-continued",
          "表格跨页续表，已合并: " + t.title(), "table continues on the next page; merged: " + t.title(),
          Provenance.builder().source(part).page(c[1]).tableTitle(Optional.ofNullable(t.title()))
              .build()));
    }
    for (RawTable t : r.tables()) {
      rawTables.add(t);
      tableSources.add(part);
      if (t.department() != null && !t.department().isEmpty()) {
        departments.merge(t.department(), 1, Integer::sum);
      }
    }
    narratives.add(new Narrative(part, r.narrative()));
    if (r.tables().isEmpty() && !r.narrative().isEmpty()) {
      narrativeDepartments(r.narrative()).forEach(d -> departments.merge(d, 1, Integer::sum));
    }
  }

  /** A cover line naming the department after its label (预算主管部门：某局), counted in {@link #coverDepartments}. */
  private void coverDepartment(TextLine l) {
    int d = PageAssembler.departmentSegment(l);
    if (d < 0) {
      return;
    }
    String k = l.segments().get(d).text().replace(" ", "");
    String name = k.substring(k.indexOf(':') + 1);
    if (Texts.endsLikeOrganisation(name)) {
      coverDepartments.merge(name, 1, Integer::sum);
    }
  }

  /** The cover's title: 某厅 2018 年度部门预算, on one line or wrapped over the first lines. */
  private static final Pattern COVER_TITLE = Pattern.compile("^(.{2,30}?)(20\\d{2})年度?部门(预算|决算)");
  /**
   * The narrative's own sentences about the department's totals: 某厅2019年度收入、支出预算总计,
   * 某厅本年收入预算合计 (the organisation's name ends as names of 部门 do).
   */
  private static final Pattern ORG_END = Pattern.compile("[厅局委办院会部署室心馆所站队校社府处学台园]$");
  /** A part or heading of the contents (第二部分 2019 年度部门预算表), not a department. */
  private static final Pattern NOT_DEPARTMENT = Pattern.compile("部分|目录|^[一二三四五六七八九十]+、");
  private static final Pattern BODY_TOTAL = Pattern.compile(
      "^(.{2,30}?[厅局委办院会部署室心馆所站队校社府处学台园])(?:20\\d{2}年度?)?(?:收入、支出|收支)?(?:预算|决算)?总计"
          + "|^(.{2,30}?[厅局委办院会部署室心馆所站队校社府处学台园])本年(?:收入|支出)(?:预算|决算)合计");

  /**
   * Department names a narrative part states: its cover title (the first five lines, also joined, for
   * a title wrapped after the year), else the sentences of its totals.
   */
  static List<String> narrativeDepartments(List<TextLine> lines) {
    List<String> out = new ArrayList<>();
    StringBuilder joined = new StringBuilder();
    for (TextLine l : lines.subList(0, Math.min(5, lines.size()))) {
      Matcher m = COVER_TITLE.matcher(l.key());
      if (m.find() && !NOT_DEPARTMENT.matcher(m.group(1)).find()) {
        out.add(m.group(1));
        return out;
      }
      joined.append(l.key());
    }
    Matcher m = COVER_TITLE.matcher(joined);
    if (m.find() && ORG_END.matcher(m.group(1)).find()) {
      out.add(m.group(1));
      return out;
    }
    for (TextLine l : lines) {
      Matcher b = BODY_TOTAL.matcher(l.key());
      if (b.find()) {
        out.add(b.group(1) != null ? b.group(1) : b.group(2));
      }
    }
    return out;
  }

  /**
   * Whether the tables are printed in the national 部门决算 template: a 行次 column (收入支出决算总表,
   * 财政拨款收入支出决算总表), or a 栏次 row in at least half of the tables (the national forms number the
   * columns of every table). The Shanghai district forms print no 行次 and at most a stray 栏次; a
   * document printing neither reads the same with either set (same facts, same identities).
   */
  static boolean nationalFinal(List<Grid> grids) {
    int numbered = 0;
    for (Grid g : grids) {
      boolean columnNumbers = false;
      for (Grid.Col c : g.columns()) {
        if (c.path().stream().anyMatch(h -> Names.key(h).equals("行次"))) {
          return true;
        }
        columnNumbers |= c.number() != null;
      }
      numbered += columnNumbers ? 1 : 0;
    }
    return !grids.isEmpty() && 2 * numbered >= grids.size();
  }
  /**
   * Whether a 部门预算's tables are printed in the national template (收支总表, 收入总表, 支出总表,
   * 财政拨款收支总表, 一般公共预算支出表 …): more of its tables are recognised by the national layouts alone
   * than by the regional sets (Jiangsu 收支预算总表 …, Shanghai 财务收支预算总表 …), which keep their own
   * documents.
   */
  static boolean nationalBudget(List<String> titles, List<List<List<String>>> headers) {
    int national = 0;
    int regional = 0;
    for (int i = 0; i < titles.size(); i++) {
      String title = titles.get(i);
      if (title == null) {
        continue;
      }
      List<List<String>> header = headers.get(i);
      if (recognise(LAYOUTS, title, header).isPresent()) {
        regional++;
      } else if (recognise(NATIONAL_BUDGET_ONLY, title, header).isPresent()) {
        national++;
      }
    }
    return national > regional;
  }


  /**
   * Whether a 部门预算's tables are printed in the Zhejiang template (部门收支预算总表 with 项目 | 预算数,
   * 部门支出预算总表 …, 部门项目支出预算表 by 单位名称 | 项目名称, 项目支出绩效表): more of its tables score
   * higher under the Zhejiang layouts than under every other set (regional and national) than the
   * other way round. Titles alone do not decide it (several are the same words as Jiangsu's); the
   * header keywords do.
   */
  static boolean zhejiang(List<String> titles, List<List<List<String>>> headers) {
    int zhejiang = 0;
    int other = 0;
    for (int i = 0; i < titles.size(); i++) {
      String title = titles.get(i);
      if (title == null) {
        continue;
      }
      List<List<String>> header = headers.get(i);
      int z = best(ZHEJIANG_ONLY, title, header);
      int o = Math.max(best(LAYOUTS, title, header), best(NATIONAL_BUDGET_ONLY, title, header));
      if (z > o) {
        zhejiang++;
      } else if (o > z) {
        other++;
      }
    }
    return zhejiang > other;
  }

  private static int best(Layouts layouts, String title, List<List<String>> header) {
    String t = Texts.recognitionTitle(title);
    return layouts.recognise(t, header).map(l -> l.score(t, header)).orElse(-1);
  }

  private static List<String> titles(List<RawTable> raws) {
    return raws.stream().map(RawTable::title).toList();
  }

  private static List<List<List<String>>> headers(List<Grid> grids) {
    return grids.stream().map(Grid::headerRows).toList();
  }

  /**
   * The layouts a document's tables are recognised with: a 部门决算 ({@code finalAccount}) in the national
   * template ({@code nationalFinal}: 行次 / 栏次 printed) the national 决算 set first, else the regional sets; a
   * 预算 the Zhejiang or the national 部门预算 set first when more of its titles (with their header rows) are
   * theirs, else the regional sets.
   *
   * @param finalAccount whether the document is a 决算
   * @param nationalFinal whether its tables print 行次 or 栏次 ({@link #nationalFinal})
   * @param titles the tables' titles, null where a table prints none
   * @param headers the tables' header rows, one entry per title
   * @return the set
   */
  static Layouts layouts(boolean finalAccount, boolean nationalFinal, List<String> titles,
      List<List<List<String>>> headers) {
    return finalAccount ? (nationalFinal ? NATIONAL_FINAL : LAYOUTS)
        : zhejiang(titles, headers) ? ZHEJIANG
        : nationalBudget(titles, headers) ? NATIONAL_BUDGET : LAYOUTS;
  }

  /**
   * The layout of a table: its title as {@link Texts#recognitionTitle} reads it and its header rows,
   * scored by every layout of {@code set}.
   *
   * @param set the document's layouts ({@link #layouts})
   * @param title the table's title as printed (its key)
   * @param header the header rows
   * @return the best-fitting layout, or empty
   */
  static Optional<Layout> recognise(Layouts set, String title, List<List<String>> header) {
    return set.recognise(Texts.recognitionTitle(title), header);
  }

  /**
   * The layout of a table of a document read with {@code set} ({@link #layouts}): a 预算's table no layout of
   * its set describes (a “三公” table of a document otherwise in Jiangsu's words) is tried with the national
   * 部门预算 template's layouts, which every region's forms derive from; a 决算's is not (its sets hold the
   * national one when it prints 行次).
   *
   * @param set the document's layouts
   * @param finalAccount whether the document is a 决算
   * @param title the table's title as printed (its key)
   * @param header the header rows
   * @return the best-fitting layout, or empty
   */
  static Optional<Layout> recognise(Layouts set, boolean finalAccount, String title, List<List<String>> header) {
    Optional<Layout> l = recognise(set, title, header);
    return l.isPresent() || finalAccount || set == NATIONAL_BUDGET ? l
        : recognise(NATIONAL_BUDGET_ONLY, title, header);
  }

  /**
   * Rebuilds the grid of every table added, recognises its layout by title and header, maps it to
   * facts and returns the document named {@code source}.
   *
   * @param source the document's source
   * @param catalogue the catalogue resolving names to codes
   * @return the document, with a diagnostic for every problem found
   */
  public BudgetDocument finish(String source, Catalogue catalogue) {
    int year = years.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(0);
    if (year == 0) {
      diagnostics.add(Diagnostic.of(Severity.WARNING, "pdf.no-year", "未找到预算年度",
          "no budget year found", Provenance.of(source)));
    }
    Grid previous = null;
    List<Grid> built = new ArrayList<>();
    for (RawTable raw : rawTables) {
      if (Texts.isFormTitle(raw.title())) {
        built.add(FormGrid.build(raw.grid())); // a form: labels and values side by side, no header
        continue;
      }
      previous = GridBuilder.build(raw.grid(), previous, format.equals("layout"), displayWidth);
      built.add(previous);
    }
    Layouts known = layouts(finalAccount, finalAccount && nationalFinal(built), titles(rawTables),
        headers(built));
    int index = 0;
    CodeNames codes = codeNames(catalogue, year);
    String tablesDepartment = tablesDepartment();
    for (int i = 0; i < rawTables.size(); i++) {
      RawTable raw = rawTables.get(i);
      String src = tableSources.get(i);
      Grid grid = built.get(i);
      index++;
      String id = String.format("T%02d", index);
      String lacking = raw.unitText() == null ? null : MoneyUnit.unsupported(raw.unitText()).orElse(null);
      MoneyUnit unit = raw.unitText() == null ? null : lacking != null ? MoneyUnit.YUAN
          : MoneyUnit.fromText(raw.unitText()).orElse(null);
      String title = raw.title() == null ? (raw.caption() == null ? id : raw.caption()) : raw.title();
      Provenance at = Provenance.builder().source(src).tableId(id).tableTitle(title)
          .page(raw.page()).line(raw.line()).build();
      // a table naming another organisation (a unit's set printed after the department's, 本级 beside 汇总):
      // its figures are that unit's, kept apart (BUDGET_UNIT) so no check compares them with the department's
      String otherUnit = tablesDepartment != null && raw.department() != null
          && !sameDepartment(Names.key(raw.department()), tablesDepartment) ? raw.department().strip() : null;
      if (otherUnit != null) {
        diagnostics.add(Diagnostic.of(Severity.WARNING, "pdf.department-mismatch",
            "表格标明的部门“" + raw.department() + "”与其他表格的“" + tablesDepartment + "”不一致，本表数字记为该单位的"
                + "（预算单位），不与其他表格相互核对: " + title,
            "the table names the department \"" + raw.department() + "\", the other tables \""
                + tablesDepartment + "\"; its figures are read as that unit's (budget unit) and not checked against "
                + "the other tables: " + title, at));
      }
      if (unit == null) {
        diagnostics.add(Diagnostic.of(Severity.WARNING, "pdf.no-unit",
            "表格没有金额单位，按万元读取: " + title, "table states no money unit; read as 万元: " + title,
            at));
        unit = MoneyUnit.WAN_YUAN;
      }
      if (lacking == null) {
        units.merge(unit, 1, Integer::sum);
      }
      for (String j : grid.rejoinedCodes()) {
        diagnostics.add(Diagnostic.of(Severity.INFO, "pdf.code-rejoined",
            "科目编码被空格或换行拆开，已合并: " + j, "code printed with a space or over two lines, rejoined: "
                + j, at));
      }
      Optional<Layout> layout = recognise(known, finalAccount, title, grid.headerRows());
      SplitCodes.Result split = SplitCodes.join(toTable(id, title, raw, grid, unit, at,
          layout.map(Layout::kind).orElse(DisclosureTable.UNKNOWN_KIND)), grid);
      if (split.joined() > 0) {
        diagnostics.add(Diagnostic.of(Severity.INFO, "pdf.code-rejoined",
            "科目编码分列印在类/款/项栏，已合并 " + split.joined() + " 行",
            "codes printed over 类/款/项 columns, joined on " + split.joined() + " rows", at));
      }
      DisclosureTable table = split.table();
      int tableYear = titleYear(raw.title());
      if (year != 0 && tableYear != 0 && tableYear != year
          && otherDisclosureYears(year, known, built).contains(tableYear)) {
        // a file holding the disclosures of two years (joined for an archive): the other year has tables of kinds
        // the year's tables print too, so every table titled with it is that year's, not this document's; it is
        // kept as printed and its amounts counted unread (never compared with the year's figures, never passing
        // as checked). Tables titled with a year of no such set are read: a year misprinted (structure.year)
        diagnostics.add(Diagnostic.of(Severity.WARNING, "pdf.year-mismatch",
            "表格标题的年度（" + tableYear + "年）与文件的年度（" + year + "年）不同，本表金额未读取（一个文件含两个年度的"
                + "公开？请分开检查）: " + title,
            "the table's title states " + tableYear + ", the document " + year + "; its amounts are not read (one "
                + "file holding two years' disclosures? check them separately): " + title, at));
        addTable(table, List.of(), List.of(), src);
        continue;
      }
      // a file holding two disclosures whose tables do not say whose or which year (two years' table files
      // joined, a unit's set naming no one): the set's first summary table (…总表) printed again after tables
      // of other kinds starts the second; from there on nothing is read as this document's (kept as printed,
      // counted unread), so nothing is compared across the two. A table naming another organisation is read as
      // that unit's (above).
      if (layout.isPresent() && repeatedSetFrom == null && otherUnit == null) {
        String kind = layout.get().kind();
        if (firstSummaryKind == null) {
          firstSummaryKind = title.contains("总表") ? kind : null;
        } else if (!kind.equals(firstSummaryKind)) {
          otherKindSince = true;
        } else if (otherKindSince) {
          repeatedSetFrom = title + " (p." + raw.page() + ")";
        }
      }
      if (repeatedSetFrom != null && otherUnit == null) {
        diagnostics.add(Diagnostic.of(Severity.WARNING, "pdf.repeated-set",
            "本表属于文件中的第二套公开表（自“" + repeatedSetFrom + "”起重复第一套表格），不知属于哪个单位或年度，金额未读取"
                + "（请把两份公开分开检查）: " + title,
            "this table belongs to a second set of tables in the file (from \"" + repeatedSetFrom + "\" on, the "
                + "first set repeated) whose unit or year is not stated; its amounts are not read (check the two "
                + "disclosures separately): " + title, at));
        addTable(table, List.of(), List.of(), src);
        continue;
      }
      if (lacking != null) {
        // 千元 and the like: no unit of the model, so no amount is read (never in 元 or 万元); each printed
        // amount is reported as unread (ReadingCounter), the table kept as printed
        diagnostics.add(Diagnostic.of(Severity.WARNING, "pdf.unsupported-unit",
            "金额单位“" + lacking + "”不受支持（仅元、万元、亿元），本表金额未读取: " + title,
            "money unit \"" + lacking + "\" is not supported (元, 万元 and 亿元 only); the table's amounts are not "
                + "read: " + title, at));
        addTable(table, List.of(), List.of(), src);
        continue;
      }
      Emitter out = new Emitter(src, table);
      if (layout.isEmpty()) {
        diagnostics.add(Diagnostic.of(Severity.WARNING, "pdf.unknown-table",
            "未识别的表格，按原样保留: " + title, "table not recognised; kept as printed: " + title, at));
        List<Diagnostic> d = TableMapper.unmappedTable(table, src);
        diagnostics.addAll(d);
        addTable(table, List.of(), d, src);
        continue;
      }
      templates.merge(layout.get().template(), 1, Integer::sum);
      Optional<String> strategy = layout.get().property("strategy");
      if (strategy.isEmpty()) {
        ColumnRoles.Result roles = ColumnRoles.infer(table, grid, layout.get());
        for (String note : roles.inferred()) {
          diagnostics.add(Diagnostic.of(Severity.INFO, "pdf.inferred-column",
              "列的用途由单元格内容推断: " + note, "column role inferred from its cells: " + note, at));
        }
        CodelessRows.Result named = CodelessRows.apply(roles.table(), grid, layout.get(), catalogue,
            year);
        for (String note : named.notes()) {
          diagnostics.add(Diagnostic.of(Severity.INFO, "pdf.row-by-name",
              "无编码的行按科目名称或算术识别: " + note,
              "row without a code resolved by its name or by arithmetic: " + note, at));
        }
        for (CodelessRows.RowNote w : named.warnings()) {
          diagnostics.add(Diagnostic.of(Severity.WARNING, w.code(), w.zh(), w.en(),
              Provenance.builder().from(at).page(w.row().page()).line(w.row().line()).build()));
        }
        DisclosureTable annotated = TableMapper.annotate(named.table(), named.layout());
        TableMapper.Result res = TableMapper.map(annotated, named.layout(),
            new TableMapper.Context(src, x -> Optional.empty(), codes));
        boolean inferred = !roles.inferred().isEmpty();
        List<Fact> read = !inferred && named.doubtfulRows().isEmpty() ? res.facts() : res.facts()
            .stream().map(f -> inferred || named.doubtfulRows().contains(
                f.provenance().page().orElse(-1) + "|" + f.provenance().line().orElse(-1))
                ? f.asDoubtful() : f).toList();
        read = CodelessRows.inGroups(read, named);
        MisplacedText.Result shifted = MisplacedText.apply(read, res.diagnostics());
        diagnostics.addAll(shifted.diagnostics());
        facts.addAll(ofUnit(addTable(res.table(), shifted.facts(), shifted.diagnostics(), src), otherUnit));
        continue;
      }
      if (!StrategyMapper.supports(strategy.get())) {
        diagnostics.add(Diagnostic.of(Severity.ERROR, "pdf.unknown-strategy",
            "版式策略未知: " + strategy.get(), "unknown layout strategy: " + strategy.get(), at));
        continue;
      }
      StrategyMapper.map(strategy.get(), layout.get(), out, grid, catalogue, year);
      MappedTable mt = out.finish();
      targets.addAll(out.targets());
      MisplacedText.Result shifted = MisplacedText.apply(mt.facts(), mt.diagnostics());
      diagnostics.addAll(shifted.diagnostics());
      facts.addAll(ofUnit(addTable(mt.table(), shifted.facts(), shifted.diagnostics(), src, out::isAmount),
          otherUnit));
    }
    String template = templates.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(null);
    if ("shanghai".equals(template) && finalAccount) {
      template = "shanghai-final"; // the 决算 set has its own rule pack
    }
    MoneyUnit unit = units.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(MoneyUnit.WAN_YUAN);
    // the department of the tables most name (when tables name several organisations, not one of its units)
    String dept = (departments.isEmpty() ? coverDepartments : departments).entrySet().stream()
        .filter(e -> tablesDepartment == null || sameDepartment(Names.key(e.getKey()), tablesDepartment))
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length()))
        .map(Map.Entry::getKey).orElse(null);
    String departmentKey = dept == null ? null : Names.key(dept); // none found: no organisation sign
    if (dept == null) {
      diagnostics.add(Diagnostic.of(Severity.WARNING, "pdf.no-department", "未找到部门名称",
          "no department name found", Provenance.of(source)));
      dept = "未知部门";
    }
    List<Section> sections = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<Narrative> own = ownNarratives(year, departmentKey);
    for (Narrative n : own) {
      List<Section> secs = NarrativeSections.sections(n.source(), n.lines());
      sections.addAll(secs);
      Map<Integer, Integer> pages = new java.util.HashMap<>();
      n.lines().forEach(l -> pages.putIfAbsent(l.index(), l.page()));
      ClaimExtractor.Result r = ClaimExtractor.extract(secs, new NarrativeContext(n.source(), unit,
          codes, line -> pages.containsKey(line) ? java.util.OptionalInt.of(pages.get(line))
              : java.util.OptionalInt.empty()).withYear(year));
      claims.addAll(r.claims());
      facts.addAll(r.facts());
      diagnostics.addAll(r.diagnostics());
      if (format.equals("pdf")) {
        // rows of a table outside every table found (the space-aligned reader says them by its text's spacing)
        diagnostics.addAll(OrphanRows.find(format, n.source(), n.lines(), r.facts(), r.diagnostics()));
      }
    }
    BudgetDocument.Builder b = BudgetDocument.builder().source(source).sections(sections)
        .claims(claims)
        .department(Department.builder().name(Names.normalize(dept)).build()).year(year)
        .kind(finalAccount ? DocumentKind.FINAL_ACCOUNT
            : unitBudgetVotes > 0 ? DocumentKind.UNIT_BUDGET : DocumentKind.DEPARTMENT_BUDGET).unit(unit)
        .template(Optional.ofNullable(template)).tables(tables).facts(facts).targets(targets).diagnostics(named(diagnostics));
    // the 目录 as printed: the first part's that lists tables (a tables part may repeat it in other
    // words and order); none printed: no contents
    List<ContentsEntry> contents = List.of();
    for (Narrative n : own) {
      List<ContentsEntry> c = dev.yusuan.io.narrative.ContentsReader.read(
          n.lines().stream().map(TextLine::text).toList());
      if (contents.isEmpty() || contents.stream().noneMatch(e -> e.title().endsWith("表"))) {
        contents = c.isEmpty() ? contents : c;
      }
    }
    return b.contents(contents).build();
  }

  /**
   * The narratives of this document: all, unless a second disclosure's narrative starts in one of them
   * ({@link SecondDisclosure}); then the lines before its start, and a diagnostic counting the amounts of the
   * rest (that part's lines from the start on and every later part) as unread, so the file never passes.
   */
  private List<Narrative> ownNarratives(int year, String departmentKey) {
    java.util.Set<String> others = new java.util.HashSet<>();
    for (String printed : departments.keySet()) {
      String k = Names.key(printed);
      if (departmentKey != null && !sameDepartment(k, departmentKey)) {
        others.add(k);
      }
    }
    SecondDisclosure second = new SecondDisclosure(year, departmentKey, others, repeatedSetFrom != null);
    List<Narrative> own = new ArrayList<>(narratives.size());
    SecondDisclosure.Start start = null;
    Narrative startedIn = null;
    int amounts = 0;
    for (Narrative n : narratives) {
      List<TextLine> rest = n.lines();
      if (start == null) {
        Optional<SecondDisclosure.Start> s = second.find(n.lines(), own.isEmpty());
        if (s.isEmpty()) {
          own.add(n);
          continue;
        }
        start = s.get();
        startedIn = n;
        own.add(new Narrative(n.source(), n.lines().subList(0, start.at())));
        rest = n.lines().subList(start.at(), n.lines().size());
      }
      for (TextLine l : rest) {
        Matcher m = ClaimExtractor.VALUE_TOKEN.matcher(l.text());
        while (m.find()) {
          amounts += m.group().endsWith("%") ? 0 : 1;
        }
      }
    }
    if (start != null) {
      diagnostics.add(Diagnostic.unread("pdf.second-disclosure",
          "自第 " + start.page() + " 页起是文件中的另一份公开（" + start.whyZh() + "），其说明未读取，也不与本文件的表格核对"
              + "（请把两份公开分开检查）",
          "from page " + start.page() + " on the file holds another disclosure (" + start.whyEn() + "): its narrative "
              + "is not read nor checked against this document's tables (check the two disclosures separately)",
          Provenance.builder().source(startedIn.source()).page(start.page())
              .line(startedIn.lines().get(start.at()).index()).build(), amounts));
    }
    return own;
  }

  /**
   * What one title or cover line says of the kind of a 预算: +1 for a 单位预算 (“单位预算”, a table title
   * “2025年预算单位…”), −1 for a 部门预算 (“部门预算” without those, a table title “2025年部门…”), 0 when it
   * says neither (“收支总表”, “一般公共预算支出表”: the national and Jiangsu titles name no kind).
   *
   * @param key the line's key
   * @return the vote
   */
  static int kindVote(String key) {
    if (key.contains("单位预算") || UNIT_TITLE.matcher(key).find()) {
      return 1;
    }
    return key.contains("部门预算") || DEPARTMENT_TITLE.matcher(key).find() ? -1 : 0;
  }

  /**
   * The diagnostics with their codes in this assembly's format: the stages name theirs {@code pdf.*}
   * (the format they were first written for); another format's reader gets {@code format.*}.
   */
  private List<Diagnostic> named(List<Diagnostic> all) {
    if (format.equals("pdf")) {
      return all;
    }
    return all.stream().map(d -> d.code().startsWith("pdf.")
        ? Diagnostic.builder().from(d).code(format + d.code().substring(3)).build() : d).toList();
  }

  /**
   * The department most tables name (编制部门： / 部门： / 单位名称, as a key), when at least two
   * tables name one; else null.
   */
  private java.util.Set<Integer> otherDisclosureYears;
  /** The kind of the first summary table (…总表) recognised; whether a table of another kind followed it. */
  private String firstSummaryKind;
  private boolean otherKindSince;
  /** The table from which on the file repeats its first set (a second disclosure), or null. */
  private String repeatedSetFrom;

  /**
   * The years other than the document's whose titled tables include a kind the document's year's tables print too
   * (another disclosure of that year in the file, not a misprint); computed once, only when a title states another
   * year.
   */
  private java.util.Set<Integer> otherDisclosureYears(int year, Layouts known, List<Grid> built) {
    if (otherDisclosureYears == null) {
      java.util.Set<String> kindsOfYear = new java.util.HashSet<>();
      Map<Integer, java.util.Set<String>> kindsOfOther = new HashMap<>();
      for (int i = 0; i < rawTables.size(); i++) {
        RawTable raw = rawTables.get(i);
        int y = titleYear(raw.title());
        if (raw.title() != null) {
          Optional<Layout> l = known.recognise(raw.title(), built.get(i).headerRows());
          if (l.isPresent()) {
            (y == 0 || y == year ? kindsOfYear : kindsOfOther.computeIfAbsent(y, k -> new java.util.HashSet<>()))
                .add(l.get().kind());
          }
        }
      }
      otherDisclosureYears = new java.util.HashSet<>();
      kindsOfOther.forEach((y, kinds) -> {
        if (kinds.stream().anyMatch(kindsOfYear::contains)) {
          otherDisclosureYears.add(y);
        }
      });
    }
    return otherDisclosureYears;
  }

  /** The one budget year a table's title states (2024年, 2024年度), or 0 when it states none or several. */
  static int titleYear(String title) {
    if (title == null) {
      return 0;
    }
    Matcher m = YEAR.matcher(title);
    int found = 0;
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (found != 0 && y != found) {
        return 0;
      }
      found = y;
    }
    return found;
  }

  private String tablesDepartment() {
    List<String> keys = new ArrayList<>();
    for (RawTable t : rawTables) {
      if (t.department() != null && !t.department().isBlank()) {
        keys.add(Names.key(t.department()));
      }
    }
    return tablesDepartment(keys);
  }

  /**
   * The department of the tables, from the printed names of the tables in order (keys); names that can be
   * the same department ({@link #sameDepartment}: cut by a cell, a prefix) count together. The organisation
   * the first table names when at least two tables name it (a file holding several organisations' sets prints
   * the department's first, its units' after, whichever prints more tables); otherwise (a stray or misprinted
   * first name) the one most tables name, a tie to the one named first. Of that organisation, the longest
   * name (the uncut one). Null when fewer than two tables name one.
   */
  static String tablesDepartment(List<String> keys) {
    if (keys.size() < 2) {
      return null;
    }
    Map<String, Integer> printed = new java.util.LinkedHashMap<>(); // each distinct name and how many tables
    keys.forEach(k -> printed.merge(k, 1, Integer::sum));
    String best = null;
    int bestVotes = 0;
    for (String k : printed.keySet()) { // in the order first named; organisations are few, tables many
      int votes = 0;
      for (Map.Entry<String, Integer> o : printed.entrySet()) {
        votes += sameDepartment(k, o.getKey()) ? o.getValue() : 0;
      }
      if (best == null && votes >= 2) {
        best = k;
        break;
      }
      if (votes > bestVotes) {
        best = k;
        bestVotes = votes;
      }
    }
    String chosen = best;
    for (String k : printed.keySet()) {
      if (sameDepartment(k, chosen) && sameDepartment(k, best) && k.length() > chosen.length()) {
        chosen = k;
      }
    }
    return chosen;
  }

  /**
   * Whether two printed department names (keys) can be the same department: equal, or one holds the
   * other (a name cut by its cell's width, 某某省某某法 / 某某省某某法院; a prefix such as 中共), unless only one
   * of them is the department's own part (某局本级 is one unit of 某局, whose tables hold all of its units).
   */
  static boolean sameDepartment(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    return (a.contains(b) || b.contains(a)) && a.contains("本级") == b.contains("本级");
  }

  /** Facts of a table naming another organisation, as that budget unit's (a unit a row names stays). */
  private static List<Fact> ofUnit(List<Fact> read, String unit) {
    if (unit == null) {
      return read;
    }
    return read.stream().map(f -> f.coordinates().has(FactDimension.BUDGET_UNIT) ? f
        : Fact.builder().from(f).coordinates(f.coordinates().with(FactDimension.BUDGET_UNIT, unit)).build())
        .toList();
  }

  /**
   * Keeps a read table with its reading coverage; unread amounts nobody reported become WARNINGs.
   * Returns the table's facts, doubtful when an amount printed in the table was not read (the missing
   * amount may be a term of any sum they enter: a failing check on them is at most a WARNING).
   */
  private List<Fact> addTable(DisclosureTable t, List<Fact> tableFacts, List<Diagnostic> tableDiags,
      String src) {
    return addTable(t, tableFacts, tableDiags, src, (row, col) -> true);
  }

  /** As above, a cell {@code amount} says is no amount (a form's score: {@link Emitter#notAnAmount}) not counted. */
  private List<Fact> addTable(DisclosureTable t, List<Fact> tableFacts, List<Diagnostic> tableDiags,
      String src, java.util.function.BiPredicate<Integer, Integer> amount) {
    ReadingCounter.Result counted = ReadingCounter.count(t, tableFacts, tableDiags, src, amount);
    tables.add(counted.table());
    diagnostics.addAll(counted.added());
    boolean complete = counted.table().coverage()
        .map(c -> c.amountsRead() >= c.amountsPrinted()).orElse(true);
    return complete ? tableFacts : TableMapper.doubtful(tableFacts);
  }

  /**
   * Names to codes: the code/name pairs the document's own tables print, then the catalogue of the
   * document's year.
   */
  private CodeNames codeNames(Catalogue catalogue, int year) {
    CodeNames names = new CodeNames();
    java.util.Set<Code> printed = new java.util.HashSet<>();
    for (RawTable raw : rawTables) {
      for (TextLine l : raw.grid()) {
        List<Segment> segs = l.segments();
        if (segs.size() >= 2 && Texts.isCode(segs.get(0).text())) {
          String code = segs.get(0).text();
          Scheme scheme = raw.title() != null && raw.title().contains("经济") || code.startsWith("3")
              && raw.title() != null && !raw.title().contains("功能") ? Scheme.ECONOMIC_DEPARTMENT
              : Scheme.FUNCTION;
          Code.tryParse(scheme, code).ifPresent(c -> {
            names.add(c, segs.get(1).text());
            printed.add(c);
          });
        }
      }
    }
    return names.withFallback(new CodeResolver() {
      /** A path that need not start at a 类 (人大事务(款)行政运行(项)): the codes the tables print first. */
      @Override
      public Optional<Code> resolvePath(Scheme scheme, List<String> path) {
        if (path.isEmpty()) {
          return Optional.empty();
        }
        List<Code> found = new ArrayList<>();
        for (dev.yusuan.model.CatalogueEntry e : catalogue.findByName(scheme, path.get(0), year)) {
          Code c = e.code();
          for (String n : path.subList(1, path.size())) {
            Code parent = c;
            c = catalogue.children(scheme, parent.digits(), year).stream().map(x -> x.code())
                .filter(x -> nameMatches(catalogue, scheme, x.digits(), n, year)).findFirst()
                .orElse(null);
            if (c == null) {
              break;
            }
          }
          if (c != null) {
            found.add(c);
          }
        }
        List<Code> inDoc = found.stream().filter(printed::contains).toList();
        List<Code> pick = inDoc.isEmpty() ? found : inDoc;
        return pick.size() == 1 ? Optional.of(pick.get(0)) : Optional.empty();
      }

      @Override
      public Optional<Code> resolveName(Scheme scheme, String name, Optional<Code> near) {
        String k = dev.yusuan.io.tables.internal.Layouts.labelKey(name);
        List<Code> l = catalogue.findByName(scheme, k, year).stream().map(e -> e.code()).toList();
        if (l.isEmpty() && !k.endsWith("支出")) {
          l = catalogue.findByName(scheme, k + "支出", year).stream().map(e -> e.code()).toList();
        }
        List<Code> inDoc = l.stream().filter(printed::contains).toList();
        List<Code> pick = inDoc.isEmpty() ? l : inDoc;
        return pick.size() == 1 ? Optional.of(pick.get(0)) : Optional.empty();
      }
    });
  }

  /** A name as the narrative prints it: the catalogue name with or without a trailing 支出. */
  private static boolean nameMatches(Catalogue catalogue, Scheme scheme, String code, String name,
      int year) {
    String n = Names.key(name);
    return catalogue.nameMatches(scheme, code, n, year)
        || catalogue.nameMatches(scheme, code, n + "支出", year)
        || n.endsWith("支出") && catalogue.nameMatches(scheme, code, n.substring(0, n.length() - 2),
            year);
  }

  /** The narrative lines of every part (for section and claim extraction). */
  public List<Narrative> narratives() {
    return narratives;
  }

  private static DisclosureTable toTable(String id, String title, RawTable raw, Grid grid, MoneyUnit unit,
      Provenance at, String kind) {
    DisclosureTable.Builder b = DisclosureTable.builder().id(id).title(title).kind(kind).unit(unit).provenance(at)
        .headerRows(grid.headerRows()).notes(raw.notes());
    for (int c = 0; c < grid.columns().size(); c++) {
      Grid.Col col = grid.columns().get(c);
      b.addColumns(DisclosureTable.Column.of(c, col.path(), Optional.ofNullable(col.number())));
    }
    for (Grid.GridRow r : grid.rows()) {
      Optional<String> code = Optional.empty();
      Optional<String> label = Optional.empty();
      for (int c = 0; c < grid.columns().size(); c++) {
        String cell = r.cell(c);
        if (cell.isBlank()) {
          continue;
        }
        Grid.Kind k = grid.columns().get(c).kind();
        if (k == Grid.Kind.CODE && Texts.isCode(cell) && code.isEmpty()) {
          code = Optional.of(cell);
        } else if (k != Grid.Kind.NUMBER && !Texts.isAmount(cell) && label.isEmpty()) {
          label = Optional.of(Names.normalize(cell));
        }
      }
      b.addRows(DisclosureTable.Row.builder().cells(r.cells()).label(label).code(code)
          .line(OptionalInt.of(r.line())).page(OptionalInt.of(r.page())).build());
    }
    return b.build();
  }
}
