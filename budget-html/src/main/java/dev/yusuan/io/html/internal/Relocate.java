package dev.yusuan.io.html.internal;

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
import java.util.function.Function;

/**
 * Locations of a document read from a laid-out text, moved to the lines of the source they were laid
 * out from: every provenance with a line (facts, diagnostics, claims, targets, sections, tables).
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
    List<Fact> facts = new ArrayList<>(d.facts().size());
    for (Fact f : d.facts()) {
      Provenance p = at.apply(f.provenance());
      facts.add(p == f.provenance() ? f : Fact.builder().from(f).provenance(p).build());
    }
    List<Diagnostic> diags = new ArrayList<>(d.diagnostics().size());
    for (Diagnostic x : d.diagnostics()) {
      Provenance p = at.apply(x.location());
      diags.add(p == x.location() ? x : Diagnostic.builder().from(x).location(p).build());
    }
    List<Claim> claims = new ArrayList<>(d.claims().size());
    for (Claim c : d.claims()) {
      Provenance p = at.apply(c.provenance());
      claims.add(p == c.provenance() ? c : Claim.builder().from(c).provenance(p).build());
    }
    List<PerformanceTarget> targets = new ArrayList<>(d.targets().size());
    for (PerformanceTarget t : d.targets()) {
      Provenance p = at.apply(t.provenance());
      targets.add(p == t.provenance() ? t : PerformanceTarget.builder().from(t).provenance(p).build());
    }
    List<Section> sections = new ArrayList<>(d.sections().size());
    for (Section s : d.sections()) {
      Provenance p = at.apply(s.provenance());
      sections.add(p == s.provenance() ? s : Section.builder().from(s).provenance(p).build());
    }
    List<DisclosureTable> tables = new ArrayList<>(d.tables().size());
    for (DisclosureTable t : d.tables()) {
      Provenance p = at.apply(t.provenance());
      tables.add(p == t.provenance() ? t : DisclosureTable.builder().from(t).provenance(p).build());
    }
    return BudgetDocument.builder().from(d).facts(facts).diagnostics(diags).claims(claims).targets(targets)
        .sections(sections).tables(tables).build();
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
