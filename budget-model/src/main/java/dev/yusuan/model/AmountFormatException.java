package dev.yusuan.model;

/** A published number that is not a valid amount; says where and why, in Chinese and English. */
public final class AmountFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  /** The text that failed to parse. */
  private final String input;
  /** The 0-based index in {@link #input} where parsing failed. */
  private final int index;
  /** Why, in Chinese. */
  private final String reasonZh;
  /** Why, in English. */
  private final String reasonEn;

  /**
   * Creates the exception; the message carries the English reason, the index, the input and the Chinese
   * reason.
   *
   * @param input the text that failed to parse
   * @param index the 0-based index in {@code input} where parsing failed
   * @param reasonZh why, in Chinese
   * @param reasonEn why, in English
   */
  public AmountFormatException(String input, int index, String reasonZh, String reasonEn) {
    super(reasonEn + " at index " + index + " in \"" + input + "\" / " + reasonZh);
    this.input = input;
    this.index = index;
    this.reasonZh = reasonZh;
    this.reasonEn = reasonEn;
  }

  /**
   * The text that failed to parse.
   *
   * @return the input as given (before normalisation)
   */
  public String input() {
    return input;
  }

  /**
   * The index in {@link #input()} where parsing failed.
   *
   * @return the 0-based index
   */
  public int index() {
    return index;
  }

  /**
   * Reason in Chinese.
   *
   * @return the Chinese reason, e.g. {@code 空白不是金额}
   */
  public String reasonZh() {
    return reasonZh;
  }

  /**
   * Reason in English.
   *
   * @return the English reason, e.g. {@code blank is not an amount}
   */
  public String reasonEn() {
    return reasonEn;
  }
}
