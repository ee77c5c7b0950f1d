package dev.yusuan.io.fdp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Code;
import dev.yusuan.model.Concept;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.CodeLevel;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.ProcurementType;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.ThreePublicItem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import dev.yusuan.io.csv.CsvFacts;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Fiscal Data Package export (OpenSpending): {@code datapackage.json} with a {@code model} and
 * {@value #CSV} holding one row per fact. Each measure is one concept in one budget phase and one
 * money unit, with currency CNY, the unit's factor (10000 for 万元), direction (expenditure or
 * revenue) and phase (proposed for 预算 figures, executed for 决算 and 上年执行数). Dimensions: the
 * functional, economic and revenue classifications with a code and label column per level (类/款/项,
 * filled from the code's prefixes, labels from the tables' rows where known), fund source, spending
 * type, "三公" item, procurement type, budget unit, project, period, concept and fiscal year.
 *
 * <p>Measures are sparse: a row has a value in exactly the measure column of its fact. Facts at
 * several levels of a hierarchy (totals and their parts) are all present, so sum within one level.
 */
public final class FiscalDataPackage {
  /** Name of the data file inside the package. */
  public static final String CSV = "budget.csv";
  /** Name of the descriptor. */
  public static final String DESCRIPTOR = "datapackage.json";

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final BudgetDocument doc;
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, Measure> measures = new LinkedHashMap<>();
  private final List<String> columns = new ArrayList<>();

  /**
   * One measure column: one concept in one budget phase and one money unit.
   *
   * @param name the column name in {@value #CSV}
   * @param concept the concept whose facts fill the column
   * @param phase the budget phase, {@code proposed} (预算) or {@code executed} (决算, 上年执行数)
   * @param unit the money unit of the column's values (its factor goes into the descriptor)
   */
  public record Measure(String name, Concept concept, String phase, MoneyUnit unit) {
    /** {@return the OpenSpending direction, {@code revenue} for 收入, else {@code expenditure}} */
    public String direction() {
      return concept == Concept.REVENUE ? "revenue" : "expenditure";
    }
  }

  private FiscalDataPackage(BudgetDocument doc) {
    this.doc = doc;
    for (DisclosureTable t : doc.tables()) {
      for (DisclosureTable.Row r : t.rows()) {
        if (r.code().isPresent() && r.label().isPresent()) {
          labels.putIfAbsent(r.code().get().strip(), r.label().get().strip());
        }
      }
    }
    for (Fact f : doc.facts()) {
      if (f.provenance().rowCode().isPresent() && f.provenance().rowLabel().isPresent()) {
        labels.putIfAbsent(f.provenance().rowCode().get().strip(), f.provenance().rowLabel().get().strip());
      }
    }
    for (Fact f : doc.facts()) {
      measureOf(f);
    }
    columns.add("fiscal_year");
    columns.add("concept");
    columns.add("concept_label");
    for (Measure m : measures.values()) {
      columns.add(m.name());
    }
    for (FactDimension d : List.of(FactDimension.FUNCTION, FactDimension.ECONOMIC, FactDimension.ECONOMIC_GOVERNMENT,
        FactDimension.REVENUE_CLASS)) {
      for (CodeLevel l : d.scheme().orElseThrow().levels()) {
        columns.add(prefix(d) + "_" + level(l) + "_code");
        columns.add(prefix(d) + "_" + level(l) + "_label");
      }
    }
    for (FactDimension d : List.of(FactDimension.FUND_SOURCE, FactDimension.SPENDING_TYPE,
        FactDimension.THREE_PUBLIC_ITEM, FactDimension.PROCUREMENT_TYPE, FactDimension.PERIOD)) {
      columns.add(prefix(d) + "_code");
      columns.add(prefix(d) + "_label");
    }
    columns.addAll(List.of("budget_unit", "project", "procurement_item", "unit", "value", "table_id", "row_label",
        "column_header", "page", "line"));
  }

  /**
   * The package of a document.
   *
   * @param doc the document, as read
   * @return the package; nothing is written until {@link #writeTo} or {@link #writeZip}
   */
  public static FiscalDataPackage of(BudgetDocument doc) {
    return new FiscalDataPackage(doc);
  }

  /**
   * Writes {@value #DESCRIPTOR} and {@value #CSV} into {@code dir} (created if needed).
   *
   * @param dir the target directory; existing files of those names are replaced
   * @throws IOException when the directory or a file cannot be written
   */
  public void writeTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(DESCRIPTOR), descriptorJson(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(CSV), csv(), StandardCharsets.UTF_8);
  }

  /**
   * Writes the package as a zip of {@value #DESCRIPTOR} and {@value #CSV}; the stream is left open.
   *
   * @param out where the zip goes
   * @throws IOException when the stream cannot be written
   */
  public void writeZip(OutputStream out) throws IOException {
    ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8);
    z.putNextEntry(new ZipEntry(DESCRIPTOR));
    z.write(descriptorJson().getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
    z.putNextEntry(new ZipEntry(CSV));
    z.write(csv().getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
    z.finish();
  }

  /** {@return the measures, in column order} */
  public List<Measure> measures() {
    return List.copyOf(measures.values());
  }

  /**
   * The measure a fact's value goes to.
   *
   * @param f a fact of the document
   * @return its measure column (by concept, phase and unit)
   */
  public Measure measureOf(Fact f) {
    String phase = phase(f);
    MoneyUnit unit = f.amount().unit();
    String name = f.concept().name().toLowerCase(Locale.ROOT) + "_" + phase
        + (unit == doc.unit() ? "" : "_" + unit.name().toLowerCase(Locale.ROOT));
    return measures.computeIfAbsent(name, n -> new Measure(n, f.concept(), phase, unit));
  }

  private String phase(Fact f) {
    Optional<String> p = f.coordinates().get(FactDimension.PERIOD);
    if (p.isPresent()) {
      if (p.get().equals(FiscalPeriod.PRIOR_ACTUAL.name())) {
        return "executed";
      }
      return "proposed";
    }
    return doc.kind() == DocumentKind.FINAL_ACCOUNT ? "executed" : "proposed";
  }

  /** {@return the {@value #CSV} text: a header and one row per fact of the document} */
  public String csv() {
    StringWriter w = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord(columns);
      for (Fact f : doc.facts()) {
        // labels safe from formula injection in spreadsheets (CsvFacts.protect); amounts unchanged
        p.printRecord(row(f).stream().map(CsvFacts::protect).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private List<String> row(Fact f) {
    Map<String, String> v = new HashMap<>();
    v.put("fiscal_year", Integer.toString(doc.year()));
    v.put("concept", f.concept().name());
    v.put("concept_label", f.concept().zh());
    v.put(measureOf(f).name(), f.amount().value().toPlainString());
    for (FactDimension d : List.of(FactDimension.FUNCTION, FactDimension.ECONOMIC, FactDimension.ECONOMIC_GOVERNMENT,
        FactDimension.REVENUE_CLASS)) {
      Scheme s = d.scheme().orElseThrow();
      f.coordinates().get(d).flatMap(m -> Code.tryParse(s, m)).ifPresent(code -> {
        for (CodeLevel l : s.levels()) {
          code.ancestor(l).ifPresent(a -> {
            v.put(prefix(d) + "_" + level(l) + "_code", a.digits());
            v.put(prefix(d) + "_" + level(l) + "_label", labels.getOrDefault(a.digits(), ""));
          });
        }
      });
    }
    for (FactDimension d : List.of(FactDimension.FUND_SOURCE, FactDimension.SPENDING_TYPE,
        FactDimension.THREE_PUBLIC_ITEM, FactDimension.PROCUREMENT_TYPE, FactDimension.PERIOD)) {
      f.coordinates().get(d).ifPresent(m -> {
        v.put(prefix(d) + "_code", m);
        v.put(prefix(d) + "_label", memberLabel(d, m));
      });
    }
    f.coordinates().get(FactDimension.BUDGET_UNIT).ifPresent(m -> v.put("budget_unit", m));
    f.coordinates().get(FactDimension.PROJECT).ifPresent(m -> v.put("project", m));
    f.coordinates().get(FactDimension.PROCUREMENT_ITEM).ifPresent(m -> v.put("procurement_item", m));
    v.put("unit", f.amount().unit().symbol());
    v.put("value", f.amount().format());
    f.provenance().tableId().ifPresent(x -> v.put("table_id", x));
    f.provenance().rowLabel().ifPresent(x -> v.put("row_label", x));
    f.provenance().columnHeader().ifPresent(x -> v.put("column_header", x));
    f.provenance().page().ifPresent(x -> v.put("page", Integer.toString(x)));
    f.provenance().line().ifPresent(x -> v.put("line", Integer.toString(x)));
    List<String> out = new ArrayList<>(columns.size());
    for (String c : columns) {
      out.add(v.getOrDefault(c, ""));
    }
    return out;
  }

  private static String memberLabel(FactDimension d, String m) {
    try {
      return switch (d) {
        case FUND_SOURCE -> FundSource.valueOf(m).zh();
        case SPENDING_TYPE -> SpendingType.valueOf(m).zh();
        case THREE_PUBLIC_ITEM -> ThreePublicItem.valueOf(m).zh();
        case PROCUREMENT_TYPE -> ProcurementType.valueOf(m).zh();
        case PERIOD -> FiscalPeriod.valueOf(m).zh();
        default -> m;
      };
    } catch (IllegalArgumentException e) {
      return m;
    }
  }

  /** {@return {@value #DESCRIPTOR} as indented JSON text, ending in a newline} */
  public String descriptorJson() {
    try {
      return MAPPER.writeValueAsString(descriptor()) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the {@value #DESCRIPTOR} descriptor (resources, schema and OpenSpending model) as a tree} */
  public ObjectNode descriptor() {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("profile", "fiscal-data-package");
    root.put("name", name());
    root.put("title", doc.department().name() + " " + doc.year() + "年" + doc.kind().zh());
    root.put("countryCode", "CN");
    doc.region().ifPresent(r -> root.put("region", r));
    ObjectNode period = root.putObject("fiscalPeriod");
    period.put("start", doc.year() + "-01-01");
    period.put("end", doc.year() + "-12-31");
    root.put("granularity", "aggregated");
    root.putArray("sources").addObject().put("title", doc.source());
    ObjectNode resource = root.putArray("resources").addObject();
    resource.put("name", "budget");
    resource.put("path", CSV);
    resource.put("profile", "tabular-data-resource");
    resource.put("format", "csv");
    resource.put("mediatype", "text/csv");
    resource.put("encoding", "utf-8");
    ArrayNode fields = resource.putObject("schema").putArray("fields");
    for (String c : columns) {
      ObjectNode f = fields.addObject();
      f.put("name", c);
      boolean measure = measures.containsKey(c);
      f.put("type", c.equals("fiscal_year") || c.equals("page") || c.equals("line") ? "integer"
          : measure ? "number" : "string");
    }
    ObjectNode model = root.putObject("model");
    ObjectNode ms = model.putObject("measures");
    for (Measure m : measures.values()) {
      ObjectNode o = ms.putObject(m.name());
      o.put("source", m.name());
      o.put("title", m.concept().zh() + "（" + m.unit().symbol() + "）");
      o.put("currency", "CNY");
      o.put("factor", m.unit().factor().longValueExact());
      o.put("direction", m.direction());
      o.put("phase", m.phase());
    }
    ObjectNode dims = model.putObject("dimensions");
    ObjectNode date = dimension(dims, "date", "datetime", null);
    date.putObject("attributes").putObject("fiscal_year").put("source", "fiscal_year");
    date.putArray("primaryKey").add("fiscal_year");
    classification(dims, "functional_classification", FactDimension.FUNCTION, "functional");
    classification(dims, "economic_classification", FactDimension.ECONOMIC, "economic");
    classification(dims, "government_economic_classification", FactDimension.ECONOMIC_GOVERNMENT, "economic");
    classification(dims, "revenue_classification", FactDimension.REVENUE_CLASS, "revenue");
    coded(dims, "fund_source", FactDimension.FUND_SOURCE, "classification");
    coded(dims, "spending_type", FactDimension.SPENDING_TYPE, "classification");
    coded(dims, "three_public_item", FactDimension.THREE_PUBLIC_ITEM, "classification");
    coded(dims, "procurement_type", FactDimension.PROCUREMENT_TYPE, "classification");
    coded(dims, "period", FactDimension.PERIOD, "other");
    simple(dims, "budget_unit", "entity");
    simple(dims, "project", "activity");
    simple(dims, "procurement_item", "other");
    ObjectNode concept = dimension(dims, "concept", "other", null);
    ObjectNode ca = concept.putObject("attributes");
    ca.putObject("concept").put("source", "concept");
    ca.putObject("concept_label").put("source", "concept_label").put("labelfor", "concept");
    concept.putArray("primaryKey").add("concept");
    return root;
  }

  private static ObjectNode dimension(ObjectNode dims, String name, String type, String classification) {
    ObjectNode d = dims.putObject(name);
    d.put("dimensionType", type);
    if (classification != null) {
      d.put("classificationType", classification);
    }
    return d;
  }

  private void classification(ObjectNode dims, String name, FactDimension dim, String type) {
    ObjectNode d = dimension(dims, name, "classification", type);
    d.put("title", dim.zh());
    ObjectNode attrs = d.putObject("attributes");
    ArrayNode key = d.putArray("primaryKey");
    String parent = null;
    for (CodeLevel l : dim.scheme().orElseThrow().levels()) {
      String code = prefix(dim) + "_" + level(l) + "_code";
      String label = prefix(dim) + "_" + level(l) + "_label";
      ObjectNode c = attrs.putObject(code).put("source", code).put("title", l.zh() + "编码");
      if (parent != null) {
        c.put("parent", parent);
      }
      attrs.putObject(label).put("source", label).put("labelfor", code).put("title", l.zh() + "名称");
      key.add(code);
      parent = code;
    }
  }

  private void coded(ObjectNode dims, String name, FactDimension dim, String type) {
    ObjectNode d = dimension(dims, name, type, null);
    d.put("title", dim.zh());
    ObjectNode attrs = d.putObject("attributes");
    attrs.putObject(prefix(dim) + "_code").put("source", prefix(dim) + "_code");
    attrs.putObject(prefix(dim) + "_label").put("source", prefix(dim) + "_label")
        .put("labelfor", prefix(dim) + "_code");
    d.putArray("primaryKey").add(prefix(dim) + "_code");
  }

  private static void simple(ObjectNode dims, String column, String type) {
    ObjectNode d = dimension(dims, column, type, null);
    d.putObject("attributes").putObject(column).put("source", column);
    d.putArray("primaryKey").add(column);
  }

  private String name() {
    String base = "yusuan-" + doc.department().code().map(c -> c + "-").orElse("") + doc.year() + "-"
        + doc.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    return base.replaceAll("[^a-z0-9._-]", "-");
  }

  private static String prefix(FactDimension d) {
    return switch (d) {
      case FUNCTION -> "function";
      case ECONOMIC -> "economic";
      case ECONOMIC_GOVERNMENT -> "economic_government";
      case REVENUE_CLASS -> "revenue_class";
      default -> d.name().toLowerCase(Locale.ROOT);
    };
  }

  private static String level(CodeLevel l) {
    return switch (l) {
      case CLASS -> "class";
      case GROUP -> "group";
      case ITEM -> "item";
      case ENTRY -> "entry";
    };
  }
}
