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
    assembly.displayWidth(pages.wide());
    assembly.addPages(source, pages.pages());
    BudgetDocument d = underNestedHeaders(mergedNumbers(assembly.finish(source, catalogue), pages, source));
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
    // the figures of a table line holding an amount no cell took, or numbers joined into one cell, may sit
    // under the wrong columns: they stay facts but doubtful (no finding on them is an ERROR), and the
    // document is read partly
    java.util.Set<Integer> unplacedLines = new java.util.HashSet<>();
    for (Diagnostic x : unread) {
      if (x.code().equals("layout.unplaced-amount")) {
        x.location().line().ifPresent(unplacedLines::add);
      }
    }
    for (Diagnostic x : d.diagnostics()) {
      if (x.code().equals("layout.merged-numbers")) {
        x.location().line().ifPresent(unplacedLines::add);
      }
    }
    if (unread.isEmpty() && unplacedLines.isEmpty()) {
      return d;
    }
    BudgetDocument.Builder b = BudgetDocument.builder().from(d);
    if (!unplacedLines.isEmpty()) {
      b.facts(d.facts().stream().map(f -> f.provenance().tableId().isPresent()
          && f.provenance().line().isPresent() && unplacedLines.contains(f.provenance().line().getAsInt())
          ? f.asDoubtful() : f).toList());
    }
    for (Diagnostic x : unread) {
      Provenance at = x.location();
      Integer page = at.line().isPresent() ? pageOf.get(at.line().getAsInt()) : null;
      b.addDiagnostics(page == null ? x
          : Diagnostic.builder().from(x).location(Provenance.builder().from(at).page(page).build()).build());
    }
    return b.build();
  }

  /**
   * Conservation of the printed amounts of tables: every amount token of a table line (a segment with a
   * decimal point or separators, or a bare {@code 0}: a zero printed in a 元 table) must be the whole text of a
   * cell of a table row, where the stages count it (a fact, an unread cell of the table's coverage, or a rate,
   * 行次 or code column that holds no amount). A token that is the whole text of no cell (joined to a label,
   * joined to another number, placed under no column) was not read: {@code layout.unplaced-amount}, a WARNING
   * at its line counting the tokens as unread (the document is read partly, as with any amount the reader
   * did not read; the line's facts are made doubtful by {@link #read}). Tokens are matched to cells of their own line first, then to the
   * cells of other lines of the page left unmatched (a row placed at the line of its wrapped label). Linear
   * in the number of segments.
   */
  private static List<Diagnostic> unplaced(AlignedPages.Result pages, java.util.Set<Integer> narrative,
      BudgetDocument d, String source) {
    java.util.Map<Integer, java.util.Map<String, Integer>> cellsAt = new java.util.HashMap<>(); // line → texts
    java.util.Map<Integer, java.util.Map<String, Integer>> cellsOnPage = new java.util.HashMap<>();
    java.util.Map<Integer, List<String>> segments = segmentsByLine(pages);
    java.util.Set<String> misplaced = new java.util.HashSet<>(); // line|text of cells read as misplaced text
    for (Diagnostic x : d.diagnostics()) {
      if (MisplacedText.isMisplaced(x) && x.location().line().isPresent()) {
        misplaced.add(x.location().line().getAsInt() + "|" + x.location().text().orElse("").strip());
      }
    }
    for (dev.yusuan.model.DisclosureTable t : d.tables()) {
      for (dev.yusuan.model.DisclosureTable.Row r : t.rows()) {
        if (r.line().isEmpty()) {
          continue;
        }
        for (String c : r.cells()) {
          String x = c.strip();
          List<String> segs = segments.getOrDefault(r.line().getAsInt(), List.of());
          if (!misplaced.isEmpty() && misplaced.contains(r.line().getAsInt() + "|" + x)) {
            // text shifted under an amount column (MisplacedText): its table counts an amount printed inside it
            for (String a : MisplacedText.amounts(x)) {
              cellsAt.computeIfAbsent(r.line().getAsInt(), k -> new java.util.HashMap<>()).merge(a, 1, Integer::sum);
            }
            continue;
          }
          if (!Emitter.isNumber(x) && ReadingCounter.runTogether(x) > 0 && !segs.contains(x)) {
            // a cell of amounts run together into text that is no number (154.08675.00): its table counts every
            // amount in it as not read (ReadingCounter.runTogether), so they are not counted again where printed
            for (String piece : joined(x, segs)) {
              for (String a : tokens(piece)) {
                cellsAt.computeIfAbsent(r.line().getAsInt(), k -> new java.util.HashMap<>()).merge(a, 1, Integer::sum);
              }
            }
            continue;
          }
          List<String> pieces = Emitter.isNumber(x) && !segs.contains(x) ? joined(x, segs) : List.of();
          if (!pieces.isEmpty()) {
            // a cell joined from several pieces (layout.merged-numbers): its table counts it as one amount
            // not read, the first amount it joins; the others are counted where they are printed
            x = pieces.stream().flatMap(p -> tokens(p).stream()).findFirst().orElse("");
          }
          if (amountToken(x)) {
            cellsAt.computeIfAbsent(r.line().getAsInt(), k -> new java.util.HashMap<>()).merge(x, 1, Integer::sum);
          }
        }
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    for (PageText p : pages.pages()) {
      java.util.Map<Integer, List<String>> lost = new java.util.LinkedHashMap<>();
      for (TextLine l : p.lines()) {
        if (narrative.contains(l.index())) {
          continue;
        }
        java.util.Map<String, Integer> cells = cellsAt.getOrDefault(l.index(), java.util.Map.of());
        java.util.Map<String, Integer> left = new java.util.HashMap<>(cells);
        for (Segment s : l.segments()) {
          for (String a : tokens(s.text())) {
            if (left.getOrDefault(a, 0) > 0) {
              left.merge(a, -1, Integer::sum);
            } else {
              lost.computeIfAbsent(l.index(), k -> new ArrayList<>()).add(a);
            }
          }
        }
        left.forEach((text, n) -> cellsOnPage.computeIfAbsent(p.page(), k -> new java.util.HashMap<>())
            .merge(text, n, Integer::sum));
      }
      java.util.Map<String, Integer> spare = cellsOnPage.getOrDefault(p.page(), new java.util.HashMap<>());
      for (java.util.Map.Entry<Integer, List<String>> e : lost.entrySet()) {
        List<String> amounts = new ArrayList<>();
        for (String a : e.getValue()) {
          if (spare.getOrDefault(a, 0) > 0) {
            spare.merge(a, -1, Integer::sum); // a cell of the page holds it, at another line
          } else {
            amounts.add(a);
          }
        }
        if (amounts.isEmpty()) {
          continue;
        }
        String shown = String.join(" | ", amounts);
        out.add(Diagnostic.builder().severity(dev.yusuan.model.Severity.WARNING).code("layout.unplaced-amount")
            .messageZh("表格行中的数额未能归入任何单元格，未读取: " + shown)
            .messageEn("amounts of a table line placed in no cell; not read: " + shown)
            .location(Provenance.builder().source(source).page(p.page()).line(e.getKey())
                .text(pages.lines().get(e.getKey() - 1).strip()).build())
            .unreadAmounts(amounts.size()).build());
      }
    }
    return out;
  }

  /** A printed amount: a decimal point or separators (not a code or a 行次), or a zero printed bare. */
  static boolean amountToken(String s) {
    return Texts.isMoneyLike(s) || s.equals("0");
  }

  /** An amount inside a word: a decimal point or separators, a sign or brackets. */
  private static final java.util.regex.Pattern PIECE = java.util.regex.Pattern.compile(
      "[-\u2212(\uff08]?(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+\\.\\d+)[)\uff09]?");

  /**
   * The amounts a segment prints: itself when it is one; the amounts in a word that starts with a number and is
   * not one (numbers printed without a space between them, {@code 6,834.86(10,607.73)}, or joined to the next
   * column's label); none in a label.
   */
  static List<String> tokens(String segment) {
    if (amountToken(segment)) {
      return List.of(segment);
    }
    if (segment.isEmpty() || !Character.isDigit(segment.charAt(segment.length() > 1
        && "-\u2212(\uff08".indexOf(segment.charAt(0)) >= 0 ? 1 : 0))) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = PIECE.matcher(segment);
    while (m.find()) {
      out.add(m.group());
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
   * columns a header printed askew puts in one, {@code 00}) has no value to trust: it is dropped and the
   * cell is {@code layout.merged-numbers} (a WARNING at its line; read partly, and the other facts of its line
   * doubtful: {@link #read}): no fact is kept, the cell
   * leaves its table's coverage, and the numbers it joins are counted unread at their line ({@link #unplaced}).
   */
  private static BudgetDocument mergedNumbers(BudgetDocument d, AlignedPages.Result pages, String source) {
    java.util.Map<Integer, List<String>> segments = segmentsByLine(pages);
    List<Fact> facts = new ArrayList<>(d.facts().size());
    List<Diagnostic> added = new ArrayList<>();
    java.util.Set<String> touched = new java.util.HashSet<>(); // ids of tables with a cell dropped
    for (Fact f : d.facts()) {
      String t = f.provenance().text().orElse("").strip();
      List<String> segs = f.provenance().line().isPresent()
          ? segments.getOrDefault(f.provenance().line().getAsInt(), List.of()) : List.of();
      // the cell's number is no segment of its line but starts with an amount segment, or is several segments
      // of its line joined: numbers joined (two zeros of neighbouring columns read "00"), or a zero's dash and
      // the next column's amount ("— 150.89", read as a negative)
      // (a table's cell only: a claim of the narrative, 2017年…1,271.22万元, is a sentence, not a cell)
      boolean merged = f.provenance().tableId().isPresent() && !t.isEmpty() && !segs.contains(t)
          && (Emitter.isNumber(t) ? joinsAmounts(t, segs)
              : segs.stream().anyMatch(x -> Texts.isAmount(x) && t.startsWith(x) && t.length() > x.length()));
      if (!merged) {
        facts.add(f);
        continue;
      }
      // not read: no fact; the table counts the cell as an amount not read ({@link #unplaced} counts the other
      // numbers it joins where they are printed)
      f.provenance().tableId().ifPresent(touched::add);
      added.add(Diagnostic.of(dev.yusuan.model.Severity.WARNING, "layout.merged-numbers",
          "一个单元格中的数字由几个数字拼接而成，数值不可信，未读取: " + t, "a cell's number is several numbers "
              + "joined; its value cannot be trusted, not read: " + t, f.provenance()));
    }
    // a cell the stages joined from several numbers of its line into text that is no number at all
    // (154.08  675.00 of two columns under one header position: 154.08675.00) is the same join, not a
    // number the document printed: it is not read either, a WARNING instead of the mapper's bad-number ERROR
    // (which would refuse the whole document with a number it never printed)
    List<Diagnostic> kept = new ArrayList<>(d.diagnostics().size());
    for (Diagnostic x : d.diagnostics()) {
      Provenance at = x.location();
      String t = at.text().orElse("").strip();
      List<String> segs = at.line().isPresent()
          ? segments.getOrDefault(at.line().getAsInt(), List.of()) : List.of();
      if (x.code().endsWith(".bad-number") && at.tableId().isPresent() && !t.isEmpty() && !segs.contains(t)
          && joinsAmounts(t, segs)) {
        at.tableId().ifPresent(touched::add);
        added.add(Diagnostic.of(dev.yusuan.model.Severity.WARNING, "layout.merged-numbers",
            "一个单元格中的文字由几个数字拼接而成，不是一个数值，未读取: " + t, "a cell's text is several numbers "
                + "joined, not one number; not read: " + t, at));
      } else {
        kept.add(x);
      }
    }
    if (added.isEmpty()) {
      return d;
    }
    List<Diagnostic> diagnostics = new ArrayList<>(kept);
    diagnostics.addAll(added);
    List<dev.yusuan.model.DisclosureTable> tables = new ArrayList<>(d.tables().size());
    for (dev.yusuan.model.DisclosureTable t : d.tables()) {
      if (!touched.contains(t.id())) {
        tables.add(t);
        continue;
      }
      ReadingCounter.Result r = ReadingCounter.count(t, facts, diagnostics, source);
      tables.add(r.table());
      added.addAll(r.added());
    }
    return BudgetDocument.builder().from(d).facts(facts).tables(tables).diagnostics(kept)
        .addAllDiagnostics(added).build();
  }

  /**
   * Whether a cell's text is numbers of its line joined: it starts with an amount segment and goes on, or it
   * is several consecutive segments joined ({@link #joined}).
   */
  private static boolean joinsAmounts(String t, List<String> segs) {
    for (String x : segs) {
      if (Texts.isAmount(x) && t.startsWith(x) && t.length() > x.length()) {
        return true;
      }
    }
    return !joined(t, segs).isEmpty();
  }

  private static java.util.Map<Integer, List<String>> segmentsByLine(AlignedPages.Result pages) {
    java.util.Map<Integer, List<String>> segments = new java.util.HashMap<>();
    for (PageText p : pages.pages()) {
      for (TextLine l : p.lines()) {
        segments.put(l.index(), l.segments().stream().map(Segment::text).toList());
      }
    }
    return segments;
  }

  /**
   * The segments of a line a cell's text joins: two or more consecutive segments that, spaces removed and
   * dashes folded, make the cell's text; empty when the cell is no such join. Quadratic in the segments of
   * one line (a few dozen at most).
   */
  static List<String> joined(String cell, List<String> segs) {
    String want = squash(cell);
    for (int a = 0; a < segs.size(); a++) {
      StringBuilder b = new StringBuilder(squash(segs.get(a)));
      if (!want.startsWith(b.toString())) {
        continue;
      }
      for (int z = a + 1; z < segs.size() && b.length() < want.length(); z++) {
        b.append(squash(segs.get(z)));
        if (b.toString().equals(want)) {
          return segs.subList(a, z + 1);
        }
        if (!want.startsWith(b.toString())) {
          break;
        }
      }
    }
    return List.of();
  }

  private static String squash(String s) {
    return dev.yusuan.model.Names.normalize(s).replaceAll("[\\s\u3000]+", "");
  }
}
