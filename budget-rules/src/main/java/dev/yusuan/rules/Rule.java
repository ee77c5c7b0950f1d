package dev.yusuan.rules;

import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A declarative rule: id, titles in Chinese and English, severity, scope, the check, why it holds
 * ({@link #reason()}), a hint for fixing, and optional message templates with placeholders
 * ({@code {reported}}, {@code {computed}}, {@code {difference}}, {@code {allowance}}, {@code {what}},
 * {@code {cell}}). Immutable. Build with {@link Rules#rule(String)}.
 */
public final class Rule {
  /** Category of rules whose checks are arithmetic over published numbers. */
  public static final String ARITHMETIC = "arithmetic";

  private final String id;
  private final String titleZh;
  private final String titleEn;
  private final Severity severity;
  private final Scope scope;
  private final Predicate<Fact> condition;
  private final Check check;
  private final String reason;
  private final String hint;
  private final String messageZh;
  private final String messageEn;
  private final String category;
  private final String origin;

  private Rule(Builder b) {
    this.id = b.id;
    this.titleZh = Objects.requireNonNull(b.titleZh, "title of rule " + b.id);
    this.titleEn = b.titleEn == null ? b.titleZh : b.titleEn;
    this.severity = b.severity;
    this.scope = b.scope;
    this.condition = b.condition;
    this.check = Objects.requireNonNull(b.check, "check of rule " + b.id);
    this.reason = b.reason;
    this.hint = b.hint;
    this.messageZh = b.messageZh;
    this.messageEn = b.messageEn;
    this.category = b.category;
    this.origin = b.origin;
  }

  /**
   * The rule id, unique within a pack, e.g. {@code ex.wages}; findings carry it.
   *
   * @return the id, never blank
   */
  public String id() {
    return id;
  }

  /**
   * The title in Chinese, shown in reports (e.g. 支出总表合计等于各项之和).
   *
   * @return the Chinese title
   */
  public String titleZh() {
    return titleZh;
  }

  /**
   * The title in English; the Chinese title when none was given.
   *
   * @return the English title
   */
  public String titleEn() {
    return titleEn;
  }

  /**
   * The severity of a clear violation (near misses explained by rounding are reported lower).
   *
   * @return the severity of a clear violation
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Which part of the document the rule looks at (facts, tables, claims, targets or the document as a
   * whole). The check runs once per document and sees that part through {@link RuleContext}.
   *
   * @return the scope
   */
  public Scope scope() {
    return scope;
  }

  /**
   * The {@code that} condition on facts in scope (always true unless given).
   *
   * @return the condition; facts failing it are skipped
   */
  public Predicate<Fact> condition() {
    return condition;
  }

  /**
   * Whether the rule has a {@code that} condition: without one {@link #condition()} holds for every
   * fact, and an evaluator need not ask it fact by fact (at 10⁶ facts asking it was a fifth of a
   * validation's time: a call per fact per rule on facts that are no longer in the caches).
   *
   * @return false when {@link #condition()} is the condition of every fact
   */
  public boolean hasCondition() {
    return condition != EVERY;
  }

  /** The condition of a rule without {@code that} (the same object for every rule: see {@link #hasCondition()}). */
  private static final Predicate<Fact> EVERY = f -> true;

  /**
   * What the rule asserts for each element of its scope.
   *
   * @return the check
   */
  public Check check() {
    return check;
  }

  /**
   * Why the rule holds ({@code because …}).
   *
   * @return the reason, or empty
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * How a publisher would fix a violation, shown with findings.
   *
   * @return the hint, or empty
   */
  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  /**
   * Message template in Chinese, with placeholders.
   *
   * @return the template, or empty to use the check's own message
   */
  public Optional<String> messageZh() {
    return Optional.ofNullable(messageZh);
  }

  /**
   * Message template in English, with placeholders.
   *
   * @return the template, or empty to use the check's own message
   */
  public Optional<String> messageEn() {
    return Optional.ofNullable(messageEn);
  }

  /**
   * E.g. {@code arithmetic}, {@code structure}, {@code performance}.
   *
   * @return the category, e.g. {@code arithmetic}, {@code structure} or {@code performance}
   */
  public String category() {
    return category;
  }

  /**
   * Where the rule was defined: {@code java} or {@code file.rules:12}.
   *
   * @return the origin
   */
  public String origin() {
    return origin;
  }

  /**
   * Whether the rule checks arithmetic over published numbers (sums, balances, claims).
   *
   * @return true when {@link #category()} is {@link #ARITHMETIC}
   */
  public boolean isArithmetic() {
    return ARITHMETIC.equals(category);
  }

  /**
   * The description of this rule as part of {@code pack}.
   *
   * @param pack the name of the pack that holds the rule
   * @return the description; its hint is the rule's hint, or else its reason
   */
  public RuleInfo info(String pack) {
    return RuleInfo.builder().id(id).titleZh(titleZh).titleEn(titleEn).severity(severity)
        .hint(Optional.ofNullable(hint).or(this::reason)).pack(pack).build();
  }

  /**
   * A builder with this rule's settings.
   *
   * @return a new builder; changing it does not change this rule
   */
  public Builder toBuilder() {
    Builder b = new Builder(id).titled(titleZh, titleEn).severity(severity).given(scope).should(check)
        .category(category).origin(origin);
    b.condition = condition;
    b.reason = reason;
    b.hint = hint;
    b.messageZh = messageZh;
    b.messageEn = messageEn;
    return b;
  }

  @Override
  public String toString() {
    return id + " (" + severity + "): " + titleEn;
  }

  /**
   * Builds a rule as a sentence: {@code rule(id).titled(zh, en).given(scope).that(condition)
   * .should(check).because(reason).severity(ERROR)}, then {@link #build()} (packs accept builders).
   */
  public static final class Builder {
    private final String id;
    private String titleZh;
    private String titleEn;
    private Severity severity = Severity.ERROR;
    private Scope scope = Scope.facts();
    private Predicate<Fact> condition = EVERY;
    private Check check;
    private String reason;
    private String hint;
    private String messageZh;
    private String messageEn;
    private String category = ARITHMETIC;
    private String origin = "java";

    Builder(String id) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("rule id is blank");
      }
      this.id = id;
    }

    /**
     * Sets the titles (required: {@link #build()} fails without a Chinese title).
     *
     * @param zh the Chinese title
     * @param en the English title, or null to reuse the Chinese one
     * @return this builder
     */
    public Builder titled(String zh, String en) {
      this.titleZh = zh;
      this.titleEn = en;
      return this;
    }

    /**
     * Sets what the rule is evaluated on; {@link Scope#facts()} by default.
     *
     * @param scope the scope, not null
     * @return this builder
     */
    public Builder given(Scope scope) {
      this.scope = Objects.requireNonNull(scope);
      return this;
    }

    /**
     * Only facts in scope satisfying {@code condition}.
     *
     * @param condition a further condition, combined with earlier ones by AND
     * @return this builder
     */
    public Builder that(Predicate<Fact> condition) {
      Predicate<Fact> prev = this.condition;
      this.condition = prev.and(condition);
      return this;
    }

    /**
     * Sets what the rule asserts (required).
     *
     * @param check the check, not null
     * @return this builder
     */
    public Builder should(Check check) {
      this.check = Objects.requireNonNull(check);
      return this;
    }

    /**
     * Sets why the rule holds (a legal basis or an accounting identity), shown with findings.
     *
     * @param reason the reason, or null for none
     * @return this builder
     */
    public Builder because(String reason) {
      this.reason = reason;
      return this;
    }

    /**
     * Sets how a publisher would fix a violation.
     *
     * @param hint the hint, or null for none
     * @return this builder
     */
    public Builder hint(String hint) {
      this.hint = hint;
      return this;
    }

    /**
     * Sets the severity of a clear violation; {@link Severity#ERROR} by default. Use ERROR only when a
     * violation means the document contradicts itself.
     *
     * @param severity the severity, not null
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity);
      return this;
    }

    /**
     * Message templates; placeholders {reported}, {computed}, {difference}, {allowance}, {what},
     * {cell}.
     *
     * @param zh the Chinese template, or null
     * @param en the English template, or null
     * @return this builder
     */
    public Builder message(String zh, String en) {
      this.messageZh = zh;
      this.messageEn = en;
      return this;
    }

    /**
     * Sets the category; {@link Rule#ARITHMETIC} by default.
     *
     * @param category the category, not null
     * @return this builder
     */
    public Builder category(String category) {
      this.category = Objects.requireNonNull(category);
      return this;
    }

    /**
     * Sets where the rule was defined; {@code java} by default.
     *
     * @param origin e.g. {@code my.rules:12}, not null
     * @return this builder
     */
    public Builder origin(String origin) {
      this.origin = Objects.requireNonNull(origin);
      return this;
    }

    /**
     * The id the rule will have.
     *
     * @return the id
     */
    public String id() {
      return id;
    }

    /**
     * Builds the rule.
     *
     * @return the immutable rule
     * @throws NullPointerException if no Chinese title or no check was set
     */
    public Rule build() {
      return new Rule(this);
    }
  }
}
