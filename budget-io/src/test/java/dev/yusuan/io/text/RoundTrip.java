package dev.yusuan.io.text;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.Fact;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.DisclosureTable;
import java.util.List;

/** Comparable views of a document without line numbers (which a rewrite may change). */
final class RoundTrip {
  private RoundTrip() {}

  static String where(Provenance p) {
    return p.tableId().orElse("") + "|" + p.tableTitle().orElse("") + "|" + p.rowLabel().orElse("")
        + "|" + p.rowCode().orElse("") + "|" + p.columnHeader().orElse("") + "|"
        + p.columnNumber().orElse("") + "|" + p.section().orElse("") + "|" + p.text().orElse("");
  }

  static List<String> facts(BudgetDocument d) {
    return d.facts().stream().map((Fact f) -> f.concept() + "{" + f.coordinates() + "}="
        + f.amount().format() + f.amount().unit() + " " + where(f.provenance())).toList();
  }

  static List<String> claims(BudgetDocument d) {
    return d.claims().stream().map((Claim c) -> c.kind() + " " + c.concept() + "{"
        + c.coordinates() + "} " + c.subject() + " " + c.amount().map(a -> a.format()) + " "
        + c.percent() + " " + c.whole() + " " + c.basePeriod() + " " + c.delta().map(a -> a.format())
        + " " + c.direction() + " " + c.count() + " " + c.countUnit() + " "
        + where(c.provenance())).toList();
  }

  static List<String> tables(BudgetDocument d) {
    return d.tables().stream().map((DisclosureTable t) -> t.id() + " " + t.title() + " " + t.kind() + " "
        + t.unit() + " " + t.headerRows() + " " + t.columns() + " "
        + t.rows().stream().map(r -> r.cells() + "" + r.label() + r.code()).toList() + " "
        + t.notes()).toList();
  }

  static List<String> targets(BudgetDocument d) {
    return d.targets().stream().map((PerformanceTarget t) -> t.unit() + "|" + t.project() + "|"
        + t.level1() + "|" + t.level2() + "|" + t.indicator() + "|" + t.comparator() + "|"
        + t.comparatorText() + "|" + t.value() + "|" + t.numericValue() + "|" + t.measureUnit())
        .toList();
  }

  static List<String> sections(BudgetDocument d) {
    return d.sections().stream().map(s -> s.level() + " " + s.heading() + "\n" + s.text()).toList();
  }
}
