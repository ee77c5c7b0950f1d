package dev.yusuan.rules;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.DisclosureTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Test helper: copies of a document with one published value changed. */
final class Mutate {
  private Mutate() {}

  /** DisclosureTable cell: table id prefix, row code or label, column header. */
  static Predicate<Fact> cell(String table, String row, String column) {
    return f -> f.provenance().tableId().orElse("").equals(table)
        && (f.provenance().rowCode().orElse("").equals(row) || f.provenance().rowLabel().orElse("").equals(row))
        && f.provenance().columnHeader().orElse("").equals(column);
  }

  static Predicate<Fact> narrative(Concept c, Coordinates at) {
    return f -> f.provenance().tableId().isEmpty() && f.concept() == c && f.coordinates().equals(at);
  }

  /** Sets the value of every matching fact (and of claims at the same provenance). */
  static BudgetDocument set(BudgetDocument d, Predicate<Fact> which, String value) {
    List<Fact> facts = new ArrayList<>();
    List<Claim> claims = new ArrayList<>(d.claims());
    int n = 0;
    for (Fact f : d.facts()) {
      if (which.test(f)) {
        n++;
        Amount a = Amount.of(value, f.amount().unit());
        facts.add(Fact.builder().from(f).amount(a).build());
        claims.replaceAll(c -> c.provenance().equals(f.provenance()) && c.amount().isPresent()
            ? Claim.builder().from(c).amount(a).build() : c);
      } else {
        facts.add(f);
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("no fact matched");
    }
    return BudgetDocument.builder().from(d).facts(facts).claims(claims).build();
  }

  static BudgetDocument claims(BudgetDocument d, Predicate<Claim> which, UnaryOperator<Claim.Builder> change) {
    List<Claim> claims = new ArrayList<>();
    int n = 0;
    for (Claim c : d.claims()) {
      if (which.test(c)) {
        n++;
        claims.add(change.apply(Claim.builder().from(c)).build());
      } else {
        claims.add(c);
      }
    }
    if (n == 0) {
      throw new IllegalArgumentException("no claim matched");
    }
    return BudgetDocument.builder().from(d).claims(claims).build();
  }

  static BudgetDocument percent(BudgetDocument d, String subject, String pct) {
    return claims(d, c -> c.subject().equals(subject), b -> b.percent(Percentage.of(new BigDecimal(pct))));
  }

  static BudgetDocument addFact(BudgetDocument d, Fact f) {
    return BudgetDocument.builder().from(d).addFacts(f).build();
  }

  static BudgetDocument tables(BudgetDocument d, UnaryOperator<DisclosureTable> change) {
    List<DisclosureTable> ts = new ArrayList<>();
    for (DisclosureTable t : d.tables()) {
      ts.add(change.apply(t));
    }
    return BudgetDocument.builder().from(d).tables(ts).build();
  }
}
