package dev.yusuan.io.tables.internal;

import dev.yusuan.model.Code;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Names;
import dev.yusuan.model.Scheme;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.layout.RowRule;
import dev.yusuan.model.layout.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Totals and subtotals of a classification table recognised by arithmetic, whatever their label
 * (blank, unknown, 小计, a group name, or a 合计 printed between groups). Each code-less row with amounts
 * that no row rule maps is compared, column by column within the rounding of the printed figures
 * (half a unit in the last place of every addend and of the row), with
 * <ul>
 *   <li>the sum of the table's top-level code rows (codes with no ancestor printed in the table): the
 *       row is the <b>total</b>, unless it is a 合计-like or blank row whose block also sums and a
 *       group name says otherwise;</li>
 *   <li>the sum of its <b>block</b>: the code rows below it up to the next code-less row (it heads the
 *       block) or above it since the previous one (a 小计 closing the block), top-level within the
 *       block. The block's group is the row's own label, or — for a 小计 / 合计 / blank row closing a
 *       block — the label-only row that opens it.</li>
 * </ul>
 * A block subtotal becomes a fact when its meaning is certain: a group named by a 支出用途 (基本支出,
 * 项目支出, 人员经费, 公用经费 …) when such groups cover every code row of the table (so the total is
 * their sum), or the unprinted common ancestor of at least two top-level codes of the block. A block
 * of a single top-level row proves nothing (a parent equals its only child) and a group whose meaning
 * is unknown has no coordinate: both are reported (WARNING), never guessed, and a 合计 printed between
 * groups is never read as the grand total. A row matching nothing stays as printed: the mapper reports
 * it, unless it names a 经济科目 the catalogue lacks ({@link Kind#UNKNOWN_NAME}).
 */
final class SubtotalRows {
  private SubtotalRows() {}

  /** What a code-less row with amounts turned out to be. */
  enum Kind {
    /** The table's total. */
    TOTAL,
    /** A block subtotal of a 支出用途 group ({@link Decision#member} is the {@link SpendingType}). */
    SPENDING_TYPE,
    /** A block subtotal that is an unprinted ancestor code ({@link Decision#member}). */
    CODE,
    /** A block subtotal whose group has no coordinate, or a single-child block: reported only. */
    AMBIGUOUS,
    /** An economic name no catalogue code has, not a sum: read under its printed name. */
    UNKNOWN_NAME
  }

  /**
   * One decision: the row, what it is, the member it maps to (type name, code, or the name), the
   * group label (nullable) and the block's first and last row (-1 when none).
   */
  record Decision(int row, Kind kind, String member, String group, int from, int to) {}

  /** An amount row's sums per column: {sum, allowance}. */
  private record Sums(BigDecimal[][] cols, int tops) {}

  static List<Decision> classify(List<DisclosureTable.Row> rows, Section s, int code, int label,
      Scheme scheme) {
    int n = rows.size();
    boolean[] isCode = new boolean[n];
    boolean[] amounts = new boolean[n];
    boolean[] boundary = new boolean[n];
    int width = 0;
    for (int r = 0; r < n; r++) {
      DisclosureTable.Row row = rows.get(r);
      width = Math.max(width, row.cells().size());
      isCode[r] = Texts.isCode(Names.key(row.cell(code)));
      amounts[r] = hasAmount(row, code, label);
      boundary[r] = !isCode[r] && Names.key(row.cell(code)).isEmpty()
          && (amounts[r] || !row.cell(label).isBlank());
    }
    Sums grand = sums(rows, isCode, 0, n - 1, code, label, width);
    List<Integer> withAmounts = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      if (amounts[r]) {
        withAmounts.add(r);
      }
    }
    List<Decision> out = new ArrayList<>();
    if (grand.tops() == 0 || withAmounts.isEmpty()) {
      return out;
    }
    int firstAmount = withAmounts.get(0);
    int lastAmount = withAmounts.get(withAmounts.size() - 1);
    for (int r = 0; r < n; r++) {
      DisclosureTable.Row row = rows.get(r);
      String name = row.cell(label);
      String key = RowRule.labelKey(name);
      if (!boundary[r] || !amounts[r] || Names.key(name).startsWith("其中")
          || !s.isTotal(name) && s.rowRule(name, null).isPresent()) {
        continue; // a 其中 row is a part printed beside its whole; a row rule maps its row
      }
      boolean totalWord = key.isEmpty() || s.isTotal(name) || Texts.isTotalLabel(key)
          || key.endsWith("小计") || key.endsWith("合计") || key.endsWith("总计");
      int next = r + 1;
      while (next < n && !boundary[next]) {
        next++;
      }
      int prev = r - 1;
      while (prev >= 0 && !boundary[prev]) {
        prev--;
      }
      boolean head = equal(row, sums(rows, isCode, r + 1, next - 1, code, label, width), code,
          label);
      int end = head ? next - 1 : prefix(rows, isCode, r, next, code, label, width);
      head |= end >= 0;
      boolean foot = equal(row, sums(rows, isCode, prev + 1, r - 1, code, label, width), code,
          label);
      boolean whole = equal(row, grand, code, label);
      String opener = prev >= 0 && !amounts[prev] ? Names.normalize(rows.get(prev).cell(label))
          : null;
      String group = !totalWord ? Names.normalize(name) : foot ? opener : null;
      Optional<SpendingType> type = spendingType(group);
      if (whole && (r == firstAmount || r == lastAmount || !head && !foot
          || totalWord && type.isEmpty())) {
        if (!s.isTotal(name)) {
          out.add(new Decision(r, Kind.TOTAL, null, null, -1, -1));
        }
        continue;
      }
      if (!head && !foot) {
        if (!totalWord && scheme != Scheme.FUNCTION && type.isEmpty()) {
          // not a sum, not a group: an economic item whose name the catalogue lacks
          out.add(new Decision(r, Kind.UNKNOWN_NAME, Layouts.labelKey(name), null, -1, -1));
        }
        continue; // a 合计 matching nothing stays the total: the rules compare it
      }
      boolean heading = head;
      if (head && foot) {
        if (totalWord && opener == null) {
          // both blocks add up and nothing tells which one the row closes or opens
          out.add(new Decision(r, Kind.AMBIGUOUS, null, null, r + 1, next - 1));
          continue;
        }
        heading = !totalWord; // a group name opens its block; a 小计 closes the one opened above
      }
      int from = heading ? r + 1 : prev + 1;
      int to = heading ? end : r - 1;
      group = !totalWord ? Names.normalize(name) : heading ? null : opener;
      type = spendingType(group);
      if (type.isPresent()) {
        out.add(new Decision(r, Kind.SPENDING_TYPE, type.get().name(), group, from, to));
        continue;
      }
      String ancestor = commonAncestor(rows, isCode, from, to, code, scheme);
      boolean printedElsewhere = false;
      for (int k = 0; k < n && ancestor != null; k++) {
        printedElsewhere |= isCode[k] && Names.key(rows.get(k).cell(code)).equals(ancestor);
      }
      out.add(ancestor != null && !printedElsewhere
          ? new Decision(r, Kind.CODE, ancestor, group, from, to)
          : new Decision(r, Kind.AMBIGUOUS, null, group, from, to));
    }
    return coverTypes(out, isCode);
  }

  /**
   * The last row of the shortest run of whole subtrees right below row {@code r} (before
   * {@code next}) whose top-level rows add up to row {@code r}, or -1: a row heading its children
   * when the rows after them print no code-less row between (an unprinted parent, say).
   */
  private static int prefix(List<DisclosureTable.Row> rows, boolean[] isCode, int r, int next,
      int code, int label, int width) {
    DisclosureTable.Row row = rows.get(r);
    BigDecimal[][] cols = new BigDecimal[width][];
    Set<String> codes = new HashSet<>();
    int tops = 0;
    for (int k = r + 1; k < next; k++) {
      if (!isCode[k]) {
        continue;
      }
      String c = Names.key(rows.get(k).cell(code));
      if (!hasAncestor(c, codes)) {
        tops++;
        DisclosureTable.Row kr = rows.get(k);
        for (int col = 0; col < kr.cells().size(); col++) {
          BigDecimal v = col == code || col == label ? null : number(kr.cell(col));
          if (v != null) {
            if (cols[col] == null) {
              cols[col] = new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
            }
            cols[col][0] = cols[col][0].add(v);
            cols[col][1] = cols[col][1].add(half(v));
          }
        }
      }
      codes.add(c);
      int after = k + 1;
      while (after < next && !isCode[after]) {
        after++;
      }
      boolean closed = after >= next || !hasAncestor(Names.key(rows.get(after).cell(code)), codes);
      if (closed && equal(row, new Sums(cols, tops), code, label)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * 支出用途 subtotals stand for their type only when their blocks together hold every code row of
   * the table (then the total is their sum); otherwise they are ambiguous.
   */
  private static List<Decision> coverTypes(List<Decision> in, boolean[] isCode) {
    boolean[] covered = new boolean[isCode.length];
    boolean any = false;
    for (Decision d : in) {
      if (d.kind() == Kind.SPENDING_TYPE) {
        any = true;
        for (int k = d.from(); k <= d.to(); k++) {
          covered[k] = true;
        }
      }
    }
    boolean all = true;
    for (int k = 0; k < isCode.length; k++) {
      all &= !isCode[k] || covered[k];
    }
    if (!any || all) {
      return in;
    }
    return in.stream().map(d -> d.kind() != Kind.SPENDING_TYPE ? d
        : new Decision(d.row(), Kind.AMBIGUOUS, null, d.group(), d.from(), d.to())).toList();
  }

  /** The 支出用途 a group label names (its Chinese name, with or without a trailing 小计/合计). */
  static Optional<SpendingType> spendingType(String group) {
    if (group == null) {
      return Optional.empty();
    }
    String k = Layouts.labelKey(group).replaceAll("(小计|合计)$", "");
    for (SpendingType t : SpendingType.values()) {
      if (t.zh().equals(k)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * The deepest code that is an ancestor of every top-level code of rows {@code from..to}, when
   * there are at least two of them (a single child proves nothing: its parent would equal it).
   */
  private static String commonAncestor(List<DisclosureTable.Row> rows, boolean[] isCode, int from,
      int to, int code, Scheme scheme) {
    List<String> tops = tops(rows, isCode, from, to, code);
    if (tops.size() < 2) {
      return null;
    }
    for (String a = parent(scheme, tops.get(0)); a != null; a = parent(scheme, a)) {
      String p = a;
      if (tops.stream().allMatch(c -> c.startsWith(p))) {
        return a;
      }
    }
    return null;
  }

  private static String parent(Scheme scheme, String code) {
    return Code.tryParse(scheme, code).flatMap(Code::parent).map(Code::digits).orElse(null);
  }

  /** The code rows of {@code from..to} with no ancestor among the codes of that range. */
  private static List<String> tops(List<DisclosureTable.Row> rows, boolean[] isCode, int from,
      int to, int code) {
    Set<String> codes = new HashSet<>();
    for (int r = Math.max(from, 0); r <= to; r++) {
      if (isCode[r]) {
        codes.add(Names.key(rows.get(r).cell(code)));
      }
    }
    List<String> out = new ArrayList<>();
    for (int r = Math.max(from, 0); r <= to; r++) {
      String c = Names.key(rows.get(r).cell(code));
      if (isCode[r] && !hasAncestor(c, codes)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Per column, the sum of the top-level code rows of {@code from..to} and its allowance. */
  private static Sums sums(List<DisclosureTable.Row> rows, boolean[] isCode, int from, int to,
      int code, int label, int width) {
    BigDecimal[][] cols = new BigDecimal[width][];
    Set<String> codes = new HashSet<>();
    for (int r = Math.max(from, 0); r <= to; r++) {
      if (isCode[r]) {
        codes.add(Names.key(rows.get(r).cell(code)));
      }
    }
    int tops = 0;
    for (int r = Math.max(from, 0); r <= to; r++) {
      DisclosureTable.Row row = rows.get(r);
      if (!isCode[r] || hasAncestor(Names.key(row.cell(code)), codes)) {
        continue;
      }
      tops++;
      for (int c = 0; c < row.cells().size(); c++) {
        BigDecimal v = c == code || c == label ? null : number(row.cell(c));
        if (v != null) {
          if (cols[c] == null) {
            cols[c] = new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
          }
          cols[c][0] = cols[c][0].add(v);
          cols[c][1] = cols[c][1].add(half(v));
        }
      }
    }
    return new Sums(cols, tops);
  }

  /** Whether every amount of {@code row} equals its column's sum within rounding (one at least). */
  private static boolean equal(DisclosureTable.Row row, Sums sums, int code, int label) {
    if (sums.tops() == 0) {
      return false;
    }
    int compared = 0;
    for (int c = 0; c < row.cells().size(); c++) {
      BigDecimal v = c == code || c == label ? null : number(row.cell(c));
      if (v == null) {
        continue;
      }
      BigDecimal[] a = c < sums.cols().length ? sums.cols()[c] : null;
      BigDecimal sum = a == null ? BigDecimal.ZERO : a[0];
      BigDecimal slack = (a == null ? BigDecimal.ZERO : a[1]).add(half(v));
      if (v.subtract(sum).abs().compareTo(slack) > 0) {
        return false;
      }
      compared++;
    }
    return compared > 0;
  }

  static boolean hasAncestor(String c, Set<String> codes) {
    for (int n = c.length() - 2; n >= 3; n -= 2) {
      if (codes.contains(c.substring(0, n))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasAmount(DisclosureTable.Row row, int code, int label) {
    for (int c = 0; c < row.cells().size(); c++) {
      if (c != code && c != label && Emitter.isNumber(row.cell(c))) {
        return true;
      }
    }
    return false;
  }

  static BigDecimal number(String cell) {
    String s = cell.replace(" ", "").replace(",", "");
    if (s.isEmpty() || !Texts.isAmount(s)) {
      return null;
    }
    try {
      return new BigDecimal(s.replace("(", "-").replace(")", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Half a unit in the last printed place. */
  static BigDecimal half(BigDecimal v) {
    return BigDecimal.ONE.scaleByPowerOfTen(-Math.max(v.scale(), 0)).divide(BigDecimal.valueOf(2));
  }
}
