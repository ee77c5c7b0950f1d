package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The {@code national-budget} pack (部门预算 in the national template) on generated budgets with the facts
 * of the national tables (the Zhejiang-style generator's tables renamed to the {@code nb.*} kinds: the two
 * templates publish the same facts): honestly rounded documents get no ERROR or WARNING from its arithmetic
 * rules; a figure of a national table changed beyond rounding is an ERROR at that cell.
 */
class NationalBudgetRulesProperties {
  static final RulePack PACK = StandardRules.nationalBudget();
  static final Validator V = Validator.of(PACK);
  static final Map<String, String> KINDS = Map.of("zj.summary", "nb.summary", "zj.expenditure-summary",
      "nb.expenditure", "zj.fiscal-summary", "nb.fiscal-summary", "zj.gpb-expenditure", "nb.gpb", "zj.gpb-basic",
      "nb.gpb-basic", "zj.three-public", "nb.three-public");

  /** The generated budget as the national template prints it: same facts, {@code nb.*} tables. */
  static BudgetDocument national(long seed, boolean halfEven) {
    return NationalFinalRulesProperties.asTemplate(GeneratedBudget.generate(seed, halfEven), "national-budget",
        k -> KINDS.getOrDefault(k, k));
  }

  @Property(tries = 100)
  void honestlyRoundedNationalBudgetsPass(@ForAll long seed, @ForAll boolean halfEven) {
    BudgetDocument d = national(seed, halfEven);
    assertThat(StandardRules.departmentBudget(d).name()).isEqualTo("national-budget");
    assertThat(NationalFinalRulesProperties.arithmeticProblems(PACK, V.validate(d))).as("seed %d", seed).extracting(Finding::messageEn).isEmpty();
  }

  @Property(tries = 100)
  void aFigureOfANationalTableChangedBeyondRoundingIsAnErrorAtThatCell(@ForAll long seed,
      @ForAll boolean halfEven, @ForAll @IntRange(min = 0, max = 10_000) int which,
      @ForAll @IntRange(min = 10, max = 100_000) int cents, @ForAll boolean up) {
    BudgetDocument d = national(seed, halfEven);
    Set<String> national = d.tables().stream().filter(t -> t.kind().startsWith("nb."))
        .map(DisclosureTable::id).collect(Collectors.toSet());
    List<Fact> cells = d.facts().stream()
        .filter(f -> f.provenance().tableId().map(national::contains).orElse(false)).toList();
    Fact target = cells.get(which % cells.size());
    BigDecimal delta = BigDecimal.valueOf(up ? cents : -cents, 2);
    Report r = V.validate(Perturb.replace(d, target, Perturb.shiftedBy(target.amount(), delta)));
    assertThat(r.findings()).as("%s %s changed by %s 万元", target.provenance(), target.coordinates(), delta)
        .anyMatch(f -> f.severity() == Severity.ERROR && f.locations().contains(target.provenance()));
  }
}
