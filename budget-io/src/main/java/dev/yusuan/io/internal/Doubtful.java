package dev.yusuan.io.internal;

import dev.yusuan.model.DisclosureTable;
import dev.yusuan.model.Fact;
import dev.yusuan.model.Provenance;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * Marks facts read from tables whose structure a reader had to repair (a span clamped, a row pushed
 * wider than its table, text hidden under a merge, a span that may shift cells) as doubtful
 * ({@link Provenance#doubtful()}): a finding resting on them is at most a WARNING. Tables are given as
 * ranges of source lines. A table continued over several printed tables (a page break, the header
 * repeated) is one statement for the rules: every fact of the table a repaired one is read into, and
 * of every table printed under the same title (a part the repair kept from being joined to the
 * others), is doubtful, so a sum whose items the repair displaced, checked on a total printed in an
 * unhurt part, is not an ERROR either.
 */
public final class Doubtful {
  private Doubtful() {}

  /**
   * @param facts the facts, with their source lines
   * @param tables first source line of each doubtful table to its last
   * @return the facts, those on a line of a doubtful table, and those of a table (its
   *     {@link Provenance#tableId()}) holding a fact on such a line or titled as one, marked doubtful;
   *     linear in the facts
   */
  public static List<Fact> mark(List<Fact> facts, NavigableMap<Integer, Integer> tables) {
    return mark(facts, List.of(), new int[0], tables);
  }

  /**
   * As {@link #mark(List, NavigableMap)}, a table of {@code read} with a row on a line of a doubtful
   * table counting as one too (its parts titled as it doubtful even when no fact of it was read).
   *
   * @param facts the facts, with their source lines
   * @param read the tables as read, their rows with lines of the laid-out text
   * @param sourceLines for laid-out line {@code k} (from 1), its source line at index {@code k - 1}
   * @param tables first source line of each doubtful table to its last
   * @return the facts, marked; linear in the facts and the tables' rows
   */
  public static List<Fact> mark(List<Fact> facts, List<DisclosureTable> read, int[] sourceLines,
      NavigableMap<Integer, Integer> tables) {
    if (tables.isEmpty()) {
      return facts;
    }
    Set<String> joined = new HashSet<>();
    Set<String> titles = new HashSet<>();
    for (DisclosureTable t : read) {
      for (DisclosureTable.Row r : t.rows()) {
        int k = r.line().orElse(0);
        int line = k >= 1 && k <= sourceLines.length ? sourceLines[k - 1] : 0;
        Map.Entry<Integer, Integer> range = tables.floorEntry(line);
        if (range != null && line <= range.getValue()) {
          joined.add(t.id());
          if (!t.title().isBlank()) {
            titles.add(t.title());
          }
          break;
        }
      }
    }
    for (Fact f : facts) {
      if (within(f, tables)) {
        f.provenance().tableId().ifPresent(joined::add);
        f.provenance().tableTitle().ifPresent(titles::add);
      }
    }
    List<Fact> out = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      boolean doubtful = within(f, tables) || f.provenance().tableId().filter(joined::contains).isPresent()
          || f.provenance().tableId().isPresent() && f.provenance().tableTitle().filter(titles::contains).isPresent();
      out.add(doubtful && !f.provenance().doubtful()
          ? Fact.builder().from(f).provenance(Provenance.builder().from(f.provenance()).doubtful(true).build())
              .build()
          : f);
    }
    return out;
  }

  private static boolean within(Fact f, NavigableMap<Integer, Integer> tables) {
    int line = f.provenance().line().orElse(0);
    Map.Entry<Integer, Integer> table = tables.floorEntry(line);
    return table != null && line <= table.getValue();
  }
}
