package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The Zhejiang set as a PDF, paged anywhere: however many rows a page holds from two on (tables
 * continued under their repeated title and header), the PDF reads to the text's facts with no
 * WARNING; and a table figure changed beyond rounding that the text's reading catches as an ERROR,
 * the PDF's reading catches too.
 */
class ZhejiangPdfProperties {
  private static final String TEXT = ZhejiangPdfTest.keqiao();
  private static final Pattern CELL = Pattern.compile("(?<=\\t|^)([0-9]+\\.[0-9]{2})(?=\\t|$)");

  @Property(tries = 6)
  void paginationNeverChangesTheFacts(@ForAll @IntRange(min = 2, max = 60) int rowsPerPage) throws Exception {
    // from 2: on a page holding one body row only, the last line of that row's wrapped label (the
    // project name 全过程人民民主基层单元建 / 设) is lost, so the label is truncated; the figures are the same
    // (docs/pdf.md, "The Zhejiang 预算 set in a PDF")
    BudgetDocument p = ZhejiangPdfTest.pdf(TEXT, new TextFormPdf.Style(rowsPerPage));
    assertThat(ZhejiangPdfTest.facts(p)).as("rows per page " + rowsPerPage)
        .isEqualTo(ZhejiangPdfTest.facts(ZhejiangPdfTest.text(TEXT)));
    assertThat(p.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO)
        .extracting(g -> g.code() + " " + g.messageEn()).isEmpty();
  }

  @Property(tries = 6)
  void aChangedFigureTheTextCatchesThePdfCatches(@ForAll @IntRange(min = 0, max = 10_000) int which,
      @ForAll @IntRange(min = 100, max = 5_000) int cents) throws Exception {
    List<int[]> cells = new ArrayList<>();
    String[] lines = TEXT.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = CELL.matcher(lines[i]);
      while (lines[i].contains("\t") && m.find()) {
        cells.add(new int[] {i, m.start(1), m.end(1)});
      }
    }
    int[] c = cells.get(which % cells.size());
    String printed = lines[c[0]].substring(c[1], c[2]);
    lines[c[0]] = lines[c[0]].substring(0, c[1])
        + new BigDecimal(printed).add(BigDecimal.valueOf(cents, 2)).toPlainString() + lines[c[0]].substring(c[2]);
    String changed = String.join("\n", lines);
    Set<String> honestText = errors(ZhejiangPdfTest.text(TEXT));
    Set<String> honestPdf = errors(ZhejiangPdfTest.pdf(TEXT, new TextFormPdf.Style(40)));
    boolean textCatches = !honestText.containsAll(errors(ZhejiangPdfTest.text(changed)));
    Set<String> pdf = errors(ZhejiangPdfTest.pdf(changed, new TextFormPdf.Style(40)));
    if (textCatches) {
      assertThat(honestPdf.containsAll(pdf)).as("a new ERROR for line %d: %s + %s", c[0] + 1, printed,
          BigDecimal.valueOf(cents, 2)).isFalse();
    }
  }

  /** The ERROR findings, each as rule and English message. */
  static Set<String> errors(BudgetDocument d) {
    return Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).map(f -> f.ruleId() + " " + f.messageEn())
        .collect(Collectors.toSet());
  }
}
