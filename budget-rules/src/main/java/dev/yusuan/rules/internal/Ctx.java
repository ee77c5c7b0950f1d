package dev.yusuan.rules.internal;

import dev.yusuan.model.Amount;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Fact;
import dev.yusuan.model.FactSet;
import dev.yusuan.model.MoneyUnit;
import dev.yusuan.model.Percentage;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Severity;
import dev.yusuan.model.Interval;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.rules.Finding;
import dev.yusuan.rules.Rule;
import dev.yusuan.rules.RuleContext;
import dev.yusuan.rules.Scope;
import dev.yusuan.rules.TolerancePolicy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The evaluation context of one rule on one document, with the helpers the standard checks use. */
public final class Ctx implements RuleContext {
  /** A finding with what root-cause analysis needs. */
  public record Emitted(Finding finding, List<Val.Term> terms, Interval residual) {}

  private final DocIndex index;
  private final TolerancePolicy tolerance;
  private final Rule rule;
  private final List<Emitted> sink;
  private List<Fact> scoped;
  /** Whether each table met so far is in the rule's scope (by identity: titles are not compared twice). */
  private final Map<DisclosureTable, Boolean> tablesInScope = new IdentityHashMap<>();
  private String plainUnit;

  private final Catalogue catalogue;

  public Ctx(DocIndex index, TolerancePolicy tolerance, Rule rule, List<Emitted> sink) {
    this(index, tolerance, Catalogue.standard(), rule, sink);
  }

  public Ctx(DocIndex index, TolerancePolicy tolerance, Catalogue catalogue, Rule rule, List<Emitted> sink) {
    this.index = index;
    this.tolerance = tolerance;
    this.catalogue = catalogue;
    this.rule = rule;
    this.sink = sink;
  }

  @Override
  public Catalogue catalogue() {
    return catalogue;
  }

  public DocIndex index() {
    return index;
  }

  @Override
  public BudgetDocument document() {
    return index.document();
  }

  @Override
  public FactSet facts() {
    return index.facts();
  }

  @Override
  public List<Fact> scopedFacts() {
    if (scoped == null) {
      List<Fact> l = new ArrayList<>();
      for (Fact f : index.facts()) {
        if (inScope(f)) {
          l.add(f);
        }
      }
      scoped = l;
    }
    return scoped;
  }

  /**
   * Whether the rule's scope and condition include {@code f}: {@code scope().includes(f, table of f)}
   * and {@code condition().test(f)}, with the table part decided once per table (it normalises the
   * table's title).
   */
  public boolean inScope(Fact f) {
    Scope scope = rule.scope();
    if (!scope.concepts().contains(f.concept())) {
      return false;
    }
    String id = f.provenance().tableId().orElse(null);
    DisclosureTable t = id == null ? null : index.table(id);
    boolean table = t == null ? scope.includes(f, null) : tablesInScope.computeIfAbsent(t, scope::includes);
    return table && rule.condition().test(f);
  }

  @Override
  public List<DisclosureTable> tables() {
    return document().tables().stream().filter(t -> rule.scope().includes(t)).toList();
  }

  /** DisclosureTable groups in scope. */
  public List<DocIndex.TableGroup> groups() {
    return index.groups().stream().filter(g -> rule.scope().includes(g.first())).toList();
  }

  @Override
  public TolerancePolicy tolerance() {
    return tolerance;
  }

  @Override
  public Rule rule() {
    return rule;
  }

  public MoneyUnit unit() {
    return document().unit();
  }

  /**
   * Declares the display unit of the plain (non-money) values this rule compares, e.g. {@code %} for
   * shares and percent changes; without it they are shown as bare numbers.
   */
  public Ctx plainUnit(String unit) {
    this.plainUnit = unit;
    return this;
  }

  @Override
  public Finding.Builder finding() {
    Finding.Builder b = Finding.builder().ruleId(rule.id()).severity(rule.severity());
    rule.hint().or(rule::reason).ifPresent(b::hint);
    return b;
  }

  @Override
  public void report(Finding finding) {
    sink.add(new Emitted(finding, List.of(), null));
  }

  public void report(Finding finding, List<Val.Term> terms, Interval residual) {
    sink.add(new Emitted(finding, terms, residual));
  }

  // ---------------------------------------------------------------- values

  /** A published fact as a value in 元 under the tolerance policy. */
  public Val money(Fact f) {
    return money(f.amount(), f.provenance());
  }

  /** The members numbered for the hierarchy rules of this validation. */
  Members members() {
    return index.members();
  }

  /**
   * The intervals of a table group's facts under this validation's tolerance policy (in 元), by
   * position in {@link DocIndex.TableGroup#facts()}, filled on demand ({@link #moneyInterval} of each)
   * and shared by the rules of the validation: a cell summed by several hierarchy rules is turned into
   * an interval once. A column of primitive bounds, not an {@link Interval} per fact: it lives as long
   * as the validation, and a million objects in it were copied by every young collection.
   */
  Interval.Column moneyCache(DocIndex.TableGroup g) {
    return index.moneyCache(g, tolerance);
  }

  public Val money(Amount a, Provenance at) {
    return Val.published(moneyInterval(a), a.inYuan(), step(a), true, at);
  }

  /** The interval in 元 of a published amount under the tolerance policy (that of {@link #money}). */
  public Interval moneyInterval(Amount a) {
    return tolerance.usesIntervals() ? a.interval(MoneyUnit.YUAN) : a.exactInterval(MoneyUnit.YUAN);
  }

  /** Steps (one last published digit, in 元) by unit ordinal and scale. */
  private static final BigDecimal[][] STEPS = new BigDecimal[MoneyUnit.values().length][24];

  static {
    for (MoneyUnit u : MoneyUnit.values()) {
      for (int s = 0; s < STEPS[u.ordinal()].length; s++) {
        STEPS[u.ordinal()][s] = u.convert(BigDecimal.ONE.movePointLeft(s), MoneyUnit.YUAN);
      }
    }
  }

  /** One last published digit of {@code a}, in 元. */
  private static BigDecimal step(Amount a) {
    int s = a.scale();
    BigDecimal[] byScale = STEPS[a.unit().ordinal()];
    return s < byScale.length ? byScale[s] : a.unit().convert(BigDecimal.ONE.movePointLeft(s), MoneyUnit.YUAN);
  }

  /** A published percentage (in percent) under the tolerance policy. */
  public Val percent(Percentage p, Provenance at) {
    BigDecimal step = BigDecimal.ONE.movePointLeft(p.scale());
    Interval iv = tolerance.kind() == TolerancePolicy.Kind.EXACT ? Interval.point(p.value()) : p.interval();
    return Val.published(iv, p.value(), step, false, at);
  }

  public BigDecimal slack(Val v) {
    return v.money() ? tolerance.slackYuan() : BigDecimal.ZERO;
  }

  // ---------------------------------------------------------------- comparisons

  /**
   * Compares and reports a finding when the check fails. {@code what} names the check in messages.
   * Returns the outcome.
   */
  public Outcome compare(String whatZh, String whatEn, Val reported, Relation rel, Val computed,
      List<Provenance> locations, String explainZh, String explainEn) {
    Outcome o = Judge.compare(reported, rel, computed, slack(reported));
    if (o.pass()) {
      return o;
    }
    emitComparison(whatZh, whatEn, reported, rel, computed, o, locations, explainZh, explainEn, null);
    return o;
  }

  /** Reports a failed comparison; {@code severity} overrides the near-miss grading when not null. */
  public void emitComparison(String whatZh, String whatEn, Val reported, Relation rel, Val computed,
      Outcome o, List<Provenance> locations, String explainZh, String explainEn, Severity severity) {
    MoneyUnit u = unit();
    boolean money = reported.money() || computed.money();
    String pu = plainUnit == null ? "" : plainUnit;
    Map<String, String> ph = new LinkedHashMap<>();
    ph.put("what", whatZh);
    ph.put("reported", Fmt.val(reported, u, pu));
    ph.put("computed", Fmt.val(computed, u, pu));
    ph.put("difference", Fmt.amount(o.difference(), money, u, pu));
    ph.put("allowance", Fmt.amount(o.allowance(), money, u, pu));
    ph.put("gap", Fmt.amount(o.gap(), money, u, pu));
    ph.put("relation", rel.symbol());
    ph.put("cell", locations.isEmpty() ? "" : Fmt.cell(locations.get(0)));
    String zh = render(rule.messageZh().orElse(
        "{what}：报告值 {reported}，应{relation} 计算值 {computed}；相差 {difference}，舍入最多可解释 {allowance}"), ph);
    ph.put("what", whatEn);
    String en = render(rule.messageEn().orElse(
        "{what}: reported {reported} should be {relation} computed {computed}; difference {difference},"
            + " rounding explains at most {allowance}"), ph);
    Severity sev = severity != null ? severity : rule.severity();
    if (severity == null && o.nearMiss()) {
      sev = demote(rule.severity());
      zh += "。差异超出舍入容许范围不到一个末位单位（" + ph.get("gap") + "），很可能是四舍五入所致";
      en += ". The difference exceeds the rounding allowance by at most one last published digit ("
          + ph.get("gap") + "): most likely rounding";
    }
    if (explainZh != null) {
      zh += "。" + explainZh;
      en += ". " + explainEn;
    }
    Finding.Builder fb = finding().severity(sev).messageZh(zh).messageEn(en).addAllLocations(locations);
    if (money) {
      // money is evaluated in 元; findings show it in the document's unit (an exact decimal shift)
      fb.reported(inUnit(reported.iv(), u)).computed(inUnit(computed.iv(), u))
          .difference(MoneyUnit.YUAN.convert(o.difference(), u))
          .roundingAllowance(MoneyUnit.YUAN.convert(o.allowance(), u)).unit(u.symbol());
    } else {
      fb.reported(reported.iv()).computed(computed.iv()).difference(o.difference())
          .roundingAllowance(o.allowance());
      if (plainUnit != null) {
        fb.unit(plainUnit);
      }
    }
    Finding f = fb.build();
    List<Val.Term> terms = new ArrayList<>(reported.terms());
    for (Val.Term t : computed.terms()) {
      terms.add(new Val.Term(t.at(), -t.sign()));
    }
    report(f, terms, rel == Relation.EQ ? o.residual() : null);
  }

  /** Reports a plain finding at the rule's severity (or {@code severity} when given). */
  public void emit(Severity severity, String zh, String en, List<Provenance> locations) {
    Finding.Builder b = finding().messageZh(zh).messageEn(en).addAllLocations(locations);
    if (severity != null) {
      b.severity(severity);
    }
    report(b.build());
  }

  private static Interval inUnit(Interval yuan, MoneyUnit u) {
    return Interval.of(MoneyUnit.YUAN.convert(yuan.lo(), u), MoneyUnit.YUAN.convert(yuan.hi(), u));
  }

  public static Severity demote(Severity s) {
    return s == Severity.ERROR ? Severity.WARNING : Severity.INFO;
  }

  static String render(String template, Map<String, String> ph) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int end = c == '{' ? template.indexOf('}', i) : -1;
      if (end > i) {
        String key = template.substring(i + 1, end);
        String v = ph.get(key);
        if (v != null) {
          b.append(v);
          i = end + 1;
          continue;
        }
      }
      b.append(c);
      i++;
    }
    return b.toString();
  }
}
