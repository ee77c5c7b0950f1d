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
  /** Source identifier (usually the file name). */
  public abstract String source();

  /** Region (e.g. 绍兴市柯桥区), when stated. */
  public abstract Optional<String> region();

  public abstract Department department();

  public abstract int year();

  public abstract DocumentKind kind();

  /** The money unit most tables use. */
  public abstract MoneyUnit unit();

  /** Template recognised (e.g. {@code zhejiang}), when one was. */
  public abstract Optional<String> template();

  public abstract List<BudgetUnit> budgetUnits();

  /** 目录. */
  public abstract List<ContentsEntry> contents();

  public abstract List<DisclosureTable> tables();

  public abstract List<Section> sections();

  public abstract List<Claim> claims();

  public abstract List<PerformanceTarget> targets();

  public abstract List<Project> projects();

  /** Every published number of the tables and narrative as a fact. */
  public abstract List<Fact> facts();

  /** Problems found while reading. */
  public abstract List<Diagnostic> diagnostics();

  /** The facts, indexed, with the document's project tree as the PROJECT hierarchy. */
  @Value.Lazy
  public FactSet factSet() {
    Map<String, String> parent = new HashMap<>();
    for (Project p : projects()) {
      p.parent().ifPresent(par -> parent.put(p.name(), par));
    }
    return FactSet.of(facts(), Map.of(FactDimension.PROJECT,
        m -> Optional.ofNullable(parent.get(m))));
  }

  /** The table with this id. */
  public Optional<DisclosureTable> table(String id) {
    return tables().stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The budget unit a printed (possibly truncated) name refers to. */
  public Optional<BudgetUnit> unitNamed(String printed) {
    return budgetUnits().stream().filter(u -> u.matches(printed)).findFirst();
  }

  /** A provenance in this document at {@code line}. */
  public Provenance at(OptionalInt line) {
    return Provenance.builder().source(source()).line(line).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableBudgetDocument.Builder {}
}
