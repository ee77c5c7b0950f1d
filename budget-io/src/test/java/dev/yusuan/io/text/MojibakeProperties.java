package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yusuan.io.UnsupportedFormatException;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Garbled text (乱码): the Keqiao example, or a run of its lines, encoded in one encoding, decoded in another
 * and saved as UTF-8 — what happens when a file is opened in the wrong encoding and saved again. When the wrong
 * decoding lost nothing the text is turned back exactly: the same facts as the original, and a {@code
 * text.garbled} WARNING; when it replaced bytes (U+FFFD) the file is not read, with a message naming the
 * garbling, never read as figures. An ordinary text is never taken for garbled.
 */
class MojibakeProperties {
  private static final List<String> LINES = Arrays.asList(Keqiao.TEXT.split("\n", -1));

  /** How the text was written and how it was wrongly read. */
  record Garbling(Charset right, Charset wrong) {}

  @Provide
  Arbitrary<Garbling> garblings() {
    Charset gbk = Charset.forName("GBK");
    Charset gb18030 = Charset.forName("GB18030");
    Charset cp1252 = Charset.forName("windows-1252");
    return Arbitraries.of(new Garbling(StandardCharsets.UTF_8, gbk), new Garbling(StandardCharsets.UTF_8, gb18030),
        new Garbling(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1), new Garbling(StandardCharsets.UTF_8, cp1252),
        new Garbling(gbk, StandardCharsets.ISO_8859_1), new Garbling(gb18030, cp1252));
  }

  @Property(tries = 60)
  void garbledTextIsTurnedBackExactlyOrNotRead(@ForAll("garblings") Garbling g,
      @ForAll @IntRange(min = 0, max = 400) int from, @ForAll @IntRange(min = 150, max = 800) int length)
      throws IOException {
    int start = Math.min(from, LINES.size() - 1);
    String original = String.join("\n", LINES.subList(start, Math.min(LINES.size(), start + length)));
    if (count(original) < 5) {
      return; // too little budget vocabulary to tell
    }
    byte[] bytes = original.getBytes(g.right());
    String garbled;
    boolean exact = true;
    try {
      garbled = g.wrong().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      exact = false;
      garbled = new String(bytes, g.wrong()); // replacement characters where bytes did not map
    }
    byte[] saved = garbled.getBytes(StandardCharsets.UTF_8);
    String as = g + " lines " + (start + 1) + "+" + length;
    net.jqwik.api.statistics.Statistics.label("wrong decoding").collect(exact ? "lost nothing" : "lost bytes");
    if (!exact) {
      assertThatThrownBy(() -> read(saved)).as(as).isInstanceOf(UnsupportedFormatException.class)
          .hasMessageContaining("garbled").hasMessageContaining("乱码");
      return;
    }
    BudgetDocument d = read(saved);
    BudgetDocument want = read(original.getBytes(StandardCharsets.UTF_8));
    assertThat(key(d.facts())).as(as).isEqualTo(key(want.facts()));
    assertThat(d.diagnostics()).as(as).extracting(Diagnostic::code).contains("text.garbled");
  }

  @Property(tries = 40)
  void anOrdinaryTextIsNotGarbled(@ForAll @IntRange(min = 0, max = 600) int from,
      @ForAll @IntRange(min = 1, max = 800) int length) {
    int start = Math.min(from, LINES.size() - 1);
    String text = String.join("\n", LINES.subList(start, Math.min(LINES.size(), start + length)));
    assertThat(Mojibake.of(text)).isEmpty();
    assertThat(Mojibake.of("Budget 2024: total 1,234.56; 收入 12.30 万元")).isEmpty();
  }

  private static BudgetDocument read(byte[] bytes) throws IOException {
    return new TextReader().read(new ByteArrayInputStream(bytes), "garbled.txt");
  }

  private static int count(String s) {
    int n = 0;
    for (String w : List.of("预算", "支出", "收入", "合计", "部门", "单位")) {
      for (int i = s.indexOf(w); i >= 0; i = s.indexOf(w, i + 1)) {
        n++;
      }
    }
    return n;
  }

  private static List<String> key(List<Fact> facts) {
    return facts.stream().map(f -> f.concept() + " " + f.coordinates() + " " + f.amount() + " "
        + f.provenance().tableId().orElse("") + " " + f.provenance().line()).sorted().toList();
  }
}
