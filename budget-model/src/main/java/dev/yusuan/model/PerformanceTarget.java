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
  /**
   * The budget unit (预算单位) that published the target.
   *
   * @return the unit name as printed
   */
  public abstract String unit();

  /**
   * The project (项目名称) the target belongs to.
   *
   * @return the project name as printed
   */
  public abstract String project();

  /**
   * 一级指标 (产出指标, 效益指标, 满意度指标, …).
   *
   * @return the first-level indicator as printed
   */
  public abstract String level1();

  /**
   * 二级指标 (数量指标, 时效性指标, …).
   *
   * @return the second-level indicator as printed
   */
  public abstract String level2();

  /**
   * 三级指标: the indicator itself.
   *
   * @return the indicator name as printed
   */
  public abstract String indicator();

  /**
   * 计算符号; empty when not printed or not recognised.
   *
   * @return the recognised comparator, or empty
   */
  public abstract Optional<TargetComparator> comparator();

  /**
   * 计算符号 as printed.
   *
   * @return the printed symbol, possibly empty
   */
  public abstract String comparatorText();

  /**
   * 指标值 as printed.
   *
   * @return the printed value, possibly non-numeric (e.g. 优良)
   */
  public abstract String value();

  /**
   * 指标值 as an exact number, when it is one.
   *
   * @return the exact number, or empty when the value is text
   */
  public abstract Optional<BigDecimal> numericValue();

  /**
   * 计量单位 as printed (%, 次, 元/人, …).
   *
   * @return the printed unit of measure, possibly empty
   */
  public abstract String measureUnit();

  /**
   * 实际完成值 as printed, in a 绩效自评表 (the value reached); empty where the form prints none (a 绩效目标表).
   *
   * @return the printed actual value, possibly empty
   */
  @Value.Default
  public String actualValue() {
    return "";
  }

  /**
   * 分值 of a 绩效自评表 row: the points the indicator weighs, as printed.
   *
   * @return the exact printed weight, or empty when none is printed
   */
  public abstract Optional<BigDecimal> weight();

  /**
   * 得分 of a 绩效自评表 row: the points given, as printed.
   *
   * @return the exact printed score, or empty when none is printed
   */
  public abstract Optional<BigDecimal> score();

  /**
   * Where the indicator row was read (file, page, table, row).
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * A new builder; every attribute except the optional ones must be set before {@code build()}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutablePerformanceTarget.Builder {}
}
