package dev.yusuan.model;

/** What a fact measures: concept and coordinates. Duplicate publications share a key. */
public record FactKey(Concept concept, Coordinates coordinates) {
  @Override
  public String toString() {
    return concept + "{" + coordinates + "}";
  }
}
