package dev.yusuan.rules.internal.lang;

import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.FundSource;
import dev.yusuan.model.FiscalPeriod;
import dev.yusuan.model.ProcurementType;
import dev.yusuan.model.Severity;
import dev.yusuan.model.SpendingType;
import dev.yusuan.model.ThreePublicItem;
import dev.yusuan.rules.Rule;
import dev.yusuan.rules.RulePack;
import dev.yusuan.rules.RuleSyntaxException;
import dev.yusuan.rules.Rules;
import dev.yusuan.rules.Scope;
import dev.yusuan.rules.internal.lang.Lexer.Kind;
import dev.yusuan.rules.internal.lang.Lexer.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser of the rule language (grammar in {@code docs/rules.md}). Produces the same
 * {@link Rule} objects as the Java DSL.
 */
public final class RuleParser {
  private static final Set<String> CLAUSES = Set.of("title", "because", "hint", "message", "category",
      "missing", "sum", "check", "rule", "pack");

  private final String source;
  private final String text;
  private final List<Token> tokens;
  private int pos;
  /** Nesting depth of the expression being parsed (parentheses, unary minus, sum/cell arguments). */
  private int depth;
  /** Binary operators in the current comparison side: evaluation recurses along a chain of them. */
  private int operators;

  /** Deepest nesting of an expression: deeper input is a syntax error, not a stack overflow. */
  static final int MAX_DEPTH = 64;
  /** Most binary operators in one expression. */
  static final int MAX_OPERATORS = 2000;

  private RuleParser(String source, String text) {
    this.source = source;
    this.text = text;
    this.tokens = Lexer.lex(source, text);
  }

  /** Parses a whole file: an optional {@code pack NAME version V} header, then rules. */
  public static RulePack parsePack(String source, String text) {
    RuleParser p = new RuleParser(source, text);
    String name = source.replaceAll("\\.rules$", "");
    String version = "0";
    if (p.peek().is("pack")) {
      p.next();
      name = p.word("pack name");
      if (p.peek().is("version")) {
        p.next();
        Token v = p.next();
        if (v.kind() != Kind.WORD && v.kind() != Kind.NUMBER && v.kind() != Kind.STRING) {
          throw p.error(v, "expected a version after 'version' / version 后应为版本号");
        }
        version = v.text();
      }
    }
    List<Rule> rules = new ArrayList<>();
    while (p.peek().kind() != Kind.EOF) {
      rules.add(p.rule());
    }
    try {
      return RulePack.of(name, version, rules);
    } catch (IllegalArgumentException e) {
      throw new RuleSyntaxException(source, 1, 1, e.getMessage());
    }
  }

  /** Parses one comparison such as {@code EXPENDITURE{} = sum(…)} into a check (for the Java DSL). */
  public static TextCheck parseCheck(String source, String text, boolean missingZero) {
    RuleParser p = new RuleParser(source, text);
    TextCheck.Statement s = p.comparison(missingZero);
    if (p.peek().kind() != Kind.EOF) {
      throw p.error(p.peek(), "unexpected " + p.peek() + " after the comparison / 比较式后有多余内容");
    }
    return new TextCheck(List.of(s));
  }

  private Rule rule() {
    Token kw = next();
    if (!kw.is("rule")) {
      throw error(kw, "expected 'rule' but found " + kw + " / 此处应为 rule");
    }
    String id = word("rule id");
    Token sevTok = next();
    Severity sev = switch (sevTok.text().toLowerCase(java.util.Locale.ROOT)) {
      case "error", "错误" -> Severity.ERROR;
      case "warning", "警告" -> Severity.WARNING;
      case "info", "提示" -> Severity.INFO;
      default -> throw error(sevTok, "expected a severity (error, warning, info) but found " + sevTok
          + " / 应为严重程度 error、warning 或 info");
    };
    Rule.Builder b = Rules.rule(id).severity(sev).origin(source + ":" + kw.line());
    boolean missingZero = false;
    boolean titled = false;
    Scope scope = Scope.facts();
    List<TextCheck.Statement> stmts = new ArrayList<>();
    while (true) {
      Token t = peek();
      if (t.kind() == Kind.EOF || t.is("rule")) {
        break;
      }
      next();
      switch (t.text()) {
        case "title" -> {
          String zh = string("title");
          String en = peek().kind() == Kind.STRING ? string("title") : zh;
          b.titled(zh, en);
          titled = true;
        }
        case "because" -> b.because(string("because"));
        case "hint" -> b.hint(string("hint"));
        case "message" -> {
          String zh = string("message");
          String en = peek().kind() == Kind.STRING ? string("message") : zh;
          b.message(zh, en);
        }
        case "category" -> b.category(word("category"));
        case "missing" -> {
          Token z = next();
          if (!z.is("zero")) {
            throw error(z, "expected 'zero' after 'missing' / missing 后应为 zero");
          }
          missingZero = true;
        }
        case "sum" -> {
          List<FactDimension> dims = new ArrayList<>();
          dims.add(dimension());
          while (peek().is("+") || peek().is(",")) {
            next();
            dims.add(dimension());
          }
          if (peek().is("in")) {
            next();
            scope = tablesClause(scope);
          }
          stmts.add(new TextCheck.SumStatement(dims));
        }
        case "check" -> stmts.add(comparison(missingZero));
        default -> throw error(t, "unknown clause " + t + "; expected title, because, hint, message,"
            + " category, missing zero, sum or check / 无法识别的子句");
      }
    }
    if (!titled) {
      throw error(kw, "rule " + id + " has no title / 规则缺少 title");
    }
    if (stmts.isEmpty()) {
      throw error(kw, "rule " + id + " has no sum or check / 规则缺少 sum 或 check");
    }
    return b.given(scope).should(new TextCheck(stmts)).build();
  }

  private Scope tablesClause(Scope scope) {
    Token t = next();
    if (t.is("every")) {
      Token tb = next();
      if (!tb.is("table")) {
        throw error(tb, "expected 'table' after 'every' / every 后应为 table");
      }
      return Scope.facts();
    }
    if (!t.is("table") && !t.is("tables")) {
      throw error(t, "expected 'every table' or 'tables …' after 'in' / in 后应为 every table 或 tables");
    }
    List<String> names = new ArrayList<>();
    names.add(tableRef());
    while (peek().is(",")) {
      next();
      names.add(tableRef());
    }
    return Scope.facts().inTables(names.toArray(String[]::new));
  }

  private TextCheck.Statement comparison(boolean missingZero) {
    int start = peek().offset();
    operators = 0;
    Expr l = expr();
    Token rel = next();
    dev.yusuan.rules.internal.Relation r = switch (rel.text()) {
      case "=" -> dev.yusuan.rules.internal.Relation.EQ;
      case "≤" -> dev.yusuan.rules.internal.Relation.LE;
      case "≥" -> dev.yusuan.rules.internal.Relation.GE;
      default -> throw error(rel, "expected a comparison (=, <=, >=, ≤, ≥) but found " + rel
          + " / 此处应为比较符号");
    };
    Expr right = expr();
    int end = tokens.get(pos - 1).end();
    return new TextCheck.CheckStatement(l, r, right, missingZero, text.substring(start, end).replaceAll("\\s+", " "));
  }

  private Expr expr() {
    Token at = peek();
    if (++depth > MAX_DEPTH) {
      throw error(at, "expression nested more than " + MAX_DEPTH + " levels deep / 表达式嵌套超过 "
          + MAX_DEPTH + " 层");
    }
    try {
      Expr e = term();
      while (peek().is("+") || peek().is("-")) {
        Token opTok = next();
        operator(opTok);
        e = new Expr.Bin(opTok.text().charAt(0), e, term());
      }
      return e;
    } finally {
      depth--;
    }
  }

  private void operator(Token t) {
    if (++operators > MAX_OPERATORS) {
      throw error(t, "expression has more than " + MAX_OPERATORS + " operators / 表达式运算符超过 "
          + MAX_OPERATORS + " 个");
    }
  }

  private Expr term() {
    Expr e = unary();
    while (peek().is("*") || peek().is("/")) {
      Token opTok = next();
      operator(opTok);
      e = new Expr.Bin(opTok.text().charAt(0), e, unary());
    }
    return e;
  }

  private Expr unary() {
    if (peek().is("-")) {
      Token t = next();
      if (++depth > MAX_DEPTH) {
        throw error(t, "expression nested more than " + MAX_DEPTH + " levels deep / 表达式嵌套超过 "
            + MAX_DEPTH + " 层");
      }
      try {
        return new Expr.Neg(unary());
      } finally {
        depth--;
      }
    }
    return primary();
  }

  private Expr primary() {
    Token t = next();
    if (t.kind() == Kind.NUMBER) {
      if (t.text().length() > 100) {
        throw error(t, "number longer than 100 characters / 数字超过 100 位");
      }
      try {
        return new Expr.Num(new BigDecimal(t.text()));
      } catch (NumberFormatException e) {
        throw error(t, "malformed number " + t + " / 数字格式错误");
      }
    }
    if (t.is("(")) {
      Expr e = expr();
      expect(")");
      return e;
    }
    if (t.is("sum") && peek().is("(")) {
      next();
      List<Expr> terms = new ArrayList<>();
      terms.add(expr());
      while (peek().is(",")) {
        next();
        terms.add(expr());
      }
      expect(")");
      return new Expr.Sum(terms);
    }
    if (t.is("cell") && peek().is("(")) {
      next();
      return cell();
    }
    if (t.kind() == Kind.WORD && peek().is("{")) {
      return factRef(t);
    }
    throw error(t, "expected a number, '(', sum(…), cell(…) or a fact such as EXPENDITURE{…} but found "
        + t + " / 此处应为数字、括号、sum(…)、cell(…) 或数据引用");
  }

  private Expr factRef(Token conceptTok) {
    Concept concept = null;
    for (Concept c : Concept.values()) {
      if (c.name().equals(conceptTok.text()) || c.zh().equals(conceptTok.text())) {
        concept = c;
      }
    }
    if (concept == null) {
      throw error(conceptTok, "unknown concept " + conceptTok + "; known: " + List.of(Concept.values())
          + " / 未知的数据概念");
    }
    expect("{");
    Coordinates c = Coordinates.EMPTY;
    if (!peek().is("}")) {
      while (true) {
        Token dt = peek();
        FactDimension d = dimension();
        if (c.has(d)) {
          throw error(dt, "dimension " + d + " given twice / 维度重复");
        }
        expect("=");
        Token m = next();
        if (m.kind() == Kind.EOF || m.kind() == Kind.SYMBOL) {
          throw error(m, "expected a member after '=' / = 后应为成员");
        }
        checkMember(d, m);
        c = c.with(d, m.text());
        if (peek().is(",")) {
          next();
          continue;
        }
        break;
      }
    }
    expect("}");
    return new Expr.FactRef(concept, c);
  }

  private void checkMember(FactDimension d, Token m) {
    Class<? extends Enum<?>> e = switch (d) {
      case FUND_SOURCE -> FundSource.class;
      case SPENDING_TYPE -> SpendingType.class;
      case THREE_PUBLIC_ITEM -> ThreePublicItem.class;
      case PROCUREMENT_TYPE -> ProcurementType.class;
      case PERIOD -> FiscalPeriod.class;
      default -> null;
    };
    if (e == null) {
      return;
    }
    for (Enum<?> k : e.getEnumConstants()) {
      if (k.name().equals(m.text())) {
        return;
      }
    }
    throw error(m, "unknown member " + m + " of " + d + "; known: " + List.of(e.getEnumConstants())
        + " / 未知的维度成员");
  }

  private Expr cell() {
    String table = tableRef();
    expect(",");
    String code = null;
    String label = null;
    Integer rowNo = null;
    Token r = next();
    if (r.is("row") || r.is("行")) {
      Token v = next();
      if (v.kind() == Kind.NUMBER) {
        code = v.text();
      } else if (v.kind() == Kind.STRING || v.kind() == Kind.WORD) {
        label = v.text();
      } else {
        throw error(v, "expected a code or label after 'row' / row 后应为科目编码或名称");
      }
    } else if (r.text().startsWith("行次")) {
      rowNo = intAfter(r, "行次");
    } else {
      throw error(r, "expected 'row CODE', 'row \"label\"' or '行次 N' but found " + r
          + " / 此处应为 row 或 行次");
    }
    expect(",");
    String col = null;
    String colNo = null;
    Token c = next();
    if (c.is("col") || c.is("column") || c.is("列")) {
      Token v = next();
      if (v.kind() != Kind.STRING && v.kind() != Kind.WORD) {
        throw error(v, "expected a column header after 'col' / col 后应为栏目名称");
      }
      col = v.text();
    } else if (c.text().startsWith("栏次")) {
      colNo = String.valueOf(intAfter(c, "栏次"));
    } else {
      throw error(c, "expected 'col \"header\"' or '栏次 N' but found " + c + " / 此处应为 col 或 栏次");
    }
    expect(")");
    return new Expr.Cell(table, code, label, rowNo, col, colNo);
  }

  private int intAfter(Token t, String prefix) {
    String rest = t.text().substring(prefix.length());
    Token numTok = t;
    if (rest.isEmpty()) {
      numTok = next();
      rest = numTok.text();
    }
    try {
      return Integer.parseInt(rest);
    } catch (NumberFormatException e) {
      throw error(numTok, "expected a number after " + prefix + " / " + prefix + " 后应为数字");
    }
  }

  private String tableRef() {
    Token t = next();
    if (t.kind() != Kind.WORD && t.kind() != Kind.STRING) {
      throw error(t, "expected a table kind or title but found " + t + " / 此处应为表格类型或标题");
    }
    return t.text();
  }

  private FactDimension dimension() {
    Token t = next();
    for (FactDimension d : FactDimension.values()) {
      if (d.name().equals(t.text()) || d.zh().equals(t.text())) {
        return d;
      }
    }
    throw error(t, "unknown dimension " + t + "; known: " + List.of(FactDimension.values()) + " / 未知的维度");
  }

  private String word(String what) {
    Token t = next();
    if (t.kind() != Kind.WORD || CLAUSES.contains(t.text()) && !what.equals("category")) {
      throw error(t, "expected a " + what + " but found " + t + " / 此处应为名称");
    }
    return t.text();
  }

  private String string(String clause) {
    Token t = next();
    if (t.kind() != Kind.STRING) {
      throw error(t, "expected a quoted text after '" + clause + "' but found " + t + " / " + clause
          + " 后应为带引号的文字");
    }
    return t.text();
  }

  private void expect(String sym) {
    Token t = next();
    if (!t.is(sym)) {
      throw error(t, "expected '" + sym + "' but found " + t + " / 此处应为 " + sym);
    }
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token next() {
    Token t = tokens.get(pos);
    if (t.kind() != Kind.EOF) {
      pos++;
    }
    return t;
  }

  private RuleSyntaxException error(Token t, String message) {
    return new RuleSyntaxException(source, t.line(), t.column(), message);
  }
}
