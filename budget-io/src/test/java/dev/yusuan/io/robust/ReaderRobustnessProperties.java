package dev.yusuan.io.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.UnsupportedFormatException;
import dev.yusuan.io.csv.CsvDocumentReader;
import dev.yusuan.io.csv.CsvFacts;
import dev.yusuan.io.json.JsonDocumentReader;
import dev.yusuan.io.json.JsonFormat;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Robustness of the document readers (DESIGN.md §5): on mutated copies of documents written by
 * Yusuan from the Keqiao example, the JSON and CSV readers (xlsx: {@code XlsxRobustnessProperties} in budget-xlsx) return a document (bad content
 * becomes diagnostics) and never throw anything but {@link IOException}; nothing is lost silently.
 * {@link BudgetIo#read(InputStream, String)} on random bytes either refuses the format or reads.
 */
class ReaderRobustnessProperties {
  static final BudgetDocument KEQIAO = keqiao();
  static final String JSON = JsonFormat.toJson(KEQIAO);
  static final String CSV = csv(KEQIAO);

  static BudgetDocument keqiao() {
    try (InputStream in = ReaderRobustnessProperties.class.getResourceAsStream(
        "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt")) {
      return BudgetIo.read(in, "keqiao-rendaban-2024-budget.txt");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String csv(BudgetDocument d) {
    StringBuilder b = new StringBuilder();
    try {
      CsvFacts.write(d, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }

  /** One edit; {@code a}, {@code b} pick positions (modulo the size), {@code c} is a replacement. */
  record Mutation(int kind, int a, int b, String c) {}

  private static final List<String> GARBAGE = List.of("", "x", "1.2.3", "NaN", "-", "1e999999",
      "１２３", "12,34", "(5", "∞", "null", "true", "[]", "{}", "\"", "\\", "\"\"", ",", ":", "0x1F",
      "99999999999999999999999999999999999999.999", "-0.00", " ", "\t", "\n", "\u0000", "\uFEFF",
      "\"value\"", "\"unit\"", "\"YUAN\"", "\"facts\"", "万元", "一", "1/2", "%", "{\"a\":", "[[[[");

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> m = Combinators.combine(Arbitraries.integers().between(0, 6),
        Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 1_000_000),
        Arbitraries.of(GARBAGE)).as(Mutation::new);
    return m.list().ofMinSize(1).ofMaxSize(6);
  }

  // ------------------------------------------------------------------ JSON

  /** JSON tokens: strings, numbers, literals, punctuation and white space. */
  private static final Pattern JSON_TOKEN = Pattern.compile(
      "\"(?:[^\"\\\\]|\\\\.)*\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null|[{}\\[\\]:,]|\\s+");

  static List<String> tokens(String json) {
    List<String> out = new ArrayList<>();
    Matcher m = JSON_TOKEN.matcher(json);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(json.substring(at, m.start()));
      }
      out.add(m.group());
      at = m.end();
    }
    if (at < json.length()) {
      out.add(json.substring(at));
    }
    return out;
  }

  private static final List<String> JSON_TOKENS = tokens(JSON);

  /**
   * Token edits: delete, duplicate, swap, replace by garbage, replace a string by another type,
   * change one character, truncate the text.
   */
  static String mutateJson(List<Mutation> ms) {
    List<String> t = new ArrayList<>(JSON_TOKENS);
    for (Mutation m : ms) {
      if (t.isEmpty()) {
        break;
      }
      int i = m.a() % t.size();
      int j = m.b() % t.size();
      switch (m.kind()) {
        case 0 -> t.remove(i);
        case 1 -> t.add(i, t.get(j));
        case 2 -> {
          String x = t.get(i);
          t.set(i, t.get(j));
          t.set(j, x);
        }
        case 3 -> t.set(i, m.c());
        case 4 -> {
          // a value of another type in place of a string (most numbers are strings in the JSON)
          String[] types = {"1", "-2.5", "true", "null", "[]", "{}", "[\"1.00\"]", "{\"value\":\"1\"}"};
          int k = i;
          while (k < t.size() && !t.get(k).startsWith("\"")) {
            k++;
          }
          if (k < t.size()) {
            t.set(k, types[m.b() % types.length]);
          }
        }
        case 5 -> {
          String x = t.get(i);
          if (!x.isEmpty()) {
            int k = m.b() % x.length();
            t.set(i, x.substring(0, k) + m.c() + x.substring(k + 1));
          }
        }
        default -> {
          String all = String.join("", t);
          t = new ArrayList<>(tokens(all.substring(0, m.b() % (all.length() + 1))));
        }
      }
    }
    return String.join("", t);
  }

  @Property(tries = 100)
  void mutatedJsonNeverThrows(@ForAll("mutations") List<Mutation> ms) throws IOException {
    String json = mutateJson(ms);
    BudgetDocument d = new JsonDocumentReader().read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mutated.json");
    assertThat(d).isNotNull();
    JsonNode tree = JsonFormat.tree(json);
    if (tree == null) {
      // (the reader parses bytes and skips a UTF-8 byte order mark, so its verdict may differ)
      assertThat(d.diagnostics()).anyMatch(x -> x.code().equals("json.malformed")
          && x.location().line().isPresent() || x.code().equals("json.not-an-object"));
    } else if (tree.isObject() && tree.get("facts") instanceof ArrayNode facts) {
      // every fact element is read or reported (by its JSON pointer); the document's own
      // diagnostics array may itself be damaged, so count only the reader's reports
      int reported = 0;
      for (int i = 0; i < facts.size(); i++) {
        String p = "/facts/" + i;
        if (d.diagnostics().stream().anyMatch(x -> x.code().equals("json.invalid-element")
            && x.location().text().map(s -> s.equals(p) || s.startsWith(p + "/")).orElse(false))) {
          reported++;
        }
      }
      assertThat(d.facts().size() + reported).as(json).isEqualTo(facts.size());
    }
  }

  /**
   * Found by the property above (seed 3462752490292450839): a number in place of the top-level
   * "region" string made the reader throw JsonDecoder.Bad ("not a string"). Now it is a
   * json.invalid-field diagnostic and the rest of the document is read.
   */
  @Example
  void nonTextRegionIsADiagnostic() throws IOException {
    String json = mutateJson(List.of(new Mutation(4, 17, 0, "")));
    assertThat(JsonFormat.tree(json).get("region").isNumber()).isTrue();
    BudgetDocument d = new JsonDocumentReader().read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "region.json");
    assertThat(d.diagnostics()).anyMatch(x -> x.code().equals("json.invalid-field")
        && x.location().text().orElse("").equals("/region"));
    assertThat(d.facts()).hasSize(KEQIAO.facts().size());
  }

  /**
   * Found while checking the BOM case of the property above (seed -41402200066565123): content after
   * the top-level object (a second object, a stray bracket) was dropped without a word. Now it is
   * json.malformed.
   */
  @Example
  void contentAfterTheDocumentIsMalformed() throws IOException {
    for (String tail : List.of(" {\"facts\": []}", "]", "}", " x")) {
      String json = JSON + tail;
      BudgetDocument d = new JsonDocumentReader().read(
          new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "tail.json");
      assertThat(d.diagnostics()).as(tail).anyMatch(x -> x.code().equals("json.malformed"));
    }
  }

  @Provide
  Arbitrary<String> garbageValues() {
    return Arbitraries.oneOf(Arbitraries.of(GARBAGE),
        Arbitraries.strings().withChars("0123456789.,-+eE万元 x()%").ofMaxLength(12))
        .filter(s -> !s.matches("-?\\d+(\\.\\d+)?"));
  }

  /** Valid JSON, but one fact's value is garbage (of string or another type): a diagnostic names it. */
  @Property(tries = 100)
  void garbageFactValueIsNamedByADiagnostic(@ForAll("garbageValues") String garbage,
      @ForAll int which, @ForAll("valueKinds") int kind) throws IOException {
    ObjectNode root = (ObjectNode) JsonFormat.tree(JSON);
    ArrayNode facts = (ArrayNode) root.get("facts");
    int i = Math.floorMod(which, facts.size());
    ObjectNode fact = (ObjectNode) facts.get(i);
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (kind) {
      case 0 -> fact.put("value", garbage);
      case 1 -> fact.set("value", f.arrayNode().add(garbage));
      case 2 -> fact.set("value", f.objectNode().put("value", garbage));
      case 3 -> fact.set("value", f.booleanNode(true));
      case 4 -> fact.remove("value");
      default -> fact.set("value", f.nullNode());
    }
    String json = new ObjectMapper().writeValueAsString(root);
    BudgetDocument d = new JsonDocumentReader().read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "garbage.json");
    String p = "/facts/" + i;
    assertThat(d.diagnostics()).as("value %s (kind %d) at %s", garbage, kind, p)
        .anyMatch(x -> x.location().text().map(s -> s.equals(p + "/value")).orElse(false)
            && x.messageEn().contains(p + "/value"));
    assertThat(d.facts()).hasSize(facts.size() - 1);
  }

  @Provide
  Arbitrary<Integer> valueKinds() {
    return Arbitraries.integers().between(0, 5);
  }

  // ------------------------------------------------------------------ CSV

  private static final List<String> CSV_LINES = List.of(CSV.split("\r?\n", -1));

  /** Row edits: delete, duplicate, swap rows, replace a cell, drop or add a cell, edit a character, truncate. */
  static String mutateCsv(List<Mutation> ms) {
    List<String> l = new ArrayList<>(CSV_LINES);
    for (Mutation m : ms) {
      if (l.isEmpty()) {
        break;
      }
      int i = m.a() % l.size();
      int j = m.b() % l.size();
      switch (m.kind()) {
        case 0 -> l.remove(i);
        case 1 -> l.add(i, l.get(j));
        case 2 -> {
          String x = l.get(i);
          l.set(i, l.get(j));
          l.set(j, x);
        }
        case 3, 4 -> {
          List<String> cells = new ArrayList<>(List.of(l.get(i).split(",", -1)));
          int k = m.b() % cells.size();
          if (m.kind() == 3) {
            cells.set(k, m.c());
          } else if (m.b() % 2 == 0) {
            cells.remove(k);
          } else {
            cells.add(k, m.c());
          }
          l.set(i, String.join(",", cells));
        }
        case 5 -> {
          String x = l.get(i);
          if (!x.isEmpty()) {
            int k = m.b() % x.length();
            l.set(i, x.substring(0, k) + m.c() + x.substring(k + 1));
          }
        }
        default -> {
          String all = String.join("\n", l);
          l = new ArrayList<>(List.of(all.substring(0, m.b() % (all.length() + 1)).split("\n", -1)));
        }
      }
    }
    return String.join("\n", l);
  }

  /** Mutated facts CSV: never throws; each data record is a fact or a diagnostic with its line. */
  @Property(tries = 100)
  void mutatedCsvNeverThrowsAndAccountsForEveryRow(@ForAll("mutations") List<Mutation> ms)
      throws IOException {
    String csv = mutateCsv(ms);
    BudgetDocument d = new CsvDocumentReader().read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "mutated.csv");
    assertThat(d).isNotNull();
    assertThat(d.diagnostics()).allMatch(x -> !x.code().startsWith("csv.") || x.code().equals("csv.no-metadata")
        || x.location().line().isPresent(), "every csv diagnostic but csv.no-metadata has a line");
    CsvFacts.Result r = CsvFacts.read(new StringReader(csv), "mutated.csv");
    boolean whole = r.diagnostics().stream().noneMatch(x -> x.code().equals("csv.malformed")
        || x.code().equals("csv.bad-header") || x.code().equals("csv.missing-column"));
    List<Integer> recordLines = records(csv);
    if (whole && recordLines != null) {
      List<Integer> invalid = r.diagnostics().stream().filter(x -> x.code().equals("csv.invalid-row"))
          .map(x -> x.location().line().getAsInt()).toList();
      assertThat(r.facts().size() + invalid.size()).as(csv).isEqualTo(recordLines.size());
      assertThat(recordLines).containsAll(invalid);
    } else {
      assertThat(r.diagnostics()).as(csv).anyMatch(x -> x.severity().name().equals("ERROR"));
    }
  }

  /**
   * Found by the property above (seed -1848421330203965159): the CSV cut inside a quoted cell made
   * the reader throw UncheckedIOException (CSVException "EOF reached before encapsulated token
   * finished") from the record iterator's hasNext(). Now it is a csv.malformed diagnostic.
   */
  @Example
  void csvCutInsideAQuotedCellIsADiagnostic() throws IOException {
    // 434 characters into the original header and first record, plus the 19 of the
    // ,"PROCUREMENT_ITEM" header column added since: still inside the first record's quoted cell
    String csv = mutateCsv(List.of(new Mutation(6, 0, 434 + 19, "")));
    BudgetDocument d = new CsvDocumentReader().read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "cut.csv");
    assertThat(d.diagnostics()).anyMatch(x -> x.code().equals("csv.malformed")
        && x.location().line().isPresent());
  }

  /**
   * Found by the property above (seed -1848421330203965159, shrunk): the CSV cut after its first
   * character, an unclosed quote in the header, made the reader throw CSVException (an
   * IOException for content that was read). Now it is a csv.bad-header diagnostic.
   */
  @Example
  void csvWithAnUnclosedQuoteInTheHeaderIsADiagnostic() throws IOException {
    String csv = mutateCsv(List.of(new Mutation(6, 0, 1, "")));
    BudgetDocument d = new CsvDocumentReader().read(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "cut.csv");
    assertThat(d.diagnostics()).anyMatch(x -> x.code().equals("csv.bad-header")
        && x.location().line().isPresent());
  }

  /** Line numbers (as the reader counts them: record number + 1) of the data records, or null. */
  private static List<Integer> records(String csv) {
    try (CSVParser p = CSVParser.builder().setReader(new StringReader(csv))
        .setFormat(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true).get()).get()) {
      List<Integer> out = new ArrayList<>();
      for (CSVRecord rec : p) {
        out.add((int) rec.getRecordNumber() + 1);
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  // ------------------------------------------------------------------ bytes (xlsx, PDF)

  @Provide
  Arbitrary<List<Mutation>> byteMutations() {
    Arbitrary<Mutation> m = Combinators.combine(Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(0, 10_000_000), Arbitraries.integers().between(0, 255),
        Arbitraries.just("")).as(Mutation::new);
    return m.list().ofMinSize(1).ofMaxSize(8);
  }

  /** Byte edits: flip a bit, set a byte, delete a byte, truncate. */
  static byte[] mutateBytes(byte[] original, List<Mutation> ms) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] b = original.clone();
    for (Mutation m : ms) {
      if (b.length == 0) {
        break;
      }
      int i = m.a() % b.length;
      switch (m.kind()) {
        case 0 -> b[i] ^= (byte) (1 << (m.b() % 8));
        case 1 -> b[i] = (byte) m.b();
        case 2 -> {
          out.reset();
          out.write(b, 0, i);
          out.write(b, i + 1, b.length - i - 1);
          b = out.toByteArray();
        }
        default -> b = java.util.Arrays.copyOf(b, i);
      }
    }
    return b;
  }

  // ------------------------------------------------------------------ detection

  @Provide
  Arbitrary<String> fileNames() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(12),
        Combinators.combine(Arbitraries.strings().alpha().ofMaxLength(8),
            Arbitraries.of("", ".txt", ".json", ".csv", ".xlsx", ".pdf", ".md", ".bin", ".JSON", ".PDF"))
            .as((a, b) -> a + b));
  }

  @Provide
  Arbitrary<byte[]> randomBytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    Arbitrary<byte[]> prefixed = Combinators.combine(
        Arbitraries.of("%PDF-1.4\n", "PK\u0003\u0004", "{\"formatVersion\":\"1.0\",", "concept,value,unit\n",
            "\uFEFF", "某部门\n2024年部门预算\n", ""),
        random).as((p, r) -> {
          byte[] h = p.getBytes(StandardCharsets.UTF_8);
          byte[] all = java.util.Arrays.copyOf(h, h.length + r.length);
          System.arraycopy(r, 0, all, h.length, r.length);
          return all;
        });
    return Arbitraries.oneOf(random, prefixed);
  }

  /** Random bytes under a random name: UnsupportedFormatException or a document, nothing else. */
  @Property(tries = 100)
  void randomBytesAreRefusedOrRead(@ForAll("randomBytes") byte[] bytes, @ForAll("fileNames") String name)
      throws IOException {
    try {
      BudgetDocument d = BudgetIo.read(new ByteArrayInputStream(bytes), name);
      assertThat(d).isNotNull();
      assertThat(d.diagnostics()).allMatch(ReaderRobustnessProperties::wellFormed);
    } catch (UnsupportedFormatException e) {
      assertThat(e.getMessage()).isNotNull();
    }
  }

  static boolean wellFormed(Diagnostic d) {
    return d.code() != null && !d.code().isBlank() && !d.messageEn().isBlank() && !d.messageZh().isBlank();
  }
}
