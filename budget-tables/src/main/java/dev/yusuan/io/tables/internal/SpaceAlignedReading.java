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
    BudgetDocument d = underNestedHeaders(mergedNumbers(assembly.finish(source, catalogue), pages));
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
    List<Diagnostic> unread = new ArrayList<>(SpaceAligned.unread(outside, narrative, said, source));
    unread.addAll(unplaced(pages, pageOf.keySet(), d, source));
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

  /**
   * The lines of tables (every line outside the narrative) printing an amount that is neither a fact at
   * that line nor on a line a WARNING or ERROR names: the table stages placed it nowhere (a number under a text column,
   * a line joined to another row), so it was not read: {@code layout.unplaced-amount}, ERROR at its line.
   */
  private static List<Diagnostic> unplaced(AlignedPages.Result pages, java.util.Set<Integer> narrative,
      BudgetDocument d, String source) {
    java.util.Set<Integer> located = new java.util.HashSet<>();
    java.util.Set<String> read = new java.util.HashSet<>(); // line|text of every fact
    d.facts().forEach(f -> f.provenance().line().ifPresent(n -> read.add(n + "|" + f.provenance().text().orElse(""))));
    d.diagnostics().stream().filter(x -> x.severity() != dev.yusuan.model.Severity.INFO)
        .forEach(x -> x.location().line().ifPresent(located::add));
    List<Diagnostic> out = new ArrayList<>();
    for (PageText p : pages.pages()) {
      for (TextLine l : p.lines()) {
        if (narrative.contains(l.index()) || located.contains(l.index())) {
          continue;
        }
        List<String> amounts = l.segments().stream().map(Segment::text)
            .filter(t -> Texts.isMoneyLike(t) && !read.contains(l.index() + "|" + t)).toList();
        if (amounts.isEmpty()) {
          continue;
        }
        String shown = String.join(" | ", amounts);
        out.add(Diagnostic.of(dev.yusuan.model.Severity.ERROR, "layout.unplaced-amount",
            "表格行中的数额未能归入任何单元格，未读取: " + shown,
            "amounts of a table line placed in no cell; not read: " + shown,
            Provenance.builder().source(source).page(p.page()).line(l.index())
                .text(pages.lines().get(l.index() - 1).strip()).build()));
      }
    }
    return out;
  }

  /**
   * Figures under a multi-level header are doubtful: character columns place a parent header (基本支出 over
   * 人员经费 | 公用经费) only as well as the text was spaced, and a crowded header shifted by a column puts a
   * figure under its neighbour's heading while the table still looks completely read. Such a figure is
   * read, but a finding resting on it is at most a WARNING ({@code layout.nested-header}, INFO, names the
   * table); figures of tables with one header level keep their certainty.
   */
  private static BudgetDocument underNestedHeaders(BudgetDocument d) {
    java.util.Set<String> nested = new java.util.HashSet<>();
    List<Diagnostic> notes = new ArrayList<>();
    for (dev.yusuan.model.DisclosureTable t : d.tables()) {
      if (t.columns().stream().anyMatch(c -> c.headerPath().size() > 1)) {
        nested.add(t.id());
        notes.add(Diagnostic.of(dev.yusuan.model.Severity.INFO, "layout.nested-header",
            "多层表头按字符列位置还原，本表数值读取存疑，据此的问题至多为警告: " + t.title(),
            "a multi-level header rebuilt from character columns: this table's figures are doubtful and a"
                + " finding resting on them is at most a warning: " + t.title(), t.provenance()));
      }
    }
    if (nested.isEmpty()) {
      return d;
    }
    List<Fact> facts = new ArrayList<>(d.facts().size());
    for (Fact f : d.facts()) {
      facts.add(f.provenance().tableId().filter(nested::contains).isPresent() ? f.asDoubtful() : f);
    }
    return BudgetDocument.builder().from(d).facts(facts).addAllDiagnostics(notes).build();
  }

  /**
   * A fact whose cell holds more than one number ({@code 1,558.20 302}: a number and the next column's code
   * one space apart, joined by the stages into one cell, {@code 1,558.20302}; {@code 0} and {@code 0} of two
   * columns a header printed askew puts in one, {@code 00}) has no value to trust: it becomes doubtful and the
   * cell is {@code layout.merged-numbers} (ERROR at its line; not read completely).
   */
  private static BudgetDocument mergedNumbers(BudgetDocument d, AlignedPages.Result pages) {
    java.util.Map<Integer, List<String>> segments = new java.util.HashMap<>();
    for (PageText p : pages.pages()) {
      for (TextLine l : p.lines()) {
        segments.put(l.index(), l.segments().stream().map(Segment::text).toList());
      }
    }
    List<Fact> facts = new ArrayList<>(d.facts().size());
    List<Diagnostic> added = new ArrayList<>();
    for (Fact f : d.facts()) {
      String t = f.provenance().text().orElse("").strip();
      List<String> segs = f.provenance().line().isPresent()
          ? segments.getOrDefault(f.provenance().line().getAsInt(), List.of()) : List.of();
      // the cell's number is no segment of its line but starts with an amount segment: numbers joined
      // (any number: two zeros of neighbouring columns joined read "00", a zero, and lost the other)
      boolean merged = !t.isEmpty() && !segs.contains(t) && segs.stream()
          .anyMatch(x -> Texts.isAmount(x) && t.startsWith(x) && t.length() > x.length());
      if (!merged) {
        facts.add(f);
        continue;
      }
      facts.add(f.asDoubtful());
      added.add(Diagnostic.of(dev.yusuan.model.Severity.ERROR, "layout.merged-numbers",
          "一个单元格中的数字由几个数字拼接而成，数值不可信，未读取: " + t, "a cell's number is several numbers "
              + "joined; its value cannot be trusted, not read: " + t, f.provenance()));
    }
    if (added.isEmpty()) {
      return d;
    }
    return BudgetDocument.builder().from(d).facts(facts).addAllDiagnostics(added).build();
  }
}
