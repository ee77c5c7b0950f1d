package dev.yusuan.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.csv.CsvDocumentReader;
import dev.yusuan.io.json.JsonDocumentReader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The JSON and CSV readers recognise on the head's bytes what they recognised on its decoded text. */
class RecognitionProperties {
  @Property(tries = 1000)
  void jsonIsRecognisedAsOnTheDecodedHead(@ForAll("heads") byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    int i = s.startsWith("\uFEFF") ? 1 : 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    boolean decoded = i < s.length() && s.charAt(i) == '{' && s.contains("\"formatVersion\"");
    assertThat(new JsonDocumentReader().recognises("x", head)).isEqualTo(decoded);
  }

  @Property(tries = 1000)
  void csvIsRecognisedAsOnTheDecodedHead(@ForAll("heads") byte[] head) {
    String s = new String(head, StandardCharsets.UTF_8);
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    boolean decoded = s.startsWith("\"concept\",") || s.startsWith("concept,");
    assertThat(new CsvDocumentReader().recognises("x", head)).isEqualTo(decoded);
  }

  /** Heads: BOMs (whole or cut), white space, braces, the words looked for, CJK and stray bytes. */
  @Provide
  Arbitrary<byte[]> heads() {
    Arbitrary<byte[]> piece = Arbitraries.oneOf(
        Arbitraries.of("\uFEFF", " ", "\n", "\u3000", "{", "\"formatVersion\"", "\"formatVersion", "concept,",
            "\"concept\",", "concept", ",", "预算", "a").map(t -> t.getBytes(StandardCharsets.UTF_8)),
        Arbitraries.of(new byte[] {(byte) 0xEF, (byte) 0xBB}, new byte[] {(byte) 0xEF},
            new byte[] {(byte) 0xFF}, new byte[] {(byte) 0x80}));
    return piece.list().ofMaxSize(6).map(l -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      l.forEach(out::writeBytes);
      return out.toByteArray();
    });
  }
}
