package dev.yusuan.io.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of {@link HtmlVariationsProperties}, each failing before this change. */
class HtmlVariationsTest {
  private static final HtmlDocumentReaderProperties.Style PLAIN =
      new HtmlDocumentReaderProperties.Style(false, false, false, false, false, false, false, false, 1);
  private static final String PAGE = HtmlDocumentReaderProperties.page(PLAIN);

  /** Before: 2706.24<sup>1</sup> was the fact 2706.241, without a word. */
  @Test
  void aNoteMarkIsNotADigitOfTheFigure() throws Exception {
    BudgetDocument d = HtmlVariationsProperties.read(PAGE.replaceFirst("<td>2706.24</td>", "<td>2706.24<sup>1</sup></td>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(HtmlVariationsProperties.key(d.facts()))
        .isEqualTo(HtmlVariationsProperties.key(HtmlDocumentReaderProperties.TEXT_FORM.facts()));
    assertThat(d.diagnostics()).filteredOn(x -> x.code().equals("html.note-mark")).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.INFO));
  }

  /** Before: "no budget disclosure found" (the GBK bytes decoded as UTF-8). */
  @Test
  void aGbkPageDeclaredUtf8IsReadAsGbkAndSaid() throws Exception {
    BudgetDocument d = HtmlVariationsProperties.read(
        HtmlVariationsProperties.bytes(PAGE, HtmlVariationsProperties.Bytes.GBK_DECLARED_UTF8));
    assertThat(HtmlVariationsProperties.key(d.facts()))
        .isEqualTo(HtmlVariationsProperties.key(HtmlDocumentReaderProperties.TEXT_FORM.facts()));
    assertThat(d.diagnostics()).filteredOn(x -> x.code().equals("html.charset")).singleElement().satisfies(x -> {
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.messageEn()).contains("UTF-8").contains("GB18030");
      assertThat(x.location().line()).hasValue(2);
    });
  }

  /** Before: the first half of the page passed as a document (254 facts, 9 ERROR findings, no word of the cut). */
  @Test
  void aPageCutInHalfIsNotReadCompletely() throws Exception {
    byte[] whole = PAGE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    BudgetDocument d = HtmlVariationsProperties.read(java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThat(d.diagnostics()).filteredOn(x -> x.code().equals("html.truncated")).singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.ERROR));
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isPresent();
  }

  /** Before: the hidden older row was read (its figures into the sums). */
  @Test
  void aHiddenRowIsCountedNotRead() throws Exception {
    BudgetDocument d = HtmlVariationsProperties.read(HtmlVariationsProperties.vary(PAGE,
        List.of(HtmlVariationsProperties.Kind.HIDDEN_ROW), 3).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(HtmlVariationsProperties.key(d.facts()))
        .isEqualTo(HtmlVariationsProperties.key(HtmlDocumentReaderProperties.TEXT_FORM.facts()));
    assertThat(BudgetIo.unreadAmounts(d)).isPositive();
  }
}
