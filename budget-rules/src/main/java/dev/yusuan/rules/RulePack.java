package dev.yusuan.rules;

import dev.yusuan.model.BudgetDocument;
import dev.yusuan.rules.internal.lang.RuleParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A named, versioned collection of rules with unique ids. Immutable.
 *
 * <p>A pack may be restricted to documents of some templates ({@link #forTemplates}); a
 * {@linkplain #asFallback() fallback} pack runs only on documents that no template-restricted pack of
 * the same validator claims. So one validator holding every standard pack checks a batch that mixes
 * Zhejiang, Jiangsu and unknown templates, each with its own rules.
 */
public final class RulePack {
  private final String name;
  private final String version;
  private final List<Rule> rules;
  private final Set<String> templates;
  private final boolean fallback;

  private RulePack(String name, String version, List<Rule> rules) {
    this(name, version, rules, Set.of(), false);
  }

  private RulePack(String name, String version, List<Rule> rules, Set<String> templates,
      boolean fallback) {
    this.name = name;
    this.version = version;
    this.templates = Set.copyOf(templates);
    this.fallback = fallback;
    Set<String> ids = new HashSet<>();
    for (Rule r : rules) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("duplicate rule id " + r.id() + " in pack " + name);
      }
    }
    this.rules = List.copyOf(rules);
  }

  public static RulePack of(String name, String version, List<Rule> rules) {
    return new RulePack(name, version, rules);
  }

  public static RulePack of(String name, String version, Rule... rules) {
    return new RulePack(name, version, List.of(rules));
  }

  /**
   * Parses a pack written in the rule language (see {@code docs/rules.md}).
   *
   * @param source a name for error messages and rule origins, e.g. {@code zhejiang.rules}
   * @throws RuleSyntaxException with line and column on a syntax error
   */
  public static RulePack parse(String source, String text) {
    return RuleParser.parsePack(source, text);
  }

  /**
   * Reads a {@code .rules} file (UTF-8).
   *
   * @throws RuleSyntaxException with file name, line and column on a syntax error
   */
  public static RulePack load(java.nio.file.Path file) throws java.io.IOException {
    return parse(file.getFileName().toString(),
        java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
  }

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  public List<Rule> rules() {
    return rules;
  }

  /** Templates this pack is restricted to (lower case); empty when it applies to every document. */
  public Set<String> templates() {
    return templates;
  }

  /** Whether this pack runs only when no template-restricted pack applies. */
  public boolean isFallback() {
    return fallback;
  }

  /** This pack restricted to documents whose {@link BudgetDocument#template()} is one of these. */
  public RulePack forTemplates(String... names) {
    Set<String> t = new HashSet<>();
    for (String n : names) {
      t.add(n.toLowerCase(Locale.ROOT));
    }
    return new RulePack(name, version, rules, t, fallback);
  }

  /** This pack as a fallback: it runs on documents no template-restricted pack applies to. */
  public RulePack asFallback() {
    return new RulePack(name, version, rules, templates, true);
  }

  /** Whether the pack's template restriction admits {@code document} (fallback status aside). */
  public boolean appliesTo(BudgetDocument document) {
    return templates.isEmpty() || document.template()
        .map(t -> templates.contains(t.toLowerCase(Locale.ROOT))).orElse(false);
  }

  /**
   * The packs of {@code packs} that run on {@code document}: unrestricted packs, template packs that
   * apply, and fallback packs when no template pack applies.
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

  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** This pack with the rules of {@code other} appended (other's name and version are dropped). */
  public RulePack plus(RulePack other) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(other.rules);
    return new RulePack(name, version, all, templates, fallback);
  }

  /** A pack named {@code name} with these rules. */
  public static Builder builder(String name, String version) {
    return new Builder(name, version);
  }

  public List<RuleInfo> infos() {
    return rules.stream().map(r -> r.info(name)).toList();
  }

  @Override
  public String toString() {
    return name + " " + version + " (" + rules.size() + " rules)";
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

    public Builder add(Rule rule) {
      rules.add(rule);
      return this;
    }

    public Builder add(Rule.Builder rule) {
      rules.add(rule.build());
      return this;
    }

    public Builder addAll(RulePack pack) {
      rules.addAll(pack.rules());
      return this;
    }

    public RulePack build() {
      return new RulePack(name, version, rules);
    }
  }
}
