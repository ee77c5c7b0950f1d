package dev.yusuan.io.tables.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yusuan.model.FactDimension;
import dev.yusuan.model.layout.ColumnRule;
import dev.yusuan.model.layout.HeaderLexicon;
import dev.yusuan.model.layout.Layout;
import dev.yusuan.model.layout.Layouts;
import dev.yusuan.model.layout.Mapping;
import dev.yusuan.model.layout.RowRule;
import dev.yusuan.model.layout.Section;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The column headers and row labels harvested from real disclosures of regions the layouts were not tuned on
 * ({@code real-names/headers.tsv}: document kind, table, side, name, what it means, where it was seen) run through
 * what the readers use: the document's set of layouts ({@link TableAssembly#layouts}), the table's layout
 * ({@link TableAssembly#recognise}, by the template's title and header), then the layout's {@link Section}: the
 * section owning the column ({@link Section#owns}), its stub and text columns ({@link Section#headerIs}, a rate
 * header), its {@link ColumnRule}s ({@link Section#columnRule}, through the {@link HeaderLexicon}) and, for a
 * row, its total labels and {@link RowRule}s ({@link Section#rowRule}). The mapping read is the section's
 * concept and base coordinates, then the rule's, as {@code TableMapper} merges them.
 *
 * <p>Verdicts: right (the concept and coordinates the name means, or the role: code, label, text, total, a
 * function name; or, for a name no layout describes, unknown); unknown (its amounts are reported unread: a
 * gap, not an error); WRONG (mapped to another concept or coordinates: its amounts would become wrong facts).
 * docs/layouts.md ("Real column headers and row labels") holds the figures.
 */
class RealHeadersTest {
  /** Names read right: the floor reached (a regression fails). */
  private static final int RIGHT_FLOOR = 125;

  private static final dev.yusuan.model.Catalogue CATALOGUE = dev.yusuan.model.Catalogue.standard();

  record Name(String doc, String table, String where, String name, String means, String source, String title) {
    boolean isFinal() {
      return doc.equals("final");
    }

    boolean isRow() {
      return where.startsWith("row");
    }

    /** The side of a two-sided table the row or column belongs to (收入 / 支出), or empty. */
    String side() {
      int i = where.indexOf(':');
      return i < 0 ? "" : where.substring(i + 1);
    }
  }

  record Outcome(Name name, String layout, String read, String verdict) {}

  static List<Name> names() throws IOException {
    List<Name> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
        RealHeadersTest.class.getResourceAsStream("/real-names/headers.tsv")), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        assertTrue(f.length == 6 || f.length == 7, "doc, table, where, name, means, source[, title]: " + line);
        out.add(new Name(f[0], f[1], f[2], f[3].replace("\\n", "\n"), f[4], f[5], f.length == 7 ? f[6] : ""));
      }
    }
    return out;
  }

  /** The template's title of each table (what the documents of RealNamesTest print). */
  static String title(String table, boolean isFinal) {
    return switch (table) {
      case "summary" -> isFinal ? "收入支出决算总表" : "部门收支总表";
      case "revenue" -> isFinal ? "收入决算表" : "部门收入总表";
      case "expenditure" -> isFinal ? "支出决算表" : "部门支出总表";
      case "fiscal-summary" -> isFinal ? "财政拨款收入支出决算总表" : "财政拨款收支总表";
      case "gpb" -> isFinal ? "一般公共预算财政拨款支出决算表" : "一般公共预算支出表";
      case "gpb-basic" -> isFinal ? "一般公共预算财政拨款基本支出决算表" : "一般公共预算基本支出表";
      case "three-public" -> isFinal ? "一般公共预算财政拨款“三公”经费支出决算表" : "一般公共预算“三公”经费支出表";
      case "gov-fund" -> isFinal ? "政府性基金预算财政拨款收入支出决算表" : "政府性基金预算支出表";
      case "state-capital" -> isFinal ? "国有资本经营预算财政拨款支出决算表" : "国有资本经营预算支出表";
      default -> throw new IllegalArgumentException(table);
    };
  }

  private static final List<String> TABLES = List.of("summary", "revenue", "expenditure", "fiscal-summary", "gpb",
      "gpb-basic", "three-public", "gov-fund", "state-capital");

  /** The layouts a document of the template's tables is read with (as RealNamesTest chooses them). */
  static Layouts set(boolean isFinal) {
    List<String> titles = TABLES.stream().map(t -> dev.yusuan.model.Names.key(title(t, isFinal))).toList();
    List<List<List<String>>> headers = TABLES.stream().map(t -> RealNamesTest.header(t, isFinal)).toList();
    return TableAssembly.layouts(isFinal, isFinal, titles, headers);
  }

  /** What the layout reads from a column with this header path: a role, a mapping, or empty (unknown). */
  static Optional<String> column(Layout l, Name n) {
    List<String> path = new ArrayList<>(Arrays.asList(n.name().split("/")));
    for (Section s : l.sections()) {
      List<String> p = path;
      if (s.header().isPresent() && !n.side().isEmpty()) {
        continue; // a side given as where=column:<side> is not used: columns name their side in the path
      }
      if (!s.owns(p)) {
        continue;
      }
      if (Section.headerIs(p, s.codeColumn())) {
        return Optional.of("code");
      }
      if (Section.headerIs(p, s.labelColumn())) {
        return Optional.of("label");
      }
      if (Section.headerIs(p, s.unitColumn()) || Section.headerIs(p, s.projectColumn())) {
        return Optional.of("label");
      }
      if (HeaderLexicon.isRateHeader(p)
          || s.textColumns().stream().anyMatch(t -> Section.headerIs(p, Optional.of(t)))) {
        return Optional.of("text");
      }
      Optional<ColumnRule> r = s.columnRule(p);
      if (r.isPresent()) {
        return Optional.of(render(new Mapping(Optional.of(s.concept()), s.base()).then(r.get().mapping())));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** What the layout reads from a row with this label (after the anchor {@code a>label}, if given). */
  static Optional<String> row(Layout l, Name n) {
    String label = n.name();
    String anchor = null;
    int gt = label.indexOf('>');
    if (gt >= 0) {
      anchor = RowRule.labelKey(label.substring(0, gt));
      label = label.substring(gt + 1);
    }
    for (Section s : l.sections()) {
      if (!n.side().isEmpty() && s.header().isPresent()
          && !HeaderLexicon.canonical(s.header().get()).equals(HeaderLexicon.canonical(n.side()))) {
        continue;
      }
      if (s.isTotal(label)) {
        return Optional.of("total");
      }
      Optional<RowRule> r = s.rowRule(label, anchor);
      if (r.isPresent()) {
        return Optional.of(render(new Mapping(Optional.of(s.concept()), s.base()).then(r.get().mapping())));
      }
      // a function's name is resolved by the catalogue (codes printed elsewhere first); any other is an unmapped row
      return s.namesDimension().isPresent() && !CATALOGUE.findByName(dev.yusuan.model.Scheme.FUNCTION,
          RowRule.labelKey(label), 2024).isEmpty() ? Optional.of("names") : Optional.empty();
    }
    return Optional.empty();
  }

  /** A mapping as {@code CONCEPT DIM=MEMBER …} (coordinates sorted). */
  static String render(Mapping m) {
    TreeSet<String> coords = new TreeSet<>();
    for (Map.Entry<FactDimension, String> e : m.coordinates().asMap().entrySet()) {
      coords.add(e.getKey().name() + "=" + e.getValue());
    }
    return m.concept().map(Enum::name).orElse("?") + (coords.isEmpty() ? "" : " " + String.join(" ", coords));
  }

  /** Whether what was read is what the name means ({@code means}: a role, or [CONCEPT] coordinates, - = none). */
  static boolean same(String read, String means) {
    if (!read.contains("=") && !Character.isUpperCase(read.charAt(0)) || means.equals("code")
        || means.equals("label") || means.equals("text") || means.equals("total") || means.equals("names")) {
      return read.equals(means);
    }
    List<String> r = new ArrayList<>(Arrays.asList(read.split(" ")));
    String concept = r.remove(0);
    TreeSet<String> expected = new TreeSet<>();
    String expectedConcept = null;
    for (String t : means.equals("-") ? new String[0] : means.split(" ")) {
      if (t.contains("=")) {
        expected.add(t);
      } else {
        expectedConcept = t;
      }
    }
    return (expectedConcept == null || expectedConcept.equals(concept)) && expected.equals(new TreeSet<>(r));
  }

  static List<Outcome> outcomes() throws IOException {
    Map<Boolean, Layouts> sets = Map.of(false, set(false), true, set(true));
    List<Outcome> out = new ArrayList<>();
    for (Name n : names()) {
      boolean isFinal = n.isFinal();
      String title = n.title().isEmpty() ? title(n.table(), isFinal) : n.title();
      Optional<Layout> l = TableAssembly.recognise(sets.get(isFinal), isFinal, dev.yusuan.model.Names.key(title),
          RealNamesTest.header(n.table(), isFinal));
      Optional<String> read = l.flatMap(x -> n.isRow() ? row(x, n) : column(x, n));
      boolean other = n.means().startsWith("other:");
      String verdict = read.isEmpty() ? (other ? "right" : "unknown")
          : other || !same(read.get(), n.means()) ? "WRONG" : "right";
      out.add(new Outcome(n, l.map(Layout::kind).orElse("-"), read.orElse("-"), verdict));
    }
    return out;
  }

  @Test
  void harvestedHeadersAndLabelsAreReadAsWhatTheyMeanOrUnknownNeverAsAnother() throws IOException {
    List<Outcome> outcomes = outcomes();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Outcome o : outcomes) {
      counts.merge(o.verdict(), 1, Integer::sum);
      System.out.printf("%-8s %-18s %-8s %-24s %-46s read %s%n", o.verdict(), o.layout(), o.name().where(),
          o.name().name().replace("\n", "⏎"), o.name().means(), o.read());
    }
    System.out.println("real headers: " + outcomes.size() + " names, " + counts);
    List<Outcome> wrong = outcomes.stream().filter(o -> o.verdict().equals("WRONG")).toList();
    assertTrue(wrong.isEmpty(), "read as another concept: " + wrong);
    int right = counts.getOrDefault("right", 0);
    assertTrue(right >= RIGHT_FLOOR, right + " read right, below the floor " + RIGHT_FLOOR);
  }

  @Test
  void theHarvestCoversFourRegionsAndAHundredNames() throws IOException {
    List<Name> names = names();
    assertTrue(names.stream().map(n -> n.doc() + n.table() + n.where() + n.name()).distinct().count() >= 100);
    assertEquals(4, names.stream().map(Name::source).filter(s -> s.endsWith("]"))
        .map(s -> s.substring(s.lastIndexOf('[') + 1, s.length() - 1)).distinct().count());
  }
}
