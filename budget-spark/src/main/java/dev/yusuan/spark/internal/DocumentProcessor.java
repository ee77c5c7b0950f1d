package dev.yusuan.spark.internal;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.UnsupportedFormatException;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.Validator;
import dev.yusuan.spark.DocumentRow;
import dev.yusuan.spark.FactRow;
import dev.yusuan.spark.FindingRow;
import dev.yusuan.spark.ValidatorSpec;
import dev.yusuan.spark.YusuanMetrics;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import scala.Tuple2;

/**
 * Reads and validates the documents of one partition. The partition's files arrive sorted by
 * {@link DocumentKeys#sortKey}, so the files of a document are adjacent and only one document is held at a
 * time. Whatever goes wrong with a document becomes its {@code FAILED} row; the task goes on.
 */
public final class DocumentProcessor {
  private DocumentProcessor() {}

  /** The documents of a sorted partition, one result each, computed as the iterator is consumed. */
  public static Iterator<DocumentResult> process(Iterator<Tuple2<String, FilePart>> sorted, ValidatorSpec spec,
      YusuanMetrics metrics) {
    return new Iterator<>() {
      private Tuple2<String, FilePart> next = sorted.hasNext() ? sorted.next() : null;

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public DocumentResult next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        String doc = DocumentKeys.documentOfSortKey(next._1());
        List<FilePart> parts = new ArrayList<>();
        while (next != null && DocumentKeys.documentOfSortKey(next._1()).equals(doc)) {
          parts.add(next._2());
          next = sorted.hasNext() ? sorted.next() : null;
        }
        DocumentResult r = one(doc, parts, spec);
        metrics.add(r);
        return r;
      }
    };
  }

  /** One document: read, validate, flatten; never throws for a bad document. */
  public static DocumentResult one(String documentId, List<FilePart> parts, ValidatorSpec spec) {
    DocumentRow row = new DocumentRow();
    row.setDocumentId(documentId);
    row.setFiles(parts.stream().map(FilePart::name).collect(Collectors.joining(" + ")));
    row.setFileCount(parts.size());
    row.setBytes(parts.stream().mapToLong(p -> p.content().length).sum());
    DocumentResult result = new DocumentResult();
    result.setDocument(row);
    long t0 = System.nanoTime();
    BudgetDocument doc;
    try {
      doc = read(parts);
    } catch (UnsupportedFormatException e) {
      return failed(result, "unsupported format / 无法识别的格式: " + e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      return failed(result, "cannot read / 无法读取: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return failed(result, "reader failed / 读取失败: " + e);
    }
    long t1 = System.nanoTime();
    Report report;
    try {
      Validator v = spec.validator();
      report = v.validate(doc);
    } catch (RuntimeException | StackOverflowError e) {
      return failed(result, "validation failed / 校验失败: " + e);
    }
    long t2 = System.nanoTime();
    row.setStatus("OK");
    row.setSource(doc.source());
    row.setTitle(report.title());
    row.setDepartment(doc.department().name());
    row.setRegion(doc.region().orElse(null));
    row.setYear(doc.year());
    row.setKind(doc.kind().name());
    row.setUnit(doc.unit().name());
    row.setTemplate(doc.template().orElse(null));
    row.setReadMillis((t1 - t0) / 1_000_000);
    row.setValidateMillis((t2 - t1) / 1_000_000);
    List<FactRow> facts = new ArrayList<>(doc.facts().size());
    for (Fact f : doc.facts()) {
      facts.add(Rows.fact(documentId, doc, f));
    }
    List<FindingRow> findings = new ArrayList<>();
    for (Finding f : report.findings()) {
      findings.add(Rows.finding(documentId, f));
    }
    int diagnosticErrors = 0;
    for (Diagnostic d : doc.diagnostics()) {
      findings.add(Rows.diagnostic(documentId, d));
      diagnosticErrors += d.severity() == Severity.ERROR ? 1 : 0;
    }
    result.setFactRows(facts);
    result.setFindingRows(findings);
    row.setFacts(facts.size());
    row.setFindings(report.findings().size());
    row.setErrors((int) report.count(Severity.ERROR));
    row.setWarnings((int) report.count(Severity.WARNING));
    row.setInfos((int) report.count(Severity.INFO));
    row.setDiagnostics(doc.diagnostics().size());
    row.setDiagnosticErrors(diagnosticErrors);
    row.setPassed(row.getErrors() == 0 && diagnosticErrors == 0);
    return result;
  }

  private static DocumentResult failed(DocumentResult result, String reason) {
    DocumentRow row = result.getDocument();
    row.setStatus("FAILED");
    row.setFailure(reason);
    row.setPassed(false);
    row.setFacts(0);
    row.setFindings(0);
    return result;
  }

  /**
   * One file is read from its bytes; the files of a narrative + tables pair are written to a temporary
   * directory under their own names (so provenance names them as {@link BudgetIo#read(List)} would) and
   * read as one document.
   */
  static BudgetDocument read(List<FilePart> parts) throws IOException {
    if (parts.size() == 1) {
      FilePart p = parts.get(0);
      return BudgetIo.read(new ByteArrayInputStream(p.content()), p.name());
    }
    Path dir = Files.createTempDirectory("yusuan-spark-");
    try {
      List<Path> files = new ArrayList<>();
      for (FilePart p : parts) {
        Path f = dir.resolve(String.valueOf(files.size())).resolve(p.name());
        Files.createDirectories(f.getParent());
        files.add(Files.write(f, p.content()));
      }
      return BudgetIo.read(files);
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
