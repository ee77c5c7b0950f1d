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

  public String id() {
    return id;
  }

  public String titleZh() {
    return titleZh;
  }

  public String titleEn() {
    return titleEn;
  }

  /** The severity of a clear violation (near misses explained by rounding are reported lower). */
  public Severity severity() {
    return severity;
  }

  public Scope scope() {
    return scope;
  }

  /** The {@code that} condition on facts in scope (always true unless given). */
  public Predicate<Fact> condition() {
    return condition;
  }

  public Check check() {
    return check;
  }

  /** Why the rule holds ({@code because …}). */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> hint() {
    return Optional.ofNullable(hint);
  }

  /** Message template in Chinese, with placeholders. */
  public Optional<String> messageZh() {
    return Optional.ofNullable(messageZh);
  }

  /** Message template in English, with placeholders. */
  public Optional<String> messageEn() {
    return Optional.ofNullable(messageEn);
  }

  /** E.g. {@code arithmetic}, {@code structure}, {@code performance}. */
  public String category() {
    return category;
  }

  /** Where the rule was defined: {@code java} or {@code file.rules:12}. */
  public String origin() {
    return origin;
  }

  /** Whether the rule checks arithmetic over published numbers (sums, balances, claims). */
  public boolean isArithmetic() {
    return ARITHMETIC.equals(category);
  }

  /** The description of this rule as part of {@code pack}. */
  public RuleInfo info(String pack) {
    return RuleInfo.builder().id(id).titleZh(titleZh).titleEn(titleEn).severity(severity)
        .hint(Optional.ofNullable(hint).or(this::reason)).pack(pack).build();
  }

  /** A builder with this rule's settings. */
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
    private Predicate<Fact> condition = f -> true;
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

    public Builder titled(String zh, String en) {
      this.titleZh = zh;
      this.titleEn = en;
      return this;
    }

    public Builder given(Scope scope) {
      this.scope = Objects.requireNonNull(scope);
      return this;
    }

    /** Only facts in scope satisfying {@code condition}. */
    public Builder that(Predicate<Fact> condition) {
      Predicate<Fact> prev = this.condition;
      this.condition = prev.and(condition);
      return this;
    }

    public Builder should(Check check) {
      this.check = Objects.requireNonNull(check);
      return this;
    }

    public Builder because(String reason) {
      this.reason = reason;
      return this;
    }

    public Builder hint(String hint) {
      this.hint = hint;
      return this;
    }

    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity);
      return this;
    }

    /** Message templates; placeholders {reported}, {computed}, {difference}, {allowance}, {what}, {cell}. */
    public Builder message(String zh, String en) {
      this.messageZh = zh;
      this.messageEn = en;
      return this;
    }

    public Builder category(String category) {
      this.category = Objects.requireNonNull(category);
      return this;
    }

    public Builder origin(String origin) {
      this.origin = Objects.requireNonNull(origin);
      return this;
    }

    public String id() {
      return id;
    }

    public Rule build() {
      return new Rule(this);
    }
  }
}
