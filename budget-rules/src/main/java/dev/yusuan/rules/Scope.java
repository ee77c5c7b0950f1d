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
    FACTS("facts", "数据"),
    TABLES("tables", "表格"),
    CLAIMS("claims", "说明文字"),
    TARGETS("targets", "绩效目标"),
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

  private Scope(Subject subject, List<String> tables, Set<Concept> concepts) {
    this.subject = subject;
    this.tables = tables;
    this.concepts = concepts;
  }

  public static Scope facts() {
    return new Scope(Subject.FACTS, List.of(), EnumSet.allOf(Concept.class));
  }

  public static Scope tables() {
    return new Scope(Subject.TABLES, List.of(), EnumSet.allOf(Concept.class));
  }

  public static Scope claims() {
    return new Scope(Subject.CLAIMS, List.of(), EnumSet.allOf(Concept.class));
  }

  public static Scope targets() {
    return new Scope(Subject.TARGETS, List.of(), EnumSet.allOf(Concept.class));
  }

  public static Scope document() {
    return new Scope(Subject.DOCUMENT, List.of(), EnumSet.allOf(Concept.class));
  }

  /** Only the tables of these layout kinds or whose title contains one of these texts. */
  public Scope inTables(String... kindsOrTitles) {
    return new Scope(subject, List.of(kindsOrTitles), concepts);
  }

  /** Only facts (and claims) of these concepts. */
  public Scope of(Concept first, Concept... more) {
    return new Scope(subject, tables, EnumSet.of(first, more));
  }

  public Subject subject() {
    return subject;
  }

  /** DisclosureTable kinds or titles named; empty for every table. */
  public List<String> tableNames() {
    return tables;
  }

  public Set<Concept> concepts() {
    return concepts;
  }

  /** Whether {@code table} is in scope. */
  public boolean includes(DisclosureTable table) {
    if (tables.isEmpty()) {
      return true;
    }
    String title = Names.key(table.title());
    for (String t : tables) {
      if (t.equals(table.kind()) || title.contains(Names.key(t))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a fact published in {@code table} (null for narrative facts) is in scope. */
  public boolean includes(Fact fact, DisclosureTable table) {
    if (!concepts.contains(fact.concept())) {
      return false;
    }
    return table == null ? tables.isEmpty() : includes(table);
  }

  /** E.g. {@code facts in zj.gpb-expenditure, zj.expenditure-summary}. */
  public String describe() {
    String s = subject.en;
    if (!tables.isEmpty()) {
      s += " in " + String.join(", ", tables);
    }
    if (concepts.size() != Concept.values().length) {
      s += " of " + concepts;
    }
    return s;
  }

  /** Chinese description. */
  public String describeZh() {
    String s = tables.isEmpty() ? "全部" + subject.zh : String.join("、", tables) + "中的" + subject.zh;
    return s;
  }

  @Override
  public String toString() {
    return describe();
  }
}
