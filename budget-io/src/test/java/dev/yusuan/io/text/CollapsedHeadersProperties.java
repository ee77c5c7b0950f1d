package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Tables whose merged header cells were lost: what a web page's table copied as text gives (one tab per cell,
 * whatever it spans; a cell spanning rows from above absent from the rows below). The Keqiao example with the
 * header rows of some of its tables so collapsed. Which column each header cell heads is then a guess: until
 * 2026-12-02 the guess was taken as read, and the example with every table's header rows collapsed had 7 ERRORs,
 * 5 of which it does not deserve (收入 figures read as 支出: sums, duplicates and narrative amounts
 * "contradicted"). Contract: every
 * ERROR of the collapsed text is an ERROR of the example (same rule, same figures compared); every table figure of the
 * example is a fact or counted unread.
 */
class CollapsedHeadersProperties {
  private static final Pattern AMOUNT = Pattern.compile("-?[\\d,]+\\.\\d+");
  private static final List<String> LINES = Arrays.asList(Keqiao.TEXT.split("\n", -1));

  /**
   * The text with the header rows of the chosen tables (by seed) collapsed: empty cells removed. The parts of a
   * table continued under its title again (a page break) are copied alike.
   */
  static String collapsed(long seed) {
    List<String> out = new ArrayList<>();
    boolean inTable = false;
    boolean header = false;
    boolean collapse = false;
    String title = "";
    for (String l : LINES) {
      if (l.indexOf('\t') < 0) {
        inTable &= l.isBlank();
        if (l.startsWith("#")) {
          title = l.replace("#", "").strip();
        }
        out.add(l);
        continue;
      }
      if (!inTable) {
        inTable = true;
        header = true;
        collapse = new Random(seed ^ title.hashCode()).nextInt(3) > 0;
      }
      String[] cells = l.split("\t", -1);
      boolean body = false;
      for (String c : cells) {
        body |= AMOUNT.matcher(c.strip()).matches() || c.strip().equals("**") || c.contains("栏次");
      }
      header &= !body;
      if (header && collapse) {
        out.add(String.join("\t", Arrays.stream(cells).filter(c -> !c.isBlank()).toList()));
      } else {
        out.add(l);
      }
    }
    return String.join("\n", out);
  }

  @Property(tries = 30)
  void collapsedHeadersGiveNoErrorTheExampleLacks(@ForAll long seed) {
    BudgetDocument example = Keqiao.read();
    BudgetDocument d = new TextReader().read(collapsed(seed), Keqiao.SOURCE);
    List<String> want = errors(example);
    assertThat(errors(d)).as("seed %d", seed).allSatisfy(e -> assertThat(want).contains(e));
    long tableFacts = d.facts().stream().filter(f -> f.provenance().tableId().isPresent()).count();
    long printed = example.facts().stream().filter(f -> f.provenance().tableId().isPresent()).count();
    assertThat(tableFacts + BudgetIo.unreadAmounts(d)).as("seed %d", seed).isGreaterThanOrEqualTo(printed);
  }

  /**
   * ERROR findings by rule and what they compare (from "reported" on: the same contradiction may be shown at
   * another table's copy of the figure when the first table's figures are doubtful), else by message.
   */
  private static List<String> errors(BudgetDocument d) {
    return Validator.of(StandardRules.departmentBudget(d)).validate(d).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).map((Finding f) -> {
          int at = f.messageEn().indexOf("reported ");
          return f.ruleId() + " " + (at >= 0 ? f.messageEn().substring(at) : f.messageEn());
        }).toList();
  }
}
