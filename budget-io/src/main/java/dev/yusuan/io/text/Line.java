package dev.yusuan.io.text;

import dev.yusuan.model.Names;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classification of one line of the structured-text form. */
final class Line {
  static final Pattern BARE_HEADING = Pattern.compile(
      "^(?:\\([一二三四五六七八九十]+\\)|[一二三四五六七八九十]+、)\\s*\\S.*");
  private static final Pattern DEPT = Pattern.compile("^(\\d{2,})\\s*-\\s*(\\S+)$");
  /**
   * The money unit line: {@code 单位:万元}, {@code 金额单位:元}, {@code (单位:万元)}, or after the
   * department it is for ({@code 部门名称:某某局 单位:万元}), as forms print it above a table.
   */
  private static final Pattern UNIT = Pattern.compile(
      "^(?:(?:部门名称|编制单位|编制部门|单位名称|预算单位)\\s*:\\s*\\S.*?\\s)?\\(?(?:金额)?单位\\s*:\\s*(万元|元|亿元)\\)?$");
  /** The department a table is for, on a line of its own: {@code 编制单位:某某局}, {@code 部门名称:…}. */
  private static final Pattern OWNER = Pattern.compile("^(?:部门名称|编制单位|编制部门|单位名称|预算单位)\\s*:\\s*\\S.*$");

  private static final Pattern L1 = Pattern.compile("^[一二三四五六七八九十]+、.*");
  private static final Pattern L2 = Pattern.compile("^\\([一二三四五六七八九十]+\\).*");
  private static final Pattern L3 = Pattern.compile("^\\d+\\s*[.、].*");
  private static final Pattern L4 = Pattern.compile("^\\(\\d+\\).*");

  final int number;
  final String raw;
  /** {@link Names#normalize} of the line; computed on first use for tab-separated (table) lines. */
  private String norm;
  final boolean tab;
  final int mdLevel;
  final String headingText;

  Line(int number, String raw) {
    this.number = number;
    this.raw = raw;
    this.tab = raw.indexOf('\t') >= 0;
    if (tab) {
      // a table row: its cells are normalised one by one later; the whole line is not needed
      this.mdLevel = -1;
      this.headingText = null;
      return;
    }
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

  /** {@return the normalised line (full-width folded, spaces collapsed, trimmed)} */
  String norm() {
    String n = norm;
    if (n == null) {
      n = Names.normalize(raw);
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
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
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

  Matcher dept() {
    Matcher m = DEPT.matcher(norm());
    return m.matches() ? m : null;
  }

  /** {@code 123001 - 名称}: a department code line (tested often; the pattern only when it can match). */
  boolean isDept() {
    return !tab && !norm().isEmpty() && norm.charAt(0) >= '0' && norm.charAt(0) <= '9'
        && DEPT.matcher(norm()).matches();
  }

  /** {@code 单位:万元}: the money unit line (tested often; the pattern only when it can match). */
  boolean isUnit() {
    return !tab && norm().contains("单位") && UNIT.matcher(norm()).matches();
  }

  /** {@return the unit a unit line ({@link #isUnit}) names: 万元, 元 or 亿元} */
  String unitText() {
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
    return cells(raw);
  }

  /** {@code s.split("\t", -1)}: every tab-separated cell, empty ones kept; no list, no copies. */
  static String[] cells(String s) {
    int n = 1;
    for (int i = s.indexOf('\t'); i >= 0; i = s.indexOf('\t', i + 1)) {
      n++;
    }
    String[] out = new String[n];
    int start = 0;
    for (int k = 0; k < n - 1; k++) {
      int tab = s.indexOf('\t', start);
      out[k] = s.substring(start, tab);
      start = tab + 1;
    }
    out[n - 1] = s.substring(start);
    return out;
  }

  /** Level of a heading from its numbering (一、=1, (一)=2, 1.=3, (1)=4), else from '#'. */
  int sectionLevel() {
    String h = headingText;
    if (L1.matcher(h).matches()) {
      return 1;
    }
    if (L2.matcher(h).matches()) {
      return 2;
    }
    if (L3.matcher(h).matches()) {
      return 3;
    }
    if (L4.matcher(h).matches()) {
      return 4;
    }
    return Math.max(1, mdLevel);
  }
}
