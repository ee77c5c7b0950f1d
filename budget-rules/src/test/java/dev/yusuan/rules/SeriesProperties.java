package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Department;
import dev.yusuan.model.Direction;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Consecutive budgets of one department generated honestly: each year publishes its figures in 万元
 * rounded to 2 decimals; the next year prints last year's figures in its 上年预算数 column (as last year
 * published them, or exactly in 元) and states "比上年增加/减少 D 万元，增长/下降 P%" (or 持平), computed
 * either from the true amounts or from the published ones and rounded. The series checks never fire on
 * such a series; one value changed by at least 1.00 万元 — a prior-year cell, last year's own figure, or
 * a stated change — is reported at that value.
 */
class SeriesProperties {
  private static final Validator V = Validator.of(StandardRules.generic());
  /** The figures followed over the years: concept, coordinates, name. */
  private static final Object[][] ITEMS = {
      {Concept.EXPENDITURE, Coordinates.parse("FUNCTION=201"), "一般公共服务支出"},
      {Concept.EXPENDITURE, Coordinates.parse("FUNCTION=208"), "社会保障和就业支出"},
      {Concept.OPERATING_COST, Coordinates.EMPTY, "机关运行经费"},
      {Concept.THREE_PUBLIC, Coordinates.parse("THREE_PUBLIC_ITEM=RECEPTION"), "公务接待费"}};
  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

  /**
   * One department's years: the true amounts in 元 (year × item), which items stay flat, and how each
   * year publishes (prior column in 元 or 万元; changes from true or from published figures).
   */
  record Years(int firstYear, long[][] yuan, boolean[] priorInYuan, boolean[] fromPublished) {}

  @Provide
  Arbitrary<Years> departments() {
    Arbitrary<long[]> year = Arbitraries.longs().between(0, 80_000_000L).array(long[].class).ofSize(ITEMS.length);
    return Combinators.combine(Arbitraries.integers().between(2015, 2030), year.list().ofMinSize(2).ofMaxSize(4),
        Arbitraries.integers().between(0, (1 << ITEMS.length) - 1), Arbitraries.randoms())
        .as((first, years, flat, random) -> {
          long[][] y = years.toArray(new long[0][]);
          for (int i = 1; i < y.length; i++) {
            for (int j = 0; j < ITEMS.length; j++) {
              if ((flat & (1 << j)) != 0) {
                y[i][j] = y[i - 1][j]; // 与上年持平
              }
            }
          }
          boolean[] inYuan = new boolean[y.length];
          boolean[] published = new boolean[y.length];
          for (int i = 0; i < y.length; i++) {
            inYuan[i] = random.nextBoolean();
            // a publisher printing last year's figures exactly computes its changes from them too
            published[i] = !inYuan[i] && random.nextBoolean();
          }
          return new Years(first, y, inYuan, published);
        });
  }

  static BigDecimal wan(long yuan) {
    return BigDecimal.valueOf(yuan).divide(WAN, 2, RoundingMode.HALF_UP);
  }

  static Provenance at(int year, int item, String column) {
    return Provenance.builder().source("d" + year + ".txt").tableId("T01").rowLabel((String) ITEMS[item][2])
        .columnHeader(column).build();
  }

  static Provenance said(int year, int item) {
    return Provenance.builder().source("d" + year + ".txt").section("二、部门预算说明").line(item + 1)
        .text(ITEMS[item][2] + "比上年…").build();
  }

  /** The honest documents of the series, oldest first. */
  static List<BudgetDocument> documents(Years d) {
    List<BudgetDocument> out = new ArrayList<>();
    for (int i = 0; i < d.yuan().length; i++) {
      int year = d.firstYear() + i;
      BudgetDocument.Builder b = BudgetDocument.builder().source("d" + year + ".txt")
          .department(Department.builder().name("某某厅").build()).year(year).kind(DocumentKind.DEPARTMENT_BUDGET)
          .unit(MoneyUnit.WAN_YUAN);
      for (int j = 0; j < ITEMS.length; j++) {
        Concept c = (Concept) ITEMS[j][0];
        Coordinates xy = (Coordinates) ITEMS[j][1];
        BigDecimal cur = wan(d.yuan()[i][j]);
        b.addFacts(Fact.of(c, xy, Amount.of(cur, MoneyUnit.WAN_YUAN), at(year, j, "本年预算数")));
        if (i == 0) {
          continue;
        }
        long priorYuan = d.yuan()[i - 1][j];
        BigDecimal prior = wan(priorYuan);
        Amount column = d.priorInYuan()[i] ? Amount.of(BigDecimal.valueOf(priorYuan), MoneyUnit.YUAN)
            : Amount.of(prior, MoneyUnit.WAN_YUAN);
        b.addFacts(Fact.of(c, xy.with(dev.yusuan.model.FactDimension.PERIOD, FiscalPeriod.PRIOR_BUDGET.name()),
            column, at(year, j, "上年预算数")));
        // the change, from the true amounts or from the published ones, rounded as printed
        BigDecimal diff = d.fromPublished()[i] ? cur.subtract(prior)
            : BigDecimal.valueOf(d.yuan()[i][j] - priorYuan).divide(WAN, 12, RoundingMode.HALF_UP);
        BigDecimal base = d.fromPublished()[i] ? prior : BigDecimal.valueOf(priorYuan).divide(WAN, 12,
            RoundingMode.HALF_UP);
        Claim.Builder cb = Claim.builder().kind(ClaimKind.CHANGE).concept(c).coordinates(xy)
            .subject((String) ITEMS[j][2]).amount(Amount.of(cur, MoneyUnit.WAN_YUAN))
            .basePeriod(FiscalPeriod.PRIOR_BUDGET).provenance(said(year, j));
        if (diff.signum() == 0) {
          cb.direction(Direction.FLAT);
        } else {
          cb.direction(diff.signum() > 0 ? Direction.INCREASE : Direction.DECREASE)
              .delta(Amount.of(diff.abs().setScale(2, RoundingMode.HALF_UP), MoneyUnit.WAN_YUAN));
          if (base.signum() > 0) {
            cb.percent(Percentage.of(diff.abs().multiply(BigDecimal.valueOf(100))
                .divide(base, 2, RoundingMode.HALF_UP)));
          }
        }
        b.addClaims(cb.build());
      }
      out.add(b.build());
    }
    return out;
  }

  static boolean problem(Finding f) {
    return f.severity().atLeast(Severity.WARNING);
  }

  @Property(tries = 200)
  void anHonestSeriesIsNeverFlagged(@ForAll("departments") Years d) {
    SeriesReport r = V.validateSeries(documents(d));
    assertThat(r.crossYear()).as("cross-year findings").isEmpty();
    for (Report x : r.reports()) {
      assertThat(x.findings()).as(x.source()).filteredOn(SeriesProperties::problem)
          .extracting(Finding::messageEn).isEmpty();
    }
  }

  /** What to change: 0 a prior-year cell, 1 last year's own figure, 2 a stated change. */
  @Provide
  Arbitrary<int[]> changes() {
    return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0,
        ITEMS.length - 1), Arbitraries.integers().between(0, 2), Arbitraries.integers().between(100, 100_000))
        .as((year, item, what, cents) -> new int[] {year, item, what, cents});
  }

  @Property(tries = 200)
  void oneValueChangedBeyondRoundingIsReportedThere(@ForAll("departments") Years d,
      @ForAll("changes") int[] change) {
    List<BudgetDocument> docs = documents(d);
    int i = Math.min(change[0], docs.size() - 1);
    int j = change[1];
    int year = d.firstYear() + i;
    BigDecimal delta = BigDecimal.valueOf(change[3], 2); // 1.00 to 1000.00 万元
    Predicate<Provenance> where;
    switch (change[2]) {
      case 0 -> {
        where = at(year, j, "上年预算数")::equals;
        docs.set(i, shiftFact(docs.get(i), where, delta));
      }
      case 1 -> {
        where = at(year - 1, j, "本年预算数")::equals;
        docs.set(i - 1, shiftFact(docs.get(i - 1), where, delta));
      }
      default -> {
        where = said(year, j)::equals;
        docs.set(i, shiftClaim(docs.get(i), where, delta));
      }
    }
    SeriesReport r = V.validateSeries(docs);
    assertThat(r.crossYear()).as("change %s of %s", java.util.Arrays.toString(change), d)
        .anyMatch(f -> f.locations().stream().anyMatch(where));
  }

  static BudgetDocument shiftFact(BudgetDocument doc, Predicate<Provenance> where, BigDecimal wan) {
    List<Fact> facts = new ArrayList<>();
    for (Fact f : doc.facts()) {
      if (where.test(f.provenance())) {
        Amount a = f.amount();
        BigDecimal by = MoneyUnit.WAN_YUAN.convert(wan, a.unit());
        f = Fact.builder().from(f).amount(Amount.of(a.value().add(by).setScale(a.scale(), RoundingMode.UNNECESSARY),
            a.unit())).build();
      }
      facts.add(f);
    }
    return BudgetDocument.builder().from(doc).facts(facts).build();
  }

  /** A stated change made larger by {@code wan}; a 持平 becomes an increase of {@code wan}. */
  static BudgetDocument shiftClaim(BudgetDocument doc, Predicate<Provenance> where, BigDecimal wan) {
    List<Claim> claims = new ArrayList<>();
    for (Claim c : doc.claims()) {
      if (where.test(c.provenance())) {
        Claim.Builder b = Claim.builder().from(c);
        if (c.delta().isPresent()) {
          b.delta(Amount.of(c.delta().get().value().add(wan), MoneyUnit.WAN_YUAN));
        } else {
          b.direction(Direction.INCREASE).delta(Amount.of(wan, MoneyUnit.WAN_YUAN));
        }
        c = b.build();
      }
      claims.add(c);
    }
    return BudgetDocument.builder().from(doc).claims(claims).build();
  }
}
