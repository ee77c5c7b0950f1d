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
  /** {@return one report per document, oldest first; each holds its cross-year findings too} */
  public abstract List<Report> reports();

  /** {@return the cross-year findings; each names a location in both documents it compares} */
  public abstract List<Finding> crossYear();

  /** {@return the cross-year rules evaluated} */
  public abstract List<RuleInfo> rules();

  /** {@return whether any report holds an ERROR} */
  public boolean hasErrors() {
    return reports().stream().anyMatch(Report::hasErrors);
  }

  /**
   * A department name as a key that groups one department's documents over the years: normalised,
   * 中国共产党 and 中共, 委员会 and 委 taken as one, a leading 中共 dropped; empty when the name is
   * unknown (未知…).
   *
   * @param name the department name as read, possibly null
   * @return the grouping key, or empty when the name is null, blank or unknown
   */
  public static String departmentKey(String name) {
    String n = dev.yusuan.model.Names.key(name == null ? "" : name);
    if (n.isEmpty() || n.startsWith("未知")) {
      return "";
    }
    return n.replace("中国共产党", "中共").replace("委员会", "委").replaceFirst("^中共", "");
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableSeriesReport.Builder {}
}
