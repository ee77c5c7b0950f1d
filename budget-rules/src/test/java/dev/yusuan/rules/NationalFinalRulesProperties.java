package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The {@code national-final} pack (部门决算 in the national template) on generated final accounts with the
 * same facts as the Shanghai district forms (tables renamed to the {@code nf.*} kinds): honestly rounded
 * documents get no ERROR or WARNING from its arithmetic rules; a balance figure changed beyond rounding is
 * an ERROR at that cell; 结余分配 (SURPLUS_DISTRIBUTION) is one of the uses of 收入支出决算总表.
 */
class NationalFinalRulesProperties {
  static final RulePack PACK = StandardRules.nationalFinal();
  static final Validator V = Validator.of(PACK);

  /** The generated Shanghai 决算 as the national template prints it: same facts, {@code nf.*} tables. */
  static BudgetDocument national(long seed, boolean halfEven) {
    return asTemplate(GeneratedShanghaiFinal.generate(seed, halfEven), "national-final",
        k -> k.replace("sh.final-", "nf."));
  }

  /** {@code d} as another template prints it: same facts, its tables' kinds renamed. */
  static BudgetDocument asTemplate(BudgetDocument d, String template, java.util.function.UnaryOperator<String> kind) {
    List<DisclosureTable> tables = d.tables().stream().map(t -> DisclosureTable.builder().from(t)
        .kind(kind.apply(t.kind())).build()).toList();
    return BudgetDocument.builder().from(d).template(template).tables(tables).build();
  }

  static List<Finding> arithmeticProblems(Report r) {
    return arithmeticProblems(PACK, r);
  }

  /** The WARNING and ERROR findings of {@code pack}'s arithmetic rules (and of rules it does not know). */
  static List<Finding> arithmeticProblems(RulePack pack, Report r) {
    return r.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING))
        .filter(f -> pack.rule(f.ruleId()).map(Rule::isArithmetic).orElse(true)).toList();
  }

  @Property(tries = 100)
  void honestlyRoundedNationalFinalAccountsPass(@ForAll long seed, @ForAll boolean halfEven) {
    BudgetDocument d = national(seed, halfEven);
    assertThat(StandardRules.departmentBudget(d).name()).isEqualTo("national-final");
    assertThat(arithmeticProblems(V.validate(d))).as("seed %d", seed).extracting(Finding::messageEn).isEmpty();
  }

  @Property(tries = 100)
  void aBalanceFigureChangedBeyondRoundingIsAnErrorAtThatCell(@ForAll long seed, @ForAll boolean halfEven,
      @ForAll @IntRange(min = 0, max = 10_000) int which, @ForAll @IntRange(min = 10, max = 100_000) int cents,
      @ForAll boolean up) {
    BudgetDocument d = national(seed, halfEven);
    List<Fact> cells = d.facts().stream().filter(FinalAccountProperties::balanceCell).toList();
    Fact target = cells.get(which % cells.size());
    BigDecimal delta = BigDecimal.valueOf(up ? cents : -cents, 2);
    Report r = V.validate(Perturb.replace(d, target, Perturb.shiftedBy(target.amount(), delta)));
    assertThat(r.findings()).as("%s %s changed by %s 万元", target.provenance(), target.coordinates(), delta)
        .anyMatch(f -> f.severity() == Severity.ERROR && f.locations().contains(target.provenance()));
  }

  /**
   * 结余分配 X taken from 年末结转和结余: balanced when published as SURPLUS_DISTRIBUTION, an ERROR of
   * {@code nf.balance.uses-total} when the closing balance is lowered without it.
   */
  @Property(tries = 50)
  void surplusDistributedIsAUse(@ForAll long seed, @ForAll @IntRange(min = 100, max = 5_000) int cents) {
    BudgetDocument d = national(seed, true);
    Fact closing = d.facts().stream().filter(f -> f.concept() == Concept.CARRY_FORWARD
        && f.coordinates().equals(Coordinates.EMPTY) && f.provenance().tableId().isPresent()).findFirst()
        .orElseThrow();
    BigDecimal x = BigDecimal.valueOf(cents, 2).min(closing.amount().value());
    Amount lower = Amount.of(closing.amount().value().subtract(x), closing.amount().unit());
    BudgetDocument withoutDistribution = Perturb.replace(d, closing, lower);
    List<Fact> facts = new ArrayList<>(withoutDistribution.facts());
    facts.add(Fact.builder().from(closing).concept(Concept.SURPLUS_DISTRIBUTION)
        .amount(Amount.of(x, closing.amount().unit())).build());
    BudgetDocument withDistribution = BudgetDocument.builder().from(withoutDistribution).facts(facts).build();
    assertThat(arithmeticProblems(V.validate(withDistribution))).extracting(Finding::messageEn).isEmpty();
    if (x.compareTo(BigDecimal.ONE) >= 0) { // beyond the rounding of the figures in the sum
      assertThat(V.validate(withoutDistribution).findings()).extracting(Finding::ruleId)
          .contains("nf.balance.uses-total");
    }
  }
}
