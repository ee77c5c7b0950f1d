package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Zhejiang 部门预算 set printed as a PDF (the bundled Keqiao example drawn by {@link TextFormPdf}: a
 * page per table, headers spanning their cells, 栏次 lines of ** and numbers, the 项目支出预算表 printed
 * twice with its own 合计 each time, a table continued under its repeated title, empty tables with a
 * note under them) reads to the facts of the structured text, in the Zhejiang template, and its pack
 * finds nothing the text's reading does not.
 */
class ZhejiangPdfTest {
  static String keqiao() {
    try (InputStream in = ZhejiangPdfTest.class.getResourceAsStream(
        "/dev/yusuan/io/examples/keqiao-rendaban-2024-budget.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static BudgetDocument text(String text) throws IOException {
    return new TextReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "k.txt");
  }

  static BudgetDocument pdf(String text, TextFormPdf.Style style) throws IOException {
    return new PdfReader().read(new ByteArrayInputStream(TextFormPdf.draw(text, style)), "k.pdf");
  }

  /**
   * The facts as comparable lines. A budget unit's name is compared by its first 18 characters: the
   * Keqiao 三公 table prints it truncated (…常务委员会办), which the text reader completes from the
   * project tables' full names and the PDF reader keeps as printed.
   */
  static List<String> facts(BudgetDocument d) {
    return d.facts().stream().map(f -> f.concept() + f.coordinates().toString()
        .replaceAll("(BUDGET_UNIT=[^,=]{0,18})[^,]*", "$1") + "=" + f.amount().value().toPlainString())
        .sorted().toList();
  }

  static Set<String> problems(BudgetDocument d) {
    return Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
        .filter(f -> f.severity().atLeast(Severity.WARNING)).map(Finding::ruleId).collect(Collectors.toSet());
  }

  @Test
  void theKeqiaoSetPrintedAsAPdfReadsToTheFactsOfItsText() throws Exception {
    String text = keqiao();
    BudgetDocument t = text(text);
    BudgetDocument p = pdf(text, new TextFormPdf.Style(40));
    assertThat(p.template()).contains("zhejiang");
    assertThat(p.tables()).extracting(DisclosureTable::kind).allMatch(k -> k.startsWith("zj."));
    assertThat(facts(p)).isEqualTo(facts(t));
    assertThat(p.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO)
        .extracting(g -> g.code() + " " + g.messageEn()).isEmpty();
    // the two 项目支出预算表 (one per project level, each with its own 合计) stay two tables
    assertThat(p.tables()).filteredOn(x -> x.kind().equals("zj.projects")).hasSize(2);
    // what the PDF's reading finds, the text's finds too (the PDF reader reads no contents list and no
    // performance targets, so the text's reading finds more)
    assertThat(problems(t)).containsAll(problems(p));
    assertThat(problems(p)).contains("narrative.amount");
  }
}
