package dev.yusuan.io.text;

import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The one place deciding which reader takes a text: the structured-text form (tables separated by
 * tabs or pipes) or space-aligned text (tables whose columns are aligned with spaces). The criterion
 * is the one that reports a line as {@code text.untabbed-row}: a text whose lines laid out as
 * space-aligned table rows are at least {@value #MIN_ROWS} and outnumber its tab-separated lines is
 * space-aligned, and so is a text paged with form feeds that has no tab-separated line (text laid out
 * page by page as printed: page numbers and running headers are removed as on a PDF's pages). Both
 * counts come from one pass over the lines (linear in the text).
 */
public final class SpaceAligned {
  /** Fewer rows aligned with spaces are stray lines of a structured text, reported as they were. */
  static final int MIN_ROWS = 3;

  private SpaceAligned() {}

  /**
   * Whether the text's tables are aligned with spaces rather than separated with tabs or pipes.
   *
   * @param text the decoded text
   * @return true when a space-aligned reader should take it
   */
  public static boolean isSpaceAligned(String text) {
    int tabbed = 0;
    int aligned = 0;
    int n = text.length();
    int start = 0;
    int number = 1;
    // the next tab of the text, searched again only once the lines have passed it (as
    // TextParser.tabLines): the text is read once for tabs, not character by character per line
    int nextTab = text.indexOf('\t');
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      if (nextTab >= 0 && nextTab < start) {
        nextTab = text.indexOf('\t', start);
      }
      if (nextTab >= 0 && nextTab < end) {
        tabbed++;
      } else if (candidate(text, start, end) && rowShaped(number, text.substring(start, end))) {
        aligned++;
      }
      start = end + 1;
      number++;
    }
    // a form feed between pages: laid out page by page as printed (pdftotext), where page numbers and
    // running headers stand between the lines of a sentence; the structured form has no pages
    boolean paged = tabbed == 0 && text.indexOf('\f') >= 0;
    return aligned >= MIN_ROWS && aligned > tabbed || paged;
  }

  /** A quick filter: a run of two spaces (or a full-width space) followed, later, by a digit. */
  static boolean candidate(String s, int start, int end) {
    boolean gap = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\u3000' || c == ' ' && i + 1 < end && s.charAt(i + 1) == ' ') {
        gap = true;
      } else if (gap && (c >= '0' && c <= '9' || c >= '０' && c <= '９')) {
        return true;
      }
    }
    return false;
  }

  static boolean rowShaped(int number, String line) {
    String noPage = line.replace('\f', ' ');
    for (Diagnostic d : UnreadAmounts.find(List.of(new Line(number, noPage)), List.of(), List.of(), "")) {
      if (d.code().equals("text.untabbed-row")) {
        return true;
      }
    }
    return false;
  }

  /** {@return the space-aligned reader on the class path, if any} */
  public static Optional<AlignedTextReader> reader() {
    return Holder.READER;
  }

  private static final class Holder {
    static final Optional<AlignedTextReader> READER = load();

    private static Optional<AlignedTextReader> load() {
      try {
        return ServiceLoader.load(AlignedTextReader.class, SpaceAligned.class.getClassLoader()).findFirst();
      } catch (java.util.ServiceConfigurationError e) {
        return Optional.empty(); // a broken provider: such rows stay reported as not read
      }
    }
  }

  /** An amount as a table prints it: decimals or thousands separators, a sign or brackets; or a bare zero. */
  private static final java.util.regex.Pattern AMOUNT =
      java.util.regex.Pattern.compile("[-\u2212(\uff08]?(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+\\.\\d+|0)[)\uff09]?");

  /** The amounts a line prints (words between white space of {@link #AMOUNT}'s shape). */
  static int amounts(String line) {
    int n = 0;
    for (String w : line.strip().split("[ \t\u3000\u00A0]+")) {
      n += AMOUNT.matcher(w).matches() ? 1 : 0;
    }
    return n;
  }

  /** A line of the text as printed, with its 1-based number in the file. */
  public record PrintedLine(int number, String text) {}

  /**
   * The amounts of lines outside every table that nothing read: a line laid out as a table row that
   * no table took is {@code layout.unplaced-row} (a WARNING counting its figures as unread: the document
   * was read partly, checked and reported, and never passes); any other amount-shaped number without a unit is
   * {@code text.unread-amount} (INFO), as in structured text.
   *
   * @param lines the lines outside tables, as printed (runs of spaces kept)
   * @param claimed the facts read from the narrative
   * @param claimedDiagnostics the narrative reader's diagnostics
   * @param source the document's name
   * @return the diagnostics, in line order
   */
  public static List<Diagnostic> unread(List<PrintedLine> lines, List<Fact> claimed,
      List<Diagnostic> claimedDiagnostics, String source) {
    List<Line> ls = new ArrayList<>(lines.size());
    for (PrintedLine l : lines) {
      ls.add(new Line(l.number(), l.text()));
    }
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : UnreadAmounts.find(ls, claimed, claimedDiagnostics, source)) {
      if (!d.code().equals("text.untabbed-row")) {
        out.add(d);
        continue;
      }
      String printed = d.location().text().orElse("");
      String shown = printed.replaceAll("[ \u3000\u00A0]{2,}", " | ");
      out.add(Diagnostic.builder().severity(Severity.WARNING).code("layout.unplaced-row")
          .messageZh("以空格对齐的行有数额，但不属于任何识别出的表格，未读取: " + shown)
          .messageEn("line aligned with spaces holds amounts but belongs to no table found; not read: " + shown)
          .location(d.location()).unreadAmounts(amounts(printed)).build());
    }
    return out;
  }
}
