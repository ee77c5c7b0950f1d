package dev.yusuan.model;

/** What a narrative claim states. */
public enum ClaimKind {
  /** An amount: "一般公共服务支出 2187.51 万元". */
  AMOUNT,
  /** A share of a whole: "人员支出 1877.16 万元，占 69.36%". */
  SHARE,
  /** A year-over-year change: "比上年执行数增加 6.69 万元，增长 0.25%". */
  CHANGE,
  /** A count: "一级项目3个", "车辆0辆". */
  COUNT
}
