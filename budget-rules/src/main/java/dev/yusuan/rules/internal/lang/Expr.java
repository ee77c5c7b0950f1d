package dev.yusuan.rules.internal.lang;

import dev.yusuan.model.Amount;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Names;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.rules.internal.Ctx;
import dev.yusuan.rules.internal.DocIndex;
import dev.yusuan.rules.internal.Val;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** An arithmetic expression of the rule language over facts, cells and numbers. */
public sealed interface Expr {
  /** Evaluates; null when a referenced value is not published (and missing values are not zero). */
  Val eval(Ctx ctx, Env env);

  /** Evaluation settings of a check. */
  final class Env {
    final boolean missingZero;
    int present;
    int missing;

    Env(boolean missingZero) {
      this.missingZero = missingZero;
    }

    Val missingValue() {
      missing++;
      return missingZero ? Val.constant(BigDecimal.ZERO, true) : null;
    }
  }

  record Num(BigDecimal value) implements Expr {
    @Override
    public Val eval(Ctx ctx, Env env) {
      return Val.constant(value, false);
    }
  }

  /** A fact by concept and coordinates: {@code EXPENDITURE{FUNCTION=2080505}}; tables win over narrative. */
  record FactRef(Concept concept, Coordinates coordinates) implements Expr {
    @Override
    public Val eval(Ctx ctx, Env env) {
      List<Fact> l = ctx.facts().get(concept, coordinates);
      if (l.isEmpty()) {
        return env.missingValue();
      }
      Fact best = l.get(0);
      for (Fact f : l) {
        if (f.provenance().tableId().isPresent()) {
          best = f;
          break;
        }
      }
      env.present++;
      return ctx.money(best);
    }
  }

  /** A cell: table (kind or title part), row (code, label or 行次), column (header or 栏次). */
  record Cell(String table, String rowCode, String rowLabel, Integer rowNumber, String column,
      String columnNumber) implements Expr {
    @Override
    public Val eval(Ctx ctx, Env env) {
      for (DocIndex.TableGroup g : ctx.index().groups()) {
        DisclosureTable first = g.first();
        if (!(table.equals(first.kind()) || Names.key(first.title()).contains(Names.key(table)))) {
          continue;
        }
        for (DisclosureTable t : g.tables()) {
          Val v = inTable(ctx, t, env);
          if (v != null) {
            return v;
          }
        }
      }
      return env.missingValue();
    }

    private Val inTable(Ctx ctx, DisclosureTable t, Env env) {
      int col = -1;
      DisclosureTable.Column column0 = null;
      for (DisclosureTable.Column c : t.columns()) {
        boolean m = columnNumber != null ? c.number().map(columnNumber::equals).orElse(false)
            : Names.key(c.header()).equals(Names.key(column))
                || !c.headerPath().isEmpty()
                && Names.key(c.headerPath().get(c.headerPath().size() - 1)).equals(Names.key(column));
        if (m) {
          col = c.index();
          column0 = c;
          break;
        }
      }
      if (col < 0) {
        return null;
      }
      int rowIndex = 0;
      for (DisclosureTable.Row r : t.rows()) {
        rowIndex++;
        boolean m = rowCode != null ? r.code().map(rowCode::equals).orElse(false)
            : rowLabel != null ? r.label().map(l -> Names.key(l).equals(Names.key(rowLabel))).orElse(false)
            : r.number().map(n -> n.equals(String.valueOf(rowNumber))).orElse(rowIndex == rowNumber);
        if (!m) {
          continue;
        }
        // prefer the fact read from this cell (same provenance as other rules use)
        for (Fact f : ctx.facts().inTable(t.id())) {
          Provenance p = f.provenance();
          boolean sameRow = r.line().isPresent() && p.line().equals(r.line())
              || r.code().isPresent() && p.rowCode().equals(r.code())
              || r.code().isEmpty() && r.label().isPresent() && p.rowLabel().equals(r.label());
          DisclosureTable.Column cc = column0;
          boolean sameCol = p.columnHeader().map(h -> Names.key(h).equals(Names.key(cc.header()))).orElse(false)
              || cc.number().isPresent() && p.columnNumber().equals(cc.number());
          if (sameRow && sameCol) {
            env.present++;
            return ctx.money(f);
          }
        }
        Optional<Amount> a;
        try {
          a = Amount.parse(r.cell(col), t.unit());
        } catch (RuntimeException e) {
          a = Optional.empty();
        }
        if (a.isEmpty()) {
          return env.missingValue();
        }
        env.present++;
        Provenance at = Provenance.builder().source(ctx.document().source()).tableId(t.id())
            .tableTitle(t.title()).rowLabel(r.label()).rowCode(r.code())
            .rowNumber(r.number().map(Expr::parseInt).orElse(OptionalInt.of(rowIndex)))
            .columnHeader(column0.header()).columnNumber(column0.number()).line(r.line()).page(r.page())
            .text(r.cell(col)).build();
        return ctx.money(a.get(), at);
      }
      return null;
    }
  }

  private static OptionalInt parseInt(String s) {
    try {
      return OptionalInt.of(Integer.parseInt(s.trim()));
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }

  record Bin(char op, Expr left, Expr right) implements Expr {
    @Override
    public Val eval(Ctx ctx, Env env) {
      Val l = left.eval(ctx, env);
      Val r = right.eval(ctx, env);
      if (l == null || r == null) {
        return null;
      }
      return switch (op) {
        case '+' -> l.plus(r);
        case '-' -> l.minus(r);
        case '*' -> l.times(r);
        default -> l.dividedBy(r);
      };
    }
  }

  record Neg(Expr inner) implements Expr {
    @Override
    public Val eval(Ctx ctx, Env env) {
      Val v = inner.eval(ctx, env);
      return v == null ? null : v.negate();
    }
  }

  /**
   * {@code sum(a, b, …)}: terms that are not published count as zero (a sum of nothing published is 0,
   * and does not by itself make the check applicable).
   */
  record Sum(List<Expr> terms) implements Expr {
    @Override
    public Val eval(Ctx ctx, Env env) {
      Val acc = null;
      Env inner = new Env(true);
      for (Expr e : terms) {
        Val v = e.eval(ctx, inner);
        acc = acc == null ? v : acc.plus(v);
      }
      env.present += inner.present;
      env.missing += inner.missing;
      return acc;
    }
  }
}
