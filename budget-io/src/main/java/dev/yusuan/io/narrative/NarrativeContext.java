package dev.yusuan.io.narrative;

import dev.yusuan.model.MoneyUnit;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * What claim extraction needs from the document: the source name for provenance, the money unit of
 * amounts printed without one, how to resolve classification names to codes, and the page a line
 * is printed on when a section runs over several pages (empty: the section's page).
 */
public record NarrativeContext(String source, MoneyUnit unit, CodeResolver codes,
    IntFunction<OptionalInt> pageOfLine) {
  /** A context whose claims are placed on the page of their section. */
  public NarrativeContext(String source, MoneyUnit unit, CodeResolver codes) {
    this(source, unit, codes, line -> OptionalInt.empty());
  }
}
