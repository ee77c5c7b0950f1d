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
  public abstract ClaimKind kind();

  /** The subject's concept (for {@link ClaimKind#COUNT}: the concept counted, if any). */
  public abstract Concept concept();

  public abstract Coordinates coordinates();

  /** The subject as printed, e.g. 一般公共服务支出. */
  public abstract String subject();

  /** The amount stated for the subject, if any. */
  public abstract Optional<Amount> amount();

  /** For a share: the whole's coordinates (same concept). */
  public abstract Optional<Coordinates> whole();

  /** For a share: the stated percentage; for a change: the stated percent change (unsigned). */
  public abstract Optional<Percentage> percent();

  /** For a change: the period compared with. */
  public abstract Optional<FiscalPeriod> basePeriod();

  /** For a change: the stated difference (unsigned, as printed). */
  public abstract Optional<Amount> delta();

  /** For a change: the direction word. */
  public abstract Optional<Direction> direction();

  /** For a count: how many. */
  public abstract Optional<BigDecimal> count();

  /** For a count: the thing counted as printed (一级项目, 车辆, …). */
  public abstract Optional<String> countUnit();

  /** Where it was stated: section, line, span and text. */
  public abstract Provenance provenance();

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

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableClaim.Builder {}
}
