package dev.yusuan.io.word;

import dev.yusuan.io.DocumentReader;
import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.UnsupportedFormatException;
import dev.yusuan.io.internal.Doubtful;
import dev.yusuan.io.internal.LaidOutText;
import dev.yusuan.io.internal.Relocate;
import dev.yusuan.io.internal.Zips;
import dev.yusuan.io.text.TextReader;
import dev.yusuan.io.word.internal.DocxLimits;
import dev.yusuan.io.word.internal.DocxText;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Department;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reader of format {@code docx}: a disclosure published as a Word document (.docx). The document is
 * opened with Apache POI (XWPF), laid out as the structured-text form (headings, paragraphs with their
 * automatic numbers, tables on their grid with merged cells) and read by {@link TextReader}, so tables
 * are recognised by content and the narrative's claims are read as in a text file. Locations are
 * paragraph numbers of the document ({@code budget.docx:123}: the 123rd paragraph, counting those in
 * table cells) with the table, row and column as usual.
 *
 * <p>A Word 97-2003 {@code .doc} (an OLE2 compound file holding a {@code WordDocument} stream) is
 * recognised and refused with {@link UnsupportedFormatException} ("save as .docx"); a password-protected
 * .docx (an OLE2 file holding an encrypted package) is an input failure.
 */
public final class WordDocumentReader implements DocumentReader {
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private final TextReader text;

  /** A reader with the standard layouts and catalogue. */
  public WordDocumentReader() {
    this(new TextReader());
  }

  private WordDocumentReader(TextReader text) {
    this.text = text;
  }

  @Override
  public DocumentReader withCatalogue(Catalogue catalogue) {
    return new WordDocumentReader((TextReader) text.withCatalogue(catalogue));
  }

  @Override
  public String format() {
    return "docx";
  }

  @Override
  public List<String> extensions() {
    return List.of("docx", "docm", "doc");
  }

  /**
   * A zip ({@code PK\3\4}) whose first entries include {@code word/}; an OLE2 compound file whose head
   * names a {@code WordDocument} stream, or named {@code .doc} or {@code .docx} (an encrypted .docx).
   */
  @Override
  public boolean recognises(String fileName, byte[] head) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return new String(head, StandardCharsets.ISO_8859_1).contains("word/");
    }
    if (ole2(head)) {
      return new String(head, StandardCharsets.UTF_16LE).contains("WordDocument") || name.endsWith(".doc")
          || name.endsWith(".docx") || name.endsWith(".docm") || name.endsWith(".dot");
    }
    return false;
  }

  private static boolean ole2(byte[] head) {
    if (head.length < OLE2.length) {
      return false;
    }
    for (int i = 0; i < OLE2.length; i++) {
      if (head[i] != OLE2[i]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public BudgetDocument read(InputStream in, String source) throws IOException {
    return read(in, source, ReadLimits.fromSystemProperties());
  }

  /**
   * Reads within {@code limits}: the file's size ({@code maxFileBytes}), and before POI loads it the
   * document part's inflated size, its table cells ({@code maxCells}, at most
   * {@code maxSpreadsheetCells}) and the nesting of its tables ({@code maxNestingDepth}). POI's zip-bomb
   * guard (parts inflating more than 100-fold) applies and is reported as {@code word.unreadable}.
   *
   * @throws LimitExceededException when the document is too large
   * @throws UnsupportedFormatException for a Word 97-2003 .doc, an RTF file or another OLE2 file
   */
  @Override
  public BudgetDocument read(InputStream in, String source, ReadLimits limits) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1L));
    if (bytes.length > limits.maxFileBytes()) {
      throw new LimitExceededException("maxFileBytes", limits.maxFileBytes(),
          "a document of more than " + limits.maxFileBytes() + " bytes / 文档超过 " + limits.maxFileBytes() + " 字节");
    }
    if (ole2(bytes)) {
      return compoundFile(bytes, source);
    }
    if (new String(bytes, 0, Math.min(bytes.length, 5), StandardCharsets.ISO_8859_1).equals("{\\rtf")) {
      throw new UnsupportedFormatException(source, "an RTF document: save it as .docx",
          "RTF 文档：请在 Word 或 WPS 中另存为 .docx 后再读");
    }
    DocxLimits.check(bytes, limits);
    XWPFDocument doc;
    try {
      doc = new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (Exception | LinkageError e) {
      return failed(source, "word.unreadable", "无法读取 Word 文档（不是有效的 .docx 文件）：" + e.getMessage(),
          "cannot read the Word document (not a valid .docx file): " + e.getMessage());
    }
    LaidOutText.Result laid;
    List<DocxText.Note> notes = new ArrayList<>();
    try (doc) {
      laid = DocxText.of(doc, limits.maxCells(), (int) Math.min(Integer.MAX_VALUE, limits.maxNestingDepth()),
          notes);
    } catch (IllegalStateException e) {
      throw new LimitExceededException("maxCells", limits.maxCells(),
          "tables covering more cells or nested deeper than the limits / 表格单元格过多或嵌套过深: " + e.getMessage());
    } catch (RuntimeException e) {
      return failed(source, "word.unreadable", "无法读取 Word 文档内容：" + e, "cannot read the Word document's content: " + e);
    }
    // as a UTF-8 text: the text reader's line and number limits apply to the laid-out document
    BudgetDocument d = Relocate.toSource(text.read(new ByteArrayInputStream(laid.text().getBytes(
        StandardCharsets.UTF_8)), source, limits), laid.sourceLines());
    if (!notes.isEmpty()) {
      List<Diagnostic> repaired = new ArrayList<>();
      for (DocxText.Note n : notes) {
        Provenance at = Provenance.builder().source(source).line(n.paragraph()).build();
        repaired.add(n.unreadAmounts() > 0 ? Diagnostic.unread(n.code(), n.zh(), n.en(), at, n.unreadAmounts())
            : Diagnostic.of(n.code().equals("word.note-mark") ? Severity.INFO : Severity.WARNING, n.code(), n.zh(),
                n.en(), at));
      }
      java.util.TreeMap<Integer, Integer> doubtful = new java.util.TreeMap<>();
      notes.stream().filter(n -> n.doubtfulTo() > 0).forEach(n -> doubtful.put(n.doubtfulFrom(), n.doubtfulTo()));
      d = BudgetDocument.builder().from(d)
          .facts(Doubtful.mark(d.facts(), d.tables(), laid.sourceLines(), doubtful)).addAllDiagnostics(repaired)
          .build();
    }
    if (!Zips.hasCentralDirectory(bytes)) {
      // POI reads a zip as a stream and silently stops where a cut file ends: say so
      d = BudgetDocument.builder().from(d).addDiagnostics(Diagnostic.of(Severity.ERROR, "word.truncated",
          "Word 文档不完整（缺少 zip 中央目录，可能被截断），只读取了能读到的部分",
          "the Word document is incomplete (no zip central directory, probably cut short); only what could be"
              + " read is kept", Provenance.builder().source(source).build())).build();
    }
    return d;
  }

  /** An OLE2 compound file: a Word 97-2003 document is refused, an encrypted .docx is an input failure. */
  private static BudgetDocument compoundFile(byte[] bytes, String source) throws IOException {
    DirectoryNode root;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      root = fs.getRoot();
      if (root.hasEntry("WordDocument")) {
        throw new UnsupportedFormatException(source, "Word 97-2003 .doc: save as .docx",
            "Word 97-2003 .doc 文档：请在 Word 或 WPS 中另存为 .docx 后再读");
      }
      if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
        return failed(source, "word.encrypted", "Word 文档有密码保护（已加密），无法读取：请去掉密码后另存为 .docx",
            "the Word document is password-protected (encrypted) and cannot be read: remove the password and"
                + " save it as .docx");
      }
    } catch (UnsupportedFormatException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      return failed(source, "word.unreadable", "无法读取 OLE2 复合文档：" + e.getMessage(),
          "cannot read the OLE2 compound file: " + e.getMessage());
    }
    throw new UnsupportedFormatException(source, "an OLE2 compound file that is not a Word document",
        "不是 Word 文档的 OLE2 复合文档");
  }

  /** A document that could not be read: nothing but the ERROR saying why (an input failure). */
  private static BudgetDocument failed(String source, String code, String zh, String en) {
    return BudgetDocument.builder().source(source).department(Department.builder().name("").build()).year(0)
        .kind(DocumentKind.DEPARTMENT_BUDGET).unit(MoneyUnit.WAN_YUAN)
        .addDiagnostics(Diagnostic.of(Severity.ERROR, code, zh, en, Provenance.builder().source(source).build()))
        .build();
  }
}
