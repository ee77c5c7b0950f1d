package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.ReadLimits;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A table row whose columns are aligned with spaces (the text of a PDF, a table copied from a web page)
 * is never read silently as narrative: inserted anywhere in the narrative of the Keqiao example it makes
 * the document "not read completely" at its line; narrative sentences full of numbers that are not
 * table cells (years, dates, counts, page numbers, amounts with their unit) never do.
 */
class UnreadAmountsProperties {
  private static final List<String> LINES = Arrays.asList(Keqiao.TEXT.split("\n", -1));
  /** Blank lines after a line without tabs, past the cover: a new paragraph fits there. */
  private static final List<Integer> SLOTS = slots();

  private static List<Integer> slots() {
    List<Integer> out = new ArrayList<>();
    int first = -1;
    for (int i = 1; i < LINES.size(); i++) {
      if (first < 0 && LINES.get(i).startsWith("#")) {
        first = i;
      }
      if (first >= 0 && i > first && LINES.get(i).isBlank() && LINES.get(i - 1).indexOf('\t') < 0) {
        out.add(i);
      }
    }
    return out;
  }

  /** The Keqiao text with {@code line} as a paragraph of its own at slot {@code k}; its line number. */
  private static Object[] insert(int k, String line) {
    int at = SLOTS.get(Math.floorMod(k, SLOTS.size()));
    List<String> l = new ArrayList<>(LINES);
    l.add(at + 1, "");
    l.add(at + 1, line);
    return new Object[] {String.join("\n", l), at + 2};
  }

  private static BudgetDocument read(String text) {
    return new TextReader().read(text, Keqiao.SOURCE);
  }

  @Property(tries = 200)
  void aRowAlignedWithSpacesIsNeverReadSilently(@ForAll("rows") String row, @ForAll int slot) {
    Object[] x = insert(slot, row);
    BudgetDocument d = read((String) x[0]);
    int line = (Integer) x[1];
    assertThat(d.diagnostics()).filteredOn(g -> g.code().equals("text.untabbed-row"))
        .extracting(g -> g.location().line().getAsInt()).containsExactly(line);
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).get().asString()
        .contains("未能完整读取").contains(":" + line + ":");
  }

  /** A row whose cells are one space apart (two or more amounts): the same, never passed (until 2026-12-02 INFOs). */
  @Property(tries = 150)
  void aRowWhoseCellsAreOneSpaceApartIsNeverReadSilently(@ForAll("oneSpaceRows") String row, @ForAll int slot) {
    aRowAlignedWithSpacesIsNeverReadSilently(row, slot);
  }

  @Property(tries = 200)
  void sentencesWithNumbersThatAreNotCellsNeverFailTheRead(@ForAll("sentences") String sentence,
      @ForAll int slot) {
    BudgetDocument d = read((String) insert(slot, sentence)[0]);
    assertThat(d.diagnostics()).filteredOn(g -> g.severity() == Severity.ERROR).isEmpty();
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isEmpty();
  }

  @Property(tries = 200)
  void anAmountWithoutUnitInASentenceIsNamed(@ForAll("amounts") String amount, @ForAll int slot) {
    String sentence = "其中包括往年结转的资金 " + amount + "，详见附表。";
    Object[] x = insert(slot, sentence);
    BudgetDocument d = read((String) x[0]);
    int line = (Integer) x[1];
    List<Diagnostic> at = d.diagnostics().stream()
        .filter(g -> g.location().line().orElse(-1) == line).toList();
    assertThat(at).extracting(Diagnostic::code).contains("text.unread-amount");
    assertThat(at).filteredOn(g -> g.code().equals("text.unread-amount"))
        .allSatisfy(g -> assertThat(g.messageEn()).endsWith(": " + amount.replace('，', ',')));
    assertThat(BudgetIo.failure(d, ReadLimits.defaults())).isEmpty();
  }

  // ------------------------------------------------------------------ generators

  @Provide
  Arbitrary<String> amounts() {
    Arbitrary<Long> cents = Arbitraries.longs().between(0, 999_999_999_99L);
    return Combinators.combine(cents, Arbitraries.of(true, false), Arbitraries.integers().between(2, 4))
        .as(UnreadAmountsProperties::format);
  }

  /** An amount as printed: two or more decimals, or thousands separators. */
  static String format(long cents, boolean grouped, int decimals) {
    java.math.BigDecimal v = java.math.BigDecimal.valueOf(cents, 2).setScale(decimals);
    String plain = v.toPlainString();
    if (!grouped) {
      return plain;
    }
    int dot = plain.indexOf('.');
    StringBuilder whole = new StringBuilder(plain.substring(0, dot));
    for (int i = whole.length() - 3; i > 0; i -= 3) {
      whole.insert(i, ',');
    }
    return whole + plain.substring(dot);
  }

  @Provide
  Arbitrary<String> rows() {
    Arbitrary<String> gap = Combinators.combine(Arbitraries.integers().between(2, 14), Arbitraries.of(" ", "\u3000"))
        .as((n, s) -> s.equals(" ") ? " ".repeat(n) : "\u3000".repeat(Math.max(1, n / 2)));
    Arbitrary<String> code = Arbitraries.of("", "201", "20101", "2010101", "301", "30101", "2210201");
    Arbitrary<String> label = Arbitraries.of("一般公共服务支出", "行政运行", "基本工资", "合计", "住房公积金",
        "一、财政拨款收入", "本年支出合计", "其他商品和服务支出", "（一）人员经费");
    Arbitrary<String> amount = Combinators.combine(amounts(), Arbitraries.integers().between(0, 999_999))
        .as((a, i) -> a).injectDuplicates(0.1);
    Arbitrary<String> integer = Arbitraries.integers().between(0, 9_999_999).map(String::valueOf);
    // one amount-shaped cell, or two or more number cells of any shape
    Arbitrary<List<String>> cells = Arbitraries.oneOf(
        amount.list().ofMinSize(1).ofMaxSize(4),
        Arbitraries.oneOf(amount, integer).list().ofMinSize(2).ofMaxSize(6));
    return Combinators.combine(code, label, cells, gap.list().ofSize(8), Arbitraries.of("", "  ", "\u3000\u3000"))
        .as((c, l, cs, gaps, indent) -> {
          StringBuilder b = new StringBuilder(indent);
          if (!c.isEmpty()) {
            b.append(c).append(gaps.get(7));
          }
          b.append(l);
          for (int i = 0; i < cs.size(); i++) {
            b.append(gaps.get(i)).append(cs.get(i));
          }
          return b.toString();
        });
  }

  @Provide
  Arbitrary<String> oneSpaceRows() {
    Arbitrary<String> code = Arbitraries.of("", "201 ", "20101 ", "2010101 ", "30101 ");
    Arbitrary<String> label = Arbitraries.of("一般公共服务支出", "行政运行", "合计", "住房公积金", "（一）人员经费");
    return Combinators.combine(code, label, amounts().list().ofMinSize(2).ofMaxSize(5))
        .as((c, l, cs) -> c + l + " " + String.join(" ", cs));
  }

  @Provide
  Arbitrary<String> sentences() {
    Arbitrary<String> part = Arbitraries.oneOf(
        Arbitraries.integers().between(2015, 2030).map(y -> y + "年"),
        Arbitraries.integers().between(2015, 2030).map(y -> y + "年度部门预算"),
        Combinators.combine(Arbitraries.integers().between(2015, 2030), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28)).as((y, m, dd) -> y + "." + m + "." + dd),
        Combinators.combine(Arbitraries.integers().between(2015, 2030), Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28)).as((y, m, dd) -> String.format("%d-%02d-%02d", y, m, dd)),
        Arbitraries.integers().between(0, 500).map(n -> n + "人"),
        Arbitraries.integers().between(0, 50).map(n -> "第" + n + "页"),
        Arbitraries.integers().between(1, 9).map(n -> n + "." + (n + 1)),
        Arbitraries.integers().between(0, 10_000).map(n -> "共" + n + "个项目"),
        amounts().map(a -> a + "万元"),
        amounts().map(a -> a + " 元"),
        Arbitraries.integers().between(0, 1000).map(n -> n / 10 + "." + n % 10 + "%"),
        Arbitraries.of("0575-84123456", "浙财预〔2024〕12号", "（一）", "第三部分", "单位：万元"),
        Arbitraries.of("部门", "支出", "主要用于", "比上年", "增加", "减少", "，", "。", "、"));
    return part.list().ofMinSize(1).ofMaxSize(10).map(ps -> "　　本部门" + String.join(" ", ps) + "。");
  }
}
