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
    String s = new String(head, StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    return s.startsWith("\"concept\",") || s.startsWith("concept,");
  }

  @Override
  public BudgetDocument read(InputStream in, String source) throws IOException {
    return CsvFacts.document(CsvFacts.read(new InputStreamReader(in, StandardCharsets.UTF_8), source),
        source);
  }
}
