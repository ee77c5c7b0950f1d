package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Budget text encoded in UTF-8, GB18030, GBK or UTF-16 (with or without a byte-order mark) decodes
 * back to the same text; random bytes are refused.
 */
class TextDecodingProperties {
  static final List<String> WORDS = List.of("部门预算", "一般公共预算", "支出", "收入", "合计", "万元", "基本支出",
      "项目支出", "行政运行", "\t", "\n", "2024", "年", "1449.12", "（", "）", "、", "单位：万元", "工资福利支出");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(WORDS).list().ofMinSize(40).ofMaxSize(200).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<Charset> charsets() {
    return Arbitraries.of(StandardCharsets.UTF_8, Charset.forName("GB18030"), Charset.forName("GBK"),
        StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16);
  }

  @Property(tries = 200)
  void encodedBudgetTextDecodesBack(@ForAll("texts") String text, @ForAll("charsets") Charset c) {
    TextDecoding.Decoded d = TextDecoding.decode(text.getBytes(c)).orElseThrow();
    assertThat(d.text()).isEqualTo(text);
  }

  @Property(tries = 100)
  void randomBytesAreRefused(@ForAll long seed) {
    byte[] b = new byte[4096];
    new Random(seed).nextBytes(b);
    assertThat(TextDecoding.decode(b)).isEmpty();
  }

  /** A head cut anywhere, even inside a character, decodes as the text's whole characters before the cut. */
  @Property(tries = 200)
  void aHeadCutInsideAUtf8CharacterIsUtf8(@ForAll("texts") String text, @ForAll("fractions") int permille) {
    byte[] all = text.getBytes(StandardCharsets.UTF_8);
    int cut = Math.max(1, all.length * permille / 1000);
    byte[] head = java.util.Arrays.copyOf(all, cut);
    String decoded = TextDecoding.head(head);
    assertThat(text).startsWith(decoded);
    assertThat(decoded.getBytes(StandardCharsets.UTF_8).length).isBetween(cut - 3, cut);
    assertThat(TextDecoding.completeUtf8(head)).isEqualTo(decoded.getBytes(StandardCharsets.UTF_8).length);
  }

  /**
   * The UTF-8 fast path of {@code strict} (the String constructor, then the decoder only when a U+FFFD
   * shows) gives what the strict decoder alone gives, on UTF-8 text with bytes changed, cut or
   * inserted (malformed, overlong, surrogate and out-of-range sequences, stray continuation bytes)
   * and on text holding U+FFFD itself.
   */
  @Property(tries = 500)
  void theUtf8FastPathIsTheStrictDecoder(@ForAll("texts") String text, @ForAll long seed,
      @ForAll("fractions") int offsetPermille) {
    Random r = new Random(seed);
    String t = r.nextInt(4) == 0 ? text + "\uFFFD" + text.substring(0, text.length() / 2) : text;
    byte[] b = t.getBytes(StandardCharsets.UTF_8);
    int changes = r.nextInt(4);
    for (int k = 0; k < changes && b.length > 0; k++) {
      int at = r.nextInt(b.length);
      switch (r.nextInt(4)) {
        case 0 -> b[at] = (byte) r.nextInt(256);
        case 1 -> b[at] = (byte) (0x80 | r.nextInt(64)); // a continuation byte
        case 2 -> b = java.util.Arrays.copyOf(b, at); // cut inside a character or not
        default -> { // an overlong, surrogate or out-of-range sequence
          byte[][] bad = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
              {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
              {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
          byte[] s = bad[r.nextInt(bad.length)];
          byte[] n = new byte[b.length + s.length];
          System.arraycopy(b, 0, n, 0, at);
          System.arraycopy(s, 0, n, at, s.length);
          System.arraycopy(b, at, n, at + s.length, b.length - at);
          b = n;
        }
      }
    }
    int offset = Math.min(b.length, b.length * (offsetPermille % 4 == 0 ? offsetPermille : 0) / 1000);
    assertThat(TextDecoding.strict(b, offset, StandardCharsets.UTF_8))
        .isEqualTo(TextDecoding.strictDecoder(b, offset, StandardCharsets.UTF_8));
  }

  @Property(tries = 200)
  void theUtf8FastPathIsTheStrictDecoderOnRandomBytes(@ForAll long seed) {
    byte[] b = new byte[new Random(seed).nextInt(64)];
    new Random(seed + 1).nextBytes(b);
    assertThat(TextDecoding.strict(b, 0, StandardCharsets.UTF_8))
        .isEqualTo(TextDecoding.strictDecoder(b, 0, StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<Integer> fractions() {
    return Arbitraries.integers().between(1, 1000);
  }
}
