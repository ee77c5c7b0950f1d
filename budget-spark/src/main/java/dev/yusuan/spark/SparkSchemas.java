package dev.yusuan.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the Datasets {@link YusuanSpark} returns: column names (the row beans' property
 * names), order and types, every column nullable. They are part of the public API and change only with a
 * new version (a test pins them). Money is never a floating-point column: a fact's value is exact text
 * with its {@code scale}, and {@code amount}, {@code lo}, {@code hi} are decimals wide enough for any
 * published value (null when a value has more decimals than the column).
 */
public final class SparkSchemas {
  private SparkSchemas() {}

  /** Columns of {@link DocumentRow}, in order. */
  public static final StructType DOCUMENTS = StructType.fromDDL(
      "documentId STRING, files STRING, fileCount INT, bytes BIGINT, status STRING, failure STRING,"
      + " source STRING, title STRING, department STRING, region STRING, year INT, kind STRING, unit STRING,"
      + " template STRING, facts INT, findings INT, errors INT, warnings INT, infos INT, diagnostics INT,"
      + " diagnosticErrors INT, passed BOOLEAN, readMillis BIGINT, validateMillis BIGINT");

  /** Columns of {@link FactRow}, in order: concept, one per {@code FactDimension}, value, provenance, metadata. */
  public static final StructType FACTS = StructType.fromDDL(
      "documentId STRING, concept STRING, function STRING, economic STRING, economicGovernment STRING,"
      + " revenueClass STRING, fundSource STRING, spendingType STRING, threePublicItem STRING,"
      + " procurementType STRING, budgetUnit STRING, project STRING, period STRING,"
      + " procurementItem STRING,"
      + " value STRING, scale INT, printed STRING, unit STRING, amount DECIMAL(28,8), lo DECIMAL(28,9),"
      + " hi DECIMAL(28,9), source STRING, tableId STRING, tableTitle STRING, rowLabel STRING, rowCode STRING,"
      + " rowNumber INT, columnHeader STRING, columnNumber STRING, page INT, line INT, section STRING,"
      + " text STRING, spanStart INT, spanEnd INT, department STRING, year INT, kind STRING");

  /** Columns of {@link FindingRow}, in order. */
  public static final StructType FINDINGS = StructType.fromDDL(
      "documentId STRING, origin STRING, ruleId STRING, severity STRING, messageZh STRING, messageEn STRING,"
      + " unit STRING, reportedLo STRING, reportedHi STRING, computedLo STRING, computedHi STRING,"
      + " difference STRING, roundingAllowance STRING, hint STRING, `group` STRING, location STRING,"
      + " locations STRING, locationCount INT, source STRING, page INT, line INT, tableId STRING,"
      + " rowCode STRING, rowLabel STRING, columnHeader STRING, culprit STRING");

  /** The columns of {@code schema} as select expressions, cast to the schema's types, in its order. */
  static Column[] select(StructType schema, String prefix) {
    List<Column> cols = Arrays.stream(schema.fields())
        .map((StructField f) -> functions.col(prefix + "`" + f.name() + "`").cast(f.dataType()).as(f.name()))
        .toList();
    return cols.toArray(new Column[0]);
  }
}
