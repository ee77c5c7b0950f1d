package dev.yusuan.io.tables.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage "lines → header and body": a table's grid lines split into the header (the run of lines above
 * the first body line: one with an amount, a code or a total label, or a group label right above it
 * under the names column), the 栏次 line when printed, and the body. Single CJK characters spread over a cell (金   额) are joined into one segment first.
 */
final class HeaderLines {
  private HeaderLines() {}

  /** The header lines top-down, the 栏次 line (nullable) and the body lines. */
  record Parts(List<TextLine> header, TextLine numbersRow, List<TextLine> body) {}

  static Parts split(List<TextLine> lines) {
    int bodyStart = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      if (isBodyLine(lines.get(i))) {
        bodyStart = i;
        break;
      }
    }
    while (bodyStart < lines.size() && bodyStart > 1 && isGroupLabel(lines, bodyStart - 1)) {
      bodyStart--;
    }
    List<TextLine> header = new ArrayList<>();
    TextLine numbersRow = null;
    for (TextLine l : lines.subList(0, bodyStart)) {
      if (isColumnNumberLine(l)) {
        numbersRow = l;
      } else {
        header.add(mergeSpaced(l));
      }
    }
    List<TextLine> body = new ArrayList<>();
    for (TextLine l : lines.subList(bodyStart, lines.size())) {
      body.add(mergeSpaced(l));
    }
    body.removeIf(HeaderLines::isColumnNumberLine);
    return new Parts(header, numbersRow, body);
  }

  static boolean isBodyLine(TextLine l) {
    List<Segment> segs = l.segments();
    for (Segment s : segs) {
      if (Texts.isMoneyLike(s.text())) {
        return true;
      }
    }
    if (PageAssembler.hasTypedAmount(l) && !isColumnNumberLine(l)) {
      return true; // a spreadsheet's numbers: 20 is an amount there unless the row numbers the columns
    }
    String first = segs.get(0).text().replace(" ", "");
    if (Texts.isCode(first) && segs.size() > 1) {
      return true;
    }
    return isTotalRow(l);
  }

  /** Whether {@code l} is a total row: its labels, amounts aside, read 合计, 总计 …. */
  static boolean isTotalRow(TextLine l) {
    StringBuilder labels = new StringBuilder();
    for (Segment s : l.segments()) {
      if (!Texts.isAmount(s.text())) {
        labels.append(s.text().replace(" ", ""));
      }
    }
    return Texts.isTotalLabel(labels.toString());
  }

  /**
   * Whether line {@code i}, right above the body, is a group label of the body (一、基本支出 opening a
   * block) rather than a header cell: its one segment lies between the neighbours of a header cell
   * naming the names column (科目名称, 项目名称 …), starts where the first body line's name starts
   * (left-aligned like a body label, unlike a centred header cell) or, when the first body line prints no name
   * there, where the line below it does (the first row's label wrapped around its figures), and names none
   * itself.
   */
  private static boolean isGroupLabel(List<TextLine> lines, int i) {
    List<Segment> segs = lines.get(i).segments();
    if (segs.size() != 1 || segs.get(0).text().replace(" ", "").contains("名称")
        || isColumnNumberLine(lines.get(i))) {
      return false;
    }
    Segment g = segs.get(0);
    boolean aligned = false; // left-aligned with the first body line's name, as a body label is
    for (Segment b : lines.get(i + 1).segments()) {
      aligned |= !Texts.isAmount(b.text().replace(" ", "")) && !Texts.isCode(b.text().replace(" ",
          "")) && Math.abs(b.x0() - g.x0()) < 0.5f * g.fontSize();
    }
    // or the first line of the first row's label wrapped around its figures: the row prints no name on its
    // own line, the label's second line below it starts where this one does
    aligned |= i + 2 < lines.size() && lines.get(i + 1).segments().stream().noneMatch(b -> overlaps(b, g))
        && lines.get(i + 2).segments().stream().anyMatch(b -> !Texts.isAmount(b.text().replace(" ", ""))
            && Math.abs(b.x0() - g.x0()) < 0.5f * g.fontSize());
    for (int j = 0; j < i && aligned; j++) {
      List<Segment> hs = lines.get(j).segments();
      for (int k = 0; k < hs.size(); k++) {
        // the names column reaches from the header cell on its left to the one on its right
        float left = k == 0 ? Float.NEGATIVE_INFINITY : hs.get(k - 1).x1();
        float right = k == hs.size() - 1 ? Float.POSITIVE_INFINITY : hs.get(k + 1).x0();
        if (hs.get(k).text().replace(" ", "").endsWith("名称") && g.x0() > left
            && g.x1() < right) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean overlaps(Segment a, Segment b) {
    return a.x0() < b.x1() && b.x0() < a.x1();
  }

  /** The placeholder some budget systems print over the label columns of a 栏次 line: * or **. */
  private static boolean isStars(String t) {
    return !t.isEmpty() && t.length() <= 3 && t.chars().allMatch(c -> c == '*' || c == '＊');
  }

  /**
   * 栏次 line: "栏次" / 甲 乙 (or ** over the label columns, as Zhejiang's forms print it) and 1 2 3 …,
   * or only consecutive small integers.
   */
  static boolean isColumnNumberLine(TextLine l) {
    List<Segment> segs = l.segments();
    int expect = 1;
    int ints = 0;
    int stars = 0;
    for (Segment s : segs) {
      String t = s.text().replace(" ", "");
      if (isStars(t)) {
        stars++;
        continue;
      }
      if (t.equals("栏次") || t.equals("行次") || t.equals("甲") || t.equals("乙") || t.equals("丙")
          || t.equals("丁")) {
        continue;
      }
      if (!t.equals(Integer.toString(expect))) {
        return false;
      }
      expect++;
      ints++;
    }
    return ints >= 2 || ints == 0 && stars >= 2 && stars == segs.size();
  }

  /** Joins single CJK characters spread over a cell (金   额, 合   计) into one segment. */
  private static TextLine mergeSpaced(TextLine l) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : l.segments()) {
      Segment prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && (s.text().length() == 1 || prev.text().length() == 1)
          && Texts.hasCjk(s.text()) && Texts.hasCjk(prev.text())
          && s.x0() - prev.x1() < (s.text().length() == 1 && prev.text().length() == 1 ? 4f : 2.5f)
              * s.fontSize()
          && (prev.text().length() == 1 && s.text().length() <= 2
              || s.text().length() == 1 && prev.text().length() <= 2)) {
        out.set(out.size() - 1, new Segment(prev.text() + s.text(), prev.x0(), s.x1(),
            prev.baseline(), prev.fontSize()));
      } else {
        out.add(s);
      }
    }
    return new TextLine(l.page(), l.index(), l.baseline(), l.fontSize(), out);
  }
}
