package dev.yusuan.io.internal;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Claim;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.PerformanceTarget;
import dev.yusuan.model.Provenance;
import dev.yusuan.model.Section;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Locations of a document read from a laid-out text, moved to the lines of the source they were laid
 * out from (a web page's lines, a Word document's paragraphs): every provenance with a line (facts, diagnostics, claims, targets, sections, tables).
 * A provenance shared by several facts (a row's) is moved once and stays shared.
 */
public final class Relocate {
  private Relocate() {}

  /**
   * @param d the document as read from the text
   * @param sourceLines for text line {@code k} (from 1), the source line at index {@code k - 1}
   * @return the document with source lines
   */
  public static BudgetDocument toSource(BudgetDocument d, int[] sourceLines) {
    Map<Provenance, Provenance> moved = new IdentityHashMap<>();
    Function<Provenance, Provenance> at = p -> moved.computeIfAbsent(p, q -> move(q, sourceLines));
    return BudgetDocument.builder().from(d)
        .facts(each(d.facts(), Fact::provenance, at, (f, p) -> Fact.builder().from(f).provenance(p).build()))
        .diagnostics(each(d.diagnostics(), Diagnostic::location, at,
            (x, p) -> Diagnostic.builder().from(x).location(p).build()))
        .claims(each(d.claims(), Claim::provenance, at, (c, p) -> Claim.builder().from(c).provenance(p).build()))
        .targets(each(d.targets(), PerformanceTarget::provenance, at,
            (t, p) -> PerformanceTarget.builder().from(t).provenance(p).build()))
        .sections(each(d.sections(), Section::provenance, at,
            (s, p) -> Section.builder().from(s).provenance(p).build()))
        .tables(each(d.tables(), DisclosureTable::provenance, at,
            (t, p) -> DisclosureTable.builder().from(t).provenance(p).build()))
        .build();
  }

  /** Each item with its provenance moved; an item whose provenance stays is kept as it is. */
  private static <T> List<T> each(List<T> items, Function<T, Provenance> of, Function<Provenance, Provenance> at,
      BiFunction<T, Provenance, T> with) {
    List<T> out = new ArrayList<>(items.size());
    for (T item : items) {
      Provenance p = of.apply(item);
      Provenance q = at.apply(p);
      out.add(q == p ? item : with.apply(item, q));
    }
    return out;
  }

  private static Provenance move(Provenance p, int[] sourceLines) {
    if (p.line().isEmpty()) {
      return p;
    }
    int k = p.line().getAsInt();
    if (k < 1 || k > sourceLines.length || sourceLines[k - 1] == k) {
      return p;
    }
    // a span counts characters of the laid-out line, not of the source: it no longer applies
    return Provenance.builder().from(p).line(sourceLines[k - 1]).spanStart(java.util.OptionalInt.empty())
        .spanEnd(java.util.OptionalInt.empty()).build();
  }
}
