package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Department;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code structure.units} and {@code structure.empty-note} against naive models that visit every fact
 * of every table: tables of any unit (and continuation tables of one title), facts read in any unit,
 * zero or not, in any table (or in none, or in a table the document does not have), notes that say a
 * table is empty, that the department has no such funds, or nothing of the kind. The rules look at a
 * table's facts only when the fact set's units of the table, or a note, call for it: the findings must
 * be those of the full visit, in order.
 */
class StructureUnitsAndNotesProperties {
  /** A note and what it says: 2 the table is empty (ERROR), 1 no such funds (WARNING), 0 neither. */
  private static final List<String> NOTES = List.of("说明：数据为初步数", "注：本部门无政府性基金预算拨款安排的支出",
      "本表无数据");

  record TableSpec(int title, MoneyUnit unit, int note) {}

  record FactSpec(int table, MoneyUnit unit, int cents) {}

  record Spec(MoneyUnit docUnit, List<TableSpec> tables, List<FactSpec> facts) {}

  @Provide
  Arbitrary<Spec> documents() {
    Arbitrary<MoneyUnit> unit = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.just(MoneyUnit.WAN_YUAN)),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(MoneyUnit.YUAN)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(MoneyUnit.YI_YUAN)));
    Arbitrary<TableSpec> table = Combinators.combine(Arbitraries.integers().between(0, 1), unit,
        Arbitraries.frequency(net.jqwik.api.Tuple.of(6, 0), net.jqwik.api.Tuple.of(2, 1), net.jqwik.api.Tuple.of(2, 2)),
        Arbitraries.integers().between(0, 2)).as((title, u, note, noteText) -> new TableSpec(title, u,
            note == 0 ? -1 : note == 1 ? (noteText == 0 ? 0 : 1) : 2));
    Arbitrary<FactSpec> fact = Combinators.combine(Arbitraries.integers().between(-2, 7), unit,
        Arbitraries.frequency(net.jqwik.api.Tuple.of(1, 0), net.jqwik.api.Tuple.of(3, 1)),
        Arbitraries.integers().between(1, 99_999)).as((t, u, nonZero, cents) -> new FactSpec(t, u, nonZero * cents));
    return Combinators.combine(unit, table.list().ofMinSize(1).ofMaxSize(8), fact.list().ofMaxSize(50))
        .as(Spec::new);
  }

  private static String id(int table) {
    return "T" + table;
  }

  /** The document: table ids T0…; a fact's table -1 is none, -2 or beyond the tables an unknown id. */
  static BudgetDocument document(Spec s) {
    List<DisclosureTable> tables = new ArrayList<>();
    for (int i = 0; i < s.tables().size(); i++) {
      TableSpec t = s.tables().get(i);
      DisclosureTable.Builder b = DisclosureTable.builder().id(id(i)).title(t.title() == 0 ? "一般公共预算支出表" : "政府性基金预算支出表")
          .kind("zj.x").unit(t.unit()).provenance(Provenance.builder().source("gen").tableId(id(i)).line(i).build());
      if (t.note() >= 0) {
        b.addNotes(NOTES.get(t.note()));
      }
      tables.add(b.build());
    }
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < s.facts().size(); i++) {
      FactSpec f = s.facts().get(i);
      Provenance.Builder p = Provenance.builder().source("gen").line(100 + i);
      if (f.table() >= 0) {
        p.tableId(id(f.table()));
      } else if (f.table() == -2) {
        p.tableId("X");
      }
      // every key published once: a table group is a run of tables of one title
      facts.add(Fact.of(Concept.EXPENDITURE, Coordinates.of(FactDimension.PROJECT, "P" + i),
          Amount.of(BigDecimal.valueOf(f.cents(), 2), f.unit()), p.build()));
    }
    return BudgetDocument.builder().source("gen").department(Department.builder().name("测试部门").build())
        .year(2024).kind(DocumentKind.DEPARTMENT_BUDGET).unit(s.docUnit()).template("zhejiang")
        .addAllTables(tables).addAllFacts(facts).build();
  }

  private static List<Fact> factsOf(BudgetDocument d, String tableId) {
    return d.facts().stream().filter(f -> f.provenance().tableId().equals(Optional.of(tableId))).toList();
  }

  /** A finding as compared: severity, the tables' titles and figures it names, its locations. */
  private static String shown(Finding f) {
    return f.severity() + " " + f.messageZh() + " @ " + f.locations();
  }

  private static List<String> findings(BudgetDocument d, Rule.Builder rule) {
    return Validator.of(RulePack.of("p", "1", rule.build())).validate(d).findings().stream()
        .map(StructureUnitsAndNotesProperties::shown).toList();
  }

  @Property(tries = 400)
  void unitsAreTheFullVisitsFindings(@ForAll("documents") Spec s) {
    BudgetDocument d = document(s);
    List<Finding> expected = new ArrayList<>();
    for (DisclosureTable t : d.tables()) {
      List<Fact> fs = factsOf(d, t.id());
      List<Fact> wrong = fs.stream().filter(f -> f.amount().unit() != t.unit()).toList();
      if (!wrong.isEmpty()) {
        expected.add(Finding.builder().ruleId("structure.units").severity(Severity.WARNING)
            .messageZh("表格“" + t.title() + "”单位为" + t.unit().symbol() + "，但有 " + wrong.size() + " 个数据以其他单位读取")
            .messageEn("-").addLocations(wrong.get(0).provenance()).build());
      }
      if (t.unit() != d.unit() && !fs.isEmpty()) {
        expected.add(Finding.builder().ruleId("structure.units").severity(Severity.INFO)
            .messageZh("表格“" + t.title() + "”的金额单位为" + t.unit().symbol() + "，与文档主要单位" + d.unit().symbol()
                + "不同（比较时已精确换算）")
            .messageEn("-").addLocations(t.provenance()).build());
      }
    }
    expected.sort(Comparator.comparing(Finding::severity));
    assertThat(findings(d, StandardRules.structureUnits()))
        .containsExactlyElementsOf(expected.stream().map(StructureUnitsAndNotesProperties::shown).toList());
  }

  @Property(tries = 400)
  void emptyNotesAreTheFullVisitsFindings(@ForAll("documents") Spec s) {
    BudgetDocument d = document(s);
    // the groups: runs of consecutive tables of one title (no key is published twice)
    List<List<DisclosureTable>> groups = new ArrayList<>();
    for (DisclosureTable t : d.tables()) {
      if (groups.isEmpty() || !groups.get(groups.size() - 1).get(0).title().equals(t.title())) {
        groups.add(new ArrayList<>());
      }
      groups.get(groups.size() - 1).add(t);
    }
    List<Finding> expected = new ArrayList<>();
    for (List<DisclosureTable> g : groups) {
      String strict = null;
      String loose = null;
      Fact figure = null;
      for (DisclosureTable t : g) {
        for (String n : t.notes()) {
          int says = NOTES.indexOf(n);
          if (says == 2 && strict == null) {
            strict = n;
          } else if (says == 1 && loose == null) {
            loose = n;
          }
        }
        for (Fact f : factsOf(d, t.id())) {
          if (figure == null && f.amount().value().signum() != 0) {
            figure = f;
          }
        }
      }
      if (figure != null && (strict != null || loose != null)) {
        String note = strict != null ? strict : loose;
        expected.add(Finding.builder().ruleId("structure.empty-note")
            .severity(strict != null ? Severity.ERROR : Severity.WARNING)
            .messageZh("表格“" + g.get(0).title() + "”注明“" + note + "”，但表中有非零数据（如 " + figure.amount() + "）")
            .messageEn("-").addLocations(figure.provenance(), g.get(0).provenance()).build());
      }
    }
    expected.sort(Comparator.comparing(Finding::severity));
    assertThat(findings(d, StandardRules.structureEmptyNote()))
        .containsExactlyElementsOf(expected.stream().map(StructureUnitsAndNotesProperties::shown).toList());
  }
}
