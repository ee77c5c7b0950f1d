package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Fact;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import dev.yusuan.model.Claim;
import dev.yusuan.model.ClaimKind;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.Provenance;
import dev.yusuan.rules.RoundingOracle.Expect;
import dev.yusuan.rules.RoundingOracle.Relation;
import java.math.RoundingMode;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Sensitivity: change one published value of an honestly rounded document by more than rounding can
 * explain and the standard pack reports an ERROR located at that cell (or, when the change is within
 * one published last digit beyond what rounding explains, a WARNING that says so).
 *
 * <p>The coarse property changes a table value by 1 to 1000 万元. The fine ones change a value by a
 * few last digits (0.01 to 0.50 万元, or 1 to 50 元 in the “三公” table in 元) and judge the change with
 * {@link RoundingOracle}, an independent model of the relations the figures obey: per relation the
 * rounding allowance is the sum of the half-ulps of its published terms.
 */
class RulesSensitivityProperties {
  @Property(tries = 200)
  void aValueChangedBeyondRoundingIsAnErrorAtThatCell(@ForAll long seed, @ForAll boolean halfEven,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 100, max = 100_000) int cents,
      @ForAll boolean up) {
    BudgetDocument d = GeneratedBudget.generate(seed, halfEven);
    List<Fact> cells = d.facts().stream().filter(f -> f.provenance().tableId().isPresent()).toList();
    Fact target = cells.get(which % cells.size());
    BigDecimal deltaWan = BigDecimal.valueOf(up ? cents : -cents, 2);
    Amount a = target.amount();
    Amount changed = a.plus(Amount.of(deltaWan, MoneyUnit.WAN_YUAN));
    changed = changed.rounded(a.scale(), java.math.RoundingMode.UNNECESSARY);
    List<Fact> facts = new ArrayList<>();
    for (Fact f : d.facts()) {
      facts.add(f == target ? Fact.builder().from(f).amount(changed).build() : f);
    }
    BudgetDocument wrong = BudgetDocument.builder().from(d).facts(facts).build();
    Report r = RulesSoundnessProperties.V.validate(wrong);
    assertThat(r.findings()).as("%s changed by %s万元", target, deltaWan)
        .anyMatch(f -> f.severity() == Severity.ERROR && f.locations().contains(target.provenance()));
  }

  static final String NEAR_MISS_EN = "most likely rounding";

  /** Findings located at {@code at}. */
  static List<Finding> at(Report r, Provenance at) {
    return r.findings().stream().filter(f -> f.locations().contains(at)).toList();
  }

  static boolean errorAt(Report r, Provenance at) {
    return at(r, at).stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  static boolean nearMissAt(Report r, Provenance at) {
    return at(r, at).stream().anyMatch(f -> f.severity() == Severity.ERROR
        || f.severity() == Severity.WARNING && f.messageEn().contains(NEAR_MISS_EN));
  }

  static List<Fact> money(BudgetDocument d) {
    return d.facts();
  }

  /** {@code f} moved by {@code steps} of its own last published digit. */
  static BudgetDocument moved(BudgetDocument d, Fact f, int steps) {
    Amount a = f.amount();
    Amount changed = Amount.of(a.value().add(BigDecimal.valueOf(steps, a.scale())), a.unit());
    return Perturb.replace(d, f, changed);
  }

  static BigDecimal stepsInYuan(Fact f, int steps) {
    return f.amount().unit().convert(BigDecimal.valueOf(steps, f.amount().scale()), MoneyUnit.YUAN);
  }

  static void judge(BudgetDocument d, Fact target, int steps, String label) {
    List<Relation> rels = RoundingOracle.of(RoundingOracle.relations(d), target);
    Expect e = RoundingOracle.expect(rels, target, stepsInYuan(target, steps));
    Statistics.label(label).collect(e);
    Report r = RulesSoundnessProperties.V.validate(moved(d, target, steps));
    String why = target + " moved by " + steps + " last digit(s); relations " + rels + "; findings at the cell "
        + at(r, target.provenance()).stream().map(f -> f.severity() + " " + f.ruleId() + ": " + f.messageEn())
            .toList();
    switch (e) {
      case ERROR -> assertThat(errorAt(r, target.provenance())).as("expected ERROR: %s", why).isTrue();
      case NEAR_MISS -> assertThat(nearMissAt(r, target.provenance())).as("expected near miss: %s", why).isTrue();
      case EXPLAINED -> assertThat(RulesSoundnessProperties.arithmeticProblems(r)).as("explained: %s", why)
          .noneMatch(f -> f.severity() == Severity.ERROR && f.locations().contains(target.provenance()));
      case UNKNOWN -> { }
    }
  }

  /**
   * Every published money value (tables and narrative), moved by 1 to 50 of its last digits either way:
   * judged by the oracle as an error, a near miss or still explained by rounding.
   */
  @Property(tries = 200)
  void aValueMovedByAFewLastDigitsIsJudgedAsTheOracleSays(@ForAll long seed, @ForAll boolean halfEven,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 1, max = 50) int steps,
      @ForAll boolean up) {
    BudgetDocument d = GeneratedBudget.generate(seed, halfEven);
    Fact target = d.facts().get(which % d.facts().size());
    judge(d, target, up ? steps : -steps, "few digits");
    Statistics.label("where").collect(target.provenance().tableId().isPresent() ? "table" : "narrative");
    Statistics.label("few digits").coverage(c -> {
      c.check(Expect.ERROR).percentage(p -> p > 40);
      c.check(Expect.NEAR_MISS).percentage(p -> p > 2);
      c.check(Expect.EXPLAINED).percentage(p -> p > 2);
      c.check(Expect.UNKNOWN).percentage(p -> p < 10);
    });
  }

  /**
   * The hard case: for one relation the value takes part in, the smallest move (in last digits) that
   * misses by {@code beyond} last digits more than rounding can explain; 1 is a near miss, 2 or more
   * must be an ERROR at the cell.
   */
  @Property(tries = 200)
  void justBeyondTheRoundingAllowanceIsReportedAtTheCell(@ForAll long seed, @ForAll boolean halfEven,
      @ForAll @IntRange(min = 0, max = 100_000) int which, @ForAll @IntRange(min = 0, max = 100) int rel,
      @ForAll @IntRange(min = 1, max = 4) int beyond, @ForAll boolean up) {
    BudgetDocument d = GeneratedBudget.generate(seed, halfEven);
    List<Relation> all = RoundingOracle.relations(d);
    Fact target = d.facts().get(which % d.facts().size());
    List<Relation> rels = RoundingOracle.of(all, target);
    Assume.that(!rels.isEmpty());
    Relation r = rels.get(rel % rels.size());
    // residual after the move: r0 + sign·δ; we want |r0 + sign·δ| = allowance + beyond·ulp exactly
    int dir = up ? 1 : -1;
    BigDecimal want = r.allowance().add(r.ulp().multiply(BigDecimal.valueOf(beyond))).multiply(BigDecimal.valueOf(dir));
    BigDecimal deltaYuan = want.subtract(r.residual()).multiply(BigDecimal.valueOf(r.signOf(target)));
    BigDecimal step = stepsInYuan(target, 1);
    BigDecimal q = deltaYuan.divide(step, 0, deltaYuan.signum() >= 0 ? RoundingMode.CEILING : RoundingMode.FLOOR);
    int steps = q.intValueExact();
    assertThat(r.gapAfter(target, stepsInYuan(target, steps))).as("%s", r)
        .isGreaterThanOrEqualTo(r.ulp().multiply(BigDecimal.valueOf(beyond)));
    Statistics.label("beyond").collect(beyond == 1 ? "one digit (near miss at least)" : "2+ digits (error)");
    Statistics.label("|δ| in last digits").collect(Math.abs(steps) <= 3 ? "≤3" : Math.abs(steps) <= 10 ? "4-10" : ">10");
    judge(d, target, steps, "just beyond");
  }
}
