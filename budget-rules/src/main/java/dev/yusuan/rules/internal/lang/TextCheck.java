package dev.yusuan.rules.internal.lang;

import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Provenance;
import dev.yusuan.rules.Check;
import dev.yusuan.rules.RuleContext;
import dev.yusuan.rules.internal.Ctx;
import dev.yusuan.rules.internal.Hierarchy;
import dev.yusuan.rules.internal.Relation;
import dev.yusuan.rules.internal.Val;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The check of a rule written in the rule language: hierarchy sums and comparisons. */
public final class TextCheck implements Check {
  /** One statement of a rule. */
  public sealed interface Statement {}

  /** {@code sum DIM [+ DIM] in …}. */
  public record SumStatement(List<FactDimension> dims) implements Statement {}

  /** {@code check LEFT REL RIGHT}. */
  public record CheckStatement(Expr left, Relation relation, Expr right, boolean missingZero, String text)
      implements Statement {}

  private final List<Statement> statements;

  public TextCheck(List<Statement> statements) {
    this.statements = List.copyOf(statements);
  }

  public List<Statement> statements() {
    return statements;
  }

  @Override
  public void check(RuleContext context) {
    Ctx ctx = (Ctx) context;
    for (Statement s : statements) {
      if (s instanceof SumStatement sum) {
        Hierarchy.check(ctx, sum.dims());
      } else if (s instanceof CheckStatement c) {
        evaluate(ctx, c);
      }
    }
  }

  static void evaluate(Ctx ctx, CheckStatement c) {
    Expr.Env env = new Expr.Env(c.missingZero());
    Val l = c.left().eval(ctx, env);
    Val r = c.right().eval(ctx, env);
    if (env.present == 0 || l == null || r == null) {
      return;
    }
    Set<Provenance> locs = new LinkedHashSet<>();
    for (Val.Term t : l.terms()) {
      locs.add(t.at());
    }
    for (Val.Term t : r.terms()) {
      locs.add(t.at());
    }
    ctx.compare(c.text(), c.text(), l, c.relation(), r, new ArrayList<>(locs), null, null);
  }
}
