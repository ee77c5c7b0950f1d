package dev.yusuan.rules;

import dev.yusuan.model.Severity;
import java.util.List;
import org.immutables.value.Value;

/** The result of validating one document: its findings and the rules that were evaluated. */
@Value.Immutable
public abstract class Report {
  /**
   * The document's source.
   *
   * @return the document's {@code source()}, usually its file name
   */
  public abstract String source();

  /**
   * A title for people (department, year, kind).
   *
   * @return the department name, year and kind, e.g. {@code 某部门 2024年部门预算}
   */
  public abstract String title();

  /**
   * The findings of every rule, most severe first (a rule that failed to run gives an ERROR finding
   * about that rule). Reader diagnostics are not copied here; they stay on the document.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * Descriptions of every rule that was evaluated (so a report shows what was checked, not only what
   * failed).
   *
   * @return the rules evaluated
   */
  public abstract List<RuleInfo> rules();

  /**
   * Number of findings of a severity.
   *
   * @param s the severity
   * @return the number of findings with exactly that severity
   */
  public long count(Severity s) {
    return findings().stream().filter(f -> f.severity() == s).count();
  }

  /**
   * Whether any finding is an ERROR.
   *
   * @return true when at least one finding is an ERROR
   */
  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /**
   * A new builder; source and title must be set before {@code build()}.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableReport.Builder {}
}
