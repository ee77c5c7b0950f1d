package dev.yusuan.io.text;

import dev.yusuan.io.narrative.CodeResolver;

/** The resolver asked for names the document itself does not code (the catalogue, when present). */
final class Fallback {
  private Fallback() {}

  static CodeResolver resolver() {
    return CodeResolver.none();
  }
}
