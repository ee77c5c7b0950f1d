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

  /**
   * An ERROR, or a WARNING that explains the near miss: "most likely rounding" for table checks, and for
   * narrative shares and changes the publishing habit ("most likely truncated instead of rounded",
   * "most likely adjusted … to 100%"); a narrative near miss no habit explains is an ERROR.
   */
  static boolean nearMissAt(Report r, Provenance at) {
    return at(r, at).stream().anyMatch(f -> f.severity() == Severity.ERROR
        || f.severity() == Severity.WARNING && f.messageEn().contains(NEAR_MISS_EN)
        || f.severity() == Severity.WARNING && f.messageEn().contains(HABIT_EN));
  }

  static final String HABIT_EN = "most likely truncated instead of rounded";

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

  // ------------------------------------------------------------------------------ narrative claims

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal HALF = new BigDecimal("0.005");
  static final BigDecimal CENT = new BigDecimal("0.01");

  static BudgetDocument withClaim(BudgetDocument d, Claim old, Claim changed) {
    List<Claim> cs = new ArrayList<>(d.claims());
    cs.replaceAll(c -> c == old ? changed : c);
    return BudgetDocument.builder().from(d).claims(cs).build();
  }

  static Fact firstTable(BudgetDocument d, dev.yusuan.model.Concept c, dev.yusuan.model.Coordinates at) {
    return d.facts().stream().filter(f -> f.provenance().tableId().isPresent() && f.concept() == c
        && f.coordinates().equals(at)).findFirst().orElse(null);
  }

  /**
   * A stated share (“占 P%”) moved {@code extra} hundredths of a percentage point beyond the interval
   * that part ÷ whole allows (computed here from the published part and whole and their half-ulps):
   * the share rule reports an ERROR at the claim.
   */
  @Property(tries = 150)
  void aShareBeyondItsRoundingIntervalIsAnErrorAtTheClaim(@ForAll long seed, @ForAll boolean halfEven,
      @ForAll @IntRange(min = 0, max = 1000) int which, @ForAll @IntRange(min = 2, max = 5) int extra,
      @ForAll boolean up) {
    BudgetDocument d = GeneratedBudget.generate(seed, halfEven);
    List<Claim> shares = d.claims().stream().filter(c -> c.kind() == ClaimKind.SHARE).toList();
    Claim c = shares.get(which % shares.size());
    Fact whole = firstTable(d, c.concept(), c.whole().orElseThrow());
    Amount part = c.amount().orElseThrow();
    BigDecimal pLo = part.value().subtract(part.halfUlp()).max(BigDecimal.ZERO);
    BigDecimal pHi = part.value().add(part.halfUlp());
    BigDecimal wLo = whole.amount().value().subtract(whole.amount().halfUlp());
    BigDecimal wHi = whole.amount().value().add(whole.amount().halfUlp());
    Assume.that(wLo.signum() > 0);
    BigDecimal lo = pLo.multiply(HUNDRED).divide(wHi, 12, RoundingMode.FLOOR);
    BigDecimal hi = pHi.multiply(HUNDRED).divide(wLo, 12, RoundingMode.CEILING);
    BigDecimal beyond = CENT.multiply(BigDecimal.valueOf(extra));
    BigDecimal stated = up ? hi.add(HALF).add(beyond).setScale(2, RoundingMode.CEILING)
        : lo.subtract(HALF).subtract(beyond).setScale(2, RoundingMode.FLOOR);
    Assume.that(stated.signum() >= 0);
    Claim changed = Claim.builder().from(c).percent(Percentage.of(stated)).build();
    Report r = RulesSoundnessProperties.V.validate(withClaim(d, c, changed));
    Statistics.label("share").collect(up ? "up" : "down");
    assertThat(at(r, c.provenance())).as("%s: %s%% → %s%% (part ÷ whole in [%s, %s])", c.subject(),
        c.percent().get().value(), stated, lo, hi)
        .anyMatch(f -> f.severity() == Severity.ERROR && f.ruleId().startsWith("narrative.share"));
  }

  /**
   * A stated year-over-year change (“增加 D 万元，增长 P%”) moved 0.02 万元 or more beyond the interval of
   * D that the published current figure and P allow (D = C·P ÷ (100 ± P), over the corners). The change
   * rule judges the percent that D implies against P: an ERROR at the claim when that misses P's
   * interval by more than one last digit (0.01 percentage point), else a finding at the claim: a
   * WARNING when truncation or an adjustment to 100% explains the near miss, an ERROR otherwise.
   */
  @Property(tries = 150)
  void aChangeBeyondItsRoundingIntervalIsReportedAtTheClaim(@ForAll long seed, @ForAll boolean halfEven,
      @ForAll @IntRange(min = 0, max = 1000) int which, @ForAll @IntRange(min = 2, max = 50) int extra,
      @ForAll boolean up) {
    BudgetDocument d = GeneratedBudget.generate(seed, halfEven);
    List<Claim> changes = d.claims().stream().filter(c -> c.kind() == ClaimKind.CHANGE && c.delta().isPresent()
        && c.percent().isPresent() && c.amount().isPresent()
        && c.direction().map(x -> x != dev.yusuan.model.Direction.FLAT).orElse(false)).toList();
    Assume.that(!changes.isEmpty());
    Claim c = changes.get(which % changes.size());
    int s = c.direction().get() == dev.yusuan.model.Direction.INCREASE ? 1 : -1;
    Amount cur = c.amount().get();
    BigDecimal cLo = cur.value().subtract(cur.halfUlp());
    BigDecimal cHi = cur.value().add(cur.halfUlp());
    BigDecimal p = c.percent().get().value();
    BigDecimal pLo = p.subtract(HALF).max(BigDecimal.ZERO);
    BigDecimal pHi = p.add(HALF);
    // D = C·P / (100 + s·P): increasing in C and in P
    BigDecimal dLo = cLo.multiply(pLo).divide(HUNDRED.add(pLo.multiply(BigDecimal.valueOf(s))), 12, RoundingMode.FLOOR);
    BigDecimal dHi = cHi.multiply(pHi).divide(HUNDRED.add(pHi.multiply(BigDecimal.valueOf(s))), 12, RoundingMode.CEILING);
    BigDecimal beyond = CENT.multiply(BigDecimal.valueOf(extra));
    BigDecimal delta = up ? dHi.add(HALF).add(beyond).setScale(2, RoundingMode.CEILING)
        : dLo.subtract(HALF).subtract(beyond).setScale(2, RoundingMode.FLOOR);
    BigDecimal prior = cur.value().subtract(delta.multiply(BigDecimal.valueOf(s)));
    Assume.that(delta.signum() > 0 && prior.subtract(new BigDecimal("0.02")).signum() > 0);
    // the percent the changed D implies, over the corners, and how far it misses P's interval
    BigDecimal dl = delta.subtract(HALF).max(BigDecimal.ZERO);
    BigDecimal dh = delta.add(HALF);
    BigDecimal implLo = dl.multiply(HUNDRED).divide(cHi.subtract(dl.multiply(BigDecimal.valueOf(s))), 12, RoundingMode.FLOOR);
    BigDecimal implHi = dh.multiply(HUNDRED).divide(cLo.subtract(dh.multiply(BigDecimal.valueOf(s))), 12, RoundingMode.CEILING);
    BigDecimal gap = implLo.subtract(pHi).max(pLo.subtract(implHi)).max(BigDecimal.ZERO);
    boolean error = gap.compareTo(CENT) > 0;
    Claim changed = Claim.builder().from(c).delta(Amount.of(delta, cur.unit())).build();
    Report r = RulesSoundnessProperties.V.validate(withClaim(d, c, changed));
    Statistics.label("change").collect(error ? "ERROR expected" : "near miss in percent");
    String why = c.subject() + ": D " + c.delta().get() + " → " + delta + " (D allowed by C and P: [" + dLo + ", "
        + dHi + "]; implied percent [" + implLo + ", " + implHi + "] vs P " + p + ")";
    if (error) {
      assertThat(errorAt(r, c.provenance())).as(why).isTrue();
    } else {
      assertThat(nearMissAt(r, c.provenance())).as(why).isTrue();
    }
  }

  /**
   * A narrative amount (which the tables also publish) moved by the allowance of that comparison plus
   * {@code beyond} last digits: 0.02 万元 beyond (two digits) and more must be an ERROR at the narrative.
   */
  @Property(tries = 150)
  void aNarrativeAmountBeyondRoundingIsReportedAtTheNarrative(@ForAll long seed, @ForAll boolean halfEven,
      @ForAll @IntRange(min = 0, max = 1000) int which, @ForAll @IntRange(min = 0, max = 100) int rel,
      @ForAll @IntRange(min = 1, max = 4) int beyond, @ForAll boolean up) {
    BudgetDocument d = GeneratedBudget.generate(seed, halfEven);
    List<Relation> all = RoundingOracle.relations(d);
    List<Fact> narrative = d.facts().stream().filter(f -> f.provenance().tableId().isEmpty())
        .filter(f -> !RoundingOracle.of(all, f).isEmpty()).toList();
    Fact target = narrative.get(which % narrative.size());
    justBeyond(d, all, target, rel, beyond, up, "narrative amount");
  }

  static void justBeyond(BudgetDocument d, List<Relation> all, Fact target, int rel, int beyond, boolean up,
      String label) {
    List<Relation> rels = RoundingOracle.of(all, target);
    Relation r = rels.get(rel % rels.size());
    int dir = up ? 1 : -1;
    BigDecimal want = r.allowance().add(r.ulp().multiply(BigDecimal.valueOf(beyond))).multiply(BigDecimal.valueOf(dir));
    BigDecimal deltaYuan = want.subtract(r.residual()).multiply(BigDecimal.valueOf(r.signOf(target)));
    BigDecimal step = stepsInYuan(target, 1);
    int steps = deltaYuan.divide(step, 0, deltaYuan.signum() >= 0 ? RoundingMode.CEILING : RoundingMode.FLOOR)
        .intValueExact();
    assertThat(r.gapAfter(target, stepsInYuan(target, steps))).as("%s", r)
        .isGreaterThanOrEqualTo(r.ulp().multiply(BigDecimal.valueOf(beyond)));
    judge(d, target, steps, label);
  }

  /**
   * The boundary, on one figure published twice (a 2-term equality, rounding allowance 0.005 + 0.005 =
   * 0.01 万元): moved by 0.01 it can still be the same true value (no error), by 0.02 it misses by one last
   * digit (a near-miss WARNING that says so), by 0.03 it is an ERROR.
   */
  @Example
  void oneTwoThreeLastDigitsOnAFigurePublishedTwice() {
    BudgetDocument d = GeneratedBudget.generate(1, false);
    List<Relation> all = RoundingOracle.relations(d);
    // 一般公共预算基本支出 in the narrative, also published in the tables: its only relations are duplicates
    Fact target = d.facts().stream().filter(f -> f.provenance().tableId().isEmpty()
        && f.coordinates().getOrNull(dev.yusuan.model.FactDimension.SPENDING_TYPE) != null
        && f.coordinates().getOrNull(dev.yusuan.model.FactDimension.SPENDING_TYPE).equals("BASIC")).findFirst().orElseThrow();
    List<Relation> rels = RoundingOracle.of(all, target);
    assertThat(rels).isNotEmpty().allMatch(r -> r.name().equals("duplicate") && r.terms().size() == 2
        && r.residual().signum() == 0 && r.allowance().compareTo(BigDecimal.valueOf(100)) == 0);
    for (int dir : new int[] {1, -1}) {
      Report one = RulesSoundnessProperties.V.validate(moved(d, target, dir));
      assertThat(at(one, target.provenance())).as("±0.01").isEmpty();
      Report two = RulesSoundnessProperties.V.validate(moved(d, target, 2 * dir));
      assertThat(at(two, target.provenance())).as("±0.02").isNotEmpty()
          .allMatch(f -> f.severity() == Severity.WARNING && f.messageEn().contains(NEAR_MISS_EN));
      Report three = RulesSoundnessProperties.V.validate(moved(d, target, 3 * dir));
      assertThat(at(three, target.provenance())).as("±0.03").isNotEmpty()
          .allMatch(f -> f.severity() == Severity.ERROR);
    }
  }
}
