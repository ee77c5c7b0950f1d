package dev.yusuan.rules;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactSet;
import dev.yusuan.model.DisclosureTable;
import java.util.List;

/** What a {@link Check} sees while it runs for one rule on one document. */
public interface RuleContext {
  BudgetDocument document();

  /** Every fact of the document, indexed. */
  FactSet facts();

  /** The facts in the rule's scope (its tables, concepts and {@code that} condition). */
  List<Fact> scopedFacts();

  /** The tables in the rule's scope, in document order. */
  List<DisclosureTable> tables();

  TolerancePolicy tolerance();

  /**
   * The catalogue of 政府收支分类科目 codes are checked against: the validator's
   * ({@link Validator.Builder#catalogue}), by default the bundled {@link Catalogue#standard()}.
   */
  default Catalogue catalogue() {
    return Catalogue.standard();
  }

  /** The rule being evaluated. */
  Rule rule();

  /** A finding builder with the rule id, severity and hint filled in. */
  Finding.Builder finding();

  /** Reports a finding. */
  void report(Finding finding);
}
