package dev.yusuan.io.tables.internal;

import dev.yusuan.model.layout.TitleLexicon;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognisers for the pieces of text a disclosure's pages are made of. */
public final class Texts {
  private Texts() {}

  private static final Pattern AMOUNT =
      Pattern.compile("^[-(]?\\s?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\)?$");
  private static final Pattern CODE = Pattern.compile("^\\d{3}(\\d{2}){0,2}$");
  private static final Pattern SPACED_CODE = Pattern.compile("^\\d{3}( ?\\d{2}){0,2}$");
  private static final Pattern CAPTION = Pattern.compile(
      "^(部门)?(预算|决算)?(公开|附)?表?[0-9一二三四五六七八九十]{1,3}(-[0-9]{1,2})?表?$");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^([-─]\\s?\\d{1,3}\\s?[-─]|第?\\d{1,3}页?(/\\d+页?)?|\\d{1,3}"
          + "|第\\d{1,4}页[,，/]?共\\d{1,4}页|共\\d{1,4}页[,，/]?第\\d{1,4}页)$");
  private static final Pattern YEAR_IN_TITLE = Pattern.compile("20\\d{2}年");
  private static final Pattern TITLE_NUMBER = Pattern.compile(
      "^(?:[一二三四五六七八九十]+、|\\(?[一二三四五六七八九十]+\\)|\\d+[.、]|\\(\\d+\\))");
  private static final Pattern ENUMERATED = Pattern.compile(
      "^(其中|[一二三四五六七八九十]+、|\\(?[一二三四五六七八九十]+\\)|\\d+[.、]|\\(\\d+\\)|[①-⑳]).*");
  private static final Set<String> TOTALS = Set.of("合计", "总计", "收入总计", "支出总计",
      "本年收入合计", "本年支出合计", "收入合计", "支出合计");

  /**
   * The title (key) of a form-like table: 项目支出绩效目标表, 部门(单位)整体支出绩效目标表, 绩效目标申报表, and a
   * 决算's 项目支出绩效自评表 / 部门整体支出绩效自评表. Such a form
   * prints labels and values side by side and long text in its cells, not columns under a header
   * ({@link FormGrid}).
   */
  public static boolean isFormTitle(String key) {
    return key != null && (key.contains("绩效目标") || key.contains("绩效自评")) && key.endsWith("表");
  }

  /**
   * A title's key without a caption numbered in digits printed before it ({@link TitleLexicon#withoutCaption}).
   *
   * @param title a title as printed (or its key)
   * @return its key without the caption
   */
  public static String withoutCaption(String title) {
    return TitleLexicon.withoutCaption(title);
  }

  /**
   * The title a table's layout is recognised by ({@code TableAssembly.recognise}): {@link
   * TitleLexicon#recognitionTitle}, which {@code Layouts.recognise} applies too (every reader, text included).
   *
   * @param title a table's title as printed (or its key)
   * @return the title to recognise
   */
  public static String recognitionTitle(String title) {
    return TitleLexicon.recognitionTitle(title);
  }

  /** A money amount as printed in a table cell (thousands separators, decimals, minus or brackets). */
  public static boolean isAmount(String s) {
    return AMOUNT.matcher(s).matches();
  }

  /** An amount that cannot be a 栏次 or a code: it has a separator or a decimal point. */
  public static boolean isMoneyLike(String s) {
    return isAmount(s) && (s.indexOf('.') >= 0 || s.indexOf(',') >= 0);
  }

  /** A classification code of 3, 5 or 7 digits. */
  public static boolean isCode(String s) {
    return CODE.matcher(s).matches();
  }

  /** A code printed with stray spaces, e.g. {@code 301 02}. */
  public static boolean isSpacedCode(String s) {
    return SPACED_CODE.matcher(s).matches();
  }

  /** 公开表一, 公开01表, 公开 01 表, 表1, 附表3 … (spaces removed first). */
  public static boolean isCaption(String key) {
    return key.contains("表") && CAPTION.matcher(key).matches();
  }

  public static boolean isPageNumber(String text) {
    return PAGE_NUMBER.matcher(text.trim()).matches();
  }

  /** Starts with an enumerator: 一、 (一) 1. (1) ①. */
  public static boolean isEnumerated(String key) {
    return ENUMERATED.matcher(key).matches();
  }

  /** A grand-total row label such as 合计 or 收入总计. */
  public static boolean isTotalLabel(String key) {
    return TOTALS.contains(key);
  }

  /** A table title: ends with 表 (or 表(…)), names budget figures, is not a sentence or a heading. */
  public static boolean isTitle(String key) {
    if (isEnumerated(key)) {
      // 一、2018年度某部门收支预算总表: a numbered title is a title when what follows the number is
      // one naming its year (a numbered narrative heading such as 五、部门预算表 names none)
      String rest = TITLE_NUMBER.matcher(key).replaceFirst("");
      return !rest.equals(key) && YEAR_IN_TITLE.matcher(rest).find() && isTitle(rest);
    }
    if (key.length() < 4 || key.length() > 45) {
      return false;
    }
    if (key.startsWith("注") || key.startsWith("本表") || key.contains("部分")
        || key.contains("附后") || key.contains("...") || key.contains("…") || isEnumerated(key)
        || key.contains(":") || key.contains("。")) {
      return false;
    }
    String k = key.replaceAll("\\([^)]*\\)$", "");
    if (!k.endsWith("表")) {
      return false;
    }
    return k.contains("预算") || k.contains("决算") || k.contains("经费") || k.contains("收支")
        || k.contains("收入") || k.contains("支出") || k.contains("采购") || k.contains("拨款");
  }

  /** Whether the text contains a CJK ideograph. */
  public static boolean hasCjk(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x3400 && c <= 0x9FFF) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text ends with a CJK character or CJK punctuation (no space is put after it). */
  public static boolean endsCjk(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return c >= 0x2E80 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFF00 && c <= 0xFFEF
        || c >= 0x3000 && c <= 0x303F;
  }

  /** The last character of an organisation's name: 某局, 某厅, 某委员会, 某中心, 某法院, 某中学, 某公司 … */
  private static final java.util.regex.Pattern ORGANISATION_END =
      java.util.regex.Pattern.compile("[厅局委办院会部署室心馆所站队校社府处学台园司]$");

  /**
   * Whether a key ends as the name of a 部门 or 单位 does (某局, 某委员会, 某中心 …), not as a heading
   * (本年收入, 合计, 项目, 预算数).
   *
   * @param key a line's or cell's key
   * @return true when it may be an organisation's name
   */
  public static boolean endsLikeOrganisation(String key) {
    return key.length() >= 3 && ORGANISATION_END.matcher(key).find();
  }
}
