package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.LimitExceededException;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.internal.Traditional;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

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

  /** Budget words, traditional ones, NULs, full-width digits and long runs of digits. */
  static final List<String> MIXED = List.of("部门预算", "預算", "決算", "經濟分類", "支出", "\t", "\n", "\n", "2024",
      "１２３", "14491234567", "\0", "萬元", "合計", "单位：万元", "a", "\r\n", "\uFEFF");

  @Provide
  Arbitrary<byte[]> encoded() {
    Arbitrary<String> text = Arbitraries.of(MIXED).list().ofMinSize(0).ofMaxSize(60).map(l -> String.join("", l));
    Arbitrary<Charset> cs = Arbitraries.of(StandardCharsets.UTF_8, StandardCharsets.UTF_8, StandardCharsets.UTF_8,
        Charset.forName("GB18030"), Charset.forName("Big5"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16);
    Arbitrary<Integer> bom = Arbitraries.integers().between(0, 3); // 0: none, 1: UTF-8's, 2: a broken byte, 3: none
    return net.jqwik.api.Combinators.combine(text, cs, bom).as((t, c, m) -> {
      byte[] b = t.getBytes(c);
      if (m == 1) {
        byte[] x = new byte[b.length + 3];
        x[0] = (byte) 0xEF;
        x[1] = (byte) 0xBB;
        x[2] = (byte) 0xBF;
        System.arraycopy(b, 0, x, 3, b.length);
        return x;
      }
      if (m == 2 && b.length > 0) {
        b[b.length / 2] = (byte) 0xC3; // most often malformed UTF-8
      }
      return b;
    });
  }

  /**
   * The text reader's one pass (decode, then simplify and check the limits in the decoded characters)
   * gives the text, encoding, byte-order mark, count of simplified characters and limit exception of
   * the three steps it replaces.
   */
  @Property(tries = 1000)
  void prepareIsDecodeSimplifyAndCheckLimits(@ForAll("encoded") byte[] b, @ForAll @IntRange(min = 1, max = 80) int maxLine,
      @ForAll @IntRange(min = 1, max = 12) int maxNumber) {
    ReadLimits limits = ReadLimits.builder().maxLineLength(maxLine).maxNumberLength(maxNumber).build();
    String expected;
    try {
      Optional<TextDecoding.Decoded> d = TextDecoding.decode(b);
      if (d.isEmpty()) {
        expected = "none";
      } else {
        Traditional.Simplified t = Traditional.simplify(d.get().text());
        TextReader.checkLimits(t.text(), limits);
        expected = t.text() + "|" + d.get().charset() + "|" + d.get().bom() + "|" + t.converted();
      }
    } catch (LimitExceededException e) {
      expected = "limit " + e.getMessage();
    }
    String actual;
    try {
      Optional<TextDecoding.Prepared> p = TextDecoding.prepare(b, limits);
      actual = p.map(x -> x.text() + "|" + x.charset() + "|" + x.bom() + "|" + x.converted()).orElse("none");
    } catch (LimitExceededException e) {
      actual = "limit " + e.getMessage();
    }
    net.jqwik.api.statistics.Statistics.collect(expected.startsWith("limit") ? "limit" : expected.equals("none") ? "none" : "text");
    assertThat(actual).isEqualTo(expected);
  }
}
