package dev.yusuan.cli;

/** A usage or input failure: exit code 2 with a one-line reason. */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
