package dev.yusuan.rules;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Direction;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.Scheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Base of the generated Jiangsu and Shanghai documents: every figure starts as an exact amount in
 * 分 (cents of 元), is aggregated exactly, and is published rounded honestly — to 0.01 万元 in 万元
 * tables, to whole 元 in 元 tables, percents to 0.01%. Codes and names come from the catalogue of
 * {@link #YEAR}, so the structure rules see real 科目.
 */
abstract class RegionalFixture {
  static final Catalogue CAT = Catalogue.standard();
  static final int YEAR = 2024;
  static final long WAN = 1_000_000; // 分 per 万元

  final Random rnd;
  final RoundingMode mode;
  final DocBuilder d;

  RegionalFixture(String source, long seed, boolean halfEven) {
    this.rnd = new Random(seed);
    this.mode = halfEven ? RoundingMode.HALF_EVEN : RoundingMode.HALF_UP;
    this.d = new DocBuilder(source, YEAR);
    d.department = "测试部门";
  }

  abstract BudgetDocument build();

  /** An exact amount in 分 below {@code maxYuan} 元, with all kinds of last digits, some round. */
  long money(long maxYuan) {
    return switch (rnd.nextInt(5)) {
      case 0 -> (1 + rnd.nextInt(100)) * WAN;
      case 1 -> 100L * (1 + rnd.nextInt(9_999));
      case 2 -> 1 + (long) (rnd.nextDouble() * maxYuan * 100);
      default -> 100L * (1 + (long) (rnd.nextDouble() * maxYuan));
    };
  }

  /** {@code total} split into {@code n} non-negative exact parts. */
  long[] split(long total, int n) {
    long[] cut = new long[n + 1];
    cut[n] = total;
    for (int i = 1; i < n; i++) {
      cut[i] = (long) (rnd.nextDouble() * total);
    }
    java.util.Arrays.sort(cut, 1, n);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = cut[i + 1] - cut[i];
    }
    return out;
  }

  /** {@code total} (at least 100 分 per part) split into {@code n} positive exact parts. */
  long[] splitPositive(long total, int n) {
    long[] out = split(total - 100L * n, n);
    for (int i = 0; i < n; i++) {
      out[i] += 100;
    }
    return out;
  }

  /** The published text of an exact amount in {@code unit}, rounded honestly. */
  String pub(long fen, MoneyUnit unit) {
    BigDecimal v = BigDecimal.valueOf(fen).movePointLeft(2).divide(unit.factor());
    return v.setScale(unit == MoneyUnit.YUAN ? 0 : 2, mode).toPlainString();
  }

  /** Like {@link #pub} but blank (no fact) for zero. */
  String cell(long fen, MoneyUnit unit) {
    return fen == 0 ? "" : pub(fen, unit);
  }

  String pct(long part, long whole) {
    return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 2, mode).toPlainString();
  }

  static String name(Scheme s, String code) {
    return CAT.nameOf(s, code, YEAR).orElseThrow(() -> new IllegalArgumentException("not in catalogue: " + code));
  }

  /**
   * Exact per-item values (7-digit function codes or 5-digit economic codes) aggregated up their tree:
   * every class (3 digits) and group (5 digits) gets the sum of its items, ordered parents first.
   */
  static TreeMap<String, long[]> tree(Map<String, long[]> items, int n) {
    TreeMap<String, long[]> t = new TreeMap<>();
    for (Map.Entry<String, long[]> e : items.entrySet()) {
      String code = e.getKey();
      List<String> levels = new ArrayList<>(List.of(code.substring(0, 3), code.substring(0, 5)));
      if (code.length() == 7) {
        levels.add(code);
      }
      for (String l : levels) {
        long[] acc = t.computeIfAbsent(l, k -> new long[n]);
        for (int i = 0; i < n; i++) {
          acc[i] += e.getValue()[i];
        }
      }
    }
    return t;
  }

  static long[] total(Map<String, long[]> items, int n) {
    long[] t = new long[n];
    for (long[] v : items.values()) {
      for (int i = 0; i < n; i++) {
        t[i] += v[i];
      }
    }
    return t;
  }

  /** Rows "code \t name \t values…" of a classification table, with its 合计 row first. */
  String rows(Scheme scheme, Map<String, long[]> items, int n, MoneyUnit unit,
      java.util.function.Function<long[], long[]> columns) {
    StringBuilder b = new StringBuilder();
    b.append("\t合计");
    for (long v : columns.apply(total(items, n))) {
      b.append('\t').append(cell(v, unit));
    }
    b.append('\n');
    for (Map.Entry<String, long[]> e : tree(items, n).entrySet()) {
      long[] cs = columns.apply(e.getValue());
      boolean any = false;
      for (long v : cs) {
        any |= v != 0;
      }
      if (!any) {
        continue;
      }
      b.append(e.getKey()).append('\t').append(name(scheme, e.getKey()));
      for (long v : cs) {
        b.append('\t').append(cell(v, unit));
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** A year-over-year statement rounded honestly: current, |delta|, |percent| (when prior > 0), direction. */
  void change(Concept concept, Coordinates at, String subject, long current, long prior, FiscalPeriod base) {
    long delta = current - prior;
    Direction dir = delta > 0 ? Direction.INCREASE : delta < 0 ? Direction.DECREASE : Direction.FLAT;
    String pct = prior > 0 ? pct(Math.abs(delta), prior) : null;
    d.change(concept, at, subject, pub(current, d.unit), base, dir, pub(Math.abs(delta), d.unit), pct);
  }

  /** Shares of one whole (a partition), each stated with its amount and honestly rounded percent. */
  void shares(Concept concept, Coordinates whole, long wholeFen, String[] subjects, Coordinates[] parts,
      long[] fen) {
    for (int i = 0; i < parts.length; i++) {
      if (fen[i] > 0) {
        d.share(concept, parts[i], whole, subjects[i], pub(fen[i], d.unit), pct(fen[i], wholeFen));
      }
    }
  }
}
