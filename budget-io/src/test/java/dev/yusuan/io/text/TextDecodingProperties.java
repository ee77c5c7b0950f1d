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

  @Provide
  Arbitrary<Integer> fractions() {
    return Arbitraries.integers().between(1, 1000);
  }
}
