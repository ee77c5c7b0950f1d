package dev.yusuan.io.text;

import dev.yusuan.model.Names;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classification of one line of the structured-text form. */
final class Line {
  static final Pattern BARE_HEADING = Pattern.compile(
      "^(?:\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+、)\\s*\\S.*");
  static final Pattern DEPT = Pattern.compile("^(\\d{2,})\\s*-\\s*(\\S+)$");
  /**
   * The money unit line: {@code 单位:万元}, {@code 金额单位:元}, {@code (单位:万元)}, or after the
   * department it is for ({@code 部门名称:某某局 单位:万元}), as forms print it above a table.
   */
  private static final Pattern UNIT = Pattern.compile(
      "^(?:(?:部门名称|编制单位|编制部门|单位名称|预算单位)\\s*:\\s*\\S.*?\\s)?\\(?(?:金额)?单位\\s*:\\s*(万元|元|亿元|[十百千]万?元)\\)?$");
  /** The department a table is for, on a line of its own: {@code 编制单位:某某局}, {@code 部门名称:…}. */
  private static final Pattern OWNER = Pattern.compile("^(?:部门名称|编制单位|编制部门|单位名称|预算单位)\\s*:\\s*\\S.*$");

  static final Pattern L1 = Pattern.compile("^[一二三四五六七八九十]+、.*");
  static final Pattern L2 = Pattern.compile("^\\([一二三四五六七八九十]+\\).*");
  static final Pattern L3 = Pattern.compile("^\\d+\\s*[.、].*");
  static final Pattern L4 = Pattern.compile("^\\(\\d+\\).*");

  final int number;
  /** The document's text and the line's bounds in it (the line is {@code src[start, end)}). */
  private final String src;
  private final int start;
  private final int end;
  /** The line's text; for a tab-separated (table) line made on first use (its cells are cut from {@link #src}). */
  private String raw;
  /** {@link Names#normalize} of the line; computed on first use for tab-separated (table) lines. */
  private String norm;
  final boolean tab;
  /** {@link #isDept} and {@link #isUnit} once asked: {@link #YES} or {@link #NO}; 0 before. */
  private byte dept;
  private byte unit;
  private String unitGroup;
  private String[] deptGroups;
  private static final byte YES = 1;
  private static final byte NO = 2;
  final int mdLevel;
  final String headingText;

  Line(int number, String raw) {
    this(number, raw, 0, raw.length());
  }

  /** The line {@code src[start, end)}; a table row's text is not copied out of {@code src} unless asked for. */
  Line(int number, String src, int start, int end) {
    this(number, src, start, end, tabAt(src, start, end) >= 0);
  }

  /** The line {@code src[start, end)}, {@code tab} saying whether it holds a tab (found by the caller). */
  Line(int number, String src, int start, int end, boolean tab) {
    this.number = number;
    this.src = src;
    this.start = start;
    this.end = end;
    this.tab = tab;
    if (tab) {
      // a table row: its cells are normalised one by one later; the whole line is not needed
      this.mdLevel = -1;
      this.headingText = null;
      return;
    }
    String raw = start == 0 && end == src.length() ? src : src.substring(start, end);
    this.raw = raw;
    String n = Names.normalize(raw);
    this.norm = n;
    int lv = 0;
    if (n.startsWith("#")) {
      while (lv < n.length() && n.charAt(lv) == '#') {
        lv++;
      }
      this.mdLevel = lv;
      this.headingText = n.substring(lv).strip();
    } else if (n.length() <= 60 && mayBeBareHeading(n) && !n.endsWith("。")
        && BARE_HEADING.matcher(n).matches() && !n.contains("万元")) {
      this.mdLevel = 0;
      this.headingText = n;
    } else {
      this.mdLevel = -1;
      this.headingText = null;
    }
  }

  /** A necessary condition of {@link #BARE_HEADING}: it starts with ( or a numeral 一 … 十. */
  static boolean mayBeBareHeading(String n) {
    return !n.isEmpty() && (n.charAt(0) == '(' || "一二三四五六七八九十".indexOf(n.charAt(0)) >= 0);
  }

  /** {@return the line's text as printed} */
  String raw() {
    String r = raw;
    if (r == null) {
      r = src.substring(start, end);
      raw = r;
    }
    return r;
  }

  /** {@return the normalised line (full-width folded, spaces collapsed, trimmed)} */
  String norm() {
    String n = norm;
    if (n == null) {
      n = Names.normalize(raw());
      norm = n;
    }
    return n;
  }

  /**
   * Whether the line normalises to nothing. A line with an ASCII letter or digit or a CJK ideograph
   * is not blank (normalisation keeps those), which decides most table rows without normalising them.
   */
  boolean blank() {
    if (norm == null) {
      for (int i = start; i < end; i++) {
        char c = src.charAt(i);
        if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 0x4E00 && c <= 0x9FFF) {
          return false;
        }
      }
    }
    return norm().isEmpty();
  }

  boolean heading() {
    return headingText != null && !headingText.isEmpty();
  }

  /** {@return the code of a department code line ({@link #isDept})} */
  String deptCode() {
    return isDept() ? deptGroups[0] : null;
  }

  /** {@return the name of a department code line ({@link #isDept})} */
  String deptName() {
    return isDept() ? deptGroups[1] : null;
  }

  /** {@code 123001 - 名称}: a department code line (tested often; the pattern only when it can match). */
  boolean isDept() {
    // the answer and the code and name are kept: the table finder asks it of the same lines again,
    // the table reader takes the groups (no matcher each time)
    if (dept == 0) {
      dept = NO;
      if (!tab && mayBeDept(norm())) {
        Matcher m = DEPT.matcher(norm);
        if (m.matches()) {
          dept = YES;
          deptGroups = new String[] {m.group(1), m.group(2)};
        }
      }
    }
    return dept == YES;
  }

  /**
   * A necessary condition of {@link #DEPT}: two ASCII digits, then a hyphen later, four characters at
   * least ({@code \d{2,}}, {@code -} and {@code \S+}). Most lines that start with a digit (1. 2024年 …)
   * fail it without a matcher.
   */
  static boolean mayBeDept(String n) {
    return n.length() >= 4 && n.charAt(0) >= '0' && n.charAt(0) <= '9' && n.charAt(1) >= '0' && n.charAt(1) <= '9'
        && n.indexOf('-', 2) >= 0;
  }

  /** {@code 单位:万元}: the money unit line (tested often; the pattern only when it can match). */
  boolean isUnit() {
    // the answer and the unit it names are kept, as for isDept
    if (unit == 0) {
      Matcher m = !tab && norm().contains("单位") ? UNIT.matcher(norm()) : null;
      if (m != null && m.matches()) {
        unit = YES;
        unitGroup = m.group(1);
      } else {
        unit = NO;
      }
    }
    return unit == YES;
  }

  /** {@return the unit a unit line ({@link #isUnit}) names: 万元, 元 or 亿元} */
  String unitText() {
    if (isUnit()) {
      return unitGroup;
    }
    Matcher m = UNIT.matcher(norm());
    return m.matches() ? m.group(1) : "";
  }

  /** {@code 编制单位:某某局}: the line naming whom a table is for (not a unit line). */
  boolean isOwner() {
    String n = norm();
    return !tab && (n.startsWith("部门名称") || n.startsWith("编制") || n.startsWith("单位名称")
        || n.startsWith("预算单位")) && !isUnit() && OWNER.matcher(n).matches();
  }

  String[] cells() {
    return cells(src, start, end);
  }

  /** {@code s.split("\t", -1)}: every tab-separated cell, empty ones kept; no list, no copies. */
  static String[] cells(String s) {
    return cells(s, 0, s.length());
  }

  /** {@link #cells(String)} of {@code s[from, to)}, cut from {@code s} without copying the line first. */
  static String[] cells(String s, int from, int to) {
    int n = 1;
    // indexOf (vectorised) rather than a loop per character; only the last search may look past
    // the line, up to the next tab of the text (a row's next row, in a table)
    for (int i = s.indexOf('\t', from); i >= 0 && i < to; i = s.indexOf('\t', i + 1)) {
      n++;
    }
    String[] out = new String[n];
    int start = from;
    for (int k = 0; k < n - 1; k++) {
      int tab = s.indexOf('\t', start);
      out[k] = s.substring(start, tab);
      start = tab + 1;
    }
    out[n - 1] = s.substring(start, to);
    return out;
  }

  /** The first tab of {@code s[from, to)}, or -1 (never looking past {@code to}). */
  private static int tabAt(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\t') {
        return i;
      }
    }
    return -1;
  }

  /** Level of a heading from its numbering (一、=1, (一)=2, 1.=3, (1)=4), else from '#'. */
  int sectionLevel() {
    String h = headingText;
    // each pattern only where its first character stands: a numeral (L1), ( (L2, L4), a digit (L3)
    char first = h.isEmpty() ? 0 : h.charAt(0);
    boolean numeral = "一二三四五六七八九十".indexOf(first) >= 0 && first != 0;
    if (numeral && L1.matcher(h).matches()) {
      return 1;
    }
    if (first == '(' && L2.matcher(h).matches()) {
      return 2;
    }
    if (first >= '0' && first <= '9' && L3.matcher(h).matches()) {
      return 3;
    }
    if (first == '(' && L4.matcher(h).matches()) {
      return 4;
    }
    return Math.max(1, mdLevel);
  }
}
