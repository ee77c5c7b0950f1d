package dev.yusuan.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * One published number as a flat Spark row: the fact's concept, one column per {@code FactDimension}, the
 * exact value with its scale, the rounding interval, the provenance and the document's metadata. Column
 * order and types: {@link SparkSchemas#FACTS}; {@link #toFact()} rebuilds the model's fact exactly.
 */
public final class FactRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private String documentId;
  private String concept;
  private String function;
  private String economic;
  private String economicGovernment;
  private String revenueClass;
  private String fundSource;
  private String spendingType;
  private String threePublicItem;
  private String procurementType;
  private String budgetUnit;
  private String project;
  private String period;
  private String value;
  private Integer scale;
  private String printed;
  private String unit;
  private BigDecimal amount;
  private BigDecimal lo;
  private BigDecimal hi;
  private String source;
  private String tableId;
  private String tableTitle;
  private String rowLabel;
  private String rowCode;
  private Integer rowNumber;
  private String columnHeader;
  private String columnNumber;
  private Integer page;
  private Integer line;
  private String section;
  private String text;
  private Integer spanStart;
  private Integer spanEnd;
  private String department;
  private Integer year;
  private String kind;

  /** An empty row (for Spark's bean encoder). */
  public FactRow() {}

  /** The document this fact belongs to (see {@link DocumentRow#getDocumentId()}). */
  public String getDocumentId() {
    return documentId;
  }

  public void setDocumentId(String documentId) {
    this.documentId = documentId;
  }

  /** {@code Concept} name, e.g. {@code EXPENDITURE}. */
  public String getConcept() {
    return concept;
  }

  public void setConcept(String concept) {
    this.concept = concept;
  }

  /** Member of {@code FactDimension.FUNCTION}; null = the dimension's total. */
  public String getFunction() {
    return function;
  }

  public void setFunction(String function) {
    this.function = function;
  }

  /** Member of {@code FactDimension.ECONOMIC}; null = the dimension's total. */
  public String getEconomic() {
    return economic;
  }

  public void setEconomic(String economic) {
    this.economic = economic;
  }

  /** Member of {@code FactDimension.ECONOMIC_GOVERNMENT}; null = the dimension's total. */
  public String getEconomicGovernment() {
    return economicGovernment;
  }

  public void setEconomicGovernment(String economicGovernment) {
    this.economicGovernment = economicGovernment;
  }

  /** Member of {@code FactDimension.REVENUE_CLASS}; null = the dimension's total. */
  public String getRevenueClass() {
    return revenueClass;
  }

  public void setRevenueClass(String revenueClass) {
    this.revenueClass = revenueClass;
  }

  /** Member of {@code FactDimension.FUND_SOURCE}; null = the dimension's total. */
  public String getFundSource() {
    return fundSource;
  }

  public void setFundSource(String fundSource) {
    this.fundSource = fundSource;
  }

  /** Member of {@code FactDimension.SPENDING_TYPE}; null = the dimension's total. */
  public String getSpendingType() {
    return spendingType;
  }

  public void setSpendingType(String spendingType) {
    this.spendingType = spendingType;
  }

  /** Member of {@code FactDimension.THREE_PUBLIC_ITEM}; null = the dimension's total. */
  public String getThreePublicItem() {
    return threePublicItem;
  }

  public void setThreePublicItem(String threePublicItem) {
    this.threePublicItem = threePublicItem;
  }

  /** Member of {@code FactDimension.PROCUREMENT_TYPE}; null = the dimension's total. */
  public String getProcurementType() {
    return procurementType;
  }

  public void setProcurementType(String procurementType) {
    this.procurementType = procurementType;
  }

  /** Member of {@code FactDimension.BUDGET_UNIT}; null = the dimension's total. */
  public String getBudgetUnit() {
    return budgetUnit;
  }

  public void setBudgetUnit(String budgetUnit) {
    this.budgetUnit = budgetUnit;
  }

  /** Member of {@code FactDimension.PROJECT}; null = the dimension's total. */
  public String getProject() {
    return project;
  }

  public void setProject(String project) {
    this.project = project;
  }

  /** Member of {@code FactDimension.PERIOD}; null = the dimension's total. */
  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  /** The exact published value, {@code BigDecimal} plain text with its published scale ({@code 2187.51}). */
  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  /** Decimals published (the precision). */
  public Integer getScale() {
    return scale;
  }

  public void setScale(Integer scale) {
    this.scale = scale;
  }

  /** The number as printed ({@code 1,607.08}, {@code (12.50)}). */
  public String getPrinted() {
    return printed;
  }

  public void setPrinted(String printed) {
    this.printed = printed;
  }

  /** {@code MoneyUnit} name: {@code YUAN}, {@code WAN_YUAN}, {@code YI_YUAN}. */
  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  /** The value as a number for SQL arithmetic ({@code decimal(28,8)}); null when the column cannot hold it exactly (more than 8 decimals that are not 0, or more than 20 integer digits). */
  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  /** Lower bound of the interval the rounded publication stands for ({@code decimal(28,9)}, in {@link #getUnit()}); null when the column cannot hold it exactly. */
  public BigDecimal getLo() {
    return lo;
  }

  public void setLo(BigDecimal lo) {
    this.lo = lo;
  }

  /** Upper bound of that interval ({@code decimal(28,9)}); null when the column cannot hold it exactly. */
  public BigDecimal getHi() {
    return hi;
  }

  public void setHi(BigDecimal hi) {
    this.hi = hi;
  }

  /** Provenance: the source file. */
  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  /** Provenance: table identifier. */
  public String getTableId() {
    return tableId;
  }

  public void setTableId(String tableId) {
    this.tableId = tableId;
  }

  /** Provenance: table title as printed. */
  public String getTableTitle() {
    return tableTitle;
  }

  public void setTableTitle(String tableTitle) {
    this.tableTitle = tableTitle;
  }

  /** Provenance: row label as printed. */
  public String getRowLabel() {
    return rowLabel;
  }

  public void setRowLabel(String rowLabel) {
    this.rowLabel = rowLabel;
  }

  /** Provenance: row classification code. */
  public String getRowCode() {
    return rowCode;
  }

  public void setRowCode(String rowCode) {
    this.rowCode = rowCode;
  }

  /** Provenance: 行次. */
  public Integer getRowNumber() {
    return rowNumber;
  }

  public void setRowNumber(Integer rowNumber) {
    this.rowNumber = rowNumber;
  }

  /** Provenance: column header path joined with {@code /}. */
  public String getColumnHeader() {
    return columnHeader;
  }

  public void setColumnHeader(String columnHeader) {
    this.columnHeader = columnHeader;
  }

  /** Provenance: 栏次. */
  public String getColumnNumber() {
    return columnNumber;
  }

  public void setColumnNumber(String columnNumber) {
    this.columnNumber = columnNumber;
  }

  /** Provenance: 1-based page. */
  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  /** Provenance: 1-based line. */
  public Integer getLine() {
    return line;
  }

  public void setLine(Integer line) {
    this.line = line;
  }

  /** Provenance: narrative section. */
  public String getSection() {
    return section;
  }

  public void setSection(String section) {
    this.section = section;
  }

  /** Provenance: the printed text of the cell or claim. */
  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** Provenance: start of the text in its line. */
  public Integer getSpanStart() {
    return spanStart;
  }

  public void setSpanStart(Integer spanStart) {
    this.spanStart = spanStart;
  }

  /** Provenance: end (exclusive) of the text in its line. */
  public Integer getSpanEnd() {
    return spanEnd;
  }

  public void setSpanEnd(Integer spanEnd) {
    this.spanEnd = spanEnd;
  }

  /** Document metadata: department name. */
  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department;
  }

  /** Document metadata: budget year. */
  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  /** Document metadata: {@code DocumentKind} name. */
  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  private Object[] values() {
    return new Object[] {documentId, concept, function, economic, economicGovernment, revenueClass, fundSource, spendingType, threePublicItem, procurementType, budgetUnit, project, period, value, scale, printed, unit, amount, lo, hi, source, tableId, tableTitle, rowLabel, rowCode, rowNumber, columnHeader, columnNumber, page, line, section, text, spanStart, spanEnd, department, year, kind};
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FactRow r && Arrays.equals(values(), r.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    return "FactRow" + Arrays.asList(values());
  }

  /** This row as the model's fact, exactly as it was read (value with scale, unit, printing, coordinates, provenance). */
  public dev.yusuan.model.Fact toFact() {
    return dev.yusuan.spark.internal.Rows.toFact(this);
  }

}
