package dev.yusuan.rules.internal;

import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Concept;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactKey;
import dev.yusuan.model.Project;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.SpendingType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks of the project tables: counts stated in the narrative, 一级 against 二级 per unit. */
public final class Projects {
  private Projects() {}

  /** "一级项目 N 个" agrees with the number of 一级 (二级) projects in the project tables. */
  public static void count(Ctx ctx) {
    for (Claim c : ctx.document().claims()) {
      if (c.kind() != ClaimKind.COUNT || c.count().isEmpty()) {
        continue;
      }
      String what = c.countUnit().orElse(c.subject());
      int level = what.contains("一级项目") ? 1 : what.contains("二级项目") ? 2 : 0;
      if (level == 0) {
        continue;
      }
      Set<String> names = new HashSet<>();
      for (Project p : ctx.document().projects()) {
        if (p.level() == level) {
          names.add(p.unit() + "\u0000" + p.name());
        }
      }
      if (names.isEmpty()) {
        continue;
      }
      BigDecimal stated = c.count().get();
      if (stated.compareTo(BigDecimal.valueOf(names.size())) != 0) {
        ctx.emit(null, "说明称" + what + " " + stated.toPlainString() + " 个，项目支出预算表列出 " + names.size() + " 个",
            "The narrative states " + stated.toPlainString() + " level-" + level + " projects; the project tables list "
                + names.size(),
            List.of(c.provenance()));
      }
    }
  }

  /** For every budget unit, the 二级 projects add up to the 一级 projects. */
  public static void levels(Ctx ctx) {
    Map<String, Integer> level = new HashMap<>();
    for (Project p : ctx.document().projects()) {
      level.put(p.name(), p.level());
    }
    if (!level.containsValue(1) || !level.containsValue(2)) {
      return;
    }
    Map<String, Val[]> perUnit = new LinkedHashMap<>();
    Map<String, List<Provenance>> locs = new HashMap<>();
    Set<FactKey> seen = new HashSet<>();
    for (Fact f : ctx.facts()) {
      if (f.concept() != Concept.EXPENDITURE) {
        continue;
      }
      var c = f.coordinates();
      if (!SpendingType.PROJECT.name().equals(c.getOrNull(FactDimension.SPENDING_TYPE)) || !c.has(FactDimension.PROJECT)
          || !c.has(FactDimension.BUDGET_UNIT) || c.dimensions().size() != 3) {
        continue;
      }
      Integer lv = level.get(c.getOrNull(FactDimension.PROJECT));
      // the tests above depend on the key alone, so the first publication of each key is still the
      // one summed; the key is made only for the few facts that pass them
      if (lv == null || !seen.add(f.key())) {
        continue;
      }
      Val[] pair = perUnit.computeIfAbsent(c.getOrNull(FactDimension.BUDGET_UNIT), k -> new Val[2]);
      Val v = ctx.money(f);
      pair[lv - 1] = pair[lv - 1] == null ? v : pair[lv - 1].plus(v);
      locs.computeIfAbsent(c.getOrNull(FactDimension.BUDGET_UNIT), k -> new ArrayList<>()).add(f.provenance());
    }
    for (Map.Entry<String, Val[]> e : perUnit.entrySet()) {
      Val[] p = e.getValue();
      if (p[0] == null || p[1] == null) {
        continue;
      }
      ctx.compare(e.getKey() + " 的二级项目之和与一级项目之和",
          "The level-2 projects of " + e.getKey() + " vs its level-1 projects", p[1], Relation.EQ, p[0],
          locs.get(e.getKey()), null, null);
    }
  }
}
