package dev.yusuan.rules.internal;

import dev.yusuan.model.ContentsEntry;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Names;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Structural checks: contents against tables, empty tables, units, years. */
public final class Structure {
  private static final Pattern YEAR = Pattern.compile("(20\\d\\d|19\\d\\d)\\s*年");
  /** A note saying a table has nothing to show (本表无数据, 本部门无相关收支项目, 我单位无…支出安排). */
  private static final Pattern EMPTY_NOTE = Pattern.compile(
      ".*(无数据|空表|无此项|不涉及|(?:没有|无)(?:相关)?[^，,。;；]{0,24}?(?:支出|收入|收支|安排|经费|项目|预算)).*");
  /** A note saying of the table itself that it is empty: 本表为空表, 本表无数据, 故本表为空. */
  private static final Pattern TABLE_EMPTY_NOTE = Pattern.compile(".*(?:本表(?:为空表?|无数据|无内容|无此项)|空表).*");

  private Structure() {}

  /** Every template's layouts: a contents entry is recognised by the title keywords of its table. */
  static final dev.yusuan.model.layout.Layouts LAYOUTS = dev.yusuan.model.layout.Layouts.of(
      dev.yusuan.model.layout.Layouts.zhejiang(), dev.yusuan.model.layout.Layouts.resource("jiangsu.layouts"),
      dev.yusuan.model.layout.Layouts.resource("shanghai.layouts"));
  /** What a contents entry and a table title may differ by: numbering, year, whose tables, brackets. */
  private static final Pattern TITLE_NOISE = Pattern.compile(
      "^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+[、.]|\\d{1,2}[、.]|\\([一二三四五六七八九十\\d]+\\)|附[表件]\\d*)"
          + "|\\((?:功能科目|经济科目|公开表[一二三四五六七八九十\\d]*|表[一二三四五六七八九十\\d]+)\\)|20\\d\\d年度?|\"");

  /**
   * Tables listed in the contents (目录) are present, and present tables are listed, for every
   * template: an entry and a table belong together when their titles are the same up to numbering,
   * year and brackets, when the layouts recognise both as the same kind of table (by the title
   * keywords alone), when the layout of one recognises the other's title, when one title contains the
   * other, or when the titles share most of their
   * character pairs (the same words in another order) — in that order, each table and entry used
   * once. Entries with entries under them (第二部分 部门预算表) are parts, not tables. A listed table
   * that is absent is an ERROR when the reader recognised every table of the document, else a
   * WARNING (an unrecognised table looks the same); a table not listed is a WARNING.
   */
  public static void contents(Ctx ctx) {
    List<ContentsEntry> all = ctx.document().contents();
    List<ContentsEntry> listed = new ArrayList<>();
    List<String> listedTitles = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      ContentsEntry e = all.get(i);
      boolean part = i + 1 < all.size() && all.get(i + 1).level() > e.level();
      String title = part ? null : title(e.title());
      if (title != null && title.endsWith("表")) {
        listed.add(e);
        listedTitles.add(title);
      }
    }
    if (listed.isEmpty()) {
      return;
    }
    List<DisclosureTable> present = new ArrayList<>();
    List<String> presentTitles = new ArrayList<>();
    java.util.Set<String> titles = new java.util.HashSet<>();
    boolean allRecognised = true;
    java.util.Set<String> families = new java.util.HashSet<>();
    for (DocIndex.TableGroup g : ctx.groups()) {
      DisclosureTable t = g.first();
      allRecognised &= !t.kind().equals(DisclosureTable.UNKNOWN_KIND)
          && t.coverage().map(dev.yusuan.model.ReadingCoverage::isAdequate).orElse(true);
      String tt = title(t.title());
      if (titles.add(t.kind() + "|" + tt)) {
        present.add(t);
        presentTitles.add(tt);
        families.add(family(t.kind()));
      }
    }
    int[] tableOf = match(listed, listedTitles, present, presentTitles, families);
    java.util.Set<String> listedKinds = new java.util.HashSet<>();
    java.util.Set<String> matchedTitles = new java.util.HashSet<>();
    boolean[] used = new boolean[present.size()];
    for (int j : tableOf) {
      if (j >= 0) {
        used[j] = true;
        listedKinds.add(present.get(j).kind());
        matchedTitles.add(presentTitles.get(j));
      }
    }
    for (int i = 0; i < listed.size(); i++) {
      if (tableOf[i] < 0) {
        ContentsEntry e = listed.get(i);
        ctx.emit(allRecognised ? null : Severity.WARNING, "目录列出“" + e.title() + "”，但文档中没有这张表"
                + (allRecognised ? "" : "（文档中有未能识别或未完整读取的表格，可能即是此表）"),
            "The contents list \"" + e.title() + "\" but the document has no such table"
                + (allRecognised ? "" : " (a table was not recognised or not read completely: it may be this one)"),
            List.of(Provenance.builder().source(ctx.document().source()).section("目录").text(e.title()).build()));
      }
    }
    for (int j = 0; j < present.size(); j++) {
      DisclosureTable t = present.get(j);
      // a further table of a listed kind (一级/二级项目表, a table split by the reader) or under the
      // title of a listed table (one printed table the reader read as two kinds) is listed with it
      if (!used[j] && !t.kind().equals(DisclosureTable.UNKNOWN_KIND) && !listedKinds.contains(t.kind())
          && !matchedTitles.contains(presentTitles.get(j))) {
        ctx.emit(Severity.WARNING, "表格“" + t.title() + "”未列入目录",
            "The table \"" + t.title() + "\" is not listed in the contents", List.of(t.provenance()));
      }
    }
  }

  /**
   * The table each contents entry belongs to (its index in {@code present}, -1 for none), in five
   * passes, each table used once: same title; same kind; the layout of one recognises the other's
   * title; one title in the other; most character pairs shared. Every title is normalised once, and
   * each entry's layout found once (not once per pass, table and layout).
   *
   * @param listedTitles {@link #title} of each entry of {@code listed}
   * @param presentTitles {@link #title} of each table of {@code present}
   */
  static int[] match(List<ContentsEntry> listed, List<String> listedTitles, List<DisclosureTable> present,
      List<String> presentTitles, java.util.Set<String> families) {
    int n = listed.size();
    String[] entryScored = new String[n];
    dev.yusuan.model.layout.Layout[] entryLayout = new dev.yusuan.model.layout.Layout[n];
    boolean[] layoutFound = new boolean[n];
    for (int i = 0; i < n; i++) {
      entryScored[i] = scored(listed.get(i).title());
    }
    int m = present.size();
    String[] tableScored = new String[m];
    dev.yusuan.model.layout.Layout[] tableLayout = new dev.yusuan.model.layout.Layout[m];
    for (int j = 0; j < m; j++) {
      tableScored[j] = scored(present.get(j).title());
      tableLayout[j] = LAYOUTS.kind(present.get(j).kind()).orElse(null);
    }
    int[] tableOf = new int[n];
    java.util.Arrays.fill(tableOf, -1);
    boolean[] used = new boolean[m];
    for (int pass = 0; pass < 5; pass++) {
      for (int i = 0; i < n; i++) {
        if (tableOf[i] >= 0) {
          continue;
        }
        if ((pass == 1 || pass == 2) && !layoutFound[i]) {
          entryLayout[i] = layoutOfScored(entryScored[i], families);
          layoutFound[i] = true;
        }
        String e = listedTitles.get(i);
        dev.yusuan.model.layout.Layout el = entryLayout[i];
        for (int j = 0; j < m; j++) {
          if (used[j]) {
            continue;
          }
          String tt = presentTitles.get(j);
          boolean belong = switch (pass) {
            case 0 -> e.equals(tt);
            case 1 -> el != null && el.kind().equals(present.get(j).kind());
            case 2 -> el != null && score(el, tableScored[j]) > 0
                || tableLayout[j] != null && score(tableLayout[j], entryScored[i]) > 0;
            case 3 -> Math.min(e.length(), tt.length()) >= 4 && (e.contains(tt) || tt.contains(e));
            default -> dice(e, tt) >= 0.75;
          };
          if (belong) {
            tableOf[i] = j;
            used[j] = true;
            break;
          }
        }
      }
    }
    return tableOf;
  }

  /** A title without numbering, year, quotes and explanatory brackets, as a key. */
  static String title(String s) {
    return TITLE_NOISE.matcher(Names.key(s).replace("\u201C", "\"").replace("\u201D", "\"")).replaceAll("");
  }

  /** The template family of a kind: {@code js} of {@code js.summary}. */
  private static String family(String kind) {
    int dot = kind.indexOf('.');
    return dot < 0 ? kind : kind.substring(0, dot);
  }

  /** The layout whose title keywords fit a title ({@link #scored}) best, among the families. */
  private static dev.yusuan.model.layout.Layout layoutOfScored(String scored, java.util.Set<String> families) {
    dev.yusuan.model.layout.Layout best = null;
    int bestScore = 0;
    for (dev.yusuan.model.layout.Layout l : LAYOUTS.all()) {
      int score = families.contains(family(l.kind())) ? score(l, scored) : 0;
      if (score > bestScore) {
        best = l;
        bestScore = score;
      }
    }
    return best;
  }

  /** A title as it is compared with a layout's title keywords: a key without quotes. */
  private static String scored(String title) {
    return Names.key(title).replace("\"", "").replace("\u201C", "").replace("\u201D", "");
  }

  /**
   * How well a layout's title keywords fit a title alone ({@link #scored}): the keywords' length, 0
   * when one is missing or an excluded word is present.
   */
  private static int score(dev.yusuan.model.layout.Layout l, String t) {
    int score = 0;
    for (String k : l.titleKeywords()) {
      if (!t.contains(k)) {
        return 0;
      }
      score += k.length();
    }
    for (String k : l.titleExcludes()) {
      if (t.contains(k)) {
        return 0;
      }
    }
    return score;
  }

  /** Sørensen–Dice coefficient of the character pairs of two strings. */
  static double dice(String a, String b) {
    if (a.length() < 2 || b.length() < 2) {
      return 0;
    }
    java.util.Map<String, Integer> pairs = new java.util.HashMap<>();
    for (int i = 0; i + 1 < a.length(); i++) {
      pairs.merge(a.substring(i, i + 2), 1, Integer::sum);
    }
    int common = 0;
    for (int i = 0; i + 1 < b.length(); i++) {
      Integer n = pairs.get(b.substring(i, i + 2));
      if (n != null && n > 0) {
        common++;
        pairs.put(b.substring(i, i + 2), n - 1);
      }
    }
    return 2.0 * common / (a.length() - 1 + b.length() - 1);
  }

  /** A table without any number carries a note such as 本表无数据. */
  public static void emptyTables(Ctx ctx) {
    for (DocIndex.TableGroup g : ctx.groups()) {
      boolean empty = true;
      for (DisclosureTable t : g.tables()) {
        empty &= t.isEmptyOfNumbers() && ctx.facts().inTable(t.id()).isEmpty();
      }
      // the notes and row labels matter only for a group without numbers (most groups have some)
      if (empty && !notedEmpty(g.tables())) {
        ctx.emit(null, "表格“" + g.first().title() + "”没有数据，但未注明“本表无数据”及原因",
            "The table \"" + g.first().title() + "\" has no numbers and no note such as 本表无数据 explaining why",
            List.of(g.first().provenance()));
      }
    }
  }

  /** Whether a note or a row label of the tables says that they have nothing to show. */
  static boolean notedEmpty(List<DisclosureTable> tables) {
    for (DisclosureTable t : tables) {
      for (String n : t.notes()) {
        if (EMPTY_NOTE.matcher(Names.key(n)).matches()) {
          return true;
        }
      }
      for (DisclosureTable.Row r : t.rows()) {
        if (r.label().isPresent() && EMPTY_NOTE.matcher(Names.key(r.label().get())).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Reading coverage: a table whose reader read fewer than 95 % of its printed amounts is a WARNING
   * (the unread cells are each a reading diagnostic); the document is not checked completely.
   */
  public static void coverage(Ctx ctx) {
    for (DisclosureTable t : ctx.tables()) {
      if (t.coverage().isEmpty() || t.coverage().get().isAdequate()) {
        continue;
      }
      dev.yusuan.model.ReadingCoverage c = t.coverage().get();
      ctx.emit(Severity.WARNING, "表格“" + t.title() + "”只读取了印出金额的 " + c.describe() + "，有 "
              + c.unread() + " 个金额未读取，本表未被完整检查",
          "Only " + c.describe() + " of the amounts printed in the table \"" + t.title()
              + "\" were read; " + c.unread() + " amounts not read, the table is not fully checked",
          List.of(t.provenance()));
    }
  }

  /**
   * The reverse of {@link #emptyTables}: a table whose note says it is empty (本表为空表, 本表无数据)
   * but that prints non-zero figures contradicts itself (ERROR); a note that only says the department
   * has no such funds (本部门无政府性基金安排) next to non-zero figures is a WARNING.
   */
  public static void emptyNotes(Ctx ctx) {
    for (DocIndex.TableGroup g : ctx.groups()) {
      String strict = null;
      String loose = null;
      Fact figure = null;
      for (DisclosureTable t : g.tables()) {
        for (String n : t.notes()) {
          String k = Names.key(n);
          if (TABLE_EMPTY_NOTE.matcher(k).matches()) {
            strict = strict == null ? n : strict;
          } else if (EMPTY_NOTE.matcher(k).matches()) {
            loose = loose == null ? n : loose;
          }
        }
      }
      if (strict == null && loose == null) {
        continue;
      }
      // the figures are looked at only for a group whose notes say it is empty (most have no such
      // note): the first non-zero one, in the order of the group's tables and of their facts
      figures:
      for (DisclosureTable t : g.tables()) {
        for (Fact f : ctx.facts().inTable(t.id())) {
          if (f.amount().value().signum() != 0) {
            figure = f;
            break figures;
          }
        }
      }
      if (figure == null) {
        continue;
      }
      String note = strict != null ? strict : loose;
      ctx.emit(strict != null ? null : Severity.WARNING,
          "表格“" + g.first().title() + "”注明“" + note + "”，但表中有非零数据（如 " + figure.amount() + "）",
          "The table \"" + g.first().title() + "\" notes \"" + note + "\" but prints non-zero figures (e.g. "
              + figure.amount() + ")",
          List.of(figure.provenance(), g.first().provenance()));
    }
  }

  /**
   * The standard tables of a template are all published. Checked only when the document holds at
   * least half of them (a narrative read alone, or an extract of a few tables, is no table set); a
   * missing table is a WARNING, as a table the reader could not recognise looks the same.
   */
  public static void requiredTables(Ctx ctx, Map<String, String> required) {
    java.util.Set<String> present = new java.util.HashSet<>();
    for (DisclosureTable t : ctx.document().tables()) {
      present.add(t.kind());
    }
    long found = required.keySet().stream().filter(present::contains).count();
    if (found * 2 < required.size()) {
      // fewer than half of the template's tables: a partial extract, not a table set with gaps
      return;
    }
    required.forEach((kind, title) -> {
      if (!present.contains(kind)) {
        ctx.emit(null, "模板要求公开的“" + title + "”（" + kind + "）不在文档中（或未能识别）",
            "The template's table \"" + title + "\" (" + kind + ") is not in the document (or was not recognised)",
            List.of(Provenance.builder().source(ctx.document().source()).build()));
      }
    });
  }

  /** Units: facts in their table's unit; tables in the document's unit (else a note). */
  public static void units(Ctx ctx) {
    for (DisclosureTable t : ctx.tables()) {
      int wrong = 0;
      Provenance first = null;
      // the units of a table's facts were found when the fact set was built: its facts are visited
      // only when one of them is in another unit (a pass over every fact's objects, at 10⁶ facts
      // mostly cache misses)
      java.util.Set<dev.yusuan.model.MoneyUnit> units = ctx.facts().unitsIn(t.id());
      if (!units.isEmpty() && !units.equals(java.util.EnumSet.of(t.unit()))) {
        for (Fact f : ctx.facts().inTable(t.id())) {
          if (f.amount().unit() != t.unit()) {
            wrong++;
            first = first == null ? f.provenance() : first;
          }
        }
      }
      if (wrong > 0) {
        ctx.emit(Severity.WARNING, "表格“" + t.title() + "”单位为" + t.unit().symbol() + "，但有 " + wrong + " 个数据以其他单位读取",
            "The table \"" + t.title() + "\" is in " + t.unit().symbol() + " but " + wrong
                + " figures were read in another unit",
            List.of(first));
      }
      if (t.unit() != ctx.document().unit() && !ctx.facts().inTable(t.id()).isEmpty()) {
        ctx.emit(Severity.INFO, "表格“" + t.title() + "”的金额单位为" + t.unit().symbol() + "，与文档主要单位"
                + ctx.document().unit().symbol() + "不同（比较时已精确换算）",
            "The table \"" + t.title() + "\" is in " + t.unit().symbol() + ", not the document's "
                + ctx.document().unit().symbol() + " (converted exactly when compared)",
            List.of(t.provenance()));
      }
    }
  }

  /**
   * Years named in table titles and contents are the document's year. A table its reader set aside as another
   * year's disclosure (a diagnostic {@code *.year-mismatch} at the table: one file holding two years' sets, its
   * amounts not read) is not this document's misprint: the reader's WARNING says it and the document reads partly.
   */
  public static void years(Ctx ctx) {
    int year = ctx.document().year();
    java.util.Set<String> otherYears = new java.util.HashSet<>();
    for (dev.yusuan.model.Diagnostic g : ctx.document().diagnostics()) {
      if (g.code().endsWith(".year-mismatch")) {
        g.location().tableId().ifPresent(otherYears::add);
      }
    }
    List<Object[]> texts = new ArrayList<>();
    for (DisclosureTable t : ctx.document().tables()) {
      if (!otherYears.contains(t.id())) {
        texts.add(new Object[] {t.title(), t.provenance()});
      }
    }
    for (ContentsEntry e : ctx.document().contents()) {
      texts.add(new Object[] {e.title(), Provenance.builder().source(ctx.document().source()).section("目录")
          .text(e.title()).build()});
    }
    for (Object[] x : texts) {
      String s = (String) x[0];
      Matcher m = YEAR.matcher(Names.normalize(s));
      if (m.find()) {
        int y = Integer.parseInt(m.group(1));
        if (y != year) {
          ctx.emit(null, "“" + s + "”标注为 " + y + " 年，但文档是 " + year + " 年的",
              "\"" + s + "\" names the year " + y + " but the document is for " + year, List.of((Provenance) x[1]));
        }
      }
    }
  }
}
