/**
 * Table reconstruction shared by the PDF and the xlsx readers, from pages of positioned cell texts
 * onward ({@link dev.yusuan.io.tables.internal.PageText}, {@link dev.yusuan.io.tables.internal.TextLine},
 * {@link dev.yusuan.io.tables.internal.Segment}): tables on pages ({@code PageAssembler}), header
 * lines, columns and rows ({@code GridBuilder} and its stages), split codes, column roles, codeless and
 * subtotal rows, layouts recognised by content, facts and reading coverage; {@link
 * dev.yusuan.io.tables.internal.TableAssembly} builds the document. No PDFBox, no POI: the readers
 * turn their input into pages (docs/pdf.md, docs/formats.md). Not a public API.
 */
package dev.yusuan.io.tables.internal;
