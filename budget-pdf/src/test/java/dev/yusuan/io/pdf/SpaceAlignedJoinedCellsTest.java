package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Space-aligned text whose header is spaced otherwise than its rows: the stages place two columns' numbers
 * under one header position and join them into one cell's text ({@code 154.08  675.00} read as
 * {@code 154.08675.00}), text that is no number at all. That cell is the stages' join, not a number the
 * document printed: it is {@code layout.merged-numbers} (a WARNING, the numbers counted unread, the line's
 * facts doubtful), and the document is read partly and checked, never refused with a number it never printed
 * ({@code table.bad-number}, an ERROR that hid every finding of the document).
 */
class SpaceAlignedJoinedCellsTest {
  /** East Asian wide characters take two columns, as a terminal or pdftotext lays them out. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w += c >= 0x2e80 && c <= 0xffef ? 2 : 1;
    }
    return w;
  }

  /** A tab-separated table laid out with spaces: each column as wide as its widest cell, three spaces between. */
  static List<String> aligned(List<String> rows) {
    List<String[]> cells = rows.stream().map(r -> r.split("\t", -1)).toList();
    int n = cells.stream().mapToInt(c -> c.length).max().orElse(0);
    int[] widths = new int[n];
    for (String[] c : cells) {
      for (int k = 0; k < c.length; k++) {
        widths[k] = Math.max(widths[k], width(c[k]));
      }
    }
    List<String> out = new ArrayList<>();
    for (String[] c : cells) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < c.length; k++) {
        b.append(c[k]).append(" ".repeat(widths[k] - width(c[k]) + 3));
      }
      out.add(b.toString().stripTrailing());
    }
    return out;
  }

  /** Tabs expanded to stops of 8 by a tool that counts bytes of UTF-8, not columns: a header askew. */
  static String byteExpanded(String line) {
    StringBuilder b = new StringBuilder();
    int col = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        int k = 8 - col % 8;
        b.append(" ".repeat(k));
        col += k;
      } else {
        b.append(c);
        col += String.valueOf(c).getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return b.toString();
  }

  /** The Keqiao example with its tables aligned by spaces, the tables titled {@code skewed} expanded by bytes. */
  static String spaced(String text, String skewed) {
    List<String> lines = List.of(text.split("\n", -1));
    List<String> out = new ArrayList<>();
    String title = "";
    for (int i = 0; i < lines.size(); ) {
      if (lines.get(i).startsWith("#")) {
        title = lines.get(i);
      }
      if (!lines.get(i).contains("\t")) {
        out.add(lines.get(i++));
        continue;
      }
      int j = i;
      while (j < lines.size() && lines.get(j).contains("\t")) {
        j++;
      }
      List<String> table = lines.subList(i, j);
      out.addAll(title.contains(skewed) ? table.stream().map(SpaceAlignedJoinedCellsTest::byteExpanded).toList()
          : aligned(table));
      i = j;
    }
    return String.join("\n", out);
  }

  static BudgetDocument read(String text) throws Exception {
    return new TextReader().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "k.txt");
  }

  @Test
  void numbersTheStagesJoinIntoOneCellAreCountedUnreadAndTheDocumentIsChecked() throws Exception {
    String text = spaced(ZhejiangPdfTest.keqiao(), "2024年部门一般公共预算支出表");
    assertThat(text).contains("154.08  675.00").doesNotContain("\t");
    BudgetDocument d = read(text);
    List<Diagnostic> joined = d.diagnostics().stream().filter(x -> x.code().equals("layout.merged-numbers"))
        .toList();
    assertThat(joined).extracting(x -> x.location().text().orElse("")).contains("154.08675.00");
    assertThat(joined).allMatch(x -> x.severity() == Severity.WARNING);
    assertThat(d.diagnostics()).extracting(Diagnostic::code).noneMatch(c -> c.endsWith("bad-number"));
    // read partly (amounts counted unread), not refused: every finding of the rest is reported
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isEmpty();
    assertThat(d.diagnostics().stream().mapToInt(Diagnostic::unreadAmounts).sum()).isPositive();
    // each amount of a joined cell is counted unread once: by its table, not again as placed in no cell
    int line = joined.stream().filter(x -> x.location().text().orElse("").equals("154.08675.00")).findFirst()
        .orElseThrow().location().line().getAsInt();
    assertThat(d.diagnostics().stream().filter(x -> x.location().line().orElse(-1) == line)
        .mapToInt(Diagnostic::unreadAmounts).sum()).isEqualTo(4); // 1512.51 1358.42 154.08 675.00, two cells
    // the joined line's other figures are doubtful: nothing resting on the skewed table is an ERROR
    assertThat(Validator.of(StandardRules.departmentBudget(d)).validate(d).findings())
        .filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
  }

  @Test
  void aCellPrintedAsTwoNumbersInATabbedTextIsStillNotANumber() throws Exception {
    // the structured text's cells are the author's: a cell printed 154.08675.00 is a number that is not one
    String text = ZhejiangPdfTest.keqiao().replaceFirst("154\\.08\t675\\.00", "154.08675.00\t675.00");
    BudgetDocument d = read(text);
    assertThat(d.diagnostics()).extracting(Diagnostic::code).contains("table.bad-number");
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isPresent();
  }
}
