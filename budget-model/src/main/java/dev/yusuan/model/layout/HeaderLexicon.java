package dev.yusuan.model.layout;

import dev.yusuan.model.Names;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The header lexicon: the canonical form of a printed column header, so that a layout's header words
 * are hints that match the many ways disclosures print them, not exact strings.
 *
 * <p>On top of {@link Names#key} (full-width folded, spaces and line breaks removed):
 *
 * <ul>
 *   <li>a leading year ({@code 2024年}, {@code 2024年度}) and a trailing unit ({@code (万元)},
 *       {@code 单位:元}) are dropped;
 *   <li>a qualifier in brackets at the end is dropped: a code column's level ({@code 科目编码（类）}), a stub's
 *       classification ({@code 项目(按功能分类)}), what a figure includes ({@code (含专用结余)});
 *   <li>代码 reads as 编码; every code header — {@code 编码}, {@code 科目编码}, {@code 功能科目代码},
 *       {@code 功能分类科目编码}, {@code 部门预算经济分类科目编码}, and the level headings {@code 类款项},
 *       {@code 类款}, {@code 类} / {@code 款} / {@code 项} — is {@code 科目编码};
 *   <li>every name header ending in {@code 科目名称} ({@code 功能分类科目名称}, {@code 经济科目名称}) is
 *       {@code 科目名称};
 *   <li>{@code 年初预算数}, {@code 全年预算数}, {@code 本年预算数}, {@code 预算金额} are {@code 预算数};
 *       {@code 决算金额}, {@code 本年决算数}, {@code 全年决算数} are {@code 决算数}.
 * </ul>
 *
 * <p>Layout keywords go through the same function, so both sides compare in one vocabulary.
 * Totals (合计 / 小计 / 总计) stay distinct in headers: a 小计 under a parent and a grand 合计 are
 * different columns; as row labels they are told apart by {@link Section#isTotal}.
 */
public final class HeaderLexicon {
  private HeaderLexicon() {}

  /** The canonical code header. */
  public static final String CODE = "科目编码";

  /** The canonical name header. */
  public static final String NAME = "科目名称";

  private static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d{2}年度?");
  private static final Pattern UNIT = Pattern.compile(
      "\\((?:单位:)?(?:万元|元|千元|亿元)\\)$|(?:单位:)(?:万元|元|千元|亿元)$");
  /**
   * A qualifier in brackets after the header's words that does not change the column: the level of a code
   * column ({@code 科目编码（类）}), the classification of a stub ({@code 项目(按功能分类)}), what a figure includes
   * ({@code 使用非财政拨款结余(含专用结余)}).
   */
  private static final Pattern QUALIFIER = Pattern.compile(
      "\\((?:类|款|项|类款项|类款|按[^()]{1,8}分类|含[^()]{1,12})\\)$");
  private static final Pattern LEVELS = Pattern.compile("^(?:类款项|类款|款项|类|款|项)$");
  private static final Pattern BUDGET = Pattern.compile("^(?:年初|全年|本年|当年)?预算(?:数|金额)$");
  private static final Pattern FINAL = Pattern.compile("^(?:全年|本年|当年)?决算(?:数|金额)$");

  /** Canonical forms already computed (headers repeat across tables, layouts and documents). */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CACHE_LIMIT = 20_000;

  /**
   * The canonical key of one header cell. Thread-safe; results are cached.
   *
   * @param header the cell as printed; null or empty gives empty
   * @return the canonical key, e.g. {@link #CODE} for {@code 功能分类科目代码}; empty for a blank cell
   */
  public static String canonical(String header) {
    if (header == null || header.isEmpty()) {
      return "";
    }
    String c = CACHE.get(header);
    if (c != null) {
      return c;
    }
    c = compute(header);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.put(header, c);
    }
    return c;
  }

  private static String compute(String header) {
    String k = Names.key(header);
    if (k.isEmpty()) {
      return k;
    }
    k = YEAR.matcher(k).replaceFirst("");
    k = UNIT.matcher(k).replaceFirst("");
    if (k.endsWith(")")) {
      k = QUALIFIER.matcher(k).replaceFirst("");
    }
    k = k.replace("代码", "编码");
    if (k.endsWith("编码") || LEVELS.matcher(k).matches()) {
      return CODE;
    }
    if (k.endsWith(NAME)) {
      return NAME;
    }
    if (BUDGET.matcher(k).matches()) {
      return "预算数";
    }
    if (FINAL.matcher(k).matches()) {
      return "决算数";
    }
    return k;
  }

  /**
   * The canonical keys of a header path, blank levels dropped and a key repeated on consecutive
   * levels kept once (功能分类科目编码 over 类款项 is one code column).
   *
   * @param path the header cells above a column, outermost first
   * @return the canonical keys, outermost first
   */
  public static List<String> canonical(List<String> path) {
    List<String> out = new java.util.ArrayList<>();
    for (String h : path) {
      String c = canonical(h);
      // 功能分类科目编码 over 类款项 is one code column, not two levels
      if (!c.isEmpty() && (out.isEmpty() || !out.get(out.size() - 1).equals(c))) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Whether a header path (top-down) names a column of percentages rather than amounts: its innermost
   * header says 率, %, 百分比 or 比例 (增减率, 增减%, 增长率(%), 决算数为预算数的%). Its numbers are rates, not
   * money: never a money fact, never an unread amount.
   *
   * @param path the header cells above a column, outermost first
   * @return whether the innermost canonical key names a percentage
   */
  public static boolean isRateHeader(List<String> path) {
    List<String> p = canonical(path);
    if (p.isEmpty()) {
      return false;
    }
    String leaf = p.get(p.size() - 1);
    return leaf.contains("率") || leaf.contains("%") || leaf.contains("百分比") || leaf.contains("比例");
  }

  /**
   * Whether a header path (top-down) names the code column.
   *
   * @param path the header cells above a column, outermost first
   * @return whether its innermost canonical key is {@link #CODE}
   */
  public static boolean isCodeHeader(List<String> path) {
    List<String> p = canonical(path);
    return !p.isEmpty() && p.get(p.size() - 1).equals(CODE);
  }
}
