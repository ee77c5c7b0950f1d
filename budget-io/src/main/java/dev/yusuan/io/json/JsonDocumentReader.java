package dev.yusuan.io.json;

import dev.yusuan.io.DocumentReader;
import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reader of format {@code json}: the canonical JSON of {@link JsonFormat}. */
public final class JsonDocumentReader implements DocumentReader {
  @Override
  public String format() {
    return "json";
  }

  @Override
  public List<String> extensions() {
    return List.of("json");
  }

  /** Content that starts with <code>{</code> (after a BOM and white space) and mentions formatVersion. */
  @Override
  public boolean recognises(String fileName, byte[] head) {
    if (!containsAscii(head, "\"formatVersion\"")) {
      return false; // an ASCII word is in the decoded head only if its bytes are: no decoding then
    }
    String s = new String(head, StandardCharsets.UTF_8);
    int i = 0;
    if (s.startsWith("\uFEFF")) {
      i = 1;
    }
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i < s.length() && s.charAt(i) == '{' && s.contains("\"formatVersion\"");
  }

  @Override
  public BudgetDocument read(InputStream in, String source) throws IOException {
    return JsonFormat.read(in, source);
  }

  /** Whether the bytes hold the ASCII {@code word}. */
  static boolean containsAscii(byte[] b, String word) {
    int m = word.length();
    outer:
    for (int i = 0; i + m <= b.length; i++) {
      for (int k = 0; k < m; k++) {
        if (b[i + k] != word.charAt(k)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
