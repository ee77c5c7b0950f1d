package dev.yusuan.io.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Ragged space-aligned text (rows whose cells drift, gaps of one to six spaces, labels, codes and amounts in any
 * order, blank lines, form feeds) under a table's title and unit line: reading never throws and loses no amount
 * silently — every line printing an amount has a fact or a diagnostic at that line, or (a line the table stages
 * joined to a neighbouring row) each of its amounts is named by a WARNING or ERROR.
 */
class AlignedPagesProperties {
  @Provide
  Arbitrary<List<String>> raggedLines() {
    Arbitrary<String> token = Arbitraries.oneOf(
        Arbitraries.of("合计", "行政运行", "一般公共服务支出", "基本支出", "项目支出", "人大事务", "其他", "说明"),
        Arbitraries.of("201", "20101", "2010101", "208", "30101"),
        Arbitraries.longs().between(0, 99_999_999).map(c -> String.format("%,.2f", c / 100.0)),
        Arbitraries.longs().between(0, 99_999).map(c -> String.format("%.2f", c / 100.0)));
    Arbitrary<String> gap = Arbitraries.integers().between(1, 6).map(" "::repeat);
    Arbitrary<String> line = Arbitraries.integers().between(0, 8).flatMap(n -> Combinators2.join(token, gap, n));
    return line.list().ofMinSize(1).ofMaxSize(40);
  }

  /** jqwik helpers. */
  static final class Combinators2 {
    static Arbitrary<String> join(Arbitrary<String> token, Arbitrary<String> gap, int n) {
      return Arbitraries.integers().between(0, 12).flatMap(indent -> token.list().ofSize(n).flatMap(ts ->
          gap.list().ofSize(n).map(gs -> {
            StringBuilder b = new StringBuilder(" ".repeat(indent));
            for (int i = 0; i < ts.size(); i++) {
              b.append(ts.get(i)).append(gs.get(i));
            }
            return i0(b, ts.size() > 5);
          })));
    }

    private static String i0(StringBuilder b, boolean feed) {
      return feed ? "\f" + b : b.toString();
    }
  }

  @Property(tries = 200)
  void raggedLinesLoseNoAmountSilently(@ForAll("raggedLines") List<String> body) {
    List<String> lines = new ArrayList<>(List.of("2024年一般公共预算支出表", "部门：某市示例局          单位：万元",
        "科目编码      科目名称        合计      基本支出     项目支出"));
    lines.addAll(body);
    String text = String.join("\n", lines) + "\n";
    BudgetDocument d = new TextReader().read(text, "ragged.txt");
    Set<Integer> located = new HashSet<>();
    d.facts().forEach(f -> f.provenance().line().ifPresent(located::add));
    d.diagnostics().forEach(x -> x.location().line().ifPresent(located::add));
    for (int i = 0; i < lines.size(); i++) {
      if (located.contains(i + 1)) {
        continue;
      }
      int line = i + 1;
      for (String w : lines.get(i).replace("\f", "").trim().split("\\s+")) {
        // not at its line: a line of amounts joined to a neighbouring row is reported with that row's text
        boolean named = d.diagnostics().stream().anyMatch(x -> x.severity() != dev.yusuan.model.Severity.INFO
            && x.messageEn().contains(w));
        // a row whose label the stages joined from the lines above it (201 合计 / 行政运行 … 0.01) is located at
        // its first line: its figure is a fact there (seed 565198611084414847)
        boolean wrapped = d.facts().stream().anyMatch(f -> f.provenance().text().orElse("").strip().equals(w)
            && f.provenance().line().orElse(-9) >= line - 2 && f.provenance().line().orElse(-9) < line);
        assertThat(!Texts.isMoneyLike(w) || named || wrapped).as("line %d: %s, %s%n%s", line, lines.get(i), w,
            d.diagnostics()).isTrue();
      }
    }
  }

  /**
   * Found by the fresh-clone CI (seed 5390375504091612615): a line holding a label and 0.00 on a continued page, cut
   * into a cell that joins segments, was taken for amounts run together that its table counted, and the 0.00 was
   * counted nowhere. Replayed with its seed (jqwik's printed shrunk sample loses the characters that make it fail).
   */
  @Property(tries = 200, seed = "5390375504091612615")
  void raggedLinesOfTheSeedTheCiFound(@ForAll("raggedLines") List<String> body) {
    raggedLinesLoseNoAmountSilently(body);
  }

  /**
   * Found by h-shift's run (seed 565198611084414847, failing on 2eed0f7 too): a row whose label the stages join from
   * the line above (a code and 合计, then 行政运行 … 0.01) is located at its first line, and its figure was taken
   * for lost at the line it is printed on. The figure is a fact of that row: the property now looks for it there.
   */
  @Property(tries = 200, seed = "565198611084414847")
  void raggedLinesOfTheSeedOfARowJoinedFromTheLineAbove(@ForAll("raggedLines") List<String> body) {
    raggedLinesLoseNoAmountSilently(body);
  }
}
