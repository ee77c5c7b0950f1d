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

  /** The value of {@link #getDocumentId()}. */
  private String documentId;
  /** The value of {@link #getOrigin()}. */
  private String origin;
  /** The value of {@link #getRuleId()}. */
  private String ruleId;
  /** The value of {@link #getSeverity()}. */
  private String severity;
  /** The value of {@link #getMessageZh()}. */
  private String messageZh;
  /** The value of {@link #getMessageEn()}. */
  private String messageEn;
  /** The value of {@link #getUnit()}. */
  private String unit;
  /** The value of {@link #getReportedLo()}. */
  private String reportedLo;
  /** The value of {@link #getReportedHi()}. */
  private String reportedHi;
  /** The value of {@link #getComputedLo()}. */
  private String computedLo;
  /** The value of {@link #getComputedHi()}. */
  private String computedHi;
  /** The value of {@link #getDifference()}. */
  private String difference;
  /** The value of {@link #getRoundingAllowance()}. */
  private String roundingAllowance;
  /** The value of {@link #getHint()}. */
  private String hint;
  /** The value of {@link #getGroup()}. */
  private String group;
  /** The value of {@link #getLocation()}. */
  private String location;
  /** The value of {@link #getLocations()}. */
  private String locations;
  /** The value of {@link #getLocationCount()}. */
  private Integer locationCount;
  /** The value of {@link #getSource()}. */
  private String source;
  /** The value of {@link #getPage()}. */
  private Integer page;
  /** The value of {@link #getLine()}. */
  private Integer line;
  /** The value of {@link #getTableId()}. */
  private String tableId;
  /** The value of {@link #getRowCode()}. */
  private String rowCode;
  /** The value of {@link #getRowLabel()}. */
  private String rowLabel;
  /** The value of {@link #getColumnHeader()}. */
  private String columnHeader;
  /** The value of {@link #getCulprit()}. */
  private String culprit;

  /** An empty row (for Spark's bean encoder). */
  public FindingRow() {}

  /** {@return the document (see {@link DocumentRow#getDocumentId()})} */
  public String getDocumentId() {
    return documentId;
  }

  /**
   * Sets {@link #getDocumentId()} (for Spark's bean encoder).
   *
   * @param documentId the new value
   */
  public void setDocumentId(String documentId) {
    this.documentId = documentId;
  }

  /** {@return {@code RULE} for a rule's finding, {@code READER} for a reader diagnostic} */
  public String getOrigin() {
    return origin;
  }

  /**
   * Sets {@link #getOrigin()} (for Spark's bean encoder).
   *
   * @param origin the new value
   */
  public void setOrigin(String origin) {
    this.origin = origin;
  }

  /** {@return the rule's id, or the diagnostic's code} */
  public String getRuleId() {
    return ruleId;
  }

  /**
   * Sets {@link #getRuleId()} (for Spark's bean encoder).
   *
   * @param ruleId the new value
   */
  public void setRuleId(String ruleId) {
    this.ruleId = ruleId;
  }

  /** {@return {@code ERROR}, {@code WARNING} or {@code INFO}} */
  public String getSeverity() {
    return severity;
  }

  /**
   * Sets {@link #getSeverity()} (for Spark's bean encoder).
   *
   * @param severity the new value
   */
  public void setSeverity(String severity) {
    this.severity = severity;
  }

  /** {@return the message in Chinese} */
  public String getMessageZh() {
    return messageZh;
  }

  /**
   * Sets {@link #getMessageZh()} (for Spark's bean encoder).
   *
   * @param messageZh the new value
   */
  public void setMessageZh(String messageZh) {
    this.messageZh = messageZh;
  }

  /** {@return the message in English} */
  public String getMessageEn() {
    return messageEn;
  }

  /**
   * Sets {@link #getMessageEn()} (for Spark's bean encoder).
   *
   * @param messageEn the new value
   */
  public void setMessageEn(String messageEn) {
    this.messageEn = messageEn;
  }

  /** {@return display unit of the numbers below ({@code 万元}, {@code %}, …)} */
  public String getUnit() {
    return unit;
  }

  /**
   * Sets {@link #getUnit()} (for Spark's bean encoder).
   *
   * @param unit the new value
   */
  public void setUnit(String unit) {
    this.unit = unit;
  }

  /** {@return reported interval, lower bound (exact decimal text)} */
  public String getReportedLo() {
    return reportedLo;
  }

  /**
   * Sets {@link #getReportedLo()} (for Spark's bean encoder).
   *
   * @param reportedLo the new value
   */
  public void setReportedLo(String reportedLo) {
    this.reportedLo = reportedLo;
  }

  /** {@return reported interval, upper bound} */
  public String getReportedHi() {
    return reportedHi;
  }

  /**
   * Sets {@link #getReportedHi()} (for Spark's bean encoder).
   *
   * @param reportedHi the new value
   */
  public void setReportedHi(String reportedHi) {
    this.reportedHi = reportedHi;
  }

  /** {@return computed interval, lower bound} */
  public String getComputedLo() {
    return computedLo;
  }

  /**
   * Sets {@link #getComputedLo()} (for Spark's bean encoder).
   *
   * @param computedLo the new value
   */
  public void setComputedLo(String computedLo) {
    this.computedLo = computedLo;
  }

  /** {@return computed interval, upper bound} */
  public String getComputedHi() {
    return computedHi;
  }

  /**
   * Sets {@link #getComputedHi()} (for Spark's bean encoder).
   *
   * @param computedHi the new value
   */
  public void setComputedHi(String computedHi) {
    this.computedHi = computedHi;
  }

  /** {@return the difference (exact decimal text)} */
  public String getDifference() {
    return difference;
  }

  /**
   * Sets {@link #getDifference()} (for Spark's bean encoder).
   *
   * @param difference the new value
   */
  public void setDifference(String difference) {
    this.difference = difference;
  }

  /** {@return how much of it rounding can explain} */
  public String getRoundingAllowance() {
    return roundingAllowance;
  }

  /**
   * Sets {@link #getRoundingAllowance()} (for Spark's bean encoder).
   *
   * @param roundingAllowance the new value
   */
  public void setRoundingAllowance(String roundingAllowance) {
    this.roundingAllowance = roundingAllowance;
  }

  /** {@return a hint, when the rule has one} */
  public String getHint() {
    return hint;
  }

  /**
   * Sets {@link #getHint()} (for Spark's bean encoder).
   *
   * @param hint the new value
   */
  public void setHint(String hint) {
    this.hint = hint;
  }

  /** {@return the finding's group, when it has one} */
  public String getGroup() {
    return group;
  }

  /**
   * Sets {@link #getGroup()} (for Spark's bean encoder).
   *
   * @param group the new value
   */
  public void setGroup(String group) {
    this.group = group;
  }

  /** {@return the first location, described ({@code file:line p.N table row / column})} */
  public String getLocation() {
    return location;
  }

  /**
   * Sets {@link #getLocation()} (for Spark's bean encoder).
   *
   * @param location the new value
   */
  public void setLocation(String location) {
    this.location = location;
  }

  /** {@return every location, described, joined with {@code  | }} */
  public String getLocations() {
    return locations;
  }

  /**
   * Sets {@link #getLocations()} (for Spark's bean encoder).
   *
   * @param locations the new value
   */
  public void setLocations(String locations) {
    this.locations = locations;
  }

  /** {@return how many locations} */
  public Integer getLocationCount() {
    return locationCount;
  }

  /**
   * Sets {@link #getLocationCount()} (for Spark's bean encoder).
   *
   * @param locationCount the new value
   */
  public void setLocationCount(Integer locationCount) {
    this.locationCount = locationCount;
  }

  /** {@return first location: source file} */
  public String getSource() {
    return source;
  }

  /**
   * Sets {@link #getSource()} (for Spark's bean encoder).
   *
   * @param source the new value
   */
  public void setSource(String source) {
    this.source = source;
  }

  /** {@return first location: page} */
  public Integer getPage() {
    return page;
  }

  /**
   * Sets {@link #getPage()} (for Spark's bean encoder).
   *
   * @param page the new value
   */
  public void setPage(Integer page) {
    this.page = page;
  }

  /** {@return first location: line} */
  public Integer getLine() {
    return line;
  }

  /**
   * Sets {@link #getLine()} (for Spark's bean encoder).
   *
   * @param line the new value
   */
  public void setLine(Integer line) {
    this.line = line;
  }

  /** {@return first location: table identifier} */
  public String getTableId() {
    return tableId;
  }

  /**
   * Sets {@link #getTableId()} (for Spark's bean encoder).
   *
   * @param tableId the new value
   */
  public void setTableId(String tableId) {
    this.tableId = tableId;
  }

  /** {@return first location: row code} */
  public String getRowCode() {
    return rowCode;
  }

  /**
   * Sets {@link #getRowCode()} (for Spark's bean encoder).
   *
   * @param rowCode the new value
   */
  public void setRowCode(String rowCode) {
    this.rowCode = rowCode;
  }

  /** {@return first location: row label} */
  public String getRowLabel() {
    return rowLabel;
  }

  /**
   * Sets {@link #getRowLabel()} (for Spark's bean encoder).
   *
   * @param rowLabel the new value
   */
  public void setRowLabel(String rowLabel) {
    this.rowLabel = rowLabel;
  }

  /** {@return first location: column header} */
  public String getColumnHeader() {
    return columnHeader;
  }

  /**
   * Sets {@link #getColumnHeader()} (for Spark's bean encoder).
   *
   * @param columnHeader the new value
   */
  public void setColumnHeader(String columnHeader) {
    this.columnHeader = columnHeader;
  }

  /** {@return the location most likely wrong, described, when the rule names one} */
  public String getCulprit() {
    return culprit;
  }

  /**
   * Sets {@link #getCulprit()} (for Spark's bean encoder).
   *
   * @param culprit the new value
   */
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
