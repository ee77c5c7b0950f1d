package dev.yusuan.model;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The year-versioned catalogue of 政府收支分类科目: codes, names and former names (aliases) with the
 * budget years they hold. {@link #standard()} is the catalogue shipped in
 * {@code dev/yusuan/model/catalogue.tsv} (sources and format in its header and in docs/model.md).
 *
 * <p>Immutable and thread-safe. Lookups by code, by name and by parent are hash lookups followed by a
 * filter over the few entries sharing that key (one per validity period of a code).
 */
public final class Catalogue {
  /** Classpath resource of the shipped catalogue. */
  public static final String RESOURCE = "/dev/yusuan/model/catalogue.tsv";

  /** How the bundled catalogue names itself in messages. */
  public static final String BUNDLED = "bundled";

  private final String name;
  private final ImmutableList<CatalogueEntry> entries;
  private final Map<Scheme, Map<String, List<CatalogueEntry>>> byCode;
  private final Map<Scheme, Map<String, List<CatalogueEntry>>> byName;
  private final Map<Scheme, Map<String, List<CatalogueEntry>>> byParent;

  private Catalogue(String name, List<CatalogueEntry> entries) {
    this(name, entries, keysOf(entries), parentsOf(entries));
  }

  /**
   * The indexes are hash maps from a key to the entries under it in data file order, filled here and
   * never changed or handed out afterwards (every lookup copies what it returns).
   *
   * @param keys per entry, its distinct name keys ({@link #nameKeys})
   * @param parents per entry, its parent code's digits, or null
   */
  private Catalogue(String name, List<CatalogueEntry> entries, String[][] keys, String[] parents) {
    this.name = name;
    this.entries = ImmutableList.copyOf(entries);
    this.byCode = new EnumMap<>(Scheme.class);
    this.byName = new EnumMap<>(Scheme.class);
    this.byParent = new EnumMap<>(Scheme.class);
    for (Scheme s : Scheme.values()) {
      byCode.put(s, new HashMap<>());
      byName.put(s, new HashMap<>());
      byParent.put(s, new HashMap<>());
    }
    for (int i = 0; i < this.entries.size(); i++) {
      CatalogueEntry e = this.entries.get(i);
      put(byCode, e, e.code().digits());
      for (String k : keys[i]) {
        put(byName, e, k);
      }
      if (parents[i] != null) {
        put(byParent, e, parents[i]);
      }
    }
  }

  /** The catalogue of {@code entries} with their indexes' keys given ({@link CompactCatalogue}). */
  static Catalogue of(String name, List<CatalogueEntry> entries, String[][] keys, String[] parents) {
    return new Catalogue(name, entries, keys, parents);
  }

  private static void put(Map<Scheme, Map<String, List<CatalogueEntry>>> index, CatalogueEntry e, String key) {
    index.get(e.scheme()).computeIfAbsent(key, k -> new ArrayList<>(2)).add(e);
  }

  private static List<CatalogueEntry> get(Map<Scheme, Map<String, List<CatalogueEntry>>> index, Scheme s,
      String key) {
    return index.get(s).getOrDefault(key, List.of());
  }

  /** {@return the keys {@code e} is found under by name: {@link Names#key} of its name and aliases, once each} */
  static List<String> nameKeys(CatalogueEntry e) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(Names.key(e.name()));
    e.aliases().forEach(a -> keys.add(Names.key(a.name())));
    return List.copyOf(keys);
  }

  private static String[][] keysOf(List<CatalogueEntry> entries) {
    String[][] keys = new String[entries.size()][];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = nameKeys(entries.get(i)).toArray(new String[0]);
    }
    return keys;
  }

  private static String[] parentsOf(List<CatalogueEntry> entries) {
    String[] parents = new String[entries.size()];
    for (int i = 0; i < parents.length; i++) {
      parents[i] = entries.get(i).code().parent().map(Code::digits).orElse(null);
    }
    return parents;
  }

  private static final class Holder {
    static final Catalogue STANDARD = loadResource();
  }

  /** {@return the catalogue shipped with Yusuan, loaded once} */
  public static Catalogue standard() {
    return Holder.STANDARD;
  }

  /** Classpath resource of the shipped catalogue's compact form, made from {@link #RESOURCE}. */
  static final String COMPACT_RESOURCE = "/dev/yusuan/model/catalogue.bin";

  private static Catalogue loadResource() {
    byte[] text = resource(RESOURCE);
    if (text == null) {
      throw new IllegalStateException("missing resource " + RESOURCE);
    }
    byte[] compact = resource(COMPACT_RESOURCE);
    if (compact != null) {
      // the compact form when it was made from this text (else the text: it is the source of truth)
      try {
        Catalogue c = CompactCatalogue.read(compact, text, BUNDLED);
        if (c != null) {
          return c;
        }
      } catch (IllegalArgumentException | IllegalStateException e) {
        // a damaged compact form: the text below
      }
    }
    return parseText(text);
  }

  /** The bundled text parsed (what the compact form must equal). */
  static Catalogue parseText(byte[] text) {
    // one decoding of the whole file (String's own UTF-8 loop), not a Reader's per-buffer decoder:
    // cheaper in the interpreter a cold start runs it in; the same lines as BufferedReader.lines()
    return parse(new String(text, StandardCharsets.UTF_8).lines().toList(), RESOURCE, BUNDLED);
  }

  /** {@return the bytes of a classpath resource, or null when absent} */
  static byte[] resource(String path) {
    try (InputStream in = Catalogue.class.getResourceAsStream(path)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses catalogue lines in the data file format.
   *
   * @throws IllegalStateException naming the source and line of the first malformed line
   */
  static Catalogue parse(List<String> lines, String source) {
    return parse(lines, source, source);
  }

  private static Catalogue parse(List<String> lines, String source, String name) {
    try {
      return new Catalogue(name, CatalogueFile.parse(lines, source));
    } catch (CatalogueFormatException e) {
      CatalogueFormatException.Problem p = e.problems().get(0);
      throw new IllegalStateException(source + (p.line() > 0 ? " line " + p.line() : "") + ": "
          + p.messageEn() + " / " + p.messageZh() + (p.text().isEmpty() ? "" : ": " + p.text()), e);
    }
  }

  /**
   * Loads a catalogue file in the data file format (docs/catalogue.md), e.g. the official list of a
   * year and region. The catalogue is named after the file.
   *
   * @param file a UTF-8 catalogue file
   * @return the catalogue of the file's entries only (combine with {@link #withOverrides})
   * @throws CatalogueFormatException listing every malformed line with its number, or when the file
   *     is not UTF-8
   * @throws IOException when the file cannot be read
   */
  public static Catalogue load(Path file) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new CatalogueFormatException(file.toString(), List.of(new CatalogueFormatException.Problem(0,
          "文件不是 UTF-8 编码", "the file is not UTF-8", "")));
    }
    return read(lines, file.getFileName() == null ? file.toString() : file.getFileName().toString());
  }

  /**
   * Reads catalogue lines in the data file format; {@code source} names the catalogue in messages.
   *
   * @param lines the lines of a catalogue file, header comments included
   * @param source the catalogue's name in messages, e.g. a file name
   * @return the catalogue of those entries
   * @throws CatalogueFormatException listing every malformed line with its number
   */
  public static Catalogue read(List<String> lines, String source) {
    return new Catalogue(source, CatalogueFile.parse(lines, source));
  }

  /** {@return a builder of a catalogue from entries (for catalogues made in code)} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Catalogue} from entries. */
  public static final class Builder {
    private final List<CatalogueEntry> entries = new ArrayList<>();
    private String name = "custom";

    private Builder() {}

    /**
     * Sets how the catalogue is named in messages (default {@code custom}).
     *
     * @param name the name, not null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = java.util.Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Adds an entry. Entries are kept in the order added.
     *
     * @param entry the entry, not null
     * @return this builder
     */
    public Builder add(CatalogueEntry entry) {
      entries.add(java.util.Objects.requireNonNull(entry, "entry"));
      return this;
    }

    /**
     * Adds entries in iteration order, as {@link #add} does.
     *
     * @param more the entries, none null
     * @return this builder
     */
    public Builder addAll(Iterable<CatalogueEntry> more) {
      more.forEach(this::add);
      return this;
    }

    /**
     * Builds the catalogue of the entries added so far.
     *
     * @return the catalogue
     * @throws IllegalArgumentException when two entries of one code are valid in the same year
     */
    public Catalogue build() {
      checkOverlaps(entries, name);
      return new Catalogue(name, entries);
    }
  }

  /**
   * This catalogue with the entries of {@code overrides} taking the place of its own: for every code
   * (of a scheme) that {@code overrides} lists, this catalogue's entries of that code are dropped and
   * the overriding ones used; every other code is kept. Use it to add a region's or a year's official
   * list to the bundled catalogue.
   *
   * @param overrides the catalogue whose codes replace this one's
   * @return a new catalogue named {@code "THIS + OVERRIDES"}; this catalogue is unchanged
   */
  public Catalogue withOverrides(Catalogue overrides) {
    Set<Code> replaced = new java.util.HashSet<>();
    overrides.entries.forEach(e -> replaced.add(e.code()));
    List<CatalogueEntry> merged = new ArrayList<>(entries.size() + overrides.size());
    for (CatalogueEntry e : entries) {
      if (!replaced.contains(e.code())) {
        merged.add(e);
      }
    }
    merged.addAll(overrides.entries);
    return new Catalogue(name + " + " + overrides.name, merged);
  }

  private static void checkOverlaps(List<CatalogueEntry> entries, String source) {
    Map<Code, List<CatalogueEntry>> seen = new java.util.HashMap<>();
    for (CatalogueEntry e : entries) {
      for (CatalogueEntry o : seen.computeIfAbsent(e.code(), c -> new ArrayList<>())) {
        if (CatalogueFile.overlap(e, o)) {
          throw new IllegalArgumentException(source + ": " + e.scheme() + " code " + e.code()
              + " has two entries valid in the same year / 编码在同一年度有两个条目");
        }
      }
      seen.get(e.code()).add(e);
    }
  }

  /**
   * How this catalogue is named in messages: {@value #BUNDLED} for {@link #standard()}, the file name
   * for {@link #load}, {@code "bundled + FILE"} for an override.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /** {@return whether this is the catalogue shipped with Yusuan, unchanged} */
  public boolean isBundled() {
    return this == standard();
  }

  /**
   * Every entry of {@code code} in any year, earliest first (a code may have several periods).
   *
   * @param scheme the classification scheme (收入 / 支出功能 / 支出经济分类)
   * @param code the code's digits (normalised with {@link Names#key})
   * @return the entries, earliest validity first; empty for an unknown code
   */
  public List<CatalogueEntry> history(Scheme scheme, String code) {
    List<CatalogueEntry> l = new ArrayList<>(get(byCode, scheme, Names.key(code)));
    l.sort(java.util.Comparator.comparing(e -> e.validFrom().orElse(Integer.MIN_VALUE)));
    return List.copyOf(l);
  }

  /** {@return every entry, in data file order} */
  public List<CatalogueEntry> entries() {
    return entries;
  }

  /**
   * The entry for {@code code} valid in budget year {@code year}. Blank or malformed codes give empty.
   *
   * @param scheme the classification scheme
   * @param code the code's digits as printed (normalised with {@link Names#key})
   * @param year the budget year, e.g. 2024
   * @return the entry valid that year, or empty when the code is unknown in that year
   */
  public Optional<CatalogueEntry> lookup(Scheme scheme, String code, int year) {
    String digits = Names.key(code);
    for (CatalogueEntry e : get(byCode, scheme, digits)) {
      if (e.isValidIn(year)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * {@link #lookup(Scheme, String, int)} for a parsed code.
   *
   * @param code the code, carrying its scheme
   * @param year the budget year
   * @return the entry valid that year, or empty
   */
  public Optional<CatalogueEntry> lookup(Code code, int year) {
    return lookup(code.scheme(), code.digits(), year);
  }

  /**
   * Entries valid in {@code year} whose name, or an alias valid in {@code year}, equals {@code name}
   * after {@link Names#key} normalisation (full-width forms, radicals, whitespace). Several entries can
   * share a name (e.g. every 行政运行).
   *
   * @param scheme the classification scheme
   * @param name the name as printed
   * @param year the budget year
   * @return the matching entries, in data file order; empty when none
   */
  public List<CatalogueEntry> findByName(Scheme scheme, String name, int year) {
    String key = Names.key(name);
    List<CatalogueEntry> out = new ArrayList<>();
    for (CatalogueEntry e : get(byName, scheme, key)) {
      if (e.isValidIn(year) && accepts(e, key, year)) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether {@code name} is a name of {@code code} in {@code year}: its current name or an alias
   * valid in that year, compared after {@link Names#key}. False when the code is unknown in that year.
   *
   * @param scheme the classification scheme
   * @param code the code's digits
   * @param name the name as printed
   * @param year the budget year
   * @return whether the name belongs to the code in that year
   */
  public boolean nameMatches(Scheme scheme, String code, String name, int year) {
    String key = Names.key(name);
    return lookup(scheme, code, year).map(e -> accepts(e, key, year)).orElse(false);
  }

  private static boolean accepts(CatalogueEntry e, String key, int year) {
    if (Names.key(e.name()).equals(key)) {
      return true;
    }
    for (CatalogueEntry.Alias a : e.aliases()) {
      if (a.covers(year) && Names.key(a.name()).equals(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Entries one level below {@code code} valid in {@code year}, in code order (e.g. the 款 of a 类).
   *
   * @param scheme the classification scheme
   * @param code the parent code's digits
   * @param year the budget year
   * @return the children valid that year; empty for a leaf or unknown code
   */
  public List<CatalogueEntry> children(Scheme scheme, String code, int year) {
    List<CatalogueEntry> out = new ArrayList<>();
    for (CatalogueEntry e : get(byParent, scheme, Names.key(code))) {
      if (e.isValidIn(year)) {
        out.add(e);
      }
    }
    out.sort(java.util.Comparator.comparing(CatalogueEntry::code));
    return List.copyOf(out);
  }

  /**
   * The name {@code code} was published under in {@code year}, if the code is known then: the alias
   * valid that year, else the current name.
   *
   * @param scheme the classification scheme
   * @param code the code's digits
   * @param year the budget year
   * @return the name of that year, or empty when the code is unknown then
   */
  public Optional<String> nameOf(Scheme scheme, String code, int year) {
    return lookup(scheme, code, year).map(e -> e.nameIn(year));
  }

  /** {@return number of entries} */
  public int size() {
    return entries.size();
  }
}
