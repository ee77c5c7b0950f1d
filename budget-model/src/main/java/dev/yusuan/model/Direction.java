package dev.yusuan.model;

/** The direction word of a year-over-year statement. */
public enum Direction {
  /** 增加 / 增长 / 上升. */
  INCREASE,
  /** 减少 / 下降 / 降低. */
  DECREASE,
  /** 持平 / 无变化. */
  FLAT;

  /** Recognises 增加, 增长, 上升, 减少, 下降, 降低, 持平; null otherwise. */
  public static Direction fromWord(String word) {
    return switch (word) {
      case "增加", "增长", "上升", "提高" -> INCREASE;
      case "减少", "下降", "降低" -> DECREASE;
      case "持平", "无变化", "不变" -> FLAT;
      default -> null;
    };
  }
}
