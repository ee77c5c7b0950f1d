package dev.yusuan.model.layout;

import dev.yusuan.model.Names;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One standard table of a disclosure template, as data: its kind id (e.g.
 * {@code zj.expenditure-summary}), how to recognise it (title and header keywords), and its
 * {@link Section}s, which say how every cell maps to a fact.
 *
 * @param template the template it belongs to (e.g. {@code zhejiang})
 * @param kind the table kind written to {@link dev.yusuan.model.DisclosureTable#kind()}
 * @param titleKeywords keys that must all occur in the title
 * @param titleExcludes keys none of which may occur in the title
 * @param headerKeywords keys that raise the score when found among header cells
 * @param requiredHeaders keys that must all occur among header cells
 * @param sections the table's sections (at least one)
 * @param properties free-form settings for readers (e.g. {@code project-levels 1,2})
 */
public record Layout(
    String template,
    String kind,
    List<String> titleKeywords,
    List<String> titleExcludes,
    List<String> headerKeywords,
    List<String> requiredHeaders,
    List<Section> sections,
    Map<String, String> properties) {

  /**
   * A reader setting, e.g. {@code property("project-levels")}.
   *
   * @param name the property name
   * @return the value as written in the layout file, or empty when not set
   */
  public Optional<String> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /**
   * How well this layout fits a table with {@code title} and header rows: negative when it does not
   * fit at all, higher is better.
   *
   * @param title the table title as printed
   * @param headerRows the header cells, row by row, as printed
   * @return -1 when a title keyword or required header is missing or a title exclusion occurs;
   *     otherwise a score ≥ 0
   */
  public int score(String title, List<List<String>> headerRows) {
    return score(Names.key(title), headerCells(headerRows));
  }

  /**
   * The canonical keys of every header cell ({@link HeaderLexicon#canonical}): what {@link #score}
   * compares the required headers and keywords with, the same for every layout a table is tried
   * against.
   *
   * @param headerRows the header cells, row by row, as printed
   * @return the set of their canonical keys
   */
  static java.util.Set<String> headerCells(List<List<String>> headerRows) {
    java.util.Set<String> cells = new java.util.HashSet<>();
    for (List<String> row : headerRows) {
      for (String c : row) {
        cells.add(HeaderLexicon.canonical(c));
      }
    }
    return cells;
  }

  /**
   * {@link #score} of a title already keyed and header cells already made canonical (once per table,
   * not once per layout tried).
   *
   * @param t the {@link Names#key} of the title
   * @param cells {@link #headerCells} of the header rows
   * @return as {@link #score}
   */
  int score(String t, java.util.Set<String> cells) {
    int score = 0;
    for (String k : titleKeywords) {
      if (!t.contains(k)) {
        return -1;
      }
      score += 10 * k.length();
    }
    for (String k : titleExcludes) {
      if (t.contains(k)) {
        return -1;
      }
    }
    for (String k : requiredHeaders) {
      if (!cells.contains(HeaderLexicon.canonical(k))) {
        return -1;
      }
      score += 5;
    }
    for (String k : headerKeywords) {
      if (cells.contains(HeaderLexicon.canonical(k))) {
        score += 1;
      }
    }
    return score;
  }
}
