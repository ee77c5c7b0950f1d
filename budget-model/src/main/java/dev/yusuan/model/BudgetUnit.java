package dev.yusuan.model;

import java.util.Optional;
import org.immutables.value.Value;

/** 预算单位: a unit of the department; {@link #ownLevel()} marks the department's 本级. */
@Value.Immutable
public abstract class BudgetUnit {
  /**
   * The full name of the unit, as listed by the document.
   *
   * @return the unit name
   */
  public abstract String name();

  /**
   * The unit code (单位编码) when the document prints one.
   *
   * @return the code, or empty
   */
  public abstract Optional<String> code();

  /**
   * Whether this is the department's own level (本级).
   *
   * @return true for 本级; false by default
   */
  @Value.Default
  public boolean ownLevel() {
    return false;
  }

  /**
   * Whether a printed unit name refers to this unit. Tables truncate long names
   * (a name cut at a column edge, such as …委员会办 for …委员会办公室), so a normalised prefix of at least 6 characters
   * matches.
   *
   * @param printed a unit name as printed in a table
   * @return true when the normalised names are equal or {@code printed} is a long enough prefix of this
   *     name
   */
  public boolean matches(String printed) {
    String a = Names.key(printed);
    String b = Names.key(name());
    return a.equals(b) || (a.length() >= 6 && b.startsWith(a));
  }

  /**
   * A unit without code.
   *
   * @param name the full unit name
   * @param ownLevel whether it is the department's 本级
   * @return the unit
   */
  public static BudgetUnit of(String name, boolean ownLevel) {
    return builder().name(name).ownLevel(ownLevel).build();
  }

  /**
   * A new builder; {@code name} must be set before {@code build()}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableBudgetUnit.Builder {}
}
