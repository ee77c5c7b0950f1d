package dev.yusuan.model;

import org.immutables.value.Value;

/**
 * One published number: a concept at coordinates, its exact value with precision, and where it was
 * published. The same fact published twice (two provenances, equal concept and coordinates) must
 * agree; rules check that.
 */
@Value.Immutable
public abstract class Fact {
  /**
   * What is measured, e.g. 一般公共预算支出.
   *
   * @return the concept
   */
  public abstract Concept concept();

  /**
   * Where in the dimension space (function code, economic code, fund source, unit, …); absent
   * dimensions mean the total.
   *
   * @return the coordinates
   */
  public abstract Coordinates coordinates();

  /**
   * The value as published, with its precision and unit.
   *
   * @return the published amount
   */
  public abstract Amount amount();

  /**
   * Where it was published: file, page, table, row and column.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * The identity of what is measured (concept + coordinates), shared by duplicates.
   *
   * @return the key, a new value on each call (not kept: a key per fact was a large part of what a
   *     document retained)
   */
  public FactKey key() {
    return new FactKey(concept(), coordinates());
  }

  /**
   * This fact read doubtfully ({@link Provenance#doubtful()}): a failing check resting on it is at most
   * a WARNING.
   *
   * @return this fact when already doubtful, else a copy whose provenance is marked doubtful
   */
  public Fact asDoubtful() {
    return provenance().doubtful() ? this : builder().from(this)
        .provenance(Provenance.builder().from(provenance()).doubtful(true).build()).build();
  }

  /**
   * A fact from its four attributes.
   *
   * @param concept what is measured
   * @param coordinates where in the dimension space
   * @param amount the published amount
   * @param provenance where it was published
   * @return the immutable fact
   */
  public static Fact of(Concept concept, Coordinates coordinates, Amount amount, Provenance provenance) {
    return builder().concept(concept).coordinates(coordinates).amount(amount).provenance(provenance)
        .build();
  }

  /**
   * A new builder; every attribute must be set before {@code build()}.
   *
   * @return an empty builder
   */
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
