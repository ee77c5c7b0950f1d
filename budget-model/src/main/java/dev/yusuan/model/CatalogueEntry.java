package dev.yusuan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the {@link Catalogue} of 政府收支分类科目: a code, its (2024) name, the budget years the
 * code is valid in, and its former names ({@link Alias}) with the years they were used.
 */
@Value.Immutable
public abstract class CatalogueEntry {
  /** {@return the classification scheme (same as {@code code().scheme()})} */
  public abstract Scheme scheme();

  /** {@return the code, e.g. {@code 2080501} (支出功能分类 科目编码)} */
  public abstract Code code();

  /** {@return the current (2024) name, e.g. {@code 卫生健康支出}} */
  public abstract String name();

  /** {@return first budget year the code exists; empty when not recorded (open)} */
  public abstract Optional<Integer> validFrom();

  /** {@return last budget year the code exists; empty when still valid} */
  public abstract Optional<Integer> validTo();

  /** {@return former names with the years they were valid, e.g. 医疗卫生与计划生育支出 2014–2018 for 210} */
  public abstract List<Alias> aliases();

  /**
   * How sure the catalogue is of this entry (code, name and years); {@link Confidence#CONFIRMED} unless
   * the data file says otherwise.
   *
   * @return the confidence of this entry
   */
  @Value.Default
  public Confidence confidence() {
    return Confidence.CONFIRMED;
  }

  /**
   * The ids of the printed sources that show this entry's code with its name (the {@code source} column
   * of the data file, e.g. {@code keqiao-2024}); docs/catalogue.md lists the bundled catalogue's sources.
   * Empty when the file records none.
   *
   * @return the source ids, in the order the file lists them
   */
  public abstract List<String> sources();

  /** How an entry of the catalogue was established (the {@code confidence} column of the data file). */
  public enum Confidence {
    /** Checked against a printed source: the official list or a disclosure printing the code and name. */
    CONFIRMED("confirmed"),
    /** Recalled from the official list of the years given, not checked line by line against its text. */
    RECALLED("recalled"),
    /** The code exists but its name or years are doubtful. */
    UNSURE("unsure");

    private final String label;

    Confidence(String label) {
      this.label = label;
    }

    /** {@return the data file form, e.g. {@code recalled}} */
    public String label() {
      return label;
    }

    /**
     * The constant whose {@link #label()} is {@code text} (case-insensitive); blank is CONFIRMED.
     *
     * @param text the {@code confidence} column as written in the data file
     * @return the confidence
     * @throws IllegalArgumentException when the text is none of the labels
     */
    public static Confidence parse(String text) {
      String t = text.strip();
      if (t.isEmpty()) {
        return CONFIRMED;
      }
      for (Confidence c : values()) {
        if (c.label.equalsIgnoreCase(t)) {
          return c;
        }
      }
      throw new IllegalArgumentException("confidence '" + text + "' is not confirmed, recalled or unsure"
          + " / 可信度须为 confirmed、recalled 或 unsure");
    }
  }

  /**
   * Whether the code exists in budget year {@code year}; an open end ({@link #validFrom()} or
   * {@link #validTo()} empty) never excludes a year.
   *
   * @param year the budget year, e.g. 2024
   * @return whether the code is valid that year
   */
  public boolean isValidIn(int year) {
    return validFrom().map(f -> f <= year).orElse(true) && validTo().map(t -> year <= t).orElse(true);
  }

  /**
   * The name printed in {@code year}: the first alias whose years cover it, else {@link #name()}.
   * Does not check {@link #isValidIn(int)}.
   *
   * @param year the budget year
   * @return the name of that year
   */
  public String nameIn(int year) {
    for (Alias a : aliases()) {
      if (a.covers(year)) {
        return a.name();
      }
    }
    return name();
  }

  /**
   * Every name accepted in {@code year}: {@link #name()} and the aliases covering {@code year};
   * empty when the code is not valid in {@code year}.
   *
   * @param year the budget year
   * @return the names, current name first
   */
  public List<String> namesIn(int year) {
    if (!isValidIn(year)) {
      return List.of();
    }
    List<String> names = new ArrayList<>(1 + aliases().size());
    names.add(name());
    for (Alias a : aliases()) {
      if (a.covers(year)) {
        names.add(a.name());
      }
    }
    return List.copyOf(names);
  }

  /**
   * Rejects an entry whose code belongs to another scheme, whose name is blank, or whose first year
   * is after its last (called by the generated builder).
   *
   * @throws IllegalStateException naming the code when the entry is inconsistent
   */
  @Value.Check
  protected void check() {
    if (code().scheme() != scheme()) {
      throw new IllegalStateException("code " + code() + " is " + code().scheme() + ", not " + scheme());
    }
    if (name().isBlank()) {
      throw new IllegalStateException("blank name for " + code());
    }
    if (validFrom().isPresent() && validTo().isPresent() && validFrom().get() > validTo().get()) {
      throw new IllegalStateException("valid_from after valid_to for " + code());
    }
  }

  /** {@return a new builder; scheme, code and name are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder. */
  public static class Builder extends ImmutableCatalogueEntry.Builder {}

  @Override
  public String toString() {
    return scheme() + ":" + code() + " " + name()
        + validFrom().map(f -> " from " + f).orElse("") + validTo().map(t -> " to " + t).orElse("")
        + (aliases().isEmpty() ? "" : " " + aliases())
        + (confidence() == Confidence.CONFIRMED ? "" : " (" + confidence().label() + ")");
  }

  /**
   * A former name of an entry, valid in budget years {@code fromYear}..{@code toYear} inclusive.
   *
   * @param name the former name as printed, not blank
   * @param fromYear the first budget year the name was used
   * @param toYear the last budget year the name was used (not before {@code fromYear})
   */
  public record Alias(String name, int fromYear, int toYear) {
    /**
     * Checks the alias.
     *
     * @param name the former name as printed, not blank
     * @param fromYear the first budget year the name was used
     * @param toYear the last budget year the name was used
     * @throws IllegalArgumentException when the name is blank or the years are reversed
     * @throws NullPointerException when the name is null
     */
    public Alias {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("blank alias name");
      }
      if (fromYear > toYear) {
        throw new IllegalArgumentException("alias " + name + ": " + fromYear + " after " + toYear);
      }
    }

    /**
     * Whether {@code year} lies in the alias's years.
     *
     * @param year the budget year
     * @return whether the alias was the printed name that year
     */
    public boolean covers(int year) {
      return fromYear <= year && year <= toYear;
    }

    /** The data file form, {@code NAME@FROM-TO}. */
    @Override
    public String toString() {
      return name + "@" + fromYear + "-" + toYear;
    }
  }
}
