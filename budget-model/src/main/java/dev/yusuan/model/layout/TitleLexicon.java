package dev.yusuan.model.layout;

import dev.yusuan.model.Names;
import java.util.regex.Pattern;

/**
 * The title lexicon: how a printed table title is read before a layout's title keys are looked for in it
 * ({@link Layouts#recognise}, docs/layouts.md "Real table names"). Every reader (PDF, xlsx, text) recognises
 * through it.
 */
public final class TitleLexicon {
  private TitleLexicon() {}

  /** A caption numbered in digits before the title on its line: 表1-1, 附表3, 公开05表, 3.15 (a sheet's number). */
  private static final Pattern CAPTION = Pattern.compile(
      "^(?:(?:部门)?(?:预算|决算)?(?:公开|附)?表\\d{1,3}(?:[-.]\\d{1,2})?表?|公开\\d{1,3}表|\\d{1,2}(?:\\.\\d{1,2})+)[:、.]?");
  /** What follows a title continued on the next page: (续表), (续), 续表. */
  private static final Pattern CONTINUED = Pattern.compile("(?:\\(续表?\\)|续表)$");
  /**
   * The words by which real disclosures name the template's tables, each rewritten to the template's word,
   * in order. 收支 abbreviates 收入支出 in a 决算 title (财政拨款收支决算总表); 收入决算总表 / 支出决算总表 name the
   * 收入决算表 / 支出决算表 (not 收入支出决算总表); the 基本支出 table is the one by economic class with or without
   * 明细; 一般公共预算拨款表, 政府性基金拨款表, 国有资本经营预算拨款表 (单位预算 sheets) are the fund's 支出表,
   * 一般公共预算拨款(基本)支出 its (基本)支出.
   */
  private static final String[][] WORDS = {
    {"收支决算", "收入支出决算"},
    {"(?<!收入)(收入|支出)决算总表", "$1决算表"},
    {"基本支出(决算|预算)?明细表", "基本支出$1表"},
    {"(一般公共|国有资本经营|政府性基金)(?:预算)?拨款表", "$1预算支出表"},
    {"(一般公共|国有资本经营|政府性基金)(?:预算)?拨款(基本)?支出", "$1预算$2支出"},
  };
  private static final Pattern[] WORD_PATTERNS =
      java.util.Arrays.stream(WORDS).map(w -> Pattern.compile(w[0])).toArray(Pattern[]::new);

  /**
   * A title's key without a caption numbered in digits printed before it on its line: 表1-1, 附表3, 公开05表, 3.15.
   *
   * @param title a title as printed (or its key)
   * @return its key without the caption
   */
  public static String withoutCaption(String title) {
    return CAPTION.matcher(Names.key(title)).replaceFirst("");
  }

  /**
   * The title a table's layout is recognised by: the key without a caption numbered in digits before it or a
   * (续表) after it, the lexicon's words rewritten to the template's. A year, a department's name or a
   * (按功能分类) need no rewriting: a layout's title keys are found anywhere in the title. Applying it twice
   * gives what applying it once gives.
   *
   * @param title a table's title as printed (or its key); null is an empty title
   * @return the key to recognise
   */
  public static String recognitionTitle(String title) {
    if (title == null) {
      return "";
    }
    String t = CONTINUED.matcher(withoutCaption(title)).replaceFirst("");
    for (int i = 0; i < WORDS.length; i++) {
      t = WORD_PATTERNS[i].matcher(t).replaceAll(WORDS[i][1]);
    }
    return t;
  }
}
