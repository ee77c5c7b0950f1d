package dev.yusuan.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * A named dimension of the fact space, with the default hierarchy of its members. An absent
 * coordinate means the dimension's total. Member identifiers are code digits for classification
 * dimensions, enum names for declared trees, and printed names for budget units, projects and
 * procurement items.
 */
public enum FactDimension {
  /** 支出功能分类 code (tree from code prefixes). */
  FUNCTION("支出功能分类", m -> codeParent(Scheme.FUNCTION, m)),
  /** 部门预算支出经济分类 code. */
  ECONOMIC("部门预算支出经济分类", m -> codeParent(Scheme.ECONOMIC_DEPARTMENT, m)),
  /** 政府预算支出经济分类 code. */
  ECONOMIC_GOVERNMENT("政府预算支出经济分类", m -> codeParent(Scheme.ECONOMIC_GOVERNMENT, m)),
  /** 收入分类 code. */
  REVENUE_CLASS("收入分类", m -> codeParent(Scheme.REVENUE, m)),
  /** {@link FundSource}. */
  FUND_SOURCE("资金来源", m -> FundSource.valueOf(m).parent().map(Enum::name)),
  /** {@link SpendingType}. */
  SPENDING_TYPE("支出用途", m -> SpendingType.valueOf(m).parent().map(Enum::name)),
  /** {@link ThreePublicItem}. */
  THREE_PUBLIC_ITEM("\"三公\"经费项目", m -> ThreePublicItem.valueOf(m).parent().map(Enum::name)),
  /** {@link ProcurementType}. */
  PROCUREMENT_TYPE("政府采购类别", m -> Optional.empty()),
  /** 预算单位 by printed name; flat under the department. */
  BUDGET_UNIT("预算单位", m -> Optional.empty()),
  /** 项目 by printed name; the document's project tree refines it. */
  PROJECT("项目", m -> Optional.empty()),
  /** {@link FiscalPeriod}. */
  PERIOD("期间", m -> Optional.empty()),
  /**
   * 政府采购品目 by printed name (采购物品名称 / 采购品目名称); flat: an item details the 政府采购 row
   * (category, 专项, 经济科目) it is printed under.
   */
  PROCUREMENT_ITEM("政府采购品目", m -> Optional.empty());

  private final String zh;
  private final Function<String, Optional<String>> parent;

  FactDimension(String zh, Function<String, Optional<String>> parent) {
    this.zh = zh;
    this.parent = parent;
  }

  /**
   * The Chinese name of the dimension, e.g. {@code 支出功能分类} or {@code 资金来源}.
   *
   * @return the Chinese name
   */
  public String zh() {
    return zh;
  }

  /**
   * The default parent of {@code member}; empty when its parent is the total.
   *
   * @param member a member identifier of this dimension (code digits or enum name)
   * @return the parent member, or empty for a top-level member, a malformed code, or a flat dimension
   * @throws IllegalArgumentException for a declared-tree dimension when {@code member} is not one of
   *     its enum names
   */
  public Optional<String> parentOf(String member) {
    return parent.apply(member);
  }

  /**
   * The classification scheme of a code dimension, if it is one.
   *
   * @return the scheme of FUNCTION, ECONOMIC, ECONOMIC_GOVERNMENT and REVENUE_CLASS; empty for the
   *     others
   */
  public Optional<Scheme> scheme() {
    return switch (this) {
      case FUNCTION -> Optional.of(Scheme.FUNCTION);
      case ECONOMIC -> Optional.of(Scheme.ECONOMIC_DEPARTMENT);
      case ECONOMIC_GOVERNMENT -> Optional.of(Scheme.ECONOMIC_GOVERNMENT);
      case REVENUE_CLASS -> Optional.of(Scheme.REVENUE);
      default -> Optional.empty();
    };
  }

  private static Optional<String> codeParent(Scheme scheme, String member) {
    return Code.tryParse(scheme, member).flatMap(Code::parent).map(Code::digits);
  }
}
