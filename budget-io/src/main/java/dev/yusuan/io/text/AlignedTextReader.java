package dev.yusuan.io.text;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;

/**
 * Reads space-aligned text (the output of {@code pdftotext -layout}, a table copied from a word
 * processor or a web page with its columns aligned by spaces) through the table stages of the PDF
 * reader. A service ({@link java.util.ServiceLoader}): the {@code budget-tables} module provides it.
 * {@link TextReader} hands a text to it when {@link SpaceAligned#isSpaceAligned} says the text's tables
 * are aligned with spaces; without a provider such rows stay {@code text.untabbed-row} (ERROR).
 */
public interface AlignedTextReader {
  /**
   * Reads a whole space-aligned text.
   *
   * @param text the text as decoded (lines separated by {@code \n}, pages by {@code \f})
   * @param source the document's name, for provenance
   * @param catalogue the catalogue resolving names to codes
   * @return the document; every printed amount is a fact or a diagnostic at its line
   */
  BudgetDocument read(String text, String source, Catalogue catalogue);
}
