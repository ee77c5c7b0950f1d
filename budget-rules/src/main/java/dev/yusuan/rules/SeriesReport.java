package dev.yusuan.rules;

import java.util.List;
import org.immutables.value.Value;

/**
 * The result of validating consecutive disclosures of one department together
 * ({@link Validator#validateSeries}): each document's report, in year order, with the cross-year
 * findings added to the reports of both documents they concern, and the cross-year findings alone.
 */
@Value.Immutable
public abstract class SeriesReport {
  /** One report per document, oldest first; each holds its cross-year findings too. */
  public abstract List<Report> reports();

  /** The cross-year findings; each names a location in both documents it compares. */
  public abstract List<Finding> crossYear();

  /** The cross-year rules evaluated. */
  public abstract List<RuleInfo> rules();

  /** Whether any report holds an ERROR. */
  public boolean hasErrors() {
    return reports().stream().anyMatch(Report::hasErrors);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableSeriesReport.Builder {}
}
