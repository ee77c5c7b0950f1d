package dev.yusuan.model;

/** The direction word of a year-over-year statement. */
public enum Direction {
  /** 增加 / 增长 / 上升. */
  INCREASE,
  /** 减少 / 下降 / 降低. */
  DECREASE,
  /** 持平 / 无变化. */
  FLAT;

  /**
   * Recognises a direction word: 增加, 增长, 上升, 提高 ({@link #INCREASE}); 减少, 下降, 降低
   * ({@link #DECREASE}); 持平, 无变化, 不变 ({@link #FLAT}). Only the exact word is recognised, so the
   * caller extracts it from the sentence first.
   *
   * @param word the word, not null
   * @return the direction, or null for any other word
   * @throws NullPointerException if {@code word} is null
   */
  public static Direction fromWord(String word) {
    return switch (word) {
      case "增加", "增长", "上升", "提高" -> INCREASE;
      case "减少", "下降", "降低" -> DECREASE;
      case "持平", "无变化", "不变" -> FLAT;
      default -> null;
    };
  }
}
