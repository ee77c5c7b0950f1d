package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.DocumentKind;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Shanghai district 部门预算 sets (and their 单位预算 version) of departments nobody tuned for, written by
 * {@link ShanghaiFixture}: 政府性基金 / 国有资本经营 figures or the empty tables with their 注, 事业收入 / 事业单位经营收入 /
 * 其他收入, whole 元 or two decimals, codes over 类 | 款 | 项 or in one column, wrapped names, 合计 first or last, code
 * tables continued on the next page, zero blank or printed, a cover and 目录 page. An honest set is read completely
 * (every printed amount one fact, no WARNING), recognised as {@code shanghai} with the nine kinds in order, and
 * the {@code shanghai-budget} pack finds nothing; one printed figure changed beyond rounding is an ERROR located at
 * that cell (except the cells no rule can prove, {@link #UNPROVABLE}).
 */
class ShanghaiProperties {
  /**
   * 机关运行经费 is only bounded by 公用经费 (sh.cross.operating-cost, a WARNING): no rule can prove a changed figure
   * wrong.
   */
  static final Set<String> UNPROVABLE = Set.of("09|operating-cost");

  @Provide
  Arbitrary<ShanghaiFixture.Shape> shapes() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    Arbitrary<ShanghaiFixture.Funds> funds = Combinators.combine(b, b, b, b, b, b).as(ShanghaiFixture.Funds::new);
    return Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(2024, 2026), b, b, funds, b, b,
        Arbitraries.integers().between(0, 2)).flatAs((seed, year, unit, whole, fd, split, wrap, continued) ->
            Combinators.combine(Arbitraries.integers().between(0, 2), b, b).as((zero, first, cover) ->
                new ShanghaiFixture.Shape(seed, year, unit, whole, fd, split, wrap, continued, zero, first, cover, null,
                    BigDecimal.ZERO)));
  }

  static BudgetDocument read(ShanghaiFixture fx) throws Exception {
    byte[] pdf = fx.write(PdfFixture.requireCjkFont());
    return new PdfReader().read(new ByteArrayInputStream(pdf), "shanghai-budget.pdf");
  }

  @Property(tries = 40)
  void anHonestShanghaiSetIsReadCompletelyAndPassesItsPack(@ForAll("shapes") ShanghaiFixture.Shape shape)
      throws Exception {
    ShanghaiFixture fx = new ShanghaiFixture(shape);
    BudgetDocument d = read(fx);
    String as = shape.toString();
    assertThat(d.year()).as(as).isEqualTo(shape.year());
    assertThat(d.kind()).as(as)
        .isEqualTo(shape.unitVersion() ? DocumentKind.UNIT_BUDGET : DocumentKind.DEPARTMENT_BUDGET);
    assertThat(d.department().name()).as(as).isEqualTo(ShanghaiFixture.DEPARTMENT);
    assertThat(d.template()).as(as).contains("shanghai");
    assertThat(d.tables()).extracting(DisclosureTable::kind).as(as).isEqualTo(fx.kinds());
    List<MoneyUnit> units = new ArrayList<>(Collections.nCopies(8, MoneyUnit.YUAN));
    units.add(MoneyUnit.WAN_YUAN);
    assertThat(d.tables()).extracting(DisclosureTable::unit).as(as).isEqualTo(units);
    NationalFinalProperties.assertEveryAmountRead(d, fx.cells(), as);
    assertThat(StandardRules.departmentBudget(d).name()).isEqualTo("shanghai-budget");
    Report r = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    assertThat(r.findings()).filteredOn(f -> f.severity().atLeast(Severity.WARNING) && !uncatalogued(f)).as(as)
        .extracting(f -> f.ruleId() + ": " + f.messageEn()).isEmpty();
  }

  /**
   * A structure.catalogue WARNING about the 国有资本经营 款 and 项 the fixture draws (22301 解决历史遗留问题及改革成本支出,
   * 2230105 国有企业退休人员社会化管理补助支出, as the blank 2026 forms print them): the bundled catalogue leaves out codes
   * only one source prints (docs/catalogue.md), so a real document printing them gets this WARNING too.
   */
  static boolean uncatalogued(Finding f) {
    return f.ruleId().equals("structure.catalogue") && f.locations().stream()
        .allMatch(p -> ShanghaiFixture.NOT_IN_CATALOGUE.contains(p.rowCode().orElse("")));
  }

  /**
   * The narrative's statements of 财政拨款收入 / 事业收入 / 事业单位经营收入 / 其他收入 within 收入预算 (“其中：财政拨款收入
   * X万元；事业收入 X万元…”) are not read as claims (ClaimExtractor), so no rule sees them changed.
   */
  static final Set<String> CLAIMS_NOT_READ = Set.of("00|fiscal-in", "00|business", "00|operating", "00|other");

  /**
   * A narrative amount a rule can compare: read as a claim and not a zero (a zero's table cell may be blank, and a
   * blank is no fact to compare a changed statement with).
   */
  static boolean provableClaim(NationalFinalFixture.Printed c) {
    return !CLAIMS_NOT_READ.contains(c.key()) && !c.text().equals("0");
  }

  @Property(tries = 40)
  void aPrintedFigureChangedBeyondRoundingIsAnErrorAtThatCell(@ForAll("shapes") ShanghaiFixture.Shape shape,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 5_000) int cents,
      @ForAll boolean up) throws Exception {
    ShanghaiFixture probe = new ShanghaiFixture(shape);
    probe.write(PdfFixture.requireCjkFont());
    List<NationalFinalFixture.Printed> provable = new ArrayList<>(probe.cells().stream()
        .filter(c -> !UNPROVABLE.contains(c.key())).toList());
    provable.addAll(probe.claims().stream().filter(ShanghaiProperties::provableClaim).toList());
    NationalFinalFixture.Printed target = provable.get(which % provable.size());
    boolean claim = probe.claims().contains(target);
    BigDecimal delta = claim ? NationalFinalProperties.delta(target.text(), cents, up) : delta(target.text(), cents, up);
    ShanghaiFixture wrong = new ShanghaiFixture(shape.withPerturb(target.key(), delta));
    BudgetDocument d = read(wrong);
    if (!claim) {
      NationalFinalProperties.assertErrorAtChangedCell(d, wrong.cells(), target.key(), delta);
      return;
    }
    NationalFinalFixture.Printed changed = wrong.claims().stream().filter(c -> c.key().equals(target.key()))
        .findFirst().orElseThrow();
    List<Provenance> at = d.facts().stream().map(Fact::provenance).filter(p -> p.tableId().isEmpty()
        && p.page().orElse(-1) == changed.page() && p.text().orElse("").endsWith(changed.text() + "万元")).toList();
    NationalFinalProperties.assertErrorAt(d, at, target.key() + " changed by " + delta + " to " + changed.text());
  }

  /**
   * {@code cents} / 100 of the table's unit for an amount printed with decimals; {@code cents} whole 元 for one
   * printed in whole 元 (each whole figure stands for ±0.5 元, so a sum of many may differ by several 元 honestly);
   * downwards when {@code up} is false and the printed value allows.
   */
  static BigDecimal delta(String printed, int cents, boolean up) {
    return printed.contains(".") ? NationalFinalProperties.delta(printed, cents, up)
        : NationalFinalProperties.delta(printed, cents * 100, up).setScale(0);
  }
}
