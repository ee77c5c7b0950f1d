package dev.yusuan.model;

import java.util.List;

/** A classification scheme of the 政府收支分类科目, with the digit length of each level. */
public enum Scheme {
  /** 支出功能分类: 类/款/项 = 3/5/7 digits, codes start with 2. */
  FUNCTION("支出功能分类", '2', 3, 5, 7),
  /** 部门预算支出经济分类: 类/款 = 3/5 digits, codes start with 3. */
  ECONOMIC_DEPARTMENT("部门预算支出经济分类", '3', 3, 5),
  /** 政府预算支出经济分类: 类/款 = 3/5 digits, codes start with 5. */
  ECONOMIC_GOVERNMENT("政府预算支出经济分类", '5', 3, 5),
  /** 收入分类: 类/款/项/目 = 3/5/7/9 digits, codes start with 1. */
  REVENUE("收入分类", '1', 3, 5, 7, 9);

  private final String zh;
  private final char firstDigit;
  private final int[] lengths;

  Scheme(String zh, char firstDigit, int... lengths) {
    this.zh = zh;
    this.firstDigit = firstDigit;
    this.lengths = lengths;
  }

  /**
   * The Chinese name of the scheme, e.g. {@code 支出功能分类}.
   *
   * @return the Chinese name
   */
  public String zh() {
    return zh;
  }

  /**
   * The digit every code of this scheme starts with.
   *
   * @return {@code '1'}, {@code '2'}, {@code '3'} or {@code '5'}
   */
  public char firstDigit() {
    return firstDigit;
  }

  /**
   * Levels this scheme has, top first.
   *
   * @return an immutable list, e.g. [类, 款, 项] for {@link #FUNCTION}
   */
  public List<CodeLevel> levels() {
    return List.of(CodeLevel.values()).subList(0, lengths.length);
  }

  /**
   * Digits of a code at {@code level}.
   *
   * @param level a level of this scheme
   * @return the number of digits, e.g. 5 for a 款
   * @throws IllegalArgumentException if the scheme has no such level (a 项 of an economic scheme)
   */
  public int length(CodeLevel level) {
    if (level.ordinal() >= lengths.length) {
      throw new IllegalArgumentException(this + " has no level " + level);
    }
    return lengths[level.ordinal()];
  }

  /** The level whose codes have {@code digits} digits, or null. */
  CodeLevel levelOfLength(int digits) {
    for (int i = 0; i < lengths.length; i++) {
      if (lengths[i] == digits) {
        return CodeLevel.values()[i];
      }
    }
    return null;
  }
}
