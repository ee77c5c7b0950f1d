/**
 * Word disclosures: {@link dev.yusuan.io.word.WordDocumentReader} (.docx), found by {@code BudgetIo} as
 * a service. Depends on Apache POI (XWPF); the core ({@code budget-io}) does not.
 */
package dev.yusuan.io.word;
