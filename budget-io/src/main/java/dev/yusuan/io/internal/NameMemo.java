package dev.yusuan.io.internal;

import dev.yusuan.model.Names;
import dev.yusuan.model.layout.RowRule;
import java.util.HashMap;

/**
 * {@link Names#normalize}, {@link Names#key} and {@link RowRule#labelKey} of the texts of one read,
 * each computed once per distinct text: a table's cells are normalised when its rows are named, again
 * when they are mapped, and keyed for the row rules, and the same label or unit name stands on many
 * rows (the department's name on every row of a table). The three are functions of the text alone,
 * so a remembered result is the result. One memo serves one read (one thread); it holds at most one
 * entry per distinct text read, so its size is linear in the input.
 */
public final class NameMemo {
  private final HashMap<String, String> normalized = new HashMap<>();
  private final HashMap<String, String> keys = new HashMap<>();
  private final HashMap<String, String> labelKeys = new HashMap<>();

  /**
   * {@link Names#normalize} of {@code s}.
   *
   * @param s printed text
   * @return the normalised text
   */
  public String normalize(String s) {
    if (s.isEmpty()) {
      return "";
    }
    String r = normalized.get(s);
    if (r == null) {
      r = Names.normalize(s);
      normalized.put(s, r);
    }
    return r;
  }

  /**
   * {@link Names#key} of {@code s}.
   *
   * @param s printed text
   * @return the key
   */
  public String key(String s) {
    if (s.isEmpty()) {
      return "";
    }
    String r = keys.get(s);
    if (r == null) {
      r = Names.key(s);
      keys.put(s, r);
    }
    return r;
  }

  /**
   * {@link RowRule#labelKey} of {@code s}.
   *
   * @param s a row label
   * @return its key
   */
  public String labelKey(String s) {
    if (s.isEmpty()) {
      return ""; // the key of nothing
    }
    String r = labelKeys.get(s);
    if (r == null) {
      r = RowRule.labelKey(s);
      labelKeys.put(s, r);
    }
    return r;
  }
}
