package dev.yusuan.io.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Garbled text (乱码): a disclosure decoded in the wrong encoding and saved again, so that its characters are
 * other characters — UTF-8 read as GBK ({@code 预算} becomes {@code 棰勭畻}), GBK or UTF-8 read as Latin-1 or
 * Windows-1252. Such a text holds no budget vocabulary, while the same text turned back (encoded in the wrong
 * encoding, decoded in the right one) holds plenty. When turning it back loses nothing the text is repaired
 * exactly; when the wrong decoding replaced bytes it could not map (U+FFFD, or {@code 锟斤拷} once saved) the
 * figures of the original cannot be trusted and the file is not read.
 */
final class Mojibake {
  /** Words every budget disclosure prints. */
  private static final List<String> WORDS = List.of("预算", "支出", "收入", "合计", "部门", "单位");
  /** At least this many occurrences in the turned-back text (a few could be chance). */
  private static final int ENOUGH = 5;

  private Mojibake() {}

  /** How a text was garbled, the text turned back, and whether turning back lost nothing. */
  record Repair(String wrong, String right, String text, boolean exact) {}

  private record Pair(Charset wrong, Charset right) {}

  private static final List<Pair> PAIRS = List.of(new Pair(Charset.forName("GBK"), StandardCharsets.UTF_8),
      new Pair(Charset.forName("GB18030"), StandardCharsets.UTF_8),
      new Pair(StandardCharsets.ISO_8859_1, Charset.forName("GB18030")),
      new Pair(Charset.forName("windows-1252"), Charset.forName("GB18030")),
      new Pair(StandardCharsets.ISO_8859_1, StandardCharsets.UTF_8),
      new Pair(Charset.forName("windows-1252"), StandardCharsets.UTF_8));

  /**
   * @param text a decoded text
   * @return how it was garbled, when it holds no budget vocabulary and turned back it holds plenty
   */
  static Optional<Repair> of(String text) {
    if (count(text, 1) > 0) {
      return Optional.empty(); // the ordinary case: one scan for the first word
    }
    for (Pair p : PAIRS) {
      CharsetEncoder enc = p.wrong().newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      boolean exact = true;
      ByteBuffer bytes;
      try {
        bytes = p.wrong().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
      } catch (CharacterCodingException e) {
        exact = false;
        try {
          bytes = enc.encode(CharBuffer.wrap(text));
        } catch (CharacterCodingException unreachable) {
          continue;
        }
      }
      String back;
      try {
        back = p.right().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.duplicate()).toString();
      } catch (CharacterCodingException e) {
        exact = false;
        back = new String(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining(), p.right());
      }
      if (count(back, ENOUGH) >= ENOUGH) {
        return Optional.of(new Repair(p.wrong().name(), p.right().name(), back, exact && back.indexOf('\uFFFD') < 0));
      }
    }
    return Optional.empty();
  }

  /** Occurrences of the budget words, counted up to {@code enough}. */
  private static int count(String s, int enough) {
    int n = 0;
    for (String w : WORDS) {
      for (int i = s.indexOf(w); i >= 0 && n < enough; i = s.indexOf(w, i + w.length())) {
        n++;
      }
    }
    return n;
  }
}
