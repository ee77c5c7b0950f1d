package dev.yusuan.spark.internal;

import dev.yusuan.spark.DocumentRow;
import dev.yusuan.spark.FactRow;
import dev.yusuan.spark.FindingRow;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** Everything one document gave: the row cached once, from which the three Datasets are exploded. */
public final class DocumentResult implements Serializable {
  private static final long serialVersionUID = 1L;
  private DocumentRow document;
  private List<FactRow> factRows = new ArrayList<>();
  private List<FindingRow> findingRows = new ArrayList<>();

  public DocumentResult() {}

  public DocumentRow getDocument() {
    return document;
  }

  public void setDocument(DocumentRow document) {
    this.document = document;
  }

  public List<FactRow> getFactRows() {
    return factRows;
  }

  public void setFactRows(List<FactRow> factRows) {
    this.factRows = factRows;
  }

  public List<FindingRow> getFindingRows() {
    return findingRows;
  }

  public void setFindingRows(List<FindingRow> findingRows) {
    this.findingRows = findingRows;
  }
}
