package dev.yusuan.rules;

import dev.yusuan.model.Concept;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Names;
import dev.yusuan.model.DisclosureTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which part of a document a rule looks at: facts (optionally only those of some tables or concepts),
 * tables, narrative claims, performance targets, or the document as a whole. Tables are named by
 * layout kind ({@code zj.expenditure-summary}) or by a part of their title ({@code 一般公共预算支出表}).
 */
public final class Scope {
  /** What the scope is about. */
  public enum Subject {
    /** Published facts (数据). */
    FACTS("facts", "数据"),
    /** Tables (表格). */
    TABLES("tables", "表格"),
    /** Claims extracted from the narrative (说明文字). */
    CLAIMS("claims", "说明文字"),
    /** Performance target (绩效目标) rows. */
    TARGETS("targets", "绩效目标"),
    /** The document (文档) as a whole. */
    DOCUMENT("document", "文档");

    private final String en;
    private final String zh;

    Subject(String en, String zh) {
      this.en = en;
      this.zh = zh;
    }
  }

  private final Subject subject;
  private final List<String> tables;
  private final Set<Concept> concepts;
  /** {@link Names#key} of each of {@link #tables}, made once (a table's scope is asked per rule and table). */
  private final List<String> tableKeys;
  /** Tables left out (kinds or title parts), whatever {@link #tables} names. */
  private final List<String> except;
  private final List<String> exceptKeys;

  private Scope(Subject subject, List<String> tables, Set<Concept> concepts) {
    this(subject, tables, concepts, List.of());
  }

  private Scope(Subject subject, List<String> tables, Set<Concept> concepts, List<String> except) {
    this.subject = subject;
    this.tables = tables;
    this.concepts = concepts;
    this.tableKeys = tables.stream().map(Names::key).toList();
    this.except = except;
    this.exceptKeys = except.stream().map(Names::key).toList();
  }

  /**
   * Every fact of the document, of every concept.
   *
   * @return the scope; the default of a rule
   */
  public static Scope facts() {
    return new Scope(Subject.FACTS, List.of(), EnumSet.allOf(Concept.class));
  }

  /**
   * Every table of the document.
   *
   * @return the scope
   */
  public static Scope tables() {
    return new Scope(Subject.TABLES, List.of(), EnumSet.allOf(Concept.class));
  }

  /**
   * Every narrative claim (说明文字: totals, changes and shares stated in the text).
   *
   * @return the scope
   */
  public static Scope claims() {
    return new Scope(Subject.CLAIMS, List.of(), EnumSet.allOf(Concept.class));
  }

  /**
   * Every performance target (绩效目标) row.
   *
   * @return the scope
   */
  public static Scope targets() {
    return new Scope(Subject.TARGETS, List.of(), EnumSet.allOf(Concept.class));
  }

  /**
   * The document as a whole (contents, years, units).
   *
   * @return the scope
   */
  public static Scope document() {
    return new Scope(Subject.DOCUMENT, List.of(), EnumSet.allOf(Concept.class));
  }

  /**
   * Only the tables of these layout kinds or whose title contains one of these texts.
   *
   * @param kindsOrTitles layout kinds such as {@code zj.expenditure-summary} or title parts such as
   *     {@code 一般公共预算支出表}
   * @return a new scope; this one is unchanged
   */
  public Scope inTables(String... kindsOrTitles) {
    return new Scope(subject, List.of(kindsOrTitles), concepts, except);
  }

  /**
   * Without the tables of these layout kinds or whose title contains one of these texts (e.g. a table
   * whose scope the reader cannot know, compared by a rule of its own at a lower severity).
   *
   * @param kindsOrTitles layout kinds or title parts
   * @return a new scope; this one is unchanged
   */
  public Scope exceptTables(String... kindsOrTitles) {
    return new Scope(subject, tables, concepts, List.of(kindsOrTitles));
  }

  /**
   * Only facts (and claims) of these concepts.
   *
   * @param first a concept
   * @param more further concepts
   * @return a new scope; this one is unchanged
   */
  public Scope of(Concept first, Concept... more) {
    return new Scope(subject, tables, EnumSet.of(first, more), except);
  }

  /**
   * What the scope is about.
   *
   * @return the subject
   */
  public Subject subject() {
    return subject;
  }

  /**
   * DisclosureTable kinds or titles named; empty for every table.
   *
   * @return the names given to {@link #inTables}, in order
   */
  public List<String> tableNames() {
    return tables;
  }

  /**
   * The concepts of facts and claims in scope; every concept unless restricted with {@link #of}.
   *
   * @return the concepts
   */
  public Set<Concept> concepts() {
    return concepts;
  }

  /**
   * Whether {@code table} is in scope.
   *
   * @param table the table
   * @return true when no table was named, the table's kind is named or its title contains a named text
   */
  public boolean includes(DisclosureTable table) {
    if (tables.isEmpty() && except.isEmpty()) {
      return true;
    }
    String title = Names.key(table.title());
    for (int i = 0; i < except.size(); i++) {
      if (except.get(i).equals(table.kind()) || title.contains(exceptKeys.get(i))) {
        return false;
      }
    }
    if (tables.isEmpty()) {
      return true;
    }
    for (int i = 0; i < tables.size(); i++) {
      if (tables.get(i).equals(table.kind()) || title.contains(tableKeys.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a fact published in {@code table} (null for narrative facts) is in scope.
   *
   * @param fact the fact
   * @param table the table it was published in, or null
   * @return true when its concept is in scope and so is its table (a narrative fact only when no table
   *     was named)
   */
  public boolean includes(Fact fact, DisclosureTable table) {
    if (!concepts.contains(fact.concept())) {
      return false;
    }
    return table == null ? tables.isEmpty() : includes(table);
  }

  /**
   * E.g. {@code facts in zj.gpb-expenditure, zj.expenditure-summary}.
   *
   * @return e.g. {@code facts in zj.gpb-expenditure, zj.expenditure-summary}
   */
  public String describe() {
    String s = subject.en;
    if (!tables.isEmpty()) {
      s += " in " + String.join(", ", tables);
    }
    if (!except.isEmpty()) {
      s += " except " + String.join(", ", except);
    }
    if (concepts.size() != Concept.values().length) {
      s += " of " + concepts;
    }
    return s;
  }

  /**
   * Chinese description.
   *
   * @return e.g. {@code 全部数据} or {@code zj.gpb-expenditure中的数据}
   */
  public String describeZh() {
    String s = tables.isEmpty() ? "全部" + subject.zh : String.join("、", tables) + "中的" + subject.zh;
    return except.isEmpty() ? s : s + "（" + String.join("、", except) + "除外）";
  }

  @Override
  public String toString() {
    return describe();
  }
}
