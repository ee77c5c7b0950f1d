package dev.yusuan.spark;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * One document (one file, or a narrative + tables pair) as a flat Spark row: what was read, whether it could
 * be read, and counts of its facts and findings. Column order and types: {@link SparkSchemas#DOCUMENTS}.
 */
public final class DocumentRow implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The value of {@link #getDocumentId()}. */
  private String documentId;
  /** The value of {@link #getFiles()}. */
  private String files;
  /** The value of {@link #getFileCount()}. */
  private Integer fileCount;
  /** The value of {@link #getBytes()}. */
  private Long bytes;
  /** The value of {@link #getStatus()}. */
  private String status;
  /** The value of {@link #getFailure()}. */
  private String failure;
  /** The value of {@link #getSource()}. */
  private String source;
  /** The value of {@link #getTitle()}. */
  private String title;
  /** The value of {@link #getDepartment()}. */
  private String department;
  /** The value of {@link #getRegion()}. */
  private String region;
  /** The value of {@link #getYear()}. */
  private Integer year;
  /** The value of {@link #getKind()}. */
  private String kind;
  /** The value of {@link #getUnit()}. */
  private String unit;
  /** The value of {@link #getTemplate()}. */
  private String template;
  /** The value of {@link #getFacts()}. */
  private Integer facts;
  /** The value of {@link #getFindings()}. */
  private Integer findings;
  /** The value of {@link #getErrors()}. */
  private Integer errors;
  /** The value of {@link #getWarnings()}. */
  private Integer warnings;
  /** The value of {@link #getInfos()}. */
  private Integer infos;
  /** The value of {@link #getDiagnostics()}. */
  private Integer diagnostics;
  /** The value of {@link #getDiagnosticErrors()}. */
  private Integer diagnosticErrors;
  /** The value of {@link #getPassed()}. */
  private Boolean passed;
  /** The value of {@link #getReadMillis()}. */
  private Long readMillis;
  /** The value of {@link #getValidateMillis()}. */
  private Long validateMillis;

  /** An empty row (for Spark's bean encoder). */
  public DocumentRow() {}

  /**
   * {@return the document's identifier: the path of its first file with a {@code -tables} part removed}
   */
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

  /** {@return the file names read as this document, in reading order, joined with {@code  + }} */
  public String getFiles() {
    return files;
  }

  /**
   * Sets {@link #getFiles()} (for Spark's bean encoder).
   *
   * @param files the new value
   */
  public void setFiles(String files) {
    this.files = files;
  }

  /** {@return how many files were read as this document} */
  public Integer getFileCount() {
    return fileCount;
  }

  /**
   * Sets {@link #getFileCount()} (for Spark's bean encoder).
   *
   * @param fileCount the new value
   */
  public void setFileCount(Integer fileCount) {
    this.fileCount = fileCount;
  }

  /** {@return their total size in bytes} */
  public Long getBytes() {
    return bytes;
  }

  /**
   * Sets {@link #getBytes()} (for Spark's bean encoder).
   *
   * @param bytes the new value
   */
  public void setBytes(Long bytes) {
    this.bytes = bytes;
  }

  /**
   * {@return {@code OK} or {@code FAILED} (the document could not be read or validated; see {@link #getFailure()})}
   */
  public String getStatus() {
    return status;
  }

  /**
   * Sets {@link #getStatus()} (for Spark's bean encoder).
   *
   * @param status the new value
   */
  public void setStatus(String status) {
    this.status = status;
  }

  /** {@return why the document failed, in English and Chinese; null when {@code OK}} */
  public String getFailure() {
    return failure;
  }

  /**
   * Sets {@link #getFailure()} (for Spark's bean encoder).
   *
   * @param failure the new value
   */
  public void setFailure(String failure) {
    this.failure = failure;
  }

  /** {@return the document's source as the reader named it} */
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

  /** {@return report title (department, year, kind)} */
  public String getTitle() {
    return title;
  }

  /**
   * Sets {@link #getTitle()} (for Spark's bean encoder).
   *
   * @param title the new value
   */
  public void setTitle(String title) {
    this.title = title;
  }

  /** {@return department name} */
  public String getDepartment() {
    return department;
  }

  /**
   * Sets {@link #getDepartment()} (for Spark's bean encoder).
   *
   * @param department the new value
   */
  public void setDepartment(String department) {
    this.department = department;
  }

  /** {@return region, when known} */
  public String getRegion() {
    return region;
  }

  /**
   * Sets {@link #getRegion()} (for Spark's bean encoder).
   *
   * @param region the new value
   */
  public void setRegion(String region) {
    this.region = region;
  }

  /** {@return budget year} */
  public Integer getYear() {
    return year;
  }

  /**
   * Sets {@link #getYear()} (for Spark's bean encoder).
   *
   * @param year the new value
   */
  public void setYear(Integer year) {
    this.year = year;
  }

  /** {@return {@code DocumentKind} name} */
  public String getKind() {
    return kind;
  }

  /**
   * Sets {@link #getKind()} (for Spark's bean encoder).
   *
   * @param kind the new value
   */
  public void setKind(String kind) {
    this.kind = kind;
  }

  /** {@return the document's money unit ({@code MoneyUnit} name)} */
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

  /** {@return the template the reader recognised, when known} */
  public String getTemplate() {
    return template;
  }

  /**
   * Sets {@link #getTemplate()} (for Spark's bean encoder).
   *
   * @param template the new value
   */
  public void setTemplate(String template) {
    this.template = template;
  }

  /** {@return number of facts} */
  public Integer getFacts() {
    return facts;
  }

  /**
   * Sets {@link #getFacts()} (for Spark's bean encoder).
   *
   * @param facts the new value
   */
  public void setFacts(Integer facts) {
    this.facts = facts;
  }

  /** {@return number of rule findings} */
  public Integer getFindings() {
    return findings;
  }

  /**
   * Sets {@link #getFindings()} (for Spark's bean encoder).
   *
   * @param findings the new value
   */
  public void setFindings(Integer findings) {
    this.findings = findings;
  }

  /** {@return rule findings of severity ERROR} */
  public Integer getErrors() {
    return errors;
  }

  /**
   * Sets {@link #getErrors()} (for Spark's bean encoder).
   *
   * @param errors the new value
   */
  public void setErrors(Integer errors) {
    this.errors = errors;
  }

  /** {@return rule findings of severity WARNING} */
  public Integer getWarnings() {
    return warnings;
  }

  /**
   * Sets {@link #getWarnings()} (for Spark's bean encoder).
   *
   * @param warnings the new value
   */
  public void setWarnings(Integer warnings) {
    this.warnings = warnings;
  }

  /** {@return rule findings of severity INFO} */
  public Integer getInfos() {
    return infos;
  }

  /**
   * Sets {@link #getInfos()} (for Spark's bean encoder).
   *
   * @param infos the new value
   */
  public void setInfos(Integer infos) {
    this.infos = infos;
  }

  /** {@return reader diagnostics (also rows of the findings Dataset with origin {@code READER})} */
  public Integer getDiagnostics() {
    return diagnostics;
  }

  /**
   * Sets {@link #getDiagnostics()} (for Spark's bean encoder).
   *
   * @param diagnostics the new value
   */
  public void setDiagnostics(Integer diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** {@return reader diagnostics of severity ERROR (the file was not read completely)} */
  public Integer getDiagnosticErrors() {
    return diagnosticErrors;
  }

  /**
   * Sets {@link #getDiagnosticErrors()} (for Spark's bean encoder).
   *
   * @param diagnosticErrors the new value
   */
  public void setDiagnosticErrors(Integer diagnosticErrors) {
    this.diagnosticErrors = diagnosticErrors;
  }

  /**
   * {@return whether the document passed: status {@code OK}, no ERROR finding and no ERROR diagnostic (a
   * document not read completely never passes)}
   */
  public Boolean getPassed() {
    return passed;
  }

  /**
   * Sets {@link #getPassed()} (for Spark's bean encoder).
   *
   * @param passed the new value
   */
  public void setPassed(Boolean passed) {
    this.passed = passed;
  }

  /** {@return time spent reading, in milliseconds} */
  public Long getReadMillis() {
    return readMillis;
  }

  /**
   * Sets {@link #getReadMillis()} (for Spark's bean encoder).
   *
   * @param readMillis the new value
   */
  public void setReadMillis(Long readMillis) {
    this.readMillis = readMillis;
  }

  /** {@return time spent validating, in milliseconds} */
  public Long getValidateMillis() {
    return validateMillis;
  }

  /**
   * Sets {@link #getValidateMillis()} (for Spark's bean encoder).
   *
   * @param validateMillis the new value
   */
  public void setValidateMillis(Long validateMillis) {
    this.validateMillis = validateMillis;
  }

  private Object[] values() {
    return new Object[] {documentId, files, fileCount, bytes, status, failure, source, title, department, region, year, kind, unit, template, facts, findings, errors, warnings, infos, diagnostics, diagnosticErrors, passed, readMillis, validateMillis};
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentRow r && Arrays.equals(values(), r.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    return "DocumentRow" + Arrays.asList(values());
  }

}
