package dev.yusuan.rules;

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
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Direction;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.Project;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.DisclosureTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Test helper that builds documents by hand following docs/fact-conventions.md: tables with rows and
 * cells, and the facts a layout would derive from them, narrative claims (and their facts), projects
 * and performance targets.
 */
final class DocBuilder {
  final String source;
  final int year;
  MoneyUnit unit = MoneyUnit.WAN_YUAN;
  String template = "zhejiang";
  DocumentKind kind = DocumentKind.DEPARTMENT_BUDGET;
  final List<DisclosureTable> tables = new ArrayList<>();
  final List<Fact> facts = new ArrayList<>();
  final List<Claim> claims = new ArrayList<>();
  final List<Project> projects = new ArrayList<>();
  final List<PerformanceTarget> targets = new ArrayList<>();
  final List<ContentsEntry> contents = new ArrayList<>();
  final List<BudgetUnit> units = new ArrayList<>();
  int line = 1;
  String department = "测试部门";

  DocBuilder(String source, int year) {
    this.source = source;
    this.year = year;
  }

  /** A column: header path joined by '/', and what it adds to the row's coordinates. */
  record Col(String header, UnaryOperator<Coordinates> coords, Concept concept) {
    Col(String header, UnaryOperator<Coordinates> coords) {
      this(header, coords, null);
    }
  }

  static Col col(String header, UnaryOperator<Coordinates> coords) {
    return new Col(header, coords);
  }

  /** A column whose facts have their own concept (e.g. 结转下年资金 → CARRY_FORWARD in an expenditure table). */
  static Col col(String header, Concept concept, UnaryOperator<Coordinates> coords) {
    return new Col(header, coords, concept);
  }

  TableBuilder table(String id, String kind, String title) {
    return new TableBuilder(id, kind, title, unit);
  }

  final class TableBuilder {
    final String id;
    final String kind;
    final String title;
    MoneyUnit tunit;
    final List<Col> cols = new ArrayList<>();
    final List<DisclosureTable.Row> rows = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final int startLine;
    Concept concept = Concept.EXPENDITURE;
    Coordinates base = Coordinates.EMPTY;
    FactDimension codeDim;
    int prefixCells = 2;

    TableBuilder(String id, String kind, String title, MoneyUnit u) {
      this.id = id;
      this.kind = kind;
      this.title = title;
      this.tunit = u;
      this.startLine = line++;
    }

    TableBuilder unit(MoneyUnit u) {
      this.tunit = u;
      return this;
    }

    TableBuilder concept(Concept c, Coordinates base) {
      this.concept = c;
      this.base = base;
      return this;
    }

    TableBuilder codes(FactDimension d) {
      this.codeDim = d;
      return this;
    }

    TableBuilder columns(Col... cs) {
      cols.addAll(List.of(cs));
      return this;
    }

    /** A row "code label v1 v2 …" (tab-separated); blank code = the total row; blank value = no fact. */
    TableBuilder rows(String tsv) {
      for (String l : tsv.split("\n")) {
        if (l.isBlank() && !l.contains("\t")) {
          continue;
        }
        String[] c = l.split("\t", -1);
        String code = c[0].trim();
        Coordinates rc = code.isEmpty() ? base : base.with(codeDim, code);
        row(code.isEmpty() ? null : code, c[1].trim(), rc, java.util.Arrays.copyOfRange(c, 2, c.length));
      }
      return this;
    }

    /** A row with given coordinates; {@code values[i]} belongs to column i. */
    TableBuilder row(String code, String label, Coordinates rc, String... values) {
      int ln = line++;
      List<String> cells = new ArrayList<>();
      cells.add(code == null ? "" : code);
      cells.add(label);
      for (int i = 0; i < values.length; i++) {
        String v = values[i].trim();
        cells.add(v);
        if (v.isEmpty() || i >= cols.size()) {
          continue;
        }
        Col col = cols.get(i);
        if (col.coords() == null) {
          continue;
        }
        Provenance p = Provenance.builder().source(source).tableId(id).tableTitle(title)
            .rowLabel(label).rowCode(Optional.ofNullable(code)).columnHeader(col.header())
            .columnNumber(String.valueOf(i + 1)).line(ln).text(v).build();
        facts.add(Fact.of(col.concept() != null ? col.concept() : concept, col.coords().apply(rc), Amount.of(v, tunit), p));
      }
      rows.add(DisclosureTable.Row.builder().cells(cells).label(label).code(Optional.ofNullable(code)).line(ln).build());
      return this;
    }

    /** A single fact at a labelled row of a two-sided table (收支总表). */
    TableBuilder cell(String label, String header, Concept c, Coordinates coords, String value) {
      int ln = line++;
      if (!value.isBlank()) {
        Provenance p = Provenance.builder().source(source).tableId(id).tableTitle(title).rowLabel(label)
            .columnHeader(header).line(ln).text(value).build();
        facts.add(Fact.of(c, coords, Amount.of(value, tunit), p));
      }
      rows.add(DisclosureTable.Row.builder().cells(List.of(label, value)).label(label).line(ln).build());
      return this;
    }

    TableBuilder note(String n) {
      notes.add(n);
      return this;
    }

    DocBuilder done() {
      List<DisclosureTable.Column> columns = new ArrayList<>();
      columns.add(DisclosureTable.Column.of(0, List.of("科目编码"), Optional.empty()));
      columns.add(DisclosureTable.Column.of(1, List.of("科目名称"), Optional.empty()));
      for (int i = 0; i < cols.size(); i++) {
        columns.add(DisclosureTable.Column.of(i + 2, List.of(cols.get(i).header().split("/")),
            Optional.of(String.valueOf(i + 1))));
      }
      tables.add(DisclosureTable.builder().id(id).kind(kind).title(title).unit(tunit).columns(columns).rows(rows)
          .notes(notes).provenance(Provenance.builder().source(source).tableId(id).tableTitle(title)
              .line(startLine).build()).build());
      return DocBuilder.this;
    }
  }

  Provenance narrative(String text) {
    return Provenance.builder().source(source).section("说明").line(line++).text(text).build();
  }

  /** An amount claim and the fact the reader derives from it. */
  DocBuilder amount(Concept c, Coordinates at, String subject, String value) {
    Provenance p = narrative(subject + " " + value + "万元");
    Amount a = Amount.of(value, unit);
    claims.add(Claim.builder().kind(ClaimKind.AMOUNT).concept(c).coordinates(at).subject(subject).amount(a)
        .provenance(p).build());
    facts.add(Fact.of(c, at, a, p));
    return this;
  }

  DocBuilder share(Concept c, Coordinates at, Coordinates whole, String subject, String value, String pct) {
    Provenance p = narrative(subject + " " + value + "万元，占" + pct + "%");
    Amount a = Amount.of(value, unit);
    claims.add(Claim.builder().kind(ClaimKind.SHARE).concept(c).coordinates(at).subject(subject).amount(a)
        .whole(whole).percent(Percentage.of(new BigDecimal(pct))).provenance(p).build());
    facts.add(Fact.of(c, at, a, p));
    return this;
  }

  /** A change claim; {@code delta} or {@code pct} may be null. */
  DocBuilder change(Concept c, Coordinates at, String subject, String value, FiscalPeriod base, Direction dir,
      String delta, String pct) {
    Provenance p = narrative(subject + " " + value + "万元，比" + base.zh() + dir + " " + delta + " " + pct);
    Claim.Builder b = Claim.builder().kind(ClaimKind.CHANGE).concept(c).coordinates(at).subject(subject)
        .basePeriod(base).direction(dir).provenance(p);
    if (value != null) {
      b.amount(Amount.of(value, unit));
      facts.add(Fact.of(c, at, Amount.of(value, unit), p));
    }
    if (delta != null) {
      b.delta(Amount.of(delta, unit));
    }
    if (pct != null) {
      b.percent(Percentage.of(new BigDecimal(pct)));
    }
    claims.add(b.build());
    return this;
  }

  DocBuilder count(String counted, int n) {
    claims.add(Claim.builder().kind(ClaimKind.COUNT).concept(Concept.EXPENDITURE).coordinates(Coordinates.EMPTY)
        .subject(counted).count(BigDecimal.valueOf(n)).countUnit(counted)
        .provenance(narrative(counted + n + "个")).build());
    return this;
  }

  DocBuilder project(String unitName, String name, int level, String parent) {
    projects.add(Project.builder().unit(unitName).name(name).level(level).parent(Optional.ofNullable(parent))
        .build());
    return this;
  }

  DocBuilder target(String unitName, String project, String l1, String l2, String indicator, String cmp,
      String value, String measure) {
    BigDecimal num = null;
    try {
      num = new BigDecimal(value);
    } catch (NumberFormatException e) {
      // qualitative
    }
    targets.add(PerformanceTarget.builder().unit(unitName).project(project).level1(l1).level2(l2)
        .indicator(indicator).comparator(Optional.ofNullable(TargetComparator.parse(cmp))).comparatorText(cmp)
        .value(value).numericValue(Optional.ofNullable(num)).measureUnit(measure)
        .provenance(Provenance.builder().source(source).tableId("T-targets").tableTitle("项目支出绩效表")
            .rowLabel(project + " " + indicator).line(line++).build())
        .build());
    return this;
  }

  DocBuilder contents(String... titles) {
    for (String t : titles) {
      contents.add(ContentsEntry.of(2, t));
    }
    return this;
  }

  DocBuilder unit(String name, boolean own) {
    units.add(BudgetUnit.of(name, own));
    return this;
  }

  BudgetDocument build() {
    return BudgetDocument.builder().source(source).department(Department.builder().name(department).build())
        .year(year).kind(kind).unit(unit).template(template).budgetUnits(units)
        .contents(contents).tables(tables).claims(claims).projects(projects).targets(targets).facts(facts)
        .build();
  }

  static Coordinates c(Object... kv) {
    Coordinates c = Coordinates.EMPTY;
    for (int i = 0; i < kv.length; i += 2) {
      Object v = kv[i + 1];
      c = c.with((FactDimension) kv[i], v instanceof Enum<?> e ? e.name() : v.toString());
    }
    return c;
  }
}
