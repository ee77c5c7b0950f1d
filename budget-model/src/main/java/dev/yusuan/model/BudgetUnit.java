package dev.yusuan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** 预算单位: a unit of the department; {@link #ownLevel()} marks the department's 本级. */
@Value.Immutable
public abstract class BudgetUnit {
  public abstract String name();

  public abstract Optional<String> code();

  /** Whether this is the department's own level (本级). */
  @Value.Default
  public boolean ownLevel() {
    return false;
  }

  /**
   * Whether a printed unit name refers to this unit. Tables truncate long names
   * (绍兴市柯桥区人民代表大会常务委员会办 for …办公室), so a normalised prefix of at least 6 characters
   * matches.
   */
  public boolean matches(String printed) {
    String a = Names.key(printed);
    String b = Names.key(name());
    return a.equals(b) || (a.length() >= 6 && b.startsWith(a));
  }

  public static BudgetUnit of(String name, boolean ownLevel) {
    return builder().name(name).ownLevel(ownLevel).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableBudgetUnit.Builder {}
}
