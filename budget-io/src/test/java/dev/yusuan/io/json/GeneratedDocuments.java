package dev.yusuan.io.json;

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
import dev.yusuan.model.FundSource;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.ProcurementType;
import dev.yusuan.model.Project;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Section;
import dev.yusuan.model.Severity;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.ThreePublicItem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of whole {@link BudgetDocument}s for the format round-trip properties: random
 * tables, facts with random coordinates and amounts of varying scale (negatives, zero, grouped and
 * bracketed printing), claims of every kind, targets, projects and diagnostics, with Unicode text
 * (CJK, full-width forms, a supplementary character, {@code <script>}, quotes, commas, newlines).
 */
public final class GeneratedDocuments {
  private GeneratedDocuments() {}

  private static final List<String> SAMPLES = List.of(
      "<script>alert(1)</script>", "一般公共服务支出", "（类）人大事务", "2010101 行政运行",
      " 前后空格 ", "", "a,b\"c\nd", "𠮷野家", "ＡＢＣ：１２３", "\"三公\"经费", "tab\there", "=SUM(A1)",
      "line1\r\nline2", "_x0041_", "本表无数据");

  /** Text as found in disclosures: mostly short Unicode strings, sometimes nasty samples. */
  public static Arbitrary<String> text() {
    Arbitrary<String> random = Arbitraries.strings()
        .withCharRange('a', 'z').withCharRange('0', '9').withCharRange('\u4e00', '\u9fa5')
        .withCharRange('\uff01', '\uff5e').withChars(' ', '(', ')', '/', ',', '.', '"', '\n', '-', '%')
        .ofMaxLength(12);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, random), net.jqwik.api.Tuple.of(1, Arbitraries.of(SAMPLES)));
  }

  /** Text with at least one non-blank character. */
  public static Arbitrary<String> nonBlank() {
    return text().filter(s -> !s.isBlank());
  }

  static Arbitrary<Optional<String>> optText() {
    return text().optional(0.5);
  }

  static Arbitrary<OptionalInt> optInt() {
    return Arbitraries.integers().between(0, 5000).optional(0.5)
        .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  /** Exact decimals with scale 0..4, negatives and zero included. */
  public static Arbitrary<BigDecimal> decimal() {
    Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(BigInteger.ZERO)),
        net.jqwik.api.Tuple.of(6, Arbitraries.bigIntegers()
            .between(BigInteger.valueOf(-99_999_999_999L), BigInteger.valueOf(99_999_999_999L))));
    return Combinators.combine(unscaled, Arbitraries.integers().between(0, 4))
        .as(BigDecimal::new);
  }

  /** Amounts, sometimes printed with thousands separators or brackets. */
  public static Arbitrary<Amount> amount() {
    return Combinators.combine(decimal(), Arbitraries.of(MoneyUnit.class),
        Arbitraries.integers().between(0, 3)).as((v, u, style) -> {
          if (style == 1) {
            DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            f.setMinimumFractionDigits(v.scale());
            f.setMaximumFractionDigits(v.scale());
            return Amount.parse(f.format(v), u).orElseThrow();
          }
          if (style == 2 && v.signum() < 0) {
            return Amount.parse("(" + v.negate().toPlainString() + ")", u).orElseThrow();
          }
          return Amount.of(v, u);
        });
  }

  static Arbitrary<String> code(char first, int... lengths) {
    return Arbitraries.of(lengths.length == 3 ? new Integer[] {lengths[0], lengths[1], lengths[2]}
            : new Integer[] {lengths[0], lengths[1]})
        .flatMap(n -> Arbitraries.strings().numeric().ofLength(n - 1).map(s -> first + s));
  }

  static Arbitrary<String> member(FactDimension d) {
    return switch (d) {
      case FUNCTION -> code('2', 3, 5, 7);
      case ECONOMIC -> code('3', 3, 5);
      case ECONOMIC_GOVERNMENT -> code('5', 3, 5);
      case REVENUE_CLASS -> code('1', 3, 5, 7);
      case FUND_SOURCE -> Arbitraries.of(FundSource.class).map(Enum::name);
      case SPENDING_TYPE -> Arbitraries.of(SpendingType.class).map(Enum::name);
      case THREE_PUBLIC_ITEM -> Arbitraries.of(ThreePublicItem.class).map(Enum::name);
      case PROCUREMENT_TYPE -> Arbitraries.of(ProcurementType.class).map(Enum::name);
      case PERIOD -> Arbitraries.of(FiscalPeriod.class).map(Enum::name);
      case BUDGET_UNIT, PROJECT, PROCUREMENT_ITEM -> nonBlank();
    };
  }

  /** Coordinates with a random subset of dimensions. */
  public static Arbitrary<Coordinates> coordinates() {
    return Arbitraries.of(FactDimension.class).set().ofMaxSize(5).flatMap(dims -> {
      Arbitrary<Map<FactDimension, String>> acc = Arbitraries.just(new EnumMap<>(FactDimension.class));
      for (FactDimension d : dims) {
        acc = Combinators.combine(acc, member(d)).as((m, v) -> {
          Map<FactDimension, String> n = new EnumMap<>(FactDimension.class);
          n.putAll(m);
          n.put(d, v);
          return n;
        });
      }
      return acc.map(Coordinates::of);
    });
  }

  /** Provenances with every optional field sometimes present. */
  public static Arbitrary<Provenance> provenance() {
    Arbitrary<Provenance.Builder> a = Combinators.combine(nonBlank(), optText(), optText(), optText(),
        optText(), optInt(), optText(), optText()).as((src, tid, tt, rl, rc, rn, ch, cn) -> {
          Provenance.Builder b = Provenance.builder().source(src);
          tid.ifPresent(b::tableId);
          tt.ifPresent(b::tableTitle);
          rl.ifPresent(b::rowLabel);
          rc.ifPresent(b::rowCode);
          b.rowNumber(rn);
          ch.ifPresent(b::columnHeader);
          cn.ifPresent(b::columnNumber);
          return b;
        });
    return Combinators.combine(a, optInt(), optInt(), optText(), optText(), optInt(), optInt())
        .as((b, page, line, sec, txt, s, e) -> {
          b.page(page).line(line).spanStart(s).spanEnd(e);
          sec.ifPresent(b::section);
          txt.ifPresent(b::text);
          return b.build();
        });
  }

  public static Arbitrary<Fact> fact() {
    return Combinators.combine(Arbitraries.of(Concept.class), coordinates(), amount(), provenance())
        .as(Fact::of);
  }

  static Arbitrary<DisclosureTable> table() {
    Arbitrary<List<List<String>>> header = text().list().ofMaxSize(4).list().ofMaxSize(3);
    Arbitrary<DisclosureTable.Column> column = Combinators.combine(Arbitraries.integers().between(0, 30),
        text().list().ofMaxSize(3), optText()).as(DisclosureTable.Column::of);
    Arbitrary<String> cell = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, text()),
        net.jqwik.api.Tuple.of(3, amount().map(Amount::format)));
    Arbitrary<DisclosureTable.Row> row = Combinators.combine(cell.list().ofMaxSize(6), optText(), optText(),
        optText(), optInt(), optInt()).as((cells, label, code, number, line, page) ->
            DisclosureTable.Row.builder().cells(cells).label(label).code(code).number(number).line(line)
                .page(page).build());
    return Combinators.combine(nonBlank(), text(), Arbitraries.of("UNKNOWN", "zj.summary", "表<1>"),
        Arbitraries.of(MoneyUnit.class), header, column.list().ofMaxSize(5), row.list().ofMaxSize(6),
        text().list().ofMaxSize(2)).as((id, title, kind, unit, hr, cols, rows, notes) ->
            DisclosureTable.builder().id(id).title(title).kind(kind).unit(unit).headerRows(hr).columns(cols)
                .rows(rows).notes(notes).provenance(Provenance.of("t.txt")).build())
        .flatMap(t -> provenance().map(p -> DisclosureTable.builder().from(t).provenance(p).build()));
  }

  static Arbitrary<Claim> claim() {
    return Combinators.combine(Arbitraries.of(ClaimKind.class), Arbitraries.of(Concept.class),
        coordinates(), text(), amount(), coordinates(), decimal().map(Percentage::of), provenance())
        .flatAs((kind, concept, coords, subject, amount, whole, pct, prov) ->
            Combinators.combine(Arbitraries.of(FiscalPeriod.class), amount(), Arbitraries.of(Direction.class),
                decimal(), optText(), Arbitraries.integers().between(0, 7)).as(
                (period, delta, dir, count, countUnit, mask) -> {
                  Claim.Builder b = Claim.builder().kind(kind).concept(concept).coordinates(coords)
                      .subject(subject).provenance(prov);
                  switch (kind) {
                    case AMOUNT -> b.amount(amount);
                    case SHARE -> {
                      b.percent(pct).whole(whole);
                      if ((mask & 1) != 0) {
                        b.amount(amount);
                      }
                    }
                    case CHANGE -> {
                      b.basePeriod(period);
                      if ((mask & 1) != 0 || mask == 0) {
                        b.delta(delta);
                      }
                      if ((mask & 2) != 0) {
                        b.percent(pct);
                      }
                      if ((mask & 4) != 0) {
                        b.direction(dir);
                      }
                    }
                    case COUNT -> {
                      b.count(count);
                      countUnit.ifPresent(b::countUnit);
                    }
                  }
                  return b.build();
                }));
  }

  static Arbitrary<PerformanceTarget> target() {
    return Combinators.combine(text(), text(), text(), text(), text(),
        Arbitraries.of(TargetComparator.class).optional(0.7), text(), decimal().optional(0.5))
        .flatAs((unit, project, l1, l2, ind, cmp, value, num) -> Combinators.combine(text(), provenance())
            .as((mu, prov) -> PerformanceTarget.builder().unit(unit).project(project).level1(l1)
                .level2(l2).indicator(ind).comparator(cmp).comparatorText(cmp.map(TargetComparator::symbol)
                    .orElse(value)).value(value).numericValue(num).measureUnit(mu).provenance(prov)
                .build()));
  }

  static Arbitrary<Project> project() {
    return Combinators.combine(text(), text(), Arbitraries.integers().between(1, 2), optText())
        .as((u, n, l, p) -> Project.builder().unit(u).name(n).level(l).parent(p).build());
  }

  static Arbitrary<Diagnostic> diagnostic() {
    return Combinators.combine(Arbitraries.of(Severity.class), Arbitraries.of("text.unmapped-cell",
        "json.invalid-element", "x"), text(), text(), provenance()).as(Diagnostic::of);
  }

  static Arbitrary<Section> section() {
    return Combinators.combine(Arbitraries.integers().between(1, 3), text(), text(), provenance())
        .as((l, h, t, p) -> Section.builder().level(l).heading(h).text(t).provenance(p).build());
  }

  static Arbitrary<BudgetUnit> budgetUnit() {
    return Combinators.combine(text(), optText(), Arbitraries.of(true, false))
        .as((n, c, own) -> BudgetUnit.builder().name(n).code(c).ownLevel(own).build());
  }

  /** Whole documents. */
  public static Arbitrary<BudgetDocument> documents() {
    Arbitrary<BudgetDocument.Builder> head = Combinators.combine(nonBlank(), optText(),
        Combinators.combine(text(), optText(), optText()).as((n, s, c) ->
            Department.builder().name(n).shortName(s).code(c).build()),
        Arbitraries.integers().between(1990, 2100), Arbitraries.of(DocumentKind.class),
        Arbitraries.of(MoneyUnit.class), optText(), budgetUnit().list().ofMaxSize(3))
        .as((src, region, dept, year, kind, unit, template, units) -> BudgetDocument.builder()
            .source(src).region(region).department(dept).year(year).kind(kind).unit(unit)
            .template(template).budgetUnits(units));
    Arbitrary<BudgetDocument.Builder> withContents = Combinators.combine(head,
        Combinators.combine(Arbitraries.integers().between(1, 3), text()).as(ContentsEntry::of)
            .list().ofMaxSize(4),
        table().list().ofMaxSize(3), section().list().ofMaxSize(3), claim().list().ofMaxSize(6))
        .as((b, contents, tables, sections, claims) ->
            b.contents(contents).tables(tables).sections(sections).claims(claims));
    return Combinators.combine(withContents, target().list().ofMaxSize(3),
        project().list().ofMaxSize(3), fact().list().ofMaxSize(20), diagnostic().list().ofMaxSize(3))
        .as((b, targets, projects, facts, diags) ->
            b.targets(targets).projects(projects).facts(facts).diagnostics(diags).build());
  }
}
