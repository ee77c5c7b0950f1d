package dev.yusuan.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
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

  private static final String HEADER = "scheme\tcode\tname\tvalid_from\tvalid_to\taliases";

  private final ImmutableList<CatalogueEntry> entries;
  private final Map<Scheme, ImmutableListMultimap<String, CatalogueEntry>> byCode;
  private final Map<Scheme, ImmutableListMultimap<String, CatalogueEntry>> byName;
  private final Map<Scheme, ImmutableListMultimap<String, CatalogueEntry>> byParent;

  private Catalogue(List<CatalogueEntry> entries) {
    this.entries = ImmutableList.copyOf(entries);
    Map<Scheme, ImmutableListMultimap.Builder<String, CatalogueEntry>> codes = new EnumMap<>(Scheme.class);
    Map<Scheme, ImmutableListMultimap.Builder<String, CatalogueEntry>> names = new EnumMap<>(Scheme.class);
    Map<Scheme, ImmutableListMultimap.Builder<String, CatalogueEntry>> kids = new EnumMap<>(Scheme.class);
    for (Scheme s : Scheme.values()) {
      codes.put(s, ImmutableListMultimap.builder());
      names.put(s, ImmutableListMultimap.builder());
      kids.put(s, ImmutableListMultimap.builder());
    }
    for (CatalogueEntry e : this.entries) {
      codes.get(e.scheme()).put(e.code().digits(), e);
      Set<String> keys = new LinkedHashSet<>();
      keys.add(Names.key(e.name()));
      e.aliases().forEach(a -> keys.add(Names.key(a.name())));
      keys.forEach(k -> names.get(e.scheme()).put(k, e));
      e.code().parent().ifPresent(p -> kids.get(e.scheme()).put(p.digits(), e));
    }
    this.byCode = build(codes);
    this.byName = build(names);
    this.byParent = build(kids);
  }

  private static Map<Scheme, ImmutableListMultimap<String, CatalogueEntry>> build(
      Map<Scheme, ImmutableListMultimap.Builder<String, CatalogueEntry>> m) {
    EnumMap<Scheme, ImmutableListMultimap<String, CatalogueEntry>> out = new EnumMap<>(Scheme.class);
    m.forEach((s, b) -> out.put(s, b.build()));
    return out;
  }

  private static final class Holder {
    static final Catalogue STANDARD = loadResource();
  }

  /** The catalogue shipped with Yusuan, loaded once. */
  public static Catalogue standard() {
    return Holder.STANDARD;
  }

  private static Catalogue loadResource() {
    try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(r.lines().toList(), RESOURCE);
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
    List<CatalogueEntry> entries = new ArrayList<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int lineNo = i + 1;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.strip().equals(HEADER)) {
          throw error(source, lineNo, "expected the header '" + HEADER.replace('\t', ' ') + "'", line);
        }
        header = true;
        continue;
      }
      try {
        entries.add(parseLine(line));
      } catch (RuntimeException e) {
        throw error(source, lineNo, e.getMessage(), line);
      }
    }
    if (!header) {
      throw new IllegalStateException(source + ": no header line");
    }
    checkOverlaps(entries, source);
    return new Catalogue(entries);
  }

  private static IllegalStateException error(String source, int line, String why, String text) {
    return new IllegalStateException(source + " line " + line + ": " + why + ": " + text);
  }

  private static CatalogueEntry parseLine(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < 3 || f.length > 6) {
      throw new IllegalArgumentException("expected 3 to 6 tab-separated columns, found " + f.length);
    }
    Scheme scheme = Scheme.valueOf(f[0].strip());
    Code code = Code.parse(scheme, f[1].strip());
    if (!code.digits().equals(f[1].strip())) {
      throw new IllegalArgumentException("code must be plain ASCII digits");
    }
    String name = f[2].strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("blank name");
    }
    CatalogueEntry.Builder b = CatalogueEntry.builder().scheme(scheme).code(code).name(name);
    if (f.length > 3 && !f[3].isBlank()) {
      b.validFrom(year(f[3]));
    }
    if (f.length > 4 && !f[4].isBlank()) {
      b.validTo(year(f[4]));
    }
    if (f.length > 5 && !f[5].isBlank()) {
      for (String a : f[5].split("\\|")) {
        b.addAliases(alias(a.strip()));
      }
    }
    return b.build();
  }

  private static CatalogueEntry.Alias alias(String text) {
    int at = text.lastIndexOf('@');
    int dash = text.lastIndexOf('-');
    if (at <= 0 || dash < at) {
      throw new IllegalArgumentException("alias '" + text + "' is not NAME@FROM-TO");
    }
    return new CatalogueEntry.Alias(text.substring(0, at).strip(),
        year(text.substring(at + 1, dash)), year(text.substring(dash + 1)));
  }

  private static int year(String text) {
    String s = text.strip();
    if (!s.matches("(19|20)\\d\\d")) {
      throw new IllegalArgumentException("'" + text + "' is not a year");
    }
    return Integer.parseInt(s);
  }

  private static void checkOverlaps(List<CatalogueEntry> entries, String source) {
    Map<Code, List<CatalogueEntry>> seen = new java.util.HashMap<>();
    for (CatalogueEntry e : entries) {
      for (CatalogueEntry o : seen.computeIfAbsent(e.code(), c -> new ArrayList<>())) {
        int lo = Math.max(e.validFrom().orElse(Integer.MIN_VALUE), o.validFrom().orElse(Integer.MIN_VALUE));
        int hi = Math.min(e.validTo().orElse(Integer.MAX_VALUE), o.validTo().orElse(Integer.MAX_VALUE));
        if (lo <= hi) {
          throw new IllegalStateException(source + ": " + e.scheme() + " code " + e.code()
              + " has two entries valid in the same year");
        }
      }
      seen.get(e.code()).add(e);
    }
  }

  /** Every entry, in data file order. */
  public List<CatalogueEntry> entries() {
    return entries;
  }

  /** The entry for {@code code} valid in budget year {@code year}. Blank or malformed codes give empty. */
  public Optional<CatalogueEntry> lookup(Scheme scheme, String code, int year) {
    String digits = Names.key(code);
    for (CatalogueEntry e : byCode.get(scheme).get(digits)) {
      if (e.isValidIn(year)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** {@link #lookup(Scheme, String, int)} for a parsed code. */
  public Optional<CatalogueEntry> lookup(Code code, int year) {
    return lookup(code.scheme(), code.digits(), year);
  }

  /**
   * Entries valid in {@code year} whose name, or an alias valid in {@code year}, equals {@code name}
   * after {@link Names#key} normalisation (full-width forms, radicals, whitespace). Several entries can
   * share a name (e.g. every 行政运行).
   */
  public List<CatalogueEntry> findByName(Scheme scheme, String name, int year) {
    String key = Names.key(name);
    List<CatalogueEntry> out = new ArrayList<>();
    for (CatalogueEntry e : byName.get(scheme).get(key)) {
      if (e.isValidIn(year) && accepts(e, key, year)) {
        out.add(e);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Whether {@code name} is a name of {@code code} in {@code year}: its current name or an alias
   * valid in that year, compared after {@link Names#key}. False when the code is unknown in that year.
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

  /** Entries one level below {@code code} valid in {@code year}, in code order. */
  public List<CatalogueEntry> children(Scheme scheme, String code, int year) {
    List<CatalogueEntry> out = new ArrayList<>();
    for (CatalogueEntry e : byParent.get(scheme).get(Names.key(code))) {
      if (e.isValidIn(year)) {
        out.add(e);
      }
    }
    out.sort(java.util.Comparator.comparing(CatalogueEntry::code));
    return List.copyOf(out);
  }

  /** The name {@code code} was published under in {@code year}, if the code is known then. */
  public Optional<String> nameOf(Scheme scheme, String code, int year) {
    return lookup(scheme, code, year).map(e -> e.nameIn(year));
  }

  /** Number of entries. */
  public int size() {
    return entries.size();
  }
}
