package dev.yusuan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.SeriesReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Jiangsu series 2017–2019 of two departments (省委办公厅, 省政协办公厅), narrative and tables
 * of each year read as one disclosure and checked year against year.
 */
class SeriesRealTest {
  private static final Path REAL = Path.of("../budget-pdf/src/test/resources/real");
  static Engine engine;
  static List<BudgetDocument> party;
  static List<BudgetDocument> cppcc;

  @BeforeAll
  static void setUp() throws Exception {
    engine = Wiring.standard(List.of());
    party = series("party-committee-office");
    cppcc = series("cppcc-office");
  }

  static List<BudgetDocument> series(String dept) throws Exception {
    List<BudgetDocument> l = new ArrayList<>();
    for (int y = 2017; y <= 2019; y++) {
      String stem = "jiangsu-" + dept + "-" + y + "-budget";
      l.add(engine.read(List.of(REAL.resolve(stem + ".pdf"), REAL.resolve(stem + "-tables.pdf"))));
    }
    return l;
  }

  /** "比上年…" statements of {@code cur} whose figure {@code prev} published (what the series compares). */
  static long compared(BudgetDocument prev, BudgetDocument cur) {
    return cur.claims().stream().filter(c -> c.kind() == ClaimKind.CHANGE && c.delta().isPresent())
        .filter(c -> !prev.factSet().get(c.concept(), c.coordinates()).isEmpty()).count();
  }

  @Test
  void everyStatementAgreesWithLastYearsFigures() {
    // verified by hand: every "与上年相比增加/减少 D" of 2018 and 2019 of both departments gives last
    // year's published figure, e.g. 省委办公厅 2019 一般公共服务(类)支出 22395.50 − 2241.75 = 20153.75 (2018
    // 收支预算总表), 2018 机关运行经费 2094.58 + 8007.18 = 10101.76 (2017 机关运行经费表); 省政协办公厅 2018
    // 机关运行经费 1115.85 + 2233.13 = 3348.98 (2017 机关运行经费表). So no cross-year finding.
    for (List<BudgetDocument> s : List.of(party, cppcc)) {
      SeriesReport r = engine.validateSeries(s);
      assertThat(r.crossYear()).isEmpty();
      assertThat(r.reports()).hasSize(3);
      assertThat(r.rules()).extracting(x -> x.id()).contains("series.prior-statement", "series.prior-column");
      assertThat(compared(s.get(0), s.get(1)) + compared(s.get(1), s.get(2))).isGreaterThanOrEqualTo(20);
    }
    Claim general = party.get(2).claims().stream().filter(c -> c.kind() == ClaimKind.CHANGE
        && c.coordinates().equals(Coordinates.parse("FUNCTION=201"))).findFirst().orElseThrow();
    assertThat(general.amount().get().value().subtract(general.delta().get().value()))
        .isEqualByComparingTo(party.get(1).factSet().get(Concept.EXPENDITURE, Coordinates.parse("FUNCTION=201"))
            .get(0).amount().value());
  }

  @Test
  void aFigureOfLastYearThatDisagreesIsReportedOnBothDocuments() {
    // the twin: 2018's 一般公共服务支出 published as 20100.00 instead of 20153.75
    BudgetDocument y2018 = party.get(1);
    List<Fact> facts = y2018.facts().stream().map(f -> f.concept() == Concept.EXPENDITURE
        && f.coordinates().equals(Coordinates.parse("FUNCTION=201"))
        ? Fact.builder().from(f).amount(Amount.of("20100.00", MoneyUnit.WAN_YUAN)).build() : f).toList();
    BudgetDocument changed = BudgetDocument.builder().from(y2018).facts(facts).build();
    SeriesReport r = engine.validateSeries(List.of(party.get(2), changed, party.get(0)));
    assertThat(r.crossYear()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("series.prior-statement");
      assertThat(f.messageZh()).contains("一般公共服务");
      assertThat(f.locations()).extracting(l -> l.source()).anyMatch(s -> s.contains("2019"))
          .anyMatch(s -> s.contains("2018"));
      assertThat(f.difference().get().abs()).isEqualByComparingTo(new BigDecimal("53.75"));
    });
    Finding f = r.crossYear().get(0);
    List<Report> reports = r.reports();
    assertThat(reports.get(0).findings()).doesNotContain(f);
    assertThat(reports.get(1).findings()).contains(f);
    assertThat(reports.get(2).findings()).contains(f);
  }
}
