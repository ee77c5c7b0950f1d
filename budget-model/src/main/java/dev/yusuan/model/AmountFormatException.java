package dev.yusuan.model;

/** A published number that is not a valid amount; says where and why, in Chinese and English. */
public final class AmountFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String input;
  private final int index;
  private final String reasonZh;
  private final String reasonEn;

  public AmountFormatException(String input, int index, String reasonZh, String reasonEn) {
    super(reasonEn + " at index " + index + " in \"" + input + "\" / " + reasonZh);
    this.input = input;
    this.index = index;
    this.reasonZh = reasonZh;
    this.reasonEn = reasonEn;
  }

  /** The text that failed to parse. */
  public String input() {
    return input;
  }

  /** The index in {@link #input()} where parsing failed. */
  public int index() {
    return index;
  }

  /** Reason in Chinese. */
  public String reasonZh() {
    return reasonZh;
  }

  /** Reason in English. */
  public String reasonEn() {
    return reasonEn;
  }
}
