package dev.yusuan.io.csv;

import dev.yusuan.io.json.internal.Amounts;
import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Department;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Interval;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The long-format CSV of facts: a header row, then one row per fact with its concept, every
 * {@link FactDimension} as its own column, the exact value (BigDecimal text with its published scale),
 * the value as printed, unit, precision, the rounding interval, provenance, and the document's
 * source, department, year, kind and unit repeated per row.
 *
 * <p>Every non-null field is quoted; an absent optional value is an empty unquoted field, so an empty
 * string ({@code ""}) and an absent value stay distinct. Reading gives back equal facts.
 */
public final class CsvFacts {
  /** Column names, in order. */
  public static final List<String> HEADER;

  static {
    List<String> h = new ArrayList<>();
    h.add("concept");
    for (FactDimension d : FactDimension.values()) {
      h.add(d.name());
    }
    h.addAll(List.of("value", "printed", "unit", "scale", "lo", "hi",
        "source", "table_id", "table_title", "row_label", "row_code", "row_number",
        "column_header", "column_number", "page", "line", "section", "text", "span_start", "span_end",
        "document_source", "department", "year", "kind", "document_unit"));
    HEADER = Collections.unmodifiableList(h);
  }

  /** The CSV dialect written: RFC 4180, CRLF, every non-null value quoted, null as empty. */
  public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setQuoteMode(QuoteMode.ALL_NON_NULL).setNullString("").get();

  private CsvFacts() {}

  /** A plain or grouped decimal, signed: left as is even when it starts with - or +. */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?");

  /**
   * A field as written, safe from formula injection: spreadsheet programs take a cell starting with
   * {@code = + - @}, tab or carriage return as a formula, so such a field (unless it is a plain number)
   * gets a leading apostrophe, as does a field that already starts with one; {@link #unprotect} undoes
   * exactly this, so values round-trip unchanged.
   *
   * @param field the field's value, possibly null
   * @return the value to write (null stays null)
   */
  public static String protect(String field) {
    return field != null && needsProtection(field) ? "'" + field : field;
  }

  /**
   * The field {@link #protect} was given.
   *
   * @param field a field as read, possibly null
   * @return the value before protection (null stays null)
   */
  public static String unprotect(String field) {
    if (field != null && field.startsWith("'") && needsProtection(field.substring(1))) {
      return field.substring(1);
    }
    return field;
  }

  private static boolean needsProtection(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(0);
    if (c == '\'') {
      return true;
    }
    return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
        && !NUMBER.matcher(s).matches();
  }

  /**
   * Facts read back, with the problems found and the document metadata of the first row.
   *
   * @param facts the facts of the rows that could be read, in file order
   * @param diagnostics a diagnostic per row left out, naming its line
   * @param metadata the metadata columns (department, year, kind, unit, …) of the first row
   */
  public record Result(List<Fact> facts, List<Diagnostic> diagnostics, Map<String, String> metadata) {}

  /**
   * The cells of one fact's row (null for absent values), in {@link #HEADER} order.
   *
   * @param f the fact
   * @param document the document the fact belongs to, for the metadata columns; may be null
   * @return the cells, unprotected (see {@link #protect})
   */
  public static List<String> row(Fact f, BudgetDocument document) {
    List<String> r = new ArrayList<>(HEADER.size());
    r.add(f.concept().name());
    for (FactDimension d : FactDimension.values()) {
      r.add(f.coordinates().getOrNull(d));
    }
    Amount a = f.amount();
    Interval i = a.interval();
    r.add(a.value().toPlainString());
    r.add(a.format());
    r.add(a.unit().name());
    r.add(Integer.toString(a.scale()));
    r.add(i.lo().toPlainString());
    r.add(i.hi().toPlainString());
    Provenance p = f.provenance();
    r.add(p.source());
    r.add(p.tableId().orElse(null));
    r.add(p.tableTitle().orElse(null));
    r.add(p.rowLabel().orElse(null));
    r.add(p.rowCode().orElse(null));
    r.add(str(p.rowNumber()));
    r.add(p.columnHeader().orElse(null));
    r.add(p.columnNumber().orElse(null));
    r.add(str(p.page()));
    r.add(str(p.line()));
    r.add(p.section().orElse(null));
    r.add(p.text().orElse(null));
    r.add(str(p.spanStart()));
    r.add(str(p.spanEnd()));
    if (document != null) {
      r.add(document.source());
      r.add(document.department().name());
      r.add(Integer.toString(document.year()));
      r.add(document.kind().name());
      r.add(document.unit().name());
    } else {
      for (int k = 0; k < 5; k++) {
        r.add(null);
      }
    }
    return r;
  }

  /**
   * Writes the header and one row per fact; {@code document} (may be null) fills the metadata. Fields
   * are protected from formula injection ({@link #protect}).
   *
   * @param facts the facts, written in iteration order
   * @param document the document for the metadata columns, or null
   * @param out where the CSV goes; flushed, not closed
   * @throws IOException when the output cannot be written
   */
  public static void write(Collection<Fact> facts, BudgetDocument document, Appendable out)
      throws IOException {
    CSVPrinter p = new CSVPrinter(out, FORMAT);
    p.printRecord(HEADER);
    for (Fact f : facts) {
      List<String> row = row(f, document);
      List<String> safe = new ArrayList<>(row.size());
      for (String c : row) {
        safe.add(protect(c));
      }
      p.printRecord(safe);
    }
    p.flush();
  }

  /**
   * Writes a document's facts.
   *
   * @param document the document; its facts and metadata are written
   * @param out where the CSV goes; flushed, not closed
   * @throws IOException when the output cannot be written
   */
  public static void write(BudgetDocument document, Appendable out) throws IOException {
    write(document.facts(), document, out);
  }

  /**
   * Reads facts. Columns are found by header name (order free, unknown columns ignored). A row that
   * cannot be read is left out with a diagnostic naming its line; nothing is thrown for bad content.
   *
   * @param in the CSV text (a leading BOM is skipped); closed when read
   * @param source the name for provenance and diagnostics
   * @return the facts, diagnostics and metadata
   * @throws IOException when the input cannot be read
   */
  public static Result read(Reader in, String source) throws IOException {
    List<Fact> facts = new ArrayList<>();
    List<Diagnostic> diags = new ArrayList<>();
    Map<String, String> metadata = new java.util.LinkedHashMap<>();
    CSVFormat fmt = FORMAT.builder().setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true)
        .get();
    CSVParser parser;
    try {
      parser = CSVParser.builder().setReader(skipBom(in)).setFormat(fmt).get();
    } catch (IllegalArgumentException | java.io.UncheckedIOException
        | org.apache.commons.csv.CSVException e) {
      // CSVException: a malformed header record (e.g. an unclosed quote) is bad content, not I/O
      diags.add(problem(Severity.ERROR, "csv.bad-header", source, OptionalInt.of(1),
          "表头无效：" + e.getMessage(), "invalid header: " + e.getMessage()));
      return new Result(facts, diags, metadata);
    }
    Map<String, Integer> header = parser.getHeaderMap();
    for (String required : List.of("concept", "value", "unit")) {
      if (header == null || !header.containsKey(required)) {
        diags.add(problem(Severity.ERROR, "csv.missing-column", source, OptionalInt.of(1),
            "缺少列 " + required, "column " + required + " is missing"));
      }
    }
    if (!diags.isEmpty()) {
      return new Result(facts, diags, metadata);
    }
    try {
      for (java.util.Iterator<CSVRecord> it = parser.iterator(); ; ) {
        CSVRecord rec;
        try {
          // hasNext() already parses the next record, so a malformed one throws here too
          if (!it.hasNext()) {
            break;
          }
          rec = it.next();
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
          diags.add(problem(Severity.ERROR, "csv.malformed", source,
              OptionalInt.of((int) parser.getCurrentLineNumber()),
              "CSV 格式错误，此后各行已略过：" + e.getMessage(),
              "malformed CSV, the rows from here on are left out: " + e.getMessage()));
          break;
        }
        int line = (int) rec.getRecordNumber() + 1;
        Function<String, String> get = c -> rec.isMapped(c) && rec.isSet(c) ? unprotect(rec.get(c)) : null;
        try {
          facts.add(fact(get, source, line, diags));
          if (metadata.isEmpty()) {
            for (String c : List.of("document_source", "department", "year", "kind", "document_unit")) {
              String v = get.apply(c);
              if (v != null) {
                metadata.put(c, v);
              }
            }
          }
        } catch (RuntimeException e) {
          diags.add(problem(Severity.ERROR, "csv.invalid-row", source, OptionalInt.of(line),
              "第 " + line + " 行无效，已略过：" + e.getMessage(),
              "row at line " + line + " left out: " + e.getMessage()));
        }
      }
    } finally {
      parser.close();
    }
    return new Result(facts, diags, metadata);
  }

  /**
   * One fact from the cells of a row; {@code get} returns a column's value or null when absent.
   *
   * @param get a column's value by header name, or null when absent
   * @param source the name for provenance
   * @param line the 1-based line of the row, for provenance and diagnostics
   * @param diags where problems that do not lose the fact are added
   * @return the fact
   * @throws IllegalArgumentException naming the bad cell
   */
  public static Fact fact(Function<String, String> get, String source, int line, List<Diagnostic> diags) {
    Concept concept = enumOf(Concept.class, "concept", get.apply("concept"));
    Map<FactDimension, String> coords = new EnumMap<>(FactDimension.class);
    for (FactDimension d : FactDimension.values()) {
      String v = get.apply(d.name());
      if (v != null) {
        if (v.isBlank()) {
          throw new IllegalArgumentException("blank " + d.name());
        }
        coords.put(d, v);
      }
    }
    String value = get.apply("value");
    BigDecimal v = Amounts.decimal(value).orElseThrow(() ->
        new IllegalArgumentException("value is not a plain decimal: " + value));
    MoneyUnit unit = enumOf(MoneyUnit.class, "unit", get.apply("unit"));
    Amount amount = Amount.of(v, unit);
    String printed = get.apply("printed");
    if (printed != null && !printed.equals(amount.format())) {
      Optional<Amount> p;
      try {
        p = Amount.parse(printed, unit);
      } catch (RuntimeException e) {
        p = Optional.empty();
      }
      if (p.isPresent() && p.get().equals(amount)) {
        amount = p.get();
      } else {
        diags.add(problem(Severity.WARNING, "csv.printed-mismatch", source, OptionalInt.of(line),
            "printed 列 " + printed + " 与 value 列 " + value + " 不一致，以 value 为准",
            "printed " + printed + " disagrees with value " + value + "; value kept"));
      }
    }
    String scale = get.apply("scale");
    if (scale != null && !scale.equals(Integer.toString(v.scale()))) {
      diags.add(problem(Severity.WARNING, "csv.scale-mismatch", source, OptionalInt.of(line),
          "scale 列 " + scale + " 与数值精度 " + v.scale() + " 不一致",
          "scale " + scale + " disagrees with the value's precision " + v.scale()));
    }
    Provenance.Builder p = Provenance.builder();
    String src = get.apply("source");
    p.source(src != null ? src : source);
    opt(get, "table_id").ifPresent(p::tableId);
    opt(get, "table_title").ifPresent(p::tableTitle);
    opt(get, "row_label").ifPresent(p::rowLabel);
    opt(get, "row_code").ifPresent(p::rowCode);
    p.rowNumber(optInt(get, "row_number"));
    opt(get, "column_header").ifPresent(p::columnHeader);
    opt(get, "column_number").ifPresent(p::columnNumber);
    p.page(optInt(get, "page"));
    p.line(optInt(get, "line"));
    opt(get, "section").ifPresent(p::section);
    opt(get, "text").ifPresent(p::text);
    p.spanStart(optInt(get, "span_start"));
    p.spanEnd(optInt(get, "span_end"));
    return Fact.of(concept, Coordinates.of(coords), amount, p.build());
  }

  /**
   * A minimal document from a CSV read: the facts, and source, department name, year, kind and unit
   * from the metadata columns (placeholders with a diagnostic when absent).
   *
   * @param r the result of {@link #read}
   * @param source the document's name
   * @return the document of those facts, with no tables or narrative
   */
  public static BudgetDocument document(Result r, String source) {
    List<Diagnostic> diags = new ArrayList<>(r.diagnostics());
    Map<String, String> m = r.metadata();
    int year = 0;
    DocumentKind kind = DocumentKind.DEPARTMENT_BUDGET;
    MoneyUnit unit = r.facts().isEmpty() ? MoneyUnit.WAN_YUAN : r.facts().get(0).amount().unit();
    try {
      if (m.containsKey("year")) {
        year = Integer.parseInt(m.get("year"));
      }
      if (m.containsKey("kind")) {
        kind = DocumentKind.valueOf(m.get("kind"));
      }
      if (m.containsKey("document_unit")) {
        unit = MoneyUnit.valueOf(m.get("document_unit"));
      }
    } catch (IllegalArgumentException e) {
      diags.add(problem(Severity.WARNING, "csv.bad-metadata", source, OptionalInt.of(2),
          "文件元数据无效：" + e.getMessage(), "invalid document metadata: " + e.getMessage()));
    }
    if (!m.keySet().containsAll(List.of("document_source", "department", "year", "kind", "document_unit"))) {
      diags.add(problem(Severity.INFO, "csv.no-metadata", source, OptionalInt.empty(),
          "CSV 未包含完整的文件元数据（来源、部门、年度、类型、单位），已用默认值",
          "the CSV lacks document metadata (source, department, year, kind, unit); defaults used"));
    }
    return BudgetDocument.builder().source(m.getOrDefault("document_source", source))
        .department(Department.builder().name(m.getOrDefault("department", "")).build())
        .year(year).kind(kind).unit(unit).facts(r.facts()).diagnostics(diags).build();
  }

  private static Reader skipBom(Reader in) throws IOException {
    java.io.PushbackReader pr = new java.io.PushbackReader(in, 1);
    int c = pr.read();
    if (c != -1 && c != '\uFEFF') {
      pr.unread(c);
    }
    return pr;
  }

  private static Diagnostic problem(Severity s, String code, String source, OptionalInt line, String zh,
      String en) {
    return Diagnostic.of(s, code, zh, en, Provenance.builder().source(source).line(line).build());
  }

  private static String str(OptionalInt i) {
    return i.isPresent() ? Integer.toString(i.getAsInt()) : null;
  }

  private static Optional<String> opt(Function<String, String> get, String c) {
    return Optional.ofNullable(get.apply(c));
  }

  private static OptionalInt optInt(Function<String, String> get, String c) {
    String v = get.apply(c);
    if (v == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(v));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(c + " is not an integer: " + v);
    }
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String column, String v) {
    if (v == null) {
      throw new IllegalArgumentException("missing " + column);
    }
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + column + " " + v);
    }
  }
}
