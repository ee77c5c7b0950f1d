package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A text with its tables written as HTML, read without a markup reader on the class path (budget-io alone, as
 * here): the tables' amounts are counted unread ({@code text.markup-table}), so the file is never taken as read
 * completely. (With budget-html on the class path the tables are read: {@code HtmlTablesInTextProperties}.)
 */
class MarkupTablesTest {
  private static final Pattern AMOUNT = Pattern.compile(">\\s*(-?[\\d,]*\\d\\.\\d+)\\s*<");

  /** The Keqiao text with each run of tab lines as one line of HTML, as MinerU writes tables. */
  static String withHtmlTables(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder table = null;
    for (String l : text.split("\n", -1)) {
      if (l.indexOf('\t') >= 0) {
        if (table == null) {
          table = new StringBuilder("<table>");
        }
        table.append("<tr><td>").append(String.join("</td><td>", l.split("\t", -1))).append("</td></tr>");
      } else if (!(l.isBlank() && table != null)) {
        if (table != null) {
          out.add(table.append("</table>").toString());
          table = null;
        }
        out.add(l);
      }
    }
    if (table != null) {
      out.add(table.append("</table>").toString());
    }
    return String.join("\n", out);
  }

  @Test
  void htmlTablesWithoutAMarkupReaderAreCountedUnread() {
    assertThat(MarkupTables.reader()).as("budget-io alone has no markup reader").isEmpty();
    String text = withHtmlTables(Keqiao.TEXT);
    int printed = 0;
    for (String l : text.split("\n")) {
      if (l.contains("<table>")) {
        Matcher m = AMOUNT.matcher(l);
        while (m.find()) {
          printed++;
        }
      }
    }
    BudgetDocument d = new TextReader().read(text, "keqiao.md");
    assertThat(d.facts()).filteredOn(f -> f.provenance().tableId().isPresent()).isEmpty();
    assertThat(BudgetIo.unreadAmounts(d)).isEqualTo(printed).isGreaterThan(200);
    assertThat(d.diagnostics()).extracting(Diagnostic::code).contains("text.markup-table")
        .doesNotContain("text.unread-amount");
  }

  @Test
  void aTextThatNamesATagIsNoTable() {
    String text = "说明：网页中的 <table> 标签不是表格。\n本年支出 12.30 元";
    assertThat(MarkupTables.hasMarkupTable(text)).isFalse();
    assertThat(MarkupTables.hasMarkupTable("<TABLE border=1><TR><TD>1.00</TD></TR></TABLE>")).isTrue();
    assertThat(MarkupTables.tableLines("a\n<table>\n<tr><td>1.00</td></tr>\n</table>\nb").stream().toArray())
        .containsExactly(2, 3, 4);
  }
}
