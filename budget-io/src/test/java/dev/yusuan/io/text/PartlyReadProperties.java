package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.BudgetIo;
import dev.yusuan.io.internal.TableMapper;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.layout.HeaderLexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Nothing printed is lost silently, and a document with amounts not read is said to be read partly
 * ({@link BudgetIo#partlyRead}): on the Keqiao text with tables renamed to titles no layout knows and
 * row labels replaced by labels no lexicon knows, every number printed in a table's body is a fact or
 * is named by a diagnostic counting it as unread, and the document's count of unread amounts is
 * exactly the number of printed amounts that became no fact (an oracle from the tables' cells, not
 * from the diagnostics).
 */
class PartlyReadProperties {
  private static final String UNKNOWN = "甲乙丙丁戊己庚辛壬癸";

  @Example
  void theHonestExampleIsReadCompletely() {
    BudgetDocument d = Keqiao.read();
    assertThat(BudgetIo.unreadAmounts(d)).isZero();
    assertThat(BudgetIo.partlyRead(d)).isEmpty();
    assertThat(oracle(d).unfactored()).isZero();
  }

  @Property(tries = 40)
  void everyPrintedAmountIsAFactOrCountedAsUnread(@ForAll("variants") Variant v) {
    BudgetDocument d = new TextReader().read(v.text(), Keqiao.SOURCE);
    Oracle o = oracle(d);
    assertThat(o.silent()).as("numbers neither a fact nor reported as unread").isEmpty();
    assertThat(BudgetIo.unreadAmounts(d)).isEqualTo(o.unfactored());
    assertThat(BudgetIo.partlyRead(d).isPresent()).isEqualTo(o.unfactored() > 0);
    if (v.changes() == 0) {
      assertThat(o.unfactored()).isZero();
    }
    BudgetIo.partlyRead(d).ifPresent(why -> assertThat(why)
        .startsWith("partly read / 未完整读取: " + o.unfactored() + " printed amount")
        .contains("个印出的金额未读取为事实"));
  }

  /** A table renamed to a title no layout knows, with headers no layout knows, is read partly. */
  @Property(tries = 15)
  void anUnknownTableIsPartlyRead(@ForAll("seeds") long seed) {
    List<String> lines = new ArrayList<>(List.of(Keqiao.TEXT.split("\n", -1)));
    List<Integer> titles = tableTitles(lines);
    Random r = new Random(seed);
    int at = titles.get(r.nextInt(titles.size()));
    lines.set(at, "## 2024年部门" + nonsense(r) + "明细表");
    // the header rows too: no template recognises the table by its columns
    int numbers = 0;
    boolean header = true;
    for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("#"); i++) {
      String l = lines.get(i);
      if (!l.contains("\t")) {
        continue;
      }
      String[] cells = l.split("\t", -1);
      if (cells[0].strip().matches("\\*+|栏次")) {
        continue; // the 栏次 line: column numbers, no amounts
      }
      boolean hasNumber = false;
      for (String c : cells) {
        hasNumber |= TableMapper.isNumber(c);
      }
      if (header && !hasNumber) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
          b.append(c == 0 ? "" : "\t").append(cells[c].isBlank() ? "" : nonsense(r));
        }
        lines.set(i, b.toString());
        continue;
      }
      header = false;
      for (String c : cells) {
        numbers += TableMapper.isNumber(c) ? 1 : 0;
      }
    }
    BudgetDocument d = new TextReader().read(String.join("\n", lines), Keqiao.SOURCE);
    if (numbers > 0) {
      assertThat(BudgetIo.unreadAmounts(d)).isGreaterThanOrEqualTo(1);
      assertThat(BudgetIo.partlyRead(d)).isPresent();
    }
    assertThat(oracle(d).silent()).isEmpty();
  }

  record Variant(String text, int changes) {
    @Override
    public String toString() {
      return changes + " changes";
    }
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  @Provide
  Arbitrary<Variant> variants() {
    return Arbitraries.longs().map(PartlyReadProperties::variant);
  }

  /** Keqiao with up to two tables renamed and up to four row labels replaced, from the seed. */
  static Variant variant(long seed) {
    Random r = new Random(seed);
    List<String> lines = new ArrayList<>(List.of(Keqiao.TEXT.split("\n", -1)));
    int changes = 0;
    List<Integer> titles = tableTitles(lines);
    for (int k = r.nextInt(3); k > 0; k--) {
      lines.set(titles.get(r.nextInt(titles.size())), "## 2024年部门" + nonsense(r) + "表");
      changes++;
    }
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      int tab = l.indexOf('\t');
      if (tab > 0 && l.substring(tab).chars().anyMatch(Character::isDigit)) {
        rows.add(i);
      }
    }
    for (int k = r.nextInt(5); k > 0; k--) {
      int i = rows.get(r.nextInt(rows.size()));
      String l = lines.get(i);
      lines.set(i, nonsense(r) + "款" + l.substring(l.indexOf('\t')));
      changes++;
    }
    return new Variant(String.join("\n", lines), changes);
  }

  private static List<Integer> tableTitles(List<String> lines) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.startsWith("#") && l.endsWith("表") && i > 60) {
        out.add(i);
      }
    }
    return out;
  }

  private static String nonsense(Random r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      b.append(UNKNOWN.charAt(r.nextInt(UNKNOWN.length())));
    }
    return b.toString();
  }

  /**
   * The numbers printed in the tables' bodies (amount columns: not 科目编码, 行次, 栏次 or 序号, not
   * the row's code; a 绩效目标 row's indicator values are targets) that became no fact, and those of
   * them no unread diagnostic names.
   */
  record Oracle(int unfactored, List<String> silent) {}

  static Oracle oracle(BudgetDocument d) {
    Set<String> facts = new HashSet<>();
    for (Fact f : d.facts()) {
      facts.add(key(f.provenance()));
    }
    Set<String> targetRows = new HashSet<>();
    for (dev.yusuan.model.PerformanceTarget x : d.targets()) {
      targetRows.add(x.provenance().tableId().orElse("") + "|" + x.provenance().line().orElse(-1));
    }
    Set<String> reported = new HashSet<>();
    for (Diagnostic x : d.diagnostics()) {
      if (x.unreadAmounts() > 0) {
        reported.add(key(x.location()));
      }
    }
    int unfactored = 0;
    List<String> silent = new ArrayList<>();
    for (DisclosureTable t : d.tables()) {
      for (DisclosureTable.Row row : t.rows()) {
        for (DisclosureTable.Column c : t.columns()) {
          String cell = row.cell(c.index()).strip();
          if (!TableMapper.isNumber(cell) || notAnAmount(c, row, cell)) {
            continue;
          }
          String k = t.id() + "|" + row.line().orElse(-1) + "|" + c.header();
          if (facts.contains(k) || targetRows.contains(t.id() + "|" + row.line().orElse(-1))) {
            continue;
          }
          unfactored++;
          if (!reported.contains(k)) {
            silent.add(k + " " + cell);
          }
        }
      }
    }
    return new Oracle(unfactored, silent);
  }

  private static boolean notAnAmount(DisclosureTable.Column c, DisclosureTable.Row row, String cell) {
    List<String> path = HeaderLexicon.canonical(c.headerPath());
    String leaf = path.isEmpty() ? "" : path.get(path.size() - 1);
    return HeaderLexicon.isCodeHeader(c.headerPath()) || leaf.equals("行次") || leaf.equals("栏次")
        || leaf.equals("序号") || row.code().filter(cell::equals).isPresent();
  }

  private static String key(Provenance p) {
    return p.tableId().orElse("") + "|" + p.line().orElse(-1) + "|" + p.columnHeader().orElse("");
  }
}
