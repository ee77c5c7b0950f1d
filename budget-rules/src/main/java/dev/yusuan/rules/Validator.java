package dev.yusuan.rules;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.rules.internal.Engine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Validates documents against rule packs. Immutable and thread-safe: one instance serves a whole ETL
 * job. {@link #validate} never throws for bad data; a rule that fails with an exception becomes an
 * ERROR finding about that rule.
 */
public final class Validator {
  private final List<RulePack> packs;
  private final TolerancePolicy tolerance;
  private final Catalogue catalogue;

  private Validator(List<RulePack> packs, TolerancePolicy tolerance, Catalogue catalogue) {
    this.packs = List.copyOf(packs);
    this.tolerance = tolerance;
    this.catalogue = catalogue;
  }

  /**
   * A validator of these packs with the default {@link TolerancePolicy#INTERVAL} policy and the
   * bundled catalogue.
   *
   * @param packs the packs, evaluated in this order
   * @return an immutable, thread-safe validator
   */
  public static Validator of(RulePack... packs) {
    return new Validator(List.of(packs), TolerancePolicy.INTERVAL, Catalogue.standard());
  }

  /**
   * A builder with no pack and the {@link TolerancePolicy#INTERVAL} policy.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How rounding is allowed for when comparing published numbers.
   *
   * @return the tolerance policy
   */
  public TolerancePolicy tolerance() {
    return tolerance;
  }

  /**
   * The catalogue of 政府收支分类科目 the rules check codes against ({@link RuleContext#catalogue()}).
   *
   * @return the catalogue; {@link Catalogue#standard()} unless set
   */
  public Catalogue catalogue() {
    return catalogue;
  }

  /**
   * Every pack this validator holds, including template-restricted and fallback packs that a given
   * document may not select.
   *
   * @return an immutable list, in evaluation order
   */
  public List<RulePack> packs() {
    return packs;
  }

  /**
   * Every rule evaluated, described.
   *
   * @return one description per rule of every pack, in order (a new, modifiable list)
   */
  public List<RuleInfo> rules() {
    List<RuleInfo> l = new ArrayList<>();
    packs.forEach(p -> l.addAll(p.infos()));
    return l;
  }

  /**
   * This validator with another tolerance policy.
   *
   * @param policy the policy, not null
   * @return a new validator with the same packs; this one is unchanged
   */
  public Validator withTolerance(TolerancePolicy policy) {
    return new Validator(packs, Objects.requireNonNull(policy), catalogue);
  }

  /**
   * This validator checking codes against another catalogue, e.g.
   * {@code Catalogue.standard().withOverrides(Catalogue.load(file))}.
   *
   * @param catalogue the catalogue, not null
   * @return a new validator with the same packs and policy; this one is unchanged
   */
  public Validator withCatalogue(Catalogue catalogue) {
    return new Validator(packs, tolerance, Objects.requireNonNull(catalogue));
  }

  /**
   * Evaluates every rule of the packs that apply to {@code document} (see
   * {@link RulePack#selectFor}); findings most severe first.
   *
   * @param document the document, as read
   * @return the report; never null
   */
  public Report validate(BudgetDocument document) {
    return Engine.run(packs, tolerance, catalogue, document);
  }

  /**
   * Validates consecutive disclosures of one department together: each document as by
   * {@link #validate}, then every pair of consecutive years (this year's 上年预算数 / 上年执行数 columns
   * and "比上年…" statements against the figures last year's document published). Documents are taken
   * in year order; a pair whose years are not consecutive is not compared. Each cross-year finding is
   * added to the reports of both documents.
   *
   * @param documents the disclosures of one department, in any order
   * @return one report per document, oldest first, and the cross-year findings
   */
  public SeriesReport validateSeries(List<BudgetDocument> documents) {
    List<BudgetDocument> docs = new ArrayList<>(documents);
    docs.sort(java.util.Comparator.comparingInt(BudgetDocument::year));
    List<List<Finding>> extra = new ArrayList<>();
    docs.forEach(d -> extra.add(new ArrayList<>()));
    List<Finding> cross = new ArrayList<>();
    List<Rule> rules = StandardRules.series();
    for (int i = 1; i < docs.size(); i++) {
      BudgetDocument prev = docs.get(i - 1);
      BudgetDocument cur = docs.get(i);
      if (cur.year() != prev.year() + 1) {
        continue;
      }
      List<Finding> found = new ArrayList<>();
      for (Rule r : rules) {
        try {
          found.addAll(r.id().equals(StandardRules.SERIES_PRIOR_COLUMN)
              ? dev.yusuan.rules.internal.Series.priorColumns(r, tolerance, prev, cur)
              : dev.yusuan.rules.internal.Series.priorStatements(r, tolerance, prev, cur));
        } catch (RuntimeException e) {
          found.add(Finding.builder().ruleId(r.id()).severity(dev.yusuan.model.Severity.ERROR)
              .messageZh("规则 " + r.id() + " 执行失败：" + e).messageEn("rule " + r.id() + " failed to run: " + e)
              .addLocations(dev.yusuan.model.Provenance.of(cur.source())).build());
        }
      }
      cross.addAll(found);
      extra.get(i - 1).addAll(found);
      extra.get(i).addAll(found);
    }
    SeriesReport.Builder b = SeriesReport.builder().addAllCrossYear(cross);
    rules.forEach(r -> b.addRules(r.info("series")));
    for (int i = 0; i < docs.size(); i++) {
      Report r = validate(docs.get(i));
      if (docs.size() > 1) {
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(extra.get(i));
        all.sort(java.util.Comparator.comparing(Finding::severity));
        Report.Builder rb = Report.builder().from(r).findings(all);
        rules.forEach(x -> rb.addRules(x.info("series")));
        r = rb.build();
      }
      b.addReports(r);
    }
    return b.build();
  }

  /** Builder. */
  public static final class Builder {
    private final List<RulePack> packs = new ArrayList<>();
    private TolerancePolicy tolerance = TolerancePolicy.INTERVAL;
    private Catalogue catalogue = Catalogue.standard();

    private Builder() {}

    /**
     * Adds a pack.
     *
     * @param pack the pack
     * @return this builder
     */
    public Builder add(RulePack pack) {
      packs.add(pack);
      return this;
    }

    /**
     * Adds several packs, e.g. {@link StandardRules#all()}.
     *
     * @param more the packs, in order
     * @return this builder
     */
    public Builder addAll(java.util.Collection<RulePack> more) {
      packs.addAll(more);
      return this;
    }

    /**
     * Sets the tolerance policy; {@link TolerancePolicy#INTERVAL} by default.
     *
     * @param policy the policy, not null
     * @return this builder
     */
    public Builder tolerance(TolerancePolicy policy) {
      this.tolerance = Objects.requireNonNull(policy);
      return this;
    }

    /**
     * Sets the catalogue codes are checked against (default: the bundled {@link Catalogue#standard()}).
     *
     * @param catalogue the catalogue, not null
     * @return this builder
     */
    public Builder catalogue(Catalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue);
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return an immutable, thread-safe validator
     */
    public Validator build() {
      return new Validator(packs, tolerance, catalogue);
    }
  }
}
