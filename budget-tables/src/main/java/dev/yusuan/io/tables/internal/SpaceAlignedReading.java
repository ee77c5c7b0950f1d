package dev.yusuan.io.tables.internal;

import dev.yusuan.io.text.AlignedTextReader;
import dev.yusuan.io.text.SpaceAligned;
import dev.yusuan.model.BudgetDocument;
import dev.yusuan.model.Catalogue;
import dev.yusuan.model.Diagnostic;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Provenance;
import java.util.ArrayList;
import java.util.List;

/**
 * The space-aligned text reader ({@link AlignedTextReader}, a service): the text's pages of positioned
 * segments ({@link AlignedPages}) go through the same stages as a PDF's ({@link TableAssembly}, codes
 * {@code layout.*}): tables found by caption, title and unit lines, headers rebuilt, wrapped labels
 * joined, tables continued over pages merged, layouts recognised by content, the narrative read for
 * claims. A line outside every table that is laid out as a table row is {@code layout.unplaced-row}
 * (ERROR), so a document with a row no table took is never read completely.
 */
public final class SpaceAlignedReading implements AlignedTextReader {
  /** The service instance (found by {@link java.util.ServiceLoader}). */
  public SpaceAlignedReading() {}

  @Override
  public BudgetDocument read(String text, String source, Catalogue catalogue) {
    AlignedPages.Result pages = AlignedPages.read(text);
    TableAssembly assembly = new TableAssembly("layout");
    assembly.addPages(source, pages.pages());
    BudgetDocument d = assembly.finish(source, catalogue);
    List<SpaceAligned.PrintedLine> outside = new ArrayList<>();
    java.util.Map<Integer, Integer> pageOf = new java.util.HashMap<>();
    for (TableAssembly.Narrative n : assembly.narratives()) {
      for (TextLine l : n.lines()) {
        outside.add(new SpaceAligned.PrintedLine(l.index(), pages.lines().get(l.index() - 1)));
        pageOf.put(l.index(), l.page());
      }
    }
    List<Fact> narrative = d.facts().stream().filter(f -> f.provenance().tableId().isEmpty()).toList();
    List<Diagnostic> said = d.diagnostics().stream().filter(x -> x.code().startsWith("narrative.")).toList();
    List<Diagnostic> unread = SpaceAligned.unread(outside, narrative, said, source);
    if (unread.isEmpty()) {
      return d;
    }
    BudgetDocument.Builder b = BudgetDocument.builder().from(d);
    for (Diagnostic x : unread) {
      Provenance at = x.location();
      Integer page = at.line().isPresent() ? pageOf.get(at.line().getAsInt()) : null;
      b.addDiagnostics(page == null ? x
          : Diagnostic.builder().from(x).location(Provenance.builder().from(at).page(page).build()).build());
    }
    return b.build();
  }
}
