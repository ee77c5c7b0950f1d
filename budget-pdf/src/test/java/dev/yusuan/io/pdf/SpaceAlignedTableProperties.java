package dev.yusuan.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.tables.internal.PageText;
import dev.yusuan.io.tables.internal.Segment;
import dev.yusuan.io.tables.internal.TableAssembly;
import dev.yusuan.io.tables.internal.TextLine;
import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import dev.yusuan.rules.Report;
import dev.yusuan.rules.StandardRules;
import dev.yusuan.rules.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A pure-Java generator of space-aligned tables: a 一般公共预算支出表 (national template) of exact figures whose
 * every identity holds (parents and 合计 are sums), printed with spaces in many styles — CJK characters two
 * columns wide (a monospaced display, a word processor) or one (as {@code pdftotext -layout} prints them),
 * amounts right- or left-aligned, gaps of varying width, 万元 or 元, with or without thousands separators,
 * rows separated by blank lines or not, long labels wrapped onto the next line. Read as text, it gives the facts
 * the same page read from exactly positioned cells gives (what a PDF's cells give the same stages), every printed
 * amount one fact, no WARNING; one figure changed beyond rounding is an ERROR at its line.
 */
class SpaceAlignedTableProperties {
  record Shape(long seed, boolean wan, boolean wide, boolean right, boolean separators, int pad, boolean blank,
      boolean wrap, int indent) {}

  static final String[][] CODES = {
      {"201", "一般公共服务支出"}, {"20101", "人大事务"}, {"2010101", "行政运行"}, {"2010102", "一般行政管理事务"},
      {"20103", "政府办公厅(室)及相关机构事务"}, {"2010301", "行政运行"}, {"208", "社会保障和就业支出"},
      {"20805", "行政事业单位养老支出"}, {"2080505", "机关事业单位基本养老保险缴费支出"}, {"221", "住房保障支出"},
      {"22102", "住房改革支出"}, {"2210201", "住房公积金"}};
  static final String[] HEADERS = {"科目编码", "科目名称", "合计", "基本支出", "项目支出"};

  @Provide
  Arbitrary<Shape> shapes() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(Arbitraries.longs(), b, b, b, b, Arbitraries.integers().between(2, 9), b, b)
        .as((seed, wan, wide, right, sep, pad, blank, wrap) -> new Shape(seed, wan, wide, right, sep, pad, blank,
            wrap, (int) Math.floorMod(seed, 4L)));
  }

  /** A printed table: its text lines and the same cells as positioned segments; {@code rows} line numbers. */
  record Printed(String text, List<TextLine> lines, int[] rowLine, String[][] cells) {}

  /** Rows: 合计 then the codes; columns 合计 | 基本支出 | 项目支出, in 分, every sum exact. */
  static long[][] figures(long seed) {
    Random r = new Random(seed);
    long[][] v = new long[CODES.length + 1][3];
    for (int i = CODES.length - 1; i >= 0; i--) {
      if (CODES[i][0].length() == 7) {
        v[i + 1][1] = r.nextInt(5_000_000);
        v[i + 1][2] = r.nextInt(3) == 0 ? 0 : r.nextInt(9_000_000);
      } else {
        for (int j = i + 1; j < CODES.length && CODES[j][0].length() > CODES[i][0].length(); j++) {
          if (CODES[j][0].length() == CODES[i][0].length() + 2) {
            v[i + 1][1] += v[j + 1][1];
            v[i + 1][2] += v[j + 1][2];
          }
        }
      }
      v[i + 1][0] = v[i + 1][1] + v[i + 1][2];
    }
    for (int i = 0; i < CODES.length; i++) {
      if (CODES[i][0].length() == 3) {
        for (int c = 0; c < 3; c++) {
          v[0][c] += v[i + 1][c];
        }
      }
    }
    return v;
  }

  static String amount(long cents, boolean separators) {
    String s = BigDecimal.valueOf(cents, 2).toPlainString();
    if (!separators) {
      return s;
    }
    return String.format("%,.2f", BigDecimal.valueOf(cents, 2));
  }

  static int width(String s, boolean wide) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += wide && s.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return w;
  }

  static Printed print(Shape s, long[][] v, int changedRow, int changedColumn, long delta) {
    Random r = new Random(s.seed() ^ 0x5DEECE66DL);
    int n = CODES.length + 1;
    String[][] cells = new String[n][5];
    String[][] wrapped = new String[n][];
    for (int i = 0; i < n; i++) {
      cells[i][0] = i == 0 ? "" : CODES[i - 1][0];
      String name = i == 0 ? "合计" : CODES[i - 1][1];
      if (s.wrap() && s.blank() && name.length() > 8) {
        wrapped[i] = new String[] {name.substring(0, 6), name.substring(6)};
        name = wrapped[i][0];
      }
      cells[i][1] = name;
      for (int c = 0; c < 3; c++) {
        long cents = v[i][c] + (i == changedRow && c == changedColumn ? delta : 0);
        // 元 tables print 元 with cents; 万元 tables the same digits read as 万元
        cells[i][2 + c] = amount(cents, s.separators());
      }
    }
    int[] widths = new int[5];
    for (int c = 0; c < 5; c++) {
      widths[c] = width(HEADERS[c], s.wide());
      for (int i = 0; i < n; i++) {
        widths[c] = Math.max(widths[c], width(cells[i][c], s.wide()));
      }
    }
    int[] start = new int[5];
    int x = s.indent();
    for (int c = 0; c < 5; c++) {
      start[c] = x;
      x += widths[c] + 2 + r.nextInt(s.pad() - 1);
    }
    List<String> text = new ArrayList<>();
    List<TextLine> lines = new ArrayList<>();
    String title = "2024年一般公共预算支出表";
    add(text, lines, new String[] {title}, new int[] {x / 3}, s.wide());
    add(text, lines, new String[] {"部门：某市示例局", "单位：" + (s.wan() ? "万元" : "元")},
        new int[] {0, Math.max(x - 8, 30)}, s.wide());
    int[] hx = new int[5];
    for (int c = 0; c < 5; c++) {
      // header cells centred over their columns
      hx[c] = start[c] + Math.max(0, (widths[c] - width(HEADERS[c], s.wide())) / 2);
    }
    add(text, lines, HEADERS, hx, s.wide());
    int[] rowLine = new int[n];
    for (int i = 0; i < n; i++) {
      if (s.blank()) {
        add(text, lines, new String[0], new int[0], s.wide());
      }
      int[] cx = new int[5];
      for (int c = 0; c < 5; c++) {
        boolean number = c >= 2;
        cx[c] = number && s.right() ? start[c] + widths[c] - width(cells[i][c], s.wide()) : start[c];
      }
      rowLine[i] = text.size() + 1;
      add(text, lines, cells[i], cx, s.wide());
      if (wrapped[i] != null) {
        add(text, lines, new String[] {"", wrapped[i][1]}, new int[] {0, start[1]}, s.wide());
      }
    }
    return new Printed(String.join("\n", text) + "\n", lines, rowLine, cells);
  }

  /** One line: cells (empty ones skipped) at display columns, and the same as positioned segments. */
  private static void add(List<String> text, List<TextLine> lines, String[] cells, int[] at, boolean wide) {
    StringBuilder b = new StringBuilder();
    List<Segment> segs = new ArrayList<>();
    int col = 0;
    int no = text.size() + 1;
    float y = no * 12f;
    for (int c = 0; c < cells.length; c++) {
      if (cells[c].isEmpty()) {
        continue;
      }
      int pad = Math.max(at[c] - col, col == 0 ? 0 : 2);
      b.append(" ".repeat(pad));
      col += pad;
      int w = width(cells[c], wide);
      segs.add(new Segment(dev.yusuan.model.Names.normalize(cells[c]), col * 5f, (col + w) * 5f, y, 10f)); // as glyphs are folded
      b.append(cells[c]);
      col += w;
    }
    text.add(b.toString());
    if (!segs.isEmpty()) {
      lines.add(new TextLine(1, no, y, 10f, segs));
    }
  }

  static BudgetDocument positioned(Printed p) {
    TableAssembly a = new TableAssembly("pdf");
    a.addPages("table.pdf", List.of(new PageText(1, 1000f, (p.lines().size() + 10) * 12f * 2, p.lines(),
        0, 0)));
    return a.finish("table.pdf", Catalogue.standard());
  }

  @Property(tries = 150)
  void aSpaceAlignedTableReadsAsItsPositionedCells(@ForAll("shapes") Shape s) {
    long[][] v = figures(s.seed());
    Printed p = print(s, v, -1, -1, 0);
    BudgetDocument truth = positioned(p);
    BudgetDocument d = new TextReader().read(p.text(), "table.txt");
    // every printed amount is one fact of the positioned read, at its value
    List<String> printed = new ArrayList<>();
    for (String[] row : p.cells()) {
      for (int c = 2; c < 5; c++) {
        printed.add(new BigDecimal(row[c].replace(",", "")).toPlainString());
      }
    }
    assertThat(truth.facts()).extracting(f -> f.amount().value().toPlainString()).as(p.text())
        .containsExactlyInAnyOrderElementsOf(printed);
    assertThat(SpaceAlignedNationalProperties.facts(d)).as(p.text())
        .isEqualTo(SpaceAlignedNationalProperties.facts(truth));
    assertThat(d.diagnostics()).filteredOn(g -> g.severity() != Severity.INFO).as(p.text()).isEmpty();
    for (Fact f : d.facts()) {
      int line = f.provenance().line().orElseThrow();
      assertThat(p.text().split("\n")[line - 1]).as("fact at its line").contains(f.provenance().text().orElseThrow());
    }
  }

  @Property(tries = 100)
  void aFigureChangedBeyondRoundingIsAnErrorAtItsLine(@ForAll("shapes") Shape s, @ForAll("rows") int row,
      @ForAll("columns") int column, @ForAll("deltas") long delta) {
    long[][] v = figures(s.seed());
    if (v[row][column] + delta < 0) {
      delta = -delta;
    }
    Printed p = print(s, v, row, column, delta);
    BudgetDocument d = new TextReader().read(p.text(), "table.txt");
    Report r = Validator.of(StandardRules.departmentBudget(d)).validate(d);
    int line = p.rowLine()[row];
    assertThat(r.findings()).as(p.text()).anyMatch(f -> f.severity() == Severity.ERROR
        && f.locations().stream().anyMatch(at -> at.line().orElse(-1) == line));
  }

  @Provide
  Arbitrary<Integer> rows() {
    return Arbitraries.integers().between(0, CODES.length);
  }

  @Provide
  Arbitrary<Integer> columns() {
    return Arbitraries.integers().between(0, 2);
  }

  @Provide
  Arbitrary<Long> deltas() {
    return Arbitraries.longs().between(100, 500_000).flatMap(c -> Arbitraries.of(c, -c));
  }
}
