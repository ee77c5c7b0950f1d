package dev.yusuan.io.narrative;

import dev.yusuan.model.MoneyUnit;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * What claim extraction needs from the document: the source name for provenance, the money unit of
 * amounts printed without one, how to resolve classification names to codes, the page a line is
 * printed on when a section runs over several pages (empty: the section's page), and the document's
 * year when it is known (a statement naming another year is then not read as this year's figure).
 *
 * @param source the document's name for provenance
 * @param unit the money unit of amounts printed without one (usually the document's)
 * @param codes resolves classification names (科目名称) to codes
 * @param pageOfLine the 1-based page a 1-based line is printed on, or empty for the section's page
 * @param year the document's year, or empty when unknown
 */
public record NarrativeContext(String source, MoneyUnit unit, CodeResolver codes,
    IntFunction<OptionalInt> pageOfLine, OptionalInt year) {
  /**
   * A context of a document whose year is not known.
   *
   * @param source the document's name for provenance
   * @param unit the money unit of amounts printed without one
   * @param codes resolves classification names to codes
   * @param pageOfLine the 1-based page a 1-based line is printed on, or empty for the section's page
   */
  public NarrativeContext(String source, MoneyUnit unit, CodeResolver codes,
      IntFunction<OptionalInt> pageOfLine) {
    this(source, unit, codes, pageOfLine, OptionalInt.empty());
  }

  /**
   * A context whose claims are placed on the page of their section.
   *
   * @param source the document's name for provenance
   * @param unit the money unit of amounts printed without one
   * @param codes resolves classification names to codes
   */
  public NarrativeContext(String source, MoneyUnit unit, CodeResolver codes) {
    this(source, unit, codes, line -> OptionalInt.empty());
  }

  /**
   * This context for a document of {@code year} (0: unknown).
   *
   * @param documentYear the document's year, 0 when unknown
   * @return the context with the year
   */
  public NarrativeContext withYear(int documentYear) {
    return new NarrativeContext(source, unit, codes, pageOfLine,
        documentYear > 0 ? OptionalInt.of(documentYear) : OptionalInt.empty());
  }
}
