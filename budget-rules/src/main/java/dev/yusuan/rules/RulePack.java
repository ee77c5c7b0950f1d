package dev.yusuan.rules;

import dev.yusuan.rules.internal.lang.RuleParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A named, versioned collection of rules with unique ids. Immutable. */
public final class RulePack {
  private final String name;
  private final String version;
  private final List<Rule> rules;

  private RulePack(String name, String version, List<Rule> rules) {
    this.name = name;
    this.version = version;
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

  public String name() {
    return name;
  }

  public String version() {
    return version;
  }

  public List<Rule> rules() {
    return rules;
  }

  public Optional<Rule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** This pack with the rules of {@code other} appended (other's name and version are dropped). */
  public RulePack plus(RulePack other) {
    List<Rule> all = new ArrayList<>(rules);
    all.addAll(other.rules);
    return new RulePack(name, version, all);
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
