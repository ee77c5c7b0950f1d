/** Long-format CSV of facts ({@link dev.yusuan.io.csv.CsvFacts}) and the {@code csv} reader and writer. */
package dev.yusuan.io.csv;
