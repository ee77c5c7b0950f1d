package dev.yusuan.model;

import java.util.List;
import java.util.Objects;

/**
 * A catalogue file that could not be loaded: every malformed line, each with its line number and the
 * reason in Chinese and English. The message lists them (at most {@value #LISTED}, then a count).
 */
public final class CatalogueFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** How many problems the message lists before summarising. */
  static final int LISTED = 10;

  /** The file (or resource) name, kept in the serial form. */
  private final String source;
  private final transient List<Problem> problems;

  CatalogueFormatException(String source, List<Problem> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  /** {@return the file (or resource) name} */
  public String source() {
    return source;
  }

  /** {@return every problem found, in line order} */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(String source, List<Problem> problems) {
    StringBuilder b = new StringBuilder("invalid catalogue / 科目表格式错误: ").append(source);
    int n = 0;
    for (Problem p : problems) {
      if (n++ == LISTED) {
        b.append("\n  … ").append(problems.size() - LISTED).append(" more / 另有 ")
            .append(problems.size() - LISTED).append(" 处");
        break;
      }
      b.append("\n  ").append(p);
    }
    return b.toString();
  }

  /**
   * One malformed line: its 1-based number (0 when the problem is about the whole file, such as a
   * missing header), the reason in Chinese and English, and the line's text.
   *
   * @param line 1-based line number, or 0 for the whole file
   * @param messageZh the reason in Chinese
   * @param messageEn the reason in English
   * @param text the line as written (empty when {@code line} is 0)
   */
  public record Problem(int line, String messageZh, String messageEn, String text) {
    /**
     * Checks the problem.
     *
     * @param line 1-based line number, or 0 for the whole file
     * @param messageZh the reason in Chinese
     * @param messageEn the reason in English
     * @param text the line as written
     * @throws NullPointerException when a message or the text is null
     */
    public Problem {
      Objects.requireNonNull(messageZh, "messageZh");
      Objects.requireNonNull(messageEn, "messageEn");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String toString() {
      String where = line > 0 ? "line " + line + " / 第 " + line + " 行: " : "";
      String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
      return where + messageEn + " / " + messageZh + (shown.isEmpty() ? "" : ": " + shown.replace('\t', ' '));
    }
  }
}
