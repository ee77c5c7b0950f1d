package dev.yusuan.model;

import org.immutables.value.Value;

/**
 * One published number: a concept at coordinates, its exact value with precision, and where it was
 * published. The same fact published twice (two provenances, equal concept and coordinates) must
 * agree; rules check that.
 */
@Value.Immutable
public abstract class Fact {
  public abstract Concept concept();

  public abstract Coordinates coordinates();

  /** The value as published, with its precision and unit. */
  public abstract Amount amount();

  public abstract Provenance provenance();

  /** The identity of what is measured (concept + coordinates), shared by duplicates. */
  @Value.Lazy
  public FactKey key() {
    return new FactKey(concept(), coordinates());
  }

  public static Fact of(Concept concept, Coordinates coordinates, Amount amount, Provenance provenance) {
    return builder().concept(concept).coordinates(coordinates).amount(amount).provenance(provenance)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableFact.Builder {}

  @Override
  public String toString() {
    return concept() + "{" + coordinates() + "}=" + amount() + " @ " + provenance().describe();
  }
}
