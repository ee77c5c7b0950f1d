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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Sensitivity: change one published table value of an honestly rounded document by more than rounding
 * can explain (1 to 1000 万元, either sign) and the standard pack reports an ERROR located at that cell.
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
}
