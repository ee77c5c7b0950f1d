package dev.yusuan.io.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.UnsupportedFormatException;
import dev.yusuan.io.word.internal.DocxText;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Examples of Word input: detection by content and by name, a password-protected .docx, a truncated
 * one, a 1000×1000 table, tables nested 100 deep, a Word 97-2003 .doc: each read or refused with a
 * clear diagnostic, never a stack trace.
 */
class WordDocumentReaderTest {
  static final KeqiaoDocx.Style PLAIN = new KeqiaoDocx.Style(false, false, false, false, false, false, false, 1);
  static final byte[] KEQIAO = KeqiaoDocx.write(KeqiaoDocx.TEXT, PLAIN).bytes();

  static BudgetDocument read(byte[] bytes, String name) throws IOException {
    return BudgetIo.read(new ByteArrayInputStream(bytes), name);
  }

  static byte[] head(byte[] b) {
    return Arrays.copyOf(b, Math.min(b.length, 8192));
  }

  @Test
  void aDocxIsRecognisedByItsContentWhateverItsName() throws IOException {
    assertThat(BudgetIo.detect("download.bin", head(KEQIAO))).get().extracting(r -> r.format()).isEqualTo("docx");
    BudgetDocument d = read(KEQIAO, "download.bin");
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isEmpty();
    assertThat(d.facts()).hasSameSizeAs(WordDocumentReaderProperties.TEXT_FORM.facts());
    assertThat(d.department().name()).isEqualTo(WordDocumentReaderProperties.TEXT_FORM.department().name());
  }

  @Test
  void aFileNamedDocxThatIsNoZipIsAnInputFailureNotAnException() throws IOException {
    byte[] noise = "这不是 Word 文档".getBytes(StandardCharsets.UTF_8);
    assertThat(BudgetIo.detect("budget.docx", noise)).get().extracting(r -> r.format()).isEqualTo("docx");
    BudgetDocument d = read(noise, "budget.docx");
    assertThat(d.diagnostics()).extracting(Diagnostic::code).containsExactly("word.unreadable");
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).get().asString().contains("could not be read completely");
  }

  @Test
  void aPasswordProtectedDocxIsAnInputFailureSayingSo() throws Exception {
    POIFSFileSystem fs = new POIFSFileSystem();
    Encryptor enc = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
    enc.confirmPassword("secret");
    try (OutputStream os = enc.getDataStream(fs)) {
      os.write(KEQIAO);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    fs.writeFilesystem(out);
    fs.close();
    byte[] encrypted = out.toByteArray();
    assertThat(BudgetIo.detect("budget.docx", head(encrypted))).get().extracting(r -> r.format())
        .isEqualTo("docx");
    BudgetDocument d = read(encrypted, "budget.docx");
    assertThat(d.diagnostics()).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.ERROR);
      assertThat(x.code()).isEqualTo("word.encrypted");
      assertThat(x.messageZh()).contains("密码");
      assertThat(x.messageEn()).contains("password");
    });
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isPresent();
  }

  @Test
  void aTruncatedDocxIsNeverAPass() throws IOException {
    for (int cut : new int[] {KEQIAO.length / 3, KEQIAO.length / 2, KEQIAO.length - 30}) {
      byte[] part = Arrays.copyOf(KEQIAO, cut);
      BudgetDocument d = read(part, "cut.docx");
      assertThat(BudgetIo.failure(d, ReadLimits.defaults())).as("cut at %d of %d", cut, KEQIAO.length).isPresent();
      assertThat(d.diagnostics()).filteredOn(x -> x.severity() == Severity.ERROR).extracting(Diagnostic::code)
          .containsAnyOf("word.truncated", "word.unreadable");
    }
  }

  /** A .docx of just a {@code word/document.xml} with {@code body} in its {@code w:body}. */
  static byte[] docx(String body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
          + "2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
          + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName="
          + "\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
          + "document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("_rels/.rels"));
      z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
          + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
          .getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry("word/document.xml"));
      z.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
          + "wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
      z.write(body.getBytes(StandardCharsets.UTF_8));
      z.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  static String cell(String text) {
    return "<w:tc><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:tc>";
  }

  @Test
  void aThousandByThousandTableIsALimitNotAnOutOfMemory() throws IOException {
    StringBuilder b = new StringBuilder("<w:tbl>");
    for (int r = 0; r < 1000; r++) {
      b.append("<w:tr>");
      for (int c = 0; c < 1000; c++) {
        b.append(cell(Integer.toString(c)));
      }
      b.append("</w:tr>");
    }
    byte[] big = docx(b.append("</w:tbl><w:p/>").toString());
    assertTimeoutPreemptively(Duration.ofSeconds(30), () ->
        assertThatThrownBy(() -> read(big, "big.docx")).isInstanceOf(LimitExceededException.class)
            .hasMessageContaining("maxSpreadsheetCells").hasMessageContaining("100000"));
  }

  @Test
  void aTableWithinTheLimitsIsLaidOutRowByRowOnItsGrid() throws IOException {
    StringBuilder b = new StringBuilder("<w:p><w:r><w:t>支出表</w:t></w:r></w:p><w:tbl>");
    b.append("<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>单位：万元</w:t></w:r></w:p>"
        + "</w:tc></w:tr>");
    b.append("<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc>"
        + cell("金额") + "</w:tr>");
    b.append("<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>" + cell("合计") + "</w:tr>");
    for (int r = 0; r < 300; r++) {
      b.append("<w:tr>").append(cell("行" + r)).append(cell(r + ".50")).append("</w:tr>");
    }
    byte[] doc = docx(b.append("</w:tbl><w:p/>").toString());
    try (XWPFDocument x = new XWPFDocument(new ByteArrayInputStream(doc))) {
      String[] lines = DocxText.of(x, 1_000_000, 32).text().split("\n");
      assertThat(lines).containsSubsequence("支出表", "单位：万元", "项目\t金额", "\t合计", "行0\t0.50", "行299\t299.50");
    }
  }

  /** Tables in table cells, {@code depth} deep, the innermost holding a paragraph. */
  static byte[] nested(int depth) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      b.append("<w:tbl><w:tr><w:tc>");
    }
    b.append("<w:p><w:r><w:t>最里层</w:t></w:r></w:p>");
    for (int i = 0; i < depth; i++) {
      b.append("<w:p/></w:tc></w:tr></w:tbl>");
    }
    return docx(b.append("<w:p/>").toString());
  }

  @Test
  void tablesNestedAHundredDeepAreALimit() throws IOException {
    byte[] deep = nested(100);
    assertThatThrownBy(() -> read(deep, "deep.docx")).isInstanceOf(LimitExceededException.class)
        .hasMessageContaining("maxNestingDepth");
    // within the limit, a layout table's cells are read as blocks down to the innermost text
    try (XWPFDocument x = new XWPFDocument(new ByteArrayInputStream(nested(20)))) {
      assertThat(DocxText.of(x, 1_000_000, 32).text()).contains("最里层");
    }
  }

  /** A table of figures with a table in one of its cells. */
  static byte[] figuresHoldingATable(String innerText) throws IOException {
    String cell = "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
    StringBuilder b = new StringBuilder("<w:tbl>");
    String[][] rows = {{"项目", "金额"}, {"合计", "30.00"}, {"a", "10.00"}, {"b", "20.00"}};
    for (int r = 0; r < rows.length; r++) {
      b.append("<w:tr>");
      for (int k = 0; k < 2; k++) {
        if (r == 2 && k == 0) {
          // the label cell of row a holds a table of one cell
          b.append("<w:tc><w:tbl><w:tr>").append(cell.formatted(innerText)).append("</w:tr></w:tbl>")
              .append("<w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>");
        } else {
          b.append(cell.formatted(rows[r][k]));
        }
      }
      b.append("</w:tr>");
    }
    return docx(b.append("</w:tbl><w:p/>").toString());
  }

  @Test
  void aTableOfFiguresHoldingATableIsReadAsATable() throws IOException {
    try (XWPFDocument x = new XWPFDocument(new ByteArrayInputStream(figuresHoldingATable("说明")))) {
      java.util.List<DocxText.Note> notes = new java.util.ArrayList<>();
      String[] lines = DocxText.of(x, 1_000_000, 32, notes).text().split("\n");
      // the outer table on its grid (the nested table's text not in its cell), the nested one after it
      assertThat(lines).containsSubsequence("项目\t金额", "合计\t30.00", "a\t10.00", "b\t20.00", "说明");
      assertThat(notes).extracting(DocxText.Note::code).containsExactly("word.nested-table");
    }
    // a layout table (no amounts of its own): its cells are read as blocks; a lone amount there is
    // counted unread, not lost
    try (XWPFDocument x = new XWPFDocument(new ByteArrayInputStream(nested(3)))) {
      java.util.List<DocxText.Note> notes = new java.util.ArrayList<>();
      assertThat(DocxText.of(x, 1_000_000, 32, notes).text()).contains("最里层");
      assertThat(notes).isEmpty();
    }
    String layout = "<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:tc></w:tr>"
        + "</w:tbl><w:p><w:r><w:t>12.50</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/>";
    try (XWPFDocument x = new XWPFDocument(new ByteArrayInputStream(docx(layout)))) {
      java.util.List<DocxText.Note> notes = new java.util.ArrayList<>();
      DocxText.of(x, 1_000_000, 32, notes);
      assertThat(notes).singleElement().satisfies(n -> {
        assertThat(n.code()).isEqualTo("word.layout-table-amount");
        assertThat(n.unreadAmounts()).isEqualTo(1);
        assertThat(n.en()).contains("12.50");
        assertThat(n.zh()).contains("12.50");
      });
    }
  }

  @Test
  void aWord97DocIsRefusedWithWhatToDo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "1Table");
      fs.writeFilesystem(out);
    }
    byte[] doc = out.toByteArray();
    // by content (the WordDocument stream named in the head) and by name
    assertThat(BudgetIo.detect("budget.bin", head(doc))).get().extracting(r -> r.format()).isEqualTo("docx");
    assertThat(BudgetIo.detect("budget.doc", head(doc))).get().extracting(r -> r.format()).isEqualTo("docx");
    assertThatThrownBy(() -> read(doc, "budget.doc")).isInstanceOf(UnsupportedFormatException.class)
        .hasMessageContaining("Word 97-2003 .doc: save as .docx").hasMessageContaining("另存为 .docx");
  }
}
