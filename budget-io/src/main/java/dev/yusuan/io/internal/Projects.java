package dev.yusuan.io.internal;

import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Project;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the project tree from the project tables: the first lists 一级 projects, the second 二级.
 * A 二级 project's parent is set when its unit has exactly one 一级 project, or when the amounts admit
 * exactly one assignment of that project to a 一级 project (every assignment of the unit's 二级
 * projects whose sums equal the 一级 totals puts it under the same parent); otherwise it is left empty.
 */
public final class Projects {
  private static final long MAX_ASSIGNMENTS = 2_000_000;

  private Projects() {}

  /** Projects and diagnostics. */
  public record Result(List<Project> projects, List<Diagnostic> diagnostics) {}

  public static Result build(List<List<TableMapper.ProjectRow>> tables, String source) {
    List<Project> out = new ArrayList<>();
    List<Diagnostic> diags = new ArrayList<>();
    if (tables.isEmpty()) {
      return new Result(out, diags);
    }
    List<TableMapper.ProjectRow> level1 = tables.get(0);
    for (TableMapper.ProjectRow r : level1) {
      out.add(Project.builder().unit(r.unit()).name(r.project()).level(1).build());
    }
    if (tables.size() < 2) {
      return new Result(out, diags);
    }
    if (tables.size() > 2) {
      diags.add(Diagnostic.of(Severity.WARNING, "text.extra-project-table",
          "项目支出预算表多于两张，只读取前两张的项目层级",
          "more than two project tables; project levels read from the first two",
          Provenance.of(source)));
    }
    Map<String, List<TableMapper.ProjectRow>> parents = new LinkedHashMap<>();
    level1.forEach(r -> parents.computeIfAbsent(r.unit(), u -> new ArrayList<>()).add(r));
    Map<String, List<TableMapper.ProjectRow>> children = new LinkedHashMap<>();
    tables.get(1).forEach(r -> children.computeIfAbsent(r.unit(), u -> new ArrayList<>()).add(r));
    Map<TableMapper.ProjectRow, String> parentOf = new LinkedHashMap<>();
    children.forEach((unit, kids) -> {
      List<TableMapper.ProjectRow> ps = parents.getOrDefault(unit, List.of());
      if (ps.size() == 1) {
        kids.forEach(k -> parentOf.put(k, ps.get(0).project()));
      } else if (ps.size() > 1) {
        parentOf.putAll(uniqueBySums(ps, kids));
      }
    });
    for (TableMapper.ProjectRow r : tables.get(1)) {
      out.add(Project.builder().unit(r.unit()).name(r.project()).level(2)
          .parent(Optional.ofNullable(parentOf.get(r))).build());
    }
    return new Result(out, diags);
  }

  private static Map<TableMapper.ProjectRow, String> uniqueBySums(
      List<TableMapper.ProjectRow> parents, List<TableMapper.ProjectRow> kids) {
    Map<TableMapper.ProjectRow, String> out = new LinkedHashMap<>();
    if (parents.stream().anyMatch(p -> p.total().isEmpty())
        || kids.stream().anyMatch(k -> k.total().isEmpty())) {
      return out;
    }
    if (Math.pow(parents.size(), kids.size()) > MAX_ASSIGNMENTS) {
      return out;
    }
    BigDecimal[] remaining = parents.stream().map(p -> p.total().get().inYuan())
        .toArray(BigDecimal[]::new);
    BigDecimal[] amounts = kids.stream().map(k -> k.total().get().inYuan())
        .toArray(BigDecimal[]::new);
    int[] assign = new int[kids.size()];
    int[] seen = new int[kids.size()];
    java.util.Arrays.fill(seen, -1);
    boolean[] ambiguous = new boolean[kids.size()];
    int[] solutions = {0};
    search(0, amounts, remaining, assign, seen, ambiguous, solutions);
    if (solutions[0] == 0) {
      return out;
    }
    for (int i = 0; i < kids.size(); i++) {
      if (!ambiguous[i] && seen[i] >= 0) {
        out.put(kids.get(i), parents.get(seen[i]).project());
      }
    }
    return out;
  }

  private static void search(int i, BigDecimal[] amounts, BigDecimal[] remaining, int[] assign,
      int[] seen, boolean[] ambiguous, int[] solutions) {
    if (i == amounts.length) {
      for (BigDecimal r : remaining) {
        if (r.signum() != 0) {
          return;
        }
      }
      solutions[0]++;
      for (int k = 0; k < assign.length; k++) {
        if (seen[k] < 0) {
          seen[k] = assign[k];
        } else if (seen[k] != assign[k]) {
          ambiguous[k] = true;
        }
      }
      return;
    }
    for (int p = 0; p < remaining.length; p++) {
      BigDecimal left = remaining[p].subtract(amounts[i]);
      if (left.signum() < 0) {
        continue;
      }
      remaining[p] = left;
      assign[i] = p;
      search(i + 1, amounts, remaining, assign, seen, ambiguous, solutions);
      remaining[p] = left.add(amounts[i]);
    }
  }

}
