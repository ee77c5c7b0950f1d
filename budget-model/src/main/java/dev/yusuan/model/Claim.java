package dev.yusuan.model;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statement of the narrative, with the values it states at their published precision and the text
 * span it came from. The subject is a concept at coordinates, like a fact; a {@link ClaimKind#SHARE}
 * also names the whole, a {@link ClaimKind#CHANGE} the base period and direction word.
 */
@Value.Immutable
public abstract class Claim {
  /** {@return what the statement states: an amount, a share, a change or a count} */
  public abstract ClaimKind kind();

  /** {@return the subject's concept (for {@link ClaimKind#COUNT}: the concept counted, if any)} */
  public abstract Concept concept();

  /** {@return the subject's position in the dimension space (period, 科目 code, project, …)} */
  public abstract Coordinates coordinates();

  /** {@return the subject as printed, e.g. 一般公共服务支出} */
  public abstract String subject();

  /** {@return the amount stated for the subject, if any} */
  public abstract Optional<Amount> amount();

  /** {@return the whole's coordinates, for a share (same concept)} */
  public abstract Optional<Coordinates> whole();

  /**
   * {@return the stated percentage} For a share it is the subject's share of the whole; for a change,
   * the stated percent change (unsigned).
   */
  public abstract Optional<Percentage> percent();

  /** {@return the period compared with, for a change} */
  public abstract Optional<FiscalPeriod> basePeriod();

  /**
   * {@return the year a change names as its base, when it names one ("比2023年预算增加…": 2023)} A
   * change against 上年 names none; the rules check a named year against the document's year.
   */
  public abstract java.util.OptionalInt baseYear();

  /** {@return the stated difference, for a change (unsigned, as printed)} */
  public abstract Optional<Amount> delta();

  /** {@return the direction word stated, for a change (增加 / 减少 / 持平)} */
  public abstract Optional<Direction> direction();

  /** {@return how many, for a count} */
  public abstract Optional<BigDecimal> count();

  /** {@return the thing counted as printed, for a count (一级项目, 车辆, …)} */
  public abstract Optional<String> countUnit();

  /** {@return where it was stated: section, line, span and text} */
  public abstract Provenance provenance();

  /**
   * Rejects a claim missing what its kind needs: an amount for AMOUNT, a percentage and a whole for
   * SHARE, a base period and a delta, percent or direction for CHANGE, a count for COUNT.
   *
   * @throws IllegalStateException naming what is missing
   */
  @Value.Check
  protected void check() {
    switch (kind()) {
      case AMOUNT -> require(amount().isPresent(), "an amount claim needs an amount");
      case SHARE -> require(percent().isPresent() && whole().isPresent(),
          "a share claim needs a percentage and a whole");
      case CHANGE -> require(basePeriod().isPresent()
              && (delta().isPresent() || percent().isPresent() || direction().isPresent()),
          "a change claim needs a base period and a delta, percent or direction");
      case COUNT -> require(count().isPresent(), "a count claim needs a count");
      default -> { }
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableClaim.Builder {}
}
