package dev.yusuan.io.tables.internal;

import dev.yusuan.io.narrative.ContentsReader;
import dev.yusuan.model.ContentsEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the narrative of a second disclosure starts in the narrative lines of one file (two years' or two
 * organisations' 部门预算 joined into one PDF for an archive): its statements must not be read as this document's
 * (they would be compared with this document's tables). Three signs, each of the file's own structure:
 * <ul>
 *   <li>a cover title at the top of a page, after the first page, stating another budget year than the
 *       document's (某厅2019年度部门预算公开 in a 2018 document);</li>
 *   <li>the first 目录's parts and headings (第一部分 部门概况, 一、主要职能 …) printed again one after the other, from
 *       its first entry, at least three of them: another disclosure's 目录 (its title line may be gone). A tables
 *       part's own 目录 lists only tables, which a narrative's 目录 lists too, so table entries do not count; the
 *       body prints the headings apart, with its text between them.</li>
 *   <li>a cover page (a few lines), after the first page, naming after its label (预算主管部门：, 预算单位：) an
 *       organisation other than the document's department that tables of the file name as theirs (any other, when the
 *       file's tables repeat their set).</li>
 * </ul>
 * Stateful across the parts of one document (the first 目录 is the reference); not thread-safe.
 */
final class SecondDisclosure {
  /** A cover title line: [organisation] year 年[度] [省级…] 部门|单位 预算|决算 [公开 …], nothing else. */
  private static final Pattern COVER = Pattern.compile(
      "^.{0,30}?(20\\d{2})年度?[^，。,；;：:]{0,6}?(?:部门|单位)(?:预算|决算)(?:公开|公开文件|公开报表|情况说明|编制说明)?$");
  private static final Pattern CONTENTS = Pattern.compile("^目录$");
  /** A year in a 目录 entry (第二部分 2018年度部门预算表): two years' 目录 list the same parts. */
  private static final Pattern YEAR = Pattern.compile("20\\d{2}年度?");
  /** Dot leaders and a page number at the end of a 目录 line. */
  private static final Pattern LEADERS = Pattern.compile("(?:[.…·．。\\-_—]{2,})?\\d{0,3}$");
  /** How many lines at the top of a page may hold a cover title (a page number, a caption before it). */
  private static final int PAGE_TOP = 3;
  /** A page of at most this many lines is a cover. */
  private static final int COVER_LINES = 6;
  /** A page of at most this many lines before a 目录 is that disclosure's cover. */
  private static final int COVER_PAGE_LINES = 3;

  /** How many of the first 目录's entries printed one after the other make it a second 目录. */
  private static final int RUN = 3;

  private final int year;
  private final String departmentKey;
  private final Set<String> otherOrganisations;
  private final boolean secondSet;
  /** The first 目录's entries that are not tables, as {@link #entryKey keys}, in order; null before it. */
  private List<String> firstContents;
  private Set<String> firstContentsSet;
  /** Where the first 目录's title line is: its lines and the index in them. */
  private List<TextLine> contentsPart;
  private int contentsLine;

  /** Where and why the second disclosure starts: the index of its first line in the part's lines. */
  record Start(int at, int page, String whyZh, String whyEn) {}

  /**
   * @param year the document's budget year (0: unknown, no year sign)
   * @param departmentKey the document's department ({@code Names.key}), or null (no organisation sign)
   * @param otherOrganisations the organisations other than the department that tables of the file name (keys): a
   *     cover naming one of them starts its disclosure (a cover naming the department in other words does not)
   * @param secondSet whether the file's tables repeat their set (a second disclosure whose tables name no one): then
   *     a cover naming any organisation other than the department starts it
   */
  SecondDisclosure(int year, String departmentKey, Set<String> otherOrganisations, boolean secondSet) {
    this.year = year;
    this.departmentKey = departmentKey;
    this.otherOrganisations = otherOrganisations;
    this.secondSet = secondSet;
  }

  /**
   * The start of another disclosure in one part's narrative lines, if any; linear in the lines (a 目录's entries
   * are read once per 目录).
   *
   * @param lines the part's narrative lines, in reading order
   * @param firstPart whether this is the document's first part (its first page is the document's own cover)
   */
  Optional<Start> find(List<TextLine> lines, boolean firstPart) {
    int pageStart = 0;
    int firstPage = lines.isEmpty() ? 0 : lines.get(0).page();
    int previousPageStart = -1;
    int pageEnd = 0;
    for (int i = 0; i < lines.size(); i++) {
      TextLine l = lines.get(i);
      if (i > 0 && lines.get(i - 1).page() != l.page()) {
        previousPageStart = pageStart;
        pageStart = i;
      }
      if (i == pageStart) {
        pageEnd = i;
        while (pageEnd < lines.size() && lines.get(pageEnd).page() == l.page()) {
          pageEnd++;
        }
      }
      String key = l.key().replace("\u3000", "");
      boolean laterPage = !firstPart || l.page() != firstPage;
      // a cover page (a few lines) naming another organisation after its label (预算主管部门：某委, 预算单位：某局)
      if (departmentKey != null && laterPage && i - pageStart < PAGE_TOP && pageEnd - pageStart <= COVER_LINES) {
        int d = PageAssembler.departmentSegment(l);
        if (d >= 0) {
          String k = l.segments().get(d).text().replace(" ", "");
          String name = dev.yusuan.model.Names.key(k.substring(k.indexOf(':') + 1));
          if (Texts.endsLikeOrganisation(name) && !TableAssembly.sameDepartment(name, departmentKey)
              && (secondSet || otherOrganisations.stream().anyMatch(o -> TableAssembly.sameDepartment(name, o)))) {
            return Optional.of(new Start(pageStart, l.page(), "封面“" + l.text().strip() + "”标明另一单位",
                "the cover \"" + l.text().strip() + "\" names another organisation"));
          }
        }
      }
      if (year != 0 && laterPage && i - pageStart < PAGE_TOP) {
        // the title on one line, or wrapped after the year onto the next (某厅 2018 年度 / 部门预算公开)
        String title = key;
        Matcher m = COVER.matcher(title);
        if (!m.matches() && i + 1 < pageEnd) {
          title = key + lines.get(i + 1).key().replace("\u3000", "");
          m = COVER.matcher(title);
        }
        if (m.matches() && Integer.parseInt(m.group(1)) != year) {
          return Optional.of(new Start(pageStart, l.page(), "封面“" + title + "”标明另一年度",
              "the cover \"" + title + "\" states another year"));
        }
      }
      if (firstContents == null && CONTENTS.matcher(key).matches()) {
        List<String> texts = new ArrayList<>();
        for (int j = i; j < lines.size() && j < i + 80; j++) {
          texts.add(lines.get(j).text());
        }
        List<String> parts = nonTableEntries(ContentsReader.read(texts));
        if (!parts.isEmpty()) {
          firstContents = parts;
          firstContentsSet = new HashSet<>(parts);
          contentsLine = i;
          contentsPart = lines;
        }
        continue;
      }
      // the first 目录's entries printed again one after the other, from its first: another disclosure's 目录 (its
      // title line may be gone, e.g. dropped as a running header); the body prints them apart, between its text
      if (firstContents != null && laterPage && (contentsPart != lines || i > contentsLine + RUN)
          && entryKey(key).equals(firstContents.get(0)) && run(lines, i) >= RUN) {
        // from the top of its page when only a title (目录) stands before it there; from the page before when that
        // page is a cover (a few lines)
        int at = i - pageStart > PAGE_TOP - 1 ? i
            : previousPageStart >= 0 && pageStart - previousPageStart <= COVER_PAGE_LINES ? previousPageStart
            : pageStart;
        return Optional.of(new Start(at, lines.get(at).page(), "目录重复了第一份公开的目录",
            "the first disclosure's 目录 is printed again"));
      }
    }
    return Optional.empty();
  }

  /** The entries of a 目录 that are not tables, as {@link #entryKey keys}, in order. */
  private static List<String> nonTableEntries(List<ContentsEntry> entries) {
    List<String> out = new ArrayList<>();
    for (ContentsEntry e : entries) {
      String k = entryKey(e.title().replaceAll("\\s+", ""));
      if (!k.endsWith("表")) {
        out.add(k);
      }
    }
    return out;
  }

  /**
   * How many lines from {@code i} on make a 目录 like the first (at most {@link #RUN} are looked at): entries of the
   * first 目录 one after the other; or two of them followed by two part or chapter headings of another wording
   * (第二部分 …, 二、… with no sentence punctuation: another organisation's 目录 words its parts its own way), where
   * a body goes on with its text or its items ((一)…, 1、…).
   */
  private int run(List<TextLine> lines, int i) {
    int n = 0;
    while (n < RUN && i + n < lines.size()
        && firstContentsSet.contains(entryKey(lines.get(i + n).key().replace("\u3000", "")))) {
      n++;
    }
    if (n == 2 && i + 3 < lines.size() && HEADING.matcher(lines.get(i + 2).key()).matches()
        && HEADING.matcher(lines.get(i + 3).key()).matches()) {
      return RUN;
    }
    return n;
  }

  /** A part or chapter heading as a 目录 lists it: 第二部分 …, 二、…; short, no sentence punctuation. */
  private static final Pattern HEADING = Pattern.compile(
      "^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)[^，。；：,;:]{1,40}$");

  /**
   * A 目录 line or entry without its dot leaders, page number and years (第一部分部门概况……1 → 第一部分部门概况,
   * 三、2018年度部门主要工作任务及目标 → 三、部门主要工作任务及目标).
   */
  static String entryKey(String key) {
    return YEAR.matcher(LEADERS.matcher(key).replaceFirst("")).replaceAll("");
  }
}
