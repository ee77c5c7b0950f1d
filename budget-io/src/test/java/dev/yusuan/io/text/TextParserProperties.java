package dev.yusuan.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The text parser's shortcuts compute what the slower forms they replace computed. */
class TextParserProperties {

  @Property
  void tableIdIsTheTwoDigitFormat(@ForAll @IntRange(min = 1, max = 100_000) int n) {
    assertThat(TextParser.tableId(n)).isEqualTo(String.format("T%02d", n));
  }

  @Property(tries = 500)
  void trimmedCountIsTheNumberOfTrimmedKeys(@ForAll("rows") String[] cells) {
    assertThat(TextParser.trimmedCount(cells)).isEqualTo(TextParser.trimmedKeys(cells).size());
  }

  @Property(tries = 1000)
  void linesAreSplitAsByTheCharacterLoop(@ForAll("texts") String t) {
    java.util.List<String> expected = new java.util.ArrayList<>();
    int start = 0;
    int len = t.length();
    for (int i = 0; i < len; i++) {
      char c = t.charAt(i);
      if (c == '\n' || c == '\r') {
        expected.add(t.substring(start, i));
        if (c == '\r' && i + 1 < len && t.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < len) {
      expected.add(t.substring(start));
    }
    assertThat(TextParser.splitLines(t)).isEqualTo(expected);
    // the bounds are sized by lineCount: exactly two per line
    assertThat(TextParser.lineCount(t)).isEqualTo(expected.size());
    assertThat(TextParser.lineBounds(t)).hasSize(2 * expected.size());
  }

  /** The tab flag of every line is whether that line holds a tab. */
  @Property(tries = 500)
  void tabLinesAreTheLinesHoldingATab(@ForAll("tabTexts") String t) {
    java.util.List<String> lines = TextParser.splitLines(t);
    boolean[] tabs = TextParser.tabLines(t, TextParser.lineBounds(t));
    assertThat(tabs).hasSize(lines.size());
    for (int i = 0; i < tabs.length; i++) {
      assertThat(tabs[i]).as("line %d of %s", i, t).isEqualTo(lines.get(i).indexOf('\t') >= 0);
    }
  }

  /** {@link TextParser#subunits} finds what successive {@code find()}s of the pattern find. */
  @Property(tries = 1000)
  void subunitsAreTheSuccessiveFinds(@ForAll("subunitTexts") String t) {
    java.util.List<String> expected = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("下属([^、,。;]{2,40}?)单位预算")
        .matcher(t);
    while (m.find()) {
      expected.add(m.group(1));
    }
    assertThat(TextParser.subunits(t)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> subunitTexts() {
    return Arbitraries.of("下属", "下", "属", "单位预算", "单位", "预算", "学校", "中心", "、", "。", ";", ",",
        "下属下属", "a").list().ofMaxSize(14).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> tabTexts() {
    return Arbitraries.strings().withChars("\r\n\n\t\t a合").ofMaxLength(16);
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("\r\n\n\r a合").ofMaxLength(14);
  }

  @Property(tries = 500)
  void cellsAreSplitAtEveryTab(@ForAll("tabbed") String line) {
    assertThat(Line.cells(line)).containsExactly(line.split("\t", -1));
  }

  /** A line cut from the document by its bounds is the line made of its own text (cells, tab, heading, norm). */
  @Property(tries = 500)
  void aLineWithinTheTextIsTheLineOfItsText(@ForAll("tabbed") String before, @ForAll("headed") String line,
      @ForAll("tabbed") String after) {
    String src = before + "\n" + line + "\n" + after;
    int from = before.length() + 1;
    Line within = new Line(7, src, from, from + line.length());
    Line alone = new Line(7, line);
    assertThat(Line.cells(src, from, from + line.length())).containsExactly(line.split("\t", -1));
    assertThat(within.cells()).containsExactly(alone.cells());
    assertThat(within.tab).isEqualTo(alone.tab).isEqualTo(line.indexOf('\t') >= 0);
    assertThat(within.raw()).isEqualTo(line);
    assertThat(within.norm()).isEqualTo(alone.norm());
    assertThat(within.blank()).isEqualTo(alone.blank());
    assertThat(within.mdLevel).isEqualTo(alone.mdLevel);
    assertThat(within.headingText).isEqualTo(alone.headingText);
  }

  /** The level of a heading with the first-character shortcuts is the level of the four patterns tried in turn. */
  @Property(tries = 1000)
  void sectionLevelIsThePatternChain(@ForAll("headings") String heading) {
    Line l = new Line(1, "# " + heading);
    if (l.headingText == null) {
      return;
    }
    String h = l.headingText;
    int expected = Line.L1.matcher(h).matches() ? 1 : Line.L2.matcher(h).matches() ? 2
        : Line.L3.matcher(h).matches() ? 3 : Line.L4.matcher(h).matches() ? 4 : Math.max(1, l.mdLevel);
    assertThat(l.sectionLevel()).as(h).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> headings() {
    return Arbitraries.strings().withChars("一二十、(（)）1２٣.． a\u2028\u0085").ofMaxLength(8);
  }

  /** {@code TableMapper.isSmallNumber} is {@code \d{1,3}} (ASCII digits only, as {@code \d} is). */
  @Property(tries = 1000)
  void smallNumbersAreTheColumnNumberPattern(@ForAll("smallNumbers") String s) {
    assertThat(dev.yusuan.io.internal.TableMapper.isSmallNumber(s)).as(s)
        .isEqualTo(TextParser.COLUMN_NUMBER.matcher(s).matches());
  }

  @Provide
  Arbitrary<String> smallNumbers() {
    return Arbitraries.strings().withChars("0123456789１٣ .-").ofMaxLength(5);
  }

  @Provide
  Arbitrary<String> headed() {
    return Arbitraries.strings().withChars("\t\t a1合计#一、（(）)").ofMaxLength(12);
  }

  @Provide
  Arbitrary<String> tabbed() {
    return Arbitraries.strings().withChars("\t\t a1合计").ofMaxLength(12);
  }

  /** A line the shortcut refuses is no bare heading ((一)…, 一、…). */
  @Property(tries = 500)
  void aBareHeadingStartsAsTheShortcutSays(@ForAll("headingish") String line) {
    if (Line.BARE_HEADING.matcher(line).matches()) {
      assertThat(Line.mayBeBareHeading(line)).as(line).isTrue();
    }
  }

  @Provide
  Arbitrary<String> headingish() {
    return Arbitraries.strings().withChars("()（）一二三十、 1.收入支出").ofMaxLength(8);
  }

  @Provide
  Arbitrary<String[]> rows() {
    // blank-looking cells (spaces, U+3000, tabs, dashes) next to real ones, in any order
    Arbitrary<String> cell = Arbitraries.strings().withChars(" \u3000\t-—*1２.合计类（）").ofMaxLength(4);
    return cell.array(String[].class).ofMaxSize(8);
  }

  /** A department code line is found, with its code and name, as by the pattern on every line without a tab. */
  @Property(tries = 1000)
  void aDepartmentLineIsThePattern(@ForAll("deptish") String line) {
    java.util.regex.Matcher m = Line.DEPT.matcher(dev.yusuan.model.Names.normalize(line));
    Line l = new Line(1, line);
    if (m.matches() && line.indexOf('\t') < 0) {
      assertThat(l.isDept()).as(line).isTrue();
      assertThat(l.deptCode()).isEqualTo(m.group(1));
      assertThat(l.deptName()).isEqualTo(m.group(2));
    } else {
      assertThat(l.isDept()).as(line).isFalse();
      assertThat(l.deptCode()).isNull();
    }
  }

  @Provide
  Arbitrary<String> deptish() {
    return Arbitraries.strings().withChars("0１9 \u3000-－—局a\t").ofMaxLength(9);
  }
}
