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
  /** The classification scheme (same as {@code code().scheme()}). */
  public abstract Scheme scheme();

  public abstract Code code();

  /** The current (2024) name, e.g. {@code 卫生健康支出}. */
  public abstract String name();

  /** First budget year the code exists; empty when not recorded (open). */
  public abstract Optional<Integer> validFrom();

  /** Last budget year the code exists; empty when still valid. */
  public abstract Optional<Integer> validTo();

  /** Former names with the years they were valid, e.g. 医疗卫生与计划生育支出 2014–2018 for 210. */
  public abstract List<Alias> aliases();

  /**
   * How sure the catalogue is of this entry (code, name and years); {@link Confidence#CONFIRMED} unless
   * the data file says otherwise.
   */
  @Value.Default
  public Confidence confidence() {
    return Confidence.CONFIRMED;
  }

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

    /** The data file form, e.g. {@code recalled}. */
    public String label() {
      return label;
    }

    /** The constant whose {@link #label()} is {@code text} (case-insensitive); blank is CONFIRMED. */
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

  /** Whether the code exists in budget year {@code year}. */
  public boolean isValidIn(int year) {
    return validFrom().map(f -> f <= year).orElse(true) && validTo().map(t -> year <= t).orElse(true);
  }

  /**
   * The name printed in {@code year}: the first alias whose years cover it, else {@link #name()}.
   * Does not check {@link #isValidIn(int)}.
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

  /** A former name of an entry, valid in budget years {@code fromYear}..{@code toYear} inclusive. */
  public record Alias(String name, int fromYear, int toYear) {
    public Alias {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("blank alias name");
      }
      if (fromYear > toYear) {
        throw new IllegalArgumentException("alias " + name + ": " + fromYear + " after " + toYear);
      }
    }

    /** Whether {@code year} lies in the alias's years. */
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
