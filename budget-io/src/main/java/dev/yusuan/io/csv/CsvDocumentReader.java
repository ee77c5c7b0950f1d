package dev.yusuan.io.csv;

import dev.yusuan.io.DocumentReader;
import dev.yusuan.model.BudgetDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reader of format {@code csv}: a facts CSV ({@link CsvFacts}) into a minimal document — its facts,
 * and source, department name, year, kind and unit from the metadata columns.
 */
public final class CsvDocumentReader implements DocumentReader {
  @Override
  public String format() {
    return "csv";
  }

  @Override
  public List<String> extensions() {
    return List.of("csv");
  }

  /** Content whose first line is a header starting with the {@code concept} column. */
  @Override
  public boolean recognises(String fileName, byte[] head) {
    // on the bytes, without decoding the head: a UTF-8 BOM, then the ASCII header
    int bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF ? 3 : 0;
    return startsWithAscii(head, bom, "\"concept\",") || startsWithAscii(head, bom, "concept,");
  }

  private static boolean startsWithAscii(byte[] b, int from, String word) {
    if (b.length - from < word.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (b[from + k] != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public BudgetDocument read(InputStream in, String source) throws IOException {
    return CsvFacts.document(CsvFacts.read(new InputStreamReader(in, StandardCharsets.UTF_8), source),
        source);
  }
}
