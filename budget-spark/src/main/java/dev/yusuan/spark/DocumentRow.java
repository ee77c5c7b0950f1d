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

  private String documentId;
  private String files;
  private Integer fileCount;
  private Long bytes;
  private String status;
  private String failure;
  private String source;
  private String title;
  private String department;
  private String region;
  private Integer year;
  private String kind;
  private String unit;
  private String template;
  private Integer facts;
  private Integer findings;
  private Integer errors;
  private Integer warnings;
  private Integer infos;
  private Integer diagnostics;
  private Integer diagnosticErrors;
  private Boolean passed;
  private Long readMillis;
  private Long validateMillis;

  /** An empty row (for Spark's bean encoder). */
  public DocumentRow() {}

  /** Identifies the document: the path of its first file with a {@code -tables} part removed. */
  public String getDocumentId() {
    return documentId;
  }

  public void setDocumentId(String documentId) {
    this.documentId = documentId;
  }

  /** The file names read as this document, in reading order, joined with {@code  + }. */
  public String getFiles() {
    return files;
  }

  public void setFiles(String files) {
    this.files = files;
  }

  /** How many files were read as this document. */
  public Integer getFileCount() {
    return fileCount;
  }

  public void setFileCount(Integer fileCount) {
    this.fileCount = fileCount;
  }

  /** Their total size in bytes. */
  public Long getBytes() {
    return bytes;
  }

  public void setBytes(Long bytes) {
    this.bytes = bytes;
  }

  /** {@code OK} or {@code FAILED} (the document could not be read or validated; see {@link #getFailure()}). */
  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  /** Why the document failed, in English and Chinese; null when {@code OK}. */
  public String getFailure() {
    return failure;
  }

  public void setFailure(String failure) {
    this.failure = failure;
  }

  /** The document's source as the reader named it. */
  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  /** Report title (department, year, kind). */
  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  /** Department name. */
  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  /** Region, when known. */
  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  /** Budget year. */
  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  /** {@code DocumentKind} name. */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  /** The document's money unit ({@code MoneyUnit} name). */
  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  /** The template the reader recognised, when known. */
  public String getTemplate() {
    return template;
  }

  public void setTemplate(String template) {
    this.template = template;
  }

  /** Number of facts. */
  public Integer getFacts() {
    return facts;
  }

  public void setFacts(Integer facts) {
    this.facts = facts;
  }

  /** Number of rule findings. */
  public Integer getFindings() {
    return findings;
  }

  public void setFindings(Integer findings) {
    this.findings = findings;
  }

  /** Rule findings of severity ERROR. */
  public Integer getErrors() {
    return errors;
  }

  public void setErrors(Integer errors) {
    this.errors = errors;
  }

  /** Rule findings of severity WARNING. */
  public Integer getWarnings() {
    return warnings;
  }

  public void setWarnings(Integer warnings) {
    this.warnings = warnings;
  }

  /** Rule findings of severity INFO. */
  public Integer getInfos() {
    return infos;
  }

  public void setInfos(Integer infos) {
    this.infos = infos;
  }

  /** Reader diagnostics (also rows of the findings Dataset with origin {@code READER}). */
  public Integer getDiagnostics() {
    return diagnostics;
  }

  public void setDiagnostics(Integer diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Reader diagnostics of severity ERROR (the file was not read completely). */
  public Integer getDiagnosticErrors() {
    return diagnosticErrors;
  }

  public void setDiagnosticErrors(Integer diagnosticErrors) {
    this.diagnosticErrors = diagnosticErrors;
  }

  /** {@code OK}, no ERROR finding and no ERROR diagnostic: a document not read completely never passes. */
  public Boolean getPassed() {
    return passed;
  }

  public void setPassed(Boolean passed) {
    this.passed = passed;
  }

  /** Time spent reading, in milliseconds. */
  public Long getReadMillis() {
    return readMillis;
  }

  public void setReadMillis(Long readMillis) {
    this.readMillis = readMillis;
  }

  /** Time spent validating, in milliseconds. */
  public Long getValidateMillis() {
    return validateMillis;
  }

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
