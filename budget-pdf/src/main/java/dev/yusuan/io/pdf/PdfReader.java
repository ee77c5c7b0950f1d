package dev.yusuan.io.pdf;

import dev.yusuan.io.DocumentReader;
import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.io.pdf.internal.PdfDocumentBuilder;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads budget disclosures published as PDF (Apache PDFBox): tables are rebuilt from positioned text
 * and mapped to facts through the layouts of the recognised template (Jiangsu 公开表一–十二, Shanghai
 * 部门预算 / 部门决算). A disclosure published as two files (narrative + tables) is read as one
 * document with {@link #read(List)}. Problems (pages without text, unknown tables, numbers no layout
 * maps) are the document's diagnostics; only unreadable input throws.
 *
 * <p>Thread-safe and stateless: one instance can read many documents concurrently.
 */
public final class PdfReader implements DocumentReader {
  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private final Catalogue catalogue;

  /** A reader resolving function and economic names with the bundled {@link Catalogue#standard()}. */
  public PdfReader() {
    this(Catalogue.standard());
  }

  /**
   * A reader resolving function and economic names with {@code catalogue}.
   *
   * @param catalogue the catalogue of 政府收支分类科目
   */
  public PdfReader(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public DocumentReader withCatalogue(Catalogue catalogue) {
    return new PdfReader(catalogue);
  }

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public List<String> extensions() {
    return List.of("pdf");
  }

  /** Recognises {@code %PDF-} at the start (some files have a few bytes of junk before it). */
  @Override
  public boolean recognises(String fileName, byte[] head) {
    int limit = Math.min(head.length - MAGIC.length, 1024);
    outer:
    for (int i = 0; i <= limit; i++) {
      for (int k = 0; k < MAGIC.length; k++) {
        if (head[i + k] != MAGIC[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Override
  public BudgetDocument read(InputStream in, String source) throws IOException {
    return read(in, source, ReadLimits.fromSystemProperties());
  }

  /**
   * Reads a PDF within {@code limits} (pages, page-tree and Form XObject nesting, Form XObject
   * invocations: checked before extraction). A file that does not end with {@code %%EOF} was cut
   * short: what PDFBox recovers is kept, with an ERROR diagnostic {@code pdf.truncated}.
   *
   * @throws LimitExceededException when the PDF exceeds a limit
   */
  @Override
  public BudgetDocument read(InputStream in, String source, ReadLimits limits) throws IOException {
    byte[] bytes = in.readAllBytes();
    return truncation(source, bytes, PdfDocumentBuilder.build(source,
        List.of(new PdfDocumentBuilder.Part(source, bytes)), catalogue, d -> PdfLimits.check(d, limits)));
  }

  private static BudgetDocument truncation(String part, byte[] bytes, BudgetDocument d) {
    if (PdfLimits.complete(bytes)) {
      return d;
    }
    return BudgetDocument.builder().from(d).addDiagnostics(Diagnostic.of(Severity.ERROR, "pdf.truncated",
        "PDF 文件不完整（结尾没有 %%EOF，可能被截断），只读取了能读到的部分",
        "the PDF is incomplete (no %%EOF at its end, probably cut short); only what could be read is kept",
        Provenance.of(part))).build();
  }

  /**
   * Reads one PDF file.
   *
   * @param file the PDF
   * @return the document, with a diagnostic for every problem found in the content
   * @throws IOException when the file cannot be read at all
   */
  public BudgetDocument read(Path file) throws IOException {
    return read(List.of(file));
  }

  /**
   * Reads several PDF files as one disclosure (e.g. the narrative PDF and the tables PDF), in the
   * order given. The document's source names the files joined with {@code +}.
   */
  @Override
  public boolean readsSeveralFiles() {
    return true;
  }

  @Override
  public BudgetDocument read(List<Path> files) throws IOException {
    return read(files, ReadLimits.fromSystemProperties());
  }

  @Override
  public BudgetDocument read(List<Path> files, ReadLimits limits) throws IOException {
    List<PdfDocumentBuilder.Part> parts = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    for (Path f : files) {
      String n = f.getFileName().toString();
      if (Files.size(f) > limits.maxFileBytes()) {
        throw new LimitExceededException("maxFileBytes", limits.maxFileBytes(), n + ": a file larger than "
            + limits.maxFileBytes() + " bytes / 文件超过 " + limits.maxFileBytes() + " 字节");
      }
      byte[] bytes = Files.readAllBytes(f);
      parts.add(new PdfDocumentBuilder.Part(n, bytes));
      if (name.length() > 0) {
        name.append('+');
      }
      name.append(n);
    }
    BudgetDocument d = PdfDocumentBuilder.build(name.toString(), parts, catalogue,
        doc -> PdfLimits.check(doc, limits));
    for (PdfDocumentBuilder.Part p : parts) {
      d = truncation(p.name(), p.bytes(), d);
    }
    return d;
  }
}
