package dev.yusuan.rules.internal;

import dev.yusuan.model.TargetComparator;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Names;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.Project;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of performance targets (绩效目标). */
public final class Targets {
  private static final Set<String> COUNT_UNITS = Set.of("次", "人", "个", "本", "条", "篇", "天", "册", "期", "册/期",
      "辆", "台", "套", "项", "家", "场", "户", "件", "份", "所", "名", "人次", "批", "年", "月", "周", "小时");
  private static final Pattern RATE = Pattern.compile(".*(率|满意度|比例|占比|覆盖面|知晓度).*");
  private static final Pattern SATISFACTION = Pattern.compile(".*满意(度|率).*");

  private Targets() {}

  static Set<String> projectNames(Ctx ctx) {
    Set<String> names = new HashSet<>();
    for (Project p : ctx.document().projects()) {
      names.add(Names.key(p.name()));
    }
    for (Fact f : ctx.facts()) {
      f.coordinates().get(FactDimension.PROJECT).ifPresent(n -> names.add(Names.key(n)));
    }
    return names;
  }

  /** Every target names a project of the project tables. */
  public static void projectExists(Ctx ctx) {
    Set<String> names = projectNames(ctx);
    if (names.isEmpty()) {
      return;
    }
    Set<String> reported = new HashSet<>();
    for (PerformanceTarget t : ctx.document().targets()) {
      String k = Names.key(t.project());
      if (!names.contains(k) && reported.add(k)) {
        ctx.emit(null, "绩效目标表中的项目“" + t.project() + "”不在项目支出预算表中",
            "The performance targets name the project \"" + t.project() + "\", which the project tables do not list",
            List.of(t.provenance()));
      }
    }
  }

  /** Every project has targets, itself or through its parent (or a 一级 project through its 二级 ones). */
  public static void everyProjectHasTargets(Ctx ctx) {
    if (ctx.document().targets().isEmpty() && ctx.document().projects().isEmpty()) {
      return;
    }
    Set<String> withTargets = new HashSet<>();
    for (PerformanceTarget t : ctx.document().targets()) {
      withTargets.add(Names.key(t.project()));
    }
    // 一级 projects whose row in 项目支出绩效表 carries a goal text
    for (DisclosureTable t : ctx.document().tables()) {
      if (!t.kind().equals("zj.project-performance")) {
        continue;
      }
      for (DisclosureTable.Row r : t.rows()) {
        boolean text = false;
        for (int i = 2; i < r.cells().size(); i++) {
          String c = r.cells().get(i).trim();
          if (!c.isEmpty() && !c.chars().allMatch(ch -> Character.isDigit(ch) || ch == '.' || ch == ',')) {
            text = true;
          }
        }
        if (text) {
          r.label().ifPresent(l -> withTargets.add(Names.key(l)));
        }
      }
    }
    Map<String, Boolean> parentHas = new HashMap<>();
    Map<String, Boolean> unitLevel1Has = new HashMap<>();
    for (Project p : ctx.document().projects()) {
      p.parent().ifPresent(par -> {
        if (withTargets.contains(Names.key(p.name()))) {
          parentHas.put(Names.key(par), true);
        }
      });
      if (p.level() == 1 && withTargets.contains(Names.key(p.name()))) {
        unitLevel1Has.put(Names.key(p.unit()), true);
      }
    }
    for (Project p : ctx.document().projects()) {
      String k = Names.key(p.name());
      if (withTargets.contains(k) || parentHas.containsKey(k)) {
        continue;
      }
      if (p.parent().isPresent()) {
        if (withTargets.contains(Names.key(p.parent().get()))) {
          continue;
        }
        ctx.emit(null, "项目“" + p.name() + "”及其一级项目“" + p.parent().get() + "”都没有绩效目标",
            "Neither the project \"" + p.name() + "\" nor its level-1 project has performance targets",
            List.of(ctx.document().at(java.util.OptionalInt.empty())));
      } else if (p.level() == 2 && unitLevel1Has.containsKey(Names.key(p.unit()))) {
        ctx.emit(Severity.INFO, "二级项目“" + p.name() + "”没有自己的绩效指标；文档未说明其所属一级项目",
            "The level-2 project \"" + p.name() + "\" has no indicators of its own, and the document does not say"
                + " which level-1 project it belongs to",
            List.of(ctx.document().at(java.util.OptionalInt.empty())));
      } else {
        ctx.emit(null, "项目“" + p.name() + "”没有绩效目标", "The project \"" + p.name() + "\" has no performance targets",
            List.of(ctx.document().at(java.util.OptionalInt.empty())));
      }
    }
  }

  /** TargetComparator and value are plausible for the measure. */
  public static void plausible(Ctx ctx) {
    for (PerformanceTarget t : ctx.document().targets()) {
      String name = t.indicator();
      TargetComparator cmp = t.comparator().orElse(null);
      BigDecimal v = t.numericValue().orElse(null);
      if (cmp == null) {
        if (!t.comparatorText().isBlank()) {
          emit(ctx, null, t, "：无法识别的计算符号", ": unrecognised comparator");
        }
        continue;
      }
      if (cmp == TargetComparator.QUALITATIVE) {
        continue;
      }
      if (v == null) {
        emit(ctx, null, t, "：定量指标的指标值不是数字", ": a quantitative target whose value is not a number");
        continue;
      }
      String unit = Names.key(t.measureUnit());
      boolean percent = unit.equals("%");
      if (percent && RATE.matcher(name).matches() && v.compareTo(BigDecimal.valueOf(100)) > 0) {
        emit(ctx, null, t, "：比率超过 100%", ": a rate above 100%");
      }
      if (percent && SATISFACTION.matcher(name).matches() && (cmp == TargetComparator.GE || cmp == TargetComparator.GT)
          && v.compareTo(BigDecimal.valueOf(60)) < 0) {
        emit(ctx, null, t, "：满意度目标低于 60%，可能是录入错误", ": a satisfaction target below 60%, likely a typo");
      }
      if (name.contains("成本") && !percent && !name.contains("率") && (cmp == TargetComparator.GE || cmp == TargetComparator.GT)) {
        emit(ctx, null, t, "：成本指标应为上限（≤），而不是下限（≥）",
            ": a cost target should be an upper bound (≤), not a lower bound (≥)");
      }
      if (COUNT_UNITS.contains(unit) && (v.signum() < 0 || v.stripTrailingZeros().scale() > 0)) {
        emit(ctx, null, t, "：计数指标应为非负整数", ": a count should be a non-negative integer");
      }
      if ((cmp == TargetComparator.GE && v.signum() == 0) && !percent) {
        emit(ctx, Severity.INFO, t, "：“≥ 0”对计数总是成立，不构成目标", ": \"≥ 0\" always holds for a count and sets no target");
      }
    }
  }

  /** A finding about a target: where it is (project, indicator, comparator and value), then what is wrong. */
  private static void emit(Ctx ctx, Severity severity, PerformanceTarget t, String zh, String en) {
    String where = "“" + t.project() + "”的指标“" + t.indicator() + "”（" + t.comparatorText() + " " + t.value()
        + t.measureUnit() + "）";
    String whereEn = "indicator \"" + t.indicator() + "\" of \"" + t.project() + "\" (" + t.comparatorText() + " "
        + t.value() + t.measureUnit() + ")";
    ctx.emit(severity, where + zh, whereEn + en, List.of(t.provenance()));
  }

  /** The same indicator of the same project of the same unit is listed once. */
  public static void duplicates(Ctx ctx) {
    Map<String, PerformanceTarget> seen = new HashMap<>();
    for (PerformanceTarget t : ctx.document().targets()) {
      // of one unit: two units (a department's and another organisation's forms in one file) may run projects
      // of the same name with the same indicators
      String k = String.join("\u0000", Names.key(t.unit()), Names.key(t.project()), Names.key(t.level1()),
          Names.key(t.level2()), Names.key(t.indicator()));
      PerformanceTarget first = seen.putIfAbsent(k, t);
      if (first == null) {
        continue;
      }
      boolean same = first.comparatorText().equals(t.comparatorText()) && first.value().equals(t.value())
          && first.measureUnit().equals(t.measureUnit());
      ctx.emit(null,
          "项目“" + t.project() + "”的指标“" + t.indicator() + "”重复列出" + (same ? "" : "且指标值不同"),
          "The indicator \"" + t.indicator() + "\" of \"" + t.project() + "\" is listed twice"
              + (same ? "" : " with different values"),
          List.of(t.provenance(), first.provenance()));
    }
  }
}
