package dev.yusuan.io.json;

import dev.yusuan.model.BudgetDocument;

/** Shares the hand-built sample document with tests of other formats. */
public final class JsonFormatTestSupport {
  private JsonFormatTestSupport() {}

  public static BudgetDocument sample() {
    return JsonFormatTest.sample();
  }
}
