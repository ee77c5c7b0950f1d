/**
 * HTML disclosures: {@link dev.yusuan.io.html.HtmlDocumentReader}, found by {@code BudgetIo} as a
 * service. Depends on jsoup; the core ({@code budget-io}) does not.
 */
package dev.yusuan.io.html;
