package dev.yusuan.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.yusuan.cli.Cli;
import dev.yusuan.cli.DocumentPool;
import dev.yusuan.cli.Engine;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.RuleInfo;
import java.util.Set;
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
      // this thread's allocations and those of the workers reading and checking the documents
      long before = t.getCurrentThreadAllocatedBytes() + DocumentPool.allocatedBytes();
      Cli c = Cli.run(Wiring::standard, args);
      long used = t.getCurrentThreadAllocatedBytes() + DocumentPool.allocatedBytes() - before;
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

  // Issue: "Reader errors do not count … check prints 未发现问题 and exits 0". One test per input.

  @Test
  void emptyFileIsAnInputFailure() throws IOException {
    Cli c = yusuan("check", file("empty.txt", "").toString());
    failsToRead(c, "no budget disclosure");
    assertThat(c.err).contains("empty.txt: ");
  }

  @Test
  void textWithoutADisclosureIsAnInputFailure() throws IOException {
    failsToRead(yusuan("check", file("hello.txt", "hello world\n").toString()), "no budget disclosure");
  }

  @Test
  void randomBytesNamedTxtAreAnInputFailure() throws IOException {
    failsToRead(yusuan("check", file("noise.txt", random(5000, 1)).toString()), "not text in any known encoding");
  }

  @Test
  void unreadableXlsxIsAnInputFailure() throws IOException {
    byte[] zip = random(5000, 2);
    System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, zip, 0, 4);
    failsToRead(yusuan("check", file("noise.xlsx", zip).toString()), "could not be read completely");
  }

  @Test
  void malformedJsonIsAnInputFailure() throws IOException {
    failsToRead(yusuan("check", file("bad.json", "{\"formatVersion\": 1, \"tables\": [1,").toString()),
        "malformed JSON");
  }

  @Test
  void malformedCsvIsAnInputFailure() throws IOException {
    failsToRead(yusuan("check", file("bad.csv", "concept,value,unit\n\"EXPENDITURE,1\n").toString()),
        "could not be read completely");
  }

  @Test
  void truncatedPdfIsAnInputFailure() throws IOException {
    byte[] pdf = Pdfs.text("2024年部门预算");
    byte[] half = java.util.Arrays.copyOf(pdf, pdf.length / 2);
    failsToRead(yusuan("check", file("half.pdf", half).toString()), "PDF is incomplete");
    failsToRead(yusuan("check", file("empty.pdf", new byte[0]).toString()), "empty.pdf: ");
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

  /** Issue: an amount of 10⁶ digits took 30 s (quadratic BigInteger parsing). */
  @Test
  void hugeNumberIsALimitNotAHang() throws IOException {
    failsToRead(yusuan("check", file("digits.txt", keqiao().replaceFirst("2706\\.24", "9".repeat(1_000_000)))
        .toString()), "maxNumberLength");
  }

  /** Issue: a 50 MB line (scaled down: 50,000 characters, the limit lowered to 10,000). */
  @Test
  void longLineIsALimit() throws IOException {
    failsToRead(yusuan("check", file("line.txt", keqiao() + "x".repeat(50_000)).toString(), "--limit",
        "maxLineLength=10000"), "maxLineLength");
  }

  /** Issue: a 200 MB text (scaled down: the limit lowered below the file's size); a bad limit name. */
  @Test
  void bigFileIsALimit() throws IOException {
    failsToRead(yusuan("check", file("size.txt", keqiao()).toString(), "--limit", "maxFileBytes=1000"),
        "maxFileBytes");
    failsToRead(yusuan("check", file("size2.txt", keqiao()).toString(), "--limit", "nonsense=1"), "unknown limit");
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

  /** Issue: a 6 KB PDF whose Form XObjects nest 30 × 2 never finished. */
  @Test
  void nestedFormXObjectsAreALimit() throws IOException {
    failsToRead(yusuan("check", file("forms.pdf", Pdfs.nestedForms(30)).toString()), "maxFormXObjectUses");
  }

  /** Issue: a stack overflow on a PDF page tree 10,000 levels deep. */
  @Test
  void deepPageTreeIsALimit() throws IOException {
    failsToRead(yusuan("check", file("tree.pdf", Pdfs.deepPageTree(10_000)).toString()), "maxNestingDepth");
  }

  /** Issue: a 5,000-page PDF (scaled down: 300 pages, the limit lowered to 100). */
  @Test
  void manyPagesAreALimit() throws IOException {
    failsToRead(yusuan("check", file("pages.pdf", Pdfs.pages(300)).toString(), "--limit", "maxPages=100"),
        "maxPages");
  }

  /** Issue: a 215 KB xlsx with cells in columns A and XFD gave a 1.67 GB HTML report. */
  @Test
  void spreadsheetColumnXfdIsALimit() throws IOException {
    StringBuilder wide = new StringBuilder();
    for (int r = 1; r <= 50; r++) {
      wide.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>项目")
          .append(r).append("</t></is></c><c r=\"XFD").append(r).append("\"><v>").append(r).append("</v></c></row>");
    }
    failsToRead(yusuan("check", file("wide.xlsx", xlsx(wide.toString())).toString()), "maxTableColumns");
  }

  /** Issue: an xlsx of 160k cells (scaled down: 5,000 cells, the limit lowered to 1,000). */
  @Test
  void spreadsheetCellsAreALimit() throws IOException {
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

  // --- one document never hangs or aborts a batch ----------------------------------------------

  /** Keeps the spinning reader of {@link #crashing} from outliving its test. */
  static volatile boolean stopSpinning;

  /**
   * The standard engine, except that documents named {@code *-soe.*}, {@code *-oom.*},
   * {@code *-linkage.*}, {@code *-assert.*} and {@code *-hang.*} make the reader overflow its stack,
   * exhaust memory (an array larger than the heap), throw a linkage or an assertion error, or spin
   * without listening to interrupts (for 60 s at most): the failures a reader bug can cause, which the
   * command line must turn into that document's row.
   */
  static Engine.Factory crashing() {
    return rules -> {
      Engine e = Wiring.standard(rules);
      return new Engine() {
        @Override
        public BudgetDocument read(InputStream in, String name) throws IOException {
          return read(in, name, ReadLimits.defaults());
        }

        @Override
        public BudgetDocument read(InputStream in, String name, ReadLimits limits) throws IOException {
          if (name.contains("-soe.")) {
            return recurse(0);
          }
          if (name.contains("-oom.")) {
            long[][] hog = new long[64][];
            for (int i = 0; i < hog.length; i++) {
              hog[i] = new long[Integer.MAX_VALUE - 16];
            }
            throw new AssertionError(hog.length);
          }
          if (name.contains("-linkage.")) {
            throw new NoClassDefFoundError("org/example/Missing");
          }
          if (name.contains("-assert.")) {
            throw new AssertionError("reader invariant broken");
          }
          if (name.contains("-hang.")) {
            long end = System.nanoTime() + 60_000_000_000L;
            while (!stopSpinning && System.nanoTime() < end) {
              Thread.onSpinWait();
            }
          }
          return e.read(in, name, limits);
        }

        private BudgetDocument recurse(int depth) {
          return depth < 0 ? null : recurse(depth + 1);
        }

        @Override
        public Report validate(BudgetDocument document) {
          return e.validate(document);
        }

        @Override
        public List<RuleInfo> rules() {
          return e.rules();
        }

        @Override
        public Set<String> extensions() {
          return e.extensions();
        }
      };
    };
  }

  /**
   * Issue: "one crashing document aborts a whole batch". A stack overflow, running out of memory, a
   * linkage error and an assertion error in the reader are each that document's row with its reason;
   * the good documents before and after are reported, the exit code is 2.
   */
  @Test
  void aCrashingDocumentIsARowAndTheBatchGoesOn() throws IOException {
    String k = keqiao();
    file("batch/a-good.txt", k);
    file("batch/b-soe.txt", k);
    file("batch/c-oom.txt", k);
    file("batch/d-linkage.txt", k);
    file("batch/e-assert.txt", k);
    file("batch/f-good.txt", k);
    Cli c = assertTimeoutPreemptively(TIME, () -> Cli.run(crashing(), "check", dir.resolve("batch").toString(),
        "--lang", "en"));
    assertThat(c.code).as(c.toString()).isEqualTo(Yusuan.FAILURE);
    assertThat(c.out).contains("a-good.txt").contains("f-good.txt").contains("6 documents, 4 unreadable");
    assertThat(c.err).contains("b-soe.txt: structure nested too deeply")
        .contains("c-oom.txt: out of memory").contains("d-linkage.txt: could not be processed / 无法处理: NoClassDefFoundError")
        .contains("e-assert.txt: could not be processed / 无法处理: AssertionError").doesNotContain("\tat ");
  }

  /**
   * Issue: "put limits on work per document". A document whose reader never returns (and ignores
   * interrupts) is "limit exceeded" after {@code maxSecondsPerDocument}, in a batch (the others are
   * reported) and alone, for check, facts and convert.
   */
  @Test
  void aDocumentThatNeverEndsIsAWallTimeLimit() throws IOException {
    try {
      file("batch/a-hang.txt", keqiao());
      file("batch/b-good.txt", keqiao());
      long start = System.nanoTime();
      Cli c = assertTimeoutPreemptively(TIME, () -> Cli.run(crashing(), "check", dir.resolve("batch").toString(),
          "--limit", "maxSecondsPerDocument=15", "--lang", "en"));
      assertThat(c.code).as(c.toString()).isEqualTo(Yusuan.FAILURE);
      assertThat(c.err).contains("a-hang.txt: limit exceeded").contains("maxSecondsPerDocument = 15");
      assertThat(c.out).contains("b-good.txt").contains("2 documents, 1 unreadable");
      assertThat((System.nanoTime() - start) / 1e9).isLessThan(45);
      Path hang = dir.resolve("batch/a-hang.txt");
      for (String[] args : List.of(new String[] {"check", hang.toString()},
          new String[] {"facts", hang.toString()},
          new String[] {"convert", hang.toString(), "--to", "json", "--out", dir.resolve("o.json").toString()})) {
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--limit", "maxSecondsPerDocument=1"));
        Cli one = assertTimeoutPreemptively(TIME, () -> Cli.run(crashing(), a.toArray(String[]::new)));
        failsToRead(one, "maxSecondsPerDocument = 1");
      }
      assertThat(dir.resolve("o.json")).doesNotExist();
    } finally {
      stopSpinning = true;
    }
  }

  /**
   * Issue: a 200 MB text read whole. Standard input is read within maxFileBytes while it is read: an
   * endless stream is refused after at most the limit plus one byte.
   */
  @Test
  void standardInputIsBoundedWhileItIsRead() {
    long[] consumed = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        consumed[0]++;
        return '1';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) '1');
        consumed[0] += len;
        return len;
      }
    };
    for (String cmd : List.of("check", "facts")) {
      consumed[0] = 0;
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int code = assertTimeoutPreemptively(TIME, () -> Yusuan.run(new String[] {cmd, "-", "--limit", "maxFileBytes=100000"},
          endless, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), false, Wiring::standard));
      assertThat(code).isEqualTo(Yusuan.FAILURE);
      assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("yusuan: stdin: limit exceeded")
          .contains("maxFileBytes = 100000");
      assertThat(consumed[0]).as(cmd).isLessThanOrEqualTo(100_001);
    }
  }

  /** --limit reaches every mode that reads: --join, --previous, --series, facts and convert. */
  @Test
  void limitsReachEveryCommandAndMode() throws IOException {
    Path a = file("y/a-2023.pdf", Pdfs.text("2023年部门预算"));
    Path b = file("y/b-2023.pdf", Pdfs.text("2023年部门预算表"));
    Path t = file("t/k-2024.txt", keqiao());
    String limit = "maxFileBytes=200";
    failsToRead(yusuan("check", "--join", a.toString(), b.toString(), "--limit", limit), "maxFileBytes = 200");
    failsToRead(yusuan("check", "--previous", a.toString(), t.toString(), "--limit", limit), "maxFileBytes = 200");
    failsToRead(yusuan("check", "--series", dir.resolve("t").toString(), "--limit", limit), "maxFileBytes = 200");
    failsToRead(yusuan("facts", t.toString(), "--limit", limit), "maxFileBytes = 200");
    failsToRead(yusuan("convert", t.toString(), "--to", "csv", "--out", dir.resolve("o.csv").toString(),
        "--limit", limit), "maxFileBytes = 200");
    // and the other limits the same way: a number longer than allowed, through --series
    failsToRead(yusuan("check", "--series", dir.resolve("t").toString(), "--limit", "maxNumberLength=3"),
        "maxNumberLength = 3");
  }

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

  /** Issue: a password-protected PDF passed. It is refused, naming the file. */
  @Test
  void encryptedPdfIsAnInputFailure() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (org.apache.pdfbox.pdmodel.PDDocument d = new org.apache.pdfbox.pdmodel.PDDocument()) {
      d.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy p =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "user",
              new org.apache.pdfbox.pdmodel.encryption.AccessPermission());
      p.setEncryptionKeyLength(128);
      d.protect(p);
      d.save(b);
    }
    Cli c = yusuan("check", file("locked.pdf", b.toByteArray()).toString());
    failsToRead(c, "locked.pdf: ");
  }

  /**
   * Issue: a zip bomb that POI refuses passed. An xlsx whose sheet inflates 30 MB of blanks from a few
   * KB is refused, naming the file.
   */
  @Test
  void zipBombIsAnInputFailure() throws IOException {
    Path bomb = file("bomb.xlsx", xlsx(" ".repeat(30_000_000)));
    assertThat(Files.size(bomb)).isLessThan(200_000);
    failsToRead(yusuan("check", bomb.toString()), "bomb.xlsx: ");
  }

  /**
   * Issue: Big5 text gave 0 facts. The Keqiao disclosure in traditional characters, encoded in Big5,
   * reads with the simplified lexicon: the same findings as the UTF-8 original, and diagnostics naming
   * Big5 and the characters read as simplified.
   */
  @Test
  void traditionalBig5TextIsReadWithTheSimplifiedLexicon() throws IOException {
    // Big5 has no ≤ and ≥: both runs read them as <= and >=
    String k = keqiao().replace("≤", "<=").replace("≥", ">=");
    Map<Character, Character> toTraditional = new java.util.HashMap<>();
    for (int i = 0; i < dev.yusuan.io.internal.Traditional.SIMPLIFIED.length(); i++) {
      toTraditional.putIfAbsent(dev.yusuan.io.internal.Traditional.SIMPLIFIED.charAt(i),
          dev.yusuan.io.internal.Traditional.TRADITIONAL.charAt(i));
    }
    StringBuilder t = new StringBuilder();
    k.chars().forEach(c -> t.append(toTraditional.getOrDefault((char) c, (char) c)));
    assertThat(t).contains("部門預算");
    Cli utf8 = yusuan("check", file("k-utf8.txt", k).toString(), "--format", "json");
    Cli big5 = yusuan("check", file("k-big5.txt", t.toString().getBytes(Charset.forName("Big5"))).toString(),
        "--format", "json");
    assertThat(big5.code).as(big5.toString()).isEqualTo(Yusuan.FINDINGS);
    assertThat(big5.out).contains("\"text.encoding\"", "read as Big5", "\"text.traditional\"");
    assertThat(big5.out.substring(big5.out.lastIndexOf("\"summary\"")))
        .isEqualTo(utf8.out.substring(utf8.out.lastIndexOf("\"summary\"")));
  }

  /**
   * Issue: out of memory at -Xmx256m on a 200 MB text and on a 50 MB line. Scaled down to a JVM of
   * 64 MB heap: a 24 MB text with maxFileBytes lowered to 8 MB is refused while it is read (never held
   * whole), a 6 MB line with maxLineLength lowered to 100,000 is refused before parsing; both "limit
   * exceeded", never out of memory.
   */
  @Test
  void bigTextAndLongLineInASmallHeapAreLimitsNotOutOfMemory() throws Exception {
    String k = keqiao();
    Path big = dir.resolve("big.txt");
    try (var w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      while (Files.size(big) < 24_000_000) {
        w.write(k);
        w.flush();
      }
    }
    Forked f = Forked.run(64, 60, List.of(), null, "check", big.toString(), "--limit", "maxFileBytes=8000000");
    assertThat(f.code).as(f.toString()).isEqualTo(Yusuan.FAILURE);
    assertThat(f.err).contains("big.txt: limit exceeded").contains("maxFileBytes").doesNotContain("out of memory");
    Path line = file("line.txt", k + "9".repeat(6_000_000));
    Forked g = Forked.run(64, 60, List.of(), null, "check", line.toString(), "--limit", "maxLineLength=100000",
        "--limit", "maxNumberLength=10000000");
    assertThat(g.code).as(g.toString()).isEqualTo(Yusuan.FAILURE);
    assertThat(g.err).contains("line.txt: limit exceeded").contains("maxLineLength").doesNotContain("out of memory");
  }

  /**
   * Issue: out of memory at -Xmx256m on an xlsx of 160k cells and on a 5,000-page PDF. Scaled down to a
   * JVM of 64 MB heap: 16,000 cells with maxSpreadsheetCells lowered to 10,000, and 500 pages with
   * maxPages lowered to 100, are "limit exceeded", never out of memory.
   */
  @Test
  void bigSpreadsheetAndManyPagesInASmallHeapAreLimitsNotOutOfMemory() throws Exception {
    StringBuilder many = new StringBuilder();
    for (int r = 1; r <= 1_600; r++) {
      many.append("<row r=\"").append(r).append("\">");
      for (char col = 'A'; col <= 'J'; col++) {
        many.append("<c r=\"").append(col).append(r).append("\"><v>").append(r).append("</v></c>");
      }
      many.append("</row>");
    }
    Path cells = file("cells.xlsx", xlsx(many.toString()));
    Forked f = Forked.run(64, 60, List.of(), null, "check", cells.toString(), "--limit", "maxSpreadsheetCells=10000");
    assertThat(f.code).as(f.toString()).isEqualTo(Yusuan.FAILURE);
    assertThat(f.err).contains("cells.xlsx: limit exceeded").contains("maxSpreadsheetCells");
    Path pages = file("pages.pdf", Pdfs.pages(500));
    Forked g = Forked.run(64, 60, List.of(), null, "check", pages.toString(), "--limit", "maxPages=100");
    assertThat(g.code).as(g.toString()).isEqualTo(Yusuan.FAILURE);
    assertThat(g.err).contains("pages.pdf: limit exceeded").contains("maxPages");
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
