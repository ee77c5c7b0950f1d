package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.internal.Traditional;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraditionalTest {
  @Test
  void theKeywordsOfTheReadersInTraditionalForm() {
    assertThat(Traditional.simplify("預算 決算 收入 支出 總計 合計 項目 經濟分類 財政撥款 單位：萬元 部門預算").text())
        .isEqualTo("预算 决算 收入 支出 总计 合计 项目 经济分类 财政拨款 单位：万元 部门预算");
  }

  /**
   * The Keqiao disclosure written in traditional characters and encoded in Big5 (the two characters
   * Big5 lacks, ≤ and ≥, become ?) reads into the same facts as the original, and the diagnostics say
   * which encoding was used and how many characters were read as simplified.
   */
  @Test
  void aBig5TraditionalDisclosureReadsLikeTheSimplifiedOne() throws IOException {
    String traditional = TraditionalProperties.traditional(Keqiao.TEXT);
    assertThat(traditional).contains("部門預算").contains("項目").doesNotContain("部门预算");
    ByteBuffer big5 = TextDecoding.BIG5.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE)
        .encode(CharBuffer.wrap(traditional));
    byte[] bytes = new byte[big5.remaining()];
    big5.get(bytes);
    TextReader reader = new TextReader();
    assertThat(reader.recognises("k.txt", java.util.Arrays.copyOf(bytes, 4096))).isTrue();
    BudgetDocument read = reader.read(new ByteArrayInputStream(bytes), Keqiao.SOURCE);
    BudgetDocument original = Keqiao.read();
    assertThat(facts(read)).hasSize(original.facts().size()).isEqualTo(facts(original));
    assertThat(read.department().name()).isEqualTo(original.department().name());
    assertThat(read.diagnostics()).extracting(Diagnostic::code).contains("text.encoding", "text.traditional");
    assertThat(read.diagnostics().stream().filter(d -> d.code().equals("text.traditional")).findFirst()
        .orElseThrow().messageEn()).contains("Big5").contains("traditional characters");
  }

  private static List<String> facts(BudgetDocument d) {
    return d.facts().stream().map(f -> f.concept() + " " + f.coordinates() + " " + f.amount().value()).toList();
  }
}
