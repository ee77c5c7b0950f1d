package dev.yusuan.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.yusuan.cli.Cli;
import dev.yusuan.cli.Wiring;
import dev.yusuan.cli.Yusuan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input (issue 10), generated here: each case runs the real command line
 * (standard readers and rules) and asserts the exit code of docs/cli.md (2 for input that could not be
 * read completely, with the reason; never 0), the message, and generous bounds on time (60 s) and on
 * the bytes the running thread allocates. Big inputs are scaled down with the limits lowered through
 * {@code --limit}.
 */
class HostileInputTest {
  static final Duration TIME = Duration.ofSeconds(60);
  static final long ALLOCATED = 2L << 30;

  @TempDir
  Path dir;

  static String keqiao() throws IOException {
    try (InputStream in = HostileInputTest.class.getResourceAsStream(
        "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Runs {@code yusuan args}, within the time bound, and checks the allocation bound. */
  static Cli yusuan(String... args) {
    return assertTimeoutPreemptively(TIME, () -> {
      com.sun.management.ThreadMXBean t = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long before = t.getCurrentThreadAllocatedBytes();
      Cli c = Cli.run(Wiring::standard, args);
      long used = t.getCurrentThreadAllocatedBytes() - before;
      assertThat(used).as("bytes allocated by " + String.join(" ", args)).isLessThan(ALLOCATED);
      return c;
    });
  }

  Path file(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  Path file(String name, String text) throws IOException {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] random(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  static void failsToRead(Cli c, String reason) {
    assertThat(c.code).as(c.toString()).isEqualTo(Yusuan.FAILURE);
    assertThat(c.err).as(c.toString()).startsWith("yusuan: ").contains(reason).doesNotContain("\tat ")
        .doesNotContain("Exception in");
    assertThat(c.out).as("no report for a document that was not read").doesNotContain("未发现问题");
  }

  // --- false passes -------------------------------------------------------------------------------

  @Test
  void brokenFilesAreInputFailures() throws IOException {
    failsToRead(yusuan("check", file("empty.txt", "").toString()), "no budget disclosure");
    failsToRead(yusuan("check", file("hello.txt", "hello world\n").toString()), "no budget disclosure");
    failsToRead(yusuan("check", file("noise.txt", random(5000, 1)).toString()), "not text in any known encoding");
    byte[] zip = random(5000, 2);
    System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zip, 0, 4);
    failsToRead(yusuan("check", file("noise.xlsx", zip).toString()), "could not be read completely");
    failsToRead(yusuan("check", file("bad.json", "{\"formatVersion\": 1, \"tables\": [1,").toString()),
        "malformed JSON");
    failsToRead(yusuan("check", file("bad.csv", "concept,value,unit\n\"EXPENDITURE,1\n").toString()),
        "could not be read completely");
    byte[] pdf = Pdfs.text("2024年部门预算");
    byte[] half = java.util.Arrays.copyOf(pdf, pdf.length / 2);
    failsToRead(yusuan("check", file("half.pdf", half).toString()), "PDF is incomplete");
    failsToRead(yusuan("check", file("empty.pdf", new byte[0]).toString()), "");
  }

  @Test
  void factsAndConvertRefuseWhatTheyCouldNotRead() throws IOException {
    Path bad = file("bad.json", "{\"formatVersion\": 1, \"tables\": [1,");
    Cli facts = yusuan("facts", bad.toString());
    failsToRead(facts, "malformed JSON");
    assertThat(facts.out).as("not even a header").isEmpty();
    Path out = dir.resolve("out.json");
    failsToRead(yusuan("convert", bad.toString(), "--to", "json", "--out", out.toString()), "nothing written");
    assertThat(out).doesNotExist();
  }

  // --- encodings ----------------------------------------------------------------------------------

  @Test
  void chineseEncodingsAreDetectedAndNamed() throws IOException {
    String k = keqiao();
    Cli utf8 = yusuan("check", file("k-utf8.txt", k).toString(), "--format", "json");
    assertThat(utf8.code).isEqualTo(Yusuan.FINDINGS);
    String summary = utf8.out.substring(utf8.out.lastIndexOf("\"summary\""));
    for (Map.Entry<String, byte[]> e : Map.of(
        "GB18030", k.getBytes(Charset.forName("GB18030")),
        "GBK", k.getBytes(Charset.forName("GBK")),
        "UTF-16LE (BOM)", k.getBytes(StandardCharsets.UTF_16LE),
        "UTF-16BE", k.getBytes(StandardCharsets.UTF_16BE)).entrySet()) {
      byte[] b = e.getValue();
      if (e.getKey().contains("BOM")) {
        byte[] withBom = new byte[b.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(b, 0, withBom, 2, b.length);
        b = withBom;
      }
      Cli c = yusuan("check", file("k-" + e.getKey().replaceAll("\\W", "") + ".txt", b).toString(),
          "--format", "json");
      assertThat(c.code).as(e.getKey() + c).isEqualTo(Yusuan.FINDINGS);
      assertThat(c.out).as(e.getKey()).contains("\"text.encoding\"").contains("read as ");
      assertThat(c.out.substring(c.out.lastIndexOf("\"summary\""))).as(e.getKey() + ": same findings as UTF-8")
          .isEqualTo(summary);
    }
  }

  // --- limits: hangs and blow-ups -----------------------------------------------------------------

  @Test
  void hugeNumbersLongLinesAndBigFilesAreLimitsNotHangs() throws IOException {
    String k = keqiao();
    failsToRead(yusuan("check", file("digits.txt", k.replaceFirst("2706\\.24", "9".repeat(1_000_000))).toString()),
        "maxNumberLength");
    failsToRead(yusuan("check", file("line.txt", k + "x".repeat(50_000)).toString(), "--limit",
        "maxLineLength=10000"), "maxLineLength");
    failsToRead(yusuan("check", file("size.txt", k).toString(), "--limit", "maxFileBytes=1000"),
        "maxFileBytes");
    failsToRead(yusuan("check", file("size2.txt", k).toString(), "--limit", "nonsense=1"), "unknown limit");
  }

  @Test
  void repeatedRowsAreLinearAndTableLimitsHold() throws IOException {
    String k = keqiao();
    String row = k.lines().filter(l -> l.startsWith("2010101\t")).findFirst().orElseThrow();
    String many = k.replace(row + "\n", (row + "\n").repeat(5_001));
    Cli c = yusuan("check", file("rows.txt", many).toString());
    assertThat(c.code).as(c.toString()).isEqualTo(Yusuan.FINDINGS);
    failsToRead(yusuan("check", file("rows2.txt", many).toString(), "--limit", "maxTableRows=1000"),
        "maxTableRows");
  }

  @Test
  void pdfStructureLimits() throws IOException {
    failsToRead(yusuan("check", file("forms.pdf", Pdfs.nestedForms(30)).toString()), "maxFormXObjectUses");
    failsToRead(yusuan("check", file("tree.pdf", Pdfs.deepPageTree(10_000)).toString()), "maxNestingDepth");
    failsToRead(yusuan("check", file("pages.pdf", Pdfs.pages(300)).toString(), "--limit", "maxPages=100"),
        "maxPages");
  }

  @Test
  void spreadsheetLimits() throws IOException {
    StringBuilder wide = new StringBuilder();
    for (int r = 1; r <= 50; r++) {
      wide.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>项目")
          .append(r).append("</t></is></c><c r=\"XFD").append(r).append("\"><v>").append(r).append("</v></c></row>");
    }
    failsToRead(yusuan("check", file("wide.xlsx", xlsx(wide.toString())).toString()), "maxTableColumns");
    StringBuilder many = new StringBuilder();
    for (int r = 1; r <= 500; r++) {
      many.append("<row r=\"").append(r).append("\">");
      for (char col = 'A'; col <= 'J'; col++) {
        many.append("<c r=\"").append(col).append(r).append("\"><v>1</v></c>");
      }
      many.append("</row>");
    }
    failsToRead(yusuan("check", file("cells.xlsx", xlsx(many.toString())).toString(), "--limit",
        "maxSpreadsheetCells=1000"), "maxSpreadsheetCells");
  }

  @Test
  void deeplyNestedRulesAreASyntaxErrorWithLocation() throws IOException {
    Path rules = file("deep.rules", "rule x.deep error\n  title \"t\"\n  check " + "(".repeat(20_000)
        + "EXPENDITURE{}" + ")".repeat(20_000) + " = 1\n");
    Cli c = yusuan("check", "--rules", rules.toString());
    failsToRead(c, "deep.rules:3:");
    assertThat(c.err).contains("nested more than");
  }

  // --- files --------------------------------------------------------------------------------------

  @Test
  void batchReportsLinksAndGarbageAndGoesOn() throws IOException {
    Path batch = dir.resolve("batch");
    file("batch/a-good.txt", keqiao());
    file("batch/b-noise.txt", random(3000, 3));
    file("batch/c-hello.txt", "hello world");
    Path secret = file("outside/secret.txt", "SECRET-LINE-1\n");
    Files.createSymbolicLink(batch.resolve("d-link.txt"), secret);
    Files.createSymbolicLink(batch.resolve("e-dangling.txt"), batch.resolve("nowhere.txt"));
    Files.createSymbolicLink(batch.resolve("f-loop1.txt"), batch.resolve("f-loop2.txt"));
    Files.createSymbolicLink(batch.resolve("f-loop2.txt"), batch.resolve("f-loop1.txt"));
    Cli c = yusuan("check", batch.toString(), "--lang", "en");
    assertThat(c.code).as(c.toString()).isEqualTo(Yusuan.FAILURE);
    assertThat(c.out + c.err).doesNotContain("SECRET-LINE-1")
        .contains("outside the directory").contains("dangling").contains("loop")
        .contains("7 documents, 6 unreadable");
    assertThat(c.out).contains("a-good.txt").contains("ERROR");
  }

  @Test
  void outputThatIsAnInputIsRefusedAndLeftIntact() throws IOException {
    Path batch = dir.resolve("in");
    Path b = file("in/b.txt", keqiao());
    byte[] before = Files.readAllBytes(b);
    Cli c = yusuan("check", batch.toString(), "--out", b.toString());
    failsToRead(c, "also an input");
    assertThat(Files.readAllBytes(b)).isEqualTo(before);
    failsToRead(yusuan("convert", b.toString(), "--to", "json", "--out", b.toString()), "also an input");
    assertThat(Files.readAllBytes(b)).isEqualTo(before);
  }

  @Test
  void writeFailuresExitTwoAndAreNotReadFailures() throws IOException {
    Path k = file("k.txt", keqiao());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    int code = Yusuan.run(new String[] {"check", k.toString()}, new ByteArrayInputStream(new byte[0]),
        new PrintStream(full, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(), false, Wiring::standard);
    assertThat(code).isEqualTo(Yusuan.FAILURE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("could not write").doesNotContain("无法读取");
    Path blocker = file("blocker", "a file, not a directory");
    Cli c = yusuan("check", k.toString(), "--out", blocker.resolve("report.txt").toString());
    assertThat(c.code).isEqualTo(Yusuan.FAILURE);
    assertThat(c.err).contains("could not write").doesNotContain("cannot read");
  }

  @Test
  void reportOnFileIsNeverEmptyOrTruncatedOnFailure() throws IOException {
    Path k = file("k.txt", keqiao());
    Path out = dir.resolve("r/report.html");
    Cli c = yusuan("check", k.toString(), "--format", "html", "--out", out.toString());
    assertThat(c.code).isEqualTo(Yusuan.FINDINGS);
    assertThat(Files.size(out)).isGreaterThan(1000);
    try (var s = Files.list(out.getParent())) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).as("no temporary file left")
          .containsExactly("report.html");
    }
  }

  // --- injection ----------------------------------------------------------------------------------

  @Test
  void labelsCannotInjectFormulasScriptsOrTerminalControls() throws IOException {
    String k = keqiao();
    Path formula = file("formula.txt", k.replace("津贴补贴", "=HYPERLINK(\"http://x\")"));
    Cli facts = yusuan("facts", formula.toString());
    assertThat(facts.code).isEqualTo(Yusuan.OK);
    assertThat(facts.out).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain(",\"=HYPERLINK");
    Path csv = dir.resolve("f.csv");
    Path csv2 = dir.resolve("f2.csv");
    assertThat(yusuan("convert", formula.toString(), "--to", "csv", "--out", csv.toString()).code).isZero();
    assertThat(yusuan("convert", csv.toString(), "--to", "csv", "--out", csv2.toString()).code).isZero();
    assertThat(Files.readString(csv2)).as("labels round-trip exactly").isEqualTo(Files.readString(csv));

    Path xss = file("xss.txt", k.replace("津贴补贴", "津贴补贴<img src=x onerror=alert(1)>"));
    Cli html = yusuan("check", xss.toString(), "--format", "html");
    assertThat(html.out).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
    assertThat(html.out).containsPattern("script-src 'sha256-[^;]*;").doesNotContain("script-src 'unsafe-inline'");

    Path esc = file("esc.txt", k.replace("津贴补贴", "津贴\u001b]0;owned\u0007补贴\u202e"));
    Cli text = yusuan("check", esc.toString());
    assertThat(text.out).contains("津贴\\x1B]0;owned\\x07补贴\\u202E").doesNotContain("\u001b").doesNotContain("\u0007")
        .doesNotContain("\u202e");
  }

  // --- helpers ------------------------------------------------------------------------------------

  static byte[] xlsx(String rows) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
      entry(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      entry(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"2024\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
      entry(z, "xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows + "</sheetData></worksheet>");
    }
    return b.toByteArray();
  }

  /**
   * Issue: "the HTML report of a 2,000-document batch runs out of memory and leaves a 0-byte file".
   * Scaled down: 200 documents in a JVM of 64 MB heap. The page streams (each document's section is
   * written when it is ready), so it is complete: every document's section, the contents and the header.
   */
  @Test
  void htmlReportOfALargeBatchStreamsInBoundedMemory() throws Exception {
    String text = keqiao();
    Path batch = dir.resolve("batch");
    Files.createDirectories(batch);
    int n = 200;
    for (int i = 0; i < n; i++) {
      Files.writeString(batch.resolve(String.format("doc-%04d.txt", i)), text, StandardCharsets.UTF_8);
    }
    Path out = dir.resolve("batch.html");
    Forked f = Forked.run(64, 120, List.of(), null, "check", batch.toString(), "--format", "html", "--out",
        out.toString());
    assertThat(f.code).as(f.toString()).isEqualTo(Yusuan.FINDINGS);
    String page = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(page.split("<section class=\"doc\"", -1)).hasSize(n + 1);
    assertThat(page).contains("<nav class=\"toc\">", "<header data-title=").endsWith("</html>\n");
    assertThat(f.seconds).isLessThan(120);
  }

  private static void entry(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  /** Hand-made PDFs: objects in order, a correct cross-reference table, %%EOF. */
  static final class Pdfs {
    private Pdfs() {}

    static byte[] pdf(List<String> objects) {
      StringBuilder b = new StringBuilder("%PDF-1.4\n");
      List<Integer> offsets = new ArrayList<>();
      for (int i = 0; i < objects.size(); i++) {
        offsets.add(b.length());
        b.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
      }
      int xref = b.length();
      b.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
      for (int o : offsets) {
        b.append(String.format("%010d 00000 n \n", o));
      }
      b.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
          .append(xref).append("\n%%EOF\n");
      return b.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    static String stream(String dict, String data) {
      return dict + " /Length " + data.length() + " >>\nstream\n" + data + "\nendstream";
    }

    /** One page showing {@code text} (ASCII digits survive; the rest is whatever the font maps). */
    static byte[] text(String text) {
      String content = "BT /F1 24 Tf 72 700 Td (" + text.replaceAll("[^ -~]", "") + " 2024 100.00) Tj ET";
      return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>",
          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> "
              + "/Contents 5 0 R >>",
          "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
          stream("<<", content) + "\n%" + "x".repeat(4000)));
    }

    /** Form XObjects {@code depth} levels deep, each drawing the next twice: 2^depth drawings. */
    static byte[] nestedForms(int depth) {
      List<String> o = new ArrayList<>(List.of("<< /Type /Catalog /Pages 2 0 R >>",
          "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /X0 4 0 R >> >> "
              + "/Contents " + (5 + depth) + " 0 R >>"));
      for (int i = 0; i <= depth; i++) {
        o.add(i < depth
            ? stream("<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X "
                + (5 + i) + " 0 R >> >>", "/X Do /X Do")
            : stream("<< /Type /XObject /Subtype /Form /BBox [0 0 10 10]", "0 0 1 1 re f"));
      }
      o.add(stream("<<", "/X0 Do"));
      return pdf(o);
    }

    /** A page tree {@code depth} levels deep with one page at the bottom. */
    static byte[] deepPageTree(int depth) {
      List<String> o = new ArrayList<>(List.of("<< /Type /Catalog /Pages 2 0 R >>"));
      for (int i = 0; i < depth; i++) {
        o.add("<< /Type /Pages" + (i == 0 ? "" : " /Parent " + (1 + i) + " 0 R") + " /Kids [" + (3 + i)
            + " 0 R] /Count 1 >>");
      }
      o.add("<< /Type /Page /Parent " + (1 + depth) + " 0 R /MediaBox [0 0 612 792] >>");
      return pdf(o);
    }

    static byte[] pages(int n) {
      StringBuilder kids = new StringBuilder();
      for (int i = 0; i < n; i++) {
        kids.append(3 + i).append(" 0 R ");
      }
      List<String> o = new ArrayList<>(List.of("<< /Type /Catalog /Pages 2 0 R >>",
          "<< /Type /Pages /Kids [" + kids + "] /Count " + n + " >>"));
      for (int i = 0; i < n; i++) {
        o.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>");
      }
      return pdf(o);
    }
  }
}
