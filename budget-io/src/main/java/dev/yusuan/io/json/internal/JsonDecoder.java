package dev.yusuan.io.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.BudgetUnit;
import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.TargetComparator;
import dev.yusuan.model.Concept;
import dev.yusuan.model.ContentsEntry;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Department;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Direction;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.Project;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Section;
import dev.yusuan.model.Severity;
import dev.yusuan.model.DisclosureTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;

/**
 * Decodes the canonical JSON tree into a {@link BudgetDocument}. Never throws for bad content: an
 * element that cannot be decoded is left out with a diagnostic naming its JSON pointer; a missing
 * required document field gets a placeholder and a diagnostic.
 */
public final class JsonDecoder {
  private final String source;
  private final List<Diagnostic> problems = new ArrayList<>();

  public JsonDecoder(String source) {
    this.source = source;
  }

  /** Problems found so far (they are also appended to the decoded document). */
  public List<Diagnostic> problems() {
    return problems;
  }

  /** Thrown inside the decoder for an element that cannot be decoded. */
  static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String path;

    Bad(String path, String message) {
      super(message);
      this.path = path;
    }
  }

  /** Decodes a whole document; {@code facts} (when non-null) replaces the {@code facts} array. */
  public BudgetDocument document(JsonNode root, List<Fact> facts) {
    if (root == null || !root.isObject()) {
      problem(Severity.ERROR, "json.not-an-object", "", "顶层不是 JSON 对象", "top level is not a JSON object");
      return placeholder();
    }
    JsonNode version = root.get("formatVersion");
    if (version == null || !version.isTextual()) {
      problem(Severity.ERROR, "json.no-format-version", "/formatVersion", "缺少 formatVersion",
          "formatVersion is missing");
    } else if (!version.asText().startsWith("1.")) {
      problem(Severity.WARNING, "json.format-version", "/formatVersion",
          "不支持的格式版本 " + version.asText() + "，按 1.0 读取",
          "unsupported format version " + version.asText() + ", read as 1.0");
    }
    BudgetDocument.Builder b = BudgetDocument.builder();
    b.source(required(root, "source", "", (n, p) -> text(n, p)));
    topText(root, "region").ifPresent(b::region);
    b.department(required(root, "department", Department.builder().name("").build(),
        this::department));
    b.year(required(root, "year", 0, (n, p) -> integer(n, p)));
    b.kind(required(root, "kind", DocumentKind.DEPARTMENT_BUDGET,
        (n, p) -> enumOf(DocumentKind.class, n, p)));
    b.unit(required(root, "unit", MoneyUnit.WAN_YUAN, (n, p) -> enumOf(MoneyUnit.class, n, p)));
    topText(root, "template").ifPresent(b::template);
    b.budgetUnits(list(root, "budgetUnits", this::budgetUnit));
    b.contents(list(root, "contents", (n, p) -> ContentsEntry.of(integer(field(n, p, "level"), p + "/level"),
        text(field(n, p, "title"), p + "/title"))));
    b.tables(list(root, "tables", this::table));
    b.sections(list(root, "sections", this::section));
    b.claims(list(root, "claims", this::claim));
    b.targets(list(root, "targets", this::target));
    b.projects(list(root, "projects", this::project));
    b.facts(facts != null ? facts : list(root, "facts", this::fact));
    b.diagnostics(list(root, "diagnostics", this::diagnostic));
    b.addAllDiagnostics(problems);
    return b.build();
  }

  /** A document holding only the diagnostics so far (for unreadable input). */
  public BudgetDocument placeholder() {
    return BudgetDocument.builder().source(source).department(Department.builder().name("").build())
        .year(0).kind(DocumentKind.DEPARTMENT_BUDGET).unit(MoneyUnit.WAN_YUAN)
        .diagnostics(problems).build();
  }

  /** Records a problem at a JSON pointer. */
  public void problem(Severity s, String code, String pointer, String zh, String en) {
    String at = pointer.isEmpty() ? "" : " (" + pointer + ")";
    problems.add(Diagnostic.of(s, code, zh + at, en + at,
        Provenance.builder().source(source).text(pointer.isEmpty() ? "/" : pointer).build()));
  }

  private <T> T required(JsonNode obj, String name, T fallback, BiFunction<JsonNode, String, T> f) {
    String p = "/" + name;
    JsonNode n = obj.get(name);
    if (n == null || n.isNull()) {
      problem(Severity.ERROR, "json.missing-field", p, "缺少必需字段 " + name,
          "required field " + name + " is missing");
      return fallback;
    }
    try {
      return f.apply(n, p);
    } catch (Bad e) {
      problem(Severity.ERROR, "json.invalid-field", e.path, "字段无效：" + e.getMessage(),
          "invalid field: " + e.getMessage());
      return fallback;
    } catch (RuntimeException e) {
      problem(Severity.ERROR, "json.invalid-field", p, "字段无效：" + e.getMessage(),
          "invalid field: " + e.getMessage());
      return fallback;
    }
  }

  private <T> List<T> list(JsonNode obj, String name, BiFunction<JsonNode, String, T> f) {
    String p = "/" + name;
    JsonNode n = obj.get(name);
    List<T> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (!n.isArray()) {
      problem(Severity.ERROR, "json.invalid-field", p, name + " 不是数组", name + " is not an array");
      return out;
    }
    for (int i = 0; i < n.size(); i++) {
      String ep = p + "/" + i;
      try {
        out.add(f.apply(n.get(i), ep));
      } catch (Bad e) {
        problem(Severity.ERROR, "json.invalid-element", e.path, "元素无效，已略过：" + e.getMessage(),
            "invalid element left out: " + e.getMessage());
      } catch (RuntimeException e) {
        problem(Severity.ERROR, "json.invalid-element", ep, "元素无效，已略过：" + e.getMessage(),
            "invalid element left out: " + e.getMessage());
      }
    }
    return out;
  }

  // ---- elements -------------------------------------------------------------------------------

  private Department department(JsonNode n, String p) {
    obj(n, p);
    Department.Builder b = Department.builder().name(text(field(n, p, "name"), p + "/name"));
    optText(n, "shortName", p).ifPresent(b::shortName);
    optText(n, "code", p).ifPresent(b::code);
    return b.build();
  }

  private BudgetUnit budgetUnit(JsonNode n, String p) {
    obj(n, p);
    BudgetUnit.Builder b = BudgetUnit.builder().name(text(field(n, p, "name"), p + "/name"));
    optText(n, "code", p).ifPresent(b::code);
    JsonNode own = n.get("ownLevel");
    if (own != null) {
      if (!own.isBoolean()) {
        throw new Bad(p + "/ownLevel", "ownLevel is not a boolean");
      }
      b.ownLevel(own.booleanValue());
    }
    return b.build();
  }

  private DisclosureTable table(JsonNode n, String p) {
    obj(n, p);
    DisclosureTable.Builder b = DisclosureTable.builder()
        .id(text(field(n, p, "id"), p + "/id"))
        .title(text(field(n, p, "title"), p + "/title"))
        .unit(enumOf(MoneyUnit.class, field(n, p, "unit"), p + "/unit"))
        .provenance(provenance(field(n, p, "provenance"), p + "/provenance"));
    optText(n, "kind", p).ifPresent(b::kind);
    for (JsonNode[] e : elements(n, p, "headerRows")) {
      b.addHeaderRows(strings(e[0], e[1].asText()));
    }
    for (JsonNode[] e : elements(n, p, "columns")) {
      String cp = e[1].asText();
      JsonNode c = e[0];
      obj(c, cp);
      b.addColumns(DisclosureTable.Column.of(integer(field(c, cp, "index"), cp + "/index"),
          strings(field(c, cp, "headerPath"), cp + "/headerPath"), optText(c, "number", cp)));
    }
    for (JsonNode[] e : elements(n, p, "rows")) {
      String rp = e[1].asText();
      JsonNode r = e[0];
      obj(r, rp);
      DisclosureTable.Row.Builder rb = DisclosureTable.Row.builder().cells(strings(field(r, rp, "cells"), rp + "/cells"));
      optText(r, "label", rp).ifPresent(rb::label);
      optText(r, "code", rp).ifPresent(rb::code);
      optText(r, "number", rp).ifPresent(rb::number);
      rb.line(optInt(r, "line", rp));
      rb.page(optInt(r, "page", rp));
      b.addRows(rb.build());
    }
    JsonNode notes = n.get("notes");
    if (notes != null) {
      b.notes(strings(notes, p + "/notes"));
    }
    JsonNode cov = n.get("coverage");
    if (cov != null) {
      String cp = p + "/coverage";
      obj(cov, cp);
      int printed = integer(field(cov, cp, "amountsPrinted"), cp + "/amountsPrinted");
      int read = integer(field(cov, cp, "amountsRead"), cp + "/amountsRead");
      if (printed < 0 || read < 0 || read > printed) {
        throw new Bad(cp, "amountsRead must be between 0 and amountsPrinted");
      }
      b.coverage(new dev.yusuan.model.ReadingCoverage(printed, read));
    }
    return b.build();
  }

  private Section section(JsonNode n, String p) {
    obj(n, p);
    return Section.builder()
        .level(integer(field(n, p, "level"), p + "/level"))
        .heading(text(field(n, p, "heading"), p + "/heading"))
        .text(text(field(n, p, "text"), p + "/text"))
        .provenance(provenance(field(n, p, "provenance"), p + "/provenance"))
        .build();
  }

  private Claim claim(JsonNode n, String p) {
    obj(n, p);
    Claim.Builder b = Claim.builder()
        .kind(enumOf(ClaimKind.class, field(n, p, "kind"), p + "/kind"))
        .concept(enumOf(Concept.class, field(n, p, "concept"), p + "/concept"))
        .coordinates(coordinates(field(n, p, "coordinates"), p + "/coordinates"))
        .subject(text(field(n, p, "subject"), p + "/subject"))
        .provenance(provenance(field(n, p, "provenance"), p + "/provenance"));
    if (n.has("amount")) {
      b.amount(amount(n.get("amount"), p + "/amount"));
    }
    if (n.has("whole")) {
      b.whole(coordinates(n.get("whole"), p + "/whole"));
    }
    if (n.has("percent")) {
      b.percent(Percentage.of(decimal(n.get("percent"), p + "/percent")));
    }
    if (n.has("basePeriod")) {
      b.basePeriod(enumOf(FiscalPeriod.class, n.get("basePeriod"), p + "/basePeriod"));
    }
    b.baseYear(optInt(n, "baseYear", p));
    if (n.has("delta")) {
      b.delta(amount(n.get("delta"), p + "/delta"));
    }
    if (n.has("direction")) {
      b.direction(enumOf(Direction.class, n.get("direction"), p + "/direction"));
    }
    if (n.has("count")) {
      b.count(decimal(n.get("count"), p + "/count"));
    }
    optText(n, "countUnit", p).ifPresent(b::countUnit);
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new Bad(p, e.getMessage());
    }
  }

  private PerformanceTarget target(JsonNode n, String p) {
    obj(n, p);
    PerformanceTarget.Builder b = PerformanceTarget.builder()
        .unit(text(field(n, p, "unit"), p + "/unit"))
        .project(text(field(n, p, "project"), p + "/project"))
        .level1(text(field(n, p, "level1"), p + "/level1"))
        .level2(text(field(n, p, "level2"), p + "/level2"))
        .indicator(text(field(n, p, "indicator"), p + "/indicator"))
        .comparatorText(text(field(n, p, "comparatorText"), p + "/comparatorText"))
        .value(text(field(n, p, "value"), p + "/value"))
        .measureUnit(text(field(n, p, "measureUnit"), p + "/measureUnit"))
        .provenance(provenance(field(n, p, "provenance"), p + "/provenance"));
    if (n.has("comparator")) {
      b.comparator(enumOf(TargetComparator.class, n.get("comparator"), p + "/comparator"));
    }
    if (n.has("numericValue")) {
      b.numericValue(decimal(n.get("numericValue"), p + "/numericValue"));
    }
    if (n.has("actualValue")) {
      b.actualValue(text(n.get("actualValue"), p + "/actualValue"));
    }
    if (n.has("weight")) {
      b.weight(decimal(n.get("weight"), p + "/weight"));
    }
    if (n.has("score")) {
      b.score(decimal(n.get("score"), p + "/score"));
    }
    return b.build();
  }

  private Project project(JsonNode n, String p) {
    obj(n, p);
    Project.Builder b = Project.builder()
        .unit(text(field(n, p, "unit"), p + "/unit"))
        .name(text(field(n, p, "name"), p + "/name"))
        .level(integer(field(n, p, "level"), p + "/level"));
    optText(n, "parent", p).ifPresent(b::parent);
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new Bad(p + "/level", e.getMessage());
    }
  }

  /** Decodes a fact object. */
  public Fact fact(JsonNode n, String p) {
    obj(n, p);
    return Fact.of(enumOf(Concept.class, field(n, p, "concept"), p + "/concept"),
        coordinates(field(n, p, "coordinates"), p + "/coordinates"),
        amount(n, p),
        provenance(field(n, p, "provenance"), p + "/provenance"));
  }

  private Diagnostic diagnostic(JsonNode n, String p) {
    obj(n, p);
    Diagnostic d = Diagnostic.of(enumOf(Severity.class, field(n, p, "severity"), p + "/severity"),
        text(field(n, p, "code"), p + "/code"),
        text(field(n, p, "messageZh"), p + "/messageZh"),
        text(field(n, p, "messageEn"), p + "/messageEn"),
        provenance(field(n, p, "location"), p + "/location"));
    if (!n.has("unreadAmounts")) {
      return d;
    }
    int unread = integer(n.get("unreadAmounts"), p + "/unreadAmounts");
    if (unread < 0) {
      throw new Bad(p + "/unreadAmounts", "negative");
    }
    return Diagnostic.builder().from(d).unreadAmounts(unread).build();
  }

  private Amount amount(JsonNode n, String p) {
    obj(n, p);
    BigDecimal v = decimal(field(n, p, "value"), p + "/value");
    MoneyUnit u = enumOf(MoneyUnit.class, field(n, p, "unit"), p + "/unit");
    return Amounts.amount(v, u, bool(n, "grouped", p), bool(n, "parenthesized", p));
  }

  private Coordinates coordinates(JsonNode n, String p) {
    obj(n, p);
    Map<FactDimension, String> m = new EnumMap<>(FactDimension.class);
    Iterator<Map.Entry<String, JsonNode>> it = n.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      FactDimension d;
      try {
        d = FactDimension.valueOf(e.getKey());
      } catch (IllegalArgumentException x) {
        throw new Bad(p + "/" + e.getKey(), "unknown dimension " + e.getKey());
      }
      String v = text(e.getValue(), p + "/" + e.getKey());
      if (v.isBlank()) {
        throw new Bad(p + "/" + e.getKey(), "blank member of " + d);
      }
      m.put(d, v);
    }
    return Coordinates.of(m);
  }

  /** Decodes a provenance object. */
  public Provenance provenance(JsonNode n, String p) {
    obj(n, p);
    Provenance.Builder b = Provenance.builder().source(text(field(n, p, "source"), p + "/source"));
    optText(n, "tableId", p).ifPresent(b::tableId);
    optText(n, "tableTitle", p).ifPresent(b::tableTitle);
    optText(n, "rowLabel", p).ifPresent(b::rowLabel);
    optText(n, "rowCode", p).ifPresent(b::rowCode);
    b.rowNumber(optInt(n, "rowNumber", p));
    optText(n, "columnHeader", p).ifPresent(b::columnHeader);
    optText(n, "columnNumber", p).ifPresent(b::columnNumber);
    b.page(optInt(n, "page", p));
    b.line(optInt(n, "line", p));
    optText(n, "section", p).ifPresent(b::section);
    optText(n, "text", p).ifPresent(b::text);
    b.spanStart(optInt(n, "spanStart", p));
    b.spanEnd(optInt(n, "spanEnd", p));
    JsonNode doubtful = n.get("doubtful");
    if (doubtful != null) {
      if (!doubtful.isBoolean()) {
        throw new Bad(p + "/doubtful", "doubtful is not a boolean");
      }
      b.doubtful(doubtful.booleanValue());
    }
    return b.build();
  }

  // ---- primitives -----------------------------------------------------------------------------

  private static void obj(JsonNode n, String p) {
    if (n == null || !n.isObject()) {
      throw new Bad(p, "not an object");
    }
  }

  private static JsonNode field(JsonNode n, String p, String name) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      throw new Bad(p + "/" + name, "missing " + name);
    }
    return v;
  }

  private static String text(JsonNode n, String p) {
    if (!n.isTextual()) {
      throw new Bad(p, "not a string");
    }
    return n.textValue();
  }

  private static int integer(JsonNode n, String p) {
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw new Bad(p, "not an integer");
    }
    return n.intValue();
  }

  private static BigDecimal decimal(JsonNode n, String p) {
    if (!n.isTextual()) {
      throw new Bad(p, "decimal not written as a string");
    }
    return Amounts.decimal(n.textValue()).orElseThrow(() ->
        new Bad(p, "not a plain decimal: " + n.textValue()));
  }

  private static boolean bool(JsonNode n, String name, String p) {
    JsonNode v = n.get(name);
    if (v == null) {
      return false;
    }
    if (!v.isBoolean()) {
      throw new Bad(p + "/" + name, name + " is not a boolean");
    }
    return v.booleanValue();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode n, String p) {
    String s = text(n, p);
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw new Bad(p, "unknown " + type.getSimpleName() + " " + s);
    }
  }

  /** An optional top-level text field; a value that is not text is reported and ignored. */
  private Optional<String> topText(JsonNode root, String name) {
    try {
      return optText(root, name, "");
    } catch (Bad e) {
      problem(Severity.ERROR, "json.invalid-field", e.path, "字段无效，已忽略：" + e.getMessage(),
          "invalid field ignored: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static Optional<String> optText(JsonNode n, String name, String p) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    return Optional.of(text(v, p + "/" + name));
  }

  private static OptionalInt optInt(JsonNode n, String name, String p) {
    JsonNode v = n.get(name);
    if (v == null || v.isNull()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(integer(v, p + "/" + name));
  }

  private static List<String> strings(JsonNode n, String p) {
    if (!n.isArray()) {
      throw new Bad(p, "not an array of strings");
    }
    List<String> out = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      out.add(text(n.get(i), p + "/" + i));
    }
    return out;
  }

  /** Array elements of {@code n.name} with their pointers; empty when absent. */
  private static List<JsonNode[]> elements(JsonNode n, String p, String name) {
    JsonNode a = n.get(name);
    List<JsonNode[]> out = new ArrayList<>();
    if (a == null || a.isNull()) {
      return out;
    }
    if (!a.isArray()) {
      throw new Bad(p + "/" + name, "not an array");
    }
    for (int i = 0; i < a.size(); i++) {
      out.add(new JsonNode[] {a.get(i), com.fasterxml.jackson.databind.node.TextNode.valueOf(
          p + "/" + name + "/" + i)});
    }
    return out;
  }
}
