package dev.yusuan.io.tables.internal;

import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Provenance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Table rows printed outside every table found: lines of a narrative part laid out as a row of a table
 * (a label and amounts standing apart as cells), which no table took because the table they belong to
 * was not recognised there — a file starting in the middle of a table (its title and header on a page
 * that is not in the file, or pages put in another order), a table whose title the reader does not know
 * as one. The narrative reader reads a figure only with 万元/元/% after it, so these amounts would be
 * lost silently: each such line is {@code *.unplaced-row} (a WARNING naming the line and counting its
 * amounts unread), so the document is read partly and never passes.
 *
 * <p>A line is a row when it has two or more segments (runs of text with wide gaps between them), no sentence
 * punctuation (。，；), and one or more segments each of which is wholly an amount with decimals or thousands
 * separators ({@code 113.63}, {@code 1,234}, {@code (12.50)}; a 栏次, a year, a page number or a code is an
 * integer and no amount), beside CJK text (a label) or a classification code, or two or more such amounts (a
 * row whose label wraps above and below its figures). The amounts counted are those segments and the bare zeros beside
 * them ({@code 0}, {@code -}, not: a dash is no figure), less any a claim of the narrative reader took
 * (its fact or diagnostic names the number on that line). One pass over the lines: linear.
 */
final class OrphanRows {
  private OrphanRows() {}

  /** The narrative reader's diagnostics that name the one number at their location. */
  private static final java.util.Set<String> NAMING_A_NUMBER =
      java.util.Set.of("narrative.unclaimed-number", "narrative.bad-number");

  /**
   * @param format the reader's code prefix ({@code pdf})
   * @param source the file the lines are from
   * @param lines the narrative lines, in order
   * @param claimed the facts the narrative reader read from them
   * @param said the narrative reader's diagnostics
   * @return one WARNING per line laid out as a table row, in line order
   */
  static List<Diagnostic> find(String format, String source, List<TextLine> lines, List<Fact> claimed,
      List<Diagnostic> said) {
    Map<Integer, List<String>> seen = new HashMap<>();
    for (Fact f : claimed) {
      note(seen, f.provenance());
    }
    for (Diagnostic d : said) {
      if (NAMING_A_NUMBER.contains(d.code())) {
        note(seen, d.location());
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      TextLine l = lines.get(k);
      if (l.segments().size() < 2 || prose(l.text())) {
        continue;
      }
      // a sentence's figure at the end of its line, its unit wrapped to the next line (… 增加 4016.19 / 万元，…)
      TextLine next = k + 1 < lines.size() ? lines.get(k + 1) : null;
      boolean unitNext = next != null && unit(next.segments().get(0).text().strip());
      int amounts = 0;
      int zeros = 0;
      boolean label = false;
      List<String> taken = seen.getOrDefault(l.index(), List.of());
      for (int i = 0; i < l.segments().size(); i++) {
        String t = l.segments().get(i).text().strip();
        boolean last = i == l.segments().size() - 1;
        if (Texts.isMoneyLike(t) && !unitAfter(l, i) && !(last && unitNext) && !taken(taken, t)) {
          amounts++;
        } else if (t.equals("0")) {
          zeros++;
        } else if (!label) {
          label = Texts.hasCjk(t) || Texts.isCode(t.replace(" ", "")) && i < l.segments().size() - 1;
        }
      }
      // a row: a label or a code beside its amounts, or amounts side by side (a label wrapped above and below)
      if (amounts == 0 || !label && amounts < 2) {
        continue;
      }
      String shown = l.text().length() > 200 ? l.text().substring(0, 200) + "…" : l.text();
      out.add(Diagnostic.unread(format + ".unplaced-row",
          "第 " + l.page() + " 页有一行印成表格行的数额不属于任何识别出的表格（表格的标题或表头不在此处？），未读取: " + shown,
          "a line on page " + l.page() + " laid out as a table row holds amounts but belongs to no table found "
              + "(the table's title or header not here?); not read: " + shown,
          Provenance.builder().source(source).page(l.page()).line(l.index()).text(l.text()).build(),
          amounts + zeros));
    }
    return out;
  }

  private static void note(Map<Integer, List<String>> seen, Provenance p) {
    if (p.line().isPresent() && p.text().isPresent()) {
      seen.computeIfAbsent(p.line().getAsInt(), k -> new ArrayList<>(2)).add(p.text().get());
    }
  }

  /** A claim's text on the line holds the number (the narrative reader took it). */
  private static boolean taken(List<String> texts, String number) {
    for (String t : texts) {
      if (t.contains(number)) {
        return true;
      }
    }
    return false;
  }

  /** The next segment starts with a unit or per cent: the narrative's figure, not a cell. */
  private static boolean unitAfter(TextLine l, int i) {
    return i + 1 < l.segments().size() && unit(l.segments().get(i + 1).text().strip());
  }

  private static boolean unit(String n) {
    return n.startsWith("%") || n.startsWith("％") || n.startsWith("元") || n.startsWith("万")
        || n.startsWith("亿") || n.startsWith("‰");
  }

  /** A sentence: its punctuation (a table row's label has none; 、 it may have). */
  private static boolean prose(String s) {
    return s.indexOf('。') >= 0 || s.indexOf('，') >= 0 || s.indexOf('；') >= 0;
  }
}
