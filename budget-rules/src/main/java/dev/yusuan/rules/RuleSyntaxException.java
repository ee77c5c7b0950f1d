package dev.yusuan.rules;

/** A syntax error in a {@code .rules} file, with its 1-based line and column. */
public final class RuleSyntaxException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final int line;
  private final int column;

  public RuleSyntaxException(String source, int line, int column, String message) {
    super(source + ":" + line + ":" + column + ": " + message);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  public String source() {
    return source;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
