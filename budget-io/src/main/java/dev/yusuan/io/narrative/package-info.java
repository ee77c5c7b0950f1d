/**
 * Claim extraction from narrative text (部门预算说明): totals, amounts per classification item, shares,
 * year-over-year changes, 三公, 机关运行经费, 政府采购, asset and project counts. Independent of the
 * input format: the text and PDF readers both give it {@link dev.yusuan.model.Section}s.
 */
package dev.yusuan.io.narrative;
