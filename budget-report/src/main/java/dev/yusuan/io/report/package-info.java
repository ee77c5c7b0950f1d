/**
 * Report writers behind the {@link dev.yusuan.io.ReportWriter} SPI: terminal text ({@code text}), JSON
 * with a published schema ({@code json}, see {@code docs/report.schema.json}), SARIF 2.1.0
 * ({@code sarif}) and a self-contained HTML page with charts ({@code html}).
 */
package dev.yusuan.io.report;
