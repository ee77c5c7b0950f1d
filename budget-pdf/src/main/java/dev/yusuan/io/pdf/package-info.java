/**
 * PDF reader: tables rebuilt from positioned text (Apache PDFBox) and mapped to facts through
 * regional layouts. Entry point: {@link dev.yusuan.io.pdf.PdfReader}.
 */
package dev.yusuan.io.pdf;
