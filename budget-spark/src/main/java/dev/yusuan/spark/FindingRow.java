package dev.yusuan.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A rule's finding or a reader's diagnostic as a flat Spark row. Numbers are exact decimal text (an interval
 * bound can have up to 12 decimals after a division). Column order and types: {@link SparkSchemas#FINDINGS}.
 */
public final class FindingRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String documentId;
  private String origin;
  private String ruleId;
  private String severity;
  private String messageZh;
  private String messageEn;
  private String unit;
  private String reportedLo;
  private String reportedHi;
  private String computedLo;
  private String computedHi;
  private String difference;
  private String roundingAllowance;
  private String hint;
  private String group;
  private String location;
  private String locations;
  private Integer locationCount;
  private String source;
  private Integer page;
  private Integer line;
  private String tableId;
  private String rowCode;
  private String rowLabel;
  private String columnHeader;
  private String culprit;

  /** An empty row (for Spark's bean encoder). */
  public FindingRow() {}

  /** The document (see {@link DocumentRow#getDocumentId()}). */
  public String getDocumentId() {
    return documentId;
  }

  public void setDocumentId(String documentId) {
    this.documentId = documentId;
  }

  /** {@code RULE} for a rule's finding, {@code READER} for a reader diagnostic. */
  public String getOrigin() {
    return origin;
  }

  public void setOrigin(String origin) {
    this.origin = origin;
  }

  /** The rule's id, or the diagnostic's code. */
  public String getRuleId() {
    return ruleId;
  }

  public void setRuleId(String ruleId) {
    this.ruleId = ruleId;
  }

  /** {@code ERROR}, {@code WARNING} or {@code INFO}. */
  public String getSeverity() {
    return severity;
  }

  public void setSeverity(String severity) {
    this.severity = severity;
  }

  /** The message in Chinese. */
  public String getMessageZh() {
    return messageZh;
  }

  public void setMessageZh(String messageZh) {
    this.messageZh = messageZh;
  }

  /** The message in English. */
  public String getMessageEn() {
    return messageEn;
  }

  public void setMessageEn(String messageEn) {
    this.messageEn = messageEn;
  }

  /** Display unit of the numbers below ({@code 万元}, {@code %}, …). */
  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  /** Reported interval, lower bound (exact decimal text). */
  public String getReportedLo() {
    return reportedLo;
  }

  public void setReportedLo(String reportedLo) {
    this.reportedLo = reportedLo;
  }

  /** Reported interval, upper bound. */
  public String getReportedHi() {
    return reportedHi;
  }

  public void setReportedHi(String reportedHi) {
    this.reportedHi = reportedHi;
  }

  /** Computed interval, lower bound. */
  public String getComputedLo() {
    return computedLo;
  }

  public void setComputedLo(String computedLo) {
    this.computedLo = computedLo;
  }

  /** Computed interval, upper bound. */
  public String getComputedHi() {
    return computedHi;
  }

  public void setComputedHi(String computedHi) {
    this.computedHi = computedHi;
  }

  /** The difference (exact decimal text). */
  public String getDifference() {
    return difference;
  }

  public void setDifference(String difference) {
    this.difference = difference;
  }

  /** How much of it rounding can explain. */
  public String getRoundingAllowance() {
    return roundingAllowance;
  }

  public void setRoundingAllowance(String roundingAllowance) {
    this.roundingAllowance = roundingAllowance;
  }

  /** A hint, when the rule has one. */
  public String getHint() {
    return hint;
  }

  public void setHint(String hint) {
    this.hint = hint;
  }

  /** The finding's group, when it has one. */
  public String getGroup() {
    return group;
  }

  public void setGroup(String group) {
    this.group = group;
  }

  /** The first location, described ({@code file:line p.N table row / column}). */
  public String getLocation() {
    return location;
  }

  public void setLocation(String location) {
    this.location = location;
  }

  /** Every location, described, joined with {@code  | }. */
  public String getLocations() {
    return locations;
  }

  public void setLocations(String locations) {
    this.locations = locations;
  }

  /** How many locations. */
  public Integer getLocationCount() {
    return locationCount;
  }

  public void setLocationCount(Integer locationCount) {
    this.locationCount = locationCount;
  }

  /** First location: source file. */
  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  /** First location: page. */
  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  /** First location: line. */
  public Integer getLine() {
    return line;
  }

  public void setLine(Integer line) {
    this.line = line;
  }

  /** First location: table identifier. */
  public String getTableId() {
    return tableId;
  }

  public void setTableId(String tableId) {
    this.tableId = tableId;
  }

  /** First location: row code. */
  public String getRowCode() {
    return rowCode;
  }

  public void setRowCode(String rowCode) {
    this.rowCode = rowCode;
  }

  /** First location: row label. */
  public String getRowLabel() {
    return rowLabel;
  }

  public void setRowLabel(String rowLabel) {
    this.rowLabel = rowLabel;
  }

  /** First location: column header. */
  public String getColumnHeader() {
    return columnHeader;
  }

  public void setColumnHeader(String columnHeader) {
    this.columnHeader = columnHeader;
  }

  /** The location most likely wrong, described, when the rule names one. */
  public String getCulprit() {
    return culprit;
  }

  public void setCulprit(String culprit) {
    this.culprit = culprit;
  }

  private Object[] values() {
    return new Object[] {documentId, origin, ruleId, severity, messageZh, messageEn, unit, reportedLo, reportedHi, computedLo, computedHi, difference, roundingAllowance, hint, group, location, locations, locationCount, source, page, line, tableId, rowCode, rowLabel, columnHeader, culprit};
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FindingRow r && Arrays.equals(values(), r.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    return "FindingRow" + Arrays.asList(values());
  }

}
