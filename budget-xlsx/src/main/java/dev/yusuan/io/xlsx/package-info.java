/** The xlsx form of a budget document ({@link dev.yusuan.io.xlsx.XlsxFormat}) and its reader and writer. */
package dev.yusuan.io.xlsx;
