package dev.yusuan.rules;

import dev.yusuan.model.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/** What describes a rule to people: id, titles, severity, hint, and the pack it belongs to. */
@Value.Immutable
public abstract class RuleInfo {
  /**
   * The rule id.
   *
   * @return the id, e.g. {@code zj.sum.function}
   */
  public abstract String id();

  /**
   * The title in Chinese.
   *
   * @return the Chinese title
   */
  public abstract String titleZh();

  /**
   * The title in English.
   *
   * @return the English title
   */
  public abstract String titleEn();

  /**
   * The severity of a clear violation.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * A hint for fixing a violation, or the reason the rule holds when no hint was given.
   *
   * @return the hint, or empty
   */
  public abstract Optional<String> hint();

  /**
   * The rule pack, e.g. {@code zhejiang-budget}.
   *
   * @return the pack name
   */
  public abstract String pack();

  /**
   * A new builder; every attribute except the hint must be set before {@code build()}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableRuleInfo.Builder {}
}
