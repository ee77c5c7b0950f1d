package dev.yusuan.rules;

import dev.yusuan.model.Severity;
import java.util.List;
import org.immutables.value.Value;

/** The result of validating one document: its findings and the rules that were evaluated. */
@Value.Immutable
public abstract class Report {
  /** The document's source. */
  public abstract String source();

  /** A title for people (department, year, kind). */
  public abstract String title();

  public abstract List<Finding> findings();

  public abstract List<RuleInfo> rules();

  /** Number of findings of a severity. */
  public long count(Severity s) {
    return findings().stream().filter(f -> f.severity() == s).count();
  }

  /** Whether any finding is an ERROR. */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableReport.Builder {}
}
