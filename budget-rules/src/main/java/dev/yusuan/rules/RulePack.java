package dev.yusuan.rules;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.internal.lang.RuleParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A named, versioned collection of rules with unique ids. Immutable.
 *
 * <p>A pack may be restricted to documents of some templates ({@link #forTemplates}); a
 * {@linkplain #asFallback() fallback} pack runs only on documents that no template-restricted pack of
 * the same validator claims. So one validator holding every standard pack checks a batch that mixes
 * Zhejiang, Jiangsu and unknown templates, each with its own rules.
 */
public final class RulePack {
  /** Name, version and rules; for a {@linkplain #deferred deferred} pack, made at first use. */
  private final Supplier<Content> content;
  private final Set<String> templates;
  private final boolean fallback;

  /** What a pack holds besides its template restriction. */
  /** A pack's name, version and rules, with their {@link #infos()} made once: every validation lists them. */
  private record Content(String name, String version, List<Rule> rules, List<RuleInfo> infos) {
    Content(String name, String version, List<Rule> rules) {
      this(name, version, rules, rules.stream().map(r -> r.info(name)).toList());
    }
  }

  /** Makes a pack's content once, on the first call from any thread. */
  private static final class Once implements Supplier<Content> {
    private Supplier<RulePack> make;
    private volatile Content made;

    Once(Supplier<RulePack> make) {
      this.make = make;
    }

    @Override
    public Content get() {
      Content c = made;
      if (c == null) {
        synchronized (this) {
          c = made;
          if (c == null) {
            c = Objects.requireNonNull(make.get(), "deferred pack").content.get();
            made = c;
            make = null;
          }
        }
      }
      return c;
    }
  }

  private RulePack(String name, String version, List<Rule> rules) {
    this(name, version, rules, Set.of(), false);
  }

  private RulePack(String name, String version, List<Rule> rules, Set<String> templates,
      boolean fallback) {
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("duplicate rule id " + r.id() + " in pack " + name);
      }
    }
    Content c = new Content(name, version, List.copyOf(rules));
    this.content = () -> c;
    this.templates = Set.copyOf(templates);
    this.fallback = fallback;
  }

  private RulePack(Supplier<Content> content, Set<String> templates, boolean fallback) {
    this.content = content;
    this.templates = Set.copyOf(templates);
    this.fallback = fallback;
  }

  /**
   * The pack {@code make} returns, made only when its name, version or rules are first asked for
   * (then once, whatever the thread): a validator holding it selects packs by template and fallback
   * status alone, so a run that never selects it never makes it. The standard packs are deferred so that
   * checking a document parses only the rule files of its own template.
   *
   * @param make makes the pack; its template restriction and fallback status are dropped
   * @return a pack applying to every document, to restrict with {@link #forTemplates} or {@link #asFallback}
   */
  static RulePack deferred(Supplier<RulePack> make) {
    return new RulePack(new Once(make), Set.of(), false);
  }

  /**
   * A pack of these rules, applying to every document.
   *
   * @param name the pack name, e.g. {@code zhejiang}
   * @param version the pack version, e.g. {@code 1.0}
   * @param rules the rules, in evaluation order (copied)
   * @return the pack
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RulePack of(String name, String version, List<Rule> rules) {
    return new RulePack(name, version, rules);
  }

  /**
   * A pack of these rules, applying to every document.
   *
   * @param name the pack name
   * @param version the pack version
   * @param rules the rules, in evaluation order
   * @return the pack
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RulePack of(String name, String version, Rule... rules) {
    return new RulePack(name, version, List.of(rules));
  }

  /**
   * Parses a pack written in the rule language (see {@code docs/rules.md}).
   *
   * @param text the rule-language source
   * @param source a name for error messages and rule origins, e.g. {@code zhejiang.rules}
   * @return the pack named and versioned by its {@code pack} line
   * @throws RuleSyntaxException with line and column on a syntax error
   */
  public static RulePack parse(String source, String text) {
    return RuleParser.parsePack(source, text);
  }

  /**
   * Reads a {@code .rules} file (UTF-8).
   *
   * @param file the file to read
   * @return the pack
   * @throws RuleSyntaxException with file name, line and column on a syntax error
   * @throws java.io.IOException if the file cannot be read
   */
  public static RulePack load(java.nio.file.Path file) throws java.io.IOException {
    return parse(file.getFileName().toString(),
        java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * The pack name, shown in findings and {@code yusuan rules} listings.
   *
   * @return the name
   */
  public String name() {
    return content.get().name();
  }

  /**
   * The pack version, recorded in reports so a result can be reproduced.
   *
   * @return the version
   */
  public String version() {
    return content.get().version();
  }

  /**
   * The rules, in evaluation order.
   *
   * @return an immutable list
   */
  public List<Rule> rules() {
    return content.get().rules();
  }

  /**
   * Templates this pack is restricted to (lower case); empty when it applies to every document.
   *
   * @return an immutable set of template names
   */
  public Set<String> templates() {
    return templates;
  }

  /**
   * Whether this pack runs only when no template-restricted pack applies.
   *
   * @return true for a fallback pack
   */
  public boolean isFallback() {
    return fallback;
  }

  /**
   * This pack restricted to documents whose {@link BudgetDocument#template()} is one of these.
   *
   * @param names template names, e.g. {@code zhejiang}; compared case-insensitively
   * @return a new pack; this one is unchanged
   */
  public RulePack forTemplates(String... names) {
    Set<String> t = new HashSet<>();
    for (String n : names) {
      t.add(n.toLowerCase(Locale.ROOT));
    }
    return new RulePack(content, t, fallback);
  }

  /**
   * This pack as a fallback: it runs on documents no template-restricted pack applies to.
   *
   * @return a new pack; this one is unchanged
   */
  public RulePack asFallback() {
    return new RulePack(content, templates, true);
  }

  /**
   * Whether the pack's template restriction admits {@code document} (fallback status aside).
   *
   * @param document the document to check
   * @return true when the pack is unrestricted or the document's template is one of
   *     {@link #templates()}
   */
  public boolean appliesTo(BudgetDocument document) {
    return templates.isEmpty() || document.template()
        .map(t -> templates.contains(t.toLowerCase(Locale.ROOT))).orElse(false);
  }

  /**
   * The packs of {@code packs} that run on {@code document}: unrestricted packs, template packs that
   * apply, and fallback packs when no template pack applies.
   *
   * @param packs the candidate packs
   * @param document the document to check
   * @return the selected packs, in their order in {@code packs}
   */
  public static List<RulePack> selectFor(List<RulePack> packs, BudgetDocument document) {
    boolean claimed = false;
    for (RulePack p : packs) {
      if (!p.fallback && !p.templates.isEmpty() && p.appliesTo(document)) {
        claimed = true;
        break;
      }
    }
    List<RulePack> out = new ArrayList<>();
    for (RulePack p : packs) {
      if (p.fallback ? !claimed && p.appliesTo(document) : p.appliesTo(document)) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The rule with an id.
   *
   * @param id the rule id
   * @return the rule, or empty when the pack has none with that id
   */
  public Optional<Rule> rule(String id) {
    return rules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * This pack with the rules of {@code other} appended (other's name and version are dropped).
   *
   * @param other the pack whose rules are appended
   * @return a new pack with this pack's name, version and template restriction
   * @throws IllegalArgumentException if a rule id occurs in both packs
   */
  public RulePack plus(RulePack other) {
    List<Rule> all = new ArrayList<>(rules());
    all.addAll(other.rules());
    return new RulePack(name(), version(), all, templates, fallback);
  }

  /**
   * A pack named {@code name} with these rules.
   *
   * @param name the pack name
   * @param version the pack version
   * @return an empty builder
   */
  public static Builder builder(String name, String version) {
    return new Builder(name, version);
  }

  /**
   * Descriptions of every rule, for listings such as {@code yusuan rules}.
   *
   * @return one description per rule, in order
   */
  public List<RuleInfo> infos() {
    return content.get().infos();
  }

  @Override
  public String toString() {
    return name() + " " + version() + " (" + rules().size() + " rules)";
  }

  /** Collects rules (or rule builders) into a pack. */
  public static final class Builder {
    private final String name;
    private final String version;
    private final List<Rule> rules = new ArrayList<>();

    private Builder(String name, String version) {
      this.name = name;
      this.version = version;
    }

    /**
     * Appends a rule.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder add(Rule rule) {
      rules.add(rule);
      return this;
    }

    /**
     * Builds and appends a rule.
     *
     * @param rule the rule builder
     * @return this builder
     * @throws NullPointerException if the rule has no Chinese title or no check
     */
    public Builder add(Rule.Builder rule) {
      rules.add(rule.build());
      return this;
    }

    /**
     * Appends every rule of a pack.
     *
     * @param pack the pack
     * @return this builder
     */
    public Builder addAll(RulePack pack) {
      rules.addAll(pack.rules());
      return this;
    }

    /**
     * Builds the pack; it applies to every document.
     *
     * @return the pack
     * @throws IllegalArgumentException if two rules share an id
     */
    public RulePack build() {
      return new RulePack(name, version, rules);
    }
  }
}
