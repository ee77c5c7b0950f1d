package dev.yusuan.rules;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactSet;
import dev.yusuan.model.DisclosureTable;
import java.util.List;

/** What a {@link Check} sees while it runs for one rule on one document. */
public interface RuleContext {
  /**
   * The document being validated.
   *
   * @return the document
   */
  BudgetDocument document();

  /**
   * Every fact of the document, indexed.
   *
   * @return the fact set of the whole document, whatever the rule's scope
   */
  FactSet facts();

  /**
   * The facts in the rule's scope (its tables, concepts and {@code that} condition).
   *
   * @return the facts in scope, in reading order
   */
  List<Fact> scopedFacts();

  /**
   * The tables in the rule's scope, in document order.
   *
   * @return the tables in scope
   */
  List<DisclosureTable> tables();

  /**
   * The tolerance policy of the validator; checks comparing numbers must honour it.
   *
   * @return the policy
   */
  TolerancePolicy tolerance();

  /**
   * The catalogue of 政府收支分类科目 codes are checked against: the validator's
   * ({@link Validator.Builder#catalogue}), by default the bundled {@link Catalogue#standard()}.
   *
   * @return the catalogue
   */
  default Catalogue catalogue() {
    return Catalogue.standard();
  }

  /** {@return the rule being evaluated} */
  Rule rule();

  /**
   * A finding builder with the rule id, severity and hint filled in.
   *
   * @return a new builder; add a message, locations and numbers, then {@link #report} it
   */
  Finding.Builder finding();

  /**
   * Reports a finding.
   *
   * @param finding the finding, reported as built (findings that share a root cause may be given a
   *     common group and culprit)
   */
  void report(Finding finding);
}
