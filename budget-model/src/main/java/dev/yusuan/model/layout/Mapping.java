package dev.yusuan.model.layout;

import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import java.util.Optional;

/**
 * What a column or a labelled row contributes to a cell's fact: optionally a concept (overriding the
 * section's), and coordinates merged into the fact's coordinates.
 */
public record Mapping(Optional<Concept> concept, Coordinates coordinates) {
  /** No change. */
  public static final Mapping NONE = new Mapping(Optional.empty(), Coordinates.EMPTY);

  /**
   * Parses the right-hand side of {@code =>}: {@code [CONCEPT] [DIM=MEMBER[,DIM=MEMBER…]]}.
   *
   * @param text e.g. {@code EXPENDITURE SPENDING_TYPE=BASIC}
   * @return the mapping
   * @throws IllegalArgumentException if a token names no {@link Concept} or is a malformed coordinate
   */
  public static Mapping parse(String text) {
    String s = text.trim();
    Optional<Concept> concept = Optional.empty();
    Coordinates coords = Coordinates.EMPTY;
    for (String tok : s.split("\\s+")) {
      if (tok.isEmpty()) {
        continue;
      }
      if (tok.indexOf('=') < 0) {
        concept = Optional.of(Concept.valueOf(tok));
      } else {
        coords = coords.merge(Coordinates.parse(tok));
      }
    }
    return new Mapping(concept, coords);
  }

  /**
   * {@code other} applied after this one (other's concept and coordinates win).
   *
   * @param other the mapping applied second
   * @return the combined mapping
   */
  public Mapping then(Mapping other) {
    return new Mapping(other.concept.isPresent() ? other.concept : concept,
        coordinates.merge(other.coordinates));
  }

  @Override
  public String toString() {
    return concept.map(c -> c.name() + " ").orElse("") + coordinates;
  }
}
