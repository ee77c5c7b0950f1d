package dev.yusuan.io.text;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;

/**
 * Reads a text whose tables are written as HTML ({@code <table><tr><td>…}) among lines of plain text or
 * Markdown: the form of PDF-to-Markdown converters (MinerU and others write each table as one line of
 * HTML) and of web pages saved as text. A service ({@link java.util.ServiceLoader}): the {@code budget-html}
 * module provides it. {@link TextReader} hands a text to it when {@link MarkupTables#hasMarkupTable} finds
 * such a table; without a provider the text is read as it stands and the tables' amounts are counted unread
 * ({@code text.markup-table}), so such a file is never taken as read completely.
 */
public interface MarkupTextReader {
  /**
   * Reads a whole text with tables in HTML.
   *
   * @param text the text as decoded (lines separated by {@code \n})
   * @param source the document's name, for provenance
   * @param catalogue the catalogue resolving names to codes
   * @return the document, located at the lines of {@code text}; every printed amount is a fact or a
   *     diagnostic at its line
   */
  BudgetDocument read(String text, String source, Catalogue catalogue);
}
