package dev.yusuan.io.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The faster forms of {@link ClaimExtractor}'s scans give what the forms they replace gave. */
class ClaimExtractorProperties {
  private static final List<Pattern> DIGIT_LED = List.of(ClaimExtractor.AMOUNT,
      ClaimExtractor.THREE_PUBLIC_COUNT, ClaimExtractor.COUNT, ClaimExtractor.VALUE_TOKEN);
  private static final List<String> UNIT_STARTS = List.of(ClaimExtractor.AMOUNT_UNITS,
      ClaimExtractor.THREE_PUBLIC_UNITS, ClaimExtractor.COUNT_UNITS, ClaimExtractor.VALUE_UNITS);

  /** Every match (start, end, groups) of {@link ClaimExtractor.DigitLed} is {@link Matcher#find()}'s. */
  @Property(tries = 500)
  void digitLedScansFindWhatFindFinds(@ForAll("narrative") String t) {
    for (int k = 0; k < DIGIT_LED.size(); k++) {
      Pattern p = DIGIT_LED.get(k);
      assertThat(digitLed(p, t, UNIT_STARTS.get(k))).as("%s in %s", p, t).isEqualTo(find(p, t));
    }
  }

  /** The shortcut before {@code TO_AMOUNT}: the pattern never finds a phrase the shortcut refuses. */
  @Property(tries = 500)
  void toAmountOnlyWhereThePhraseMayEndWithTo(@ForAll("phrase") String phrase) {
    if (!ClaimExtractor.mayEndWithTo(phrase)) {
      assertThat(ClaimExtractor.TO_AMOUNT.matcher(phrase).find()).as(phrase).isFalse();
    }
  }

  @Provide
  Arbitrary<String> phrase() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("较", "比", "上年", "上一年度", "2023年", "年初", "预算数", "执行数", "增加", "减少", "下降",
            "上升", "了", "为", "到", "至", " ", "\t", "\r", "\n", "\u2028", "\u0085", "支出", "收入"));
    return pieces.list().ofMaxSize(10).map(l -> String.join("", l));
  }

  /** {@code stripLead} with its pattern shortcuts strips what both patterns always applied strip. */
  @Property(tries = 500)
  void stripLeadIsBothPatternsApplied(@ForAll("leads") String phrase) {
    String p = phrase.strip();
    p = ClaimExtractor.LEAD_NUMBER.matcher(p).replaceFirst("");
    p = ClaimExtractor.LEAD_WORD.matcher(p).replaceFirst("");
    assertThat(ClaimExtractor.stripLead(phrase)).as(phrase).isEqualTo(p.strip());
  }

  @Provide
  Arbitrary<String> leads() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(3),
        Arbitraries.of("(", ")", ".", "、", " ", "\u3000", "其中", "包括", "主要包括", "其", "支出", "1.5", "(一)"));
    return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  /** The shortcut before the change patterns never refuses text one of them reads. */
  @Property(tries = 1000)
  void aChangeStartsAsTheShortcutSays(@ForAll("changes") String t) {
    boolean any = ClaimExtractor.CHANGE.matcher(t).lookingAt() || ClaimExtractor.CHANGE_JS.matcher(t).lookingAt()
        || ClaimExtractor.FLAT_JS.matcher(t).lookingAt();
    if (any) {
      assertThat(ClaimExtractor.mayStartChange("前" + t, 1)).as(t).isTrue();
    }
  }

  @Provide
  Arbitrary<String> changes() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of(" ", "\t", "\n", ",", "，", "。", "、", "较", "比", "与", "上年", "上一年度", "2023年", "年初",
            "预算数", "执行数", "相比", "增加", "减少", "持平", "一致", "无变化", "各", "收支总计", "较上年增加",
            "与上年相比增加", "与上年一致", "，比上年预算数减少", "与2023年相比，收支总计各增加", "与上年基本持平",
            "同比", "去年", "，同比增长", "比 2023 年度", "与 2023 年度相比", "增加了"));
    return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  /**
   * The shortcuts before {@code COMPLETION} and {@code POINTS} (after an amount, after a change's
   * direction word) never refuse text the pattern reads, and the digit tested before {@code AMOUNT} and
   * {@code PERCENT} after a change word stands wherever one of them starts (matched as {@code numbers}
   * does: from that index, the look-behind seeing the text before it).
   */
  @Property(tries = 1000)
  void completionPointsAndNumbersStartAsTheShortcutsSay(@ForAll("afterAmounts") String t) {
    String text = "前" + t;
    if (ClaimExtractor.COMPLETION.matcher(t).lookingAt()) {
      assertThat(ClaimExtractor.mayStartCompletion(text, 1)).as(t).isTrue();
    }
    if (ClaimExtractor.POINTS.matcher(t).lookingAt()) {
      assertThat(ClaimExtractor.mayStartPoints(text, 1)).as(t).isTrue();
    }
    for (int ws = 0; ws <= t.length(); ws++) {
      for (Pattern p : List.of(ClaimExtractor.AMOUNT, ClaimExtractor.PERCENT)) {
        Matcher m = p.matcher(t);
        if (ClaimExtractor.startsAt(m, ws)) {
          assertThat(t.charAt(ws)).as("%s at %d of %s", p, ws, t).isBetween('0', '9');
        }
      }
    }
  }

  @Provide
  Arbitrary<String> afterAmounts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(3),
        Arbitraries.of(" ", "\t", "\n", "\u3000", ",", "，", "。", "了", "完成", "完成了", "为", "是", "达", "达到",
            "年初预算", "年初预算数", "的", "%", ".", ".5", "个", "百分点", "个百分点", "万元", "元", "亿 元", "增长",
            "提高", "占", "１", "\u2028"));
    return pieces.list().ofMaxSize(9).map(l -> String.join("", l));
  }

  /** {@code withoutNameTail} is both tail patterns applied, as they were before its shortcuts. */
  @Property(tries = 2000)
  void withoutNameTailIsBothPatternsApplied(@ForAll("namedPhrases") String p) {
    String expected = ClaimExtractor.NAME_TAIL.matcher(p).replaceFirst("");
    expected = Pattern.compile("科目$").matcher(expected).replaceFirst("");
    assertThat(ClaimExtractor.withoutNameTail(p)).as(p).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> namedPhrases() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("一般公共服务", "支出", "安排", "预算数为", "预算为", "预算数", "预算", "决算数为", "决算为", "决算数",
            "决算", "为", "科目", "科", "目", "数", "算", "排", "\n", "\r", "\r\n", "\u0085", "\u2028", " ", "的"));
    return pieces.list().ofMaxSize(6).map(l -> String.join("", l));
  }

  /** The literal tested before each of classify's whole-phrase patterns is in every phrase it matches. */
  @Property(tries = 1000)
  void classifyPatternsMatchOnlyPhrasesWithTheirLiteral(@ForAll("subjects") String p) {
    if (ClaimExtractor.FISCAL_GRAND_TOTAL.matcher(p).matches() || ClaimExtractor.GRAND_TOTAL.matcher(p).matches()
        || ClaimExtractor.REVENUE_GRAND_TOTAL.matcher(p).matches()) {
      assertThat(p).endsWith("总计");
    }
    if (ClaimExtractor.FISCAL_EXPENDITURE_LINE.matcher(p).matches()) {
      assertThat(p.endsWith("拨款支出") || p.endsWith("拨款支出决算")).as(p).isTrue();
    }
    if (ClaimExtractor.LEAD_YEAR.matcher(p).find()) {
      assertThat(p).startsWith("20");
    }
    if (ClaimExtractor.RESERVE.matcher(p).matches()) {
      assertThat(p).contains("单位预留机动经费");
    }
    if (ClaimExtractor.MEETING_TRAINING.matcher(p).matches()) {
      assertThat(p.contains("会议费") || p.contains("培训费")).as(p).isTrue();
    }
  }

  @Provide
  Arbitrary<String> subjects() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("2024年", "年度", "部门", "单位", "财政拨款", "收", "入", "、", "支", "出", "决算", "预算", "总计",
            "财政拨款支出", "拨款支出", "一般公共预算", "政府性基金预算", "20", "2023年度",
            "(一)", "收入预算总计", "单位预留机动经费", "预算数为", "预算为", "会议费", "培训费", "支出", "合计", "1"));
    return pieces.list().ofMaxSize(7).map(l -> String.join("", l));
  }

  @Property(tries = 500)
  void aListStartsAsTheShortcutSays(@ForAll("listLines") String line) {
    if (ClaimExtractor.LIST_START.matcher(line).lookingAt()) {
      assertThat(ClaimExtractor.mayStartList(line.charAt(0))).as(line).isTrue();
    }
  }

  /**
   * {@code listStartEnd} (the list marker read in place, folded) is {@code LIST_START}'s
   * {@code lookingAt} in the same region of the folded text, and ends where it ends.
   */
  @Property(tries = 2000)
  void listStartEndIsTheLookingAt(@ForAll("markedLines") String line, @ForAll("firstLines") int cut) {
    int a = Math.min(cut % 3, line.length());
    int b = Math.max(a, line.length() - cut % 2);
    java.util.regex.Matcher m = ClaimExtractor.LIST_START.matcher(ClaimExtractor.fold(line)).region(a, b);
    int expected = m.lookingAt() ? m.end() : -1;
    assertThat(ClaimExtractor.listStartEnd(line, a, b)).as("%s [%d, %d)", line, a, b).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> markedLines() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(3),
        Arbitraries.of("(", ")", "（", "）", ".", "．", "、", "-", "－", " ", "\t", "\u000B", "\u3000", "\u00A0", "一",
            "十", "三", "收入", "a", "１", "1.5", "(1)", "(一)", "一、", "- "));
    return pieces.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> listLines() {
    return Arbitraries.strings().withChars("12.、()一二十- 收入a").ofMinLength(1).ofMaxLength(6);
  }

  /**
   * The one-pass {@code joinLines} (runs of positions, characters folded as they are appended) gives the
   * text, and the line and column of every character, that the join it replaces gave (split into
   * lines, each folded into a string, one position per character).
   */
  @Property(tries = 1000)
  void joinIsTheLineByLineJoin(@ForAll("sectionTexts") String section, @ForAll("firstLines") int firstLine) {
    StringBuilder text = new StringBuilder();
    ClaimExtractor.Positions positions = new ClaimExtractor.Positions();
    ClaimExtractor.joinLines(section, firstLine, text, positions);
    StringBuilder expected = new StringBuilder();
    List<int[]> expectedPositions = new ArrayList<>();
    lineByLineJoin(section, firstLine, expected, expectedPositions);
    assertThat(text.toString()).as(section).isEqualTo(expected.toString());
    assertThat(positions.size()).isEqualTo(expectedPositions.size());
    for (int i = 0; i < positions.size(); i++) {
      assertThat(new int[] {positions.line(i), positions.column(i)}).as("%s at %d", section, i)
          .containsExactly(expectedPositions.get(i));
    }
  }

  /**
   * A section is skipped when its text holds no digit ({@link ClaimExtractor#holdsDigit}): exactly when
   * its joined text, where every scan starts at a digit, has none.
   */
  @Property(tries = 1000)
  void aSectionWithoutADigitJoinsToNone(@ForAll("digitTexts") String section) {
    StringBuilder text = new StringBuilder();
    ClaimExtractor.joinLines(section, 1, text, new ClaimExtractor.Positions());
    assertThat(ClaimExtractor.holdsDigit(section)).as(section)
        .isEqualTo(ClaimExtractor.DigitLed.digitStarts(text.toString())[0] >= 0);
  }

  @Provide
  Arbitrary<String> digitTexts() {
    return Arbitraries.strings().withChars("0９５\uFF10\uFF19\uFF0F\uFF1A/:a元 \u3000\n一")
        .ofMaxLength(12);
  }

  /**
   * The join as it was before the one-pass form (the reference of the property above), with the rule
   * added since: a line that goes on with the digits of a number broken at the line end is no list item,
   * nor is a marker that is its whole line with a digit starting the next (a number broken after "1.").
   */
  private static void lineByLineJoin(String all, int firstLine, StringBuilder text, List<int[]> positions) {
    String[] ls = all.split("\n", -1);
    boolean pendingBreak = false;
    for (int i = 0; i < ls.length; i++) {
      String f = oldFold(ls[i]);
      int a = 0;
      int b = f.length();
      while (a < b && Character.isWhitespace(f.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(f.charAt(b - 1))) {
        b--;
      }
      if (a == b) {
        pendingBreak = true;
        continue;
      }
      int line = firstLine == 0 ? 0 : firstLine + i;
      if (text.length() > 0) {
        char last = text.charAt(text.length() - 1);
        boolean sentenceEnd = "。;；!！?？:：".indexOf(last) >= 0;
        // a line going on with the digits of a number the previous line ended in is no list item
        boolean brokenNumber = !pendingBreak && Character.isDigit(last) && last < 128
            && f.charAt(a) >= '0' && f.charAt(a) <= '9';
        java.util.regex.Matcher lm = ClaimExtractor.LIST_START.matcher(f).region(a, b);
        boolean listStart = !brokenNumber && lm.lookingAt()
            && !(lm.end() == b && i + 1 < ls.length && !oldFold(ls[i + 1]).isBlank()
            && Character.isDigit(oldFold(ls[i + 1]).strip().charAt(0)) && oldFold(ls[i + 1]).strip().charAt(0) < 128);
        if (sentenceEnd || listStart || (pendingBreak && last == '。')) {
          text.append('\n');
          positions.add(new int[] {line, a});
        }
      }
      pendingBreak = false;
      text.append(f, a, b);
      for (int k = a; k < b; k++) {
        positions.add(new int[] {line, k});
      }
    }
  }

  private static String oldFold(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      char x = c[i];
      if (x >= '\uFF01' && x <= '\uFF5E') {
        c[i] = (char) (x - 0xFEE0);
      } else if (x == '\u3000') {
        c[i] = ' ';
      } else if (x == '\u201C' || x == '\u201D' || x == '\u300C' || x == '\u300D') {
        c[i] = '"';
      }
    }
    return new String(c);
  }

  @Provide
  Arbitrary<String> sectionTexts() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("\n", "\n", "\n\n", " ", "\u3000", "\t", "\r", "。", "；", "：", "！", "？", ";", "1.", "(1)", "（一）",
            "一、", "-", "－", "１", "\u201C", "\u300D", "收入", "支出", "为", "100万元", "，", "、", "中"),
        Arbitraries.strings().withChars("a1 。\n（）\u3000").ofMaxLength(4));
    return pieces.list().ofMaxSize(20).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<Integer> firstLines() {
    return Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(1, 500));
  }

  private static List<String> find(Pattern p, String t) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(t);
    while (m.find()) {
      out.add(describe(m));
    }
    return out;
  }

  private static List<String> digitLed(Pattern p, String t, String unitStarts) {
    List<String> out = new ArrayList<>();
    ClaimExtractor.DigitLed d = new ClaimExtractor.DigitLed(p, t, unitStarts,
        ClaimExtractor.DigitLed.digitStarts(t));
    while (d.find()) {
      out.add(describe(d.matcher));
    }
    return out;
  }

  private static String describe(Matcher m) {
    StringBuilder b = new StringBuilder().append(m.start()).append('-').append(m.end());
    for (int g = 0; g <= m.groupCount(); g++) {
      b.append('|').append(m.group(g));
    }
    return b.toString();
  }

  /** Narrative text dense in numbers, separators and the units and words the scans look for. */
  @Provide
  Arbitrary<String> narrative() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(6),
        Arbitraries.of(",", ".", ",", " ", "\n", "\t", "，", "。", "万元", "万", "亿", "次", "元", "亿元", "%", "个", "辆", "台", "套",
            "台(套)", "台 ( 套 )", "人次", "批次", "批", "人", "次", "年", "年度", "支出", "比上年增加", "团组",
            "1,234.56", "12,3", "2024年", "0.5", "a", "中"));
    return pieces.list().ofMaxSize(25).map(l -> String.join("", l));
  }

  /** The shortcut before {@code DELTA_BEFORE} (now also in the count readings) never refuses a phrase it matches. */
  @Property(tries = 1000)
  void deltaBeforeOnlyWhereThePhraseMayEndWithADirection(@ForAll("deltaPhrases") String phrase) {
    if (ClaimExtractor.DELTA_BEFORE.matcher(phrase).matches()) {
      assertThat(ClaimExtractor.mayEndWithDirection(phrase)).as(phrase).isTrue();
    }
  }

  @Provide
  Arbitrary<String> deltaPhrases() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of("比", "上年", "增加", "减少", "增长", "下降", "降低", "节约", "节省", "压减", "压缩", "增", "减",
            "多", "少", "了", " ", "\t", "\n", "\u2028", "\u3000", "为", "车辆", "团组", "1"));
    return pieces.list().ofMaxSize(6).map(l -> String.join("", l));
  }

  /** The shortcut before {@code SHARE} never refuses text the pattern reads. */
  @Property(tries = 1000)
  void aShareStartsAsTheShortcutSays(@ForAll("shares") String t) {
    if (ClaimExtractor.SHARE.matcher(t).lookingAt()) {
      assertThat(ClaimExtractor.mayStartShare("前" + t, 1)).as(t).isTrue();
    }
  }

  @Provide
  Arbitrary<String> shares() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.of(" ", "\t", "\n", "\r", "\u3000", ",", "，", "。", "占", "占本年支出合计的", "比", "与", "12.5%"));
    return pieces.list().ofMaxSize(6).map(l -> String.join("", l));
  }

  /** {@code endsWithDigit} is {@code ENDS_WITH_DIGIT.matcher(s).matches()}. */
  @Property(tries = 1000)
  void endsWithDigitIsThePattern(@ForAll("digitEnds") String s) {
    assertThat(ClaimExtractor.endsWithDigit(s)).as(s).isEqualTo(ClaimExtractor.ENDS_WITH_DIGIT.matcher(s).matches());
  }

  @Provide
  Arbitrary<String> digitEnds() {
    return Arbitraries.strings().withChars("09a车 \n\r\u0085\u2028\u2029\uFF11一").ofMaxLength(6);
  }

  /** {@code startsAt} is {@code find(ws) && start() == ws} for the amounts and percentages after a change. */
  @Property(tries = 1000)
  void startsAtIsFindAtThatStart(@ForAll("rests") String rest) {
    int ws = 0;
    while (ws < rest.length() && Character.isWhitespace(rest.charAt(ws))) {
      ws++;
    }
    for (Pattern p : List.of(ClaimExtractor.AMOUNT, ClaimExtractor.PERCENT)) {
      Matcher before = p.matcher(rest);
      boolean found = before.find(ws) && before.start() == ws;
      Matcher now = p.matcher(rest);
      assertThat(ClaimExtractor.startsAt(now, ws)).as("%s in %s", p, rest).isEqualTo(found);
      if (found) {
        assertThat(List.of(now.start(), now.end(), now.group(1)))
            .isEqualTo(List.of(before.start(), before.end(), before.group(1)));
      }
    }
  }

  @Provide
  Arbitrary<String> rests() {
    Arbitrary<String> pieces = Arbitraries.oneOf(
        Arbitraries.strings().withChars("0123456789").ofMinLength(1).ofMaxLength(5),
        Arbitraries.of(" ", "\t", "\n", ",", ".", "，", "万元", "元", "亿元", "%", "增长", "1,234", "5.6"));
    return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
  }

  /** A {@code FoldedRange} holds what the folded substring it replaces holds. */
  @Property(tries = 500)
  void aFoldedRangeIsTheFoldedSubstring(@ForAll("sectionTexts") String text, @ForAll("firstLines") int a,
      @ForAll("firstLines") int b) {
    int from = Math.min(Math.abs(a) % (text.length() + 1), Math.abs(b) % (text.length() + 1));
    int to = Math.max(Math.abs(a) % (text.length() + 1), Math.abs(b) % (text.length() + 1));
    ClaimExtractor.FoldedRange r = new ClaimExtractor.FoldedRange();
    r.set(text, from, to);
    String expected = ClaimExtractor.fold(text.substring(from, to));
    assertThat(r.length()).isEqualTo(expected.length());
    StringBuilder seen = new StringBuilder();
    for (int i = 0; i < r.length(); i++) {
      seen.append(r.charAt(i));
    }
    assertThat(seen.toString()).isEqualTo(expected);
    assertThat(r.toString()).isEqualTo(expected);
  }
}
