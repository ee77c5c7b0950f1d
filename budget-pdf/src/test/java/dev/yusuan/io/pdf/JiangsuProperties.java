package dev.yusuan.io.pdf;

import dev.yusuan.model.FundSource;
import dev.yusuan.model.FactDimension;
import net.jqwik.api.Assume;
import java.util.List;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.rules.StandardRules;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Jiangsu provincial 部门预算 sets of departments nobody tuned for, written by {@link JiangsuFixture}: the 2017,
 * 2018 and 2019 titles, order and captions, 政府性基金 / 财政专户管理资金 / 其他资金 / 上年结转 / 结转下年 /
 * 用事业基金弥补收支差额 / 单位预留机动经费 drawn from the seed, 收支预算总表 listing the kinds of 其他资金, 支出预算总表
 * with a row per 单位, code tables continued on the next page with or without their header, an empty 政府采购预算表, zero blank or
 * "0.00". An honest set is read completely (every printed amount one fact, no WARNING), chosen as {@code jiangsu}
 * and its pack finds nothing; one printed figure changed beyond rounding is an ERROR located at that cell.
 */
class JiangsuProperties {
  @Provide
  Arbitrary<JiangsuFixture.Shape> shapes() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    Arbitrary<JiangsuFixture.Funds> funds = Combinators.combine(b, b, b, b, b, b, b).as(JiangsuFixture.Funds::new);
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(2017, 2019),
        Arbitraries.integers().between(0, 2), funds, b, Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 1)).as((seed, year, caption, fd, units, continued, zero) ->
            new JiangsuFixture.Shape(seed, year, caption, fd, units, continued, zero, null, BigDecimal.ZERO));
  }

  static BudgetDocument read(JiangsuFixture fx) throws Exception {
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    return new PdfReader().read(new ByteArrayInputStream(pdf), "jiangsu-budget.pdf");
  }

  @Property(tries = 40)
  void anHonestJiangsuSetIsReadCompletelyAndPassesItsPack(@ForAll("shapes") JiangsuFixture.Shape shape)
      throws Exception {
    JiangsuFixture fx = new JiangsuFixture(shape);
    BudgetDocument d = read(fx);
    assertThat(d.kind()).isEqualTo(DocumentKind.DEPARTMENT_BUDGET);
    assertThat(d.year()).isEqualTo(shape.year());
    assertThat(d.department().name()).isEqualTo(JiangsuFixture.DEPARTMENT);
    assertThat(d.template()).contains("jiangsu");
    assertThat(d.tables()).extracting(DisclosureTable::kind).as(shape.toString()).isEqualTo(fx.kinds());
    NationalFinalProperties.assertReadCompletely(d, true, fx.cells(), shape.toString());
    assertThat(StandardRules.departmentBudget(d).name()).isEqualTo("jiangsu-budget");
    // 用事业基金弥补收支差额 (REVENUE{USE_OF_RESERVE}) drawn or not: js.balance.revenue-total counts it
    NationalFinalProperties.assertPackFindsNothing(d, fx.cells(), shape.toString());
  }

  @Property(tries = 40)
  void aPrintedFigureChangedBeyondRoundingIsAnErrorAtThatCell(@ForAll("shapes") JiangsuFixture.Shape shape,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 5_000) int cents,
      @ForAll boolean up) throws Exception {
    JiangsuFixture probe = new JiangsuFixture(shape);
    probe.write(PdfFixture.requireCjkFont());
    // 其中：动用上年结转和结余资金 is provably wrong only above 上年结转 (the property below)
    List<NationalFinalFixture.Printed> provable = probe.cells().stream()
        .filter(c -> !c.key().endsWith("|carry-used")).toList();
    NationalFinalFixture.Printed target = provable.get(which % provable.size());
    BigDecimal delta = NationalFinalProperties.delta(target.text(), cents, up);
    JiangsuFixture wrong = new JiangsuFixture(shape.withPerturb(target.key(), delta));
    NationalFinalProperties.assertErrorAtChangedCell(read(wrong), wrong.cells(), target.key(), delta);
  }

  /**
   * 其中：动用上年结转和结余资金 printed with a figure is read (as REVENUE{FUND_SOURCE=CARRY_OVER_USED}, a part that no
   * sum counts: the honest sets above pass), and printed above 上年结转和结余资金 it is an ERROR at that cell (above by
   * 1.00–50.00 万元, as the property above changes figures: within a last digit beyond what rounding explains
   * it is a WARNING, most likely rounding).
   */
  @Property(tries = 15)
  void aCarryOverUsedAboveTheCarryOverIsAnErrorAtThatCell(@ForAll("shapes") JiangsuFixture.Shape drawn,
      @ForAll @IntRange(min = 100, max = 5_000) int cents) throws Exception {
    JiangsuFixture.Funds f = drawn.funds();
    JiangsuFixture.Shape shape = new JiangsuFixture.Shape(drawn.seed() | 1L << 18, drawn.year(), drawn.caption(),
        new JiangsuFixture.Funds(f.govFund(), f.special(), true, true, f.useOfReserve(), f.reserve(), f.detailed()),
        drawn.units(), drawn.continued(), drawn.zero(), null, BigDecimal.ZERO);
    JiangsuFixture probe = new JiangsuFixture(shape);
    Assume.that(probe.carryUsed > 0);
    probe.write(PdfFixture.requireCjkFont());
    String used = JiangsuFixture.carryUsedKey(2);
    BigDecimal carry = printed(probe, "02|carry");
    BigDecimal delta = carry.subtract(printed(probe, used)).add(BigDecimal.valueOf(cents, 2));
    JiangsuFixture wrong = new JiangsuFixture(shape.withPerturb(used, delta));
    BudgetDocument d = read(wrong);
    assertThat(d.facts()).as("read as a part of 上年结转").anyMatch(x -> FundSource.CARRY_OVER_USED.name()
        .equals(x.key().coordinates().getOrNull(FactDimension.FUND_SOURCE)));
    NationalFinalProperties.assertErrorAtChangedCell(d, wrong.cells(), used, delta);
  }

  private static BigDecimal printed(JiangsuFixture fx, String key) {
    return new BigDecimal(fx.cells().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().text()
        .replace(",", ""));
  }
}
