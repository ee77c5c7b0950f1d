package dev.yusuan.rules;

/** A syntax error in a {@code .rules} file, with its 1-based line and column. */
public final class RuleSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  /** The name of the rule source (file name or {@code <java>}). */
  private final String source;
  /** The 1-based line of the error. */
  private final int line;
  /** The 1-based column of the error. */
  private final int column;

  /**
   * Creates the exception; its message is {@code source:line:column: message}.
   *
   * @param source the file name or other name of the rule text
   * @param line the 1-based line
   * @param column the 1-based column
   * @param message what is wrong
   */
  public RuleSyntaxException(String source, int line, int column, String message) {
    super(source + ":" + line + ":" + column + ": " + message);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /**
   * The name of the rule source.
   *
   * @return the file name or other name given to the parser
   */
  public String source() {
    return source;
  }

  /**
   * The line of the error.
   *
   * @return the 1-based line
   */
  public int line() {
    return line;
  }

  /**
   * The column of the error.
   *
   * @return the 1-based column
   */
  public int column() {
    return column;
  }
}
