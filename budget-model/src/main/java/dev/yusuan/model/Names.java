package dev.yusuan.model;

import java.text.Normalizer;

/**
 * Normalisation of printed Chinese text so that labels and names can be compared: full-width forms
 * folded to half-width (NFKC), CJK radical-supplement glyphs that real PDFs emit mapped to the
 * ideographs they stand for (e.g. U+2ED4 ⻔ → 门), quotes unified, and whitespace collapsed.
 */
public final class Names {
  private Names() {}

  /** CJK Radicals Supplement code points seen in real PDFs, and the ideograph each stands for. */
  private static final String[][] RADICALS = {
    {"\u2E84", "乙"}, {"\u2E85", "亻"}, {"\u2E86", "冂"}, {"\u2E88", "刂"}, {"\u2E8C", "小"},
    {"\u2E8E", "兀"}, {"\u2E8F", "尢"}, {"\u2E95", "彐"}, {"\u2E97", "心"}, {"\u2E98", "扌"},
    {"\u2E99", "攵"}, {"\u2E9B", "旡"}, {"\u2E9D", "月"}, {"\u2E9F", "母"}, {"\u2EA0", "民"},
    {"\u2EA1", "氵"}, {"\u2EA3", "灬"}, {"\u2EA4", "爫"}, {"\u2EA6", "丬"}, {"\u2EA7", "牛"},
    {"\u2EA8", "犭"}, {"\u2EAA", "疋"}, {"\u2EAB", "罒"}, {"\u2EAC", "示"}, {"\u2EAD", "礻"},
    {"\u2EAE", "竹"}, {"\u2EB1", "罒"}, {"\u2EB2", "罒"}, {"\u2EB7", "羊"}, {"\u2EBC", "月"},
    {"\u2EBE", "艹"}, {"\u2EC1", "虎"}, {"\u2EC2", "衤"}, {"\u2EC3", "覀"}, {"\u2EC4", "西"},
    {"\u2EC5", "见"}, {"\u2EC6", "角"}, {"\u2EC8", "讠"}, {"\u2EC9", "贝"}, {"\u2ECB", "车"},
    {"\u2ECC", "辶"}, {"\u2ECD", "辶"}, {"\u2ECF", "阝"}, {"\u2ED0", "钅"}, {"\u2ED1", "长"},
    {"\u2ED2", "长"}, {"\u2ED3", "长"}, {"\u2ED4", "门"}, {"\u2ED5", "阜"}, {"\u2ED6", "阝"},
    {"\u2ED7", "雨"}, {"\u2ED8", "青"}, {"\u2ED9", "韦"}, {"\u2EDA", "页"}, {"\u2EDB", "风"},
    {"\u2EDC", "飞"}, {"\u2EDD", "食"}, {"\u2EDF", "食"}, {"\u2EE0", "饣"}, {"\u2EE2", "马"},
    {"\u2EE3", "骨"}, {"\u2EE4", "鬼"}, {"\u2EE5", "鱼"}, {"\u2EE6", "鸟"}, {"\u2EE7", "卤"},
    {"\u2EE8", "麦"}, {"\u2EE9", "黄"}, {"\u2EEA", "黾"}, {"\u2EEB", "斉"}, {"\u2EEC", "齐"},
    {"\u2EED", "歯"}, {"\u2EEE", "齿"}, {"\u2EEF", "竜"}, {"\u2EF0", "龙"}, {"\u2EF1", "龜"},
    {"\u2EF2", "亀"}, {"\u2EF3", "龟"},
  };

  private static final char[] RADICAL_MAP = new char[0x2F00 - 0x2E80];

  static {
    for (String[] r : RADICALS) {
      RADICAL_MAP[r[0].charAt(0) - 0x2E80] = r[1].charAt(0);
    }
  }

  /**
   * Folds printed text to a canonical form for display and parsing: NFKC (full-width digits, letters,
   * brackets, colons and commas become half-width; Kangxi radicals become ideographs), radical
   * supplement glyphs mapped, curly and corner quotes unified to {@code "}, runs of whitespace
   * (including U+3000) collapsed to one space, and the result trimmed.
   *
   * @param text printed text, may be null
   * @return the normalised text; empty for null
   */
  public static String normalize(CharSequence text) {
    if (text == null) {
      return "";
    }
    String t = text.toString(); // String.charAt below, not an interface call per character
    String s = foldSimple(t, false);
    return s != null ? s : normalizeFully(t);
  }

  /**
   * {@link #normalize} (or, with {@code dropSpaces}, {@link #key}) of text that {@link #isSimple}
   * accepts, in one pass: the characters of the prefix that {@link #isNormal} would accept are not
   * copied, and normal text is returned as it is; {@code null} at the first character that is not
   * simple (the caller then takes the Unicode normaliser). On simple text, the whitespace test of
   * {@link #fold} is {@link #simpleSpace}: no other simple character is whitespace.
   */
  private static String foldSimple(String s, boolean dropSpaces) {
    int n = s.length();
    if (n == 0) {
      return s; // the empty text (an empty cell: a third of the calls of a read) without a copy
    }
    int i = 0;
    char prev = ' ';
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (prev == ' ' || dropSpaces) {
          break;
        }
      } else if (!stable(c)) {
        break;
      }
      prev = c;
    }
    if (i == n && prev != ' ') {
      return s.toString();
    }
    // folded in place: every character is read before its index is written (a pending space stands
    // for at least one character dropped before it), and getChars copies without bounds checks per char
    char[] out = new char[n];
    s.getChars(0, n, out, 0);
    int len = i;
    boolean space = false;
    if (len > 0 && out[len - 1] == ' ') {
      len--; // a trailing space of the prefix: pending, like every other
      space = true;
    }
    for (; i < n; i++) {
      char c = out[i];
      // the most frequent characters, ideographs and ASCII, are kept as they are: tested first
      if ((c < 0x4E00 || c > 0x9FFF) && (c <= 0x20 || c >= 0x7F)) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
          c = (char) (c - 0xFEE0);
        } else if (simpleSpace(c)) {
          space = len > 0;
          continue;
        } else if (!stable(c)) {
          switch (c) {
            case '\u201C', '\u201D', '\u300C', '\u300D', '\u2018', '\u2019' -> c = '"';
            case '\u2014', '\u2015', '\u2013', '\u2212' -> c = '-';
            default -> {
              return null;
            }
          }
        }
      }
      if (space) {
        if (!dropSpaces) {
          out[len++] = ' ';
        }
        space = false;
      }
      out[len++] = c;
    }
    return new String(out, 0, len);
  }

  /**
   * Whether {@code text} is already in normal form by a cheap test: every character is one that NFKC
   * and the folds below leave alone (printable ASCII, CJK unified ideographs, 、。《》【】), and spaces
   * are single ASCII spaces between other characters. Most labels and lines of real documents pass,
   * and skipping the Unicode normaliser for them is most of the reader's speed.
   */
  static boolean isNormal(CharSequence text) {
    int n = text.length();
    if (n == 0) {
      return true;
    }
    char prev = ' ';
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (prev == ' ') {
          return false; // leading or doubled space
        }
      } else if (!stable(c)) {
        return false;
      }
      prev = c;
    }
    return prev != ' ';
  }

  /** A character that normalisation keeps as it is, whatever its neighbours (see {@code NamesTest}). */
  static boolean stable(char c) {
    return (c > 0x20 && c < 0x7F)
        || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || c == '\u3001' || c == '\u3002' || c == '\u300A' || c == '\u300B' || c == '\u3010' || c == '\u3011'
        || c >= 0xB7 && STABLE_SYMBOLS.indexOf(c) >= 0;
  }

  /**
   * Symbols of performance targets and document numbers (≥95%, 〔2024〕) that NFKC keeps, alone and
   * next to any {@link #stable} character (none is a combining mark; see {@code NamesTest}).
   */
  static final String STABLE_SYMBOLS = "·×≤≥√○●■□★☆〈〉『』〔〕〖〗";

  /**
   * Whether every character of {@code text} is {@link #stable}, or one whose NFKC form is known and
   * context-free: full-width ASCII (U+FF01–U+FF5E, NFKC subtracts U+FEE0), the spaces of
   * {@link #simpleSpace}, and the quotes and dashes that {@link #fold} unifies (NFKC keeps them). Such
   * text is normalised by {@link #fold} alone, without the Unicode normaliser.
   */
  static boolean isSimple(CharSequence text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (!stable(c) && !(c >= 0xFF01 && c <= 0xFF5E) && !simpleSpace(c)) {
        switch (c) {
          case '\u201C', '\u201D', '\u300C', '\u300D', '\u2018', '\u2019', '\u2014', '\u2015', '\u2013',
              '\u2212' -> { }
          default -> {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Spaces and line breaks that normalisation turns into one ASCII space (or drops at the ends). */
  static boolean simpleSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u3000'
        || c == '\u00A0';
  }

  /** {@link #normalize} without the fast paths (the reference they are tested against). */
  static String normalizeFully(CharSequence text) {
    return fold(Normalizer.normalize(text, Normalizer.Form.NFKC));
  }

  /**
   * Everything of {@link #normalize} but NFKC itself: full-width ASCII folded (what NFKC would do;
   * a no-op after it), radicals mapped, quotes and dashes unified, whitespace collapsed and trimmed.
   */
  private static String fold(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        c = (char) (c - 0xFEE0);
      }
      if (c >= 0x2E80 && c < 0x2F00 && RADICAL_MAP[c - 0x2E80] != 0) {
        c = RADICAL_MAP[c - 0x2E80];
      }
      switch (c) {
        case '\u201C', '\u201D', '\u300C', '\u300D', '\u2018', '\u2019' -> c = '"';
        case '\u2014', '\u2015', '\u2013', '\u2212' -> c = '-';
        default -> { }
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * The comparison key of a label or name: {@link #normalize(CharSequence)} with every space removed,
   * so that {@code 一般公共服务 支出}, {@code 一般公共服务支出} and {@code 一般公共服务支出} are equal.
   *
   * @param text printed text, may be null
   * @return the key: normalised, without spaces; empty for null
   */
  public static String key(CharSequence text) {
    if (text == null) {
      return "";
    }
    String t = text.toString();
    String k = foldSimple(t, true);
    if (k != null) {
      return k;
    }
    String s = normalizeFully(t);
    if (s.indexOf(' ') < 0) {
      return s;
    }
    return s.replace(" ", "");
  }
}
