package dev.yusuan.model;

/** What a fact measures. Dimensions say which part of it. */
public enum Concept {
  /** 收入: the total over fund sources (absent FUND_SOURCE) is 收入总计. */
  REVENUE("收入"),
  /** 本年支出: the total over every dimension is 本年支出合计. */
  EXPENDITURE("支出"),
  /** 年终结转结余 / 年末结转和结余 (结转下年). */
  CARRY_FORWARD("年终结转结余"),
  /** 支出总计 = 本年支出合计 + 年终结转结余. */
  USES_TOTAL("支出总计"),
  /** "三公"经费. */
  THREE_PUBLIC("\"三公\"经费"),
  /** 机关运行经费. */
  OPERATING_COST("机关运行经费"),
  /** 政府采购. */
  PROCUREMENT("政府采购"),
  /** 会议费. */
  MEETING_COST("会议费"),
  /** 培训费. */
  TRAINING_COST("培训费"),
  /**
   * The 合计 of a table printing "三公"经费, 会议费 and 培训费 side by side (江苏 公开表九): "三公"经费 +
   * 会议费 + 培训费. Not the "三公"经费 total, which is {@link #THREE_PUBLIC} without item.
   */
  THREE_PUBLIC_MEETING_TRAINING("\"三公\"经费、会议费、培训费合计"),
  /** 国有资产占有使用情况: holdings of vehicles and equipment (counted, not money). */
  STATE_ASSETS("国有资产"),
  /**
   * 结余分配 of a 部门决算 (收入支出决算总表): the year's surplus distributed (e.g. to funds); 支出总计 =
   * 本年支出合计 + 结余分配 + 年末结转和结余.
   */
  SURPLUS_DISTRIBUTION("结余分配");

  private final String zh;

  Concept(String zh) {
    this.zh = zh;
  }

  /**
   * The Chinese name, as used in reports (e.g. {@code 收入}, {@code 机关运行经费}).
   *
   * @return the Chinese name
   */
  public String zh() {
    return zh;
  }
}
