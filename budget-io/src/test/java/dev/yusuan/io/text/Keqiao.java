package dev.yusuan.io.text;

import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The Keqiao example, loaded once from the classpath. */
final class Keqiao {
  static final String RESOURCE = "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt";
  static final String SOURCE = "keqiao-rendaban-2024-budget.txt";
  static final String TEXT = load();

  private Keqiao() {}

  private static String load() {
    try (InputStream in = Keqiao.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BudgetDocument read() {
    return new TextReader().read(TEXT, SOURCE);
  }
}
