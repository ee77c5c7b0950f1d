package dev.yusuan.spark;

import dev.yusuan.rules.RulePack;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.TolerancePolicy;
import dev.yusuan.rules.Validator;
import dev.yusuan.spark.internal.ValidatorCache;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a Spark job validates with, as plain serialisable data: standard packs by name, rule-language texts
 * and a tolerance. Each executor JVM turns an equal spec into one {@link Validator} and keeps it
 * ({@link #validator()}), so rules are parsed once per executor, not per document or task.
 *
 * <p>Pack names: {@value #STANDARD} (every standard pack, each for its template, with the generic pack as
 * fallback: {@link StandardRules#all()}), or one pack: {@code zhejiang-budget}, {@code jiangsu-budget},
 * {@code shanghai-budget}, {@code shanghai-final}, {@code national-final}, {@code national-budget},
 * {@code generic-budget}.
 */
@Value.Immutable
public abstract class ValidatorSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Every standard pack ({@link StandardRules#all()}). */
  public static final String STANDARD = "standard";

  /** The names {@link #packs()} accepts. */
  public static final List<String> PACK_NAMES = List.of(STANDARD, StandardRules.ZHEJIANG, StandardRules.JIANGSU,
      "shanghai-budget", "shanghai-final", "national-final", "national-budget", "generic-budget");

  /** {@return the standard packs to run, by name (see {@link #PACK_NAMES})} */
  public abstract List<String> packs();

  /**
   * {@return rules in the rule language, by source name (the name appears in syntax errors), in order}
   */
  public abstract Map<String, String> rules();

  /**
   * {@return how published values are compared ({@link TolerancePolicy}); default {@code INTERVAL}}
   */
  @Value.Default
  public TolerancePolicy.Kind tolerance() {
    return TolerancePolicy.Kind.INTERVAL;
  }

  /** {@return the slack in 元 of an {@code ABSOLUTE} tolerance; 0 otherwise} */
  @Value.Default
  public BigDecimal toleranceYuan() {
    return BigDecimal.ZERO;
  }

  /**
   * Rejects an unknown pack name or a negative tolerance (called by the generated builder).
   *
   * @throws IllegalArgumentException naming the bad pack or tolerance
   */
  @Value.Check
  protected void check() {
    for (String p : packs()) {
      if (!PACK_NAMES.contains(p)) {
        throw new IllegalArgumentException("unknown rule pack / 未知规则包: " + p + " (known: " + PACK_NAMES + ")");
      }
    }
    if (toleranceYuan().signum() < 0) {
      throw new IllegalArgumentException("negative tolerance / 容差为负: " + toleranceYuan());
    }
  }

  /**
   * {@return a spec of every standard pack with the interval tolerance: what {@code yusuan check} uses}
   */
  public static ValidatorSpec standard() {
    return builder().addPacks(STANDARD).build();
  }

  /** {@return a spec of no rule at all: reading only (facts and reader diagnostics)} */
  public static ValidatorSpec none() {
    return builder().build();
  }

  /**
   * {@return the validator of this spec, built once per JVM and shared (validators are immutable and thread-safe)}
   */
  public Validator validator() {
    return ValidatorCache.get(this);
  }

  /**
   * Builds a new validator of this spec (parses its rule texts).
   *
   * @return the validator; {@link #validator()} shares one per JVM instead
   * @throws dev.yusuan.rules.RuleSyntaxException when a rule text does not parse
   */
  public Validator build() {
    List<RulePack> all = new ArrayList<>();
    for (String p : packs()) {
      switch (p) {
        case STANDARD -> all.addAll(StandardRules.all());
        case StandardRules.ZHEJIANG -> all.add(StandardRules.zhejiangBudget());
        case StandardRules.JIANGSU -> all.add(StandardRules.jiangsuBudget());
        case "shanghai-budget" -> all.add(StandardRules.shanghaiBudget());
        case "shanghai-final" -> all.add(StandardRules.shanghaiFinal());
        case "national-final" -> all.add(StandardRules.nationalFinal());
        case "national-budget" -> all.add(StandardRules.nationalBudget());
        default -> all.add(StandardRules.generic());
      }
    }
    rules().forEach((name, text) -> all.add(RulePack.parse(name, text)));
    TolerancePolicy policy = switch (tolerance()) {
      case INTERVAL -> TolerancePolicy.INTERVAL;
      case EXACT -> TolerancePolicy.EXACT;
      case ABSOLUTE -> TolerancePolicy.absolute(toleranceYuan());
    };
    return Validator.builder().addAll(all).tolerance(policy).build();
  }

  /** {@return a new builder: no pack, no rule text, interval tolerance} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableValidatorSpec.Builder {}
}
