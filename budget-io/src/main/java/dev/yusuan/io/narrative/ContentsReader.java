package dev.yusuan.io.narrative;

import dev.yusuan.model.ContentsEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the table of contents (目录) from the lines of a disclosure as printed, for readers whose
 * input has no markup for it (PDF): the line 目录 (目 录, 目　　录), then one entry per line — a
 * numbered heading (第一部分, 一、, 1., (一), 附表1) with optional dot leaders and page number — until
 * the first line that is no entry, or an entry that repeats an earlier one (the body starts with the
 * first heading again). The level of an entry is the order in which its numbering style first
 * appears: 第一部分 before 一、 before 1. gives levels 1, 2, 3.
 */
public final class ContentsReader {
  private static final Pattern TITLE = Pattern.compile("^目\\s*录$");
  /** Numbering styles, each a group: 第X部分, 一、, 1. / 1、, (一) / (1), 附表N / 附件N. */
  private static final Pattern ENTRY = Pattern.compile(
      "^(?:(?<part>第[一二三四五六七八九十]+部分)|(?<han>[一二三四五六七八九十]+\\s*[、.．])"
          + "|(?<num>\\d{1,2}\\s*[、.．](?!\\d{1,3}(?![\\d年])))|(?<par>[(（]\\s*[一二三四五六七八九十\\d]+\\s*[)）])"
          + "|(?<app>附[表件]\\s*\\d*))\\s*(?<title>.*?)\\s*$");
  /** Dot leaders and a page number at the end of an entry. */
  private static final Pattern LEADERS = Pattern.compile("\\s*(?:[.…·．。\\-_—]{2,}\\s*)?\\d*\\s*$");
  /** A line that is only a page number: 1, - 2 -, 第3页. */
  private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—\\s]*(?:第\\s*)?\\d{1,3}(?:\\s*页)?[-—\\s]*$");
  /** Column headers of a contents table: 序号 报表名称 页码. */
  private static final Pattern HEADER = Pattern.compile("^(?:序号|报表名称|表名|名称|页码|页次|\\s)+$");

  private ContentsReader() {}

  /**
   * The entries of the first table of contents in {@code lines}, or an empty list when there is none.
   *
   * @param lines the lines as printed, in reading order
   * @return the entries, in order, with their levels
   */
  public static List<ContentsEntry> read(List<String> lines) {
    int i = 0;
    while (i < lines.size() && !TITLE.matcher(lines.get(i).strip()).matches()) {
      i++;
    }
    List<ContentsEntry> out = new ArrayList<>();
    if (i >= lines.size()) {
      return out;
    }
    List<String> styles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (i++; i < lines.size(); i++) {
      String l = fold(lines.get(i)).strip();
      if (l.isEmpty() || PAGE_NUMBER.matcher(l).matches() || HEADER.matcher(l).matches()) {
        continue;
      }
      Matcher m = ENTRY.matcher(l);
      if (!m.matches()) {
        if (continues(out, fold(lines.get(i - 1)).strip(), l)) {
          // a title wrapped onto the next line: …会议费、培训费支 / 出预算表
          ContentsEntry last = out.remove(out.size() - 1);
          out.add(ContentsEntry.of(last.level(), last.title() + l));
          continue;
        }
        break;
      }
      String style = m.group("part") != null ? "part" : m.group("han") != null ? "han"
          : m.group("num") != null ? "num" : m.group("par") != null ? "par" : "app";
      String number = l.substring(0, m.start("title")).strip().replaceAll("\\s+", "");
      String title = LEADERS.matcher(m.group("title")).replaceFirst("").replaceAll("\\s+", " ").strip();
      if (title.isEmpty()) {
        break;
      }
      String entry = number + (style.equals("part") || style.equals("app") ? " " : "") + title;
      if (!seen.add(entry.replaceAll("\\s+", ""))) {
        break; // the body repeats the first heading
      }
      if (!styles.contains(style)) {
        styles.add(style);
      }
      out.add(ContentsEntry.of(styles.indexOf(style) + 1, entry));
    }
    return out;
  }

  /**
   * Whether a line that is no entry ends the title of the entry before it: a short line ending with
   * 表, without sentence punctuation, after an entry not ending with 表 printed without dot leaders or
   * page number.
   */
  private static boolean continues(List<ContentsEntry> out, String previous, String line) {
    return !out.isEmpty() && !out.get(out.size() - 1).title().endsWith("表") && line.length() <= 12 && line.endsWith("表") && !line.matches(".*[。，,；;：:].*")
        && !previous.strip().matches(".*(?:[.…·．]{2,}\\s*\\d*|\\s\\d{1,3})$")
        && ENTRY.matcher(previous).matches();
  }

  /** Full-width digits, brackets and dots to half-width; the ideographic space to a space. */
  private static String fold(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c >= '\uFF10' && c <= '\uFF19') {
        b.append((char) (c - 0xFEE0));
      } else if (c == '\u3000') {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
