package dev.yusuan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Concept;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The Shanghai final-account relations (年初结转和结余 + 本年收入 = 本年支出 + 年末结转和结余, per fund column
 * and per function row of the fund tables): documents generated from exact 分 with 年末 derived exactly and
 * every figure rounded honestly to 0.01 万元 get no ERROR or WARNING from the arithmetic rules of
 * {@code shanghai-final}; one balance figure changed beyond rounding is an ERROR located at that cell.
 */
class FinalAccountProperties {
  static final RulePack PACK = StandardRules.shanghaiFinal();
  static final Validator V = Validator.of(PACK);
  static final Set<String> FUNDS = Set.of(FundSource.GENERAL_PUBLIC_BUDGET.name(), FundSource.GOVERNMENT_FUND.name(),
      FundSource.STATE_CAPITAL.name(), FundSource.CARRY_OVER_GENERAL_PUBLIC_BUDGET.name(),
      FundSource.CARRY_OVER_GOVERNMENT_FUND.name(), FundSource.CARRY_OVER_STATE_CAPITAL.name());

  static List<Finding> arithmeticProblems(Report r) {
    return r.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING))
        .filter(f -> PACK.rule(f.ruleId()).map(Rule::isArithmetic).orElse(true)).toList();
  }

  /** A per-fund balance figure: 年初 / 本年收入 / 本年支出 (total) / 年末 of one fiscal fund, any row. */
  static boolean balanceCell(Fact f) {
    String fs = f.coordinates().getOrNull(FactDimension.FUND_SOURCE);
    if (f.provenance().tableId().isEmpty() || fs == null || !FUNDS.contains(fs)) {
      return false;
    }
    return f.concept() == Concept.REVENUE || f.concept() == Concept.CARRY_FORWARD
        || f.concept() == Concept.EXPENDITURE && f.coordinates().getOrNull(FactDimension.SPENDING_TYPE) == null;
  }

  @Property(tries = 150)
  void honestlyRoundedFinalAccountsBalance(@ForAll long seed, @ForAll boolean halfEven) {
    BudgetDocument d = GeneratedShanghaiFinal.generate(seed, halfEven);
    assertThat(arithmeticProblems(V.validate(d))).as("seed %d halfEven %s", seed, halfEven)
        .extracting(Finding::messageEn).isEmpty();
  }

  /** Control: the same generator truncating instead of rounding is caught (the property can fail). */
  @net.jqwik.api.Example
  void truncatingInsteadOfRoundingIsCaught() {
    int problems = 0;
    for (long seed = 0; seed < 20; seed++) {
      GeneratedShanghaiFinal g = new GeneratedShanghaiFinal(seed, false) {
        @Override
        String pub(long fen, MoneyUnit unit) {
          return BigDecimal.valueOf(fen).movePointLeft(6).setScale(2, java.math.RoundingMode.DOWN).toPlainString();
        }
      };
      problems += arithmeticProblems(V.validate(g.build())).size();
    }
    assertThat(problems).isPositive();
  }

  @Property(tries = 150)
  void aBalanceFigureChangedBeyondRoundingIsAnErrorAtThatCell(@ForAll long seed, @ForAll boolean halfEven,
      @ForAll @IntRange(min = 0, max = 10_000) int which, @ForAll @IntRange(min = 10, max = 100_000) int cents,
      @ForAll boolean up) {
    BudgetDocument d = GeneratedShanghaiFinal.generate(seed, halfEven);
    List<Fact> cells = d.facts().stream().filter(FinalAccountProperties::balanceCell).toList();
    assertThat(cells).isNotEmpty();
    Fact target = cells.get(which % cells.size());
    BigDecimal delta = BigDecimal.valueOf(up ? cents : -cents, 2);
    Amount a = target.amount();
    Amount changed = Amount.of(a.value().add(MoneyUnit.WAN_YUAN.convert(delta, a.unit())).setScale(a.scale()),
        a.unit());
    BudgetDocument wrong = Perturb.replace(d, target, changed);
    Report r = V.validate(wrong);
    assertThat(r.findings()).as("%s %s changed by %s 万元", target.provenance(), target.coordinates(), delta)
        .anyMatch(f -> f.severity() == Severity.ERROR && f.locations().contains(target.provenance()));
  }
}
