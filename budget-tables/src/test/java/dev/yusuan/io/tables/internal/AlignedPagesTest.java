package dev.yusuan.io.tables.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yusuan.io.text.SpaceAligned;
import dev.yusuan.io.text.TextReader;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * Space-aligned text laid out as pages ({@link AlignedPages}) and read ({@link SpaceAlignedReading}): display
 * columns, form feeds, hostile input (a single huge line, a number straddling columns, 10⁵ aligned lines).
 */
class AlignedPagesTest {
  @Test
  void columnsAreDisplayColumnsAndFormFeedsStartPages() {
    String text = "收入  12.50\n\f科目  1,234.00\tx\n";
    AlignedPages.Result r = AlignedPages.read(text);
    assertThat(r.pages()).hasSize(2);
    TextLine first = r.pages().get(0).lines().get(0);
    assertThat(first.index()).isEqualTo(1);
    assertThat(first.segments()).extracting(Segment::text).containsExactly("收入", "12.50");
    TextLine second = r.pages().get(1).lines().get(0);
    assertThat(second.index()).as("file line").isEqualTo(2);
    assertThat(second.segments()).extracting(Segment::text).containsExactly("科目", "1,234.00", "x");
    // display width: 科目 is 4 columns wide, two spaces, then the amount; the tab stops at column 16
    assertThat(AlignedPages.cut("科目  1,234.00\tx", true)).extracting(c -> c[2] + "-" + c[3])
        .containsExactly("0-4", "6-14", "16-17");
    assertThat(AlignedPages.cut("科目  1,234.00\tx", false)).extracting(c -> c[2] + "-" + c[3])
        .containsExactly("0-3", "4-12", "16-17"); // one column per character; 科目 covers 4 up to the next word
    assertThat(AlignedPages.width('科')).isEqualTo(2);
    assertThat(AlignedPages.width('（')).isEqualTo(2);
    assertThat(AlignedPages.width('a')).isEqualTo(1);
  }

  @Test
  void anAmountAfterASingleSpaceIsACellOfItsOwnButWordsOfALabelAreNot() {
    assertThat(AlignedPages.cut("一、财政拨款 27,664.22 一、一般公共服务支出", true)).hasSize(3);
    assertThat(AlignedPages.cut("201   06   01 行政运行", true)).hasSize(4);
    assertThat(AlignedPages.cut("部门 预算 说明", true)).hasSize(1);
  }

  @Test
  void aStructuredTextStaysStructured() {
    String text = "# 某局2024年部门预算\n\n一般公共预算支出表\n单位：万元\n项目\t金额\n合计\t12.50\n"
        + "说明  共计  12.50  万元\n";
    assertThat(SpaceAligned.isSpaceAligned(text)).isFalse();
  }

  @Test
  void aSingleHugeLineIsReadInOnePassAndReported() {
    StringBuilder b = new StringBuilder("2024年部门预算\n");
    for (int i = 0; i < 40_000; i++) {
      b.append("行政运行  12.50  ");
    }
    b.append('\n');
    for (int i = 0; i < 3; i++) {
      b.append("其他  ").append(i).append(".00  1.00\n");
    }
    long t0 = System.nanoTime();
    BudgetDocument d = new TextReader().read(b.toString(), "huge.txt");
    assertThat((System.nanoTime() - t0) / 1e9).as("seconds").isLessThan(60);
    // its amounts are not read: counted at line 2, so the document is read partly (and never passes)
    assertThat(d.diagnostics()).filteredOn(x -> x.severity() == Severity.WARNING && x.unreadAmounts() > 0)
        .anyMatch(x -> x.location().line().orElse(-1) == 2);
    assertThat(dev.yusuan.io.BudgetIo.partlyRead(d)).isPresent();
  }

  @Test
  void aNumberStraddlingColumnsIsAFactOrAProblemAtItsLine() {
    String text = String.join("\n",
        "2024年一般公共预算支出表",
        "部门：某市示例局                                      单位：万元",
        "科目编码    科目名称            合计        基本支出      项目支出",
        "            合计              30.00          20.00         10.00",
        "201         一般公共服务支出  30.00          20.00         10.00",
        "20101       人大事务                   30.0000000000000         ",
        "2010101     行政运行          30.00          20.00         10.00", "");
    BudgetDocument d = new TextReader().read(text, "straddle.txt");
    boolean read = d.facts().stream().anyMatch(f -> f.provenance().line().orElse(-1) == 6);
    boolean said = d.diagnostics().stream().filter(x -> x.severity() != Severity.INFO)
        .anyMatch(x -> x.location().line().orElse(-1) == 6);
    assertThat(read || said).as(d.diagnostics().toString()).isTrue();
  }

  @Test
  void aRowOutsideEveryTableIsAnErrorAtItsLine() {
    String text = String.join("\n",
        "某局2024年部门预算说明",
        "办公费      12.50      13.00",
        "差旅费      1,234.00   20.00",
        "会议费      0.50       0.70", "");
    BudgetDocument d = new TextReader().read(text, "rows.txt");
    assertThat(d.diagnostics()).filteredOn(x -> x.code().equals("layout.unplaced-row"))
        .extracting(x -> x.location().line().orElse(-1)).containsExactly(2, 3, 4);
    assertThat(d.diagnostics()).extracting(Diagnostic::code).doesNotContain("text.untabbed-row");
  }

  /** Reading time of n aligned rows of one table (ms), after a warm-up. */
  static long millis(int n) {
    StringBuilder b = new StringBuilder("2024年一般公共预算支出表\n部门：某市示例局            单位：万元\n"
        + "科目编码    科目名称      合计        基本支出      项目支出\n");
    for (int i = 0; i < n; i++) {
      b.append("2010101     行政运行      30.00        20.00         10.00\n");
    }
    String text = b.toString();
    long t0 = System.nanoTime();
    AlignedPages.Result r = AlignedPages.read(text);
    boolean aligned = SpaceAligned.isSpaceAligned(text);
    assertThat(aligned).isTrue();
    assertThat(r.pages().get(0).lines()).hasSize(n + 3);
    return (System.nanoTime() - t0) / 1_000_000;
  }

  @Test
  void layingOutIsLinearInTheLines() {
    millis(10_000); // warm-up
    long small = Math.max(1, millis(10_000));
    long big = millis(100_000);
    assertThat(big).as("10⁵ lines: %d ms, 10⁴: %d ms", big, small).isLessThan(30 * small + 2_000);
  }
}
