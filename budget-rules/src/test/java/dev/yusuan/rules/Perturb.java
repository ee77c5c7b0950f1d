package dev.yusuan.rules;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.DisclosureTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Test helper: one published value (or title, code, unit) of a document changed, and where — so a test
 * can require the finding to be located at the changed cell.
 */
final class Perturb {
  private Perturb() {}

  /** The changed document and a test for the location of the changed cell. */
  record Perturbed(BudgetDocument doc, Predicate<Provenance> at, String what) {}

  /** A change to apply to a consistent document. */
  interface Change extends Function<BudgetDocument, Perturbed> {}

  /** The fact of {@code table} (null: the narrative) with this concept and exactly these coordinates. */
  static Predicate<Fact> fact(String table, Concept c, Coordinates at) {
    return f -> Objects.equals(f.provenance().tableId().orElse(null), table) && f.concept() == c
        && f.coordinates().equals(at);
  }

  /** Adds {@code deltaWan} 万元 to the first fact matching {@code which} (and to its claim, if any). */
  static Change shift(Predicate<Fact> which, String deltaWan) {
    return d -> {
      Fact target = d.facts().stream().filter(which).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no fact matched"));
      Amount a = target.amount();
      BigDecimal delta = MoneyUnit.WAN_YUAN.convert(new BigDecimal(deltaWan), a.unit());
      Amount changed = Amount.of(a.value().add(delta).setScale(a.scale()), a.unit());
      return new Perturbed(replace(d, target, changed), p -> p.equals(target.provenance()),
          target.concept() + target.coordinates().toString() + " " + a.value() + " → " + changed.value());
    };
  }

  static Change shift(String table, Concept c, Coordinates at, String deltaWan) {
    return shift(fact(table, c, at), deltaWan);
  }

  /** {@code a} changed by {@code deltaWan} 万元, converted to its unit, at its printed scale. */
  static Amount shiftedBy(Amount a, java.math.BigDecimal deltaWan) {
    return Amount.of(a.value().add(dev.yusuan.model.MoneyUnit.WAN_YUAN.convert(deltaWan, a.unit()))
        .setScale(a.scale()), a.unit());
  }

  static BudgetDocument replace(BudgetDocument d, Fact target, Amount changed) {
    List<Fact> facts = new ArrayList<>();
    for (Fact f : d.facts()) {
      facts.add(f == target ? Fact.builder().from(f).amount(changed).build() : f);
    }
    List<Claim> claims = new ArrayList<>(d.claims());
    claims.replaceAll(c -> c.provenance().equals(target.provenance()) && c.amount().isPresent()
        ? Claim.builder().from(c).amount(changed).build() : c);
    return BudgetDocument.builder().from(d).facts(facts).claims(claims).build();
  }

  /** Changes the first claim with this subject. */
  static Change claim(String subject, UnaryOperator<Claim.Builder> change, String what) {
    return d -> {
      Claim target = d.claims().stream().filter(c -> c.subject().equals(subject)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no claim " + subject));
      List<Claim> claims = new ArrayList<>(d.claims());
      claims.replaceAll(c -> c == target ? change.apply(Claim.builder().from(c)).build() : c);
      return new Perturbed(BudgetDocument.builder().from(d).claims(claims).build(),
          p -> p.equals(target.provenance()), subject + ": " + what);
    };
  }

  /** Adds {@code points} to the stated percent of the claim with this subject. */
  static Change percent(String subject, String points) {
    return d -> {
      Claim c = d.claims().stream().filter(x -> x.subject().equals(subject)).findFirst().orElseThrow();
      BigDecimal p = c.percent().orElseThrow().value().add(new BigDecimal(points));
      return claim(subject, b -> b.percent(Percentage.of(p)), "percent → " + p).apply(d);
    };
  }

  /** Adds {@code wan} 万元 to the stated change of the claim with this subject. */
  static Change delta(String subject, String wan) {
    return d -> {
      Claim c = d.claims().stream().filter(x -> x.subject().equals(subject)).findFirst().orElseThrow();
      Amount a = c.delta().orElseThrow();
      Amount changed = Amount.of(a.value().add(MoneyUnit.WAN_YUAN.convert(new BigDecimal(wan), a.unit()))
          .setScale(a.scale()), a.unit());
      return claim(subject, b -> b.delta(changed), "delta → " + changed.value()).apply(d);
    };
  }

  /**
   * A "三公" count that does not fit the cost: 0 batches of a 公务接待费 (or groups of a 因公出国(境)费)
   * above zero, else 3 batches of a reception that cost nothing.
   */
  static Change threePublicCount() {
    return d -> {
      dev.yusuan.model.ThreePublicItem item = dev.yusuan.model.ThreePublicItem.RECEPTION;
      boolean costs = false;
      for (Fact f : d.facts()) {
        String i = f.coordinates().getOrNull(FactDimension.THREE_PUBLIC_ITEM);
        if (f.concept() == Concept.THREE_PUBLIC && f.coordinates().getOrNull(FactDimension.PERIOD) == null
            && f.provenance().tableId().isPresent() && f.amount().value().signum() > 0
            && ("RECEPTION".equals(i) || "OUTBOUND_TRAVEL".equals(i))) {
          item = dev.yusuan.model.ThreePublicItem.valueOf(i);
          costs = true;
          break;
        }
      }
      String unit = item == dev.yusuan.model.ThreePublicItem.RECEPTION ? "批次" : "团组";
      BigDecimal n = BigDecimal.valueOf(costs ? 0 : 3);
      Provenance at = Provenance.builder().source(d.source()).section("“三公”经费").text(unit + n).build();
      Claim c = Claim.builder().kind(dev.yusuan.model.ClaimKind.COUNT).concept(Concept.THREE_PUBLIC)
          .coordinates(Coordinates.of(FactDimension.THREE_PUBLIC_ITEM, item)).subject(item.zh() + unit)
          .count(n).countUnit(unit).provenance(at).build();
      return new Perturbed(BudgetDocument.builder().from(d).addClaims(c).build(), at::equals,
          item + " " + unit + " " + n);
    };
  }

  /** The contents list every table and one more that the document does not have. */
  static Change contentsWithAbsentTable() {
    return d -> {
      BudgetDocument.Builder b = BudgetDocument.builder().from(d).contents(List.of());
      for (DisclosureTable t : d.tables()) {
        b.addContents(dev.yusuan.model.ContentsEntry.of(1, t.title()));
      }
      b.addContents(dev.yusuan.model.ContentsEntry.of(1, "部门专项债务收支预算表"));
      return new Perturbed(b.build(), p -> p.section().orElse("").equals("目录"), "contents list an absent table");
    };
  }

  /** Changes a table; the location is the table itself or any cell of it. */
  static Change table(String id, UnaryOperator<DisclosureTable> change, String what) {
    return d -> {
      List<DisclosureTable> ts = new ArrayList<>();
      for (DisclosureTable t : d.tables()) {
        ts.add(t.id().equals(id) ? change.apply(t) : t);
      }
      return new Perturbed(BudgetDocument.builder().from(d).tables(ts).build(),
          p -> p.tableId().orElse("").equals(id), id + ": " + what);
    };
  }

  /** Adds {@code deltaWan} to the text of a table cell that carries no fact (row index from 0, column header). */
  static Change cellText(String id, int row, String header, String deltaWan) {
    return d -> {
      DisclosureTable t = d.tables().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      int col = t.columns().stream().filter(c -> c.header().equals(header)).findFirst().orElseThrow().index();
      DisclosureTable.Row r = t.rows().get(row);
      BigDecimal v = new BigDecimal(r.cell(col));
      String changed = v.add(MoneyUnit.WAN_YUAN.convert(new BigDecimal(deltaWan), t.unit())).setScale(v.scale())
          .toPlainString();
      List<String> cells = new ArrayList<>(r.cells());
      cells.set(col, changed);
      List<DisclosureTable.Row> rows = new ArrayList<>(t.rows());
      rows.set(row, DisclosureTable.Row.builder().from(r).cells(cells).build());
      Perturbed p = table(id, x -> DisclosureTable.builder().from(x).rows(rows).build(), header + " " + v + " → " + changed)
          .apply(d);
      return new Perturbed(p.doc(), at -> at.tableId().orElse("").equals(id)
          && at.columnHeader().orElse("").equals(header) && at.line().equals(r.line()), p.what());
    };
  }

  /** Replaces the code of the first fact matching {@code which} (row code and coordinate). */
  static Change code(Predicate<Fact> which, FactDimension dim, String newCode) {
    return d -> {
      Fact target = d.facts().stream().filter(which).findFirst().orElseThrow();
      Provenance p = Provenance.builder().from(target.provenance()).rowCode(newCode).build();
      Fact changed = Fact.builder().from(target).coordinates(target.coordinates().with(dim, newCode))
          .provenance(p).build();
      List<Fact> facts = new ArrayList<>(d.facts());
      facts.replaceAll(f -> f == target ? changed : f);
      return new Perturbed(BudgetDocument.builder().from(d).facts(facts).build(), x -> x.equals(p),
          "code " + target.coordinates().getOrNull(dim) + " → " + newCode);
    };
  }
}
