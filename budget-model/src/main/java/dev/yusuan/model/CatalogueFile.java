package dev.yusuan.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parser of the catalogue data file format (docs/catalogue.md): UTF-8, tab-separated, {@code #}
 * comments, a header naming the columns {@code scheme code name [valid_from [valid_to [aliases
 * [confidence [source]]]]]} in that order. Collects every malformed line instead of stopping at the first.
 */
final class CatalogueFile {
  /** Every column, in the order the header must list them (the first three are required). */
  static final List<String> COLUMNS =
      List.of("scheme", "code", "name", "valid_from", "valid_to", "aliases", "confidence", "source");

  /** A source id: lower-case ASCII letters, digits, '-' and '.', starting with a letter or digit. */
  private static final java.util.regex.Pattern SOURCE_ID = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.-]*");

  private final String source;
  private final List<CatalogueEntry> entries = new ArrayList<>();
  private final List<Integer> lineOf = new ArrayList<>();
  private final List<CatalogueFormatException.Problem> problems = new ArrayList<>();
  private int columns;

  private CatalogueFile(String source) {
    this.source = source;
  }

  /** A reason in both languages. */
  private static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String zh;

    Bad(String zh, String en) {
      super(en, null, false, false);
      this.zh = zh;
    }
  }

  /**
   * Parses {@code lines}.
   *
   * @throws CatalogueFormatException listing every malformed line
   */
  static List<CatalogueEntry> parse(List<String> lines, String source) {
    CatalogueFile f = new CatalogueFile(source);
    f.read(lines);
    if (!f.problems.isEmpty()) {
      throw new CatalogueFormatException(source, f.problems);
    }
    return f.entries;
  }

  private void read(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int lineNo = i + 1;
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (columns == 0) {
        header(line, lineNo);
        if (columns == 0) {
          return;
        }
        continue;
      }
      try {
        entries.add(entry(line));
        lineOf.add(lineNo);
      } catch (Bad e) {
        problems.add(new CatalogueFormatException.Problem(lineNo, e.zh, e.getMessage(), line));
      } catch (IllegalArgumentException | IllegalStateException e) {
        problems.add(new CatalogueFormatException.Problem(lineNo, "格式错误", e.getMessage(), line));
      }
    }
    if (columns == 0) {
      problems.add(new CatalogueFormatException.Problem(0, "没有表头行（" + String.join(" ", COLUMNS) + "）",
          "no header line (" + String.join(" ", COLUMNS) + ")", ""));
      return;
    }
    overlaps();
  }

  private void header(String line, int lineNo) {
    String[] f = line.strip().split("\t", -1);
    boolean ok = f.length >= 3 && f.length <= COLUMNS.size();
    for (int i = 0; ok && i < f.length; i++) {
      ok = f[i].strip().equalsIgnoreCase(COLUMNS.get(i));
    }
    if (ok) {
      columns = f.length;
    } else {
      problems.add(new CatalogueFormatException.Problem(lineNo,
          "表头须为以制表符分隔的列名 " + String.join(" ", COLUMNS) + "（至少前三列，按此顺序）",
          "expected the header '" + String.join(" ", COLUMNS) + "' (tab-separated, at least the first three,"
              + " in this order)", line));
    }
  }

  private CatalogueEntry entry(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < 3 || f.length > columns) {
      throw new Bad("应有 3 至 " + columns + " 列（制表符分隔），实有 " + f.length + " 列",
          "expected 3 to " + columns + " tab-separated columns, found " + f.length);
    }
    String digits = f[1].strip();
    Scheme scheme = scheme(f[0].strip(), digits);
    Code code = Code.parse(scheme, digits);
    if (!code.digits().equals(digits)) {
      throw new Bad("科目编码须为半角数字、不含空格", "code must be plain ASCII digits");
    }
    String name = f[2].strip();
    if (name.isEmpty()) {
      throw new Bad("科目名称为空", "blank name");
    }
    CatalogueEntry.Builder b = CatalogueEntry.builder().scheme(scheme).code(code).name(name);
    if (f.length > 3 && !f[3].isBlank()) {
      b.validFrom(year(f[3]));
    }
    if (f.length > 4 && !f[4].isBlank()) {
      b.validTo(year(f[4]));
    }
    if (f.length > 5 && !f[5].isBlank()) {
      for (String a : f[5].split("\\|")) {
        b.addAliases(alias(a.strip()));
      }
    }
    if (f.length > 6) {
      b.confidence(CatalogueEntry.Confidence.parse(f[6]));
    }
    if (f.length > 7 && !f[7].isBlank()) {
      for (String id : f[7].split("\\|", -1)) {
        String s = id.strip();
        if (!SOURCE_ID.matcher(s).matches()) {
          throw new Bad("来源编号“" + s + "”须由小写字母、数字、'-' 和 '.' 组成，以“|”分隔",
              "source id '" + s + "' is not lower-case letters, digits, '-' and '.' ('|'-separated)");
        }
        b.addSources(s);
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException e) {
      throw new Bad("起始年度晚于终止年度", e.getMessage());
    }
  }

  /** The scheme column, or the scheme of the code's first digit when the column is blank. */
  private static Scheme scheme(String text, String digits) {
    if (text.isEmpty()) {
      for (Scheme s : Scheme.values()) {
        if (!digits.isEmpty() && digits.charAt(0) == s.firstDigit()) {
          return s;
        }
      }
      throw new Bad("分类为空且无法由编码首位判断", "blank scheme and no scheme starts with the code's first digit");
    }
    for (Scheme s : Scheme.values()) {
      if (s.name().equalsIgnoreCase(text) || s.zh().equals(text)) {
        return s;
      }
    }
    throw new Bad("未知的分类“" + text + "”", "unknown scheme '" + text + "' (FUNCTION, ECONOMIC_DEPARTMENT,"
        + " ECONOMIC_GOVERNMENT, REVENUE)");
  }

  private static CatalogueEntry.Alias alias(String text) {
    int at = text.lastIndexOf('@');
    int dash = text.lastIndexOf('-');
    if (at <= 0 || dash < at) {
      throw new Bad("曾用名“" + text + "”须写作 名称@起始年-终止年", "alias '" + text + "' is not NAME@FROM-TO");
    }
    int from = year(text.substring(at + 1, dash));
    int to = year(text.substring(dash + 1));
    if (from > to) {
      throw new Bad("曾用名“" + text + "”的起始年晚于终止年", "alias '" + text + "': " + from + " after " + to);
    }
    return new CatalogueEntry.Alias(text.substring(0, at).strip(), from, to);
  }

  private static int year(String text) {
    String s = text.strip();
    if (!isYear(s)) {
      throw new Bad("“" + text + "”不是年度", "'" + text + "' is not a year");
    }
    return Integer.parseInt(s);
  }

  /** {@code (19|20)\d\d}, without a regular expression (called for most lines of the bundled file). */
  static boolean isYear(String s) {
    return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && isDigit(s.charAt(2))
        && isDigit(s.charAt(3));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Two entries of one code valid in the same year: reported on the later line, naming the earlier. */
  private void overlaps() {
    Map<Code, List<Integer>> seen = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      CatalogueEntry e = entries.get(i);
      List<Integer> same = seen.computeIfAbsent(e.code(), c -> new ArrayList<>());
      for (int j : same) {
        if (overlap(e, entries.get(j))) {
          problems.add(new CatalogueFormatException.Problem(lineOf.get(i),
              "编码 " + e.code() + " 与第 " + lineOf.get(j) + " 行在同一年度都有效",
              e.scheme() + " code " + e.code() + " has two entries valid in the same year (also line "
                  + lineOf.get(j) + ")", e.toString()));
          break;
        }
      }
      same.add(i);
    }
    problems.sort(java.util.Comparator.comparingInt(CatalogueFormatException.Problem::line));
  }

  static boolean overlap(CatalogueEntry a, CatalogueEntry b) {
    int lo = Math.max(a.validFrom().orElse(Integer.MIN_VALUE), b.validFrom().orElse(Integer.MIN_VALUE));
    int hi = Math.min(a.validTo().orElse(Integer.MAX_VALUE), b.validTo().orElse(Integer.MAX_VALUE));
    return lo <= hi;
  }
}
