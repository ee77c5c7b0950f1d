package dev.yusuan.io.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.BudgetUnit;
import dev.yusuan.model.Claim;
import dev.yusuan.model.ContentsEntry;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.Project;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Section;
import dev.yusuan.model.DisclosureTable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Streams a {@link BudgetDocument} as canonical JSON with a fixed field order. Absent optional
 * values are omitted; exact decimals are written as strings with their scale.
 */
public final class JsonEncoder {
  /** Version written as {@code formatVersion}. */
  public static final String FORMAT_VERSION = "1.0";

  private final JsonGenerator g;

  public JsonEncoder(JsonGenerator g) {
    this.g = g;
  }

  /** Writes the whole document; {@code includeFacts} false leaves {@code facts} out. */
  public void document(BudgetDocument d, boolean includeFacts) throws IOException {
    g.writeStartObject();
    g.writeStringField("formatVersion", FORMAT_VERSION);
    g.writeStringField("source", d.source());
    opt("region", d.region());
    g.writeObjectFieldStart("department");
    g.writeStringField("name", d.department().name());
    opt("shortName", d.department().shortName());
    opt("code", d.department().code());
    g.writeEndObject();
    g.writeNumberField("year", d.year());
    g.writeStringField("kind", d.kind().name());
    g.writeStringField("unit", d.unit().name());
    opt("template", d.template());
    g.writeArrayFieldStart("budgetUnits");
    for (BudgetUnit u : d.budgetUnits()) {
      g.writeStartObject();
      g.writeStringField("name", u.name());
      opt("code", u.code());
      g.writeBooleanField("ownLevel", u.ownLevel());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("contents");
    for (ContentsEntry c : d.contents()) {
      g.writeStartObject();
      g.writeNumberField("level", c.level());
      g.writeStringField("title", c.title());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tables");
    for (DisclosureTable t : d.tables()) {
      table(t);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sections");
    for (Section s : d.sections()) {
      g.writeStartObject();
      g.writeNumberField("level", s.level());
      g.writeStringField("heading", s.heading());
      g.writeStringField("text", s.text());
      g.writeFieldName("provenance");
      provenance(s.provenance());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("claims");
    for (Claim c : d.claims()) {
      claim(c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("targets");
    for (PerformanceTarget t : d.targets()) {
      target(t);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("projects");
    for (Project p : d.projects()) {
      g.writeStartObject();
      g.writeStringField("unit", p.unit());
      g.writeStringField("name", p.name());
      g.writeNumberField("level", p.level());
      opt("parent", p.parent());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (includeFacts) {
      g.writeArrayFieldStart("facts");
      for (Fact f : d.facts()) {
        fact(f);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("diagnostics");
    for (Diagnostic x : d.diagnostics()) {
      g.writeStartObject();
      g.writeStringField("severity", x.severity().name());
      g.writeStringField("code", x.code());
      g.writeStringField("messageZh", x.messageZh());
      g.writeStringField("messageEn", x.messageEn());
      g.writeFieldName("location");
      provenance(x.location());
      if (x.unreadAmounts() > 0) {
        g.writeNumberField("unreadAmounts", x.unreadAmounts());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private void table(DisclosureTable t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id());
    g.writeStringField("title", t.title());
    g.writeStringField("kind", t.kind());
    g.writeStringField("unit", t.unit().name());
    g.writeArrayFieldStart("headerRows");
    for (List<String> r : t.headerRows()) {
      strings(r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("columns");
    for (DisclosureTable.Column c : t.columns()) {
      g.writeStartObject();
      g.writeNumberField("index", c.index());
      g.writeFieldName("headerPath");
      strings(c.headerPath());
      opt("number", c.number());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rows");
    for (DisclosureTable.Row r : t.rows()) {
      g.writeStartObject();
      g.writeFieldName("cells");
      strings(r.cells());
      opt("label", r.label());
      opt("code", r.code());
      opt("number", r.number());
      opt("line", r.line());
      opt("page", r.page());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeFieldName("notes");
    strings(t.notes());
    g.writeFieldName("provenance");
    provenance(t.provenance());
    if (t.coverage().isPresent()) {
      g.writeObjectFieldStart("coverage");
      g.writeNumberField("amountsPrinted", t.coverage().get().amountsPrinted());
      g.writeNumberField("amountsRead", t.coverage().get().amountsRead());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void claim(Claim c) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", c.kind().name());
    g.writeStringField("concept", c.concept().name());
    g.writeFieldName("coordinates");
    coordinates(c.coordinates());
    g.writeStringField("subject", c.subject());
    if (c.amount().isPresent()) {
      g.writeFieldName("amount");
      amountObject(c.amount().get());
    }
    if (c.whole().isPresent()) {
      g.writeFieldName("whole");
      coordinates(c.whole().get());
    }
    if (c.percent().isPresent()) {
      g.writeStringField("percent", c.percent().get().value().toPlainString());
    }
    if (c.basePeriod().isPresent()) {
      g.writeStringField("basePeriod", c.basePeriod().get().name());
    }
    if (c.baseYear().isPresent()) {
      g.writeNumberField("baseYear", c.baseYear().getAsInt());
    }
    if (c.delta().isPresent()) {
      g.writeFieldName("delta");
      amountObject(c.delta().get());
    }
    if (c.direction().isPresent()) {
      g.writeStringField("direction", c.direction().get().name());
    }
    if (c.count().isPresent()) {
      g.writeStringField("count", c.count().get().toPlainString());
    }
    opt("countUnit", c.countUnit());
    g.writeFieldName("provenance");
    provenance(c.provenance());
    g.writeEndObject();
  }

  private void target(PerformanceTarget t) throws IOException {
    g.writeStartObject();
    g.writeStringField("unit", t.unit());
    g.writeStringField("project", t.project());
    g.writeStringField("level1", t.level1());
    g.writeStringField("level2", t.level2());
    g.writeStringField("indicator", t.indicator());
    if (t.comparator().isPresent()) {
      g.writeStringField("comparator", t.comparator().get().name());
    }
    g.writeStringField("comparatorText", t.comparatorText());
    g.writeStringField("value", t.value());
    if (t.numericValue().isPresent()) {
      g.writeStringField("numericValue", t.numericValue().get().toPlainString());
    }
    g.writeStringField("measureUnit", t.measureUnit());
    if (!t.actualValue().isEmpty()) {
      g.writeStringField("actualValue", t.actualValue());
    }
    if (t.weight().isPresent()) {
      g.writeStringField("weight", t.weight().get().toPlainString());
    }
    if (t.score().isPresent()) {
      g.writeStringField("score", t.score().get().toPlainString());
    }
    g.writeFieldName("provenance");
    provenance(t.provenance());
    g.writeEndObject();
  }

  /** A fact object. */
  public void fact(Fact f) throws IOException {
    g.writeStartObject();
    g.writeStringField("concept", f.concept().name());
    g.writeFieldName("coordinates");
    coordinates(f.coordinates());
    amountFields(f.amount());
    g.writeFieldName("provenance");
    provenance(f.provenance());
    g.writeEndObject();
  }

  private void amountObject(Amount a) throws IOException {
    g.writeStartObject();
    amountFields(a);
    g.writeEndObject();
  }

  private void amountFields(Amount a) throws IOException {
    g.writeStringField("value", a.value().toPlainString());
    g.writeStringField("unit", a.unit().name());
    if (a.grouped()) {
      g.writeBooleanField("grouped", true);
    }
    if (a.parenthesized()) {
      g.writeBooleanField("parenthesized", true);
    }
  }

  private void coordinates(Coordinates c) throws IOException {
    g.writeStartObject();
    for (Map.Entry<FactDimension, String> e : c.asMap().entrySet()) {
      g.writeStringField(e.getKey().name(), e.getValue());
    }
    g.writeEndObject();
  }

  /** A provenance object. */
  public void provenance(Provenance p) throws IOException {
    g.writeStartObject();
    g.writeStringField("source", p.source());
    opt("tableId", p.tableId());
    opt("tableTitle", p.tableTitle());
    opt("rowLabel", p.rowLabel());
    opt("rowCode", p.rowCode());
    opt("rowNumber", p.rowNumber());
    opt("columnHeader", p.columnHeader());
    opt("columnNumber", p.columnNumber());
    opt("page", p.page());
    opt("line", p.line());
    opt("section", p.section());
    opt("text", p.text());
    opt("spanStart", p.spanStart());
    opt("spanEnd", p.spanEnd());
    if (p.doubtful()) {
      g.writeBooleanField("doubtful", true);
    }
    g.writeEndObject();
  }

  private void strings(List<String> l) throws IOException {
    g.writeStartArray();
    for (String s : l) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private void opt(String name, Optional<String> v) throws IOException {
    if (v.isPresent()) {
      g.writeStringField(name, v.get());
    }
  }

  private void opt(String name, OptionalInt v) throws IOException {
    if (v.isPresent()) {
      g.writeNumberField(name, v.getAsInt());
    }
  }
}
