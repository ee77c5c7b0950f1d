package dev.yusuan.io.text;

import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds printed amounts outside tab-separated tables that nothing read: the unit-less numbers the
 * narrative reader does not look at (it reads a number with 万元/元/% after it).
 *
 * <p>A line laid out as a table row, with columns aligned by runs of spaces instead of tabs (the
 * output of {@code pdftotext -layout}, a table copied from a web page or a word processor), is
 * {@code text.untabbed-row} (ERROR): its amounts are figures of the disclosure that were not read,
 * so the document is not read completely and never passes. A line is laid out as a row when a number
 * cell stands between gaps of two or more spaces (or a full-width space) or bars ({@code | 12.50 |}),
 * or ends the line after such a gap, and either the number is amount-shaped (a decimal point or
 * thousands separators) or the line has two such number cells; or the line prints two or more amounts
 * without a unit each standing alone between spaces (a row whose cells are one space apart:
 * {@code 201 一般公共服务支出 30.00 20.00}) and no sentence punctuation (。，；); and the line has a label (a CJK
 * character). Any other amount-shaped
 * number without a unit is {@code text.unread-amount} (INFO), so that every printed amount is a fact
 * or a reported problem. Integers standing alone (page numbers, years, counts) are not amounts.
 *
 * <p>One pass over each line, linear in the size of the text.
 */
final class UnreadAmounts {
  private UnreadAmounts() {}

  /** The narrative reader's diagnostics that name the one number at their location. */
  private static final java.util.Set<String> NAMING_A_NUMBER =
      java.util.Set.of("narrative.unclaimed-number", "narrative.bad-number");

  /**
   * @param lines every line of the text (tab-separated ones are table rows, read elsewhere)
   * @param claimed facts and diagnostics of the narrative reader: a number their location's text
   *     holds on their line was seen by it
   * @param claimedDiagnostics the narrative reader's diagnostics: those that name one number
   *     ({@code narrative.unclaimed-number}, {@code narrative.bad-number}) saw it
   * @param source the document's name, for locations
   * @return an ERROR per row laid out with spaces, an INFO per other unread amount
   */
  static List<Diagnostic> find(List<Line> lines, List<Fact> claimed,
      List<Diagnostic> claimedDiagnostics, String source) {
    Map<Integer, List<String>> seen = new HashMap<>();
    for (Fact f : claimed) {
      note(seen, f.provenance());
    }
    for (Diagnostic d : claimedDiagnostics) {
      if (NAMING_A_NUMBER.contains(d.code())) {
        note(seen, d.location()); // other diagnostics quote the sentence, not a number they read
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Line l : lines) {
      if (l.tab || !hasDigit(l.raw())) {
        continue;
      }
      scan(l, seen.getOrDefault(l.number, List.of()), source, out);
    }
    return out;
  }

  private static void note(Map<Integer, List<String>> seen, Provenance p) {
    if (p.line().isPresent() && p.text().isPresent()) {
      seen.computeIfAbsent(p.line().getAsInt(), k -> new ArrayList<>(2)).add(fold(p.text().get()));
    }
  }

  private static boolean hasDigit(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
        return true;
      }
    }
    return false;
  }

  /** Full-width digits, comma, point and minus as ASCII, one character for one: positions stay. */
  static String fold(String s) {
    StringBuilder b = null;
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      char f = c >= '０' && c <= '９' ? (char) (c - '０' + '0')
          : c == '，' ? ',' : c == '．' ? '.' : c == '－' ? '-' : c;
      if (f != c) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, f);
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean space(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00A0';
  }

  /** Width of the run of spaces ending before {@code i}: a full-width space counts two. */
  private static int gapBefore(String s, int i) {
    int w = 0;
    int k = i - 1;
    for (; k >= 0 && space(s.charAt(k)); k--) {
      w += s.charAt(k) == '\u3000' ? 2 : 1;
    }
    return k >= 0 && bar(s.charAt(k)) ? Integer.MAX_VALUE : w; // a cell's bar is a gap
  }

  private static int gapAfter(String s, int i) {
    int w = 0;
    int k = i;
    for (; k < s.length() && space(s.charAt(k)); k++) {
      w += s.charAt(k) == '\u3000' ? 2 : 1;
    }
    return k == s.length() || bar(s.charAt(k)) ? Integer.MAX_VALUE : w; // the line's end is a gap
  }

  /** A cell boundary drawn as a character: a pipe of a table the pipe reader did not take, a box line. */
  private static boolean bar(char c) {
    return c == '|' || c == '｜' || c == '│' || c == '┃';
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean cjk(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x4E00 && c <= 0x9FFF) {
        return true;
      }
    }
    return false;
  }

  /** A unit or per cent right after the number (spaces between allowed): the narrative reader's. */
  private static boolean unitAfter(String s, int i) {
    int k = i;
    while (k < s.length() && space(s.charAt(k))) {
      k++;
    }
    return s.startsWith("%", k) || s.startsWith("％", k) || s.startsWith("元", k) || s.startsWith("万元", k)
        || s.startsWith("亿元", k) || s.startsWith("万", k) || s.startsWith("亿", k) || s.startsWith("‰", k);
  }

  private static void scan(Line l, List<String> seen, String source, List<Diagnostic> out) {
    String s = fold(l.raw());
    int cells = 0;
    int spaced = 0; // amounts without a unit standing alone between spaces (a row whose cells are one space apart)
    boolean amountCell = false;
    List<String> loose = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      boolean start = digit(c) || (c == '-' && i + 1 < n && digit(s.charAt(i + 1)));
      char prev = i > 0 ? s.charAt(i - 1) : ' ';
      if (!start || digit(prev) || prev == '.' || prev == ',' || prev < 0x80 && Character.isLetter(prev)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && (digit(s.charAt(j)) || (s.charAt(j) == ',' || s.charAt(j) == '.')
          && j + 1 < n && digit(s.charAt(j + 1)))) {
        j++;
      }
      String tok = s.substring(i, j);
      boolean number = number(tok);
      boolean amount = number && amountShaped(tok);
      boolean unseen = !seenOn(seen, tok);
      if (number && unseen && gapBefore(s, i) >= 2 && gapAfter(s, j) >= 2) {
        cells++;
        amountCell |= amount;
      }
      if (amount && unseen && !unitAfter(s, j)) {
        loose.add(tok);
        if (gapBefore(s, i) >= 1 && gapAfter(s, j) >= 1) {
          spaced++;
        }
      }
      i = j;
    }
    if (loose.isEmpty() && cells < 2) {
      return;
    }
    String text = l.raw().strip();
    Provenance at = Provenance.builder().source(source).line(l.number).text(text).build();
    if (cjk(s) && (amountCell || cells >= 2 || spaced >= 2 && !sentence(l.raw()))) {
      String shown = text.replaceAll("[ \u3000\u00A0]{2,}", " | ");
      out.add(Diagnostic.of(Severity.ERROR, "text.untabbed-row",
          "以空格对齐的表格行未读取（文本中的表格须以制表符分列；PDF 请直接读取原文件）: " + shown,
          "table row aligned with spaces not read (a table in text must separate its columns with tabs; "
              + "give a PDF itself, not its text): " + shown, at));
      return;
    }
    for (String tok : loose) {
      out.add(Diagnostic.of(Severity.INFO, "text.unread-amount",
          "没有单位的数额未读取: " + tok, "amount without a unit not read: " + tok, at));
    }
  }

  /** Sentence punctuation: a line holding it is prose, whatever figures it prints without their unit. */
  private static boolean sentence(String s) {
    return s.indexOf('。') >= 0 || s.indexOf('，') >= 0 || s.indexOf('；') >= 0 || s.indexOf(';') >= 0;
  }

  /** A number: digits with at most one decimal point, thousands separators only in groups of three. */
  static boolean number(String tok) {
    int dot = tok.indexOf('.');
    if (dot >= 0 && tok.indexOf('.', dot + 1) >= 0) {
      return false; // 2024.01.15, 1.2.3
    }
    if (tok.indexOf(',') < 0) {
      return true;
    }
    String whole = dot < 0 ? tok : tok.substring(0, dot);
    return whole.matches("-?\\d{1,3}(,\\d{3})+");
  }

  /** Thousands separators or two or more decimals: 1,234 / 12.50 / 0.00; not 2024, 3 or 1.2. */
  static boolean amountShaped(String tok) {
    int dot = tok.indexOf('.');
    return tok.indexOf(',') > 0 || dot > 0 && tok.length() - dot - 1 >= 2;
  }

  private static boolean seenOn(List<String> seen, String tok) {
    for (String t : seen) {
      if (t.contains(tok)) {
        return true;
      }
    }
    return false;
  }
}
