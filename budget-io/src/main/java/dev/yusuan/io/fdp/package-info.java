/** Fiscal Data Package export for OpenSpending ({@link dev.yusuan.io.fdp.FiscalDataPackage}). */
package dev.yusuan.io.fdp;
