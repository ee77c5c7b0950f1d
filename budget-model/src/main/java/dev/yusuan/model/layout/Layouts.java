package dev.yusuan.model.layout;

import com.google.common.collect.ImmutableList;
import dev.yusuan.model.Concept;
import dev.yusuan.model.Coordinates;
import dev.yusuan.model.FactDimension;
import dev.yusuan.model.Names;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of {@link Layout}s loaded from a layout file (format: {@code docs/layouts.md}), with
 * recognition of a printed table by title and header.
 */
public final class Layouts {
  private static volatile Layouts zhejiang;
  private static final java.util.concurrent.ConcurrentMap<String, Layouts> RESOURCES =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final ImmutableList<Layout> layouts;
  private volatile java.util.Set<String> vocabulary;

  private Layouts(List<Layout> layouts) {
    this.layouts = ImmutableList.copyOf(layouts);
  }

  /**
   * The Zhejiang budget template (11 standard tables, layout kinds {@code zj.*}).
   *
   * @return the built-in layouts, loaded once from the class path; safe to call from any thread
   */
  public static Layouts zhejiang() {
    Layouts z = zhejiang;
    if (z == null) {
      z = resource("zhejiang.layouts");
      zhejiang = z;
    }
    return z;
  }

  /**
   * Layouts from a resource of this package, e.g. {@code zhejiang.layouts}, parsed once per resource
   * (the readers and the standard rule packs ask for the same files).
   *
   * @param name the resource name, relative to this package
   * @return the parsed layouts
   * @throws IllegalArgumentException if there is no such resource or it is malformed
   * @throws java.io.UncheckedIOException if reading the resource fails
   */
  public static Layouts resource(String name) {
    Layouts l = RESOURCES.get(name);
    if (l == null) {
      l = parseResource(name);
      Layouts before = RESOURCES.putIfAbsent(name, l);
      l = before == null ? l : before;
    }
    return l;
  }

  private static Layouts parseResource(String name) {
    try (InputStream in = Layouts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no layout resource " + name);
      }
      return load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Several layout sets as one (recognition considers all).
   *
   * @param sets the sets, in priority order for equal scores
   * @return a set holding every layout of {@code sets}
   */
  public static Layouts of(Layouts... sets) {
    List<Layout> all = new ArrayList<>();
    for (Layouts s : sets) {
      all.addAll(s.layouts);
    }
    return new Layouts(all);
  }

  /**
   * Parses a layout file (UTF-8).
   *
   * @param in the layout file; read to its end but not closed
   * @return the parsed layouts
   * @throws IllegalArgumentException naming the line of a malformed directive
   * @throws IOException if reading fails
   */
  public static Layouts load(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    Parser p = new Parser();
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      try {
        p.line(line);
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("layout file line " + n + ": " + e.getMessage()
            + " / 版式文件第" + n + "行有误", e);
      }
    }
    return new Layouts(p.finish());
  }

  /**
   * Every layout of this set, in file order.
   *
   * @return an immutable list
   */
  public List<Layout> all() {
    return layouts;
  }

  /**
   * The layout of a kind.
   *
   * @param kind a layout kind id, e.g. {@code zj.expenditure-summary}
   * @return the first layout of that kind, or empty
   */
  public Optional<Layout> kind(String kind) {
    return layouts.stream().filter(l -> l.kind().equals(kind)).findFirst();
  }

  /**
   * The best-fitting layout for a table with this title and header rows, if any fits.
   *
   * @param title the table title as printed
   * @param headerRows the header cells, row by row, as printed
   * @return the layout with the highest {@link Layout#score score} (the first on ties), or empty when
   *     none scores ≥ 0
   */
  public Optional<Layout> recognise(String title, List<List<String>> headerRows) {
    Layout best = null;
    int bestScore = -1;
    // the title's key and the header's canonical cells are the same for every layout: made once
    String t = TitleLexicon.recognitionTitle(title); // the title as the title lexicon reads it
    java.util.Set<String> cells = Layout.headerCells(headerRows);
    for (Layout l : layouts) {
      int s = l.score(t, cells);
      if (s > bestScore) {
        best = l;
        bestScore = s;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Every header keyword any layout knows (stub, column and section headers), as keys.
   *
   * @return an immutable set, computed once
   */
  public java.util.Set<String> headerVocabulary() {
    java.util.Set<String> v = vocabulary;
    if (v == null) {
      v = java.util.Set.copyOf(computeVocabulary());
      vocabulary = v;
    }
    return v;
  }

  private java.util.Set<String> computeVocabulary() {
    java.util.Set<String> v = new java.util.HashSet<>();
    for (Layout l : layouts) {
      v.addAll(l.headerKeywords());
      v.addAll(l.requiredHeaders());
      for (Section s : l.sections()) {
        s.header().ifPresent(v::add);
        for (Optional<String> h : List.of(s.codeColumn(), s.labelColumn(), s.unitColumn(),
            s.projectColumn())) {
          h.ifPresent(x -> ColumnRule.parseAlternatives(x).forEach(a -> v.addAll(a)));
        }
        s.columns().forEach(c -> c.alternatives().forEach(v::addAll));
        s.textColumns().forEach(x -> ColumnRule.parseAlternatives(x).forEach(v::addAll));
        s.targetColumns().values().forEach(x -> ColumnRule.parseAlternatives(x).forEach(v::addAll));
      }
    }
    return v;
  }

  /** Line-based parser; see docs/layouts.md. */
  private static final class Parser {
    private final List<Layout> done = new ArrayList<>();
    private String template = "";
    private String kind;
    private List<String> title;
    private List<String> notTitle;
    private List<String> header;
    private List<String> requires;
    private Map<String, String> props;
    private List<SectionBuilder> sections;
    private SectionBuilder current;

    void line(String raw) {
      String line = raw.strip();
      int hash = line.indexOf(" #");
      if (line.startsWith("#")) {
        return;
      }
      if (hash >= 0) {
        line = line.substring(0, hash).strip();
      }
      if (line.isEmpty()) {
        return;
      }
      int sp = line.indexOf(' ');
      String dir = sp < 0 ? line : line.substring(0, sp);
      String arg = sp < 0 ? "" : line.substring(sp + 1).strip();
      switch (dir) {
        case "template" -> template = arg;
        case "layout" -> {
          finishLayout();
          kind = arg;
          title = new ArrayList<>();
          notTitle = new ArrayList<>();
          header = new ArrayList<>();
          requires = new ArrayList<>();
          props = new LinkedHashMap<>();
          sections = new ArrayList<>();
          current = new SectionBuilder(Optional.empty());
        }
        case "title" -> need().title.addAll(keys(arg));
        case "not-title" -> need().notTitle.addAll(keys(arg));
        case "header" -> need().header.addAll(keys(arg));
        case "requires" -> need().requires.addAll(keys(arg));
        case "set" -> {
          String[] kv = arg.split("\\s+", 2);
          need().props.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        case "section" -> {
          need();
          if (!current.isEmpty() || current.header.isPresent()) {
            sections.add(current);
          }
          current = new SectionBuilder(Optional.of(Names.key(arg)));
        }
        default -> need().current.directive(dir, arg);
      }
    }

    private Parser need() {
      if (kind == null) {
        throw new IllegalArgumentException("directive before any 'layout'");
      }
      return this;
    }

    private static List<String> keys(String arg) {
      return Arrays.stream(arg.split("\\s+")).filter(s -> !s.isEmpty()).map(Names::key).toList();
    }

    private void finishLayout() {
      if (kind == null) {
        return;
      }
      sections.add(current);
      List<Section> secs = sections.stream().map(SectionBuilder::build).toList();
      done.add(new Layout(template, kind, List.copyOf(title), List.copyOf(notTitle),
          List.copyOf(header), List.copyOf(requires), secs, Map.copyOf(props)));
      kind = null;
    }

    List<Layout> finish() {
      finishLayout();
      return done;
    }
  }

  private static final class SectionBuilder {
    final Optional<String> header;
    Concept concept = Concept.EXPENDITURE;
    Coordinates base = Coordinates.EMPTY;
    Optional<String> code = Optional.empty();
    Optional<FactDimension> codeDim = Optional.empty();
    Optional<String> label = Optional.empty();
    Optional<FactDimension> names = Optional.empty();
    Optional<String> unit = Optional.empty();
    Optional<String> project = Optional.empty();
    final List<String> totals = new ArrayList<>();
    final List<ColumnRule> columns = new ArrayList<>();
    final List<RowRule> rows = new ArrayList<>();
    final List<String> anchors = new ArrayList<>();
    final List<String> text = new ArrayList<>();
    final Map<String, String> targets = new LinkedHashMap<>();
    boolean blankZero;
    boolean touched;

    SectionBuilder(Optional<String> header) {
      this.header = header;
    }

    boolean isEmpty() {
      return !touched;
    }

    void directive(String dir, String arg) {
      touched = true;
      switch (dir) {
        case "concept" -> concept = Concept.valueOf(arg);
        case "base" -> base = base.merge(Mapping.parse(arg).coordinates());
        case "code" -> {
          String[] p = arg.split("\\s+", 2);
          codeDim = Optional.of(FactDimension.valueOf(p[0]));
          code = Optional.of(p[1]);
        }
        case "label" -> label = Optional.of(arg);
        case "names" -> names = Optional.of(FactDimension.valueOf(arg));
        case "unit" -> unit = Optional.of(arg);
        case "project" -> project = Optional.of(arg);
        case "total" -> Arrays.stream(arg.split("\\|")).map(RowRule::labelKey).forEach(totals::add);
        case "text" -> text.add(arg);
        case "target" -> {
          String[] p = arg.split("\\s+", 2);
          targets.put(p[0], p[1]);
        }
        case "blank-is-zero" -> blankZero = true;
        case "column" -> {
          String[] p = split(arg);
          columns.add(new ColumnRule(ColumnRule.parseAlternatives(p[0]), Mapping.parse(p[1])));
        }
        case "row" -> {
          String[] p = split(arg);
          String lhs = p[0];
          Optional<String> after = Optional.empty();
          int a = lhs.indexOf(" after=");
          if (a >= 0) {
            after = Optional.of(RowRule.labelKey(lhs.substring(a + 7).strip()));
            lhs = lhs.substring(0, a).strip();
            if (!anchors.contains(after.get())) {
              anchors.add(after.get());
            }
          }
          List<String> labels = Arrays.stream(lhs.split("\\|")).map(RowRule::labelKey).toList();
          rows.add(new RowRule(labels, after, Mapping.parse(p[1])));
        }
        default -> throw new IllegalArgumentException("unknown directive '" + dir + "'");
      }
    }

    private static String[] split(String arg) {
      int i = arg.indexOf("=>");
      if (i < 0) {
        throw new IllegalArgumentException("missing '=>' in '" + arg + "'");
      }
      return new String[] {arg.substring(0, i).strip(), arg.substring(i + 2).strip()};
    }

    Section build() {
      return new Section(header, concept, base, code, codeDim, label, names, unit, project,
          List.copyOf(totals), List.copyOf(columns), List.copyOf(rows), List.copyOf(anchors),
          List.copyOf(text), Map.copyOf(targets), blankZero);
    }
  }
}
