package dev.yusuan.model;

import java.util.Optional;

/**
 * 资金来源 (fund source) hierarchy. The dimension's total (absent coordinate) is 收入总计; the declared
 * tree is 本年收入合计 {财政拨款 {一般公共预算 {公共财政拨款(补助)资金, 专项收入}, 政府性基金, 国有资本经营},
 * 财政专户管理资金 {专户管理教育收费, 其他非税收入}, 单位资金 {事业收入, 事业单位经营收入, 上级补助收入,
 * 附属单位上缴收入, 其他收入, 债务资金}}, 上年结转 {…by fund}, 用事业基金弥补收支差额. Two members are not
 * {@linkplain #addend() addends}: 其中：动用上年结转和结余资金 (a part of 上年结转 printed beside it) and
 * 财政拨款收入总计.
 */
public enum FundSource implements HierarchyMember {
  /** 本年收入合计. */
  CURRENT_YEAR("本年收入合计", null),
  /** 财政拨款(补助)收入. */
  FISCAL_APPROPRIATION("财政拨款", CURRENT_YEAR),
  /** 一般公共预算. */
  GENERAL_PUBLIC_BUDGET("一般公共预算", FISCAL_APPROPRIATION),
  /** 政府性基金预算. */
  GOVERNMENT_FUND("政府性基金预算", FISCAL_APPROPRIATION),
  /** 国有资本经营预算. */
  STATE_CAPITAL("国有资本经营预算", FISCAL_APPROPRIATION),
  /** 公共财政拨款(补助)资金: the appropriated part of 一般公共预算资金 (江苏 收入预算总表). */
  GENERAL_PUBLIC_BUDGET_APPROPRIATION("公共财政拨款(补助)资金", GENERAL_PUBLIC_BUDGET),
  /** 专项收入: earmarked non-tax revenue within 一般公共预算资金 (江苏 收入预算总表). */
  EARMARKED_REVENUE("专项收入", GENERAL_PUBLIC_BUDGET),
  /** 财政专户管理资金. */
  SPECIAL_ACCOUNT("财政专户管理资金", CURRENT_YEAR),
  /** 专户管理教育收费 (财政专户管理资金). */
  SPECIAL_ACCOUNT_EDUCATION_FEES("专户管理教育收费", SPECIAL_ACCOUNT),
  /** 其他非税收入 managed in the 财政专户 (财政专户管理资金). */
  SPECIAL_ACCOUNT_OTHER_NON_TAX("其他非税收入", SPECIAL_ACCOUNT),
  /** 单位资金: the unit's own funds, the sum of the sources below. */
  UNIT_FUNDS("单位资金", CURRENT_YEAR),
  /** 事业收入. */
  BUSINESS_INCOME("事业收入", UNIT_FUNDS),
  /** 事业单位经营收入. */
  OPERATING_INCOME("事业单位经营收入", UNIT_FUNDS),
  /** 上级补助收入. */
  SUPERIOR_SUBSIDY("上级补助收入", UNIT_FUNDS),
  /** 附属单位上缴收入. */
  AFFILIATED_REMITTANCE("附属单位上缴收入", UNIT_FUNDS),
  /** 其他收入. */
  OTHER_INCOME("其他收入", UNIT_FUNDS),
  /** 债务资金(银行贷款) among the unit's other funds (江苏 收入预算总表 其他资金). */
  DEBT_FUNDS("债务资金", UNIT_FUNDS),
  /** 上年结转(结余) / 年初结转和结余. */
  CARRY_OVER("上年结转", null),
  /** 上年结转: 财政拨款. */
  CARRY_OVER_FISCAL("上年结转财政拨款", CARRY_OVER),
  /** 上年结转: 一般公共预算. */
  CARRY_OVER_GENERAL_PUBLIC_BUDGET("上年结转一般公共预算", CARRY_OVER_FISCAL),
  /** 上年结转: 政府性基金预算. */
  CARRY_OVER_GOVERNMENT_FUND("上年结转政府性基金预算", CARRY_OVER_FISCAL),
  /** 上年结转: 国有资本经营预算. */
  CARRY_OVER_STATE_CAPITAL("上年结转国有资本经营预算", CARRY_OVER_FISCAL),
  /** 上年结转: 其他资金. */
  CARRY_OVER_OTHER("上年结转其他资金", CARRY_OVER),
  /**
   * 其中：动用上年结转和结余资金 (江苏 收入预算总表): the part of 上年结转和结余资金 used this year. Printed as a
   * 其中 row, so not an addend: at most its parent, never summed with it.
   */
  CARRY_OVER_USED("动用上年结转和结余资金", CARRY_OVER, false),
  /** 用事业基金弥补收支差额. */
  USE_OF_RESERVE("用事业基金弥补收支差额", null),
  /**
   * 财政拨款收入总计 of the 财政拨款收支总表 (财政拨款 + 财政拨款上年结转). A top-level member: its
   * relation to the parts is a table rule, since a member has one parent.
   */
  FISCAL_TOTAL("财政拨款收入总计", null, false);

  private final String zh;
  private final FundSource parent;
  private final boolean addend;

  FundSource(String zh, FundSource parent) {
    this(zh, parent, true);
  }

  FundSource(String zh, FundSource parent, boolean addend) {
    this.zh = zh;
    this.parent = parent;
    this.addend = addend;
  }

  @Override
  public boolean addend() {
    return addend;
  }

  @Override
  public Optional<FundSource> parent() {
    return Optional.ofNullable(parent);
  }

  @Override
  public String zh() {
    return zh;
  }
}
