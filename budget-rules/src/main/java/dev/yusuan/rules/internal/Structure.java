package dev.yusuan.rules.internal;

import dev.yusuan.model.ContentsEntry;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Names;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  /** Which standard table a title names (by keywords), or null. */
  public static String classify(String title) {
    String t = Names.key(title);
    if (!t.endsWith("表") && !t.contains("表")) {
      return null;
    }
    if (t.contains("绩效")) {
      return "performance";
    }
    if (t.contains("财政拨款收支")) {
      return "zj.fiscal-summary";
    }
    if (t.contains("三公")) {
      return "zj.three-public";
    }
    if (t.contains("一般公共预算基本支出")) {
      return "zj.gpb-basic";
    }
    if (t.contains("一般公共预算") && t.contains("支出")) {
      return "zj.gpb-expenditure";
    }
    if (t.contains("政府性基金")) {
      return "zj.gov-fund";
    }
    if (t.contains("国有资本")) {
      return "zj.state-capital";
    }
    if (t.contains("项目支出") || t.contains("项目预算")) {
      return "zj.projects";
    }
    if (t.contains("收支")) {
      return "zj.summary";
    }
    if (t.contains("收入")) {
      return "zj.revenue";
    }
    if (t.contains("支出")) {
      return "zj.expenditure-summary";
    }
    return null;
  }

  static String kindOf(DisclosureTable t) {
    String k = classify(t.title());
    if (k == null) {
      k = t.kind().startsWith("zj.project-performance") || t.kind().startsWith("zj.performance")
          ? "performance" : t.kind();
    }
    return k;
  }

  /** Tables listed in the contents are present, and present tables are listed. */
  public static void contents(Ctx ctx) {
    Map<String, ContentsEntry> listed = new LinkedHashMap<>();
    for (ContentsEntry e : ctx.document().contents()) {
      String t = Names.key(e.title());
      if (!t.endsWith("表")) {
        continue;
      }
      String k = classify(e.title());
      if (k != null) {
        listed.putIfAbsent(k, e);
      }
    }
    if (listed.isEmpty()) {
      return;
    }
    Map<String, DisclosureTable> present = new LinkedHashMap<>();
    for (DisclosureTable t : ctx.document().tables()) {
      present.putIfAbsent(kindOf(t), t);
    }
    for (Map.Entry<String, ContentsEntry> e : listed.entrySet()) {
      if (!present.containsKey(e.getKey())) {
        ctx.emit(null, "目录列出“" + e.getValue().title() + "”，但文档中没有这张表",
            "The contents list \"" + e.getValue().title() + "\" but the document has no such table",
            List.of(Provenance.builder().source(ctx.document().source()).section("目录").text(e.getValue().title())
                .build()));
      }
    }
    for (Map.Entry<String, DisclosureTable> e : present.entrySet()) {
      if (!listed.containsKey(e.getKey()) && !e.getKey().equals(DisclosureTable.UNKNOWN_KIND)) {
        ctx.emit(Severity.WARNING, "表格“" + e.getValue().title() + "”未列入目录",
            "The table \"" + e.getValue().title() + "\" is not listed in the contents",
            List.of(e.getValue().provenance()));
      }
    }
  }

  /** A table without any number carries a note such as 本表无数据. */
  public static void emptyTables(Ctx ctx) {
    for (DocIndex.TableGroup g : ctx.groups()) {
      boolean empty = true;
      boolean noted = false;
      for (DisclosureTable t : g.tables()) {
        empty &= t.isEmptyOfNumbers() && ctx.facts().inTable(t.id()).isEmpty();
        for (String n : t.notes()) {
          noted |= EMPTY_NOTE.matcher(Names.key(n)).matches();
        }
        for (DisclosureTable.Row r : t.rows()) {
          noted |= r.label().map(l -> EMPTY_NOTE.matcher(Names.key(l)).matches()).orElse(false);
        }
      }
      if (empty && !noted) {
        ctx.emit(null, "表格“" + g.first().title() + "”没有数据，但未注明“本表无数据”及原因",
            "The table \"" + g.first().title() + "\" has no numbers and no note such as 本表无数据 explaining why",
            List.of(g.first().provenance()));
      }
    }
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
        for (Fact f : ctx.facts().inTable(t.id())) {
          if (figure == null && f.amount().value().signum() != 0) {
            figure = f;
          }
        }
      }
      if (figure == null || strict == null && loose == null) {
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
      for (Fact f : ctx.facts().inTable(t.id())) {
        if (f.amount().unit() != t.unit()) {
          wrong++;
          first = first == null ? f.provenance() : first;
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

  /** Years named in table titles and contents are the document's year. */
  public static void years(Ctx ctx) {
    int year = ctx.document().year();
    List<Object[]> texts = new ArrayList<>();
    for (DisclosureTable t : ctx.document().tables()) {
      texts.add(new Object[] {t.title(), t.provenance()});
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
