package dev.yusuan.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * 绩效目标: one indicator row of a project's performance targets — unit, project, 一级/二级/三级指标,
 * 计算符号, 指标值 and 计量单位.
 */
@Value.Immutable
public abstract class PerformanceTarget {
  public abstract String unit();

  public abstract String project();

  /** 一级指标 (产出指标, 效益指标, 满意度指标, …). */
  public abstract String level1();

  /** 二级指标 (数量指标, 时效性指标, …). */
  public abstract String level2();

  /** 三级指标: the indicator itself. */
  public abstract String indicator();

  /** 计算符号; empty when not printed or not recognised. */
  public abstract Optional<TargetComparator> comparator();

  /** 计算符号 as printed. */
  public abstract String comparatorText();

  /** 指标值 as printed. */
  public abstract String value();

  /** 指标值 as an exact number, when it is one. */
  public abstract Optional<BigDecimal> numericValue();

  /** 计量单位 as printed (%, 次, 元/人, …). */
  public abstract String measureUnit();

  public abstract Provenance provenance();

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutablePerformanceTarget.Builder {}
}
