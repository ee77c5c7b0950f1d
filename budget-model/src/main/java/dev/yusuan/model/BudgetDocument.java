package dev.yusuan.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A budget disclosure (部门预算 / 部门决算 / 单位预算): metadata, table of contents, tables as
 * published, narrative sections and claims, performance targets, and the facts derived from all of
 * them, with the diagnostics of reading it.
 */
@Value.Immutable
public abstract class BudgetDocument {
  /** {@return source identifier (usually the file name)} */
  public abstract String source();

  /** {@return region (e.g. 绍兴市柯桥区), when stated} */
  public abstract Optional<String> region();

  /** {@return the department (部门) or unit the disclosure is published by} */
  public abstract Department department();

  /** {@return the budget year (预算年度) the document is about, e.g. 2024} */
  public abstract int year();

  /** {@return what the document is: 部门预算, 部门决算 or 单位预算} */
  public abstract DocumentKind kind();

  /** {@return the money unit most tables use} */
  public abstract MoneyUnit unit();

  /** {@return template recognised (e.g. {@code zhejiang}), when one was} */
  public abstract Optional<String> template();

  /** {@return the budget units (预算单位) the document lists, in printed order} */
  public abstract List<BudgetUnit> budgetUnits();

  /** {@return the table of contents (目录) as printed, in page order; empty when none is printed} */
  public abstract List<ContentsEntry> contents();

  /** {@return the tables as published, in document order} */
  public abstract List<DisclosureTable> tables();

  /** {@return the narrative sections (headings and their text), in document order} */
  public abstract List<Section> sections();

  /** {@return the statements extracted from the narrative, in document order} */
  public abstract List<Claim> claims();

  /** {@return the performance targets (绩效目标 / 绩效指标) printed in the document} */
  public abstract List<PerformanceTarget> targets();

  /** {@return the projects (项目) named by the document, with their parent projects} */
  public abstract List<Project> projects();

  /** {@return every published number of the tables and narrative as a fact} */
  public abstract List<Fact> facts();

  /** {@return problems found while reading} */
  public abstract List<Diagnostic> diagnostics();

  /** {@return the facts, indexed, with the document's project tree as the PROJECT hierarchy} */
  @Value.Lazy
  public FactSet factSet() {
    Map<String, String> parent = new HashMap<>();
    for (Project p : projects()) {
      p.parent().ifPresent(par -> parent.put(p.name(), par));
    }
    return FactSet.of(facts(), Map.of(FactDimension.PROJECT,
        m -> Optional.ofNullable(parent.get(m))));
  }

  /**
   * The table with this id.
   *
   * @param id a table identifier, e.g. {@code T03}
   * @return the first table with that id, or empty
   */
  public Optional<DisclosureTable> table(String id) {
    return tables().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * The budget unit a printed (possibly truncated) name refers to.
   *
   * @param printed the unit's name as printed in a table or the narrative
   * @return the first unit of {@link #budgetUnits()} that the name matches, or empty
   */
  public Optional<BudgetUnit> unitNamed(String printed) {
    return budgetUnits().stream().filter(u -> u.matches(printed)).findFirst();
  }

  /**
   * A provenance in this document at {@code line}.
   *
   * @param line the 1-based line, or empty when unknown
   * @return a provenance naming this document's source and the line
   */
  public Provenance at(OptionalInt line) {
    return Provenance.builder().source(source()).line(line).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableBudgetDocument.Builder {}
}
