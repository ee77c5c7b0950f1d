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

  /** The value of {@link #getDocumentId()}. */
  private String documentId;
  /** The value of {@link #getConcept()}. */
  private String concept;
  /** The value of {@link #getFunction()}. */
  private String function;
  /** The value of {@link #getEconomic()}. */
  private String economic;
  /** The value of {@link #getEconomicGovernment()}. */
  private String economicGovernment;
  /** The value of {@link #getRevenueClass()}. */
  private String revenueClass;
  /** The value of {@link #getFundSource()}. */
  private String fundSource;
  /** The value of {@link #getSpendingType()}. */
  private String spendingType;
  /** The value of {@link #getThreePublicItem()}. */
  private String threePublicItem;
  /** The value of {@link #getProcurementType()}. */
  private String procurementType;
  /** The value of {@link #getBudgetUnit()}. */
  private String budgetUnit;
  /** The value of {@link #getProject()}. */
  private String project;
  /** The value of {@link #getPeriod()}. */
  private String period;
  /** The value of {@link #getProcurementItem()}. */
  private String procurementItem;
  /** The value of {@link #getValue()}. */
  private String value;
  /** The value of {@link #getScale()}. */
  private Integer scale;
  /** The value of {@link #getPrinted()}. */
  private String printed;
  /** The value of {@link #getUnit()}. */
  private String unit;
  /** The value of {@link #getAmount()}. */
  private BigDecimal amount;
  /** The value of {@link #getLo()}. */
  private BigDecimal lo;
  /** The value of {@link #getHi()}. */
  private BigDecimal hi;
  /** The value of {@link #getSource()}. */
  private String source;
  /** The value of {@link #getTableId()}. */
  private String tableId;
  /** The value of {@link #getTableTitle()}. */
  private String tableTitle;
  /** The value of {@link #getRowLabel()}. */
  private String rowLabel;
  /** The value of {@link #getRowCode()}. */
  private String rowCode;
  /** The value of {@link #getRowNumber()}. */
  private Integer rowNumber;
  /** The value of {@link #getColumnHeader()}. */
  private String columnHeader;
  /** The value of {@link #getColumnNumber()}. */
  private String columnNumber;
  /** The value of {@link #getPage()}. */
  private Integer page;
  /** The value of {@link #getLine()}. */
  private Integer line;
  /** The value of {@link #getSection()}. */
  private String section;
  /** The value of {@link #getText()}. */
  private String text;
  /** The value of {@link #getSpanStart()}. */
  private Integer spanStart;
  /** The value of {@link #getSpanEnd()}. */
  private Integer spanEnd;
  /** The value of {@link #getDepartment()}. */
  private String department;
  /** The value of {@link #getYear()}. */
  private Integer year;
  /** The value of {@link #getKind()}. */
  private String kind;

  /** An empty row (for Spark's bean encoder). */
  public FactRow() {}

  /** {@return the document this fact belongs to (see {@link DocumentRow#getDocumentId()})} */
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

  /** {@return {@code Concept} name, e.g. {@code EXPENDITURE}} */
  public String getConcept() {
    return concept;
  }

  /**
   * Sets {@link #getConcept()} (for Spark's bean encoder).
   *
   * @param concept the new value
   */
  public void setConcept(String concept) {
    this.concept = concept;
  }

  /** {@return member of {@code FactDimension.FUNCTION}; null = the dimension's total} */
  public String getFunction() {
    return function;
  }

  /**
   * Sets {@link #getFunction()} (for Spark's bean encoder).
   *
   * @param function the new value
   */
  public void setFunction(String function) {
    this.function = function;
  }

  /** {@return member of {@code FactDimension.ECONOMIC}; null = the dimension's total} */
  public String getEconomic() {
    return economic;
  }

  /**
   * Sets {@link #getEconomic()} (for Spark's bean encoder).
   *
   * @param economic the new value
   */
  public void setEconomic(String economic) {
    this.economic = economic;
  }

  /** {@return member of {@code FactDimension.ECONOMIC_GOVERNMENT}; null = the dimension's total} */
  public String getEconomicGovernment() {
    return economicGovernment;
  }

  /**
   * Sets {@link #getEconomicGovernment()} (for Spark's bean encoder).
   *
   * @param economicGovernment the new value
   */
  public void setEconomicGovernment(String economicGovernment) {
    this.economicGovernment = economicGovernment;
  }

  /** {@return member of {@code FactDimension.REVENUE_CLASS}; null = the dimension's total} */
  public String getRevenueClass() {
    return revenueClass;
  }

  /**
   * Sets {@link #getRevenueClass()} (for Spark's bean encoder).
   *
   * @param revenueClass the new value
   */
  public void setRevenueClass(String revenueClass) {
    this.revenueClass = revenueClass;
  }

  /** {@return member of {@code FactDimension.FUND_SOURCE}; null = the dimension's total} */
  public String getFundSource() {
    return fundSource;
  }

  /**
   * Sets {@link #getFundSource()} (for Spark's bean encoder).
   *
   * @param fundSource the new value
   */
  public void setFundSource(String fundSource) {
    this.fundSource = fundSource;
  }

  /** {@return member of {@code FactDimension.SPENDING_TYPE}; null = the dimension's total} */
  public String getSpendingType() {
    return spendingType;
  }

  /**
   * Sets {@link #getSpendingType()} (for Spark's bean encoder).
   *
   * @param spendingType the new value
   */
  public void setSpendingType(String spendingType) {
    this.spendingType = spendingType;
  }

  /** {@return member of {@code FactDimension.THREE_PUBLIC_ITEM}; null = the dimension's total} */
  public String getThreePublicItem() {
    return threePublicItem;
  }

  /**
   * Sets {@link #getThreePublicItem()} (for Spark's bean encoder).
   *
   * @param threePublicItem the new value
   */
  public void setThreePublicItem(String threePublicItem) {
    this.threePublicItem = threePublicItem;
  }

  /** {@return member of {@code FactDimension.PROCUREMENT_TYPE}; null = the dimension's total} */
  public String getProcurementType() {
    return procurementType;
  }

  /**
   * Sets {@link #getProcurementType()} (for Spark's bean encoder).
   *
   * @param procurementType the new value
   */
  public void setProcurementType(String procurementType) {
    this.procurementType = procurementType;
  }

  /** {@return member of {@code FactDimension.BUDGET_UNIT}; null = the dimension's total} */
  public String getBudgetUnit() {
    return budgetUnit;
  }

  /**
   * Sets {@link #getBudgetUnit()} (for Spark's bean encoder).
   *
   * @param budgetUnit the new value
   */
  public void setBudgetUnit(String budgetUnit) {
    this.budgetUnit = budgetUnit;
  }

  /** {@return member of {@code FactDimension.PROJECT}; null = the dimension's total} */
  public String getProject() {
    return project;
  }

  /**
   * Sets {@link #getProject()} (for Spark's bean encoder).
   *
   * @param project the new value
   */
  public void setProject(String project) {
    this.project = project;
  }

  /** {@return member of {@code FactDimension.PERIOD}; null = the dimension's total} */
  public String getPeriod() {
    return period;
  }

  /**
   * Sets {@link #getPeriod()} (for Spark's bean encoder).
   *
   * @param period the new value
   */
  public void setPeriod(String period) {
    this.period = period;
  }

  /** {@return member of {@code FactDimension.PROCUREMENT_ITEM}; null = the dimension's total} */
  public String getProcurementItem() {
    return procurementItem;
  }

  /**
   * Sets {@link #getProcurementItem()} (for Spark's bean encoder).
   *
   * @param procurementItem the new value
   */
  public void setProcurementItem(String procurementItem) {
    this.procurementItem = procurementItem;
  }

  /**
   * {@return the exact published value, {@code BigDecimal} plain text with its published scale ({@code 2187.51})}
   */
  public String getValue() {
    return value;
  }

  /**
   * Sets {@link #getValue()} (for Spark's bean encoder).
   *
   * @param value the new value
   */
  public void setValue(String value) {
    this.value = value;
  }

  /** {@return decimals published (the precision)} */
  public Integer getScale() {
    return scale;
  }

  /**
   * Sets {@link #getScale()} (for Spark's bean encoder).
   *
   * @param scale the new value
   */
  public void setScale(Integer scale) {
    this.scale = scale;
  }

  /** {@return the number as printed ({@code 1,607.08}, {@code (12.50)})} */
  public String getPrinted() {
    return printed;
  }

  /**
   * Sets {@link #getPrinted()} (for Spark's bean encoder).
   *
   * @param printed the new value
   */
  public void setPrinted(String printed) {
    this.printed = printed;
  }

  /** {@return {@code MoneyUnit} name: {@code YUAN}, {@code WAN_YUAN}, {@code YI_YUAN}} */
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

  /**
   * {@return the value as a number for SQL arithmetic ({@code decimal(28,8)}); null when the column cannot hold it exactly (more than 8 decimals that are not 0, or more than 20 integer digits)}
   */
  public BigDecimal getAmount() {
    return amount;
  }

  /**
   * Sets {@link #getAmount()} (for Spark's bean encoder).
   *
   * @param amount the new value
   */
  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * {@return lower bound of the interval the rounded publication stands for ({@code decimal(28,9)}, in {@link #getUnit()}); null when the column cannot hold it exactly}
   */
  public BigDecimal getLo() {
    return lo;
  }

  /**
   * Sets {@link #getLo()} (for Spark's bean encoder).
   *
   * @param lo the new value
   */
  public void setLo(BigDecimal lo) {
    this.lo = lo;
  }

  /**
   * {@return upper bound of that interval ({@code decimal(28,9)}); null when the column cannot hold it exactly}
   */
  public BigDecimal getHi() {
    return hi;
  }

  /**
   * Sets {@link #getHi()} (for Spark's bean encoder).
   *
   * @param hi the new value
   */
  public void setHi(BigDecimal hi) {
    this.hi = hi;
  }

  /** {@return provenance: the source file} */
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

  /** {@return provenance: table identifier} */
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

  /** {@return provenance: table title as printed} */
  public String getTableTitle() {
    return tableTitle;
  }

  /**
   * Sets {@link #getTableTitle()} (for Spark's bean encoder).
   *
   * @param tableTitle the new value
   */
  public void setTableTitle(String tableTitle) {
    this.tableTitle = tableTitle;
  }

  /** {@return provenance: row label as printed} */
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

  /** {@return provenance: row classification code} */
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

  /** {@return provenance: 行次} */
  public Integer getRowNumber() {
    return rowNumber;
  }

  /**
   * Sets {@link #getRowNumber()} (for Spark's bean encoder).
   *
   * @param rowNumber the new value
   */
  public void setRowNumber(Integer rowNumber) {
    this.rowNumber = rowNumber;
  }

  /** {@return provenance: column header path joined with {@code /}} */
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

  /** {@return provenance: 栏次} */
  public String getColumnNumber() {
    return columnNumber;
  }

  /**
   * Sets {@link #getColumnNumber()} (for Spark's bean encoder).
   *
   * @param columnNumber the new value
   */
  public void setColumnNumber(String columnNumber) {
    this.columnNumber = columnNumber;
  }

  /** {@return provenance: 1-based page} */
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

  /** {@return provenance: 1-based line} */
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

  /** {@return provenance: narrative section} */
  public String getSection() {
    return section;
  }

  /**
   * Sets {@link #getSection()} (for Spark's bean encoder).
   *
   * @param section the new value
   */
  public void setSection(String section) {
    this.section = section;
  }

  /** {@return provenance: the printed text of the cell or claim} */
  public String getText() {
    return text;
  }

  /**
   * Sets {@link #getText()} (for Spark's bean encoder).
   *
   * @param text the new value
   */
  public void setText(String text) {
    this.text = text;
  }

  /** {@return provenance: start of the text in its line} */
  public Integer getSpanStart() {
    return spanStart;
  }

  /**
   * Sets {@link #getSpanStart()} (for Spark's bean encoder).
   *
   * @param spanStart the new value
   */
  public void setSpanStart(Integer spanStart) {
    this.spanStart = spanStart;
  }

  /** {@return provenance: end (exclusive) of the text in its line} */
  public Integer getSpanEnd() {
    return spanEnd;
  }

  /**
   * Sets {@link #getSpanEnd()} (for Spark's bean encoder).
   *
   * @param spanEnd the new value
   */
  public void setSpanEnd(Integer spanEnd) {
    this.spanEnd = spanEnd;
  }

  /** {@return document metadata: department name} */
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

  /** {@return document metadata: budget year} */
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

  /** {@return document metadata: {@code DocumentKind} name} */
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

  private Object[] values() {
    return new Object[] {documentId, concept, function, economic, economicGovernment, revenueClass, fundSource, spendingType, threePublicItem, procurementType, budgetUnit, project, period, procurementItem, value, scale, printed, unit, amount, lo, hi, source, tableId, tableTitle, rowLabel, rowCode, rowNumber, columnHeader, columnNumber, page, line, section, text, spanStart, spanEnd, department, year, kind};
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

  /**
   * {@return this row as the model's fact, exactly as it was read (value with scale, unit, printing, coordinates, provenance)}
   */
  public dev.yusuan.model.Fact toFact() {
    return dev.yusuan.spark.internal.Rows.toFact(this);
  }

}
