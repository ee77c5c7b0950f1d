package dev.yusuan.model.layout;

import dev.yusuan.model.Names;
import java.util.List;
import java.util.Optional;

/**
 * Maps a labelled row (本年收入合计, 一、财政拨款, …) to a {@link Mapping}. Labels are compared as
 * {@link RowRule#labelKey keys}: spaces removed, full-width folded, leading numbering (一、 (一) 1.)
 * removed, a trailing (含…) — what the figure includes — removed. {@code after} restricts the rule to rows below that anchor label (the most recent anchor
 * seen in the section), as in 上年结转结余 → 一般公共预算.
 */
public record RowRule(List<String> labels, Optional<String> after, Mapping mapping) {
  private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile(
      "^(?:[一二三四五六七八九十]+[、.]|\\([一二三四五六七八九十]+\\)|\\d+[.、])");

  /** What a figure includes, in brackets after the label: 使用非财政拨款结余(含专用结余) is 使用非财政拨款结余. */
  private static final java.util.regex.Pattern INCLUDES = java.util.regex.Pattern.compile("\\(含[^()]{1,12}\\)$");

  /**
   * Whether the rule applies to {@code label} given the current anchor key (or null).
   *
   * @param label the printed row label
   * @param anchorKey the key of the most recent anchor row of the section, or null when none was seen
   * @return true when the label is one of the rule's labels and the anchor condition, if any, holds
   */
  public boolean matches(String label, String anchorKey) {
    return matchesKey(labelKey(label), anchorKey);
  }

  /**
   * {@link #matches} of a label whose {@link #labelKey key} is known.
   *
   * @param k the {@link #labelKey} of the printed row label
   * @param anchorKey the key of the most recent anchor row of the section, or null when none was seen
   * @return true when the key is one of the rule's labels and the anchor condition, if any, holds
   */
  public boolean matchesKey(String k, String anchorKey) {
    if (!labels.contains(k)) {
      return false;
    }
    return after.map(a -> a.equals(anchorKey)).orElse(true);
  }

  /**
   * The comparison key of a row label: {@link Names#key} without leading numbering.
   *
   * @param label a printed row label
   * @return the key, e.g. {@code 财政拨款} for {@code 一、财 政 拨 款}
   */
  public static String labelKey(String label) {
    String k = Names.key(label);
    if (k.isEmpty()) {
      return k;
    }
    if (k.charAt(k.length() - 1) == ')') {
      k = INCLUDES.matcher(k).replaceFirst("");
      if (k.isEmpty()) {
        return k; // a label that is only a qualifier, (含专用结余)
      }
    }
    char c = k.charAt(0);
    if (c != '(' && (c < '0' || c > '9') && "一二三四五六七八九十".indexOf(c) < 0) {
      return k;
    }
    return NUMBERING.matcher(k).replaceFirst("");
  }
}
