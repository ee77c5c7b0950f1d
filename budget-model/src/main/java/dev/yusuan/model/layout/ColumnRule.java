package dev.yusuan.model.layout;

import dev.yusuan.model.Names;
import java.util.List;

/**
 * Maps value columns to a {@link Mapping} by header. Each alternative is a header path suffix such as
 * {@code 人员经费} or {@code 基本支出/小计}; it matches a column whose header path (compared with
 * {@link Names#key}) ends with those segments.
 */
public record ColumnRule(List<List<String>> alternatives, Mapping mapping) {
  /**
   * Whether this rule matches a column with {@code headerPath}.
   *
   * @param headerPath the column's header cells, top to bottom, as {@link Names#key} keys
   * @return true when the path ends with the segments of one alternative
   */
  public boolean matches(List<String> headerPath) {
    for (int i = 0, n = alternatives.size(); i < n; i++) { // indexed: no iterator per column and rule
      if (HeaderMatch.endsWith(headerPath, alternatives.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Keys of the last segment of every alternative (for recognition).
   *
   * @return one keyword per alternative, in order
   */
  public List<String> leafKeywords() {
    return alternatives.stream().map(a -> a.get(a.size() - 1)).toList();
  }

  /**
   * Parsed header alternatives by their text: {@link Section#headerIs} parses its header once per
   * column tested, and the texts are the layouts' own (a few hundred). Bounded all the same.
   */
  private static final java.util.Map<String, List<List<String>>> PARSED =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** {@code a|b/c}: alternatives, each a header path of keys (immutable lists). */
  static List<List<String>> parseAlternatives(String text) {
    List<List<String>> p = PARSED.get(text);
    if (p == null) {
      p = parse(text);
      if (PARSED.size() < 4096) {
        PARSED.put(text, p);
      }
    }
    return p;
  }

  private static List<List<String>> parse(String text) {
    return java.util.Arrays.stream(text.split("\\|"))
        .map(a -> java.util.Arrays.stream(a.split("/")).map(Names::key).toList())
        .toList();
  }
}
