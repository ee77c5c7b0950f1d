package dev.yusuan.io;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;
import org.immutables.value.Value;

/**
 * Bounds on the work and output of reading one document, so that a hostile or broken file fails with
 * "limit exceeded" instead of hanging or exhausting memory. Every bound is far above what a real
 * disclosure needs (see {@code docs/security.md}); a document exceeding one could not be read completely
 * and is an input failure. Set them in the API ({@code ReadLimits.builder().maxPages(100).build()}), with
 * system properties {@code yusuan.limit.<name>} ({@link #fromProperties}) or on the command line
 * ({@code --limit <name>=<value>}); names are those of the accessors, e.g. {@code maxFileBytes}.
 */
@Value.Immutable
public abstract class ReadLimits {
  /** Prefix of the system properties that set limits, e.g. {@code -Dyusuan.limit.maxPages=500}. */
  public static final String PROPERTY_PREFIX = "yusuan.limit.";

  /** {@return largest input file, in bytes (default 128 MiB)} */
  @Value.Default
  public long maxFileBytes() {
    return 128L << 20;
  }

  /** {@return longest line of a text document, in characters (default 1 Mi)} */
  @Value.Default
  public long maxLineLength() {
    return 1L << 20;
  }

  /**
   * {@return the longest run of digits in a number token (default 64; amounts have at most about 20
   * digits)}
   */
  @Value.Default
  public long maxNumberLength() {
    return 64;
  }

  /** {@return most body rows of one table (default 100,000)} */
  @Value.Default
  public long maxTableRows() {
    return 100_000;
  }

  /** {@return most columns of one table (default 1,000; a spreadsheet column XFD is 16,384)} */
  @Value.Default
  public long maxTableColumns() {
    return 1_000;
  }

  /** {@return most cells of all tables of a document together (default 2,000,000)} */
  @Value.Default
  public long maxCells() {
    return 2_000_000;
  }

  /** {@return most facts of one document (default 1,000,000)} */
  @Value.Default
  public long maxFacts() {
    return 1_000_000;
  }

  /** {@return most pages of a PDF (default 2,000)} */
  @Value.Default
  public long maxPages() {
    return 2_000;
  }

  /** {@return deepest nesting of a PDF's page tree and of its Form XObjects (default 32)} */
  @Value.Default
  public long maxNestingDepth() {
    return 32;
  }

  /**
   * Most Form XObject invocations of a PDF once nested forms are expanded (default 100,000): forms
   * that each draw two others, 30 levels deep, would be drawn 2³⁰ times.
   *
   * @return the limit, a count of Form XObject draws
   */
  @Value.Default
  public long maxFormXObjectUses() {
    return 100_000;
  }

  /**
   * Most spreadsheet cells of an xlsx workbook (default 100,000; a disclosure's workbook has a few
   * thousand, and POI needs about 1 KB of heap per cell).
   *
   * @return the limit, a count of cells
   */
  @Value.Default
  public long maxSpreadsheetCells() {
    return 100_000;
  }

  /** {@return most findings reported for one document (default 10,000)} */
  @Value.Default
  public long maxFindings() {
    return 10_000;
  }

  /**
   * Longest wall time, in seconds, that reading and checking one document may take (default 300; a
   * disclosure of a few hundred pages takes seconds). A backstop for work the other limits do not
   * bound: the command line stops waiting for the document and reports it as an input failure.
   *
   * @return the limit, in seconds
   */
  @Value.Default
  public long maxSecondsPerDocument() {
    return 300;
  }

  @Value.Check
  void check() {
    for (Map.Entry<String, Long> e : asMap().entrySet()) {
      if (e.getValue() <= 0) {
        throw new IllegalArgumentException("limit " + e.getKey() + " must be positive / 限制值须为正数: "
            + e.getValue());
      }
    }
  }

  /** {@return the defaults} */
  public static ReadLimits defaults() {
    return Defaults.VALUE;
  }

  /** The defaults, built once (an immutable value: every read without limits set shares it). */
  private static final class Defaults {
    static final ReadLimits VALUE = builder().build();
  }

  /** {@return the defaults overridden by the {@code yusuan.limit.*} system properties} */
  public static ReadLimits fromSystemProperties() {
    return fromProperties(System.getProperties());
  }

  /**
   * The defaults overridden by {@code yusuan.limit.<name>} entries of {@code p}.
   *
   * @param p properties, e.g. {@code yusuan.limit.maxPages=500}; other keys are ignored
   * @return the limits
   * @throws IllegalArgumentException for an unknown name or a value that is not a positive integer
   */
  public static ReadLimits fromProperties(Properties p) {
    Map<String, String> m = new TreeMap<>();
    for (String k : p.stringPropertyNames()) {
      if (k.startsWith(PROPERTY_PREFIX)) {
        m.put(k.substring(PROPERTY_PREFIX.length()), p.getProperty(k));
      }
    }
    return m.isEmpty() ? defaults() : defaults().with(m);
  }

  /**
   * These limits with some replaced, by name ({@code maxPages} → {@code "500"}).
   *
   * @param values limit name (case-insensitive) to value; {@code _} digit separators allowed
   * @return new limits; these are unchanged
   * @throws IllegalArgumentException for an unknown name or a value that is not a positive integer
   */
  public ReadLimits with(Map<String, String> values) {
    Builder b = builder().from(this);
    for (Map.Entry<String, String> e : values.entrySet()) {
      Setter s = SETTERS.get(e.getKey());
      if (s == null) {
        throw new IllegalArgumentException("unknown limit / 未知限制: " + e.getKey() + " (" 
            + String.join(", ", SETTERS.keySet()) + ")");
      }
      long v;
      try {
        v = Long.parseLong(e.getValue().strip().replace("_", ""));
      } catch (NumberFormatException x) {
        throw new IllegalArgumentException("limit " + e.getKey() + " is not an integer / 限制值不是整数: "
            + e.getValue());
      }
      s.set().accept(b, v);
    }
    return b.build();
  }

  /** {@return every limit by name, in name order} */
  public Map<String, Long> asMap() {
    Map<String, Long> m = new TreeMap<>();
    SETTERS.forEach((k, s) -> m.put(k, s.get().applyAsLong(this)));
    return m;
  }

  private record Setter(ToLongFunction<ReadLimits> get, BiConsumer<Builder, Long> set) {}

  private static final Map<String, Setter> SETTERS = setters();

  private static Map<String, Setter> setters() {
    Map<String, Setter> m = new TreeMap<>((a, b) -> a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT)));
    m.put("maxFileBytes", new Setter(ReadLimits::maxFileBytes, Builder::maxFileBytes));
    m.put("maxLineLength", new Setter(ReadLimits::maxLineLength, Builder::maxLineLength));
    m.put("maxNumberLength", new Setter(ReadLimits::maxNumberLength, Builder::maxNumberLength));
    m.put("maxTableRows", new Setter(ReadLimits::maxTableRows, Builder::maxTableRows));
    m.put("maxTableColumns", new Setter(ReadLimits::maxTableColumns, Builder::maxTableColumns));
    m.put("maxCells", new Setter(ReadLimits::maxCells, Builder::maxCells));
    m.put("maxFacts", new Setter(ReadLimits::maxFacts, Builder::maxFacts));
    m.put("maxPages", new Setter(ReadLimits::maxPages, Builder::maxPages));
    m.put("maxNestingDepth", new Setter(ReadLimits::maxNestingDepth, Builder::maxNestingDepth));
    m.put("maxFormXObjectUses", new Setter(ReadLimits::maxFormXObjectUses, Builder::maxFormXObjectUses));
    m.put("maxSpreadsheetCells", new Setter(ReadLimits::maxSpreadsheetCells, Builder::maxSpreadsheetCells));
    m.put("maxFindings", new Setter(ReadLimits::maxFindings, Builder::maxFindings));
    m.put("maxSecondsPerDocument", new Setter(ReadLimits::maxSecondsPerDocument, Builder::maxSecondsPerDocument));
    return m;
  }

  /** {@return a new builder, starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableReadLimits.Builder {}
}
