/**
 * Table layouts as data: which standard table of a disclosure template a printed table is, and how
 * each of its cells maps to a {@link dev.yusuan.model.Fact}'s concept and coordinates. Layouts are
 * loaded from line-based files ({@code zhejiang.layouts}); a new region is a new file, not new code.
 * The file format is described in {@code docs/layouts.md}.
 */
package dev.yusuan.model.layout;
