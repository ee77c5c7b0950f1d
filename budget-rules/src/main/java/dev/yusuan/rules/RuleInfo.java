package dev.yusuan.rules;

import dev.yusuan.model.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/** What describes a rule to people: id, titles, severity, hint, and the pack it belongs to. */
@Value.Immutable
public abstract class RuleInfo {
  public abstract String id();

  public abstract String titleZh();

  public abstract String titleEn();

  public abstract Severity severity();

  public abstract Optional<String> hint();

  /** The rule pack, e.g. {@code zhejiang-budget}. */
  public abstract String pack();

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableRuleInfo.Builder {}
}
